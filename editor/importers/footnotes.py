"""Footnote references left glued in copied text: "developing1 and", "Radio Regulations)* and".

A PDF copy keeps a footnote's reference as a plain character next to the
word: a digit glued to a lower-case word, or an asterisk after a word or a
closing parenthesis.  Stored as typed, "developing1" would be a word that is
not in the resolution, so the importer turns such a character into a
footnote reference.  A digit after a word that takes a number ("Resolution37",
"from16", capitals) is not a reference: only one digit after three
lower-case letters is.
"""

from __future__ import annotations

import re

from editor.model.inline import Inline, Span

# "developing1 and", "countries1;", "six1 regions"; "Regulations)* and", "2002)*a".
REFERENCE = re.compile(r"(?:(?<=[a-zà-ÿ]{3})(?P<digit>[1-9])(?=[\s;,.:)]|$)|(?<=[\w)])(?P<star>\*)(?=[\s;,.:a-z]|$))")
_CANDIDATE = re.compile(r"[1-9*]")  # a quick test before the exact pattern
# A footnote's text at the foot of the page: "* Note: …", "1 In accordance with …".
BODY = re.compile(r"^(?P<key>\*|[1-9])\s+(?P<text>\S.*)$")


def references(text: str) -> list[str]:
    """The keys of the footnote references in `text`, in order."""
    if not _CANDIDATE.search(text):
        return []
    return [m.group("digit") or "*" for m in REFERENCE.finditer(text)]


def with_references(text: str) -> Inline:
    """`text` as inline content, each glued reference a footnote span instead of a character."""
    if not _CANDIDATE.search(text):
        return Inline.plain(text)
    spans: list[Span] = []
    at = 0
    for m in REFERENCE.finditer(text):
        spans.append(Span(text[at:m.start()]))
        spans.append(Span("", footnote=m.group("digit") or "*"))
        at = m.end()
    spans.append(Span(text[at:]))
    return Inline(spans)
