"""Word paragraphs -> numbered paragraphs of spans with their formatting and revision marks.

Everything that depends on WordprocessingML is read here once, for both
ways of building the document (ITU styles, or the text recogniser): the
text (TABs, line breaks, non-breaking hyphens, symbols), direct italic and
bold, footnote references, Word's automatic numbering as the label it
prints, and the revisions:

- w:ins / w:del (with w:delText) and w:moveTo / w:moveFrom become insertion
  and deletion marks with their author and date; neighbouring runs of the
  same author, date and kind in one paragraph share one mark;
- a paragraph whose paragraph mark and every run carry the same revision is
  a whole inserted or deleted paragraph: it gets a block mark;
- a paragraph mark inserted or deleted on its own (Word's split or join of
  two paragraphs) cannot be held and is reported; formatting-only changes
  (w:rPrChange, w:pPrChange) are accepted as they stand and reported;
- comments are collected with the text they cover, for the Import messages.

Paragraphs are numbered from 1 in document order over the body, table cells
included, empty ones too, so a message names the paragraph a drafter finds
by counting (or by searching for the text it quotes).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

from editor.export.docx.writer import LRM
from editor.importers.cleaning import CONTROL
from editor.importers.docx.numbering import Numbering
from editor.importers.docx.package import Image
from editor.importers.docx.styles import StyleSheet
from editor.importers.docx.wordml import W14, WP, W, child, local, on, val, zoned
from editor.model.body import Picture
from editor.model.inline import Span, normalize, slice_spans
from editor.model.marks import Mark, MarkKind, now_iso

Key = tuple[MarkKind, str, str]  # kind, author, date: what one Word revision says
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
EMU_PER_POINT = 12700
_REVISIONS: dict[str, MarkKind] = {"ins": "ins", "del": "del", "moveTo": "ins", "moveFrom": "del"}
_DESCEND = ("hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo")
_SKIP = ("pPr", "rPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "moveFromRangeStart",
         "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "sdtPr", "sdtEndPr", "lastRenderedPageBreak")


@dataclass
class Raw:
    """A piece of run text before marks are shared: its formatting and the revisions it stands in, outermost first."""

    text: str
    italic: bool = False
    bold: bool = False
    keys: tuple[Key, ...] = ()
    footnote: str | None = None


@dataclass
class Paragraph:
    """One Word paragraph as the builders read it.

    `spans` carry their own marks; `mark` is set for a whole inserted or
    deleted paragraph.  `label` is the label Word's automatic numbering
    prints before it ("" when none).  `notes` are messages about this
    paragraph (formatting changes, a split or joined paragraph, pictures).
    """

    number: int
    style: str  # the ITU style id ("" when the style is none of them)
    style_name: str
    spans: list[Span]
    mark: Mark | None = None
    label: str = ""
    in_table: bool = False
    row: int = 0  # the table row it stands in (0: not in a table), for a table's cells to be kept by row
    cell: int = 0  # the cell of its row it stands in (from 1), for a cell's paragraphs to be kept together
    notes: list[str] = field(default_factory=list)
    mark_only: Key | None = None  # a revision of the paragraph mark alone (its runs are not all of it)
    boxes: list[str] = field(default_factory=list)  # the text of text boxes anchored in it
    pictures: list[Picture] = field(default_factory=list)  # the pictures it shows inline (a figure's), in order
    anchored: int = 0  # pictures anchored to the page rather than set in the line

    def text(self) -> str:
        """The markup text (inserted and deleted characters both)."""
        return "".join(s.text for s in self.spans)

    def final(self) -> str:
        return "".join(s.text for s in self.spans if s.mark is None or s.mark.kind == "ins")


Place = tuple[int, int]  # (paragraph number, markup offset in it); paragraph 0: inside a footnote


@dataclass
class Comment:
    """A Word comment: who, when, what it says, the text it was made on and where its range starts and ends.

    `para_id` is the w14:paraId of its last paragraph, which commentsExtended.xml
    names to thread replies and to say whether it is resolved.
    """

    author: str
    date: str
    text: str
    paragraph: int = 0
    covered: str = ""
    initials: str = ""
    para_id: str = ""
    start: Place | None = None
    end: Place | None = None


class Marks:
    """Makes the marks of one import: one Mark per revision run, numbered in order of appearance."""

    def __init__(self) -> None:
        self.count = 0
        self.undated: set[str] = set()

    def key(self, kind: MarkKind, el: etree._Element) -> Key:
        author = (val(el, "author") or "").strip() or "Unknown"
        date = (val(el, "date") or "").strip()
        if not date:
            self.undated.add(author)
            date = now_iso()
        return kind, author, zoned(date)

    def make(self, key: Key) -> Mark:
        self.count += 1
        return Mark(key[0], key[1], key[2], self.count)


class Reader:
    """Reads the paragraphs of one package; `marks` and `comments` are shared with the footnotes."""

    def __init__(self, styles: StyleSheet, numbering: Numbering, marks: Marks, images: dict[str, Image] | None = None) -> None:
        self.images = images or {}
        self.styles = styles
        self.numbering = numbering
        self.marks = marks
        self.comments: dict[str, Comment] = {}
        self._open: set[str] = set()
        self.keys: dict[str, str] = {}  # Word footnote id -> key: 1, 2, 3 … in order of first reference, as they print
        self.custom_marks: dict[str, str] = {}  # footnote key -> the mark it prints instead of a number (customMarkFollows)
        self._field: list[bool] = []  # complex fields open: True once their result (after w:separate) is being read

    # -- the body -------------------------------------------------------------------------------

    def body(self, document: etree._Element) -> list[Paragraph]:
        body = child(document, "body")
        out: list[Paragraph] = []
        if body is not None:
            self._blocks(body, out, 0)
        return out

    def paragraph_marks(self, paragraphs: list[Paragraph], *, apply: bool) -> None:
        """Settle the paragraph marks inserted or deleted on their own: applied as marks (`apply`), or reported.

        The text recogniser joins and splits paragraphs by their text (a
        line that goes on is joined to the one before), so for a file
        without the ITU styles the change is reported and the paragraphs
        are read as the final text shows them.
        """
        for k in range(len(paragraphs) - 1, -1, -1):  # from the end, so that a chain of joins carries the text of all
            after = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            if apply:
                self._paragraph_mark_only(paragraphs[k], after)
            else:
                self._report_mark_only(paragraphs[k], after)

    def _report_mark_only(self, para: Paragraph, after: Paragraph | None) -> None:
        key = para.mark_only
        if key is None or (after is not None and after.mark is not None and (after.mark.kind, after.mark.author, after.mark.date) == key):
            return
        what, does = ("deleted", "joining it to the next one") if key[0] == "del" else ("inserted", "splitting a paragraph in two")
        para.notes.append(f"the paragraph mark at the end of this paragraph was {what} by {key[1]} ({key[2]}), {does}: the "
                          "paragraphs are read as the final text shows them, the mark is not kept")

    def _paragraph_mark_only(self, para: Paragraph, after: Paragraph | None) -> None:
        """A paragraph mark inserted or deleted on its own: Word's split of a paragraph in two, or its join of two.

        The model holds no paragraph mark, so the change is kept as what it
        does to the two views.  A deleted mark (a join): the next paragraph's
        text comes at the end of this one as an insertion, and the next
        paragraph is a whole deleted paragraph; accepting gives the joined
        paragraph, rejecting the two.  An inserted mark (a split) is the
        mirror image: the next paragraph's text stays at the end of this one
        as a deletion, and the next paragraph is a whole inserted one.
        """
        key = para.mark_only
        if key is None:
            return
        if after is not None and after.mark is not None and (after.mark.kind, after.mark.author, after.mark.date) == key:
            return  # LibreOffice marks the mark before a whole inserted or deleted paragraph: the same change
        who = f"{key[1]} ({key[2]})"
        joined = key[0] == "del"
        if after is None or after.mark is not None or after.in_table != para.in_table or after.row != para.row or para.number == 0:
            what = "deleted" if joined else "inserted"
            para.notes.append(f"the paragraph mark at the end of this paragraph was {what} by {who}, but there is no paragraph after "
                              "it to join or split: the mark is not kept")
            return
        copied: MarkKind = "ins" if joined else "del"
        copy_mark = self.marks.make((copied, key[1], key[2]))
        copy = [replace(s, mark=copy_mark) if s.mark is None else s for s in after.spans if s.mark is None or s.mark.kind == copied]
        para.spans = normalize([*para.spans, *copy])
        para.mark_only = None
        after.spans = normalize(replace(s, mark=None) for s in after.spans if s.mark is None or s.mark.kind == key[0])
        after.mark = self.marks.make(key)
        if joined:
            para.notes.append(f"the paragraph mark at the end of this paragraph was deleted by {who}, joining the next paragraph "
                              f"to it: its text is kept here as an insertion and paragraph {after.number} as a deleted paragraph")
        else:
            para.notes.append(f"the paragraph mark at the end of this paragraph was inserted by {who}, splitting it in two: "
                              f"the text after it is kept here as a deletion and paragraph {after.number} as an inserted paragraph")

    def _blocks(self, parent: etree._Element, out: list[Paragraph], row: int, cell: int = 0) -> None:
        for el in parent:
            tag = local(el)
            if tag == "p":
                para = self.paragraph(el, len(out) + 1, in_table=row > 0, row=row)
                para.cell = cell
                out.append(para)
            elif tag == "tbl":
                for tr in el.iter(W + "tr"):
                    number = (max((p.row for p in out), default=0) + 1)
                    first = len(out)
                    for n, tc in enumerate(tr.findall(W + "tc"), start=1):
                        self._blocks(tc, out, number, n)
                    revision = next((r for r in (child(tr, "trPr", kind) for kind in ("ins", "del")) if r is not None), None)
                    if revision is not None and len(out) > first:
                        self._revised_row(out[first:], self.marks.key(_REVISIONS[local(revision)], revision))
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "del", "moveTo", "moveFrom"):
                self._blocks(el, out, row, cell)
            elif tag in ("commentRangeStart", "commentRangeEnd"):  # between paragraphs: the next one's start, the last one's end
                at = (len(out) + 1, 0) if tag == "commentRangeStart" else (out[-1].number, len(out[-1].text())) if out else (1, 0)
                self._range(tag, val(el, "id") or "", at)

    def _revised_row(self, cells: list[Paragraph], key: Key) -> None:
        """An inserted or deleted table row: each of its paragraphs a whole inserted or deleted one, reported once."""
        for para in cells:
            if para.mark is None:
                para.mark = self.marks.make(key)
                para.spans = normalize(replace(s, mark=None) if s.mark is not None and (s.mark.kind, s.mark.author, s.mark.date) == key
                                       else s for s in para.spans)
        what = "inserted" if key[0] == "ins" else "deleted"
        cells[0].notes.append(f"{ROW_REVISED} {what} by {key[1]} ({key[2]}): the row is kept as a note, {what} as the row was")

    def paragraph(self, p: etree._Element, number: int, *, in_table: bool = False, row: int = 0) -> Paragraph:
        ppr = child(p, "pPr")
        style_id = val(child(ppr, "pStyle"))
        para = Paragraph(number, self.styles.itu(style_id), self.styles.name(style_id), [], in_table=in_table, row=row)
        numpr = child(ppr, "numPr")
        num = (val(child(numpr, "numId")), val(child(numpr, "ilvl"))) if numpr is not None else None
        if num is None and style_id in self.styles.numbering:
            num = self.styles.numbering[style_id]
        if num is not None and num[0]:
            para.label = self.numbering.label(num[0], int(num[1] or 0) if (num[1] or "0").isdigit() else 0)
        if child(ppr, "pPrChange") is not None:
            para.notes.append(self._format_change(child(ppr, "pPrChange"), "paragraph formatting"))
        raws: list[Raw] = []
        self._field = []
        self._inline(p, raws, (), para)
        mark_key = self._paragraph_mark(ppr)
        para.spans, para.mark = self._spans(raws, mark_key, para)
        return para

    def _row_mark(self, tr: etree._Element) -> Key | None:
        """The revision of a whole inserted or deleted table row (w:trPr/w:ins|w:del), as Word records it."""
        trpr = child(tr, "trPr")
        for tag in ("ins", "del"):
            el = child(trpr, tag)
            if el is not None:
                return self.marks.key(_REVISIONS[tag], el)
        return None

    def _paragraph_mark(self, ppr: etree._Element | None) -> Key | None:
        rpr = child(ppr, "rPr")
        for tag, kind in _REVISIONS.items():
            el = child(rpr, tag)
            if el is not None:
                return self.marks.key(kind, el)
        return None

    def _format_change(self, el: etree._Element | None, what: str) -> str:
        author = (val(el, "author") or "").strip() or "Unknown"
        date = val(el, "date") or ""
        return f"a change of {what} by {author}{f' ({date})' if date else ''} was accepted as it stands (formatting changes are not kept as marks)"

    # -- runs -----------------------------------------------------------------------------------

    def _inline(self, parent: etree._Element, out: list[Raw], keys: tuple[Key, ...], para: Paragraph) -> None:
        for el in parent:
            if not isinstance(el.tag, str):
                continue
            tag = local(el)
            if tag == "r":
                self._run(el, out, keys, para)
            elif tag in _REVISIONS:
                self._inline(el, out, (*keys, self.marks.key(_REVISIONS[tag], el)), para)
            elif tag in _DESCEND:
                if tag == "fldSimple":
                    self._instruction(val(el, "instr") or "", para)
                self._inline(el, out, keys, para)
            elif tag in ("commentRangeStart", "commentRangeEnd"):
                self._range(tag, val(el, "id") or "", (para.number, sum(len(r.text) for r in out)))
            elif tag in ("oMath", "oMathPara"):
                para.notes.append("an equation is not kept (the document cannot hold equations)")
            elif tag not in _SKIP:
                continue

    def _run(self, r: etree._Element, out: list[Raw], keys: tuple[Key, ...], para: Paragraph) -> None:
        rpr = r.find(W + "rPr")
        props = {} if rpr is None else {el.tag: el for el in rpr}  # one pass over the properties, not one search each
        italic, bold = on(props.get(W + "i")), on(props.get(W + "b"))
        char_style = val(props.get(W + "rStyle"))
        if char_style in self.styles.character and W + "i" not in props and W + "b" not in props:
            italic, bold = self.styles.character[char_style]
        superscript = val(props.get(W + "vertAlign")) == "superscript"
        if W + "rPrChange" in props:
            para.notes.append(self._format_change(props[W + "rPrChange"], "text formatting"))
        custom = False
        first = len(out)
        for el in r:
            if not isinstance(el.tag, str):
                continue
            tag = local(el)
            if tag == "fldChar":
                kind = val(el, "fldCharType")
                if kind == "begin":
                    self._field.append(False)
                elif kind == "separate" and self._field:
                    self._field[-1] = True
                elif kind == "end" and self._field:
                    self._field.pop()
                continue
            if tag == "instrText":
                self._instruction(el.text or "", para)
                continue
            if self._field and not self._field[-1]:
                continue  # a field's instruction, not its result
            text = self._text(el, tag, out, para)
            if text is None:
                continue
            if tag == "footnoteReference":
                wid = val(el, "id") or ""
                out.append(Raw("", keys=keys, footnote=self.keys.setdefault(wid, str(len(self.keys) + 1))))
                custom = val(el, "customMarkFollows") in ("1", "true")
                continue
            if custom and tag == "t":
                custom = False  # the mark a footnote with a custom mark prints: the footnote keeps it
                key = out[-1].footnote if out and out[-1].footnote is not None else None
                if key is not None and text.strip():
                    self.custom_marks.setdefault(key, text.strip())
                continue
            if superscript and text.strip():
                para.notes.append(f"the superscript '{text}' is kept as ordinary text (the document has no superscript)")
            out.append(Raw(text, italic, bold, keys))
            for cid in self._open:
                if cid in self.comments:
                    self.comments[cid].covered += text
        _unisolate(out[first:])
        reference = r.find(W + "commentReference") if self.comments else None
        if reference is not None:
            cid = val(reference, "id") or ""
            comment = self.comments.get(cid)
            if comment is not None and not comment.paragraph:
                comment.paragraph = para.number
                if comment.start is None:  # a comment on a point, with no range
                    comment.start = comment.end = (para.number, sum(len(r.text) for r in out))

    def _range(self, tag: str, cid: str, at: Place) -> None:
        """A comment range's start or end at `at`."""
        comment = self.comments.get(cid)
        if tag == "commentRangeStart":
            self._open.add(cid)
            if comment is not None and comment.start is None:
                comment.start = at
        else:
            self._open.discard(cid)
            if comment is not None:
                comment.end = at

    def _text(self, el: etree._Element, tag: str, out: list[Raw], para: Paragraph) -> str | None:
        """The characters one run child stands for (None: none)."""
        if tag in ("t", "delText"):
            return CONTROL.sub("", el.text or "")
        if tag == "tab" or tag == "ptab":
            return "\t"
        if tag in ("br", "cr"):
            return None if val(el, "type") in ("page", "column") else "\n"
        if tag == "noBreakHyphen":
            return "\u2011"  # as the examples type "ITU\u2011T"; the checks and the writer treat both hyphens alike
        if tag == "sym":
            code = val(el, "char") or ""
            try:
                return symbol(int(code, 16), val(el, "font") or "")
            except ValueError:
                return None
        if tag == "footnoteReference":
            return ""
        if tag == "endnoteReference":
            para.notes.append("an endnote reference is not kept (the document has footnotes, not endnotes)")
            return None
        if tag in ("drawing", "pict", "object"):
            self._drawing(el, para)
            return None
        if tag == "AlternateContent":  # Word's drawing (mc:Choice) with its VML fallback (mc:Fallback): the first one read
            for choice in [c for c in el if isinstance(c.tag, str)][:1]:
                for drawing in choice:
                    if isinstance(drawing.tag, str) and etree.QName(drawing).localname in ("drawing", "pict", "object"):
                        self._drawing(drawing, para)
            return None
        return None

    def _drawing(self, el: etree._Element, para: Paragraph) -> None:
        """A picture (kept, with its size and description, for a figure) or a text box (its text kept as a note by the
        builders); a drawing that is neither is named."""
        boxes = ["\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in box.iter(W + "p")).strip()
                 for box in el.iter(W + "txbxContent")]
        if boxes:
            para.boxes.extend(b for b in boxes if b)
            if para.number == 0:  # in a footnote, where no note can stand: its text is named instead
                para.notes.extend(f"a text box cannot be placed in the document; its text is not kept: '{b}'" for b in boxes if b)
                return
            kept = "its text is kept as a note" if any(boxes) else "it holds no text"
            para.notes.append(f"a text box cannot be placed in the document: {kept}")
            return
        anchored = any(pos.get("relativeFrom") in ("page", "margin") if pos is not None else False
                       for anchor in el.iter(WP + "anchor") for pos in (anchor.find(WP + "positionH"), anchor.find(WP + "positionV")))
        anchored = anchored or any("-relative:page" in (shape.get("style") or "") for shape in el.iter() if isinstance(shape.tag, str))
        described = next((d.get("descr") or d.get("name") or "" for d in el.iter(WP + "docPr")), "").strip()
        blip = next(el.iter(_A + "blip"), None)
        image = self.images.get(blip.get(_R + "embed", "")) if blip is not None else None
        if image is None or image.media_type is None or para.number == 0:
            shape = any(isinstance(e.tag, str) and local(e) in ("wsp", "rect", "shape", "oval", "line", "roundrect") for e in el.iter())
            noun = "a drawing" if shape and image is None else "a picture"
            what = f"{noun}{f' ({described})' if described else ''}{' anchored to the page, not to the text,' if anchored else ''}"
            why = ("in a footnote" if para.number == 0 else "in a format other than PNG, JPEG or GIF" if image is not None
                   else "a shape" if shape else "the document cannot hold it")
            para.notes.append(f"{what} is not kept ({why})")
            return
        extent = next(el.iter(WP + "extent"), None)
        size = [int(extent.get(k, "0")) / EMU_PER_POINT if extent is not None and extent.get(k, "").isdigit() else 0.0
                for k in ("cx", "cy")]
        docpr = next(el.iter(WP + "docPr"), None)
        description = (docpr.get("descr") or docpr.get("title") or "") if docpr is not None else ""
        para.pictures.append(Picture(image.data, image.media_type, round(size[0], 2), round(size[1], 2), CONTROL.sub("", description)))
        if anchored:
            para.anchored += 1

    def _instruction(self, instr: str, para: Paragraph) -> None:
        word = instr.strip().split(" ", 1)[0].upper() if instr.strip() else ""
        if word and word not in ("PAGE", "HYPERLINK", "NUMPAGES") and not any(word in n for n in para.notes):
            para.notes.append(f"the field {word} is kept as the text it shows")

    # -- marks ----------------------------------------------------------------------------------

    def _spans(self, raws: list[Raw], mark_key: Key | None, para: Paragraph) -> tuple[list[Span], Mark | None]:
        """Spans sharing marks, and the block mark when the whole paragraph is one revision."""
        block: Mark | None = None
        visible = [r for r in raws if r.text or r.footnote is not None]
        if mark_key is not None and all(r.keys[:1] == (mark_key,) for r in visible):
            block = self.marks.make(mark_key)
            raws = [replace(r, keys=r.keys[1:]) for r in raws]
        elif mark_key is not None:
            para.mark_only = mark_key
        spans: list[Span] = []
        last: tuple[Key | None, Mark | None] = (None, None)
        for r in raws:
            key = r.keys[-1] if r.keys else None
            if len(r.keys) > 1 and r.keys[0][0] != r.keys[-1][0]:
                para.notes.append(f"'{r.text}' was inserted by {r.keys[0][1]} and deleted by {r.keys[-1][1]}: kept as deleted")
            mark = None if key is None else last[1] if last[0] == key else self.marks.make(key)
            last = (key, mark)
            spans.append(Span(r.text, italic=r.italic, bold=r.bold, mark=mark, footnote=r.footnote))
        return normalize(spans), block

    # -- footnotes and comments -----------------------------------------------------------------

    def footnotes(self, root: etree._Element | None) -> dict[str, list[Paragraph]]:
        """Footnote id -> its paragraphs, without the number and the TAB that follows it."""
        out: dict[str, list[Paragraph]] = {}
        if root is None:
            return out
        for note in root.iter(W + "footnote"):
            if val(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            first = note.find(W + "p")  # the note's own paragraphs, not those of a text box inside them
            for run in list(first) if first is not None else []:
                if first is not None and run.tag == W + "r" and val(child(run, "rPr", "rStyle")) == "FootnoteReference":
                    first.remove(run)  # the number (or custom mark) the note starts with
                elif run.tag == W + "r" or run.tag in (W + "ins", W + "del"):
                    break
            paras = [self.paragraph(p, 0) for p in note.findall(W + "p")]
            for para in paras[:1]:
                para.spans = _after_number(para.spans)
            wid = val(note, "id") or ""
            out[self.keys.get(wid, f"w{wid}")] = paras
        return out

    def read_comments(self, root: etree._Element | None) -> None:
        if root is None:
            return
        for c in root.iter(W + "comment"):
            paras = list(c.iter(W + "p"))
            text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in paras).strip()
            date = (val(c, "date") or "").strip()
            self.comments[val(c, "id") or ""] = Comment(
                (val(c, "author") or "").strip() or "Unknown", zoned(date), text,
                initials=(val(c, "initials") or "").strip(), para_id=paras[-1].get(W14 + "paraId", "") if paras else "")


