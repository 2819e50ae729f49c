"""Where paragraphs start inside one flattened line.

A page copied from some web sites, or a PDF whose line breaks were removed,
puts a whole resolution on one line: "RESOLUTION 804 (REV.WRC-12) Principles
… The World Radiocommunication Conference (Geneva, 2012), considering a)
that …; b) …, noting a) that …".  This module finds the places where a
drafter would see a new paragraph, from strong evidence only:

- a proposal line ("ARB/14/27 MOD", "4 1 NOC X [X] RESOLUTION 1 …");
- a number line in capitals at the start, after a sentence or after a page
  number ("… 1 RESOLUTION 68"), and the end of its parentheses;
- a preamble (an enacting formula naming a known body, with a year in its
  parentheses if it has any, ending with a comma), and the history line
  just before it;
- a known section keyword after a comma, semicolon or colon, followed by a
  label, a clause opener ("that", "que") or the end; glued to its opener
  ("notingthat") it is split and reported;
- a label after a semicolon or colon (";b)", "; 9 that", ":1.1to"), or a
  number followed by a clause opener after a closing parenthesis.

It also removes the page furniture glued to such a line (a page number, a
running header repeating the resolution's number, a closing rule) and says
so.  Everything else stays one paragraph: a keyword inside a sentence
("in particular resolves 4") is not at a clause end, so it is text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from editor.importers.furniture import leading_furniture, running_head, trailing_rule
from editor.importers.vocabulary import Vocabulary, fold

_ACTION = r"\(?(?:ADD|MOD|SUP|NOC)\)?\*?"
_ID = r"[A-Z]{2,6}/[A-Za-z0-9]{1,12}/\d{1,4}"
_PROPOSAL = re.compile(rf"(?<=\s)(?:{_ID}\s+{_ACTION}(?![\w/])|{_ACTION}\s*{_ID}(?![\w/]))")
_PAREN = r"\((?:[^()]|\([^()]*\))*\)"
_SECTOR = r"(?:(?:ITU|UIT|МСЭ)-?[RTD]\s+)?"
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d")
_AFTER_CLAUSE = re.compile(r"[,;:،؛]\s*")
_AFTER_SENTENCE = re.compile(r"(?<=[a-z)])[.。]\s*(?=[a-z])")  # a lower-case keyword cannot open a sentence: after a full stop it opens a section
_LETTER_LABEL = re.compile(r"\(?[a-z]{1,2}\)(?:bis|ter)?(?=\s*\S)")
_NUMBER_LABEL = re.compile(r"\d{1,3}(?:bis|ter)?(?:\.\d{1,3})*(?=(?P<gap>\s+)?[^\W\d_])")
_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s*")
# A character or word without which no rule of this module can cut: a quick test for ordinary lines.
_MAY_SPLIT = re.compile(r"[,;:.)\]/_<、。،؛，；\d–-]|[A-ZÀ-ÞА-Я]{3}|\b(?:The|La|Le|El|L'|إن)\b")
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z]{3})\d{1,3}(?:\.\d{1,3})*(?=[a-z]{2})")


@dataclass(frozen=True)
class Piece:
    """A paragraph found in a line: where it starts in the line, and its text."""

    start: int
    text: str


@dataclass(frozen=True)
class Remark:
    """Something the splitter removed or read, at an offset of the line."""

    start: int
    message: str
    dropped: str = ""


@lru_cache(maxsize=8)
def _patterns(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    capitals = "|".join(w for w in (vocab.draft_word + "|" + vocab.heading_word).split("|") if w == w.upper())
    heading = re.compile(
        rf"(?:^|(?<=[.;:,)\]]\s)|(?<=\d\s)|(?<=\d))(?:{capitals})\s+(?P<number>{_SECTOR}(?=[^\s(]*[\d\[])[^\s(]+)(?:\s*{_PAREN})*")
    row = re.compile(rf"(?<=\s)(?:\d{{1,3}}\s+){{0,2}}{_ACTION}(?:\s+\S{{1,4}}){{0,4}}\s+(?=(?:{capitals})\s+\d)")
    articles = "|".join(re.escape(a) for a in vocab.articles)
    preamble = re.compile(rf"(?:^|(?<=[\s)\]]))(?:{articles})(?=\s|\w)")
    openers = "|".join(re.escape(o) for o in sorted(vocab.openers, key=len, reverse=True)) or r"(?!)"
    opener = re.compile(rf"(?:{openers})(?=[\s\W]|$)")
    return heading, row, preamble, opener


class TooManyParagraphs(ValueError):
    """A line would give more paragraphs than an import takes."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(f"{count} paragraphs")


