"""What every live problem source shares: listeners told the whole problem list after each recheck."""

from __future__ import annotations

from collections.abc import Callable

from editor.rules.problem import Problem

Listener = Callable[[list[Problem]], None]


class ProblemListeners:
    """The listener half of a problem source (the RuleEngine, the spelling source): subclasses give `problems`."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    @property
    def problems(self) -> list[Problem]:
        raise NotImplementedError

    def add_listener(self, cb: Listener) -> None:
        self._listeners.append(cb)

    def remove_listener(self, cb: Listener) -> None:
        self._listeners.remove(cb)

    def _notify(self) -> None:
        problems = self.problems
        for cb in list(self._listeners):
            cb(problems)
