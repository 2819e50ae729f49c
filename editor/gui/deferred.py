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
        return False
