"""Recognising what a cleaned line is, from the line alone.

Context (is this line a title or a clause? a page number or a clause
number?) is the assembler's business; this module only says what a line
could be.  Each recogniser is a small pattern named after the ITU element it
finds (conventions §2 and §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.importers.vocabulary import Vocabulary, fold, vocabulary
from editor.model.nodes import ACTIONS, Action, SectionKind

_ID = r"[A-Z]{2,6}/[A-Za-z0-9]{1,12}/\d{1,4}"
_ACTION = r"\(?(?:ADD|MOD|SUP|NOC)\)?\*?"
# "MOD\tARB/36A2/1", "ADDAFCP/42A1/1" (TAB lost), "MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)".
_ACTION_FIRST = re.compile(rf"^(?P<action>{_ACTION})\s*(?P<id>{_ID})(?:\s+(?P<rest>.*))?$")
# The older layout: "SEN/56/1  ADD  DRAFT RESOLUTION [SEN-1]".
_ID_FIRST = re.compile(rf"^(?P<id>{_ID})\s+(?P<action>{_ACTION})(?:\s+(?P<rest>.*))?$")
_ACTION_ONLY = re.compile(rf"^(?P<action>{_ACTION})$")
# The action before the heading of what it concerns, no identifier: "NOC RESOLUTION 1 (REV.WRC-97) …", "MOD ARTICLE 1".
_ACTION_HEADING = re.compile(rf"^(?P<action>{_ACTION})\s+(?P<rest>[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я ]{{3,}}\s+[^\s]*\d.*)$")
_ID_ONLY = re.compile(rf"^(?P<id>{_ID})$")

_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_PAREN = r"\((?:[^()]|\([^()]*\))*\)"
_SECTOR = r"(?:(?:ITU|UIT|МСЭ)-?[RTD]\s+)?"  # "RESOLUTION ITU-R 52", "RESOLUCIÓN UIT-R 12-1"

ENGLISH = vocabulary("en")
# The English head words, as the checks and older callers know them (the data is resources/languages/en.toml).
PREAMBULAR_WORDS = ENGLISH.preambular_heads
OPERATIVE_WORDS = ENGLISH.operative_heads


@dataclass(frozen=True)
class ProposalLine:
    action: Action | None
    identifier: str
    rest: str
    note: str = ""


@dataclass(frozen=True)
class NumberLine:
    number: str
    adoption: str
    draft: bool
    word: str = "RESOLUTION"  # the heading word as typed
    page: str = ""  # a page number glued before it ("1RESOLUCIN")
    remarks: str = ""  # parenthesised remarks after the adoption ("(adopted by correspondence)")
    decision: bool = False


def proposal_line(text: str) -> ProposalLine | None:
    """A proposal line, or one half of it (action or identifier alone)."""
    for pattern in (_ACTION_FIRST, _ID_FIRST, _ACTION_ONLY, _ID_ONLY, _ACTION_HEADING):
        m = pattern.match(text)
        if m:
            groups = m.groupdict()
            action, note = _action(groups.get("action"))
            return ProposalLine(action, groups.get("id") or "", groups.get("rest") or "", note)
    return None


def _action(symbol: str | None) -> tuple[Action | None, str]:
    """The model's action for a symbol, and a note when the symbol was a variant."""
    if not symbol:
        return None, ""
    core = symbol.strip("()*")
    action: Action = next(a for a in ACTIONS if a == core)
    if core != symbol:
        return action, f"the symbol '{symbol}' was read as {action}, the nearest symbol this editor records"
    return action, ""


@lru_cache(maxsize=8)
def _number_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        rf"^(?P<page>\d{{1,4}}(?=\S))?(?:(?P<sector>(?:ITU|UIT|МСЭ)-[RTD])\s+)?(?:(?P<draft>{vocab.draft_word})|(?P<word>{vocab.heading_word}))\s+"
        rf"(?P<number>{_SECTOR}[^\s(]+)\s*(?P<adoption>{_PAREN})?(?P<remarks>(?:\s*{_PAREN})*)$",
        re.IGNORECASE,
    )


def number_line(text: str, vocab: Vocabulary = ENGLISH) -> NumberLine | None:
    """"RESOLUTION 7 (Rev. Hammamet, 2016)", "DRAFT NEW RESOLUTION [AFCP-1]", "RESOLUTION ITU-R 52" …

    Also a decision's heading ("Decision 482 (Modified 2004)") and the
    heading words of the text's language ("RÉSOLUTION 62 (Rév. Dubaï,
    2012)"), with the accented letters a copy may have lost ("RESOLUCIN").
    Further parenthesised remarks ("(adopted by correspondence)") and a page
    number glued before the heading word are returned apart, for the caller
    to keep or report.
    """
    m = _number_pattern(vocab).match(text)
    if not m:
        numbered = vocab.numbered_heading.match(text) if vocab.numbered_heading is not None else None
        if numbered is None:
            return None
        return NumberLine(numbered.group("number"), (numbered.group("adoption") or "").strip(), False,
                          word=vocab.language.fixed_word("resolution").replace("{number}", numbered.group("number")))
    adoption = (m.group("adoption") or "()")[1:-1].strip()
    remarks = m.group("remarks").strip()
    word = m.group("word") or m.group("draft")
    number = f"{m.group('sector')} {m.group('number')}" if m.group("sector") else m.group("number")  # "ITU-R RESOLUTION 52"
    return NumberLine(number, adoption, bool(m.group("draft")), word=word, page=m.group("page") or "",
                      remarks=remarks, decision=fold(word) in vocab.decision_words)


def annex_heading(text: str, vocab: Vocabulary = ENGLISH) -> bool:
    """Whether the line opens an annex or appendix of the resolution."""
    return bool(vocab.annex.match(text))


