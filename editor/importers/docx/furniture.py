"""Page headers and footers: the editor prints its own, so what a file's hold is read only to be named.

The running header of a standalone resolution names its body ("WTSA –
Resolution 7"), which the importer uses when the preamble names none.
Page numbers ("- 2 -", a PAGE field: lines without a letter) and the
running header the editor itself prints for the imported document pass
silently; any other line (a publication's "ITU-T Rec. …", a footer with a
file name or a date) is kept as a note at the start of the document (the
document holds no page furniture) and reported.
"""

from __future__ import annotations

import re

from lxml import etree

from editor.export.blocks import running_header as printed_header
from editor.importers.docx.wordml import W, local, val
from editor.importers.messages import ImportMessage
from editor.languages import Language
from editor.model.inline import Inline
from editor.model.nodes import Document, Note, Proposal

__all__ = ["kept", "lines", "running_header"]


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


def kept(furniture: dict[str, list[str]], document: Document) -> list[ImportMessage]:
    """Each line of the page headers and footers ({"header": […], "footer": […]}) that is neither a page number nor
    the editor's own running header, kept as a note of the first proposal, in order, and one message for each."""
    ours = printed_header(document)
    seen: set[str] = {ours}
    lines: list[tuple[str, str]] = []
    for kind, texts in furniture.items():
        for text in texts:
            if text not in seen and any(c.isalpha() for c in text):  # a page number ("- 2 -") has no letter
                seen.add(text)
                lines.append((kind, text))
    if not lines:
        return []
    if not document.proposals:
        document.proposals.append(Proposal())
        document.proposals[0].parent = document
    proposal = document.proposals[0]
    notes = [Note(Inline.plain(text)) for _, text in lines]
    proposal.notes[:0] = notes
    for note in notes:
        note.parent = proposal
    return [ImportMessage(0, f"the page {kind} '{text}' is kept as a note at the start of the document (the editor "
                             "prints its own page headers and footers)", note.uid, unit="paragraph")
            for (kind, text), note in zip(lines, notes, strict=True)]
