"""What a panel needs from the document it shows.

The window's controller (editor/controller.py) implements this; panels are
written against the protocol so that they can be built, tested and reused
without the whole window.  Every edit a panel makes goes through `perform`,
so that it lands on the one edit history, is recorded as a revision when
Track Changes is on, and is rechecked like typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from editor.model.nodes import Document
from editor.model.session import EditSession
from editor.rules.problem import Problem


class DocumentHost(Protocol):
    session: EditSession

    def perform(self, label: str, action: Callable[[], object], merge_key: object = None, *, records: bool = True) -> None:
        """Run `action` (calls on self.session) as one undoable step named `label`.

        `records` is false for actions that never record a revision mark
        (accepting or rejecting changes), so no author's name is asked for.
        """

    def replace_document(self, document: Document, label: str) -> None:
        """Swap in a whole new document (source edit, accept all) as one undoable step."""

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        """Ask the document view to show node `uid` and put the cursor there."""


class ProblemSource(Protocol):
    """What the controller and the problems panel need of the rule engine (editor.rules.engine.RuleEngine)."""

    @property
    def problems(self) -> list[Problem]: ...

    def add_listener(self, cb: Callable[[], None]) -> None:
        """`cb` is called after each recheck (the problems may have changed: read `problems`)."""

    def remove_listener(self, cb: Callable[[], None]) -> None: ...

    def fixable(self, problem: Problem) -> bool: ...

    def apply_fix(self, problem: Problem) -> None: ...
