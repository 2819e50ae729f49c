"""Small named helpers over WordprocessingML elements (lxml), for what python-docx has no API for.

Revisions (w:ins, w:del with w:delText, paragraph-mark revisions), footnotes
and fields are built here; nothing else in the export knows tag names.
Elements are made with plain lxml calls because the body of a 3,000-clause
document holds some hundred thousand of them.
"""

from __future__ import annotations

import re

from lxml import etree

from editor.export.blocks import BREAK, NB_HYPHEN, TAB
from editor.model.marks import Mark

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_SPECIAL = re.compile(f"([{TAB}{BREAK}{NB_HYPHEN}])")


def w(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """A w:TAG child of `parent` with w:-qualified attributes."""
    return etree.SubElement(parent, W + tag, {W + k: v for k, v in attrs.items()})


def w_root(tag: str) -> etree._Element:
    return etree.Element(W + tag, nsmap={"w": W_NS, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"})


class RevisionIds:
    """Word wants every revision element's w:id unique in the whole package."""

    def __init__(self) -> None:
        self.last = 0

    def next(self) -> str:
        self.last += 1
        return str(self.last)


def revision(parent: etree._Element, mark: Mark, ids: RevisionIds, tag: str | None = None) -> etree._Element:
    """A w:ins or w:del element carrying id, author and date."""
    return w(parent, tag or mark.kind, id=ids.next(), author=mark.author or "Unknown", date=mark.date)


def paragraph_mark_revision(ppr: etree._Element, mark: Mark, ids: RevisionIds) -> None:
    """Mark the paragraph mark itself inserted or deleted (pPr/rPr/w:ins|w:del).

    A deleted clause whose paragraph mark is also deleted disappears whole on
    Accept All instead of leaving an empty paragraph; likewise for Reject All
    on an inserted one.
    """
    rpr = ppr.find(W + "rPr")
    if rpr is None:
        rpr = w(ppr, "rPr")
    revision(rpr, mark, ids)
    rpr.insert(0, rpr[-1])


def add_text(run: etree._Element, text: str, deleted: bool = False) -> None:
    """Text into a w:r: TABs, line breaks and non-breaking hyphens become their Word elements."""
    tag = W + ("delText" if deleted else "t")
    for piece in _SPECIAL.split(text):
        if not piece:
            continue
        if piece == TAB:
            etree.SubElement(run, W + "tab")
        elif piece == BREAK:
            etree.SubElement(run, W + "br")
        elif piece == NB_HYPHEN:
            etree.SubElement(run, W + "noBreakHyphen")
        else:
            t = etree.SubElement(run, tag)
            t.text = piece
            if piece[0] == " " or piece[-1] == " ":
                t.set(XML_SPACE, "preserve")


def footnote_reference(parent: etree._Element, number: int, custom: str = "") -> etree._Element:
    """A run holding a footnote reference (character style FootnoteReference); a custom mark follows in the run."""
    run = w(parent, "r")
    rpr = w(run, "rPr")
    w(rpr, "rStyle", val="FootnoteReference")
    w(rpr, "i", val="0")  # upright even in an italic paragraph (the history line), as the ITU sets it
    if custom:
        w(run, "footnoteReference", id=str(number), customMarkFollows="1")
        add_text(run, custom)
    else:
        w(run, "footnoteReference", id=str(number))
    return run


def footnotes_root() -> etree._Element:
    """footnotes.xml with the separator and continuation separator Word expects (ids -1 and 0)."""
    root = w_root("footnotes")
    for fid, kind, child in (("-1", "separator", "separator"), ("0", "continuationSeparator", "continuationSeparator")):
        note = w(root, "footnote", type=kind, id=fid)
        p = w(note, "p")
        w(w(p, "pPr"), "spacing", before="0", after="0", line="240", lineRule="auto")
        w(w(p, "r"), child)
    return root


def footnote(root: etree._Element, number: int, style: str, mark: Mark | None = None, ids: RevisionIds | None = None,
             custom: str = "") -> etree._Element:
    """A w:footnote whose paragraph starts with the number, then a TAB; returns the paragraph.

    With `mark` (an inserted or deleted footnote) the number, the TAB and the
    paragraph mark are tracked too, so accepting or rejecting leaves no empty note.
    """
    note = w(root, "footnote", id=str(number))
    p = w(note, "p")
    ppr = w(p, "pPr")
    w(ppr, "pStyle", val=style)
    parent = p
    if mark is not None:
        ids = ids or RevisionIds()
        paragraph_mark_revision(ppr, mark, ids)
        parent = revision(p, mark, ids)
    ref = w(parent, "r")
    w(w(ref, "rPr"), "rStyle", val="FootnoteReference")
    if custom:  # a custom mark is typed where Word would number the note
        add_text(ref, custom)
    else:
        w(ref, "footnoteRef")
    w(w(parent, "r"), "tab")
    return p


def page_field(parent: etree._Element) -> etree._Element:
    """A PAGE field (the current page number)."""
    fld = w(parent, "fldSimple", instr=" PAGE ")
    add_text(w(fld, "r"), "2")
    return fld


def comment_range(parent: etree._Element, kind: str, ids: tuple[str, ...]) -> None:
    """The start or the end of the range of comments `ids` (a comment and its replies)."""
    for cid in ids:
        w(parent, "commentRangeStart" if kind == "start" else "commentRangeEnd", id=cid)


def comment_references(p: etree._Element, ids: list[str]) -> None:
    """The runs that carry comments `ids` (Word's mark of a comment, after its range)."""
    for cid in ids:
        w(w(p, "r"), "commentReference", id=cid)
