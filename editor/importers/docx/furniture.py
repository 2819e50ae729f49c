"""Page headers and footers: the editor prints its own, so what a file's hold is read only to be named.

The running header of a standalone resolution names its body ("WTSA –
Resolution 7"), which the importer uses when the preamble names none.
Page numbers ("- 2 -", a PAGE field: lines without a letter) and the
running header the editor itself prints for the imported document pass
silently; any other line (a publication's "ITU-T Rec. …", a footer with a
file name or a date) is reported with its text, which is not kept: the
document holds no page furniture.
"""

from __future__ import annotations

import re

from lxml import etree

from editor.export.blocks import running_header as printed_header
from editor.importers.docx.wordml import W, local, val
from editor.importers.messages import ImportMessage
from editor.languages import Language
from editor.model.nodes import Document

__all__ = ["lines", "reported", "running_header"]


def lines(parts: list[etree._Element]) -> list[str]:
    """The text of every paragraph of the header or footer parts, in order, empty ones left out.

    Page numbers (the result of a PAGE, NUMPAGES or SECTIONPAGES field) are
    left out of the text, and a drawing's fallback copy (mc:Fallback) is not
    read twice.
    """
    out: list[str] = []
    for part in parts:
        for p in part.iter(W + "p"):
            if any(local(a) == "Fallback" for a in p.iterancestors()):
                continue
            out.append(_text(p).strip())
    return [text for text in out if text]


def _text(p: etree._Element) -> str:
    """A paragraph's own text (not that of a text box inside it), without the page numbers its fields print."""
    text: list[str] = []
    fields: list[tuple[str, bool]] = []  # the complex fields open: (instruction, result being read)
    for el in p.iter():
        tag = local(el)
        if el is not p and tag == "p":
            break  # a text box's paragraphs are read on their own
        if tag == "fldChar":
            kind = val(el, "fldCharType")
            if kind == "begin":
                fields.append(("", False))
            elif kind == "separate" and fields:
                fields[-1] = (fields[-1][0], True)
            elif kind == "end" and fields:
                fields.pop()
        elif tag == "instrText" and fields:
            fields[-1] = (fields[-1][0] + (el.text or ""), False)
        elif tag == "t":
            simple = next((val(a, "instr") or "" for a in el.iterancestors(W + "fldSimple")), None)
            shown = [instr for instr, result in fields if result] + ([simple] if simple is not None else [])
            if not any(_page_number(instr) for instr in shown):
                text.append(el.text or "")
    return "".join(text)


def _page_number(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in ("PAGE", "NUMPAGES", "SECTIONPAGES")


def running_header(texts: list[str], language: Language) -> str:
    """The header line naming the body of a standalone resolution ("WTSA – Resolution 7", "WTSA – Résolution 7"), or ""."""
    head, _, tail = language.resolution_reference("\0").partition("\0")
    pattern = re.compile(rf"^[A-Z]+ – {re.escape(head)}\S+{re.escape(tail)}$")
    return next((text for text in texts if pattern.match(text)), "")


def reported(kind: str, texts: list[str], document: Document) -> list[ImportMessage]:
    """One message per line of the page `kind` ("header", "footer") that is neither a page number nor our own header."""
    ours = printed_header(document)
    seen: set[str] = set()
    out: list[ImportMessage] = []
    for text in texts:
        if text in seen or text == ours or not any(c.isalpha() for c in text):
            continue
        seen.add(text)
        out.append(ImportMessage(0, f"the page {kind} '{text}' is not kept (the editor prints its own page headers and "
                                    "footers)", unit="paragraph"))
    return out