def split_line(text: str, vocab: Vocabulary, limit: int = 10**9) -> tuple[list[Piece], list[Remark]]:
    """The paragraphs of one line and what was removed or read on the way; TooManyParagraphs past `limit`."""
    if not _MAY_SPLIT.search(text, 3, max(len(text) - 1, 0)):
        return [Piece(0, text)], []  # nothing between a leading label and the last character where a paragraph could start
    heading, row, preamble, opener = _patterns(vocab)
    cuts: set[int] = set()
    drops: list[tuple[int, int]] = []
    glue: dict[int, str] = {}  # offset -> separator to put between a glued label or keyword and its text
    remarks: list[Remark] = []

    def drop(start: int, end: int, message: str) -> None:
        drops.append((start, end))
        remarks.append(Remark(start, message.format(text[start:end].strip()), text[start:end].strip()))

    lead = leading_furniture(text)
    if lead:
        drop(0, len(lead), "removed '{}', read as a page number or running header")
    tail = trailing_rule(text)
    if tail:
        drop(len(text) - len(tail), len(text), "removed '{}', read as a rule closing the page")
    for m in _PROPOSAL.finditer(text):
        cuts.add(m.start())
    for m in re.finditer(rf"(?<=[.;,:)]\s)(?=(?:{vocab.reasons_word})\s*[:：])", text):
        cuts.add(m.start())
    for m in row.finditer(text):
        cuts.add(m.start())
    for m in heading.finditer(text):
        cuts.add(m.start())
        if m.end() < len(text):
            cuts.add(m.end())
        _running_heads(text, m, drops, remarks)
    for start, end in _preambles(text, vocab, preamble, opener):
        cuts.add(start)
        if end < len(text):
            cuts.add(end)
        _history_before(text, start, cuts)
    starts = sorted({0, *cuts, *(m.end() for m in _AFTER_CLAUSE.finditer(text)), *(m.end() for m in _AFTER_SENTENCE.finditer(text))})
    for pos in starts:
        _keyword_at(text, pos, vocab, opener, cuts, glue, remarks)
    for m in _AFTER_CLAUSE.finditer(text):
        _label_at(text, m.end(), text[m.start()] in ";:؛", opener, cuts, glue)
    for m in re.finditer(r"[)\]]\s+", text):
        _label_at(text, m.end(), False, opener, cuts, glue, opener_only=True)
    if len(cuts) > limit:
        raise TooManyParagraphs(len(cuts))
    return _pieces(text, cuts, drops, glue), remarks


def _running_heads(text: str, heading: re.Match[str], drops: list[tuple[int, int]], remarks: list[Remark]) -> None:
    """Running headers that repeat the heading's number, just before or just after it."""
    number = heading.group("number")
    pattern = running_head(number)
    before = text[max(0, heading.start() - 80):heading.start()]
    offset = max(0, heading.start() - 80)
    for m in pattern.finditer(before):
        if not before[m.end():].strip():
            start, end = offset + m.start("head"), offset + m.end("head")
            drops.append((start, end))
            remarks.append(Remark(start, f"removed '{text[start:end]}', read as a running header and page number", text[start:end]))
    after = pattern.match(text, _SPACE.match(text, heading.end()).end())  # type: ignore[union-attr]
    if after:
        drops.append((after.start("head"), after.end("head")))
        remarks.append(Remark(after.start(), f"removed '{after.group('head')}', read as a running header", after.group("head")))


