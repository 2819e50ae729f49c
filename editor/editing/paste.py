"""Pasted text with several paragraphs becomes clauses, or sections when it has keywords.

The plain-text importer knows the ITU shapes best, so it is asked first;
when it finds no clause, each paragraph becomes one clause, its leading
label ("a)", "3", "–") split off.
"""

from __future__ import annotations

import re

from editor.importers.plaintext import import_text
from editor.model.labels import SUFFIX_PATTERN
from editor.model.nodes import Clause, Section

PARAGRAPH_ENDS = re.compile("\r\n|[\r\n\u2029\x0c\x85]")
#: Word's manual line break inside a paragraph (Shift+Enter), as it comes in pasted text: a space here.
LINE_BREAKS = re.compile("[\u2028\x0b]")
_LABELLED = re.compile(rf"^\s*(?P<label>[a-z]{{1,2}}\){SUFFIX_PATTERN}?|\d+{SUFFIX_PATTERN}?|[–•-])(?:\t|\s+)(?P<text>\S.*)$")


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs of pasted text, whatever ends them (line feeds, CR, U+2029, a page break); line breaks become spaces."""
    return [line.strip() for line in PARAGRAPH_ENDS.split(LINE_BREAKS.sub(" ", text)) if line.strip()]


def _imported_sections(text: str) -> list[Section]:
    """The sections the plain-text importer finds in `text` (it never refuses text; it may find none)."""
    result = import_text(text)
    return [section for res in result.document.resolutions() for section in res.sections]


def sections_from_text(text: str) -> list[Section]:
    """Fresh sections when the paste holds section keywords ("considering", "resolves" ...), else none."""
    found = [s for s in _imported_sections(text) if s.keyword.text("final").strip()]
    for section in found:
        section.parent = None
    return found


def clauses_from_text(text: str) -> list[Clause]:
    """Fresh clauses for a multi-paragraph paste, in order."""
    found = [clause for section in _imported_sections(text) for clause in section.clauses]
    if found:
        for clause in found:
            clause.parent = None
        return found
    out: list[Clause] = []
    for para in paragraphs(text):
        m = _LABELLED.match(para)
        out.append(Clause(m.group("label"), m.group("text")) if m else Clause("", para))
    return out
