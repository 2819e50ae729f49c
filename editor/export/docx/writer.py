"""DOCX writer: blocks -> an ITU-styled Word file with real revision marks.

python-docx provides the package (parts, relationships, header parts, page
setup); the body, the footnotes and the revisions are built as lxml
elements by editor.export.docx.oxml, which keeps a 3,000-clause document
well under the 3-second target.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Twips
from lxml import etree

from editor.export.blocks import PROGRESS_TOTAL, Block, ExportView, Layout, Progress, Run, layout, pieces, stepper
from editor.export.docx import grid, oxml, template
from editor.export.docx import styles as docx_styles
from editor.export.docx.comments import COMMENTS_EXTENDED_RELATION, COMMENTS_EXTENDED_TYPE, CommentPlaces, Marker
from editor.export.docx.oxml import RevisionIds, W, w
from editor.export.styles import DELETE_COLOR, INSERT_COLOR, PAGE, Typography, right_to_left, typography
from editor.model.marks import Mark
from editor.model.nodes import Document
from editor.xmlio.writer import atomic_write

LRM = "\u200e"  # LEFT-TO-RIGHT MARK


class _Body:
    """Turns blocks into w:p elements; one instance per package so revision ids stay unique."""

    def __init__(self, view: ExportView, kind: Typography | None = None, comments: CommentPlaces | None = None,
                 package: docx.document.Document | None = None) -> None:
        self.package = package  # where a figure's picture is added as an image part
        self.custom_marks: dict[int, str] = {}  # footnote number -> the mark it prints instead of Word's number
        self.tracked = view == "markup"
        self.coloured = view == "print"
        self.ids = RevisionIds()
        self.rtl = kind is not None and kind.direction == "rtl"
        self.comments = comments

    def paragraph(self, parent: etree._Element, block: Block) -> etree._Element:
        p = w(parent, "p")
        ppr = w(p, "pPr")
        w(ppr, "pStyle", val=block.style)
        if block.page_break:
            w(ppr, "pageBreakBefore")
        if self.rtl:  # every paragraph says so itself, as the issue of Qt's "auto" taught (and as Word writes it)
            w(ppr, "bidi")
        if block.space_before is not None:
            w(ppr, "spacing", before=str(round(block.space_before * 20)))
        if self.tracked and block.mark is not None:
            oxml.paragraph_mark_revision(ppr, block.mark, self.ids)
        self.runs(p, self.comments.items(block) if self.comments is not None else block.runs, block.mark)
        return p

    def runs(self, p: etree._Element, runs: Sequence[Run | Marker], block_mark: Mark | None) -> None:
        """Append runs, grouping neighbours under one w:ins / w:del when tracked.

        Comment range marks stand between revisions, never inside a w:ins or
        w:del, as Word writes them (pandoc loses the end of a range inside
        one, and with it the commented words): a mark closes the group, the
        runs after it open a w:ins or w:del of their own with the same author
        and date, and a comment's reference run follows its range end.
        """
        group: etree._Element | None = None
        group_key: tuple[Mark | None, Mark | None] = (None, None)
        for run in runs:
            if isinstance(run, Marker):
                group, group_key = None, (None, None)
                oxml.comment_range(p, run.kind, run.ids)
                if run.kind == "end":
                    oxml.comment_references(p, list(run.ids))
                continue
            ins, dele = _marks(block_mark, run.mark)
            key = (ins, dele) if self.tracked else (None, None)
            if key == (None, None):
                group, group_key = None, key
                self.run(p, run, ins, dele)
                continue
            if group is None or key != group_key:
                group = p
                if ins is not None:
                    group = oxml.revision(group, ins, self.ids)
                if dele is not None:
                    group = oxml.revision(group, dele, self.ids)
                group_key = key
            self.run(group, run, ins, dele)

    def run(self, parent: etree._Element, run: Run, ins: Mark | None, dele: Mark | None) -> None:
        if run.footnote is not None:
            oxml.footnote_reference(parent, run.footnote, self.custom_marks.get(run.footnote, ""))
            return
        r = w(parent, "r")
        if run.picture is not None and self.package is not None:
            grid.picture_drawing(self.package, r, run.picture)
            return
        rtl = self.rtl and right_to_left(run.text)  # Arabic text; Latin runs (ITU-T, a), E.164) stay left to right
        if run.bold or run.italic or run.caps_off or rtl or (self.coloured and (ins or dele)):
            rpr = w(r, "rPr")
            if run.bold:
                w(rpr, "b")
                if rtl:
                    w(rpr, "bCs")
            if run.italic:
                w(rpr, "i")
                if rtl:
                    w(rpr, "iCs")
            if run.caps_off:
                w(rpr, "caps", val="0")
            if self.coloured and dele is not None:
                w(rpr, "strike")
            if self.coloured and (ins or dele):
                w(rpr, "color", val=DELETE_COLOR if dele is not None else INSERT_COLOR)
            if self.coloured and ins is not None and dele is None:
                w(rpr, "u", val="single")
            if rtl:
                w(rpr, "rtl")
        text = run.text
        if self.rtl and not rtl and text[:1].isalnum():  # "a)", "1", "ITU-T": left to right in a right-to-left line,
            text = LRM + text + LRM  # or a reader mirrors the label's bracket ("(a"); marks keep the text the same
        oxml.add_text(r, text, deleted=self.tracked and dele is not None)


def _marks(block_mark: Mark | None, run_mark: Mark | None) -> tuple[Mark | None, Mark | None]:
    """The insertion and the deletion a run is under (either may come from its paragraph)."""
    ins = next((m for m in (run_mark, block_mark) if m is not None and m.kind == "ins"), None)
    dele = next((m for m in (run_mark, block_mark) if m is not None and m.kind == "del"), None)
    return ins, dele


def build(document: Document, view: ExportView = "markup", progress: Progress | None = None, *,
          comments: bool = True) -> docx.document.Document:
    """The python-docx Document for `document` shown in `view` (with its comments unless `comments` is false)."""
    commented = comments and bool(document.comments)
    lay = layout(document, view, sources=commented)
    package = build_layout(lay, progress, CommentPlaces.of(document, lay.blocks, view) if commented else None)
    _properties(package, document)
    return package


def _properties(package: docx.document.Document, document: Document) -> None:
    """File > Properties: the contribution's title and source, not python-docx's template values."""
    props = package.core_properties
    cover = document.cover
    res = next(document.resolutions(), None)
    props.title = (cover.title if cover is not None and cover.title else "") or (res.number_line() if res is not None else "")
    props.author = cover.source if cover is not None and cover.source else ""
    props.last_modified_by = "Resolution Editor"
    props.subject = cover.document_reference(document.language) if cover is not None else ""
    props.comments = ""
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision = 1


def build_layout(lay: Layout, progress: Progress | None = None, comments: CommentPlaces | None = None) -> docx.document.Document:
    package = template.blank()
    kind = typography(lay.language)
    docx_styles.install(package.styles.element, kind)
    _page_setup(package)
    writer = _Body(lay.view, kind, comments, package)
    writer.custom_marks = {fn.number: fn.label for fn in lay.footnotes if fn.custom}
    body = package.element.body
    sect = body.sectPr
    body.remove(sect)
    for el in list(body):
        body.remove(el)
    step = stepper(len(lay.blocks), progress, 0, PROGRESS_TOTAL * 9 // 10)
    done = 0
    for piece in pieces(lay.blocks):
        if isinstance(piece, list):
            grid.write_table(body, piece, writer.paragraph, writer.ids, writer.tracked)
            done += len(piece)
        else:
            writer.paragraph(body, piece)
            done += 1
        step(done - 1)
    if not lay.blocks or body[-1].tag == W + "tbl":  # Word wants a paragraph in a body, and after its last table
        writer.paragraph(body, Block("Normal", []))
    body.append(sect)
    _footnotes(package, lay, writer)
    if comments is not None:
        _comments(package, comments)
    _header(package, lay.header)
    _settings(package, tracked=lay.view == "markup", footnotes=bool(lay.footnotes))
    return package


def _page_setup(package: docx.document.Document) -> None:
    section = package.sections[0]
    section.page_width, section.page_height = Twips(PAGE.width), Twips(PAGE.height)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Twips(PAGE.margin))
    section.header_distance = section.footer_distance = Twips(PAGE.header)
    section.different_first_page_header_footer = True


def _header(package: docx.document.Document, reference: str) -> None:
    """Running header from page 2: "- n -" then the document reference; the first page has none."""
    section = package.sections[0]
    section.first_page_header.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    hdr = header._element
    for el in list(hdr):
        hdr.remove(el)
    number = w(hdr, "p")
    w(w(number, "pPr"), "pStyle", val="Header")
    oxml.add_text(w(number, "r"), "- ")
    oxml.page_field(number)
    oxml.add_text(w(number, "r"), " -")
    if reference:
        ref = w(hdr, "p")
        w(w(ref, "pPr"), "pStyle", val="Header")
        oxml.add_text(w(ref, "r"), reference)


def _footnotes(package: docx.document.Document, lay: Layout, writer: _Body) -> None:
    if not lay.footnotes:
        return
    root = oxml.footnotes_root()
    for fn in lay.footnotes:
        mark = fn.mark if writer.tracked else None
        p = oxml.footnote(root, fn.number, "FootnoteText", mark, writer.ids, fn.label if fn.custom else "")
        writer.runs(p, fn.runs, fn.mark)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, package.part.package)
    package.part.relate_to(part, RT.FOOTNOTES)


def _comments(package: docx.document.Document, places: CommentPlaces) -> None:
    """word/comments.xml and the threads of commentsExtended.xml, related to the main document."""
    for uri, content_type, relation, blob in (
        ("/word/comments.xml", CT.WML_COMMENTS, RT.COMMENTS, places.comments_part()),
        ("/word/commentsExtended.xml", COMMENTS_EXTENDED_TYPE, COMMENTS_EXTENDED_RELATION, places.extended_part()),
    ):
        package.part.relate_to(Part(PackURI(uri), content_type, blob, package.part.package), relation)


def _settings(package: docx.document.Document, *, tracked: bool, footnotes: bool) -> None:
    settings = package.settings.element
    compat = settings.find(W + "compat")
    if footnotes and compat is not None:
        pr = etree.Element(W + "footnotePr")
        for fid in ("-1", "0"):
            w(pr, "footnote", id=fid)
        compat.addprevious(pr)
    if tracked:  # w:trackRevisions comes before w:defaultTabStop in the schema's order (and after w:zoom)
        track = etree.Element(W + "trackRevisions")
        tab_stop = settings.find(W + "defaultTabStop")
        if tab_stop is not None:
            tab_stop.addprevious(track)
        else:
            settings.append(track)


def to_bytes(document: Document, view: ExportView = "markup", progress: Progress | None = None, *, comments: bool = True) -> bytes:
    """The .docx file's bytes.  Qt-free: a window may run it in a worker thread."""
    buffer = io.BytesIO()
    build(document, view, progress, comments=comments).save(buffer)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return buffer.getvalue()


def write(document: Document, path: str | Path, view: ExportView = "markup", progress: Progress | None = None, *,
          comments: bool = True) -> None:
    """Export atomically: `path` is either the previous file or the complete new one."""
    atomic_write(path, to_bytes(document, view, progress, comments=comments), keep_backup=False)
