"""Small documents built in code, shared by the tests (no copied data)."""

from __future__ import annotations

import struct
import zlib

from editor.model import Annex, Clause, Cover, Document, Footnote, Inline, Note, Proposal, Resolution, Section, Span
from editor.model.body import Cell, Figure, Heading, Part, Picture, Row, Table
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


def annexed_document(heading: str = "Annex A (to Resolution 7 (Rev. Hammamet, 2016))") -> Document:
    """The in-force text with an annex whose heading is typed on one line, as drafters type it."""
    res = base_resolution()
    doc = Document([Proposal(resolution=res)])
    EditSession(doc, tracking=False).insert_node(res, "annexes", 0, Annex(heading, "Terms of reference of the joint group", [
        Clause("1", "The joint group shall meet once a year."), Clause("2", "It shall report to TSAG.")]))
    return doc


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


def png(width: int = 4, height: int = 3) -> bytes:
    """A small valid PNG (grey pixels), for figures: written by hand so no imaging library is needed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def body_resolution() -> Resolution:
    """A resolution with a body as Resolution 1 has: two numbered sections, headings, provisions with lists at three
    levels, a note, a table with a header row, a figure with title and legend, and an appendix holding the same kinds."""
    res = base_resolution()
    res.parts = [
        Part("SECTION 1", "World Telecommunication Standardization Assembly", [
            Clause("1.1", "The assembly shall establish a Steering Committee."),
            Clause("1.2", "It shall establish the following committees:", [
                Clause("a)", "a Budget Control Committee;"),
                Clause("b)", "an Editorial Committee, which shall:", [
                    Clause("i)", "perfect the wording of texts, in particular:", [Clause("–", "in every language.")]),
                ]),
            ]),
            Heading("1.3", "Voting", 2),
            Clause("", "Should there be a need for a vote, it is conducted by the General Rules."),
            Note("NOTE – The committees cease to exist when the assembly closes."),
        ]),
        Part("Section 1bis", "Documentation of ITU-T", [
            Heading("1bis.1", "General principles", 2),
            Heading("1bis.1.1", "Presentation of texts", 3),
            Clause("1bis.1.1.1", "Texts should be as brief as possible."),
            Table([Row([Cell("Text"), Cell("Approval")], header=True), Row([Cell("Resolution"), Cell("WTSA")]),
                   Row([Cell("Question"), Cell(Inline([Span("study group", italic=True)]))])], "Table 1 – Texts and approval"),
            Figure(Picture(png(), "image/png", 120, 90), "Figure 1 – Approval of texts",
                   "NOTE 1 – The study group decides.\nNOTE 2 – The Director notifies."),
        ]),
    ]
    res.annexes = [Annex("Appendix I\n(to Resolution 7 (Rev. Hammamet, 2016))", "Information for submission of a Question", [
        Clause("", "A Question should give:", [Clause("•", "its source;"), Clause("•", "its short title.")]),
        Note("NOTE – Contributions may propose Questions."),
    ], kind="appendix")]
    res._adopt()
    return res


def body_document() -> Document:
    """The body resolution as a standalone file."""
    return Document([Proposal(resolution=body_resolution())])


def marked_body_document() -> Document:
    """The body resolution in a MOD, with a mark on every kind the body has: a whole inserted body section, heading,
    table row and figure; a deleted note and row; words inserted and deleted in a provision, a list item, a section
    title, a cell, a figure's title and legend; by two authors."""
    doc = Document([Proposal("MOD", "ARB/36A2/2", body_resolution(), reasons="To bring the rules up to date.")],
                   Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-24", document="36",
                         addendum="2", source="Arab States Administrations", title="Proposed modification of Resolution 7"))
    res = doc.proposals[0].resolution
    assert res is not None
    first, second = res.parts
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    other = EditSession(doc, author="EUR", tracking=True, clock=lambda: "2022-03-04T05:06:07Z")
    session.insert_node(first, "paragraphs", 2, Heading("1.2bis", "Steering", 3))
    note = first.paragraphs[-1]
    session.delete_node(note)
    provision = first.paragraphs[0]
    assert isinstance(provision, Clause)
    session.insert_text(provision.text, 4, "new ")
    item = first.paragraphs[1].items[0]  # type: ignore[union-attr]
    other.replace_text(item.text, 2, 8, "Finance")
    session.insert_text(second.title, 0, "The ")
    table = second.paragraphs[3]
    figure = second.paragraphs[4]
    assert isinstance(table, Table) and isinstance(figure, Figure)
    session.insert_node(table, "rows", 2, Row([Cell("Opinion"), Cell("WTSA")]))
    other.delete_node(table.rows[1])
    session.insert_text(table.rows[-1].cells[0].text, 0, "Draft ")
    other.insert_text(figure.title, len(figure.title.text()), " at a meeting")
    session.delete_text(figure.legend, 0, 7)
    session.insert_node(second, "paragraphs", 5, Figure(Picture(png(2, 2), "image/png", 40, 40), "Figure 2 – A new figure"))
    session.insert_node(res, "parts", 2, Part("SECTION 2", "Study groups", [Clause("2.1", "Study groups shall meet.")]))
    session.undo_stack.clear()
    return doc


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


