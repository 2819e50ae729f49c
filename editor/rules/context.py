"""What every check family shares: where a problem is, in which view, and how it is reported.

A check reads one view of the document (final, or original for a MOD
proposal) without copying the tree: it asks each node whether it shows in
that view and reads its inline text in that view.  Problems found in the
original view are about the in-force text the proposal modifies: the
drafter cannot fix them there, so they are reported as warnings, marked
with the view, and only when the final view does not report the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from editor.model.marks import View
from editor.model.nodes import Clause, Node, Proposal, Section
from editor.rules.problem import Problem, Severity


@dataclass(frozen=True)
class SectionContext:
    """What a section check needs to know about the section's surroundings.

    Equal contexts give equal results for an unchanged section; the engine
    compares them to decide which untouched sections must be rechecked.
    """

    proposal: str | None
    view: View
    last: bool
    next_keyword: str | None
    after_operative: bool


def proposal_name(proposal: Proposal | None) -> str | None:
    """How problems name a proposal: its identifier, its action, or nothing for a standalone text."""
    if proposal is None:
        return None
    return proposal.identifier or proposal.action or None


def shown(nodes: Sequence[Node], view: View) -> list[Node]:
    return [n for n in nodes if n.visible_in(view)]


def keyword_of(section: Section, view: View = "final") -> str:
    return " ".join(section.keyword.text(view).split())


@dataclass(frozen=True)
class Place:
    """Where a clause or sub-item stands, as a drafter counts it."""

    node: Clause
    clause: int
    path: tuple[int, ...] = ()

    @property
    def subitem(self) -> str | None:
        return ".".join(str(p) for p in self.path) if self.path else None


def places(section: Section, view: View) -> Iterator[Place]:
    """Every clause and sub-item of `section` shown in `view`, in document order."""

    def below(clause: Clause, index: int, path: tuple[int, ...]) -> Iterator[Place]:
        for j, item in enumerate(shown(clause.items, view), 1):
            sub = (*path, j)
            yield Place(item, index, sub)  # type: ignore[arg-type]
            yield from below(item, index, sub)  # type: ignore[arg-type]

    for i, clause in enumerate(shown(section.clauses, view), 1):
        yield Place(clause, i)  # type: ignore[arg-type]
        yield from below(clause, i, ())  # type: ignore[arg-type]


def report(
    ctx: SectionContext | tuple[str | None, View],
    severity: Severity,
    rule: str,
    message: str,
    *,
    section: str | None = None,
    place: Place | None = None,
    node: Node | None = None,
    fix: str | None = None,
) -> Problem:
    """A Problem located in `ctx`; original-view problems become warnings about the base text."""
    proposal, view = (ctx.proposal, ctx.view) if isinstance(ctx, SectionContext) else ctx
    if view == "original":
        severity, fix = "warning", None
        message = f"in the text being modified, {message}"
    target = place.node if place is not None else node
    return Problem(
        severity=severity,
        rule=rule,
        message=message,
        proposal=proposal,
        section=section,
        clause=place.clause if place is not None else None,
        label=place.node.label.text(view).strip() if place is not None else None,
        subitem=place.subitem if place is not None else None,
        fix=fix,
        node_uid=target.uid if target is not None else None,
        view=view,
    )


def position(problem: Problem) -> tuple[int, tuple[int, ...]]:
    """Sort key of a problem inside one section: clause, then sub-item path."""
    path = tuple(int(p) for p in problem.subitem.split(".")) if problem.subitem else ()
    return (problem.clause or 0, path)
