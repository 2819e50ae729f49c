"""The document in one view as a flat list of styled blocks: what the screen and every writer consume.

The DOCX writer, the print/PDF path, the document view on screen and the
pandoc comparison in the benchmark all read this one form, so "what the ITU
types" (label TAB text, italic clause letters, the number line with capitals
off for "Rev. Place", "Reasons:" paragraphs, the cover page, footnote
numbers) is decided here once, and the screen cannot disagree with the page
on a word.

Views: "markup" and "print" keep the revision marks (the writers show them as
Word revisions or as coloured formatting); "final" and "original" resolve
them first, so their blocks carry no mark at all.

The editable form (`page_blocks`, `blocks_of`) is the same layout with what
the screen needs to edit it: every run of model text names the field it
shows (`Run.source`), so a position on screen maps back to a node, a field
and an offset (`Block.fields`); an empty field still has its place (an empty
run), a resolution's preamble has its paragraph even when empty, and the
footnotes stand after their resolution, where they can be edited.  In a
right-to-left document a left-to-right clause label stands between two
isolates (LRI, PDI) the model does not hold, as the printed page has them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal, get_args

from editor.export.styles import left_to_right_run
from editor.languages import Language, load_or_english
from editor.languages import load as load_language
from editor.model.body import Cell, Figure, Heading, Paragraph, Part, Picture, Row, Table
from editor.model.inline import Inline
from editor.model.labels import SUFFIX_PATTERN
from editor.model.marks import Mark
from editor.model.nodes import Annex, Clause, Cover, Division, Document, Footnote, Node, Note, Proposal, Resolution, Section
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
#: LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE: a left-to-right run ("a)") kept whole in a right-to-left line.
LRI, PDI = "\u2066", "\u2069"

#: The field a run shows: a node and the name of one of its inline fields.
Source = tuple[Node, str]


@dataclass(slots=True)
class Run:
    """Text of one formatting and at most one own revision mark.

    `footnote` makes the run a footnote reference (its text is the number);
    the reference of an inserted or deleted footnote carries the footnote's
    mark when it has none of its own, so accepting or rejecting it in Word
    takes the reference along with the note.
    `caps_off` switches the style's capitals off ("Rev. Geneva" in the number line).
    `source` is set in the editable form: the field whose text this is (None: fixed text).
    `picture` makes the run a figure's picture (its text is the one object character U+FFFC, as Qt holds it).
    """

    text: str
    italic: bool = False
    bold: bool = False
    caps_off: bool = False
    mark: Mark | None = None
    footnote: int | None = None
    source: Source | None = None
    picture: Picture | None = None


#: The character a picture stands for in a paragraph's text (Qt's object replacement character).
OBJECT = "\ufffc"


@dataclass(slots=True)
class Field:
    """One stretch of a block that shows (part of) an inline field: where the cursor can edit.

    Positions in the block count every character shown, footnote numbers
    included; markup offsets count the inline's characters (a footnote
    reference has none).  `markers` are the footnote numbers inside the
    stretch as (markup offset, width); the two conversions below are the
    only place that knows the two counts apart.  A field can stand in two
    stretches of one block (the history line's footnote numbers follow its
    closing parenthesis), each with its own `markup_start`.
    """

    node: Node
    name: str
    start: int
    length: int
    markup_start: int
    markers: tuple[tuple[int, int], ...] = ()

    @property
    def inline(self) -> Inline:
        inline: Inline = getattr(self.node, self.name)
        return inline

    @property
    def markup_length(self) -> int:
        return self.length - sum(width for _, width in self.markers)

    def to_view(self, offset: int) -> int:
        """Block position of a markup offset (the cursor goes before a footnote number at that offset)."""
        offset = max(self.markup_start, min(offset, self.markup_start + self.markup_length))
        return self.start + offset - self.markup_start + sum(width for at, width in self.markers if at < offset)

    def to_markup(self, position: int) -> int:
        """Markup offset of a block position (inside a footnote number: the place of the reference)."""
        rel = position - self.start
        shift = 0
        for at, width in self.markers:
            marker = at - self.markup_start + shift
            if rel <= marker:
                break
            if rel < marker + width:
                return at
            shift += width
        return self.markup_start + max(0, min(rel - shift, self.markup_length))

    def holds(self, offset: int) -> bool:
        return self.markup_start <= offset <= self.markup_start + self.markup_length


@dataclass(slots=True)
class Block:
    """One paragraph: a style id from editor.export.styles, its runs and its own mark.

    `mark` is set when the whole paragraph was inserted or deleted: writers
    mark the paragraph mark too, so accepting or rejecting leaves no empty
    paragraph.  `page_break` starts the block on a new page.  `node` is the
    model node the paragraph belongs to (the document for the cover page).
    `space_before` (points) overrides the style's space above the paragraph.
    A table is one block per cell, in reading order (`node` is the Cell): the
    writers group the cells of one table into its grid, the screen shows
    them one under the other.
    """

    style: str
    runs: list[Run]
    mark: Mark | None = None
    page_break: bool = False
    node: Node | None = None
    space_before: float | None = None

    def text(self) -> str:
        """The text without footnote numbers (what a reader of the words compares)."""
        return "".join(r.text for r in self.runs if r.footnote is None)

    def shown(self) -> str:
        """Every character the paragraph shows, footnote numbers included (what the screen holds)."""
        return "".join(r.text for r in self.runs)

    def marks(self) -> Iterable[Mark]:
        if self.mark is not None:
            yield self.mark
        for r in self.runs:
            if r.mark is not None:
                yield r.mark

    def has_marks(self) -> bool:
        """Whether the paragraph gets a change bar."""
        return self.mark is not None or any(r.mark is not None for r in self.runs)

    def fields(self) -> list[Field]:
        """The editable stretches, in order (empty unless the block was built editable)."""
        out: list[Field] = []
        pos = 0
        current: Source | None = None
        for run in self.runs:
            width = len(run.text)
            source = run.source
            if source is None:
                current = None
            else:
                last = out[-1] if out and current is not None and current[0] is source[0] and current[1] == source[1] else None
                if last is None:
                    markup = out[-1].markup_start + out[-1].markup_length if out and out[-1].node is source[0] and out[-1].name == source[1] else 0
                    last = Field(source[0], source[1], pos, 0, markup)
                    out.append(last)
                    current = source
                if run.footnote is not None:
                    last.markers = (*last.markers, (last.markup_start + last.markup_length, width))
                last.length += width
            pos += width
        return out

    def locate(self, position: int) -> tuple[Field, int] | None:
        """The field and markup offset at `position`; at a boundary the later field wins.

        A position beside the direction marks around a label (`direction_marks`) is the label's:
        the marks are no text of the model and have no place of their own.
        """
        fields = self.fields()
        found = _field_at(fields, position)
        if found is None and (marks := self.direction_marks()):
            after, before = position, position
            while after in marks:
                after += 1
            while before - 1 in marks:
                before -= 1
            found = _field_at(fields, after) or _field_at(fields, before)
        return found

    def direction_marks(self) -> set[int]:
        """The positions of the isolates the editable form puts around a left-to-right label in a right-to-left line."""
        out: set[int] = set()
        pos = 0
        for run in self.runs:
            if run.source is None and run.text in (LRI, PDI):
                out.add(pos)
            pos += len(run.text)
        return out

    def position_of(self, uid: int, name: str, offset: int) -> int | None:
        """Where markup `offset` of field `name` of node `uid` stands in this block (uids: projections match too)."""
        for f in self.fields():
            if f.node.uid == uid and f.name == name and f.holds(offset):
                return f.to_view(offset)
        return None

    def shows(self, uid: int, name: str) -> bool:
        return any(f.node.uid == uid and f.name == name for f in self.fields())


def _field_at(fields: list[Field], position: int) -> tuple[Field, int] | None:
    found: tuple[Field, int] | None = None
    for f in fields:
        if f.start <= position <= f.start + f.length:
            found = (f, f.to_markup(position))
    return found


@dataclass(slots=True)
class FootnoteBlock:
    """A footnote's number, its text runs (style FootnoteText) and its own mark.

    `mark` is set when the whole footnote was inserted or deleted: writers
    mark its number and text with it, as `Block.mark` does for a paragraph.
    `number` orders the notes and names them in the file; `label` is what
    prints ("3", or a custom mark such as "1bis"), `custom` whether Word is
    told the mark follows rather than numbering it.
    """

    number: int
    runs: list[Run]
    mark: Mark | None = None
    label: str = ""
    custom: bool = False


@dataclass(slots=True)
class Layout:
    """Everything a writer needs: cover blocks, body blocks, footnotes, running header."""

    view: ExportView
    cover: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    footnotes: list[FootnoteBlock] = field(default_factory=list)
    header: str = ""
    language: str = "en"  # the document's: the writers take its direction and fonts (editor.export.styles.typography)

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


def layout(document: Document, view: ExportView = "markup", *, sources: bool = False) -> Layout:
    """The blocks of `document` as shown in `view`; with `sources`, runs name the field they show (to place comments)."""
    if view not in EXPORT_VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(EXPORT_VIEWS)}")
    source = document if view in ("markup", "print") else project(document, "final" if view == "final" else "original")
    lay = _Builder(view, FootnoteNumbers(source), sources=sources).build(source)
    _number_lines_at_page_tops(lay)
    return lay


def _number_lines_at_page_tops(lay: Layout) -> None:
    """A number line that starts a page has no space above it, as in the published resolution (Res_No, 0 pt before).

    That is a clean resolution's: the first paragraph of a document without
    cover or proposal line, or the first after the cover.  Elsewhere Res_No
    keeps its 12 pt, which set it clear of the proposal line or of the text
    before it.  The screen (the editable form) shows one continuous sheet and
    keeps the style's space.
    """
    for index, block in enumerate(lay.blocks):
        if block.style == "ResNo" and (index == 0 or block.page_break):
            block.space_before = 0.0


#: Where the reference of an annex heading starts: "ANNEX A (to Resolution 7 …)", "附件（第7号决议）".
_ANNEX_REFERENCE = re.compile(r"\S(\s*)[(（]")


def annex_heading(runs: list[Run], *, editable: bool = False) -> list[Run]:
    """The heading of an annex or appendix as the ITU sets it (Annex_No, capitals): the number on the first line,
    then a line break, then "(to Resolution 7 (Rev. Geneva, 2022))" with the style's capitals off.

    A heading typed on two lines keeps its own break.  The spaces before the
    reference give way to the break, except on screen, where every character
    of the field keeps its place.
    """
    text = "".join(r.text for r in runs)
    at = text.find(BREAK)
    if at >= 0:
        cut = resume = at + 1
        line_break = False
    else:
        m = _ANNEX_REFERENCE.search(text)
        if m is None:
            return runs
        resume = m.end() - 1
        cut = resume if editable else m.start(1)
        line_break = True
    out: list[Run] = []
    pos = 0
    for run in runs:
        end = pos + len(run.text)
        if pos < cut:
            out.append(run if end <= cut else replace(run, text=run.text[: cut - pos]))
        if end > resume:
            if line_break:
                out.append(Run(BREAK))
                line_break = False
            out.append(replace(run, text=run.text[max(resume - pos, 0):], caps_off=True))
        pos = end
    return out


_SUFFIX = re.compile(rf"(?<=\d){SUFFIX_PATTERN}\b")


def small_suffix(runs: list[Run]) -> list[Run]:
    """"SECTION 1bis" with the suffix in small letters under the style's capitals, as the published Resolution 1 sets it."""
    text = "".join(r.text for r in runs)
    small = [(m.start(), m.end()) for m in _SUFFIX.finditer(text)]
    if not small:
        return runs
    out: list[Run] = []
    pos = 0
    for run in runs:
        end = pos + len(run.text)
        cuts = sorted({pos, end, *(x for s, e in small for x in (s, e) if pos < x < end)})
        for a, b in pairwise(cuts):
            inside = any(s <= a and b <= e for s, e in small)
            out.append(replace(run, text=run.text[a - pos:b - pos], caps_off=run.caps_off or inside))
        if run.text == "":
            out.append(run)
        pos = end
    return out


