"""What the list panels (Changes, Comments) share: a list of records kept in step with the session, and walking it.

The list is rebuilt from the document after edits pause and only while the
panel is visible (editor.gui.deferred); selecting a row, or Previous and
Next, goes through `select_row`, so each panel only says what selecting means.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from editor.editing.host import DocumentHost
from editor.gui.deferred import TYPING_PAUSE_MS, DeferredRefresh
from editor.gui.rows_model import RowsModel
from editor.gui.session_link import SessionLink
from editor.model.operations import ChangeNotice

T = TypeVar("T")


class RowsPanel(QWidget, Generic[T]):
    """A panel listing records of the host's document in a one-level tree view."""

    def __init__(self, host: DocumentHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def _list(self, model: RowsModel[T], widths: Sequence[int]) -> QTreeView:
        """The list view over `model` and the subscription that keeps it in step; call once from the constructor."""
        self.model = model
        self.view = QTreeView(self)
        self.view.setModel(model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(True)
        for column, width in enumerate(widths):
            self.view.header().resizeSection(column, width)
        self._quiet = False
        self._deferred = DeferredRefresh(self, self.refresh, TYPING_PAUSE_MS)
        self._deferred.settle_on(self.view, self.view.viewport())
        self._link = SessionLink(self.host, self._changed)
        self.destroyed.connect(self._link.unlink)
        return self.view

    def refresh(self) -> None:
        """List the document's records now (each panel says how)."""
        raise NotImplementedError

    # -- keeping in step -------------------------------------------------------------------------

    def reload(self) -> None:
        """Follow host.session again (after open or replace_document); list now, or when shown."""
        self._link.relink()
        self._deferred.now_or_when_shown()

    def _changed(self, _notice: ChangeNotice) -> None:
        self._deferred.schedule()

    # -- navigation --------------------------------------------------------------------------------

    def selected(self) -> T | None:
        return self.model.record(self.view.currentIndex())

    def select_row(self, row: int) -> bool:
        """Select record number `row` (what selecting shows is the panel's); False when there is no such row."""
        if not 0 <= row < len(self.model.rows):
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select_next(self) -> bool:
        self._deferred.settle()
        index = self.view.currentIndex()
        return self.select_row(index.row() + 1 if index.isValid() else 0)

    def select_previous(self) -> bool:
        self._deferred.settle()
        index = self.view.currentIndex()
        return self.select_row(index.row() - 1 if index.isValid() else len(self.model.rows) - 1)

    def select_quietly(self, row: int) -> bool:
        """Select a row without acting on it (the document's cursor is already there)."""
        self._quiet = True
        try:
            return self.select_row(row)
        finally:
            self._quiet = False
