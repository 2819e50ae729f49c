"""One node of a document as XML, and back: the unit of the recovery journal.

A node is written exactly as it stands inside a saved document (a clause
as <clause>, a sub-item as <item>, an annex paragraph as <p> …), chosen by
the child list that holds it, and read back with the reader's own code, so
a node that round-trips through a fragment is the node a save and a reopen
would give.  Fragments are parsed by the same hardened parser as files;
the schema checks them as part of the whole document they are put into.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from editor.model.nodes import Cover, Node
from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import NODE_READERS, NODE_TAGS, parse_xml, read_cover
from editor.xmlio.writer import NODE_WRITERS, write_cover

COVER = "cover"  # the pseudo-field of a document's cover page, which is no child list


def fragment_bytes(item: Node | Cover, field: str) -> bytes:
    """`item`, which stands in its parent's list `field` (or is the cover), as XML bytes."""
    holder = etree.Element("fragment")
    if field == COVER:
        assert isinstance(item, Cover)
        write_cover(holder, item)
    else:
        NODE_WRITERS[field](holder, item)
    return etree.tostring(holder[0], encoding="UTF-8")


def read_fragment(data: bytes, field: str, path: str | Path | None = None) -> Node | Cover:
    """The node (or cover) a fragment holds; DocumentError when it is not one of the kind `field` holds."""
    expected = (COVER,) if field == COVER else NODE_TAGS.get(field)
    if expected is None:
        raise DocumentError(path, f"names a place ({field}) that documents do not have")
    element = parse_xml(data, path)
    if element.tag not in expected:
        wanted = " or ".join(f"<{tag}>" for tag in expected)
        raise DocumentError(path, f"holds a <{element.tag}> where a {wanted} belongs")
    return read_cover(element) if field == COVER else NODE_READERS[field](element)
