"""The list panels' model: after any new list its rows are that list, and views hear of rows in step with `rows`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from editor.gui.rows_model import RowsModel


def _model() -> RowsModel[str]:
    def roles(record: str, column: int, role: int) -> object:
        return f"about {record}" if role == Qt.ItemDataRole.ToolTipRole and column == 1 else None

    return RowsModel(["Word", "Length"], lambda record: (record, str(len(record))), roles)


def _shown(model: RowsModel[str]) -> list[tuple[str, ...]]:
    return [tuple(str(model.index(row, column).data()) for column in range(model.columnCount())) for row in range(model.rowCount())]


LISTS = st.lists(st.lists(st.sampled_from(["a", "bb", "ccc", "dddd", "e"]), max_size=8), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(LISTS)
def test_after_any_lists_the_rows_are_the_last_list(qapp, lists: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    heard: list[tuple[str, int, int]] = []
    model.rowsAboutToBeRemoved.connect(lambda _p, first, last: heard.append(("going", len(model.rows), model.rowCount())))
    model.rowsRemoved.connect(lambda _p, first, last: heard.append(("gone", len(model.rows), model.rowCount())))
    model.rowsInserted.connect(lambda _p, first, last: heard.append(("come", len(model.rows), model.rowCount())))
    for records in lists:
        model.set_rows(records)
        assert model.rows == records
        assert _shown(model) == [(r, str(len(r))) for r in records]
        assert [model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())] == [f"about {r}" for r in records]
        if records:
            assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable  # read, never edited
    assert all(count == rows for _, rows, count in heard)  # `rows` and the model agree whenever a view is told
    assert model.record(QModelIndex()) is None
