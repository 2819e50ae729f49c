"""The Problems panel's one list: the drafting checks' problems with the spelling ones, which the drafter can hide.

The rule engine and the spelling source stay two sources (editor.spelling.source
says why); the panel is written against one ProblemSource, so this object
answers that protocol over both.  The drafting problems come as the engine
announces them; the spelling ones when its owner calls `announce()`, so the
window can hold back a flood of announcements while the first spelling
check runs in slices.  Plain Python: the panel's behaviour with spelling
rows is tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.editing.host import ProblemSource
from editor.rules.listeners import Listener
from editor.rules.problem import Problem
from editor.spelling.checker import RULE
from editor.spelling.source import SpellingSource


class WithSpelling:
    """A ProblemSource: `engine`'s problems, merged in reading order with `spelling`'s while `shown`."""

    def __init__(self, engine: ProblemSource, spelling: SpellingSource | None, shown: bool = True,
                 schedule: Callable[[], None] | None = None) -> None:
        """`schedule`, when given, is called instead of announcing at once when the engine has rechecked: the
        window announces once per pass of its event loop, after the spelling source has rechecked too."""
        self.engine = engine
        self.spelling = spelling
        self.shown = shown
        self.schedule = schedule
        self.spelling_rows: list[Problem] = []
        """The spelling problems shown, as taken last."""
        self._listeners: list[Listener] = []

    @property
    def problems(self) -> list[Problem]:
        drafting = self.engine.problems
        if self.spelling is None or not self.shown or not self.spelling_rows:
            return drafting
        return self.spelling.merge(drafting, self.spelling_rows)

    def take_spelling(self) -> None:
        """Show the spelling source's current problems; listeners hear of the new list."""
        self.spelling_rows = self.spelling.problems if self.spelling is not None else []
        self.announce()

    def follow(self, engine: ProblemSource, spelling: SpellingSource | None) -> None:
        """The sources of a newly opened document (the listeners stay, and are not told: the panel reloads)."""
        if self._listeners:
            self.engine.remove_listener(self._engine_changed)
            engine.add_listener(self._engine_changed)
        self.engine, self.spelling = engine, spelling
        self.spelling_rows = []

    def set_shown(self, shown: bool) -> None:
        """Show or hide the spelling rows; listeners hear of the new list."""
        if shown != self.shown:
            self.shown = shown
            self.announce()

    def _engine_changed(self) -> None:
        if self.schedule is not None:
            self.schedule()
        else:
            self.announce()

    def announce(self) -> None:
        """Tell the listeners the list has changed (they read `problems`, the merge, when they need it)."""
        for listener in list(self._listeners):
            listener()

    def add_listener(self, cb: Listener) -> None:
        if not self._listeners:
            self.engine.add_listener(self._engine_changed)
        self._listeners.append(cb)

    def remove_listener(self, cb: Listener) -> None:
        self._listeners.remove(cb)
        if not self._listeners:
            self.engine.remove_listener(self._engine_changed)

    def _source_of(self, problem: Problem) -> ProblemSource | None:
        if problem.rule != RULE:
            return self.engine
        return self.spelling

    def fixable(self, problem: Problem) -> bool:
        source = self._source_of(problem)
        return source is not None and source.fixable(problem)

    def apply_fix(self, problem: Problem) -> None:
        """The drafting check's quick fix, or the misspelling's first suggestion."""
        source = self._source_of(problem)
        if source is not None:
            source.apply_fix(problem)
