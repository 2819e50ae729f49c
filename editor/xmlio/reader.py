"""Reading documents: a hardened parser, schema validation, then the model.

Hostile input is refused before it can do harm: no DTD is loaded, no entity
is expanded, nothing is fetched from the network, and files larger than
MAX_BYTES are not read.  Every failure is one DocumentError naming the file
and, where known, the line and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from lxml import etree

from editor.model.inline import Inline
from editor.model.marks import Mark
from editor.model.nodes import (
    Annex,
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
from editor.xmlio.errors import DocumentError
from editor.xmlio.inline_xml import mark_from, read_inline
from editor.xmlio.schema import validate_tree

MAX_BYTES = 64 * 1024 * 1024

COVER_TAGS = {name: name.replace("_", "-") for name in Cover.FIELDS}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _refuse_declarations(data: bytes, path: str | Path | None) -> None:
    """Refuse DOCTYPE and ENTITY declarations, the vehicle of every entity trick."""
    head = data[:65536] if len(data) > 65536 else data
    for token in (b"<!DOCTYPE", b"<!ENTITY"):
        at = head.find(token)
        if at < 0 and token == b"<!ENTITY":
            at = data.find(token)
        if at >= 0:
            line = data.count(b"\n", 0, at) + 1
            column = at - (data.rfind(b"\n", 0, at) + 1) + 1
            what = "a DOCTYPE declaration" if token == b"<!DOCTYPE" else "an ENTITY declaration"
            raise DocumentError(path, f"contains {what}, which documents of this editor never have; refused for safety", line, column)


def parse_bytes(data: bytes, path: str | Path | None = None) -> etree._ElementTree:
    """Parse and validate; no model yet."""
    if data[:2] == b"PK":
        raise DocumentError(path, "is a ZIP archive (a Word or OpenDocument file?), not a Resolution Editor XML document; save it as plain text and import that", 1, 1)
    if not data.strip():
        raise DocumentError(path, "is empty", 1, 1)
    _refuse_declarations(data, path)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = " ".join(exc.msg.split(", line ")[0].split()) if exc.msg else "malformed XML"
        raise DocumentError(path, f"is not well-formed XML: {message}", line, column) from None
    tree = root.getroottree()
    validate_tree(tree, path)
    return tree


def read_bytes(data: bytes, path: str | Path | None = None) -> Document:
    return build_document(parse_bytes(data, path).getroot())


def load_bytes(path: str | Path, limit: int | None = None, reader: str = "this editor reads") -> bytes:
    """The bytes of a file, or a DocumentError: missing, a folder, unreadable, or larger than `limit` (MAX_BYTES)."""
    p = Path(path)
    limit = MAX_BYTES if limit is None else limit
    try:
        size = p.stat().st_size
        if size > limit:
            raise DocumentError(p, f"is {size // (1024 * 1024)} MiB, larger than the {limit // (1024 * 1024)} MiB {reader}")
        return p.read_bytes()
    except DocumentError:
        raise
    except IsADirectoryError:
        raise DocumentError(p, "is a folder, not a file") from None
    except FileNotFoundError:
        raise DocumentError(p, "does not exist") from None
    except OSError as exc:
        raise DocumentError(p, f"cannot be read: {exc.strerror or exc}") from None


def read_file(path: str | Path) -> Document:
    """Read a document from disk, or raise DocumentError."""
    return read_bytes(load_bytes(path), Path(path))


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
    label = el.find("label")
    clause = Clause(
        read_inline(label) if label is not None else "",
        _required(el, "text"),
        [_read_clause(item) for item in el.findall("item")],
    )
    _marked(clause, el)
    return clause


def _read_resolution(el: etree._Element) -> Resolution:
    res = Resolution(
        body=el.get("body", "WTSA"),
        draft=el.get("draft") == "true",
        number=_optional(el, "number"),
        adoption=_optional(el, "adoption"),
        title=_optional(el, "title"),
        history=_optional(el, "history"),
        preamble=_optional(el, "preamble"),
        sections=[
            _marked(Section(_required(s, "keyword"), _kind(s), [_read_clause(c) for c in s.findall("clause")]), s)
            for s in el.findall("section")
        ],
        annexes=[
            _marked(
                Annex(
                    _required(a, "heading"),
                    _optional(a, "title"),
                    [_read_clause(p) for p in a.findall("p")],
                ),
                a,
            )
            for a in el.findall("annex")
        ],
        footnotes=[_marked(Footnote(f.get("key", ""), read_inline(f)), f) for f in el.findall("footnote")],
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
        notes=[Note(read_inline(n)) for n in el.findall("note")],
    )
    _marked(prop, el)
    return prop


def build_document(root: etree._Element) -> Document:
    """The model of a validated tree."""
    if root.tag == "resolution":
        return Document([Proposal(resolution=_read_resolution(root))])
    cover_el = root.find("cover")
    cover = Cover()
    if cover_el is not None:
        for name, tag in COVER_TAGS.items():
            child = cover_el.find(tag)
            if child is not None:
                setattr(cover, name, child.text or "")
    return Document([_read_proposal(p) for p in root.findall("proposal")], cover)
