"""The document in one view as a flat list of styled blocks: what every writer consumes.

The DOCX writer, the print/PDF path and the pandoc comparison in the
benchmark all read this one form, so "what the ITU types" (label TAB text,
italic clause letters, the number line with capitals off for "Rev. Place",
"Reasons:" paragraphs, the cover page) is decided here once.

Views: "markup" and "print" keep the revision marks (the writers show them as
Word revisions or as coloured formatting); "final" and "original" resolve
them first, so their blocks carry no mark at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

from editor.model.inline import Inline
from editor.model.marks import Mark
from editor.model.nodes import Annex, Clause, Cover, Document, Node, Proposal, Resolution, Section
from editor.model.views import project

ExportView = Literal["markup", "final", "original", "print"]
EXPORT_VIEWS: tuple[ExportView, ...] = get_args(ExportView)

#: progress(done, total): long exports and prints report through it so a window stays responsive.
Progress = Callable[[int, int], None]
#: Progress is reported in percent.
PROGRESS_TOTAL = 100


def stepper(count: int, progress: Progress | None, start: int = 0, end: int = PROGRESS_TOTAL) -> Callable[[int], None]:
    """A per-item reporter: item i of `count` maps into [start, end] percent, reported about fifty times."""
    if progress is None or count <= 0:
        return lambda index: None
    every = max(1, count // 50)
    report = progress

    def step(index: int) -> None:
        if index % every == 0 or index == count - 1:
            report(start + (index + 1) * (end - start) // count, PROGRESS_TOTAL)

    return step


#: Writers turn these characters into a TAB, a line break and Word's non-breaking hyphen.
TAB, BREAK, NB_HYPHEN = "\t", "\n", "\u2011"


@dataclass(slots=True)
class Run:
    """Text of one formatting and at most one own revision mark.

    `footnote` makes the run a footnote reference (its text is the number);
    the reference of an inserted or deleted footnote carries the footnote's
    mark when it has none of its own, so accepting or rejecting it in Word
    takes the reference along with the note.
    `caps_off` switches the style's capitals off ("Rev. Geneva" in the number line).
    """

    text: str
    italic: bool = False
    bold: bool = False
    caps_off: bool = False
    mark: Mark | None = None
    footnote: int | None = None


@dataclass(slots=True)
class Block:
    """One paragraph: a style id from editor.export.styles, its runs and its own mark.

    `mark` is set when the whole paragraph was inserted or deleted: writers
    mark the paragraph mark too, so accepting or rejecting leaves no empty
    paragraph.  `page_break` starts the block on a new page.
    """

    style: str
    runs: list[Run]
    mark: Mark | None = None
    page_break: bool = False

    def text(self) -> str:
        return "".join(r.text for r in self.runs if r.footnote is None)

    def marks(self) -> Iterable[Mark]:
        if self.mark is not None:
            yield self.mark
        for r in self.runs:
            if r.mark is not None:
                yield r.mark


@dataclass(slots=True)
class FootnoteBlock:
    """A footnote's number, its text runs (style FootnoteText) and its own mark.

    `mark` is set when the whole footnote was inserted or deleted: writers
    mark its number and text with it, as `Block.mark` does for a paragraph.
    """

    number: int
    runs: list[Run]
    mark: Mark | None = None


@dataclass(slots=True)
class Layout:
    """Everything a writer needs: cover blocks, body blocks, footnotes, running header."""

    view: ExportView
    cover: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    footnotes: list[FootnoteBlock] = field(default_factory=list)
    header: str = ""

    @property
    def blocks(self) -> list[Block]:
        return self.cover + self.body

    def marks(self) -> list[Mark]:
        """Distinct marks in order of first appearance (body and footnotes)."""
        seen: dict[Mark, None] = {}
        for block in self.blocks:
            for m in block.marks():
                seen.setdefault(m, None)
        for fn in self.footnotes:
            if fn.mark is not None:
                seen.setdefault(fn.mark, None)
            for r in fn.runs:
                if r.mark is not None:
                    seen.setdefault(r.mark, None)
        return list(seen)


def layout(document: Document, view: ExportView = "markup") -> Layout:
    """The blocks of `document` as shown in `view`."""
    if view not in EXPORT_VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(EXPORT_VIEWS)}")
    source = document if view in ("markup", "print") else project(document, "final" if view == "final" else "original")
    return _Builder(view).build(source)


def typographic(text: str) -> str:
    """ITU typing: "ITU-T" and "ITU-R" with a non-breaking hyphen."""
    if "ITU-" not in text:
        return text
    return text.replace("ITU-T", "ITU\u2011T").replace("ITU-R", "ITU\u2011R").replace("ITU-D", "ITU\u2011D")


class _Builder:
    """Walks the tree once, appending blocks; footnotes are numbered in order of reference."""

    def __init__(self, view: ExportView) -> None:
        self.out = Layout(view)
        self._footnote_numbers: dict[tuple[int, str], int] = {}
        self._resolution: Resolution | None = None

    # -- runs ---------------------------------------------------------------------

    def runs(self, inline: Inline, *, italic: bool = False, caps_off: bool = False) -> list[Run]:
        out: list[Run] = []
        for span in inline.spans:
            if span.footnote is not None:
                note = self._footnote(span.footnote)
                if note is not None:
                    out.append(Run(str(note.number), mark=span.mark or note.mark, footnote=note.number))
                continue
            out.append(Run(typographic(span.text), italic=span.italic or italic, bold=span.bold, caps_off=caps_off, mark=span.mark))
        return out

    def _footnote(self, key: str) -> FootnoteBlock | None:
        """The numbered footnote `key` refers to in the current resolution (None: not in this view)."""
        res = self._resolution
        fn = res.footnote(key) if res is not None else None
        if res is None or fn is None:
            return None
        ident = (res.uid, key)
        if ident not in self._footnote_numbers:
            self._footnote_numbers[ident] = len(self.out.footnotes)
            note = FootnoteBlock(len(self.out.footnotes) + 1, [], fn.change)
            self.out.footnotes.append(note)
            # Filled after numbering so that a footnote citing another keeps document order.
            note.runs = self.runs(fn.text)
        return self.out.footnotes[self._footnote_numbers[ident]]

    def add(self, style: str, runs: list[Run], node: Node | None = None, inherited: Mark | None = None) -> Mark | None:
        """Append a block; returns the mark its children inherit."""
        mark = node.change if node is not None and node.change is not None else inherited
        self.out.body.append(Block(style, runs, mark))
        return mark

    # -- structure ----------------------------------------------------------------

    def build(self, doc: Document) -> Layout:
        if doc.cover is not None:
            self.cover(doc.cover)
            self.out.header = doc.cover.running_reference()
        first = len(self.out.body)
        for prop in doc.proposals:
            self.proposal(prop)
        if not self.out.header:
            res = next(doc.resolutions(), None)
            if res is not None:
                self.out.header = f"{res.body} – Resolution {res.number.text('final')}"
        if doc.cover is not None:
            self.out.cover, self.out.body = self.out.body[:first], self.out.body[first:]
            if self.out.body:
                self.out.body[0].page_break = True
        return self.out

    def cover(self, cover: Cover) -> None:
        """Conference, place and dates, meeting and document, date, original language, source, title, abstract."""
        conference = cover.conference + (f" ({cover.acronym})" if cover.acronym else "")
        self.add("Coverconference", [Run(typographic(conference))])
        lines = [
            (cover.place_dates, ""),
            None,  # a blank line before the meeting and document lines
            (cover.meeting, cover.document_reference()),
            ("", cover.date),
            ("", f"Original: {cover.languages}" if cover.languages else ""),
        ]
        for line in lines:
            if line is None:
                self.add("Coverline", [])
                continue
            left, right = line
            if not (left or right):
                continue
            runs = [Run(typographic(left))]
            if right:
                runs += [Run(TAB), Run(right, bold=right.startswith(("Addendum", "Document")))]
            self.add("Coverline", runs)
        if cover.source:
            self.add("Source", [Run(typographic(cover.source))])
        if cover.title:
            self.add("Title1", [Run(typographic(cover.title))])
        if cover.abstract:
            self.add("Normal", [Run("Abstract:", bold=True), Run(TAB), Run(typographic(cover.abstract))])

    def proposal(self, prop: Proposal) -> None:
        mark = prop.change
        if prop.action or prop.identifier:
            runs = [Run(prop.action or "")] + ([Run(TAB + prop.identifier)] if prop.identifier else [])
            self.add("Proposal", runs, prop)
        for note in prop.notes:
            self.add("Normal", self.runs(note.text), note, mark)
        for res in prop.resolutions:
            self.resolution(res, res.change or mark)
        if prop.action is not None:
            self.add("Reasons", [Run("Reasons:", bold=True), Run(TAB), *self.runs(prop.reasons)], None, mark)

    def resolution(self, res: Resolution, mark: Mark | None) -> None:
        self._resolution = res
        head = "DRAFT NEW RESOLUTION " if res.draft else "RESOLUTION "
        number = [Run(head), *self.runs(res.number)]
        if res.adoption.spans:
            number += [Run(" ("), *self.runs(res.adoption, caps_off=True), Run(")")]
        self.add("ResNo", number, None, mark)
        self.add("Restitle", self.runs(res.title), None, mark)
        if res.history.spans:
            history = self.runs(res.history)
            notes = _trailing_footnotes(history)
            # The ITU sets the footnote markers of the history line after its closing parenthesis.
            self.add("Resref", [Run("("), *history[: len(history) - len(notes)], Run(")"), *notes], None, mark)
        if res.preamble.spans:
            self.add("Normalaftertitle", self.runs(res.preamble), None, mark)
        for sec in res.sections:
            self.section(sec, mark)
        for annex in res.annexes:
            self.annex(annex, mark)
        self._resolution = None

    def section(self, sec: Section, inherited: Mark | None) -> None:
        mark = self.add("Call", self.runs(sec.keyword), sec, inherited)
        for clause in sec.clauses:
            self.clause(clause, mark)

    def clause(self, clause: Clause, inherited: Mark | None, level: int = 0) -> None:
        """Clauses in Normal, sub-items in enumlev1-3; clause letters italic, numbers and sub-item markers upright."""
        style = "Normal" if level == 0 else f"enumlev{min(level, 3)}"
        lettered = level == 0 and clause.label.text()[:1].isalpha()
        mark = self.add(style, self.labelled(clause, italic_label=lettered), clause, inherited)
        for item in clause.items:
            self.clause(item, mark, level + 1)

    def labelled(self, clause: Clause, *, italic_label: bool) -> list[Run]:
        """Label TAB text, as the ITU types it (no automatic numbering)."""
        if not clause.label.spans:
            return self.runs(clause.text)
        return [*self.runs(clause.label, italic=italic_label), Run(TAB), *self.runs(clause.text)]

    def annex(self, annex: Annex, inherited: Mark | None) -> None:
        mark = self.add("AnnexNo", self.runs(annex.heading), annex, inherited)
        if annex.title.spans:
            self.add("Annextitle", self.runs(annex.title), None, mark)
        for para in annex.paragraphs:
            self.add("Normal", self.labelled(para, italic_label=False), para, mark)


def _trailing_footnotes(runs: list[Run]) -> list[Run]:
    """The footnote references that end a run list."""
    count = 0
    while count < len(runs) and runs[len(runs) - 1 - count].footnote is not None:
        count += 1
    return runs[len(runs) - count:]
