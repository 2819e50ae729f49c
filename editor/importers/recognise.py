"""Recognising what a cleaned line is, from the line alone.

Context (is this line a title or a clause? a page number or a clause
number?) is the assembler's business; this module only says what a line
could be.  Each recogniser is a small pattern named after the ITU element it
finds (conventions §2 and §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.model.nodes import ACTIONS, Action, SectionKind

_ID = r"[A-Z]{2,6}/[A-Za-z0-9]{1,12}/\d{1,4}"
_ACTION = r"\(?(?:ADD|MOD|SUP|NOC)\)?\*?"
# "MOD\tARB/36A2/1", "ADDAFCP/42A1/1" (TAB lost), "MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)".
_ACTION_FIRST = re.compile(rf"^(?P<action>{_ACTION})\s*(?P<id>{_ID})(?:\s+(?P<rest>.*))?$")
# The older layout: "SEN/56/1  ADD  DRAFT RESOLUTION [SEN-1]".
_ID_FIRST = re.compile(rf"^(?P<id>{_ID})\s+(?P<action>{_ACTION})(?:\s+(?P<rest>.*))?$")
_ACTION_ONLY = re.compile(rf"^(?P<action>{_ACTION})$")
_ID_ONLY = re.compile(rf"^(?P<id>{_ID})$")

_NUMBER_LINE = re.compile(
    r"^(?P<draft>DRAFT\s+(?:NEW\s+)?)?RESOLUTION\s+(?P<number>[^\s(]+)\s*(?:\((?P<adoption>[^()]*(?:\([^()]*\)[^()]*)*)\))?$",
    re.IGNORECASE,
)
# "ANNEX", "ANNEX 1 (TO RESOLUTION 7 (Rev. Geneva, 2022))", "Appendix I (to Resolution 1 …)", "Annex A".
_ANNEX = re.compile(
    r"^(?:ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)(?:\s+[A-Z0-9]{1,4})?(?:\s*\(?(?:to|TO)\s+(?:Resolution|RESOLUTION)\b.*)?$"
)
_REASONS = re.compile(r"^Reasons?\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")

# Keywords met in resolutions (conventions §2.1); the list is open, so
# `keyword_kind` also accepts lines shaped like one (see its docstring).
PREAMBULAR_WORDS = frozenset({
    "considering", "noting", "recognizing", "recognising", "recalling", "bearing", "taking", "observing", "aware",
    "emphasizing", "emphasising", "acknowledging", "having", "mindful", "convinced", "concerned", "conscious",
    "stressing", "highlighting", "welcoming", "expressing", "affirming", "reaffirming", "underlining", "seeking",
    "referring", "keeping", "guided", "desirous", "appreciating",
})
OPERATIVE_WORDS = frozenset({
    "resolves", "decides", "instructs", "invites", "requests", "encourages", "calls", "urges", "appeals", "approves",
    "endorses", "agrees", "adopts", "recommends", "charges", "commissions", "requires", "authorizes", "directs",
})
_LEADING = frozenset({"further", "also"})
_NOT_VERBS = frozenset({"as", "is", "its", "this", "has", "was", "thus", "less", "unless", "across", "towards", "whereas",
                        "besides", "always", "perhaps", "plus", "bus", "focus", "status", "basis", "means", "process"})


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


def proposal_line(text: str) -> ProposalLine | None:
    """A proposal line, or one half of it (action or identifier alone)."""
    for pattern in (_ACTION_FIRST, _ID_FIRST, _ACTION_ONLY, _ID_ONLY):
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


def number_line(text: str) -> NumberLine | None:
    """"RESOLUTION 7 (Rev. Hammamet, 2016)", "DRAFT NEW RESOLUTION [AFCP-1]" …"""
    m = _NUMBER_LINE.match(text)
    if not m:
        return None
    return NumberLine(m.group("number"), (m.group("adoption") or "").strip(), bool(m.group("draft")))


def annex_heading(text: str) -> bool:
    """Whether the line opens an annex or appendix of the resolution."""
    return bool(_ANNEX.match(text))


def reasons_line(text: str) -> str | None:
    """The text after "Reasons:", or None when the line does not open Reasons."""
    m = _REASONS.match(text)
    return m.group("rest").strip() if m else None


def opens_history(text: str) -> bool:
    """A history line starts with "(" and names years: "(Malaga-Torremolinos, 1984; …".

    The opening must name a place and year ("Malaga-Torremolinos, 1984"), so a
    parenthesised remark in a title is not taken for it.
    """
    return text.startswith("(") and bool(_YEAR.search(text)) and "," in text


def opens_preamble(text: str) -> bool:
    """"The World Telecommunication Standardization Assembly (Geneva, 2022),"."""
    return text.startswith("The ") and ("Assembly" in text or "Conference" in text or "Council" in text or text.endswith(","))


def body_of(preamble: str) -> str:
    """The body attribute named by a preamble (OTHER when it names none we know)."""
    table = (
        ("Standardization Assembly", "WTSA"),
        ("Plenipotentiary", "PP"),
        ("Development Conference", "WTDC"),
        ("Radiocommunication Conference", "WRC"),
        ("Radiocommunication Assembly", "RA"),
        ("Policy Forum", "WTPF"),
    )
    return next((body for phrase, body in table if phrase in preamble), "OTHER")


def keyword_kind(text: str) -> tuple[SectionKind, bool] | None:
    """Whether `text` looks like a section keyword line, its kind, and whether the word is a known one.

    A keyword line has no final full stop or semicolon.  Its first word
    (after "further" or "also") is a known keyword, or has the shape of one:
    a participle in -ing (preambular) or a verb in -s (operative).  A known
    keyword may carry its addressee and end with a comma ("instructs the
    Director …, in collaboration with …,"), and is also recognised when
    typed against the conventions ("Considering", "noting:"), so the line is
    kept as typed and the checks can show the slip.  A word of merely the
    right shape must be lower case, short and bare.  The caller reports the
    shape-only kind, since it is a reading rather than a recognition.
    """
    if not text or len(text) > 240:
        return None
    bare = text[:-1].rstrip() if text[-1] in ":," else text
    if not bare or bare[-1] in ".;:,)":
        return None
    words = [w.strip("(),") for w in bare.split()]
    head = words[0].lower()
    if head in _LEADING and len(words) > 1:
        head = words[1].lower()
    known: SectionKind | None = "preambular" if head in PREAMBULAR_WORDS else "operative" if head in OPERATIVE_WORDS else None
    if known is not None:
        return (known, True) if len(words) <= 40 else None
    if bare != text or not text[0].islower() or not head.isalpha() or len(words) > 14:
        return None
    if head.endswith("ing") and len(head) > 5:
        return "preambular", False
    if head.endswith("s") and not head.endswith("ss") and len(head) > 5 and head not in _NOT_VERBS:
        return "operative", False
    return None
