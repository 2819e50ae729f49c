"""Documents and DOCX readers shared by the export and reader tests (imported by name: conftest puts this folder on sys.path)."""

from __future__ import annotations

import io
import itertools
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factories import assert_valid, base_resolution, mod_document

from editor.model import Clause, Cover, Document, Footnote, Proposal, Span
from editor.model.session import EditSession

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


def ticking_clock(start_hour: int = 10) -> Callable[[], str]:
    """A clock that moves on five minutes per mark, so readers that join same-minute neighbours keep them apart."""
    minutes = itertools.count(0, 5)

    def now() -> str:
        m = next(minutes)
        return f"2022-02-01T{start_hour + m // 60:02d}:{m % 60:02d}:00Z"

    return now


def dated_document() -> tuple[Document, EditSession]:
    """The edits of mod_document and marked_document, each mark with its own time."""
    doc = Document([Proposal("MOD", "ARB/36A2/1", base_resolution(), reasons="To reflect current practice (ITU-T).")],
                   Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-20",
                         place_dates="Geneva, 1-9 March 2022", meeting="PLENARY MEETING", document="36", addendum="2",
                         languages="English", source="Arab States Administrations", title="Proposed modification of Resolution 7"))
    session = EditSession(doc, author="ARB", tracking=True, clock=ticking_clock())
    res = doc.proposals[0].resolution
    assert res is not None
    session.replace_text(res.adoption, 5, len(res.adoption.text()), "Geneva, 2022")
    session.insert_text(res.history, len(res.history.text()), "; Geneva, 2022")
    start = res.preamble.text().index("Hammamet")
    session.replace_text(res.preamble, start, start + len("Hammamet, 2016"), "Geneva, 2022")
    noting = res.sections[1]
    session.insert_node(noting, "clauses", 2, Clause("c)", "the increasing cost of developing standards,"))
    b = noting.clauses[1]
    session.replace_text(b.text, len(b.text.text()) - 1, len(b.text.text()), ";")
    session.delete_node(res.sections[2].clauses[1])
    first = res.sections[0].clauses[0]
    session.insert_text(first.text, len(first.text.text()) - 1, " and Article 1 of the Convention")
    session.undo_stack.clear()
    return doc, session


def parts(data: bytes) -> dict[str, etree._Element]:
    """The XML parts of a .docx, parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith((".xml", ".rels"))}


def paragraph_text(p: etree._Element, *, deleted: bool = True) -> str:
    """Text of a w:p (TAB as \\t, a line break as \\n), deleted text included unless `deleted` is False."""
    out = []
    for el in p.iter(W + "t", W + "delText", W + "tab", W + "br", W + "noBreakHyphen"):
        if el.getparent().tag == W + "tabs" or (el.tag == W + "tab" and el.getparent().tag != W + "r"):
            continue
        if not deleted and any(a.tag == W + "del" for a in el.iterancestors()):
            continue
        out.append({W + "tab": "\t", W + "br": "\n", W + "noBreakHyphen": "\u2011"}.get(el.tag, el.text or ""))
    return "".join(out)


def style_of(p: etree._Element) -> str:
    st = p.find(f"{W}pPr/{W}pStyle")
    return st.get(W + "val") if st is not None else "Normal"


def exported_parts(view: str) -> dict[str, etree._Element]:
    """marked_document (checked valid) exported in `view`, its XML parts parsed."""
    from editor.export.docx.writer import to_bytes

    doc, _ = marked_document()
    assert_valid(doc)
    return parts(to_bytes(doc, view))  # type: ignore[arg-type]