def language_resolution(code: str, place: str = "Hammamet", year: str = "2016", body: str = "WTSA") -> Resolution:
    """A short in-force resolution in language `code`, written from its language data: every check passes.

    The number line, history line, enacting formula, keywords (in the form
    agreeing with `body`) and clause endings are the data's, so a test that
    breaks one of them checks the rule in that language.
    """
    from editor.languages import load
    from editor.rules.wording import wording

    language, w = load(code), wording(code)
    opener = (language.words("clause_openers") or ("",))[0]
    space = " " if w.spaced else ""

    def text(words: str, end: str) -> str:
        return f"{opener}{space}{words}{end}" if opener else f"{words}{end}"

    enacting = language.enacting(body, place, year)
    return Resolution(
        body=body,
        number="7",
        adoption=w.adoption_text(True, place, year),
        title="Title",
        history=w.history_separator.join([w.spot_text("Helsinki", "1993"), w.spot_text(place, year)]),
        preamble=enacting,
        sections=[
            Section(language.first_keyword("considering", body), "preambular", [
                Clause("a)", text("alpha", w.clause[0])),
                Clause("b)", text("beta", w.section[0])),
            ]),
            Section(language.first_keyword("resolves", body), "operative", [
                Clause("1", text("gamma", w.clause[0])),
                Clause("2", text("delta", w.final[0])),
            ]),
        ],
    )


def language_document(code: str, **details: str) -> Document:
    """`language_resolution(code)` as a standalone resolution file in that language."""
    return Document([Proposal(resolution=language_resolution(code, **details))], language=code)


ARABIC_CLAUSE = "أن قطاع ITU-T يعمل مع التوصية E.164 منذ سنوات عديدة؛"


def arabic_document() -> Document:
    """An Arabic resolution whose first clause mixes Latin runs (ITU-T, E.164) into Arabic text, with a sub-item list."""
    doc = language_document("ar")
    res = doc.proposals[0].resolution
    assert res is not None
    clause = res.sections[0].clauses[0]
    clause.text = Inline.plain(ARABIC_CLAUSE)
    operative = res.sections[1].clauses[0]
    operative.text = Inline.plain("أن يتعاون:")
    operative.items = [Clause("–", "مع المنظمة الدولية للتوحيد القياسي؛"), Clause("–", "مع اللجنة الكهرتقنية الدولية؛")]
    operative._adopt()
    clause._adopt()
    return doc


def commented_document() -> tuple[Document, EditSession]:
    """mod_document with three comments by two colleagues: one on words of a clause with a reply,
    one resolved on a whole section, one on the struck-out words of the number line."""
    from editor.model.comments import Anchor

    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    clause = res.sections[0].clauses[0]
    session.author = "Arab States"
    start = clause.text.text("markup").index("purposes")
    first = session.add_comment(Anchor(clause, "text", start, start + len("purposes")), "Which purposes? Cite Article 1.")
    session.author = "CEPT"
    session.reply_to_comment(first, "Those of Article 1 of the Constitution.")
    done = session.add_comment(Anchor(res.sections[1]), "Check the order of the noting clauses.")
    session.resolve_comment(done)
    session.author = "Arab States"
    struck = res.adoption.text("markup").index("Hammamet")
    session.add_comment(Anchor(res, "adoption", struck, struck + len("Hammamet")), "Replaced by the new revision.")
    session.undo_stack.clear()
    return doc, session


def word_canonical(document: Document) -> str:
    """The document's XML as a Word file can tell it: marks and comments numbered in order, ITU-T as the writer prints it.

    Word numbers each revision element and each comment itself, and the
    writer prints "ITU-T" with a non-breaking hyphen; nothing else may differ.
    """
    from dataclasses import replace

    from editor.export.blocks import typographic
    from editor.importers.docx import renumber_marks
    from editor.xmlio import to_bytes

    copy = read_bytes(to_bytes(document))
    renumber_marks(copy)
    for number, comment in enumerate(copy.comments, start=1):
        comment.id = number
    for node in copy.walk():
        for inline in node.inlines():
            inline.spans = [replace(s, text=typographic(s.text)) for s in inline.spans]
    return to_bytes(copy).decode()
