"""Words of ITU text, as a spelling check must see them.

ITU text is full of things that are not words to look up: references
("ITU-T", "Rec. ITU-T E.164", "Res. 7", "resolves 2 b)bis"), numbers and
dates, URLs and e-mail addresses, labels and roman numerals ("iii)").  The
tokeniser yields each run of letters (with the combining marks of Arabic
and accented scripts, and apostrophes inside it: "l'Union", "Union's")
and leaves out:

* runs holding a digit ("E.164", "1bis", "IMT-2020", "5G") and single
  letters ("b)", the "T" of ITU-T, "e.g."),
* roman numerals ("ii", "xiv", "IV"),
* URLs and e-mail addresses, whole,
* words in a script other than the document language's (a Latin acronym
  in Russian text, Chinese characters anywhere).

Hyphens (also the non-breaking U+2011 ITU files use) separate words, so
"ITU-T" is "ITU" and a letter, and "Malaga-Torremolinos" two place names.
`breaks` are positions that end a word whatever surrounds them: where a
footnote reference sits (editor.spelling.reading).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.model.labels import roman_number
from editor.spelling.languages import Script

_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u00ad\u200c\u200d"
"""Combining marks (Arabic harakat, Cyrillic stress, accents typed apart), the soft hyphen and the joiners: inside a word."""
_PIECE = rf"(?:[^\W_]|[{_MARKS}])+"
_TOKEN = re.compile(rf"{_PIECE}(?:['’]{_PIECE})*")
_SKIPPED = re.compile(r"(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:int|org|com|net)\b")
"""URLs, e-mail addresses and bare host names (itu.int): never words."""
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200c": None, "\u200d": None, "\u0640": None, "’": "'"})
"""Removed before a word is looked up (soft hyphen, joiners, Arabic tatweel); the typographic apostrophe read as "'"."""


class Word(NamedTuple):
    """A word to look up: where it stands in the text it was read from, and its form for the dictionary."""

    start: int
    end: int
    text: str


def script_of(char: str) -> Script | None:
    """The script of a letter, as far as the dictionaries go (None: a script no dictionary here covers)."""
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0x8A0 <= code < 0x900 or 0xFB50 <= code < 0xFE00 or 0xFE70 <= code < 0xFF00:
        return "arabic"
    return None


def _is_roman(text: str) -> bool:
    return roman_number(text.lower()) is not None and (text.islower() or text.isupper())


def _skipped(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SKIPPED.finditer(text)] if ("/" in text or "@" in text or "." in text) else []


def words(text: str, script: Script | None, breaks: Iterable[int] = ()) -> Iterator[Word]:
    """The words of `text` a dictionary for `script` should judge, in order."""
    if script is None:
        return
    skipped = _skipped(text)
    cuts = sorted(b for b in breaks if 0 < b < len(text))
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if skipped and any(s < end and start < e for s, e in skipped):
            continue
        inside = [c for c in cuts if start < c < end] if cuts else []
        for s, e in zip([start, *inside], [*inside, end], strict=True):
            found = _form(text[s:e], script)
            if found is not None:
                lead, length, form = found
                yield Word(s + lead, s + lead + length, form)


def lookup_form(raw: str) -> str:
    """The form of a word as it is looked up: invisible characters out, "’" as "'", composed (NFC)."""
    return unicodedata.normalize("NFC", raw.translate(_INVISIBLE))


@lru_cache(maxsize=1 << 16)
def _form(piece: str, script: Script) -> tuple[int, int, str] | None:
    """Where the word stands in a token (leading offset, length) and its form; None when it is not a word to look up.

    Tokens repeat all through a document: each spelling is judged once.
    """
    raw = piece.lstrip("'’")  # a footnote break can leave an apostrophe at either end
    lead = len(piece) - len(raw)
    raw = raw.rstrip("'’")
    form = lookup_form(raw)
    letters = sum(1 for c in form if c.isalpha())
    if letters < 2 or any(c.isdigit() for c in form) or script_of(form[0]) != script or _is_roman(form):
        return None
    return lead, len(raw), form
