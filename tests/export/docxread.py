"""Documents and DOCX readers shared by the export and reader tests (imported by name: conftest puts this folder on sys.path)."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factories import mod_document

from editor.model import Document, Footnote, Span
from editor.model.session import EditSession
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_tree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


def marked_document() -> tuple[Document, EditSession]:
    """mod_document plus a deleted clause with sub-items, a footnote and an "ITU-T" in the base text."""
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    session.tracking = False
    b = res.sections[0].clauses[1]
    at = b.text.text().index("Sector") + len("Sector")
    session.insert_text(b.text, at, " (ITU-T)")
    session.insert_node(res, "footnotes", 0, Footnote("1", "Previously published (Malaga-Torremolinos, 1984)."))
    session.set_spans(res.history, [*res.history.spans, Span("", footnote="1")])
    session.tracking = True
    session.delete_node(res.sections[2].clauses[1])
    session.undo_stack.clear()
    return doc, session


def assert_valid(doc: Document) -> None:
    """The edited document still validates against the schema."""
    validate_tree(to_tree(doc), None)


def parts(data: bytes) -> dict[str, etree._Element]:
    """The XML parts of a .docx, parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith((".xml", ".rels"))}


def paragraph_text(p: etree._Element, *, deleted: bool = True) -> str:
    """Text of a w:p (TAB as \\t), deleted text included unless `deleted` is False."""
    out = []
    for el in p.iter(W + "t", W + "delText", W + "tab", W + "noBreakHyphen"):
        if el.getparent().tag == W + "tabs" or (el.tag == W + "tab" and el.getparent().tag != W + "r"):
            continue
        if not deleted and any(a.tag == W + "del" for a in el.iterancestors()):
            continue
        out.append({W + "tab": "\t", W + "noBreakHyphen": "\u2011"}.get(el.tag, el.text or ""))
    return "".join(out)


def style_of(p: etree._Element) -> str:
    st = p.find(f"{W}pPr/{W}pStyle")
    return st.get(W + "val") if st is not None else "Normal"