TABLE_ROW = ("a table outside a body section or an annex (a publication's cover, a table among the clauses, or a file "
             "without the ITU styles); each row is kept with its cells joined by ' / '")
#: How the note of a whole inserted or deleted row starts: a table the document holds keeps the row's mark instead.
ROW_REVISED = "a table row"


def joined(paras: list[Paragraph]) -> list[Span]:
    """Several Word paragraphs as one inline field (a footnote's, a table cell's), a line break between them."""
    spans: list[Span] = []
    for n, para in enumerate(paras):
        if n:
            spans.append(Span("\n"))
        spans.extend(para.spans)
    return normalize(spans)


def row_spans(cells: list[Paragraph]) -> list[Span]:
    """A table row as the text of a note: its cells joined by " / ", their revisions kept.

    The note takes the block mark of the first cell (an inserted or deleted
    row); a cell whose whole paragraph has another revision gives it to
    each of its spans.
    """
    spans: list[Span] = []
    row = cells[0].mark if cells else None
    for para in cells:
        mark = para.mark
        same = (mark is None and row is None) or (mark is not None and row is not None and (
            mark.kind, mark.author, mark.date) == (row.kind, row.author, row.date))
        cell = para.spans if same or mark is None else [replace(s, mark=mark) if s.mark is None else s for s in para.spans]
        markup = "".join(s.text for s in cell)
        start, end = len(markup) - len(markup.lstrip()), len(markup.rstrip())
        if start < end or any(s.footnote for s in cell):
            spans += ([Span(" / ")] if spans else []) + slice_spans(cell, start, end)
    return normalize(spans)


