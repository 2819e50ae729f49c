"""Refreshing a panel after a pause, and only while it can be seen.

Panels whose refresh costs a walk over the whole document (the XML source,
the list of changes) must not do that walk on every keystroke of a
3,000-clause document: changes are collected until typing pauses, and a
panel that is hidden (a dock tabbed behind another) only remembers that it
is stale and catches up when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

TYPING_PAUSE_MS = 200
"""How long typing must pause before a list panel (outline, problems, changes, comments) catches up: an Enter
relays out and repaints a 4,000-row tree, which a drafter pressing keys does not watch."""


SETTLING_EVENTS = frozenset({QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                             QEvent.Type.ContextMenu, QEvent.Type.KeyPress, QEvent.Type.DragEnter})
"""What the drafter does to a panel itself: its rows catch up first, so a click or a key acts on the rows as they are."""


class DeferredRefresh(QObject):
    """Calls `refresh` once after `pause_ms` without new changes, when `widget` is visible."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None], pause_ms: int = 300) -> None:
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.stale = False
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._due)
        widget.installEventFilter(self)
        self._handled: set[QObject] = set()

    def settle_on(self, *widgets: QWidget) -> None:
        """Settle (see `settle`) before any of `widgets` gets a click, a key, a context menu, the focus or a drag."""
        for widget in widgets:
            widget.installEventFilter(self)
            self._handled.add(widget)

    def schedule(self) -> None:
        """Note a change; refresh after the pause (or when next shown)."""
        self.stale = True
        if not self.paused:
            self._timer.start()

    def now_or_when_shown(self) -> None:
        """Refresh now if the widget can be seen, else as soon as it is shown."""
        self.stale = True
        self._timer.stop()
        if self.widget.isVisible() and not self.paused:
            self.refresh()

    def settle(self) -> None:
        """Refresh now if a change is pending, seen or not: a command is about to read the panel's rows."""
        if self.stale:
            self.refresh()

    def done(self) -> None:
        """The widget has just refreshed: nothing is pending."""
        self.stale = False
        self._timer.stop()

    def _due(self) -> None:
        if self.stale and not self.paused and self.widget.isVisible():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale and not self.paused:
            self.refresh()
        elif watched in self._handled and event.type() in SETTLING_EVENTS:
            self.settle()
        return False
