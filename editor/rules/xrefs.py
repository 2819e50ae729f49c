"""Cross-references inside the text ("considering e), f) and h) above", "resolves 3").

A reference is checked against the final view of its own resolution: the
section it names must have a clause with that label.  References to a
keyword the resolution does not have, or followed by "of Resolution …", are
about another text and are left alone.  The keywords and the words joining
labels ("and", "et", "y", "и") are the document language's
(editor.rules.wording): "considérant e)", "del anterior resuelve 2".  Finding references depends only on
a section's own text, so the engine keeps them per section and re-evaluates
them cheaply when another section's labels change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from editor.languages import load as load_language
from editor.model.inline import Span, markup_offset
from editor.model.labels import SUFFIXES
from editor.model.nodes import Clause, Resolution, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, Where, flatten, keyword_of, language_of, place_list, report, shown
from editor.rules.editing import replace_final
from editor.rules.keywords import known_prefix
from editor.rules.problem import Problem
from editor.rules.wording import wording

RULES = ("xref.missing",)

_SUFFIX = "(?:" + "|".join(s for s in SUFFIXES if s) + ")?"
_LABEL = r"(?:[a-z]{1,3}\)" + _SUFFIX + r"|\d{1,3}" + _SUFFIX + r"(?![\w)]))"
_SUB = r"[a-z]{1,4}\)" + _SUFFIX
_ITEM = rf"{_LABEL}(?:\s+{_SUB}){{0,2}}"


@lru_cache(maxsize=8)
def _reference(language: str) -> re.Pattern[str]:
    """A reference in `language`: a keyword, then labels joined by commas or the language's "and"/"or"."""
    w = wording(language)
    keywords = "|".join(re.escape(k) for k in sorted(w.known, key=len, reverse=True))
    joiners = "|".join(re.escape(j) for j in w.joiners)
    gap = r"\s+" if w.spaced else r"\s*"
    return re.compile(
        rf"(?<![\w])(?P<kw>{keywords}){gap}(?P<labels>{_ITEM}(?:\s*[,，،]\s*{_ITEM}|\s*(?:{joiners})\s*{_ITEM})*)"
    )


@lru_cache(maxsize=8)
def _elsewhere(language: str) -> re.Pattern[str]:
    """What after a reference says it is about another text: "of Resolution 7", "de la Résolution 7"."""
    data = load_language(language)
    names = [re.escape(data.fixed_word(n).split("{")[0].strip()) for n in ("resolution", "decision") if data.fixed_word(n).split("{")[0].strip()]
    own = rf"|\s*[,，،]?\s*(?:\w+\s+){{0,2}}?(?:{'|'.join(names)})" if names else ""
    return re.compile(r"\s*(?:,\s*)?(?:of|in)\s+(?:the\s+)?(?:Resolution|Res\.|Recommendation|Decision|Opinion|Constitution|"
                      r"Convention|Plenipotentiary|WTSA|PP)" + own, re.IGNORECASE if own else 0)


_ONE_ITEM = re.compile(rf"(?P<top>{_LABEL})(?P<subs>(?:\s+{_SUB}){{0,2}})")
_ONE_SUB = re.compile(_SUB)
_ROMAN = re.compile(r"^[ivxl]+\)")

Part = tuple[str, int, int]
"""One label of a reference's path and its offsets in the text it was read from (-1 when implied, not typed)."""


@dataclass(frozen=True)
class Reference:
    """One clause or sub-item named in a clause: the clause, the keyword, the label path ("2 a)") and its offsets.

    `parts` holds each label of the path with its own offsets, so that
    relettering a section or one sub-item list rewrites only its label.
    """

    place: Place
    keyword: str
    label: str
    start: int
    end: int
    parts: tuple[Part, ...] = ()


def _paths(labels: str, base: int) -> list[tuple[Part, ...]]:
    """The label paths of one reference's list ("2 a) and b)" gives 2 a) and 2 b)), with offsets from `base`.

    A lone letter after an item with sub-items names a sibling of that
    sub-item when it cannot name a clause of its own: after "resolves 2 a)"
    (an operative section is numbered) or as the next roman numeral after
    "considering a) i)".
    """
    out: list[tuple[Part, ...]] = []
    previous: tuple[Part, ...] = ()
    for m in _ONE_ITEM.finditer(labels):
        top: Part = (m.group("top"), base + m.start("top"), base + m.end("top"))
        subs = [(sm.group(0), base + m.start("subs") + sm.start(), base + m.start("subs") + sm.end())
                for sm in _ONE_SUB.finditer(m.group("subs"))]
        path: tuple[Part, ...] = (top, *subs)
        if not subs and len(previous) > 1 and not top[0][0].isdigit() and (
                previous[0][0][0].isdigit() or (_ROMAN.match(top[0]) and _ROMAN.match(previous[-1][0]))):
            path = (*((label, -1, -1) for label, _, _ in previous[:-1]), top)
        out.append(path)
        previous = path
    return out


def _read(text: str, language: str = "en") -> list[tuple[str, tuple[Part, ...]]]:
    """Every (keyword, label path) a text names in its own resolution, with offsets into `text`."""
    out: list[tuple[str, tuple[Part, ...]]] = []
    elsewhere = _elsewhere(language)
    for m in _reference(language).finditer(text):
        if elsewhere.match(text, m.end()):
            continue
        out += [(m.group("kw"), path) for path in _paths(m.group("labels"), m.start("labels"))]
    return out


def _joined(path: tuple[Part, ...]) -> str:
    return " ".join(label for label, _, _ in path)


