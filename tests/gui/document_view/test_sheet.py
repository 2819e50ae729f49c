"""The page's scroll bars (editor/gui/document_view/sheet.py): kept as a picture between changes, and always the
picture Qt's own scroll bar draws for the same range, page and value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollBar
from pytestqt.qtbot import QtBot

from editor.model.nodes import Resolution


def _res(win: Any) -> Resolution:
    return next(win.controller.session.document.resolutions())


def _as_qt_draws_it(bar: QScrollBar) -> QImage:
    """What a plain QScrollBar of the same size, palette, range, page and value looks like."""
    plain = QScrollBar(bar.orientation())
    plain.setPalette(bar.palette())
    plain.resize(bar.size())
    plain.setRange(bar.minimum(), bar.maximum())
    plain.setPageStep(bar.pageStep())
    plain.setValue(bar.value())
    return _image(plain)


def _image(bar: QScrollBar) -> QImage:
    return bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _on_screen(bar: QScrollBar) -> QImage:
    """The bar as the window shows it now (what was last painted), not drawn afresh as `grab` does."""
    window = bar.window()
    at = bar.mapTo(window, QPoint(0, 0))
    shot = QApplication.primaryScreen().grabWindow(window.winId(), at.x(), at.y(), bar.width(), bar.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _alike(one: QImage, other: QImage) -> bool:
    """The same picture, to within the rounding of antialiased edges (the kept picture is drawn on a transparent
    one first): no channel of any pixel more than 3 apart."""
    if one.size() != other.size():
        return False
    return all(max(abs(a - b) for a, b in zip(QColor(one.pixel(x, y)).getRgb(), QColor(other.pixel(x, y)).getRgb(), strict=True)) <= 3
               for y in range(one.height()) for x in range(one.width()))


def _shown(win: Any, qtbot: QtBot) -> Any:
    win.resize(700, 500)  # narrower than the page: both bars show
    win.show()
    qtbot.waitExposed(win)
    view = win.view
    assert view.verticalScrollBar().isVisible() and view.horizontalScrollBar().isVisible()
    return view


def test_the_bars_show_their_handle_where_qt_would_draw_it(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot)
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        assert bar.maximum() > 0
        seen = set()
        for value in (0, bar.maximum() // 2, bar.maximum(), 0):
            bar.setValue(value)
            QApplication.processEvents()
            picture = _on_screen(bar)
            assert _alike(picture, _as_qt_draws_it(bar)), (bar.orientation(), value)
            assert _alike(_image(bar), picture)
            seen.add(bytes(picture.constBits()))
        assert len(seen) == 3  # the handle was drawn at three places, not the first picture kept


def test_after_new_clauses_the_bar_is_drawn_for_its_new_range(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot)
    bar = view.verticalScrollBar()
    bar.grab()  # the picture kept
    before = bar.maximum()
    clause = _res(window).sections[-1].clauses[-1]
    view.place_cursor(clause, "text", len(clause.text.text()))
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert bar.maximum() > before
    assert _alike(_on_screen(bar), _as_qt_draws_it(bar))


def test_after_a_zoom_the_bars_are_drawn_for_the_zoomed_page(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot)
    bar = view.verticalScrollBar()
    before = (bar.maximum(), bar.pageStep())
    _on_screen(bar)
    for percent in (200, 125):
        view.set_zoom(percent)
        QApplication.processEvents()
        assert bar.isVisible() and (bar.maximum(), bar.pageStep()) != before  # the handle's size changed with the zoom
        assert _alike(_on_screen(bar), _as_qt_draws_it(bar)), percent
