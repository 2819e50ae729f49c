"""Cross-references inside the text ("considering e), f) and h) above", "resolves 3").

A reference is checked against the final view of its own resolution: the
section it names must have a clause with that label.  References to a
keyword the resolution does not have, or followed by "of Resolution …", are
about another text and are left alone.  Finding references depends only on
a section's own text, so the engine keeps them per section and re-evaluates
them cheaply when another section's labels change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from editor.model.inline import Span
from editor.model.labels import SUFFIXES
from editor.model.nodes import Clause, Resolution, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, flatten, keyword_of, place_list, report, shown
from editor.rules.editing import replace_final
from editor.rules.keywords import KNOWN, known_prefix
from editor.rules.problem import Problem

RULES = ("xref.missing",)

_SUFFIX = "(?:" + "|".join(s for s in SUFFIXES if s) + ")?"
_LABEL = r"(?:[a-z]{1,3}\)" + _SUFFIX + r"|\d{1,3}" + _SUFFIX + r"(?![\w)]))"
_KEYWORDS = "|".join(re.escape(k) for k in sorted(KNOWN, key=len, reverse=True))
_REFERENCE = re.compile(
    rf"(?<![\w])(?P<kw>{_KEYWORDS})\s+(?P<labels>{_LABEL}(?:\s*,\s*{_LABEL}|\s+(?:and|or)\s+{_LABEL})*)"
)
_ONE_LABEL = re.compile(_LABEL)
_ELSEWHERE = re.compile(r"\s*(?:,\s*)?(?:of|in)\s+(?:the\s+)?(?:Resolution|Res\.|Recommendation|Decision|Opinion|Constitution|Convention|Plenipotentiary|WTSA|PP)")


@dataclass(frozen=True)
class Reference:
    """One label named in a clause: the clause, the keyword, the label and its final-view offsets."""

    place: Place
    keyword: str
    label: str
    start: int
    end: int


def _maybe_label(text: str) -> bool:
    """A cheap first look: a text with no ")" and no digit names no label (most clauses)."""
    return (")" in text or "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)


def _explicit(place: Place) -> list[Reference]:
    """Targets of <xref to="considering e)"> spans whose shown text names no label itself ("above")."""
    out: list[Reference] = []
    for span in place.node.text.spans:
        if span.xref and (span.mark is None or span.mark.kind == "ins") and not _REFERENCE.search(span.text):
            m = _REFERENCE.fullmatch(span.xref.strip())
            if m:
                out += [Reference(place, m.group("kw"), lm.group(0), -1, -1) for lm in _ONE_LABEL.finditer(m.group("labels"))]
    return out


def find(top: list[Place]) -> list[Reference]:
    """Every reference in the final text of a section's clauses and sub-items (`top`: its final-view places).

    References typed in the text carry their offsets; targets of explicit
    cross-reference spans carry -1 (there is no label in the text to rewrite).
    """
    out: list[Reference] = []
    for place in flatten(top):
        text = place.text
        for span in place.node.text.spans:
            if span.xref:
                out += _explicit(place)
                break
        if not _maybe_label(text):
            continue
        for m in _REFERENCE.finditer(text):
            if _ELSEWHERE.match(text, m.end()):
                continue
            base = m.start("labels")
            for lm in _ONE_LABEL.finditer(m.group("labels")):
                out.append(Reference(place, m.group("kw"), lm.group(0), base + lm.start(), base + lm.end()))
    return out


Table = dict[str, frozenset[str]]


def reference_key(section: Section) -> str:
    """The keyword a reference uses for the section: "instructs" for "instructs the Director …"."""
    keyword = keyword_of(section).lower()
    return known_prefix(keyword) or keyword


def table_of(entries: list[tuple[str, frozenset[str]]]) -> Table:
    table: dict[str, frozenset[str]] = {}
    for keyword, labels in entries:
        table[keyword] = table.get(keyword, frozenset()) | labels
    return table


def check(refs: list[Reference], table: Table, ctx: SectionContext, section_keyword: str) -> list[Problem]:
    out: list[Problem] = []
    for ref in refs:
        labels = table.get(ref.keyword.lower())
        if labels is None or ref.label in labels:
            continue
        out.append(report(ctx, "error", "xref.missing",
                          f"{section_keyword}: {ref.place.who()} refers to {ref.keyword} {ref.label}, which does not exist",
                          section=section_keyword, place=ref.place))
    return out


def retarget(session: EditSession, resolution: Resolution, keyword: str, changed: dict[str, str]) -> int:
    """Rewrite references to `keyword` (as `reference_key` names it) after its labels changed (old → new); returns how many.

    Labels typed in the text are replaced (a tracked edit in a tracked
    session); explicit cross-reference targets are updated in place.
    """
    count = 0
    for section in shown(resolution.sections, "final"):
        by_clause: dict[int, list[Reference]] = {}
        for ref in find(place_list(section.clauses, "final")):  # type: ignore[arg-type]
            if ref.keyword.lower() == keyword and ref.label in changed:
                by_clause.setdefault(ref.place.node.uid, []).append(ref)
        for refs in by_clause.values():
            clause: Clause = refs[0].place.node
            typed = [r for r in refs if r.start >= 0]
            for ref in sorted(typed, key=lambda r: r.start, reverse=True):
                replace_final(session, clause.text, ref.start, ref.end, changed[ref.label])
            if len(typed) < len(refs):
                session.set_spans(clause.text, [_retargeted(span, keyword, changed) for span in clause.text.spans])
            count += len(refs)
    return count


def _retargeted(span: Span, keyword: str, changed: dict[str, str]) -> Span:
    m = _REFERENCE.fullmatch(span.xref.strip()) if span.xref else None
    if m is None or m.group("kw").lower() != keyword:
        return span
    labels = _ONE_LABEL.sub(lambda lm: changed.get(lm.group(0), lm.group(0)), m.group("labels"))
    return replace(span, xref=f"{m.group('kw')} {labels}")
