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

from collections.abc import Iterator
from dataclasses import dataclass, field

from editor.model.labels import Label, Scheme, detect_scheme, letter_style
from editor.model.marks import View
from editor.model.nodes import Clause, Node, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, keyword_of, places, report, shown
from editor.rules.problem import Problem

RULES = ("lettering.duplicate", "lettering.gap", "lettering.order", "lettering.scheme", "lettering.missing", "lettering.single")
SECTION_SCHEME: dict[str, Scheme] = {"preambular": "letter", "operative": "number"}
_VERB: dict[str, str] = {"letter": "lettered", "roman": "numbered", "number": "numbered", "number-paren": "numbered", "dash": "marked", "bullet": "marked"}
_NAME: dict[str, str] = {"letter": "lettered a), b), c) …", "roman": "numbered i), ii), iii) …", "number": "numbered 1, 2, 3 …",
                         "number-paren": "numbered 1), 2), 3) …", "dash": "marked –", "bullet": "marked •"}


@dataclass
class ListPlan:
    """One list read in its scheme: the labels as typed, the labels it should have, what is wrong."""

    owner: Node
    nodes: list[Clause]
    scheme: Scheme | None
    typed: list[str]
    planned: list[str] = field(default_factory=list)
    findings: list[tuple[int, str, str]] = field(default_factory=list)
    """(index in the list, rule, detail for the message)."""


def _list_owner_scheme(owner: Node) -> Scheme | None:
    return SECTION_SCHEME.get(owner.kind) if isinstance(owner, Section) else None


def plan_list(owner: Section | Clause, view: View) -> ListPlan:
    """Judge one list and plan its relettering (see the module docstring)."""
    nodes: list[Clause] = shown(owner.clauses if isinstance(owner, Section) else owner.items, view)  # type: ignore[assignment]
    typed = [n.label.text(view).strip() for n in nodes]
    top = isinstance(owner, Section)
    if top and len(nodes) == 1:
        plan = ListPlan(owner, nodes, None, typed, [""])
        if typed[0]:
            plan.findings.append((0, "lettering.single", ""))
        return plan
    scheme = detect_scheme(typed, _list_owner_scheme(owner)) or "dash"
    plan = ListPlan(owner, nodes, scheme, typed)
    style = letter_style(typed) if scheme == "letter" else "double"
    readable = [Label.parse(t, scheme, style) for t in typed]
    seen: dict[tuple[int, int], int] = {}
    previous: Label | None = None
    for i, (text, label) in enumerate(zip(typed, readable, strict=True)):
        last_planned = Label.parse(plan.planned[-1], scheme, style) if plan.planned else None
        first = Label.first(scheme, style)
        if not text:
            plan.findings.append((i, "lettering.missing", ""))
        elif label is None:
            plan.findings.append((i, "lettering.scheme", f"the list is {_NAME[scheme]}"))
        elif label.ordered and (label.ordinal, label.suffix) in seen:
            plan.findings.append((i, "lettering.duplicate", f"{text} is already clause {seen[(label.ordinal, label.suffix)] + 1}"))
        elif previous is None and label != first:
            plan.findings.append((i, "lettering.gap", f"a list starts at {first.text}"))
        elif previous is not None and not label.follows(previous):
            rule = "lettering.order" if label < previous else "lettering.gap"
            plan.findings.append((i, rule, f"it comes after {previous.text}" if rule == "lettering.order" else ""))
        if label is not None and label.ordered:
            seen.setdefault((label.ordinal, label.suffix), i)
        duplicate = bool(plan.findings) and plan.findings[-1][:2] == (i, "lettering.duplicate")
        if label is not None and label.suffix and last_planned is not None and label.ordinal == last_planned.ordinal and not duplicate:
            planned = last_planned.inserted_after()
        else:
            planned = last_planned.next() if last_planned is not None else first
        plan.planned.append(planned.text)
        previous = label if label is not None else planned
    return plan


def lists(section: Section, view: View) -> Iterator[Section | Clause]:
    """The section and every clause or sub-item with sub-items shown in `view`, in document order."""
    yield section
    for place in places(section, view):
        if shown(place.node.items, view):
            yield place.node


def check(section: Section, ctx: SectionContext) -> list[Problem]:
    keyword = keyword_of(section, ctx.view)
    out: list[Problem] = []
    where = {p.node.uid: p for p in places(section, ctx.view)}
    for owner in lists(section, ctx.view):
        plan = plan_list(owner, ctx.view)
        what = "section" if isinstance(owner, Section) else "list"
        fix = f"reletter the {what}" if plan.scheme in ("letter", None) else f"renumber the {what}"
        for index, rule, detail in plan.findings:
            place = where[plan.nodes[index].uid]
            out.append(report(ctx, "warning" if rule == "lettering.single" else "error", rule,
                              _message(keyword, place, plan, index, rule, detail), section=keyword, place=place,
                              fix="remove the label" if rule == "lettering.single" else fix))
    return out


def _message(keyword: str, place: Place, plan: ListPlan, index: int, rule: str, detail: str) -> str:
    who = f"clause {place.clause}" + (f", item {place.subitem}" if place.subitem else "")
    typed, planned = plan.typed[index], plan.planned[index]
    if rule == "lettering.single":
        return f"{keyword}: the only clause of a section carries no label, but this one is labelled {typed}"
    verb = _VERB[plan.scheme or "letter"]
    if rule == "lettering.missing":
        text = f"{keyword}: {who} has no label but should be {planned}"
    else:
        text = f"{keyword}: {who} is {verb} {typed} but should be {planned}"
    return f"{text} ({detail})" if detail else text


def relabel(session: EditSession, owner: Section | Clause) -> dict[str, str]:
    """Reletter or renumber one list in the final view; returns old label → new label where they changed.

    Each changed label goes through `session.set_text`, so in a tracked
    session the old label is struck through and the new one inserted.
    """
    plan = plan_list(owner, "final")
    changed: dict[str, str] = {}
    with session.transaction("Reletter"):
        for node, old, new in zip(plan.nodes, plan.typed, plan.planned, strict=True):
            if old != new:
                changed.setdefault(old, new)
                session.set_text(node.label, new)
    return changed


def list_owner(node: Clause) -> Section | Clause | None:
    parent = node.parent
    return parent if isinstance(parent, Section | Clause) else None
