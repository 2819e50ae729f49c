"""Writing documents: canonical bytes, validated, saved atomically.

Canonical means one document has one serialisation: fixed element and
attribute order, two-space indentation of blocks, inline content on one
line.  Loading and saving an unchanged file is then byte-identical, and
documents diff cleanly under version control.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from lxml import etree

from editor.model.inline import Inline
from editor.model.nodes import Annex, Clause, Document, Node, Proposal, Resolution, Section
from editor.xmlio.errors import DocumentError
from editor.xmlio.inline_xml import mark_attributes, write_inline
from editor.xmlio.reader import COVER_TAGS
from editor.xmlio.schema import validate_tree

HEADER = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def _block(parent: etree._Element, tag: str, node: Node | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, attrs)
    if node is not None and node.change is not None:
        el.set("rev", node.change.kind)
        for k, v in mark_attributes(node.change).items():
            el.set(k, v)
    return el


def _inline(parent: etree._Element, tag: str, inline: Inline, *, optional: bool = False) -> None:
    if optional and not inline.spans:
        return
    write_inline(etree.SubElement(parent, tag), inline)


def _clause_body(el: etree._Element, clause: Clause) -> None:
    _inline(el, "label", clause.label, optional=True)
    _inline(el, "text", clause.text)


def _clause(parent: etree._Element, clause: Clause, tag: str = "clause") -> None:
    el = _block(parent, tag, clause)
    _clause_body(el, clause)
    for item in clause.items:
        _clause(el, item, "item")


def _resolution(parent: etree._Element | None, res: Resolution) -> etree._Element:
    attrs = {"version": "1"} if parent is None else {}
    el = etree.Element("resolution", attrs) if parent is None else etree.SubElement(parent, "resolution")
    el.set("body", res.body)
    if res.draft:
        el.set("draft", "true")
    _inline(el, "number", res.number)
    _inline(el, "adoption", res.adoption, optional=True)
    _inline(el, "title", res.title)
    _inline(el, "history", res.history, optional=True)
    _inline(el, "preamble", res.preamble, optional=True)
    for sec in res.sections:
        _section(el, sec)
    for annex in res.annexes:
        _annex(el, annex)
    for fn in res.footnotes:
        write_inline(_block(el, "footnote", fn, key=fn.key), fn.text)
    return el


def _section(parent: etree._Element, sec: Section) -> None:
    el = _block(parent, "section", sec, kind=sec.kind)
    _inline(el, "keyword", sec.keyword)
    for clause in sec.clauses:
        _clause(el, clause)


def _annex(parent: etree._Element, annex: Annex) -> None:
    el = _block(parent, "annex", annex)
    _inline(el, "heading", annex.heading)
    _inline(el, "title", annex.title, optional=True)
    for p in annex.paragraphs:
        _clause_body(_block(el, "p", p), p)


def _proposal(parent: etree._Element, prop: Proposal) -> None:
    attrs: dict[str, str] = {}
    if prop.action:
        attrs["action"] = prop.action
    if prop.identifier:
        attrs["id"] = prop.identifier
    el = _block(parent, "proposal", prop, **attrs)
    for note in prop.notes:
        _inline(el, "note", note.text)
    if prop.resolution is not None:
        _resolution(el, prop.resolution)
    _inline(el, "reasons", prop.reasons, optional=True)


def is_standalone(doc: Document) -> bool:
    """A file holding one in-force resolution rather than a contribution."""
    return (
        doc.cover is None
        and len(doc.proposals) == 1
        and doc.proposals[0].action is None
        and doc.proposals[0].resolution is not None
        and not doc.proposals[0].notes
        and not doc.proposals[0].reasons.spans
        and not doc.proposals[0].identifier
    )


def to_tree(doc: Document) -> etree._Element:
    if is_standalone(doc):
        root = _resolution(None, doc.proposals[0].resolution)  # type: ignore[arg-type]
    else:
        root = etree.Element("contribution", version="1")
        cover = etree.SubElement(root, "cover")
        for name, tag in COVER_TAGS.items():
            value = getattr(doc.cover, name, "") if doc.cover is not None else ""
            if value:
                etree.SubElement(cover, tag).text = value
        for prop in doc.proposals:
            _proposal(root, prop)
    _indent_blocks(root, 0)
    return root


_INLINE_TAGS = {"label", "text", "number", "adoption", "title", "history", "preamble", "keyword", "heading", "note", "reasons", "footnote",
                "conference", "acronym", "place-dates", "meeting", "document", "addendum", "date", "languages", "source", "abstract"}


def _indent_blocks(el: etree._Element, depth: int) -> None:
    """Indent block elements; leave mixed (inline) content exactly as it is."""
    if el.tag in _INLINE_TAGS or len(el) == 0:
        return
    pad = "\n" + "  " * (depth + 1)
    el.text = pad
    for child in el:
        _indent_blocks(child, depth + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * depth


def to_bytes(doc: Document, *, validate: bool = True) -> bytes:
    """The canonical serialisation; raises DocumentError if it would not validate."""
    root = to_tree(doc)
    if validate:
        validate_tree(root, None)
    return HEADER + etree.tostring(root, encoding="UTF-8") + b"\n"


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: str | Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Write `data` so that `path` is always either the old or the new file, whole.

    A temporary file in the same folder is written, flushed and fsynced,
    then renamed over the target; the previous version is kept as PATH.bak.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        try:
            # mkstemp makes the file private (0600); a saved document gets the
            # target's existing mode, or what the user's umask gives a new file.
            os.fchmod(fd, _mode_for(target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if keep_backup and target.exists():
                bak_tmp = f"{tmp}.bak"
                shutil.copy2(target, bak_tmp)
                os.replace(bak_tmp, target.with_name(target.name + ".bak"))
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise DocumentError(target, f"could not be saved: {exc.strerror or exc}") from None


def save(doc: Document, path: str | Path, *, keep_backup: bool = True) -> bytes:
    """Validate, serialise and atomically write `doc`; returns the bytes written."""
    try:
        data = to_bytes(doc)
    except DocumentError as exc:
        raise DocumentError(path, f"was not saved because the document would not be valid: {exc.message}") from None
    atomic_write(path, data, keep_backup=keep_backup)
    return data
