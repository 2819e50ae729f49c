"""Lettering and numbering of clauses and sub-items (conventions §2.2).

Each list (a section's clauses, or one clause's sub-items) is read in one
scheme: letters for preambular sections, numbers for operative ones, and for
sub-items whatever the first marker says (–, •, a), i)).  A label is judged
against the one before it, as a reader would: a duplicate, a gap, a step
backwards or a marker from another scheme is an error; b)bis after b) and
1ter after 1bis are insertions and fine.  The quick fix reletters the list
to a clean sequence that keeps such insertions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from editor.model.labels import Label, LetterStyle, Scheme, detect_scheme, latin, letter_style, lookalikes, sequence
from editor.model.nodes import Clause, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, Where, flatten, keyword_of, place_list, report
from editor.rules.editing import set_label
from editor.rules.problem import Problem

RULES = ("lettering.duplicate", "lettering.gap", "lettering.order", "lettering.scheme", "lettering.missing", "lettering.single",
         "lettering.lookalike")
SECTION_SCHEME: dict[str, Scheme] = {"preambular": "letter", "operative": "number"}
_VERB: dict[str, str] = {"letter": "lettered", "roman": "numbered", "number": "numbered", "number-paren": "numbered", "dash": "marked", "bullet": "marked"}
_NAME: dict[str, str] = {"letter": "lettered a), b), c) …", "roman": "numbered i), ii), iii) …", "number": "numbered 1, 2, 3 …",
                         "number-paren": "numbered 1), 2), 3) …", "dash": "marked –", "bullet": "marked •"}


@dataclass
class ListPlan:
    """One list read in its scheme: the labels as typed, what is wrong, and (on demand) the labels it should have."""

    places: list[Place]
    scheme: Scheme | None
    typed: list[str]
    readable: list[Label | None] = field(default_factory=list)
    findings: list[tuple[int, str, str]] = field(default_factory=list)
    """(index in the list, rule, detail for the message)."""
    style: LetterStyle = "double"

    @cached_property
    def planned(self) -> list[str]:
        """The clean sequence: each label follows the one before, insertions (b)bis) that were right stay insertions."""
        if self.scheme is None:
            return [""] * len(self.typed)
        duplicates = {i for i, rule, _ in self.findings if rule == "lettering.duplicate"}
        out: list[str] = []
        last: Label | None = None
        for i, label in enumerate(self.readable):
            if label is not None and label.suffix and last is not None and label.ordinal == last.ordinal and i not in duplicates:
                last = last.inserted_after()
            else:
                last = last.next() if last is not None else Label.first(self.scheme, self.style)
            out.append(last.text)
        return out


@lru_cache(maxsize=256)
def _clean_sequence(scheme: Scheme, count: int) -> tuple[str, ...]:
    return tuple(label.text for label in sequence(scheme, count))


def _clean(scheme: Scheme, count: int) -> list[str]:
    """The plain sequence a), b) … (1, 2 …; –, – …) of `count` labels: most lists are exactly that."""
    return list(_clean_sequence(scheme, count))


def plan_list(places: list[Place], imposed: Scheme | None, top: bool) -> ListPlan:
    """Judge one list (see the module docstring).

    `imposed` is the scheme the list's place imposes (None for sub-items);
    `top` says the list is a section's clauses, where a lone clause has no label.
    """
    typed = [latin(p.label) for p in places]  # a look-alike letter is its own problem (`lookalike_problems`)
    if top and len(places) == 1:
        plan = ListPlan(places, None, typed)
        if typed[0]:
            plan.findings.append((0, "lettering.single", ""))
        return plan
    scheme = detect_scheme(typed, imposed) or "dash"
    if typed == _clean(scheme, len(typed)):
        plan = ListPlan(places, scheme, typed)
        plan.__dict__["planned"] = typed  # a clean list plans itself (fills the cached property)
        return plan
    style: LetterStyle = letter_style(typed) if scheme == "letter" else "double"
    plan = ListPlan(places, scheme, typed, style=style)
    first = Label.first(scheme, style)
    seen: dict[tuple[int, int], int] = {}
    previous: Label | None = None
    for i, text in enumerate(typed):
        label = Label.parse(text, scheme, style) if text else None
        plan.readable.append(label)
        if not text:
            plan.findings.append((i, "lettering.missing", ""))
        elif label is None:
            plan.findings.append((i, "lettering.scheme", f"the list is {_NAME[scheme]}"))
        elif label.ordered and (label.ordinal, label.suffix) in seen:
            plan.findings.append((i, "lettering.duplicate", f"{text} is already {places[seen[(label.ordinal, label.suffix)]].who()}"))
        elif previous is None and label != first:
            plan.findings.append((i, "lettering.gap", f"a list starts at {first.text}"))
        elif previous is not None and not label.follows(previous):
            rule = "lettering.order" if label < previous else "lettering.gap"
            plan.findings.append((i, rule, f"it comes after {previous.text}" if rule == "lettering.order" else ""))
        if label is not None and label.ordered:
            seen.setdefault((label.ordinal, label.suffix), i)
        previous = label if label is not None else (previous.next() if previous is not None else first)
    return plan


def plans(section: Section, top: list[Place]) -> Iterator[ListPlan]:
    """The plan of the section's clause list and of every sub-item list, in document order."""
    yield plan_list(top, SECTION_SCHEME.get(section.kind), True)
    for place in flatten(top):
        if place.items:
            yield plan_list(place.items, None, False)