def reasons_line(text: str, vocab: Vocabulary = ENGLISH) -> str | None:
    """The text after "Reasons:", or None when the line does not open Reasons."""
    m = vocab.reasons.match(text)
    return m.group("rest").strip() if m else None


def opens_history(text: str) -> bool:
    """A history line starts with "(" and names years: "(Malaga-Torremolinos, 1984; …", "(2003)", "(1993-2000)".

    The opening must name a place and year ("Malaga-Torremolinos, 1984"), or
    be years alone as ITU-R prints them, so a parenthesised remark in a title
    is not taken for it.
    """
    if not text.startswith("(") or not _YEAR.search(text):
        return False
    return "," in text or "،" in text or bool(re.fullmatch(r"\(\d{4}(?:\s*[-–]\s*\d{4})*\)?", text))


def opens_preamble(text: str, vocab: Vocabulary = ENGLISH) -> bool:
    """"The World Telecommunication Standardization Assembly (Geneva, 2022),", "La Asamblea de … de la UIT,"."""
    if any(text.startswith(start) for start in vocab.enacting_starts):
        return True
    opened = any(text.startswith(a) and (a.endswith(("'", "’")) or text[len(a):len(a) + 1] == " ") for a in vocab.articles)
    if not opened:
        return False
    folded = fold(text)
    names = vocab.language.code == "en" and ("Assembly" in text or "Conference" in text or "Council" in text)
    return names or any(phrase in folded for phrase, _ in vocab.bodies) or text.endswith((",", "،", "，"))


def body_of(preamble: str, vocab: Vocabulary = ENGLISH) -> str:
    """The body attribute named by a preamble (OTHER when it names none we know)."""
    return vocab.body_of(preamble)


def keyword_kind(text: str, vocab: Vocabulary = ENGLISH) -> tuple[SectionKind, bool] | None:
    """Whether `text` looks like a section keyword line, its kind, and whether the word is a known one.

    A keyword line has no final full stop or semicolon.  It starts with a
    keyword of the language data (a phrase such as "teniendo en cuenta", or
    a first word, after "further" or "also", that the data lists), or its
    first word has the shape of one: a participle in -ing (preambular) or a
    verb in -s (operative) in English.  A known keyword may carry its
    addressee and end with a comma ("instructs the Director …, in
    collaboration with …,"), and is also recognised when typed against the
    conventions ("Considering", "noting:"), so the line is kept as typed and
    the checks can show the slip.  A word of merely the right shape must be
    lower case, short and bare.  The caller reports the shape-only kind,
    since it is a reading rather than a recognition.
    """
    if not text or len(text) > 240:
        return None
    bare = text[:-1].rstrip() if text[-1] in ":,،，" else text
    if not bare or bare[-1] in ".;:,)。；":
        return None
    words = [w.strip("(),") for w in bare.split()]
    head = words[0].lower()
    if head in vocab.leading and len(words) > 1:
        head = words[1].lower()
    known: SectionKind | None = "preambular" if head in vocab.preambular_heads else "operative" if head in vocab.operative_heads else None
    if known is None:
        m = vocab.keyword.match(bare)
        if m and not bare[m.end():m.end() + 1].isalnum():
            known = vocab.kind_of(m.group(0))
    if known is not None:
        return (known, True) if len(words) <= 40 else None
    if bare != text or not text[0].islower() or not head.isalpha() or len(words) > 14 or head in vocab.not_keywords:
        return None
    if any(mark in bare for mark in ",;:.()"):  # a keyword of merely the right shape is a bare phrase, not a sentence
        return None
    if any(head.endswith(e) for e in vocab.preambular_endings) and len(head) > 5:
        return "preambular", False
    endings = any(head.endswith(e) for e in vocab.operative_endings) and not any(head.endswith(e) for e in vocab.not_endings)
    if endings and len(head) > 5:
        return "operative", False
    return None


_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d")
_ROW = re.compile(rf"^(?P<cells>(?:\d{{1,3}}\s+){{0,2}})(?P<action>{_ACTION})(?P<marks>(?:\s+\S{{1,4}}){{0,4}})$")


def enacting_formula(text: str, vocab: Vocabulary = ENGLISH) -> bool:
    """Whether `text` is a whole enacting formula: "The Council,", "La Asamblea … de la UIT,", "The … (Doha, 2006),".

    Stricter than `opens_preamble`, for where no number line announced a
    resolution: it must name a known body, any parentheses must hold a
    year ("(WTSA)" in a foreword sentence is no date), and it ends with its
    comma, with no sentence inside.
    """
    if not text.endswith((",", "،", "，")) or len(text) > 240 or not opens_preamble(text, vocab):
        return False
    bare = re.sub(r"\((?:[^()]|\([^()]*\))*\)|Rev\.|Rév\.", "", text[:-1])
    if re.search(r"[.;:,،](?!\d)", bare):
        return False
    if any(not _YEAR_IN.search(p) for p in re.findall(r"\([^()]*\)", text)):
        return False
    folded = fold(text)
    return any(phrase in folded for phrase, _ in vocab.bodies)


def proposal_row(text: str) -> tuple[ProposalLine, str, str] | None:
    """A table row holding a proposal's action: "4 1 NOC X [X] [2]" (agenda item, number, action, support marks).

    Returns the proposal line (no identifier) and the row's other cells, for
    the caller to name: they are not kept.
    """
    m = _ROW.match(text)
    if not m or (not m.group("cells") and not m.group("marks")):
        return None
    action, note = _action(m.group("action"))
    return ProposalLine(action, "", "", note), m.group("cells").strip(), m.group("marks").strip()
