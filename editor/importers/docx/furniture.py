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
from editor.importers.docx.wordml import W
from editor.importers.messages import ImportMessage
from editor.languages import Language
from editor.model.nodes import Document

__all__ = ["lines", "reported", "running_header"]


def lines(parts: list[etree._Element]) -> list[str]:
    """The text of every paragraph of the header or footer parts, in order, empty ones left out."""
    out = ["".join(t.text or "" for t in p.iter(W + "t")).strip() for part in parts for p in part.iter(W + "p")]
    return [text for text in out if text]


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
