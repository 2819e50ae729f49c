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
from typing import TypeVar

from editor.model.inline import Inline
from editor.model.marks import View
from editor.model.nodes import Clause, Document, Node, Proposal, Section
from editor.rules.problem import Problem, Severity

N = TypeVar("N", bound=Node)


@dataclass(frozen=True)
class ProposalRef:
    """The proposal a problem belongs to, as problems name it: its identifier (or action) and its action."""

    name: str | None = None
    action: str | None = None


NO_PROPOSAL = ProposalRef()


@dataclass(frozen=True)
class SectionContext:
    """What a section check needs to know about the section's surroundings.

    Equal contexts give equal results for an unchanged section; the engine
    compares them to decide which untouched sections must be rechecked.
    """

    proposal: ProposalRef
    view: View
    last: bool
    next_keyword: str | None
    after_operative: bool
    missing_keyword: str | None = None
    """For a section with no keyword: the keyword its neighbours imply ("" when none can be inferred)."""
    language: str = "en"
    """The document's language: the keywords and punctuation the checks read (editor.rules.wording)."""
    body: str = ""
    """The adopting body (WTSA, PP …): French and Arabic keywords agree with its gender."""


def proposal_name(proposal: Proposal | None) -> str | None:
    """How problems name a proposal: its identifier, its action, or nothing for a standalone text."""
    if proposal is None:
        return None
    return proposal.identifier or proposal.action or None


def proposal_ref(proposal: Proposal | None) -> ProposalRef:
    """The name and action problems carry for `proposal` (both None for a standalone text)."""
    if proposal is None:
        return NO_PROPOSAL
    return ProposalRef(proposal_name(proposal), proposal.action)


def shown(nodes: Sequence[N], view: View) -> list[N]:
    """The nodes of a child list that show in `view` (deleted ones drop out of final, inserted ones of original)."""
    return [n for n in nodes if n.change is None or n.change.visible_in(view)]


def language_of(node: Node) -> str:
    """The language of the document `node` belongs to; English for a node outside a document."""
    doc = node.ancestor(Document)
    return doc.language if doc is not None else "en"


def keyword_of(section: Section, view: View = "final") -> str:
    return " ".join(section.keyword.text(view).split())


@dataclass(eq=False)
class Place:
    """A clause or sub-item as shown in one view: where it stands as a drafter counts, and its texts.

    The label and text are read once per check, since every family needs them.
    """

    node: Clause
    clause: int
    path: tuple[int, ...]
    label: str
    text: str
    items: list[Place]
    noun: str = "clause"
    """How the message names it: "clause", or "paragraph" in an annex."""

    @property
    def subitem(self) -> str | None:
        return ".".join(str(p) for p in self.path) if self.path else None

    def who(self) -> str:
        """"clause 4", "clause 6, item 2" or "paragraph 3"."""
        return f"{self.noun} {self.clause}" + (f", item {self.subitem}" if self.path else "")


def text_in(inline: Inline, view: View) -> str:
    """`inline.text(view)`, with a short way for the usual single unmarked span (checks read every text)."""
    spans = inline.spans
    if len(spans) == 1 and spans[0].mark is None:
        return spans[0].text
    return inline.text(view)


def place_list(nodes: Sequence[Clause], view: View, clause: int = 0, path: tuple[int, ...] = (),
               marks: list[bool] | None = None) -> list[Place]:
    """Places of a child list in `view`; top-level clauses are counted from 1, sub-items by their path.

    When `marks` is given, its single flag is set if any clause or sub-item,
    shown or not, carries a revision mark: the places are built anyway, and
    this spares a second walk to learn whether the other view can differ.
    """
    out: list[Place] = []
    i = 0
    for node in nodes:
        change = node.change
        if change is not None:
            if marks is not None:
                marks[0] = True
            if not change.visible_in(view):
                continue
        i += 1
        number, sub = (clause, (*path, i)) if clause else (i, ())
        label, text = node.label, node.text
        if marks is not None and not marks[0] and (label.has_marks() or text.has_marks()):
            marks[0] = True
        out.append(Place(node, number, sub, text_in(label, view).strip(), text_in(text, view),
                         place_list(node.items, view, number, sub, marks) if node.items else []))
    return out


def flatten(top: list[Place]) -> Iterator[Place]:
    """Every place of a tree, in document order."""
    for place in top:
        yield place
        if place.items:
            yield from flatten(place.items)


Where = tuple[ProposalRef, View]
"""The context of a check outside sections: the proposal and the view read."""


def report(
    ctx: SectionContext | Where,
    severity: Severity,
    rule: str,
    message: str,
    *,
    section: str | None = None,
    place: Place | None = None,
    node: Node | None = None,
    fix: str | None = None,
    field: str | None = None,
    offset: int | None = None,
    length: int | None = None,
) -> Problem:
    """A Problem located in `ctx`; original-view problems become warnings about the base text.

    `field` and `offset` say where in the node the cursor belongs when the
    problem is revealed (the offset in markup, see `markup_offset`), and
    `length` how many markup characters from there the problem is about.
    """
    proposal, view = (ctx.proposal, ctx.view) if isinstance(ctx, SectionContext) else ctx
    if view == "original":
        severity, fix = "warning", None
        message = f"in the text being modified, {message}"
    target = place.node if place is not None else node
    return Problem(
        severity=severity,
        rule=rule,
        message=message,
        proposal=proposal.name,
        section=section,
        clause=place.clause if place is not None else None,
        label=place.label if place is not None else None,
        subitem=place.subitem if place is not None else None,
        fix=fix,
        node_uid=target.uid if target is not None else None,
        view=view,
        action=proposal.action,
        field=field,
        offset=offset,
        length=length,
        noun=place.noun if place is not None else "clause",
    )


def position(problem: Problem) -> tuple[int, tuple[int, ...]]:
    """Sort key of a problem inside one section: clause, then sub-item path."""
    path = tuple(int(p) for p in problem.subitem.split(".")) if problem.subitem else ()
    return (problem.clause or 0, path)