def _unisolate(raws: list[Raw]) -> None:
    """A run the writer isolated between two LEFT-TO-RIGHT MARKs for a right-to-left page ("‎a)‎", "‎ITU‑T‎") without them."""
    texts = [r for r in raws if r.text]
    if texts and texts[0].text.startswith(LRM) and texts[-1].text.endswith(LRM) and "".join(r.text for r in texts) != LRM:
        texts[0].text = texts[0].text[1:]
        texts[-1].text = texts[-1].text[:-1]


def _after_number(spans: list[Span]) -> list[Span]:
    """A footnote's text: without the TAB or spaces between its number (removed with its run) and its words."""
    out = list(spans)
    if out and out[0].footnote is None:
        head = out[0].text
        out[0] = replace(out[0], text=head.lstrip(" \t"))
    return normalize(out)


#: What Word's symbol fonts show at the codes ITU texts use them for: Symbol's 0x2D is its minus (U+2212, as
#: pandoc reads it), set as the dash of a level-3 list item in Resolution 1; its copyright sign (0xE3, the
#: publication's "© ITU 2017"), bullets, arrows and the signs of technical text.
_SYMBOL_FONT = {
    0x2D: "\u2212", 0xB7: "\u2022", 0xE3: "\u00a9", 0xD3: "\u00a9", 0xE2: "\u00ae", 0xD2: "\u00ae", 0xE4: "\u2122",
    0xD4: "\u2122", 0xAC: "\u2190", 0xAD: "\u2191", 0xAE: "\u2192", 0xAF: "\u2193", 0xB1: "\u00b1", 0xB4: "\u00d7",
    0xB8: "\u00f7", 0xA3: "\u2264", 0xB3: "\u2265", 0xB0: "\u00b0", 0xB9: "\u2260", 0xBB: "\u2248", 0xA5: "\u221e",
}
_SYMBOLS = {**{("symbol", code): char for code, char in _SYMBOL_FONT.items()},
            ("wingdings", 0x9F): "\u2022", ("wingdings", 0xA7): "\u25aa"}


def symbol(code: int, font: str) -> str:
    """The character a w:sym shows: a symbol font's private-use code (F0xx) read as the character it draws."""
    if 0xF000 <= code <= 0xF0FF:
        low = code - 0xF000
        return _SYMBOLS.get((font.strip().lower(), low), chr(low) if low >= 0x20 else "")
    return chr(code)
