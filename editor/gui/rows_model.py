"""A flat table model over a list of records, updated by difference.

The problems and changes panels both receive a whole new list after an
edit, usually equal to the old one but for a row or two.  Resetting the
model would repaint every row and lose the selection; instead the common
beginning and end are kept and only the rows in between are removed and
inserted, which is what an edit in one clause produces.

The cells are Qt's own items (a QStandardItemModel), their texts and
roles worked out once when a row comes in: a list view lays out all its
rows again after any insertion, and asking a Python model for its row
count and indexes row by row (three calls a row, several hundred rows)
cost the Problems panel a millisecond on every new clause.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from editor.model.text_change import common_ends

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
"""The roles besides the text that `roles` is asked for, once per cell."""
FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # rows are read, never edited or dragged


class RowsModel(QStandardItemModel, Generic[T]):
    """Rows of records; `cells(record)` gives the column texts, `roles(record, column, role)` any of ROLES per column."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[str]],
        roles: Callable[[T, int, int], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.headers = list(headers)
        self.setHorizontalHeaderLabels(self.headers)
        self.cells = cells
        self.roles = roles
        self.rows: list[T] = []
        # Connected before any view: the views hear of removed rows with `rows` already without them, and of
        # rows about to go with `rows` still holding them, as they would from beginRemoveRows/endRemoveRows.
        self.rowsRemoved.connect(self._removed)

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self.rows[first:last + 1]

    def _items(self, record: T) -> list[QStandardItem]:
        items = []
        for column, text in enumerate(self.cells(record)):
            item = QStandardItem(text)
            item.setFlags(FLAGS)
            if self.roles is not None:
                for role in ROLES:
                    value = self.roles(record, column, role)
                    if value is not None:
                        item.setData(value, role)
            items.append(item)
        return items

    def set_rows(self, records: Sequence[T]) -> None:
        """Show `records`, changing only the rows that differ from what is shown."""
        start, end = common_ends(self.rows, records)
        removed, added = len(self.rows) - start - end, len(records) - start - end
        if start == end == 0 and removed + added > 1:  # nothing kept (a new document): one reset, not a signal a row
            self.beginResetModel()
            self.blockSignals(True)
            try:
                self.setRowCount(0)
                self.rows = list(records)
                for record in self.rows:
                    self.appendRow(self._items(record))
            finally:
                self.blockSignals(False)
            self.endResetModel()
            return
        if removed:
            self.removeRows(start, removed)
        for row, record in enumerate(records[start:start + added], start=start):
            self.rows.insert(row, record)
            self.insertRow(row, self._items(record))

    def record(self, index: Index) -> T | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None
