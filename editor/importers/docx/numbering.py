"""Word's automatic list numbering (numbering.xml) -> the labels as they print ("a)", "1.2", "–").

The ITU types its labels, but a drafter's own file often lets Word number
the list.  The label the reader sees is computed here, level by level, as
Word counts: a level restarts when a higher one moves on, a w:startOverride
of the w:num sets where a list starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from editor.importers.docx.wordml import W, child, val
from editor.model.labels import to_roman

# Bullets typed in the Symbol or Wingdings fonts, as they print.
_SYMBOLS = {"\uf0b7": "•", "\uf02d": "–", "\uf0a7": "▪", "o": "◦", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•"}


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


def _letters(n: int) -> str:
    """a … z, then aa, bb … as Word counts."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def formatted(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n)
    if fmt == "upperRoman":
        return to_roman(n).upper()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Numbering:
    """Counts the numbered paragraphs of one document in order; `label` gives each its printed label."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for ab in root.iter(W + "abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in ab.iter(W + "lvl"):
                ilvl = int(val(lvl, "ilvl") or 0)
                levels[ilvl] = Level(val(child(lvl, "numFmt")) or "decimal", val(child(lvl, "lvlText")) or "",
                                     _int(val(child(lvl, "start")), 1))
            self.abstract[val(ab, "abstractNumId") or ""] = levels
        for num in root.iter(W + "num"):
            starts = {int(val(o, "ilvl") or 0): _int(val(child(o, "startOverride")), 1)
                      for o in num.iter(W + "lvlOverride") if child(o, "startOverride") is not None}
            self.nums[val(num, "numId") or ""] = (val(child(num, "abstractNumId")) or "", starts)

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of list `num_id` at level `ilvl` ("" when it prints none)."""
        if num_id in ("", "0") or num_id not in self.nums:
            return ""
        abstract_id, starts = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        first = starts.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else first
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return _SYMBOLS.get(level.text, level.text)
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lv = levels.get(k)
                n = counters.get(k, starts.get(k, lv.start if lv else 1))
                text = text.replace(f"%{k + 1}", formatted(lv.fmt if lv else "decimal", n))
        return text


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default

