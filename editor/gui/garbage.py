"""Python's cycle collector kept off the document a window has just opened.

A 3,000-clause document in the window is some 175,000 long-lived objects.  A
full collection walks them all, and it comes at whatever moment the counts
say: in the middle of an Enter, that is a pause of tens of milliseconds
the drafter feels.  Once a document is open (and the panels have built
their rows) its objects are moved to the collector's permanent generation
(`gc.freeze`), so the collections that editing sets off only walk what
was made since.  Before the next freeze the previous one is undone and a
collection run, so a document that was closed is still freed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class SettledGarbage(QObject):
    """Freezes what exists after a document is opened, at the next pass of the event loop (`settle_soon`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(settle)

    def settle_soon(self) -> None:
        self._timer.start()


def settle() -> None:
    """Collect what the last document left, then keep every object now alive out of later collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
