"""Compare: original view == OLD, final view == NEW, with marks a drafter recognises."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import Annex, Clause, Document, Footnote, Proposal, Resolution, Section, Span
from editor.model.outline import outline
from editor.model.session import EditSession
from editor.revisions.compare import compare
from editor.revisions.review import Change, list_changes
from tests.factories import base_document, base_resolution, mod_document
from tests.revisions.checks import FIXED, assert_unique_ids, resolution_bytes, saved_and_reopened
from tests.revisions.edits import random_edit


def _edited(edit: Callable[[EditSession, Resolution], None]) -> Document:
    doc = base_document()
    session = EditSession(doc, tracking=False)
    res = doc.proposals[0].resolution
    assert res is not None
    edit(session, res)
    return doc


def _compared(new: Document, old: Document | None = None) -> tuple[Document, list[Change]]:
    old = old or base_document()
    marked = compare(old, new, "ARB", FIXED)
    assert resolution_bytes(marked, "original") == resolution_bytes(old, "final")
    assert resolution_bytes(marked, "final") == resolution_bytes(new, "final")
    assert outline(marked, "original") == outline(old, "final"), "the base lettering"
    assert outline(marked, "final") == outline(new, "final"), "the new lettering"
    assert_unique_ids(marked)
    saved_and_reopened(marked)
    return marked, list_changes(marked)


def _rows(changes: list[Change]) -> list[tuple[str, str, bool]]:
    return [(c.kind, c.text, c.is_block) for c in changes]


def test_identical_texts_give_no_marks_and_a_mod_proposal() -> None:
    marked, changes = _compared(base_document())
    assert changes == []
    assert marked.proposals[0].action == "MOD"
    _, changes = _compared(_edited(lambda s, r: s.insert_text(r.title, 0, "On ")))
    assert [(c.kind, c.text, c.author, c.date, c.location) for c in changes] == [("ins", "On ", "ARB", FIXED, "MOD Resolution 7, title")]


def test_reordered_clause_is_a_move_not_a_cascade() -> None:
    def move(session: EditSession, res: Resolution) -> None:
        resolves = res.sections[2]
        session.move_node(resolves.clauses[2], resolves, "clauses", 0)

    _, changes = _compared(_edited(move))
    assert _rows(changes) == [
        ("ins", "3 to invite administrations to contribute to the coordination.", True),
        ("del", "3 to invite administrations to contribute to the coordination.", True),
    ]


def test_inserted_and_deleted_clauses_are_block_marks() -> None:
    def edit(session: EditSession, res: Resolution) -> None:
        session.insert_node(res.sections[1], "clauses", 1, Clause("b)", "that the assembly has met in Geneva;"))
        session.delete_node(res.sections[0].clauses[0])

    _, changes = _compared(_edited(edit))
    assert [(c.kind, c.is_block, c.location) for c in changes] == [
        ("del", True, "MOD Resolution 7, considering a)"),
        ("ins", True, "MOD Resolution 7, noting b)"),
    ]


def test_relettering_is_a_label_change_only() -> None:
    def edit(session: EditSession, res: Resolution) -> None:
        noting = res.sections[1]
        session.insert_node(noting, "clauses", 0, Clause("a)", "that a new first clause exists;"))
        session.set_text(noting.clauses[1].label, "b)")
        session.set_text(noting.clauses[2].label, "c)")

    _, changes = _compared(_edited(edit))
    assert _rows(changes) == [
        ("ins", "a) that a new first clause exists;", True),
        ("del", "a)", False), ("ins", "b)", False),
        ("del", "b)", False), ("ins", "c)", False),
    ]


def test_word_change_is_marked_by_word() -> None:
    def edit(session: EditSession, res: Resolution) -> None:
        clause = res.sections[2].clauses[0]
        session.replace_text(clause.text, 3, 9, "request")

    _, changes = _compared(_edited(edit))
    assert _rows(changes) == [("del", "invite", False), ("ins", "request", False)]


def test_changed_ending_is_marked_by_character() -> None:
    def edit(session: EditSession, res: Resolution) -> None:
        clause = res.sections[2].clauses[0]
        session.replace_text(clause.text, 3, 9, "inviting")
        session.insert_text(clause.text, len(clause.text.text()) - 1, "s")

    marked, changes = _compared(_edited(edit))
    assert _rows(changes) == [("del", "e", False), ("ins", "ing", False), ("ins", "s", False)]
    text = marked.proposals[0].resolution.sections[2].clauses[0].text  # type: ignore[union-attr]
    assert text.text("markup").startswith("to inviteing ISO")


def test_date_updates_read_as_whole_changes() -> None:
    marked, _ = mod_document()
    _, changes = _compared(marked)
    assert _rows(changes) == [
        ("del", "Hammamet, 2016", False), ("ins", "Geneva, 2022", False),
        ("ins", "; Geneva, 2022", False),
        ("del", "Hammamet, 2016", False), ("ins", "Geneva, 2022", False),
        ("del", ",", False), ("ins", ";", False),
        ("ins", "c) the increasing cost of developing standards,", True),
    ], "the same marks as recorded while editing; Reasons are NEW's own prose, not marked"


def test_formatting_change_shows_as_replacement_and_footnotes_survive() -> None:
    def edit(session: EditSession, res: Resolution) -> None:
        clause = res.sections[0].clauses[0]
        session.set_format(clause.text, 4, 12, italic=True)
        session.set_spans(res.title, [*res.title.spans, Span("", footnote="1")])

    _compared(_edited(edit))


def test_sections_inserted_and_keyword_changed() -> None:
    def edit(session: EditSession, res: Resolution) -> None:
        session.insert_node(res, "sections", 2, Section("recognizing", "preambular", [Clause("", "that cooperation helps,")]))
        session.set_text(res.sections[1].keyword, "noting further")

    _, changes = _compared(_edited(edit))
    assert ("ins", "recognizing", True) in _rows(changes)
    assert ("ins", " further", False) in _rows(changes)


def test_contributions_pair_proposals_by_identifier() -> None:
    old = Document([Proposal("MOD", "A/1/1", base_resolution()), Proposal("MOD", "A/1/2", base_resolution())], mod_document()[0].cover)
    new = Document([Proposal("MOD", "A/1/2", base_resolution(), reasons="Kept."), Proposal("ADD", "A/1/3", base_resolution())], old.cover)
    marked = compare(old, new, "ARB", FIXED)
    assert [(p.identifier, p.change.kind if p.change else None) for p in marked.proposals] == [
        ("A/1/1", "del"), ("A/1/2", None), ("A/1/3", "ins"),
    ]
    saved_and_reopened(marked)


def test_text_of_an_add_proposal_is_never_marked() -> None:
    old = Document([Proposal("ADD", "A/1/1", base_resolution())], mod_document()[0].cover)
    new = Document([Proposal("ADD", "A/1/1", base_resolution())], old.cover)
    res = new.proposals[0].resolution
    assert res is not None
    EditSession(new).insert_text(res.title, 0, "Draft: ")
    marked = compare(old, new, "ARB", FIXED)
    assert list_changes(marked) == []
    assert resolution_bytes(marked, "markup") == resolution_bytes(new, "markup")


def test_an_add_compared_with_the_in_force_text_is_marked_as_a_mod() -> None:
    """compare OLD NEW with NEW an ADD proposal: its text is compared, so the result's original view is OLD."""
    old = base_document()
    new = Document([Proposal("ADD", "ARB/36A2/9", base_resolution())], mod_document()[0].cover)
    res = new.proposals[0].resolution
    assert res is not None
    EditSession(new).insert_text(res.title, 0, "Draft: ")
    marked, changes = _compared(new, old)
    assert marked.proposals[0].action == "MOD" and marked.proposals[0].identifier == "ARB/36A2/9"
    assert [c.text for c in changes] == ["Draft: "]
    saved_and_reopened(marked)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 10))