def _maybe_label(text: str) -> bool:
    """A cheap first look: a text with no ")" and no digit names no label (most clauses)."""
    return (")" in text or "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)


def _explicit(place: Place, language: str) -> list[Reference]:
    """Targets of <xref to="considering e)"> spans whose shown text names no label itself ("above")."""
    out: list[Reference] = []
    reference = _reference(language)
    for span in place.node.text.spans:
        if span.xref and (span.mark is None or span.mark.kind == "ins") and not reference.search(span.text):
            target = span.xref.strip()
            if reference.fullmatch(target):
                out += [Reference(place, kw, _joined(path), -1, -1, tuple((label, -1, -1) for label, _, _ in path))
                        for kw, path in _read(target, language)]
    return out


def find(top: list[Place], noun: str = "clause", language: str = "en") -> list[Reference]:
    """Every reference in the final text of a section's clauses and sub-items (`top`: its final-view places).

    References typed in the text carry their offsets; targets of explicit
    cross-reference spans carry -1 (there is no label in the text to rewrite).
    `noun` names the places in messages ("paragraph" for an annex's).
    """
    out: list[Reference] = []
    for place in flatten(top):
        place.noun = noun
        text = place.text
        for span in place.node.text.spans:
            if span.xref:
                out += _explicit(place, language)
                break
        if not _maybe_label(text):
            continue
        for kw, path in _read(text, language):
            start = next(s for _, s, _ in path if s >= 0)  # an implied parent ("2" of "2 a) and b)") has no offsets
            out.append(Reference(place, kw, _joined(path), start, path[-1][2], path))
    return out


def label_paths(top: list[Place], prefix: str = "") -> list[str]:
    """The labels a reference may name in a section: "2", and "2 a)", "2 a) i)" for its sub-items."""
    out: list[str] = []
    for place in top:
        path = f"{prefix} {place.label}".strip() if place.label else prefix
        if place.label:
            out.append(path)
        if place.items:
            out += label_paths(place.items, path)
    return out


Table = dict[str, frozenset[str]]


def reference_key(section: Section, language: str = "en") -> str:
    """The keyword a reference uses for the section: "instructs" for "instructs the Director …"."""
    keyword = keyword_of(section).lower()
    return (known_prefix(keyword, language) or keyword).lower()


def table_of(entries: list[tuple[str, frozenset[str]]]) -> Table:
    table: dict[str, frozenset[str]] = {}
    for keyword, labels in entries:
        table[keyword] = table.get(keyword, frozenset()) | labels
    return table


def check(refs: list[Reference], table: Table, ctx: SectionContext | Where, section_keyword: str) -> list[Problem]:
    out: list[Problem] = []
    for ref in refs:
        labels = table.get(ref.keyword.lower())
        if labels is None or ref.label in labels:
            continue
        offset = length = None
        if ref.start >= 0:  # typed in the text: the labels are underlined, not the clause
            offset = markup_offset(ref.place.node.text, ref.start)
            length = markup_offset(ref.place.node.text, ref.end, end=True) - offset
        out.append(report(ctx, "error", "xref.missing",
                          f"{section_keyword}: {ref.place.who()} refers to {ref.keyword} {ref.label}, which does not exist",
                          section=section_keyword, place=ref.place, field="text", offset=offset, length=length))
    return out


def retarget(session: EditSession, resolution: Resolution, keyword: str, changed: dict[str, str],
             prefix: tuple[str, ...] = ()) -> int:
    """Rewrite references to `keyword` (as `reference_key` names it) after labels changed (old → new); returns how many.

    `prefix` is the label path of the relettered list: () for a section's
    clauses, ("2",) for the sub-items of clause 2.  Labels typed in the
    text are replaced (a tracked edit in a tracked session); explicit
    cross-reference targets are updated in place.
    """
    count = 0
    language = language_of(resolution)
    lists: list[list[Clause]] = [s.clauses for s in shown(resolution.sections, "final")]
    lists += [a.clauses() for a in shown(resolution.annexes, "final")]
    for clauses in lists:
        by_clause: dict[int, list[Reference]] = {}
        for ref in find(place_list(clauses, "final"), language=language):
            if ref.keyword.lower() == keyword and _rewrite(ref.parts, prefix, changed) is not None:
                by_clause.setdefault(ref.place.node.uid, []).append(ref)
        for refs in by_clause.values():
            clause: Clause = refs[0].place.node
            typed = [r for r in refs if r.start >= 0]
            edits = [e for r in typed if (e := _rewrite(r.parts, prefix, changed)) is not None and e[0] >= 0]
            for start, end, new in sorted(edits, reverse=True):
                replace_final(session, clause.text, start, end, new)
            if len(typed) < len(refs):
                session.set_spans(clause.text, [_retargeted(span, keyword, changed, prefix, language) for span in clause.text.spans])
            count += len(refs)
    return count


def _rewrite(parts: tuple[Part, ...], prefix: tuple[str, ...], changed: dict[str, str]) -> tuple[int, int, str] | None:
    """The label of `parts` that a relettering of the list at `prefix` changes, as (start, end, new); None if none."""
    depth = len(prefix)
    if len(parts) <= depth or tuple(label for label, _, _ in parts[:depth]) != prefix:
        return None
    label, start, end = parts[depth]
    if label not in changed:
        return None
    return start, end, changed[label]


def _retargeted(span: Span, keyword: str, changed: dict[str, str], prefix: tuple[str, ...], language: str) -> Span:
    target = span.xref.strip() if span.xref else ""
    m = _reference(language).fullmatch(target) if target else None
    if m is None or m.group("kw").lower() != keyword:
        return span
    edits = [e for _, path in _read(target, language) if (e := _rewrite(path, prefix, changed)) is not None and e[0] >= 0]
    for start, end, new in sorted(edits, reverse=True):
        target = target[:start] + new + target[end:]
    return replace(span, xref=target)
