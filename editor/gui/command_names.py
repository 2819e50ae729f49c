"""Which menu command was running when a bug surfaced, named as the drafter reads it ("File > Save").

A QAction's slot is usually a lambda, which Qt cannot trace back to the
action (QObject.sender() only knows bound slots), so actions are connected
through `connect_action`: the frame of `_run` holds the action, and a
traceback through it names the command.  The crash report then reads
"while running File > Save" rather than a method name.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def connect_action(action: QAction, slot: Callable[[], object]) -> None:
    """Run `slot` when `action` is triggered, so that a failure in it is reported under the action's name."""
    action.triggered.connect(lambda _checked=False: _run(action, slot))


def _run(action: QAction, slot: Callable[[], object]) -> object:
    return slot()


def triggering_action(tb: TracebackType | None) -> QAction | None:
    """The action whose slot raised, found in the traceback's frames; None when no action ran it."""
    while tb is not None:
        if tb.tb_frame.f_code is _run.__code__:
            action = tb.tb_frame.f_locals.get("action")
            return action if isinstance(action, QAction) else None
        tb = tb.tb_next
    return None


def plain(text: str) -> str:
    """A menu text as shown: without the "&" of its mnemonic ("&&" is a literal "&") or a trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def command_name(action: QAction) -> str:
    """"File > Save", "File > Recent Files > …": the menus holding the action, then its text."""
    names = [plain(action.text())]
    seen: set[int] = set()
    current = action
    while True:
        menu = next((m for m in current.associatedObjects() if isinstance(m, QMenu)), None)
        if menu is None or id(menu) in seen:
            break
        seen.add(id(menu))
        if menu.title():
            names.insert(0, plain(menu.title()))
        current = menu.menuAction()
    return " > ".join(names)
