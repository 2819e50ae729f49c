"""Small documents built in code, shared by the tests (no copied data)."""

from __future__ import annotations

from editor.model import Annex, Clause, Cover, Document, Footnote, Inline, Proposal, Resolution, Section, Span
from editor.model.session import EditSession
from editor.xmlio.reader import read_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_bytes, to_tree

FIXED_DATE = "2022-02-01T10:00:00Z"


def base_resolution() -> Resolution:
    """A short in-force resolution with the usual shape, lettering and punctuation correct."""
    return Resolution(
        number="7",
        adoption="Rev. Hammamet, 2016",
        title="Collaboration with the International Organization for Standardization\nand the International Electrotechnical Commission",
        history="Malaga-Torremolinos, 1984; Helsinki, 1993; Hammamet, 2016",
        preamble="The World Telecommunication Standardization Assembly (Hammamet, 2016),",
        sections=[
            Section("considering", "preambular", [
                Clause("a)", "the purposes of the Union set forth in Article 1 of the ITU Constitution;"),
                Clause("b)", "the duties of the ITU Telecommunication Standardization Sector,"),
            ]),
            Section("noting", "preambular", [
                Clause("a)", "that the working methods are not the same;"),
                Clause("b)", "that other activities may require coordination,"),
            ]),
            Section("resolves", "operative", [
                Clause("1", "to invite ISO and IEC to examine the study programme;"),
                Clause("2", "that the necessary contacts should be at the appropriate levels:", [
                    Clause("–", "for work where text should be drawn up mutually; and"),
                    Clause("–", "for other activities where coordination is required;"),
                ]),
                Clause("3", "to invite administrations to contribute to the coordination."),
            ]),
        ],
    )


def base_document() -> Document:
    """The in-force text as a standalone resolution file."""
    return Document([Proposal(resolution=base_resolution())])


def mod_document() -> tuple[Document, EditSession]:
    """A MOD contribution on the base text, with a few tracked changes recorded."""
    cover = Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-20",
                  place_dates="Geneva, 1-9 March 2022", meeting="PLENARY MEETING", document="36", addendum="2",
                  languages="English", source="Arab States Administrations", title="Proposed modification of Resolution 7")
    doc = Document([Proposal("MOD", "ARB/36A2/1", base_resolution(), reasons="To reflect current practice.")], cover)
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    res = doc.proposals[0].resolution
    assert res is not None
    with session.transaction("Update dates"):
        session.replace_text(res.adoption, 5, len(res.adoption.text()), "Geneva, 2022")
        session.insert_text(res.history, len(res.history.text()), "; Geneva, 2022")
        pre = res.preamble.text()
        start = pre.index("Hammamet")
        session.replace_text(res.preamble, start, start + len("Hammamet, 2016"), "Geneva, 2022")
    noting = res.sections[1]
    session.insert_node(noting, "clauses", 2, Clause("c)", "the increasing cost of developing standards,"))
    b = noting.clauses[1]
    session.replace_text(b.text, len(b.text.text()) - 1, len(b.text.text()), ";")
    session.undo_stack.clear()
    return doc, session


def assert_valid(document: Document) -> Document:
    """The document still validates against the schema and survives a save/read round trip byte for byte; the reread one."""
    validate_tree(to_tree(document), None)
    data = to_bytes(document)
    reread = read_bytes(data)
    assert to_bytes(reread) == data
    return reread


def marked_document() -> Document:
    """A MOD contribution with a mark on every kind of block and inline field the model has.

    Whole inserted and deleted blocks (a section, a clause, a sub-item, an
    annex, a footnote), words inserted and deleted inside clauses, the
    number line, the title and Reasons, by two authors; italic and bold
    text, and footnotes referred to from the history line and a clause.
    """
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    session.insert_node(res, "sections", 2, Section("recognizing", "preambular", [Clause("", "that collaboration must be mutual,")]))
    session.delete_node(res.sections[0].clauses[1])
    resolves = res.sections[-1]
    session.insert_node(resolves.clauses[1], "items", 2, Clause("–", "for new work items;"))
    session.insert_text(res.title, 0, "Improved ")
    other = EditSession(doc, author="EUR", tracking=True, clock=lambda: "2022-03-04T05:06:07Z")
    other.insert_text(resolves.clauses[0].text, 3, "urgently ", italic=True)
    other.replace_text(doc.proposals[0].reasons, 0, 2, "So as")
    clause = resolves.clauses[2]
    session.set_spans(clause.text, [*clause.text.spans[:-1], Span("coordination", bold=True), Span(".", footnote=None),
                                    Span("", footnote="2")])
    res.history.spans = [*res.history.spans, Span("", footnote="1")]
    res.footnotes = [Footnote("1", "Previously published (Geneva, 1956)."), Footnote("2", Inline([Span("See "), Span("Annex", italic=True)]))]
    res._adopt()
    session.insert_node(res, "annexes", 0, Annex("ANNEX", "Guidelines", [Clause("1", "Introduction"), Clause("", "Plain text.")]))
    return doc
