"""Line cleaning: what a copy out of Word or a PDF leaves that is not the drafter's text.

Word residue ("[bookmark: _Toc475345219]") is removed wherever it stands;
lines that are only a page number or a running header are dropped and
reported, so the drafter can see that nothing else went.  A bare number is
not dropped here: it may be a clause number typed on its own line, which
only the assembler can tell from its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.importers.messages import ImportMessage

# Field and bookmark residue Word leaves in "plain text" exports and copies.
_RESIDUE = re.compile(r"\[(?:bookmark|image|comment|footnote|endnote)[^\]\n]*\]", re.IGNORECASE)
# Characters that carry no text: zero-width spaces and joiners, the BOM, soft hyphens, page breaks.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\f\v]")
# Control characters XML cannot hold (what a binary paste or a stray escape leaves).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

_PAGE = r"(?:-\s*\d{1,4}\s*-|[-–]\s*\d{1,4}\s*/\s*\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})"
# Conference document references used as running headers: "WTSA16/42(Add.1)-E", "PP-02/56-E".
_DOCREF = r"[A-Z]{2,6}-?\d{2}/\d{1,4}(?:\((?:Add|Rev|Corr)\.\d{1,3}\))*-[EFSRCA]"
# Publication running heads: "WTSA-16 – Resolution 1".
_RUNNING_HEAD = r"[A-Z]{2,6}-\d{2}\s+[–-]\s+Resolution\s+\S+"
_NOISE = re.compile(
    rf"^(?:{_PAGE}|(?:(?:{_PAGE}|\d{{1,4}})\s+)?(?:{_DOCREF}|{_RUNNING_HEAD})(?:\s+(?:{_PAGE}|\d{{1,4}}))?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourceLine:
    """One line of the source after cleaning; `number` counts from 1 as editors do."""

    number: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def clean_text(line: str) -> str:
    """The line without Word residue, invisible characters and outer whitespace."""
    return _CONTROL.sub("", _INVISIBLE.sub("", _RESIDUE.sub("", line))).strip()


def is_noise(text: str) -> bool:
    """Whether a cleaned line is only a page number or a running header."""
    return bool(_NOISE.match(text))


def clean_lines(text: str) -> tuple[list[SourceLine], list[ImportMessage]]:
    """Split, clean, and drop noise lines (reported in the returned messages)."""
    out: list[SourceLine] = []
    messages: list[ImportMessage] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        cleaned = clean_text(raw)
        if _CONTROL.search(_INVISIBLE.sub("", raw)):
            messages.append(ImportMessage(number, "removed control characters that a text cannot hold"))
        if cleaned and is_noise(cleaned):
            messages.append(ImportMessage(number, f"removed '{cleaned}', read as a page number or running header"))
            continue
        out.append(SourceLine(number, cleaned))
    return out, messages