def test_random_edits_compare_back_to_both_texts(data: st.DataObject, steps: int) -> None:
    scratch = EditSession(Document([Proposal("MOD", "X", base_resolution())]), tracking=False)
    plain = EditSession(base_document(), tracking=False)
    for _ in range(steps):
        random_edit(data, scratch, plain)
    _compared(plain.document)


def test_annex_paragraphs_and_footnotes_compare_too() -> None:
    def add_annex(session: EditSession, res: Resolution) -> None:
        session.insert_node(res, "annexes", 0, Annex("ANNEX", "Guidelines", [Clause("1", "first rule;"), Clause("2", "second rule.")]))
        session.insert_node(res, "footnotes", 0, Footnote("1", "A note."))

    old = _edited(add_annex)

    def edit(session: EditSession, res: Resolution) -> None:
        add_annex(session, res)
        annex = res.annexes[0]
        session.delete_node(annex.paragraphs[0])
        session.insert_text(annex.paragraphs[0].text, 0, "the ")
        session.set_text(res.footnotes[0].text, "A longer note.")

    _, changes = _compared(_edited(edit), old)
    assert [(c.kind, c.text, c.location) for c in changes] == [
        ("del", "1 first rule;", "MOD Resolution 7, ANNEX, 1"),
        ("ins", "the ", "MOD Resolution 7, ANNEX, 2"),
        ("ins", "longer ", "MOD Resolution 7, footnote 1"),
    ]


def test_a_body_compares_by_section_paragraph_row_and_word() -> None:
    """Body sections pair with theirs, paragraphs of every kind with theirs: an added row and heading are blocks,
    a changed cell and a renumbered provision are words, the base text is the original view."""
    from editor.model.body import Cell, Heading, Row, Table
    from tests.factories import body_document

    old = body_document()
    new = body_document()
    res = new.proposals[0].resolution
    assert res is not None
    session = EditSession(new, tracking=False)
    table = next(p for p in res.parts[1].paragraphs if isinstance(p, Table))
    session.insert_node(table, "rows", 2, Row([Cell("Opinion"), Cell("WTSA")]))
    session.change_text(table.rows[1].cells[1].text, "WTSA or TSAG")
    session.insert_node(res.parts[0], "paragraphs", 3, Heading("1.2bis", "Steering", 3))
    session.change_text(res.parts[0].paragraphs[0].text, "The assembly shall establish a Steering Committee at once.")
    _, changes = _compared(new, old)
    rows = _rows(changes)
    assert ("ins", "Opinion WTSA", True) in [(k, " ".join(t.split()), b) for k, t, b in rows]
    assert any(kind == "ins" and "TSAG" in text and not block for kind, text, block in rows)
    assert any(kind == "ins" and "Steering" in text and block for kind, text, block in rows)
    assert any(kind == "ins" and "at once" in text and not block for kind, text, block in rows)
