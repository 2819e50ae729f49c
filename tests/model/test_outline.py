"""The outline: the labels a drafter checks first, in the view asked for."""

from __future__ import annotations

from editor.model import Clause, Document, Proposal, Resolution, Section
from editor.model.outline import outline
from editor.model.session import EditSession
from editor.xmlio import read_bytes, to_bytes
from tests.factories import FIXED_DATE, base_document, mod_document


def still_valid(doc: Document) -> None:
    data = to_bytes(doc)  # validates against the schema
    assert to_bytes(read_bytes(data)) == data


def test_outline_of_a_standalone_resolution() -> None:
    assert outline(base_document()) == ["considering: a) b)", "noting: a) b)", "resolves: 1 2 3"]


def test_final_and_original_views_of_a_mod() -> None:
    doc, _ = mod_document()
    assert outline(doc, "final") == ["considering: a) b)", "noting: a) b) c)", "resolves: 1 2 3"]
    assert outline(doc, "original") == ["considering: a) b)", "noting: a) b)", "resolves: 1 2 3"]


def test_deleted_section_and_relettering_show_by_view() -> None:
    doc = base_document()
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    res = doc.proposals[0].resolution
    assert res is not None
    session.delete_node(res.sections[1])
    session.set_text(res.sections[2].clauses[1].label, "2bis")
    assert outline(doc, "final") == ["considering: a) b)", "resolves: 1 2bis 3"]
    assert outline(doc, "original") == ["considering: a) b)", "noting: a) b)", "resolves: 1 2 3"]
    still_valid(doc)


def test_unlabelled_clause_empty_section_and_several_proposals() -> None:
    res = Resolution(number="[AFCP-1]", title="T", draft=True, sections=[
        Section("recognizing", "preambular", [Clause("", "that the work matters,")]),
        Section("instructs the Director of the Telecommunication\nStandardization Bureau", "operative"),
    ])
    doc = Document([
        Proposal("ADD", "AFCP/42A1/1", res),
        Proposal("SUP", "AFCP/42A1/2"),
        Proposal(resolution=Resolution(number="9", title="Other")),
    ])
    assert outline(doc) == [
        "ADD AFCP/42A1/1",
        "recognizing: ·",
        "instructs the Director of the Telecommunication Standardization Bureau:",
        "SUP AFCP/42A1/2",
        "RESOLUTION 9",
    ]
