"""A flat table model over a list of records, updated by difference.

The problems and changes panels both receive a whole new list after an
edit, usually equal to the old one but for a row or two.  Resetting the
model would repaint every row and lose the selection; instead the common
beginning and end are kept and only the rows in between are removed and
inserted, which is what an edit in one clause produces.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from editor.model.text_change import common_ends

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of records; `cells(record)` gives the column texts, `roles` any other data per column."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[str]],
        roles: Callable[[T, int, int], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.cells = cells
        self.roles = roles
        self.rows: list[T] = []

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(record)[index.column()]
        return self.roles(record, index.column(), role) if self.roles is not None else None

    def set_rows(self, records: Sequence[T]) -> None:
        """Show `records`, changing only the rows that differ from what is shown."""
        start, end = common_ends(self.rows, records)
        removed, added = len(self.rows) - start - end, len(records) - start - end
        if removed:
            self.beginRemoveRows(_ROOT, start, start + removed - 1)
            del self.rows[start:start + removed]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(_ROOT, start, start + added - 1)
            self.rows[start:start] = list(records[start:start + added])
            self.endInsertRows()

    def record(self, index: Index) -> T | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None