def check(section: Section, ctx: SectionContext, top: list[Place]) -> list[Problem]:
    keyword = keyword_of(section, ctx.view)
    out: list[Problem] = []
    for plan in plans(section, top):
        out += plan_problems(plan, ctx, keyword, "section" if plan.places is top else "list")
    return out + lookalike_problems(top, ctx, keyword)


def lookalike_problems(top: list[Place], ctx: SectionContext | Where, where: str) -> list[Problem]:
    """Labels holding a letter of another script drawn like a Latin one (Cyrillic "а)" for "a)")."""
    out: list[Problem] = []
    for place in flatten(top):
        found = lookalikes(place.label) if not place.label.isascii() else []
        if found:
            names = ", ".join(f"{c} ({unicodedata.name(c, '?').split()[0].title()})" for c in dict.fromkeys(found))
            out.append(report(ctx, "error", "lettering.lookalike",
                              f"{where}: {place.who()} is labelled {place.label} with a letter of another script that looks "
                              f"Latin: {names}; labels are Latin letters in every language ({latin(place.label)})",
                              section=where, place=place, fix=f"change to {latin(place.label)}", field="label", offset=0))
    return out


def fix_lookalike(session: EditSession, clause: Clause) -> None:
    """Write the label with Latin letters."""
    typed = clause.label.text("final")
    if latin(typed) != typed:
        set_label(session, clause.label, latin(typed))


def plan_problems(plan: ListPlan, ctx: SectionContext | Where, where: str, what: str) -> list[Problem]:
    """The problems of one judged list; `where` opens each message ("noting", "annex 1"), `what` names the list in the fix."""
    if plan.scheme in ("dash", "bullet"):
        fix = f"use one marker in the {what}"
    else:
        fix = f"reletter the {what}" if plan.scheme in ("letter", None) else f"renumber the {what}"
    out: list[Problem] = []
    for index, rule, detail in plan.findings:
        place = plan.places[index]
        out.append(report(ctx, "warning" if rule == "lettering.single" else "error", rule,
                          _message(where, place, plan, index, rule, detail), section=where, place=place,
                          fix="remove the label" if rule == "lettering.single" else fix, field="label", offset=0))
    return out


def _message(keyword: str, place: Place, plan: ListPlan, index: int, rule: str, detail: str) -> str:
    typed, planned = plan.typed[index], plan.planned[index]
    if rule == "lettering.single":
        return f"{keyword}: the only clause of a section carries no label, but this one is labelled {typed}"
    verb = _VERB[plan.scheme or "letter"]
    if rule == "lettering.missing":
        text = f"{keyword}: {place.who()} has no label but should be {planned}"
    elif typed == planned:  # a repeat whose place in the clean sequence is its own: only the labels before it move
        text = f"{keyword}: {place.who()} is {verb} {typed}"
    else:
        text = f"{keyword}: {place.who()} is {verb} {typed} but should be {planned}"
    return f"{text} ({detail})" if detail else text


def relabel(session: EditSession, owner: Section | Clause) -> dict[str, str]:
    """Reletter or renumber one list in the final view; returns old label → new label where they changed.

    Each changed label goes through `session.set_text`, so in a tracked
    session the old label is struck through and the new one inserted.  A
    label typed twice maps to the new label of its first clause.
    """
    if isinstance(owner, Section):
        plan = plan_list(place_list(owner.clauses, "final"), SECTION_SCHEME.get(owner.kind), True)
    else:
        plan = plan_list(place_list(owner.items, "final", 1), None, False)
    first: dict[str, str] = {}
    with session.transaction("Reletter"):
        for place, old, new in zip(plan.places, plan.typed, plan.planned, strict=True):
            first.setdefault(old, new)
            if old != new:
                set_label(session, place.node.label, new)
    return {old: new for old, new in first.items() if old != new}


def list_owner(node: Clause) -> Section | Clause | None:
    parent = node.parent
    return parent if isinstance(parent, Section | Clause) else None


def label_path(owner: Section | Clause) -> tuple[str, ...]:
    """The final-view labels from the section down to `owner` (("2", "a)") for the items of 2 a)); () for a section.

    Unlabelled levels (a section's only clause) are left out, as references leave them out.
    """
    labels: list[str] = []
    node: Section | Clause | None = owner
    while isinstance(node, Clause):
        label = node.label.text("final").strip()
        if label:
            labels.append(label)
        parent = node.parent
        node = parent if isinstance(parent, Section | Clause) else None
    return tuple(reversed(labels))
