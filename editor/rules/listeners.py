"""What every live problem source shares: listeners told after each recheck that the problems changed.

A listener is told, not given the list: most wait for a pause in typing
(the Problems list) or read only what they draw, and building the whole
list (3,000 clauses: hundreds of problems, merged with the misspellings in
reading order) on every keystroke for listeners that do not read it cost
a millisecond of each Enter.  Who needs the list reads `problems`.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.rules.problem import Problem

Listener = Callable[[], None]


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
        for cb in list(self._listeners):
            cb()
