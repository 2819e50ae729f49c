"""Where Track Changes applies, and keeping mark ids unique.

ITU practice (../shared/docs/itu-conventions.md, section 3.1): a MOD shows
every change against the in-force text, an ADD is new text and is never
tracked.  What is tracked is the resolution text; the proposal's Reasons,
notes and cover page are the contribution's own prose and have no base
text to be marked against.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from editor.model.inline import Inline
from editor.model.marks import Mark
from editor.model.nodes import Document, Node, Proposal, Resolution


def tracking_allowed(node: Node | None) -> bool:
    """Whether an edit at `node` may be recorded as a revision mark.

    False outside a resolution (cover, Reasons, notes) and anywhere inside
    an ADD proposal, whose text is new as a whole.
    """
    if node is None or node.ancestor(Resolution) is None:
        return False
    proposal = node.ancestor(Proposal)
    return proposal is None or proposal.action != "ADD"


def tracking_possible(document: Document) -> bool:
    """Whether Track Changes means anything in `document`: some resolution text may be marked (not in an ADD)."""
    return any(tracking_allowed(res) for res in document.resolutions())


def default_tracking(document: Document) -> bool:
    """Track Changes starts on for a document holding a MOD proposal."""
    return any(p.action == "MOD" for p in document.proposals)


def inside_insertion(node: Node | None) -> bool:
    """Whether `node` lies in a block that is itself a tracked insertion."""
    while node is not None:
        if node.change is not None and node.change.kind == "ins":
            return True
        node = node.parent
    return False


def _inlines(node: Node) -> Iterator[Inline]:
    for n in node.walk():
        yield from n.inlines()


def renumber_marks(node: Node, fresh_id: Callable[[], int]) -> None:
    """Give every mark in a subtree that is not yet in a document a fresh id.

    Pasted or imported blocks carry ids from elsewhere; renumbering them as
    they enter keeps ids unique.  One mark keeps one new id wherever it
    occurs, so a change split in pieces stays one change.
    """
    mapping: dict[Mark, Mark] = {}

    def fresh(mark: Mark) -> Mark:
        if mark not in mapping:
            mapping[mark] = replace(mark, id=fresh_id())
        return mapping[mark]

    for n in node.walk():
        if n.change is not None:
            n.change = fresh(n.change)
    for inline in _inlines(node):
        if inline.has_marks():
            inline.spans = [s if s.mark is None else replace(s, mark=fresh(s.mark)) for s in inline.spans]
