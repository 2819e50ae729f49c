"""Writing documents: canonical bytes, validated, saved atomically.

Canonical means one document has one serialisation: fixed element and
attribute order, two-space indentation of blocks, inline content on one
line.  Loading and saving an unchanged file is then byte-identical, and
documents diff cleanly under version control.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from editor.model.body import Figure, Heading, Paragraph, Part, Row, Table
from editor.model.inline import Inline
from editor.model.nodes import Annex, Clause, Cover, Division, Document, Footnote, Node, Note, Proposal, Resolution, Section
from editor.xmlio.comments_xml import write_comments
from editor.xmlio.errors import DocumentError, printable
from editor.xmlio.inline_xml import mark_attributes, write_inline
from editor.xmlio.reader import COVER_TAGS, XML_LANG
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
    for part in res.parts:
        _part(el, part)
    for annex in res.annexes:
        _annex(el, annex)
    for fn in res.footnotes:
        _footnote(el, fn)
    return el


def _footnote(parent: etree._Element, fn: Footnote) -> None:
    write_inline(_block(parent, "footnote", fn, key=fn.key, **({"mark": fn.custom} if fn.custom else {})), fn.text)


def _section(parent: etree._Element, sec: Section) -> None:
    el = _block(parent, "section", sec, kind=sec.kind)
    _inline(el, "keyword", sec.keyword)
    for clause in sec.clauses:
        _clause(el, clause)


def _annex(parent: etree._Element, annex: Annex) -> None:
    el = _block(parent, "annex", annex, **({"kind": annex.kind} if annex.kind != "annex" else {}))
    _division(el, annex)


def _part(parent: etree._Element, part: Part) -> None:
    _division(_block(parent, "part", part), part)


def _division(el: etree._Element, division: Division) -> None:
    """The heading line, title and paragraphs an annex and a body section share."""
    _inline(el, "heading", division.heading)
    _inline(el, "title", division.title, optional=True)
    for p in division.paragraphs:
        _paragraph(el, p)


def _paragraph(parent: etree._Element, p: Paragraph) -> None:
    """One paragraph of a part or an annex, by its kind."""
    if isinstance(p, Heading):
        _clause_body(_block(parent, "h", p, level=str(p.depth)), p)
    elif isinstance(p, Clause):
        _clause(parent, p, "p")
    elif isinstance(p, Note):
        write_inline(_block(parent, "note", p), p.text)
    elif isinstance(p, Table):
        _table(parent, p)
    else:
        _figure(parent, p)


def _table(parent: etree._Element, table: Table) -> None:
    el = _block(parent, "table", table)
    _inline(el, "title", table.title, optional=True)
    for row in table.rows:
        _table_row(el, row)


def _table_row(parent: etree._Element, row: Row) -> None:
    el = _block(parent, "row", row, **({"header": "true"} if row.header else {}))
    for cell in row.cells:
        _inline(el, "cell", cell.text)


def _figure(parent: etree._Element, figure: Figure) -> None:
    el = _block(parent, "figure", figure)
    picture = figure.picture
    if picture is not None:
        pic = etree.SubElement(el, "picture", type=picture.media_type, width=_points(picture.width), height=_points(picture.height))
        if picture.description:
            pic.set("description", picture.description)
        pic.text = picture.encoded()
    _inline(el, "title", figure.title, optional=True)
    _inline(el, "legend", figure.legend, optional=True)


def _points(value: float) -> str:
    """A size in points as the file writes it: at most two decimals, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _proposal(parent: etree._Element, prop: Proposal) -> None:
    attrs: dict[str, str] = {}
    if prop.action:
        attrs["action"] = prop.action
    if prop.identifier:
        attrs["id"] = prop.identifier
    el = _block(parent, "proposal", prop, **attrs)
    for note in prop.notes:
        _note(el, note)
    if prop.resolution is not None:
        _resolution(el, prop.resolution)
    _inline(el, "reasons", prop.reasons, optional=True)


def _note(parent: etree._Element, note: Note) -> None:
    write_inline(_block(parent, "note", note), note.text)


def write_cover(parent: etree._Element, cover: Cover | None) -> etree._Element:
    el = etree.SubElement(parent, "cover")
    for name, tag in COVER_TAGS.items():
        value = getattr(cover, name, "") if cover is not None else ""
        if value:
            etree.SubElement(el, tag).text = value
    return el


