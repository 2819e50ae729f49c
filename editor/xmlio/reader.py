"""Reading documents: a hardened parser, schema validation, then the model.

Hostile input is refused before it can do harm: no DTD is loaded, no entity
is expanded, nothing is fetched from the network, a document type
declaration is refused wherever and in whatever encoding it stands, only
regular files are opened, and no more than MAX_BYTES is read.  Every failure is one DocumentError naming the file
and, where known, the line and column.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from lxml import etree

from editor.model.body import Cell, Figure, Heading, Paragraph, Part, Picture, Row, Table
from editor.model.inline import Inline
from editor.model.marks import Mark
from editor.model.nodes import (
    Annex,
    AnnexKind,
    Clause,
    Cover,
    Document,
    Footnote,
    Node,
    Note,
    Proposal,
    Resolution,
    Section,
    SectionKind,
)
from editor.xmlio.comments_xml import read_comments
from editor.xmlio.errors import DocumentError
from editor.xmlio.inline_xml import mark_from, read_inline
from editor.xmlio.schema import validate_tree

MAX_BYTES = 32 * 1024 * 1024  # every command reads, checks and writes a file this large within 10 s (benchmarks/bench_large.py)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"  # the document's language, on the root element
COVER_TAGS = {name: name.replace("_", "-") for name in Cover.FIELDS}

DOCTYPE_REFUSED = "contains a DOCTYPE declaration, which documents of this editor never have; refused for safety"


def _parser() -> etree.XMLParser:
    """A parser that reads only what is in the bytes: no DTD, no entity, no network, no default attribute."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _prolog_doctype(data: bytes, encoding: str | None) -> tuple[int | None, int | None]:
    """Line and column of the document type declaration, for the message (the refusal itself is decided on the tree).

    The declaration can only stand in the prolog, after the XML declaration,
    comments and processing instructions, so the prolog is stepped over
    rather than searched: a "<!DOCTYPE" inside a comment is not it.
    """
    try:
        text = data.decode("utf-8-sig" if (encoding or "").upper() in ("UTF-8", "") else encoding or "utf-8", errors="replace")
    except LookupError:
        return None, None
    at = 1 if text.startswith("\ufeff") else 0
    while at < len(text):
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        end = "?>" if text.startswith("<?", at) else "-->" if text.startswith("<!--", at) else None
        close = text.find(end, at) if end else -1
        if end is None or close < 0:
            break
        at = close + len(end)
    if not text.startswith("<!DOCTYPE", at):
        return None, None
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1, at - line_start + 1


def _refuse_doctype(tree: etree._ElementTree, data: bytes, path: str | Path | None) -> None:
    """Refuse a document type declaration, internal or external, in whatever encoding it was written.

    The parser has loaded nothing it names and applied none of its defaults;
    the declaration is refused all the same, since documents of this editor
    never have one and every entity trick travels in one.
    """
    info = tree.docinfo
    if getattr(info, "doctype", "") or info.internalDTD is not None or info.system_url or info.public_id:
        line, column = _prolog_doctype(data, info.encoding)
        raise DocumentError(path, DOCTYPE_REFUSED, line, column)


def parse_xml(data: bytes, path: str | Path | None = None) -> etree._Element:
    """The parsed element of `data` (a document or a fragment of one), hardened, not validated."""
    if data[:2] == b"PK":
        raise DocumentError(path, "is a ZIP archive (a Word or OpenDocument file?), not a Resolution Editor XML document; import a Word file (.docx) with main.py import or File > Import", 1, 1)
    if not data.strip():
        raise DocumentError(path, "is empty", 1, 1)
    if not data.strip(b"\x00"):
        raise DocumentError(path, "holds only zero bytes, no text (a file damaged by a crash or a full disk?)", 1, 1)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = " ".join(exc.msg.split(", line ")[0].split()) if exc.msg else "malformed XML"
        raise DocumentError(path, f"is not well-formed XML: {message}", line, column) from None
    _refuse_doctype(root.getroottree(), data, path)
    return root


def parse_bytes(data: bytes, path: str | Path | None = None) -> etree._ElementTree:
    """Parse and validate; no model yet."""
    tree = parse_xml(data, path).getroottree()
    validate_tree(tree, path)
    return tree


def read_bytes(data: bytes, path: str | Path | None = None) -> Document:
    root = parse_bytes(data, path).getroot()
    document = build_document(root)
    read_comments(root, document, path)
    return document


