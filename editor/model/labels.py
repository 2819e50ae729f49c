"""Clause labels as values: "a)", "b)bis", "1ter", "ii)", "aa)", "–", "•".

A label is typed text in the document (so a relettering can be a tracked
edit), but checks and fixes need to compare, order and continue labels.
This module turns the typed text into a `Label` that knows its scheme, its
position in the sequence and its insertion suffix (bis, ter …), and back.

Letters and roman numerals share characters ("i)", "v)", "x)", "c)"), so a
label alone is ambiguous; the scheme of the list it stands in decides
(`detect_scheme`): "i)" after "h)" is the letter i, "ii)" after "i)" is roman.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

Scheme = Literal["letter", "roman", "number", "number-paren", "dash", "bullet"]
LetterStyle = Literal["double", "z-prefix"]
"""How letters continue after z): "double" gives aa) ab) … az) ba); "z-prefix" gives za) zb) … zz) zza)."""

SUFFIXES: tuple[str, ...] = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies")
#: The suffixes as a regular expression group ("bis|ter|…"), for readers of labels and numbers in text.
SUFFIX_PATTERN = "(?:" + "|".join(s for s in SUFFIXES if s) + ")"
DASHES = frozenset({"–", "-", "—", "\u2212"})  # the minus: Symbol's dash of Resolution 1's level-3 items
BULLETS = frozenset({"•", "·", "▪"})
MARKERS: dict[Scheme, str] = {"dash": "–", "bullet": "•"}

# Letters of other scripts drawn like Latin ones: typed in a label (a Russian keyboard gives "а)" for "a)"), they
# make a label no reader can tell from the right one and no program can read.  Labels are Latin in every ITU language.
LOOKALIKES: dict[str, str] = {
    "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "о": "o", "р": "p", "ԛ": "q",
    "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԝ": "w",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O", "Р": "P",
    "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y",
}
_LOOKALIKE_TABLE = str.maketrans(LOOKALIKES)


def latin(label: str) -> str:
    """`label` with every look-alike letter of another script replaced by its Latin twin ("а)" → "a")."""
    return label.translate(_LOOKALIKE_TABLE)


def lookalikes(label: str) -> list[str]:
    """The look-alike letters of other scripts `label` holds, in order."""
    return [c for c in label if c in LOOKALIKES]


_SUFFIX = "(?P<suffix>" + "|".join(s for s in SUFFIXES if s) + ")?"
_LETTERS = re.compile(r"^(?P<body>[a-z]{1,4})\)\s*" + _SUFFIX + "$")
_NUMBER = re.compile(r"^(?P<body>\d{1,4})\s*" + _SUFFIX + "$")
_NUMBER_PAREN = re.compile(r"^(?P<body>\d{1,4})\)\s*" + _SUFFIX + "$")
_ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def to_roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN_VALUES:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def roman_number(text: str) -> int | None:
    """The value of a lower-case roman numeral ("iv" is 4), None when `text` is not one."""
    if not text or not _ROMAN.match(text):
        return None
    total, i = 0, 0
    for value, digits in _ROMAN_VALUES:
        while text.startswith(digits, i):
            total += value
            i += len(digits)
    return total


def _letters_value(body: str, style: LetterStyle) -> int | None:
    if style == "z-prefix":
        head = body[:-1]
        if head.strip("z"):
            return None
        return 26 * len(head) + ord(body[-1]) - 96
    value = 0
    for ch in body:
        value = value * 26 + ord(ch) - 96
    return value


def _letters_text(n: int, style: LetterStyle) -> str:
    if style == "z-prefix":
        return "z" * ((n - 1) // 26) + chr(97 + (n - 1) % 26)
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(97 + rem) + out
    return out


@dataclass(frozen=True, order=True)
class Label:
    """One clause label: its place in a sequence (`ordinal`, `suffix`) and how it is written.

    `ordinal` counts from 1 (a) = 1, ii) = 2, 3 = 3); `suffix` is the index
    into SUFFIXES (b)bis has suffix 1).  Dashes and bullets have ordinal 0:
    every item carries the same marker.  Ordering compares positions only.
    """

    ordinal: int
    suffix: int = 0
    scheme: Scheme = "letter"
    style: LetterStyle = "double"

    @property
    def text(self) -> str:
        """The label as it is typed in an ITU text."""
        suffix = SUFFIXES[self.suffix]
        if self.scheme in MARKERS:
            return MARKERS[self.scheme]
        if self.scheme == "letter":
            return f"{_letters_text(self.ordinal, self.style)}){suffix}"
        if self.scheme == "roman":
            return f"{to_roman(self.ordinal)}){suffix}"
        if self.scheme == "number-paren":
            return f"{self.ordinal}){suffix}"
        return f"{self.ordinal}{suffix}"

    def __str__(self) -> str:
        return self.text

    @property
    def ordered(self) -> bool:
        """Whether the scheme counts (dashes and bullets do not)."""
        return self.scheme not in MARKERS

    def next(self) -> Label:
        """The label of the following clause (c) after b) or after b)bis)."""
        if not self.ordered:
            return self
        return Label(self.ordinal + 1, 0, self.scheme, self.style)

    def inserted_after(self) -> Label:
        """The label of a clause inserted after this one without relettering (b)bis after b))."""
        if not self.ordered or self.suffix + 1 >= len(SUFFIXES):
            return self.next()
        return replace(self, suffix=self.suffix + 1)

    def follows(self, previous: Label) -> bool:
        """Whether this label may stand right after `previous` in one list."""
        if self.scheme != previous.scheme:
            return False
        if not self.ordered:
            return True
        if self.ordinal == previous.ordinal + 1 and self.suffix == 0:
            return True
        return self.ordinal == previous.ordinal and self.suffix == previous.suffix + 1

    @classmethod
    def first(cls, scheme: Scheme, style: LetterStyle = "double") -> Label:
        return cls(0 if scheme in MARKERS else 1, 0, scheme, style)

    @classmethod
    def parse(cls, text: str, scheme: Scheme, style: LetterStyle = "double") -> Label | None:
        """The label `text` read in `scheme`, or None when it is not written that way."""
        return _parse(text.strip(), scheme, style)

    @classmethod
    def _read(cls, text: str, scheme: Scheme, style: LetterStyle) -> Label | None:
        if scheme == "dash":
            return cls(0, 0, "dash") if text in DASHES else None
        if scheme == "bullet":
            return cls(0, 0, "bullet") if text in BULLETS else None
        pattern = {"letter": _LETTERS, "roman": _LETTERS, "number": _NUMBER, "number-paren": _NUMBER_PAREN}[scheme]
        m = pattern.match(text)
        if not m:
            return None
        body = m.group("body")
        suffix = SUFFIXES.index(m.group("suffix") or "")
        if scheme == "letter":
            value = _letters_value(body, style)
        elif scheme == "roman":
            value = roman_number(body)
        else:
            value = int(body)
        if not value:
            return None
        return cls(value, suffix, scheme, style)


@lru_cache(maxsize=4096)
def _parse(text: str, scheme: Scheme, style: LetterStyle) -> Label | None:
    """Labels repeat endlessly (a), b), 1 …): reading each spelling once keeps the checks fast."""
    return Label._read(text, scheme, style)


def schemes_of(text: str) -> list[Scheme]:
    """Every scheme in which `text` reads as a label (several for "i)" or "c)")."""
    order: tuple[Scheme, ...] = ("letter", "roman", "number", "number-paren", "dash", "bullet")
    return [s for s in order if Label.parse(text, s) is not None]


def letter_style(labels: Sequence[str]) -> LetterStyle:
    """"z-prefix" when the first label longer than one letter is za), zb) …; else "double"."""
    for text in labels:
        m = _LETTERS.match(text.strip())
        if m and len(m.group("body")) > 1:
            body = m.group("body")
            return "z-prefix" if body[0] == "z" and not body[:-1].strip("z") else "double"
    return "double"


def detect_scheme(labels: Sequence[str], default: Scheme | None = None) -> Scheme | None:
    """The scheme of a list of labels, told apart by context.

    `default` is what the list's place imposes (letters for a preambular
    section, numbers for an operative one); None for sub-items, where the
    first readable label decides.  A list opening with "i)" is roman unless
    its place imposes letters; "ii)" and "iii)" leave no doubt either.
    """
    if default is not None:
        return default
    texts = [t.strip() for t in labels if t.strip()]
    if not texts:
        return None
    first = schemes_of(texts[0])
    if not first:
        return None
    if "roman" in first and "letter" in first:
        roman_first = Label.parse(texts[0], "roman")
        if roman_first is not None and roman_first.ordinal == 1:
            return "roman"
        return "letter"
    return first[0]


def read_labels(labels: Sequence[str], scheme: Scheme) -> list[Label | None]:
    """Each label of one list read in the list's scheme (None where it is not)."""
    style = letter_style(labels) if scheme == "letter" else "double"
    return [Label.parse(t, scheme, style) for t in labels]


def sequence(scheme: Scheme, count: int, style: LetterStyle = "double") -> list[Label]:
    """A clean sequence of `count` labels from the first."""
    out: list[Label] = []
    label = Label.first(scheme, style)
    for _ in range(count):
        out.append(label)
        label = label.next()
    return out


def continuation(labels: Sequence[str], imposed: Scheme | None = None) -> str:
    """The label of a clause added after the last of `labels` ("c)" after a), b); "a)" for an empty lettered list).

    `imposed` is the scheme the list's place imposes (letters for a
    preambular section, numbers for an operative one); without it and
    without readable labels the list is taken as dashes.
    """
    scheme = detect_scheme(labels, imposed) or "dash"
    style = letter_style(labels) if scheme == "letter" else "double"
    for text in reversed(labels):
        label = Label.parse(text, scheme, style)
        if label is not None:
            return label.next().text
    return Label.first(scheme, style).text
