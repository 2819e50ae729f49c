"""Page furniture: what a page prints around the drafter's text (page numbers, running headers, footers).

A paragraph recogniser like the others (one paragraph in, a verdict out), so
that a Word importer can use it too.  Furniture is removed, and the caller
names it in a message, so the drafter sees that nothing else went.
"""

from __future__ import annotations

import re

_PAGE = (r"(?:[-–]\s*\d{1,4}\s*[-–]|[-–]\s*\d{1,4}\s*/\s*\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}"
         r"|第\d{1,4}页\s*/\s*共\d{1,4}页)")
# Conference document references used as running headers: "WTSA16/42(Add.1)-E", "PP-02/56-E",
# "ITU-D/RPM-ASP17/21-E", "PP-06/DT/001-E", "PP14/67(Add.1)-A".
# Each part is bounded (a reference is short), so a paragraph of one 200,000-character
# word is refused in linear time instead of backtracking over every split of it.
DOCREF = (r"(?=[A-Z0-9./-]{0,80}?[A-Z][A-Z0-9./-]{0,80}?\d)[A-Z][A-Z0-9.-]{0,40}(?:/[A-Z][A-Z0-9.-]{0,40}){0,6}"
          r"/\d{1,4}(?:\((?:Add|Rev|Corr)\.\d{1,3}\)){0,3}-[EFSRCA]")
# Publication running heads: "WTSA-16 – Resolution 1".
_RUNNING_HEAD = r"[A-Z]{2,6}-\d{2}\s+[–-]\s+(?:Resolution|Résolution|Resolución|Res\.|Decision|Décision|Decisión)\s+\S+"
_NOISE = re.compile(
    rf"^(?:{_PAGE}|(?:(?:{_PAGE}|\d{{1,4}})\s*)?(?:{DOCREF}|{_RUNNING_HEAD})(?:\s*(?:{_PAGE}|\d{{1,4}}))?)$",
    re.IGNORECASE,
)
# A file path left by a print driver or a converter: "D:\626080039.DOC (148092)".
_FILE_PATH = re.compile(r"^(?:[A-Z]:\\|/home/|/tmp/)\S+(?:\s+\(\d+\))?$", re.IGNORECASE)
_RULE = re.compile(r"^_{1,}$")
_LONGEST_FURNITURE = 240
# Furniture glued before the text of a flattened page: "– 37 – ", "-1/270PP-06/DT/001-E ".
_LEADING = re.compile(rf"^(?:[-–]\s*\d{{1,4}}\s*[-–](?=\s)|[-–]?\d{{1,4}}/\d{{1,4}}(?:{DOCREF})?|{DOCREF}(?:\s*Page\s+\d{{1,4}})?)\s*")
_TRAILING_RULE = re.compile(r"(?<=[.;,:])\s+_+$")


def is_noise(text: str) -> bool:
    """Whether a cleaned paragraph is only a page number, a running header, a file-path footer or a rule.

    Furniture is one short line; a longer paragraph is text, whatever it looks like.
    """
    if len(text) > _LONGEST_FURNITURE:
        return False
    return bool(_NOISE.match(text) or _FILE_PATH.match(text) or _RULE.match(text))


def leading_furniture(text: str) -> str:
    """The page number or running header glued at the start of a flattened paragraph ("" when none)."""
    m = _LEADING.match(text)
    return m.group(0) if m and m.end() < len(text) else ""


def trailing_rule(text: str) -> str:
    """A rule ("_") printed after the last sentence of a page ("" when none)."""
    m = _TRAILING_RULE.search(text)
    return m.group(0) if m else ""


def running_head(number: str) -> re.Pattern[str]:
    """A running header that repeats the resolution's number, with the page number next to it.

    "WTSA-08 Resolution 68 1", "Res. ITU-R 52 1", "Res. UIT-R 12-1": found at
    the end of the text before the heading or at the start of the text after
    it.  Only the heading's own number is taken, so a citation of another
    resolution is never removed.
    """
    num = re.escape(number)
    head = rf"(?:[A-Z]{{2,6}}-\d{{2}}\s+)?(?:Res\.|Resolution|Résolution|Resolución|Resolucin|Resolucion)\s+{num}"
    return re.compile(rf"(?:^|(?<=\s)|(?<=[.;:,]))(?P<head>(?:\d{{1,4}}\s+)?{head}(?:\s+\d{{1,4}})?)(?=\s|$)")