_NOT_A_FILE = {stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket"}


def _not_regular(p: Path, mode: int) -> DocumentError:
    if stat.S_ISDIR(mode):
        return DocumentError(p, "is a folder, not a file")
    kind = _NOT_A_FILE.get(stat.S_IFMT(mode), "not a regular file")
    return DocumentError(p, f"is {kind}, not a file; only regular files are read")


def _too_large(p: Path, size: int, limit: int, reader: str) -> DocumentError:
    mib = 1024 * 1024
    return DocumentError(p, f"is {size // mib} MiB, larger than the {limit // mib} MiB {reader}"
                         if size >= mib else f"is larger than the {limit:,} bytes {reader}")


def load_bytes(path: str | Path, limit: int | None = None, reader: str = "this editor reads") -> bytes:
    """The bytes of a regular file (links followed), or a DocumentError: missing, a folder, a device, a pipe,
    unreadable, or larger than `limit` (MAX_BYTES).

    The file is opened without blocking, checked to be a regular file on the
    descriptor itself, and read up to the limit and no further, so a link to
    /dev/zero, a named pipe or a file growing while it is read cannot hang
    the editor or fill its memory.
    """
    p = Path(path)
    limit = MAX_BYTES if limit is None else limit
    try:
        mode = os.stat(p).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(p, mode)
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # replaced between the two looks
                raise _not_regular(p, info.st_mode)
            if info.st_size > limit:
                raise _too_large(p, info.st_size, limit, reader)
            chunks: list[bytes] = []
            total = 0
            while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise _too_large(p, total, limit, reader)
            return b"".join(chunks)
        finally:
            os.close(fd)
    except DocumentError:
        raise
    except FileNotFoundError:
        raise DocumentError(p, "does not exist") from None
    except OSError as exc:
        raise DocumentError(p, f"cannot be read: {exc.strerror or exc}") from None


def read_file(path: str | Path, *, limit: int | None = None, max_blocks: int | None = None,
              reader: str = "this editor reads") -> Document:
    """Read a document from disk, or raise DocumentError.

    `limit` (bytes, default MAX_BYTES) and `max_blocks` (clauses, sub-items,
    footnotes, sections … together) refuse a file up front, before the
    model is built, when a reader (the window) could not show it in
    reasonable time; `reader` says who, in the message.
    """
    p = Path(path)
    tree = parse_bytes(load_bytes(p, limit, reader), p)
    if max_blocks is not None:
        blocks = sum(1 for _ in tree.getroot().iter(*NODE_TAGS.values()))
        if blocks > max_blocks:
            raise DocumentError(p, f"has {blocks:,} clauses, footnotes and other blocks, more than the {max_blocks:,} {reader}")
    document = build_document(tree.getroot())
    read_comments(tree.getroot(), document, p)
    return document


# -- tree to model ------------------------------------------------------------------------


def _block_mark(el: etree._Element) -> Mark | None:
    kind = el.get("rev")
    return mark_from(el, kind) if kind in ("ins", "del") else None


_N = TypeVar("_N", bound=Node)


def _marked(node: _N, el: etree._Element) -> _N:
    node.change = _block_mark(el)
    return node


def _inline_of(el: etree._Element, tag: str) -> etree._Element | None:
    return el.find(tag)


def _required(el: etree._Element, tag: str) -> Inline:
    """The inline child the schema requires (documents are validated before they are built)."""
    child = el.find(tag)
    assert child is not None, f"<{el.tag}> without <{tag}> passed the schema"
    return read_inline(child)


def _optional(el: etree._Element, tag: str) -> Inline | str:
    child = el.find(tag)
    return read_inline(child) if child is not None else ""


def _kind(el: etree._Element) -> SectionKind:
    return "operative" if el.get("kind") == "operative" else "preambular"


def _read_clause(el: etree._Element) -> Clause:
    """A clause, sub-item or annex paragraph; its children are looked at once (the reading of a large file is mostly this)."""
    label: Inline | str = ""
    text: Inline | None = None
    items: list[Clause] = []
    for child in el:
        if child.tag == "label":
            label = read_inline(child)
        elif child.tag == "text":
            text = read_inline(child)
        elif child.tag == "item":
            items.append(_read_clause(child))
    assert text is not None, f"<{el.tag}> without <text> passed the schema"
    return _marked(Clause(label, text, items), el)


def _read_section(el: etree._Element) -> Section:
    return _marked(Section(_required(el, "keyword"), _kind(el), [_read_clause(c) for c in el.findall("clause")]), el)


def _read_annex(el: etree._Element) -> Annex:
    kind: AnnexKind = "appendix" if el.get("kind") == "appendix" else "annex"
    return _marked(Annex(_required(el, "heading"), _optional(el, "title"), _read_paragraphs(el), kind), el)


def _read_part(el: etree._Element) -> Part:
    return _marked(Part(_required(el, "heading"), _optional(el, "title"), _read_paragraphs(el)), el)


def _read_paragraphs(el: etree._Element) -> list[Paragraph]:
    return [_read_paragraph(child) for child in el if child.tag in PARAGRAPH_TAGS]


def _read_paragraph(el: etree._Element) -> Paragraph:
    """One paragraph of a part or an annex, by its element."""
    if el.tag == "h":
        return _marked(Heading(_optional(el, "label"), _required(el, "text"), int(el.get("level", "2"))), el)
    if el.tag == "note":
        return _read_note(el)
    if el.tag == "table":
        rows = [_read_row(r) for r in el.findall("row")]
        return _marked(Table(rows, _optional(el, "title")), el)
    if el.tag == "figure":
        return _read_figure(el)
    return _read_clause(el)


def _read_row(el: etree._Element) -> Row:
    return _marked(Row([_read_cell(c) for c in el.findall("cell")], el.get("header") == "true"), el)


def _read_cell(el: etree._Element) -> Cell:
    return Cell(read_inline(el))


def _read_figure(el: etree._Element) -> Figure:
    pic = el.find("picture")
    picture = None
    if pic is not None:  # the schema has checked the type, the sizes and the base64 text
        picture = Picture.decoded(pic.text or "", pic.get("type", "image/png"), float(pic.get("width", "0")),
                                  float(pic.get("height", "0")), pic.get("description", ""))
    return _marked(Figure(picture, _optional(el, "title"), _optional(el, "legend")), el)


def _read_footnote(el: etree._Element) -> Footnote:
    return _marked(Footnote(el.get("key", ""), read_inline(el), el.get("mark", "")), el)


def _read_note(el: etree._Element) -> Note:
    return _marked(Note(read_inline(el)), el)


def _read_resolution(el: etree._Element) -> Resolution:
    res = Resolution(
        body=el.get("body", "WTSA"),
        draft=el.get("draft") == "true",
        number=_optional(el, "number"),
        adoption=_optional(el, "adoption"),
        title=_optional(el, "title"),
        history=_optional(el, "history"),
        preamble=_optional(el, "preamble"),
        sections=[_read_section(s) for s in el.findall("section")],
        parts=[_read_part(p) for p in el.findall("part")],
        annexes=[_read_annex(a) for a in el.findall("annex")],
        footnotes=[_read_footnote(f) for f in el.findall("footnote")],
    )
    return res


def _read_proposal(el: etree._Element) -> Proposal:
    res = el.find("resolution")
    reasons = el.find("reasons")
    prop = Proposal(
        action=el.get("action"),  # type: ignore[arg-type]
        identifier=el.get("id", ""),
        resolution=_read_resolution(res) if res is not None else None,
        reasons=read_inline(reasons) if reasons is not None else "",
        notes=[_read_note(n) for n in el.findall("note")],
    )
    _marked(prop, el)
    return prop


def read_cover(el: etree._Element) -> Cover:
    cover = Cover()
    for name, tag in COVER_TAGS.items():
        child = el.find(tag)
        if child is not None:
            setattr(cover, name, child.text or "")
    return cover


# The element each child list's nodes are written as (editor.xmlio.fragments), and how it is read.
#: The elements a part or an annex holds as paragraphs.
PARAGRAPH_TAGS = ("p", "h", "note", "table", "figure")

# The elements each child list's nodes are written as (editor.xmlio.fragments), and how they are read.
NODE_TAGS: dict[str, tuple[str, ...]] = {
    "proposals": ("proposal",), "notes": ("note",), "resolutions": ("resolution",), "sections": ("section",),
    "parts": ("part",), "annexes": ("annex",), "footnotes": ("footnote",), "clauses": ("clause",), "items": ("item",),
    "paragraphs": PARAGRAPH_TAGS, "rows": ("row",), "cells": ("cell",),
}
NODE_READERS: dict[str, Callable[[etree._Element], Node]] = {
    "proposals": _read_proposal, "notes": _read_note, "resolutions": _read_resolution, "sections": _read_section,
    "parts": _read_part, "annexes": _read_annex, "footnotes": _read_footnote, "clauses": _read_clause, "items": _read_clause,
    "paragraphs": _read_paragraph, "rows": _read_row, "cells": _read_cell,
}


def build_document(root: etree._Element) -> Document:
    """The model of a validated tree."""
    language = root.get(XML_LANG, "en")  # files written before the language was kept are English
    if root.tag == "resolution":
        return Document([Proposal(resolution=_read_resolution(root))], language=language)
    cover_el = root.find("cover")
    cover = read_cover(cover_el) if cover_el is not None else Cover()
    return Document([_read_proposal(p) for p in root.findall("proposal")], cover, language)