# How the node standing in each child list of its parent is written (as reader.NODE_TAGS; editor.xmlio.fragments).
NODE_WRITERS: dict[str, Callable[[etree._Element, Any], object]] = {
    "proposals": _proposal, "notes": _note, "resolutions": _resolution, "sections": _section, "annexes": _annex,
    "footnotes": _footnote, "clauses": _clause, "items": lambda parent, item: _clause(parent, item, "item"),
    "paragraphs": _paragraph, "parts": _part, "rows": lambda parent, row: _table_row(parent, row),
    "cells": lambda parent, cell: _inline(parent, "cell", cell.text),
}


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
        write_cover(root, doc.cover)
        for prop in doc.proposals:
            _proposal(root, prop)
    root.set(XML_LANG, doc.language)
    write_comments(root, doc)
    _indent_blocks(root, 0)
    return root


_INLINE_TAGS = {"cell", "legend", "picture", "label", "text", "number", "adoption", "title", "history", "preamble", "keyword", "heading", "note", "reasons", "footnote",
                "conference", "acronym", "place-dates", "meeting", "document", "addendum", "date", "languages", "source", "abstract", "body", "reply"}


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


def _xml_char(char: str) -> bool:
    """Whether XML 1.0 can hold `char` at all (its Char production)."""
    code = ord(char)
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


def _unwritable(doc: Document) -> str:
    """Where the document holds a character no XML file can hold, in the drafter's words."""
    for node in doc.walk():
        for inline in node.inlines():
            text = inline.text("markup")
            bad = next((i for i, c in enumerate(text) if not _xml_char(c)), None)
            if bad is not None:
                around = printable(text[max(0, bad - 20):bad + 20])
                return (f"the {inline.field or 'text'} of a {type(node).__name__.lower()} holds the control character "
                        f"U+{ord(text[bad]):04X}, which an XML file cannot hold: \u201c{around}\u201d")
    return "a name, date or field holds a control character, which an XML file cannot hold"


def to_bytes(doc: Document, *, validate: bool = True) -> bytes:
    """The canonical serialisation; raises DocumentError if it would not validate or holds a character XML cannot."""
    try:
        root = to_tree(doc)
    except ValueError:  # lxml refuses NUL and the other control characters XML 1.0 cannot hold
        raise DocumentError(None, _unwritable(doc)) from None
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


def _real_target(target: Path) -> Path:
    """The file a save really replaces: a link is written through to the file it names, as editors do.

    Only a regular file (or nothing yet) is replaced: saving over a device,
    a pipe or a folder would destroy it or never end.
    """
    real = Path(os.path.realpath(target))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise DocumentError(target, f"could not be saved: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a device, a pipe or a socket)"
        named = f" (the link leads to {printable(str(real))})" if real != target.absolute() else ""
        raise DocumentError(target, f"could not be saved: it is {kind}{named}")
    return real


def _keep_backup(real: Path, folder: Path, shown: Path) -> None:
    """Keep the file about to be replaced as FILE.bak, whole or not at all.

    The backup is made under a temporary name (a hard link when the file
    system allows, which costs no space, else a copy) and renamed into
    place, so a full disk or a folder named FILE.bak leaves nothing behind.
    """
    bak = real.with_name(real.name + ".bak")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".bak.tmp", dir=folder)
        os.close(fd)
        try:
            os.unlink(tmp)
            os.link(real, tmp)
        except OSError:
            shutil.copy2(real, tmp)
        os.replace(tmp, bak)
    except OSError as exc:
        if tmp is not None and os.path.lexists(tmp):
            os.unlink(tmp)
        reason = "it is a folder" if bak.is_dir() else (exc.strerror or str(exc))
        raise DocumentError(shown.with_name(bak.name), f"could not be made as the backup of {printable(shown.name)} ({reason}), "
                            f"so {printable(shown.name)} was not saved and is unchanged") from None


def atomic_write(path: str | Path, data: bytes, *, keep_backup: bool = True, mode: int | None = None) -> None:
    """Write `data` so that `path` is always either the old or the new file, whole.

    A temporary file in the same folder is written, flushed and fsynced,
    then renamed over the target; the previous version is kept as PATH.bak.
    A symbolic link is written through: the file it leads to is replaced
    (atomically, in its own folder) and the link stays.  `mode` sets the
    new file's permissions (default: the old file's, or the umask's).
    """
    target = Path(path)
    real = _real_target(target)
    folder = real.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=folder)
        try:
            # mkstemp makes the file private (0600); a saved document gets the
            # target's existing mode, or what the user's umask gives a new file.
            os.fchmod(fd, _mode_for(real) if mode is None else mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if keep_backup and real.exists():
                _keep_backup(real, folder, target)
            os.replace(tmp, real)
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
