"""The primitive model operations: the only code that mutates a document.

Four operations cover every edit: replace an inline's spans, insert a node,
remove a node, set an attribute.  Each `apply()` returns its exact inverse,
so undo is "apply the inverses in reverse order" and needs no snapshots of
the document.  Each also names what it touched, so one change notice feeds
the incremental checks and the views.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from editor.model.inline import Inline, Span, normalize
from editor.model.nodes import Clause, Node, Proposal, Resolution, Section


class Operation(Protocol):
    def apply(self) -> Operation:
        """Perform the change and return the operation that undoes it."""
        ...

    def touched(self) -> Sequence[object]:
        """Nodes (or the cover) whose content this operation changes."""
        ...


@dataclass
class SetSpans:
    inline: Inline
    spans: list[Span]

    def apply(self) -> SetSpans:
        old = self.inline.spans
        self.inline.spans = normalize(self.spans)
        return SetSpans(self.inline, old)

    def touched(self) -> Sequence[object]:
        return [self.inline.owner] if self.inline.owner is not None else []


@dataclass
class InsertNode:
    parent: Node
    field: str
    index: int
    node: Node

    def apply(self) -> RemoveNode:
        getattr(self.parent, self.field).insert(self.index, self.node)
        self.node.parent = self.parent
        return RemoveNode(self.parent, self.field, self.index)

    def touched(self) -> Sequence[object]:
        return [self.parent, self.node]


@dataclass
class RemoveNode:
    parent: Node
    field: str
    index: int

    def apply(self) -> InsertNode:
        node: Node = getattr(self.parent, self.field).pop(self.index)
        node.parent = None
        return InsertNode(self.parent, self.field, self.index, node)

    def touched(self) -> Sequence[object]:
        return [self.parent]


@dataclass
class SetAttr:
    target: Any
    name: str
    value: Any

    def apply(self) -> SetAttr:
        old = getattr(self.target, self.name)
        setattr(self.target, self.name, self.value)
        return SetAttr(self.target, self.name, old)

    def touched(self) -> Sequence[object]:
        return [self.target]


@dataclass
class ChangeNotice:
    """What one transaction changed, for the checks and the views.

    `nodes` are the nodes whose own content or child list changed;
    `structural` is true when nodes were inserted or removed; `replayed` is
    true when the change is an undo or a redo (a view then shows where it
    acted, as Word does).  The helpers widen that to the sections and
    resolutions a check has to revisit.
    """

    nodes: list[object] = field(default_factory=list)
    structural: bool = False
    replayed: bool = False

    def add(self, op: Operation) -> None:
        for obj in op.touched():
            if not any(obj is n for n in self.nodes):
                self.nodes.append(obj)
        if isinstance(op, InsertNode | RemoveNode):
            self.structural = True

    def sections(self) -> list[Section]:
        """Sections whose clauses (or keyword) changed."""
        out: list[Section] = []
        for obj in self.nodes:
            if isinstance(obj, Node):
                sec = obj.ancestor(Section)
                if sec is not None and sec not in out:
                    out.append(sec)
        return out

    def resolutions(self) -> list[Resolution]:
        """Resolutions anything in which changed."""
        out: list[Resolution] = []
        for obj in self.nodes:
            if isinstance(obj, Node):
                res = obj.ancestor(Resolution)
                if res is not None and res not in out:
                    out.append(res)
        return out

    def proposals(self) -> list[Proposal]:
        out: list[Proposal] = []
        for obj in self.nodes:
            if isinstance(obj, Node):
                prop = obj.ancestor(Proposal)
                if prop is not None and prop not in out:
                    out.append(prop)
        return out

    def clauses(self) -> list[Clause]:
        return [n for n in self.nodes if isinstance(n, Clause)]

    def touches_document(self) -> bool:
        """True when something outside every proposal changed (cover, proposal list)."""
        return any(not isinstance(o, Node) or o.ancestor(Proposal) is None for o in self.nodes)


@dataclass
class Step:
    """One step of the edit history: operations that take a transaction back (or forward again), and its notice.

    `serial` names the state of the document the step leads back from: a
    step and the step that reverses it share it, and a step that grows by
    merging (typing) gets a new one, so "the document is as saved" is "the
    step on top of the history has the serial it had at the save".
    """

    operations: list[Operation]
    notice: ChangeNotice
    label: str = ""
    serial: int = 0

    def apply(self) -> Step:
        """Apply the operations, last first; returns the step that reverses this one (as Operation.apply does)."""
        reverse = [op.apply() for op in reversed(self.operations)]
        notice = ChangeNotice(replayed=True)
        for op in self.operations:
            notice.add(op)
        for op in reverse:
            notice.add(op)
        return Step(reverse, notice, self.label, self.serial)
