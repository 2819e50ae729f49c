"""Pasted text with several paragraphs becomes clauses.

The plain-text importer knows the ITU shapes best, so it is asked first;
until it is available (or when it finds no clause), each paragraph becomes
one clause, its leading label ("a)", "3", "–") split off.
"""

from __future__ import annotations

import re

from editor.model.nodes import Clause

_LABELLED = re.compile(r"^\s*(?P<label>[a-z]{1,2}\)(?:bis|ter|quater)?|\d+(?:bis|ter)?|[–•-])(?:\t|\s+)(?P<text>\S.*)$")


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of pasted text, whatever the line ending."""
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def _from_importer(text: str) -> list[Clause]:
    try:
        from editor.importers.plaintext import import_text

        result = import_text(text)
    except Exception:  # not written yet, or the paste is not a whole resolution: use the simple rule
        return []
    clauses: list[Clause] = []
    for res in result.document.resolutions():
        for section in res.sections:
            clauses.extend(section.clauses)
    return clauses


def clauses_from_text(text: str) -> list[Clause]:
    """Fresh clauses for a multi-paragraph paste, in order."""
    found = _from_importer(text)
    if found:
        for clause in found:
            clause.parent = None
        return found
    out: list[Clause] = []
    for para in paragraphs(text):
        m = _LABELLED.match(para)
        out.append(Clause(m.group("label"), m.group("text")) if m else Clause("", para))
    return out
