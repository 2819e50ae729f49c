"""WordprocessingML names the Word importer reads, in one place."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"  # where a picture is placed


def local(el: etree._Element) -> str:
    """An element's name without its namespace ("r", "ins", "AlternateContent"); "" for a comment or processing instruction."""
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def val(el: etree._Element | None, name: str = "val") -> str | None:
    """The w:NAME attribute of `el` (None when `el` or the attribute is missing)."""
    return None if el is None else el.get(W + name)


def on(el: etree._Element | None) -> bool:
    """Whether a toggle property (w:b, w:i …) is set: present, and not w:val="0"/"false"/"off"."""
    return el is not None and val(el) not in ("0", "false", "off", "none")


def child(el: etree._Element | None, *path: str) -> etree._Element | None:
    """The first w:A/w:B/… below `el`."""
    for tag in path:
        if el is None:
            return None
        el = el.find(W + tag)
    return el


def zoned(date: str) -> str:
    """A w:date as the model keeps it: LibreOffice and older Word write local time without a zone, read as UTC."""
    return date + "Z" if len(date) == 19 else date