def _preambles(text: str, vocab: Vocabulary, preamble: re.Pattern[str], opener: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each enacting formula inside the line: a known body, a year if any parentheses, a comma."""
    found: list[tuple[int, int]] = []
    for m in preamble.finditer(text):
        end = _comma_outside_parentheses(text, m.start(), 240)
        if end is None:
            continue
        stretch = text[m.start():end]
        if re.search(r"[.;:](?!\d)", re.sub(r"\((?:[^()]|\([^()]*\))*\)|Rev\.|Rév\.", "", stretch)):
            continue
        parens = re.findall(r"\([^()]*\)", stretch)
        if any(not _YEAR.search(p) for p in parens):
            continue
        folded = fold(stretch)
        if not any(phrase in folded for phrase, _ in vocab.bodies):
            continue
        stripped = text[end + 1:end + 241].lstrip()
        if stripped and not (vocab.keyword.match(stripped) or _LETTER_LABEL.match(stripped) or opener.match(stripped)):
            continue
        found.append((m.start(), end + 1))
    return found


def _comma_outside_parentheses(text: str, start: int, limit: int) -> int | None:
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ",،" and depth == 0:
            return i
    return None


def _history_before(text: str, preamble_start: int, cuts: set[int]) -> None:
    """Cut before the "(…, 2008)" or "(2003)" that ends the title just before a preamble."""
    window = max(0, preamble_start - 400)  # a history line is short: look no further back
    before = text[window:preamble_start].rstrip()
    if not before.endswith(")"):
        return
    depth, i = 0, len(before) - 1
    while i >= 0:
        if before[i] == ")":
            depth += 1
        elif before[i] == "(":
            depth -= 1
            if depth == 0:
                break
        i -= 1
    at = window + i
    if i > 0 and _YEAR.search(before[i:]) and before[:i].strip() and at not in cuts:
        cuts.add(at)


def _keyword_at(text: str, pos: int, vocab: Vocabulary, opener: re.Pattern[str], cuts: set[int], glue: dict[int, str],
                remarks: list[Remark]) -> None:
    """A known keyword at a clause end: cut before it and where its clause starts."""
    if pos >= len(text) or not text[pos].islower():
        return
    m = vocab.keyword.match(text, pos)
    if not m:
        return
    end = m.end()
    glued = opener.match(text, end)
    if glued and end < len(text) and text[end].isalpha():
        cuts.update((pos, end))
        glue[end] = "\n"
        word = text[pos:glued.end()]
        remarks.append(Remark(pos, f"'{word}' read as the keyword '{m.group(0)}' glued to its clause, and split", word))
        return
    label = _LETTER_LABEL.match(text, end) or _NUMBER_LABEL.match(text, end)
    if label and end < len(text) and text[end - 1].isalpha():
        cuts.update((pos, end))  # "consideringa)that", "resolves1to"
        remarks.append(Remark(pos, f"'{text[pos:label.end()]}' read as the keyword '{m.group(0)}' glued to its first label, "
                                   "and split", text[pos:label.end()]))
        if label.re is _NUMBER_LABEL and not label.group("gap"):
            glue[label.end()] = "\t"
        return
    if end < len(text) and not text[end].isspace():
        return
    clause = _clause_start(text, end, opener, glue)
    if clause is None:
        return
    cuts.add(pos)
    if clause < len(text):
        cuts.add(clause)


def _clause_start(text: str, end: int, opener: re.Pattern[str], glue: dict[int, str]) -> int | None:
    """Where the clause after a keyword starts: at a label or an opener within a few words of its addressee."""
    pos = end
    for count, word in enumerate(_WORD.finditer(text, end)):
        if count > 12:
            return None
        pos = word.start()
        number = _NUMBER_LABEL.match(text, pos)
        if _LETTER_LABEL.match(text, pos) or (number is not None and number.group("gap")):
            return pos
        inside = _GLUED_NUMBER.search(word.group(0))
        if inside is not None:  # "Bureau1to publish": the label glued between the addressee and the clause
            glue[pos + inside.end()] = "\t"
            return pos + inside.start()
        if opener.match(text, pos):
            return pos
        if re.search(r"[,;:.()]", word.group(0)):
            return None
    return len(text) if not text[end:].strip() else None


def _label_at(text: str, pos: int, after_end: bool, opener: re.Pattern[str], cuts: set[int], glue: dict[int, str],
              opener_only: bool = False) -> None:
    """A label where a clause ended (";b)", ":1.1to", "; 9 that"), or "8 that" after a parenthesis."""
    if pos >= len(text):
        return
    letter = _LETTER_LABEL.match(text, pos)
    if not opener_only and letter and (after_end or opener.match(text, letter.end() + 1)):
        cuts.add(pos)  # ";b) …", or ", g) that …"
        return
    if not opener_only and after_end and text[pos] in "–•" and text[pos + 1:pos + 2].isspace():
        cuts.add(pos)  # a dash or bullet sub-item
        return
    m = _NUMBER_LABEL.match(text, pos)
    if not m:
        return
    if opener_only or not after_end:
        if m.group("gap") and opener.match(text, m.end() + len(m.group("gap"))):
            cuts.add(pos)
        return
    following = m.end() + len(m.group("gap") or "")
    if text[following:following + 1].islower():
        cuts.add(pos)
        if not m.group("gap"):
            glue[m.end()] = "\t"


def _pieces(text: str, cuts: set[int], drops: list[tuple[int, int]], glue: dict[int, str]) -> list[Piece]:
    """The text between cuts, without the dropped stretches, a TAB put where a glued label meets its text."""
    bounds = sorted({0, *cuts, *(e for e in glue if glue[e] == "\n"), len(text)})
    marks = sorted([(start, end, "") for start, end in drops] + [(at, at, "\t") for at, sep in glue.items() if sep == "\t"])
    pieces: list[Piece] = []
    m = 0
    for start, end in itertools.pairwise(bounds):
        while m < len(marks) and marks[m][1] <= start and marks[m][0] < start:
            m += 1
        chars, at, j = [], start, m
        while j < len(marks) and marks[j][0] < end:
            mark_start, mark_end, insert = marks[j]
            if mark_start >= at:
                chars.append(text[at:mark_start] + insert)
                at = max(at, min(mark_end, end)) if not insert else mark_start
            elif mark_end > at:
                at = min(mark_end, end)
            j += 1
        chars.append(text[at:end])
        piece = "".join(chars).strip()
        if piece:
            raw = text[start:end]
            pieces.append(Piece(start + len(raw) - len(raw.lstrip()), piece))
    return pieces