def typographic(text: str) -> str:
    """ITU typing: "ITU-T" and "ITU-R" with a non-breaking hyphen (same length: positions do not move)."""
    if "ITU-" not in text:
        return text
    return text.replace("ITU-T", "ITU\u2011T").replace("ITU-R", "ITU\u2011R").replace("ITU-D", "ITU\u2011D")


def running_header(document: Document) -> str:
    """The reference printed at the top of every page after the first."""
    if document.cover is not None and document.cover.running_reference(document.language):
        return document.cover.running_reference(document.language)
    res = next(document.resolutions(), None)
    if res is None:
        return ""
    return f"{res.body} – {load_or_english(document.language).resolution_reference(res.number.text('final'))}"


class FootnoteNumbers:
    """The number each footnote prints with: 1, 2, 3 … through the document, in order of first reference.

    Word numbers footnotes itself, so the DOCX, the PDF and the screen must
    number them the same way: by the order in which the text refers to them
    (a footnote cited only from another footnote right after it).  The order
    is kept per resolution so that an edit renumbers only when it changes a
    resolution's references (`refresh`); a footnote nobody refers to has no
    number (the export leaves it out, the screen shows its key).
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.order: dict[int, list[str]] = {res.uid: _referenced(res) for res in document.resolutions()}
        self._numbers: dict[tuple[int, str], int] = {}
        self._labels: dict[tuple[int, str], str] = {}
        self._renumber()

    def _renumber(self) -> None:
        self._numbers = {}
        self._labels = {}
        automatic = 0
        for res in self.document.resolutions():
            for key in self.order.get(res.uid, []):
                self._numbers[(res.uid, key)] = len(self._numbers) + 1
                note = res.footnote(key)
                if note is not None and note.custom:
                    self._labels[(res.uid, key)] = note.custom
                else:
                    automatic += 1
                    self._labels[(res.uid, key)] = str(automatic)

    def number(self, resolution: Resolution, key: str) -> int | None:
        return self._numbers.get((resolution.uid, key))

    def label(self, resolution: Resolution, key: str) -> str:
        """What the footnote prints: its custom mark, or its number among the automatic ones (Word's count)."""
        return self._labels.get((resolution.uid, key), "")

    def refresh(self, resolutions: Iterable[Resolution]) -> set[int]:
        """Read the references of `resolutions` again (and notice added or removed ones); uids whose numbers changed."""
        current = {res.uid for res in self.document.resolutions()}
        fresh = {res.uid: _referenced(res) for res in resolutions if res.uid in current}
        if current == self.order.keys() and all(self.order[uid] == keys for uid, keys in fresh.items()):
            return set()  # the same references in the same resolutions (a new clause without any): no number moves
        before = dict(self._numbers)
        self.order = {uid: keys for uid, keys in self.order.items() if uid in current}
        for res in self.document.resolutions():
            if res.uid not in self.order:
                self.order[res.uid] = _referenced(res)
        self.order.update(fresh)
        labels = dict(self._labels)
        self._renumber()
        if self._numbers == before and self._labels == labels:
            return set()
        return {uid for (uid, _key), _number in (set(before.items()) ^ set(self._numbers.items()))
                | (set(labels.items()) ^ set(self._labels.items()))}


def _referenced(res: Resolution) -> list[str]:
    """The keys of the footnotes `res` refers to, in reading order (a footnote's own references right after it)."""
    out: list[str] = []

    def visit(inlines: Iterable[Inline]) -> None:
        for inline in inlines:
            for span in inline.spans:
                key = span.footnote
                if key is not None and key not in out:
                    note = res.footnote(key)
                    if note is not None:
                        out.append(key)
                        visit([note.text])

    for node in _text_nodes(res):
        visit(node.inlines())
    return out


def _text_nodes(node: Node) -> Iterator[Node]:
    """`node` and every node below it that prints in the text (footnotes print where they are referred to)."""
    yield node
    for child in node.children():
        if not isinstance(child, Footnote):
            yield from _text_nodes(child)


def inherited_mark(node: Node) -> Mark | None:
    """The block mark a node shows: its own, or that of the nearest marked block it stands in."""
    walk: Node | None = node
    while walk is not None:
        if walk.change is not None:
            return walk.change
        walk = walk.parent
    return None


def page_blocks(document: Document, numbers: FootnoteNumbers | None = None) -> list[Block]:
    """The editable form of the whole document, in order: what the document view shows."""
    builder = _Builder("markup", numbers or FootnoteNumbers(document), editable=True)
    lay = builder.build(document)
    return lay.cover + lay.body


def blocks_of(node: Node, numbers: FootnoteNumbers, *, own: bool = False) -> list[Block]:
    """The editable blocks of `node` and everything below it (only its own paragraphs when `own`).

    A node's own paragraphs are those that show its fields: a resolution's
    number line, title, history line and preamble, but not its sections; a
    proposal's line and Reasons, but not its resolution.
    """
    builder = _Builder("markup", numbers, editable=True, own=own)
    return builder.subtree(node)


class _Builder:
    """Walks the tree once, appending blocks; footnotes are numbered by `numbers`.

    `editable` makes the form the screen edits (see the module docstring);
    `own` leaves out the children of the node a subtree is built for.
    """

    def __init__(self, view: ExportView, numbers: FootnoteNumbers, *, editable: bool = False, own: bool = False,
                 sources: bool = False) -> None:
        self.out = Layout(view)
        self.numbers = numbers
        self.editable = editable
        self.sources = sources or editable
        self.own = own
        self._notes: dict[int, FootnoteBlock] = {}
        self._resolution: Resolution | None = None
        self.words: Language = load_language("en")

    def _speak(self, node: Node) -> None:
        """Print the fixed words (RESOLUTION, Reasons: …) in the language of the document `node` stands in."""
        doc = node if isinstance(node, Document) else node.ancestor(Document)
        code = doc.language if doc is not None else "en"
        if code != self.words.code:
            try:
                self.words = load_language(code)
            except ValueError:  # a language the data does not know: English words
                self.words = load_language("en")
        self.out.language = self.words.code

    def fixed(self, name: str, **values: str) -> str:
        """A fixed word of the language with its {placeholders} filled ("Addendum 2 to Document 36-E")."""
        return self.words.filled(name, **values)

    def brackets(self) -> tuple[str, str]:
        """The brackets of the number line's edition in the language: ( ) or （ ）."""
        return self.words.brackets()

    # -- runs ---------------------------------------------------------------------

    def runs(self, node: Node, name: str, *, italic: bool = False, caps_off: bool = False) -> list[Run]:
        """The runs of field `name` of `node` (an empty run where it has no text, when editable)."""
        inline: Inline = getattr(node, name)
        source: Source | None = (node, name) if self.sources else None
        out: list[Run] = []
        for span in inline.spans:
            if span.footnote is not None:
                note = self._footnote(span.footnote)
                if note is not None:
                    out.append(Run(note.label, mark=span.mark or note.mark, footnote=note.number, source=source))
                elif self.editable:  # a reference to no footnote still has its place on screen
                    out.append(Run(span.footnote, mark=span.mark, footnote=0, source=source))
                continue
            out.append(Run(typographic(span.text), italic=span.italic or italic, bold=span.bold, caps_off=caps_off, mark=span.mark,
                           source=source))
        if not out and self.editable:
            out.append(Run("", source=source))
        return out

    def _footnote(self, key: str) -> FootnoteBlock | None:
        """The numbered footnote `key` refers to in the current resolution (None: not in this view)."""
        res = self._resolution
        fn = res.footnote(key) if res is not None else None
        number = self.numbers.number(res, key) if res is not None else None
        if res is None or fn is None or number is None:
            return None
        note = self._notes.get(number)
        if note is None:
            note = FootnoteBlock(number, [], fn.change, self.numbers.label(res, key), bool(fn.custom))
            self._notes[number] = note
            self.out.footnotes.append(note)
            # Filled after numbering so that a footnote citing another keeps document order.
            note.runs = self.runs(fn, "text")
        return note

    def add(self, style: str, runs: list[Run], node: Node | None = None, inherited: Mark | None = None, owner: Node | None = None) -> Mark | None:
        """Append a block of `node` (or of `owner`, a paragraph that is not a node of its own); returns the mark children inherit."""
        mark = node.change if node is not None and node.change is not None else inherited
        self.out.body.append(Block(style, runs, mark, node=node or owner))
        return mark

    # -- structure ----------------------------------------------------------------

    def build(self, doc: Document) -> Layout:
        self._speak(doc)
        if doc.cover is not None:
            self.cover(doc.cover, doc)
        first = len(self.out.body)
        for prop in doc.proposals:
            self.proposal(prop)
        self.out.header = running_header(doc)
        if doc.cover is not None:
            self.out.cover, self.out.body = self.out.body[:first], self.out.body[first:]
        self.out.footnotes.sort(key=lambda note: note.number)
        return self.out

    def subtree(self, node: Node) -> list[Block]:
        """The blocks of `node` (see `blocks_of`), in the context of the document it stands in."""
        self._resolution = node.ancestor(Resolution)
        self._speak(node)
        mark = inherited_mark(node.parent) if node.parent is not None else None
        if isinstance(node, Document):
            if self.own:
                if node.cover is not None:
                    self.cover(node.cover, node)
            else:
                self.build(node)
                return self.out.cover + self.out.body
        elif isinstance(node, Proposal):
            self.proposal(node)
        elif isinstance(node, Resolution):
            self.resolution(node, inherited_mark(node))
        elif isinstance(node, Section):
            self.section(node, mark)
        elif isinstance(node, Division):
            self.division(node, mark)
        elif isinstance(node, Clause | Table | Figure) or (isinstance(node, Note) and isinstance(node.parent, Division)):
            if isinstance(node.parent, Division):
                self.paragraph(node, mark)
            else:
                assert isinstance(node, Clause)
                self.clause(node, mark, node.level)
        elif isinstance(node, Row):
            self.row(node, mark)
        elif isinstance(node, Cell):
            self.cell(node, mark)
        elif isinstance(node, Footnote):
            self.footnote_paragraph(node, mark)
        elif isinstance(node, Note):
            self.add("Normal", self.runs(node, "text"), node, mark)
        return self.out.body

    def cover(self, cover: Cover, doc: Document) -> None:
        """Conference, place and dates, meeting and document, date, original language, source, title, abstract."""
        conference = cover.conference + (f" ({cover.acronym})" if cover.acronym else "")
        self.add("Coverconference", [Run(typographic(conference))], owner=doc)
        lines = [
            (cover.place_dates, ""),
            None,  # a blank line before the meeting and document lines
            (cover.meeting, self.document_reference(cover)),
            ("", cover.date),
            ("", self.fixed("original", language=cover.languages) if cover.languages else ""),
        ]
        for line in lines:
            if line is None:
                self.add("Coverline", [], owner=doc)
                continue
            left, right = line
            if not (left or right):
                continue
            runs = [Run(typographic(left))]
            if right:
                runs += [Run(TAB), Run(right, bold=line[0] == cover.meeting and right == self.document_reference(cover))]
            self.add("Coverline", runs, owner=doc)
        if cover.source:
            self.add("Source", [Run(typographic(cover.source))], owner=doc)
        if cover.title:
            self.add("Title1", [Run(typographic(cover.title))], owner=doc)
        if cover.abstract:
            self.add("Normal", [Run(self.fixed("abstract"), bold=True), Run(TAB), Run(typographic(cover.abstract))], owner=doc)

    def document_reference(self, cover: Cover) -> str:
        """"Addendum 2 to Document 36-E" in the language, with its suffix (-A, -F …); "" without a document number."""
        return self.words.document_reference(cover.document, cover.addendum)

    def proposal(self, prop: Proposal) -> None:
        first = len(self.out.body)
        self._proposal(prop)
        doc = prop.parent
        if isinstance(doc, Document) and doc.cover is not None and doc.proposals[:1] == [prop] and len(self.out.body) > first:
            self.out.body[first].page_break = True  # the text starts on the page after the cover

    def _proposal(self, prop: Proposal) -> None:
        mark = prop.change
        if prop.action or prop.identifier:
            runs = [Run(prop.action or "")] + ([Run(TAB + prop.identifier)] if prop.identifier else [])
            self.add("Proposal", runs, prop)
        if not self.own:
            for note in prop.notes:
                self.add("Normal", self.runs(note, "text"), note, mark)
            for res in prop.resolutions:
                self.resolution(res, res.change or mark)
        if prop.action is not None:
            self.add("Reasons", [Run(self.fixed("reasons"), bold=True), Run(TAB), *self.runs(prop, "reasons")], None, mark, owner=prop)

    def resolution(self, res: Resolution, mark: Mark | None) -> None:
        self._resolution = res
        before, after = self.words.number_parts(res.draft)
        opening, closing = self.brackets()
        number = [Run(before), *self.runs(res, "number"), *([Run(after)] if after else [])]
        if res.adoption.spans:
            number += [Run(" " + opening if opening == "(" else opening), *self.runs(res, "adoption", caps_off=True), Run(closing)]
        self.add("ResNo", number, None, mark, owner=res)
        self.add("Restitle", self.runs(res, "title"), None, mark, owner=res)
        if res.history.spans:
            history = self.runs(res, "history")
            notes = _trailing_footnotes(history)
            # The ITU sets the footnote markers of the history line after its closing parenthesis.
            self.add("Resref", [Run(opening), *history[: len(history) - len(notes)], Run(closing), *notes], None, mark, owner=res)
        if res.preamble.spans or self.editable:
            self.add("Normalaftertitle", self.runs(res, "preamble"), None, mark, owner=res)
        if not self.own:
            for sec in res.sections:
                self.section(sec, mark)
            for part in res.parts:
                self.division(part, mark)
            for annex in res.annexes:
                self.division(annex, mark)
            if self.editable:
                self.footnote_paragraphs(res, mark)
        self._resolution = None

    def footnote_paragraphs(self, res: Resolution, mark: Mark | None) -> None:
        """On screen the footnotes follow their resolution, in the order of their numbers; those nobody cites last."""
        numbered = sorted((n, fn) for fn in res.footnotes if (n := self.numbers.number(res, fn.key)) is not None)
        for _, fn in numbered:
            self.footnote_paragraph(fn, mark)
        for fn in res.footnotes:
            if self.numbers.number(res, fn.key) is None:
                self.footnote_paragraph(fn, mark)

    def footnote_paragraph(self, fn: Footnote, inherited: Mark | None) -> None:
        res = fn.ancestor(Resolution)
        number = self.numbers.number(res, fn.key) if res is not None else None
        label = self.numbers.label(res, fn.key) if res is not None and number is not None else fn.key
        self.add("FootnoteText", [Run(label, footnote=number or 0), Run(TAB),
                                  *self.runs(fn, "text")], fn, inherited)

    def section(self, sec: Section, inherited: Mark | None) -> None:
        mark = self.add("Call", self.runs(sec, "keyword"), sec, inherited)
        if self.own:
            return
        for clause in sec.clauses:
            self.clause(clause, mark)

    def clause(self, clause: Clause, inherited: Mark | None, level: int = 0) -> None:
        """Clauses in Normal, sub-items in enumlev1-3; clause letters italic, numbers and sub-item markers upright."""
        style = "Normal" if level == 0 else f"enumlev{min(level, 3)}"
        lettered = level == 0 and clause.label.text()[:1].isalpha()
        mark = self.add(style, self.labelled(clause, italic_label=lettered), clause, inherited)
        if self.own:
            return
        for item in clause.items:
            self.clause(item, mark, level + 1)

    def labelled(self, clause: Clause, *, italic_label: bool) -> list[Run]:
        """Label TAB text, as the ITU types it (no automatic numbering)."""
        if not clause.label.spans:
            return [*self.runs(clause, "label"), *self.runs(clause, "text")] if self.editable else self.runs(clause, "text")
        label = self.runs(clause, "label", italic=italic_label)
        if self.editable and self.words.direction == "rtl" and left_to_right_run("".join(r.text for r in label)):
            # Qt's layout has no direction per run: the screen isolates the label as the PDF does, or "a)" shows "(a".
            label = [Run(LRI), *label, Run(PDI)]
        return [*label, Run(TAB), *self.runs(clause, "text")]

    def division(self, division: Division, inherited: Mark | None) -> None:
        """A body section (Section_No, Section_title), an annex or an appendix, then its paragraphs."""
        if isinstance(division, Part):
            mark = self.add("SectionNo", small_suffix(self.runs(division, "heading")), division, inherited)
            title = "Sectiontitle"
        else:
            appendix = isinstance(division, Annex) and division.kind == "appendix"
            style, title = ("AppendixNo", "Appendixtitle") if appendix else ("AnnexNo", "Annextitle")
            mark = self.add(style, annex_heading(self.runs(division, "heading"), editable=self.editable), division, inherited)
        if division.title.spans or self.editable:
            self.add(title, self.runs(division, "title"), None, mark, owner=division)
        if self.own:
            return
        for para in division.paragraphs:
            self.paragraph(para, mark)

    def paragraph(self, para: Paragraph, inherited: Mark | None) -> None:
        """One paragraph of a part or an annex: a heading, a provision (its items in enumlev1-3), a note, a table, a figure."""
        if isinstance(para, Heading):
            self.add(f"Heading{para.depth}", self.labelled(para, italic_label=False), para, inherited)
        elif isinstance(para, Clause):
            mark = self.add("Normal", self.labelled(para, italic_label=False), para, inherited)
            if not self.own:
                for item in para.items:
                    self.clause(item, mark, 1)
        elif isinstance(para, Note):
            self.add("Note", self.runs(para, "text"), para, inherited)
        elif isinstance(para, Table):
            self.table(para, inherited)
        else:
            self.figure(para, inherited)

    def table(self, table: Table, inherited: Mark | None) -> None:
        """Its title (Table_NoTitle) when it has one, then each row's cells."""
        mark = table.change or inherited
        if table.title.spans or self.editable:
            self.add("TableNoTitle", self.runs(table, "title"), None, mark, owner=table)
        if self.own:
            return
        for row in table.rows:
            self.row(row, mark)

    def row(self, row: Row, inherited: Mark | None) -> None:
        mark = row.change or inherited
        for cell in row.cells:
            self.cell(cell, mark)

    def cell(self, cell: Cell, inherited: Mark | None) -> None:
        row = cell.parent
        header = isinstance(row, Row) and row.header
        self.add("Tablehead" if header else "Tabletext", self.runs(cell, "text"), cell, inherited)

    def figure(self, figure: Figure, inherited: Mark | None) -> None:
        """The picture (Figure), its legend (one Figure_legend paragraph per line, as in Resolution 1) and its title
        (Figure_title) below."""
        mark = figure.change or inherited
        if figure.picture is not None:
            self.add("Figure", [Run(OBJECT, picture=figure.picture)], figure, inherited)
        elif self.editable:  # a figure without its picture still has its place on screen
            self.add("Figure", [], figure, inherited)
        self.legend(figure, mark)
        if figure.title.spans or self.editable:
            self.add("Figuretitle", self.runs(figure, "title"), None, mark, owner=figure)

    def legend(self, figure: Figure, mark: Mark | None) -> None:
        if figure.legend.spans:
            runs = self.runs(figure, "legend")
            if self.editable:
                self.add("Figurelegend", runs, None, mark, owner=figure)
            else:
                for line in _lines(runs):
                    self.add("Figurelegend", line, None, mark, owner=figure)
        elif self.editable:
            self.add("Figurelegend", self.runs(figure, "legend"), None, mark, owner=figure)


def table_of(block: Block) -> Table | None:
    """The table a cell block stands in (None for any other paragraph)."""
    node = block.node
    if isinstance(node, Cell) and isinstance(node.parent, Row) and isinstance(node.parent.parent, Table):
        return node.parent.parent
    return None


def pieces(blocks: Iterable[Block]) -> Iterator[Block | list[Block]]:
    """The blocks in order, the cells of each table gathered into one list (what a writer lays out as a grid)."""
    run: list[Block] = []
    current: Table | None = None
    for block in blocks:
        table = table_of(block)
        if table is not None and table is current:
            run.append(block)
            continue
        if run:
            yield run
            run = []
        current = table
        if table is not None:
            run = [block]
        else:
            yield block
    if run:
        yield run


def cell_rows(cells: list[Block]) -> Iterator[tuple[Row, list[Block]]]:
    """The cell blocks of one table grouped by the row they stand in, in order."""
    current: Row | None = None
    blocks: list[Block] = []
    for block in cells:
        row = block.node.parent if block.node is not None else None
        assert isinstance(row, Row)
        if row is not current and blocks:
            assert current is not None
            yield current, blocks
            blocks = []
        current = row
        blocks.append(block)
    if blocks and current is not None:
        yield current, blocks


def _lines(runs: list[Run]) -> list[list[Run]]:
    """The runs cut at each line break: a legend's notes, each its own paragraph on the page."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.split(BREAK)
        for n, part in enumerate(parts):
            if n:
                lines.append([])
            if part:
                lines[-1].append(replace(run, text=part))
    return lines


#: What may stand between the footnote references that end a history line: a separator, a mark's suffix ("1, 1bis").
MARK_JOINER = re.compile(rf"^[\s,;]*{SUFFIX_PATTERN}?[\s,;]*$")


def _trailing_footnotes(runs: list[Run]) -> list[Run]:
    """The footnote references that end a run list, with the separators and suffixes between and after them
    (Resolution 1's "(Hammamet, 2016)1, 1bis")."""
    start = len(runs)
    for i in range(len(runs) - 1, -1, -1):
        if runs[i].footnote is not None:
            start = i
        elif not MARK_JOINER.match(runs[i].text):
            break
    return runs[start:]
