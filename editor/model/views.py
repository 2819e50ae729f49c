"""Final, original and markup views: projections of one model.

A projection is a new tree with the marks resolved.  It keeps the uids of
the source nodes, so a problem found in the final view points straight back
at the node the drafter edits.
"""

from __future__ import annotations

import copy
from typing import TypeVar

from editor.model.inline import Inline
from editor.model.marks import View
from editor.model.nodes import Node

N = TypeVar("N", bound=Node)


def project(node: N, view: View) -> N:
    """A copy of `node` as shown in `view` (markup: an exact deep copy)."""
    twin = copy.copy(node)
    twin.parent = None
    if getattr(node, "cover", None) is not None:
        twin.cover = copy.copy(node.cover)  # type: ignore[attr-defined]
    if hasattr(node, "comments"):
        twin.comments = []  # type: ignore[attr-defined]  # anchors point into the original tree, not the copy
    if view != "markup":
        twin.change = None
    for name in node.INLINE_FIELDS:
        setattr(twin, name, Inline(getattr(node, name).projected(view)))
    for name in node.CHILD_LISTS:
        setattr(twin, name, [project(c, view) for c in getattr(node, name) if c.visible_in(view)])
    twin._adopt()
    return twin


def clone(node: N) -> N:
    """A deep copy with fresh uids, for duplicating or pinning a base text."""
    twin = project(node, "markup")
    for n in twin.walk():
        n.uid = Node().uid
    return twin


def has_marks(node: Node) -> bool:
    """Whether any mark, inline or block-level, lies in or below `node`."""
    return any(n.change is not None or any(i.has_marks() for i in n.inlines()) for n in node.walk())
