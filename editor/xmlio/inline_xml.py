"""Inline content to and from XML mixed content.

One canonical rendering: runs sharing a revision mark are wrapped in one
<ins>/<del>; inside, each span nests as xref > b > i > text.  Because spans are
normalised first, equal content always gives equal bytes.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from editor.model.inline import Inline, Span, normalize
from editor.model.marks import Mark


def mark_attributes(mark: Mark) -> dict[str, str]:
    return {"rev-id": str(mark.id), "rev-author": mark.author, "rev-date": mark.date}


def mark_from(el: etree._Element, kind: str) -> Mark:
    return Mark(kind, el.get("rev-author", ""), el.get("rev-date", ""), int(el.get("rev-id", "0")))  # type: ignore[arg-type]


def _append_text(parent: etree._Element, text: str) -> None:
    """Append text to mixed content, turning newlines into <br/>."""
    pieces = text.split("\n")
    for n, piece in enumerate(pieces):
        if n:
            etree.SubElement(parent, "br")
        if piece:
            try:
                last = parent[-1]  # from the end: len() walks every child, which made long texts quadratic
            except IndexError:
                parent.text = (parent.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece


def write_inline(el: etree._Element, inline: Inline) -> etree._Element:
    """Fill `el` with the inline's content; returns `el`."""
    wrapper: etree._Element | None = None
    wrapper_mark: Mark | None = None
    for span in inline.spans:
        if span.mark is None:
            target, wrapper, wrapper_mark = el, None, None
        else:
            if wrapper is None or wrapper_mark != span.mark:
                wrapper = etree.SubElement(el, span.mark.kind, mark_attributes(span.mark))
                wrapper_mark = span.mark
            target = wrapper
        if span.footnote is not None:
            etree.SubElement(target, "fn", key=span.footnote)
            continue
        if span.xref is not None:
            target = etree.SubElement(target, "xref", to=span.xref)
        if span.bold:
            target = etree.SubElement(target, "b")
        if span.italic:
            target = etree.SubElement(target, "i")
        _append_text(target, span.text)
    return el


def read_inline(el: etree._Element) -> Inline:
    """The inline content of `el` (an element holding mixed content)."""
    if len(el) == 0:  # plain text, most labels and clauses: no formatting to walk
        return Inline([Span(el.text)] if el.text else [])
    spans: list[Span] = []

    def walk(node: etree._Element, fmt: Span) -> None:
        if node.text:
            spans.append(replace(fmt, text=node.text))
        for child in node:
            tag = child.tag
            if tag == "br":
                spans.append(replace(fmt, text="\n"))
            elif tag == "fn":
                spans.append(Span("", mark=fmt.mark, footnote=child.get("key", "")))
            elif tag in ("ins", "del"):
                walk(child, replace(fmt, mark=mark_from(child, tag)))
            elif tag == "i":
                walk(child, replace(fmt, italic=True))
            elif tag == "b":
                walk(child, replace(fmt, bold=True))
            elif tag == "xref":
                walk(child, replace(fmt, xref=child.get("to", "")))
            if child.tail:
                spans.append(replace(fmt, text=child.tail))

    walk(el, Span(""))
    return Inline(normalize(spans))
