"""A Word file without the ITU styles -> the document, through the text importer's recognisers.

A drafter's own file (Normal style, typed labels or Word's automatic
numbering) says nothing by its styles, so each paragraph's text (the label
Word's numbering prints, a TAB, then the text as the final view reads it)
goes through the same assembler and recognisers as copied plain text: one
recogniser, not two.  The paragraph number stands for the line number.
Then each field the assembler built takes back, from the paragraph it came
from, the spans that text was made of: italic, bold, footnote references
and revision marks inside it (a field the assembler joined from several
paragraphs keeps its plain text, and is reported when that text had
revisions); a resolution's title, history line and preamble take theirs
from the paragraphs after its number line, and a line break the recogniser
read as a space comes back.  A whole inserted or deleted paragraph gives its
node a block mark.  Tables and text boxes are not given to the recogniser:
they are kept as notes, as in a file in the ITU styles.
"""

from __future__ import annotations

from dataclasses import replace

from editor.importers.assembly import Assembler
from editor.importers.cleaning import SourceLine
from editor.importers.docx.paragraphs import TABLE_ROW, Paragraph, joined, row_spans
from editor.importers.messages import ImportMessage, place
from editor.importers.vocabulary import Vocabulary
from editor.model.inline import Inline, Span, markup_offset, normalize, slice_spans
from editor.model.marks import Mark
from editor.model.nodes import Clause, Document, Footnote, Note, Proposal, Resolution, Section


def line_spans(para: Paragraph, breaks: str = " ") -> list[Span]:
    """The paragraph as the recogniser reads it: the numbering's label and a TAB, then its spans; a line break is a space.

    A number Word prints with a full stop ("1.", "1.2.") is given without it:
    the text recogniser takes "1. " at the start of a clause for the number
    of a web page's list; `build_recognised` gives the label its stop back.
    """
    head = [Span(_read_label(para.label) + "\t")] if para.label else []
    return [*head, *(Span(s.text.replace("\n", breaks), s.italic, s.bold, s.mark, s.footnote, s.xref) for s in para.spans)]


def build_recognised(paragraphs: list[Paragraph], footnotes: dict[str, list[Paragraph]],
                     vocab: Vocabulary) -> tuple[Document, list[ImportMessage], list[tuple[int, int]]]:
    """The document, its messages, and (paragraph, node uid) where each node starts."""
    spans_of: dict[int, Inline] = {}
    held: dict[int, Inline] = {}  # the same spans with their line breaks, which a field takes back (a title's two lines)
    lines: list[SourceLine] = []
    rows: dict[int, list[Paragraph]] = {}  # a table's rows are kept as notes, as in a file in the ITU styles
    for para in paragraphs:
        if para.in_table:
            rows.setdefault(para.row, []).append(para)
            continue
        inline = Inline(line_spans(para))
        spans_of[para.number] = inline
        held[para.number] = Inline(line_spans(para, "\n"))
        lines.append(SourceLine(para.number, inline.text("final").strip()))
    assembler = Assembler(lines, vocab, unit="paragraph")
    document = assembler.run()
    marks = {p.number: p.mark for p in paragraphs if p.mark is not None}
    printed = {p.number: p.label for p in paragraphs if p.label and _read_label(p.label) != p.label}
    nodes = {node.uid: node for node in document.walk()}
    kept: set[Mark] = set()  # the marks that reached the document
    numbers = sorted(spans_of)
    begun = sorted({n for n, _, _ in assembler.starts})
    for line, uid, field in assembler.starts:
        node = nodes.get(uid)
        source = spans_of.get(line)
        if node is None or source is None:
            continue
        if field is None and line in printed and isinstance(node, Clause) and node.label.text() == _read_label(printed[line]):
            node.label = Inline.plain(printed[line])  # the label as Word's numbering prints it
            node.label.owner, node.label.field = node, "label"
        if field is None and line in marks and node.change is None:
            node.change = marks[line]
            kept.add(marks[line])
        # a resolution's title, history line and preamble come from the paragraphs after its number line
        after = next((n for n in begun if n > line), 10**9)
        sources = [n for n in numbers if line <= n < after] if isinstance(node, Resolution) else [line]
        for inline in node.inlines():
            restored = next((r for n in sources if (r := _restore(inline, spans_of[n], held[n])) is not None), None)
            if restored is not None:
                inline.spans = restored
                kept.update(s.mark for s in restored if s.mark is not None)
        if field is None and isinstance(node, Clause) and isinstance(node.parent, Section) and node.label.text()[:1].isalpha():
            # clause letters print in italic (the writer sets them so), as the styled builder reads them
            node.label.spans = normalize(replace(s, italic=False) for s in node.label.spans)
    _footnotes(document, footnotes)
    unplaced = [(cells[0].number, Inline(spans), cells[0].mark) for cells in rows.values() if (spans := row_spans(cells))]
    unplaced += [(para.number, Inline.plain(box), None) for para in paragraphs for box in para.boxes]
    _unplaced(document, sorted(unplaced, key=lambda item: item[0]), assembler.starts)
    _settle(document)
    messages = [ImportMessage(m.line, m.message, m.uid, m.field, m.quoted, 0, "paragraph") for m in assembler.messages]
    messages += _lost_marks([p for p in paragraphs if not p.in_table], kept)
    messages += [ImportMessage(first, f"kept as unplaced paragraphs (paragraphs {first} to {last}): {TABLE_ROW}", unit="paragraph")
                 for first, last in _tables(paragraphs)]
    return document, place(sorted(messages, key=lambda m: m.line), assembler.starts), [(n, uid) for n, uid, _ in assembler.starts]


