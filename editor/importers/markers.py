"""Clause labels as the importer meets them at the start of a line.

Private to the importer: it only needs to find a label, keep it exactly as
typed, and tell its family (letter, number, roman numeral, bullet) so that
sub-items can be told from clauses.  Ordering and "next label" logic belong
to the model's label module, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.model.labels import SUFFIX_PATTERN as _SUFFIX
from editor.model.labels import roman_number

_LETTER = rf"\(?[a-z]{{1,2}}\){_SUFFIX}?"
_ROMAN = r"\(?[ivxlc]{1,6}\)"
_NUMBER = rf"\d{{1,3}}{_SUFFIX}?(?:\.\d{{1,3}}{_SUFFIX}?)*\)?"
BULLETS = "–—•·▪◦-\uf02d\uf0b7"
_LABEL = re.compile(rf"^(?P<label>{_LETTER}|{_ROMAN}|{_NUMBER}|[{re.escape(BULLETS)}])(?P<sep>[\s]*)(?P<rest>.*)$")
_AMBIGUOUS = {"i", "v", "x"}


@dataclass(frozen=True)
class LabelMatch:
    """A label found at the start of a line.

    `strong` means the label cannot be the first word of running text: a TAB
    or a wide gap follows it, or nothing does.  A weak label (one space, or
    none after a bracket or bullet) is only a label at the start of a paragraph.
    """

    label: str
    rest: str
    strong: bool


def find_label(line: str) -> LabelMatch | None:
    """The label opening `line`, or None when the line starts with running text."""
    m = _LABEL.match(line)
    if not m:
        return None
    label, sep, rest = m.group("label"), m.group("sep"), m.group("rest")
    if not rest:
        return LabelMatch(label, "", True)
    if not sep and (label[-1].isdigit() or (label[-1].isalpha() and not label.endswith(")"))):
        return None  # "2016Geneva", "1to": a number glued to text is not a label
    strong = "\t" in sep or len(sep) >= 2
    return LabelMatch(label, rest, strong)


def families(label: str) -> frozenset[str]:
    """The families a label may belong to ("i)" is the letter after h) or the first roman numeral)."""
    if label[0] in BULLETS:
        return frozenset({"bullet" + label[0]})
    core = label.strip("()")
    core = re.sub(rf"{_SUFFIX}$", "", core).rstrip(")")
    if core[:1].isdigit():
        return frozenset({"number"})
    if core in _AMBIGUOUS:
        return frozenset({"letter", "roman"})
    if len(core) >= 2 and set(core) <= set("ivxlc"):
        return frozenset({"roman"})
    if re.fullmatch(r"[ivxlc]{3,}", core):
        return frozenset({"roman"})
    return frozenset({"letter"})


def letter_follows(previous: str, label: str) -> bool:
    """Whether `label`'s letter comes right after `previous`'s ("i)" after "h)")."""
    a, b = previous.strip("()")[:1], label.strip("()")[:1]
    return bool(a and b and a.isalpha() and ord(b) == ord(a) + 1)


def roman_value(label: str) -> int:
    """The value of a roman-numeral label ("iv)" is 4); 0 when it is not one."""
    return roman_number(label.strip("()")) or 0


def roman_follows(previous: str, label: str) -> bool:
    """Whether `label` is the roman numeral after `previous` ("v)" after "iv)")."""
    before = roman_value(previous)
    return before > 0 and roman_value(label) == before + 1