def _lost_marks(paragraphs: list[Paragraph], kept: set[Mark]) -> list[ImportMessage]:
    """A message for each paragraph whose revisions the recogniser could not carry: it joined its text to another's.

    The joined text is plain (inserted and deleted words alike stand as
    they read in the paragraph), so the drafter is told where to look.
    """
    out: list[ImportMessage] = []
    for para in paragraphs:
        lost = [m for m in dict.fromkeys([*([para.mark] if para.mark is not None else []), *(s.mark for s in para.spans if s.mark)])
                if m not in kept]
        if not lost:
            continue
        whole = para.mark is not None and para.mark in lost
        what = f"the whole {'inserted' if para.mark is not None and para.mark.kind == 'ins' else 'deleted'} paragraph" if whole else "revisions"
        who = ", ".join(dict.fromkeys(f"{m.author} ({m.date})" for m in lost))
        out.append(ImportMessage(para.number, f"{what} by {who} could not be kept as revision marks: the text recogniser joined this "
                                              "paragraph's text to the text around it, where it stands as plain text; accept or "
                                              "reject the revisions in Word and import the file again", unit="paragraph"))
    return out


def _read_label(label: str) -> str:
    """A label of Word's numbering as the recogniser reads it: a number's closing full stop taken off ("1." -> "1")."""
    return label[:-1] if label.endswith(".") and label[:-1].replace(".", "").isdigit() else label


def _restore(inline: Inline, source: Inline, held: Inline) -> list[Span] | None:
    """The spans for the text `inline` holds, when the paragraph (`source` as the recogniser read it) holds it once.

    The spans are taken from `held`, the same paragraph with its line
    breaks, which the recogniser read as spaces (one character for one).
    """
    text = inline.text("final")
    final = source.text("final")
    if not text.strip() or final.count(text) != 1:
        return None
    at = final.index(text)
    start = markup_offset(source, at, "final")
    end = markup_offset(source, at + len(text), "final", end=True)
    spans = slice_spans(held.spans, start, end)
    # the footnote references just after the text belong to it ("developing¹"), after a history line's bracket too
    rest = slice_spans(held.spans, end, len(held.text()))
    if len(rest) > 1 and rest[0].text in (")", "）") and rest[1].footnote is not None:
        rest.pop(0)
    while rest and rest[0].footnote is not None:
        spans.append(rest.pop(0))
    return normalize(spans)


def _unplaced(document: Document, items: list[tuple[int, Inline, Mark | None]], starts: list[tuple[int, int, str | None]]) -> None:
    """What the recogniser was not given (a table's rows, the text of text boxes), kept as notes with their marks.

    Each goes to the proposal of the node begun last before its paragraph (the first proposal before any).
    """
    begun = sorted(((n, uid) for n, uid, _ in starts), key=lambda start: start[0])
    for number, text, mark in items:
        uid = next((u for n, u in reversed(begun) if n <= number), begun[0][1] if begun else None)
        node = document.find(uid) if uid is not None else None
        proposal = node if isinstance(node, Proposal) else node.ancestor(Proposal) if node is not None else None
        if proposal is None:
            proposal = document.proposals[0] if document.proposals else Proposal()
            if not document.proposals:
                document.proposals.append(proposal)
                proposal.parent = document
        note = Note(text)
        note.change = mark
        proposal.notes.append(note)
        note.parent = proposal


def _tables(paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """The first and last paragraph numbers of each table (a run of paragraphs in table cells)."""
    out: list[tuple[int, int]] = []
    before = False
    for para in paragraphs:
        if para.in_table and before:
            out[-1] = (out[-1][0], para.number)
        elif para.in_table:
            out.append((para.number, para.number))
        before = para.in_table
    return out


def _footnotes(document: Document, footnotes: dict[str, list[Paragraph]]) -> None:
    """Every footnote a resolution refers to, with its text from footnotes.xml."""
    for res in document.resolutions():
        keys = [s.footnote for node in res.walk() for inline in node.inlines() for s in inline.spans if s.footnote is not None]
        for key in dict.fromkeys(keys):
            if res.footnote(key) is not None or key not in footnotes:
                continue
            paras = footnotes[key]
            note = Footnote(key, Inline(joined(paras)))
            note.change = paras[0].mark if paras else None
            res.footnotes.append(note)
            note.parent = res
            note._adopt()


def _settle(document: Document) -> None:
    """A node whose block stands in a block with the same revision shows it by inheritance."""

    def visit(node: Resolution | Document | object, inherited: Mark | None) -> None:
        from editor.model.nodes import Node

        assert isinstance(node, Node)
        own = node.change or inherited
        if node.change is not None and inherited is not None and (node.change.kind, node.change.author, node.change.date) == (
                inherited.kind, inherited.author, inherited.date):
            node.change = None
        for kid in node.children():
            visit(kid, own)

    visit(document, None)
