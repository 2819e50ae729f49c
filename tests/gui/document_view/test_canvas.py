"""The page at every zoom: the layout made once at 100 %, the screen a scaled picture of it, the mouse and the
cursor mapped through the same scale (editor/gui/document_view/canvas.py, sheet.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from editor.gui.document_view.decorations import CHANGE_BAR
from editor.model import Inline
from editor.model.nodes import Clause, Resolution
from tests.factories import mod_document


def _res(win: Any) -> Resolution:
    return next(win.controller.session.document.resolutions())


def _shown(win: Any, qtbot: QtBot, width: int = 1600, height: int = 900) -> Any:
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    return win.view


def _word(clause: Clause, word: str) -> tuple[int, int]:
    start = clause.text.text().index(word)
    return start, start + len(word)


def _picture(view: Any) -> QImage:
    return view.viewport().grab().toImage()


def _dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 110


def _reddish(colour: QColor) -> bool:
    """The error red of a squiggle (#e01b24), or its antialiased blend with the white page."""
    return colour.red() > 180 and colour.red() - max(colour.green(), colour.blue()) > 60


def _ink_rows(image: QImage, left: int, right: int) -> list[int]:
    """The rows of the view that hold dark pixels (text) between x = left and right."""
    return [y for y in range(image.height()) if any(_dark(image, x, y) for x in range(max(0, left), min(image.width(), right)))]


def _first_line(rows: list[int]) -> tuple[int, int]:
    """The first run of consecutive ink rows: the top and the height of the first text line."""
    top = end = rows[0]
    while end + 1 in rows:
        end += 1
    return top, end - top + 1


@pytest.mark.parametrize("percent", [150, 75])
def test_a_click_on_a_word_puts_the_cursor_in_that_word(window, qtbot: QtBot, percent: int) -> None:  # type: ignore[no-untyped-def]
    """Where the word is on the 100 % page, scaled by the zoom from the page's corner, is where a click finds it."""
    view = _shown(window, qtbot)
    clause = _res(window).sections[1].clauses[1]
    start, end = _word(clause, "activities")
    view.place_cursor(clause, "text", (start + end) // 2)
    at_100, left_100 = view.cursorRect().center(), view.sheet.left()
    window.act_zooms[percent].trigger()
    assert view.verticalScrollBar().value() == 0
    scale = percent / 100
    point = QPoint(view.sheet.left() + round((at_100.x() - left_100) * scale), round(at_100.y() * scale))
    view.place_cursor(clause, "label", 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    place = view.location()
    assert place is not None and place[0] is clause and place[1] == "text" and start < place[2] < end, (place, start, end)
    assert abs(view.cursorRect().center().x() - point.x()) <= 12 * scale  # cursorRect answers in the same pixels


@pytest.mark.parametrize("percent", [150, 75])
def test_a_click_beside_the_page_lands_on_that_line(window, qtbot: QtBot, percent: int) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot)
    window.act_zooms[percent].trigger()
    width = view.viewport().width()
    assert view.sheet.left() > 0 and view.sheet.right() < width  # the page fits: white beside it on both sides
    clause = _res(window).sections[2].clauses[1]
    view.place_cursor(clause, "label", 0)
    y = view.cursorRect().center().y()
    for x in (width - 5, 3):
        view.place_cursor(_res(window).sections[0].clauses[0], "text", 0)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        place = view.location()
        assert place is not None and place[0] is clause, x  # on that line, not at the end of the document


def test_a_zoom_does_not_lay_the_text_out_again(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """Line breaks as printed at every zoom, and nothing to lay out: the layout's geometry stays that of 100 %."""
    view = _shown(window, qtbot, 900, 500)
    layout = view.document().documentLayout()
    last = view.document().lastBlock()
    size, rect, lines = layout.documentSize(), layout.blockBoundingRect(last), last.layout().lineCount()
    for percent in (150, 75, 300, 50):
        window.act_zooms[percent].trigger()
        assert layout.documentSize() == size and layout.blockBoundingRect(last) == rect, percent
        assert last.layout().lineCount() == lines


def test_the_scroll_range_covers_the_scaled_page(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """At 200 % the end of the document can still be scrolled to, and shows at the bottom of the view."""
    view = _shown(window, qtbot, 900, 500)
    window.act_zooms[200].trigger()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    rect = view.cursorRect(cursor)
    assert 0 < rect.bottom() <= view.viewport().height()
    assert view.viewport().height() - rect.bottom() < 200  # the last line near the bottom, not half a view above it


def test_typing_at_200_percent_near_the_bottom_keeps_the_cursor_in_view(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot, 900, 500)
    window.act_zooms[200].trigger()
    view.setFocus()
    clause = _res(window).sections[1].clauses[0]
    view.place_cursor(clause, "text", len(clause.text.text()))
    bar, height = view.verticalScrollBar(), view.viewport().height()
    bar.setValue(bar.value() + round((view.cursorRect().bottom() - height + 4) / 2))  # its line at the bottom of the view
    assert view.cursorRect().top() >= 0 and view.cursorRect().bottom() <= height
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.keyClicks(view, "new")
        rect = view.cursorRect()
        assert rect.top() >= 0 and rect.bottom() <= height, (rect, height)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        rect = view.cursorRect()
        assert rect.top() >= 0 and rect.bottom() <= height, (rect, height)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    rect = view.cursorRect()
    assert rect.top() >= 0 and rect.bottom() <= height, (rect, height)


def test_a_revealed_place_comes_into_view_at_every_zoom(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot, 900, 400)
    clause = _res(window).sections[1].clauses[1]
    for percent in (200, 75):
        window.act_zooms[percent].trigger()
        view.verticalScrollBar().setValue(0)
        view.reveal(clause.uid, "text", 3)
        rect, height = view.cursorRect(), view.viewport().height()
        assert height // 10 <= rect.top() and rect.bottom() <= height * 3 // 4, (percent, rect, height)


def test_the_page_at_150_percent_is_the_100_percent_page_scaled(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot)
    lines = {}
    for percent in (100, 150):
        window.act_zooms[percent].trigger()
        rows = _ink_rows(_picture(view), view.sheet.left(), view.sheet.right())
        lines[percent] = _first_line(rows)
    (top, height), (top_150, height_150) = lines[100], lines[150]
    assert 1.3 <= height_150 / height <= 1.7, lines
    assert abs(top_150 - top * 1.5) <= 3, lines
    clause = _res(window).sections[0].clauses[0]
    view.place_cursor(clause, "text", _word(clause, "purposes")[0])
    rect, image = view.cursorRect(), _picture(view)  # the cursor's rectangle is where the word is drawn
    assert any(_dark(image, x, y) for x in range(rect.left(), rect.left() + 12) for y in range(rect.top(), rect.bottom()))
    word_after = rect.translated(-40, 0)  # "the " before it, then nothing left of the text column
    assert view.sheet.left() <= word_after.left() or not any(
        _dark(image, x, y) for x in range(max(0, word_after.left()), view.sheet.left()) for y in range(rect.top(), rect.bottom()))


def test_change_bars_and_squiggles_move_with_the_page(qtbot: QtBot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    doc = mod_document()[0]
    res = doc.proposals[0].resolution
    assert res is not None
    wrong = res.sections[0].clauses[1]
    wrong.label = Inline.plain("c)")
    wrong._adopt()
    win = make_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win.load_document(doc)
    view = _shown(win, qtbot)
    marked = res.sections[1].clauses[2]  # the inserted clause: a change bar beside it
    for percent in (150, 75, 100):
        win.act_zooms[percent].trigger()
        scale = percent / 100
        view.place_cursor(marked, "text", 3)
        line, image = view.cursorRect(), _picture(view)
        bar_x = [x for x in range(0, view.sheet.left()) if QColor(image.pixel(x, line.center().y())) == CHANGE_BAR]
        assert bar_x and abs(bar_x[0] - (view.sheet.left() - 12 * scale)) <= 2, (percent, bar_x, view.sheet.left())
        view.place_cursor(wrong, "label", 1)
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + round((view.cursorRect().center().y() - view.viewport().height() // 2) / scale))
        label, image = view.cursorRect(), _picture(view)
        red = [(x, y) for x in range(max(0, label.left() - round(20 * scale)), label.right() + 5)
               for y in range(label.bottom() - 4, label.bottom() + 6) if _reddish(QColor(image.pixel(x, y)))]
        assert red, percent  # the wavy line under the wrong label, where the label is drawn
        assert all(y >= label.center().y() for _, y in red)


def test_a_selection_dragged_below_the_view_at_200_percent_scrolls_it(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = _shown(window, qtbot, 900, 500)
    window.act_zooms[200].trigger()
    viewport, bar = view.viewport(), view.verticalScrollBar()
    start = QPoint(view.sheet.left() + 40, 40)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    below = QPoint(start.x(), viewport.height() + 30)
    QCursor.setPos(viewport.mapToGlobal(below))
    qtbot.mouseMove(viewport, below)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=below)
    assert view.textCursor().hasSelection()


def test_a_selection_at_150_percent_is_highlighted_where_its_words_are_drawn(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    view = _shown(window, qtbot)
    window.act_zooms[150].trigger()
    clause = _res(window).sections[0].clauses[0]
    start, end = _word(clause, "purposes")
    assert view.select_range(clause.uid, "text", start, end)
    cursor = QTextCursor(view.textCursor())
    cursor.setPosition(cursor.selectionStart())
    first = view.cursorRect(cursor)
    cursor.setPosition(view.textCursor().selectionEnd())
    last = view.cursorRect(cursor)
    image, y = _picture(view), first.top() + 2  # above the letters: the background
    highlights = {view.palette().color(group, QPalette.ColorRole.Highlight).rgb()
                  for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}
    inside = [x for x in range(first.left() + 2, last.left() - 2) if image.pixel(x, y) in highlights]
    assert len(inside) > (last.left() - first.left()) // 2  # the word's background, not a stretch beside it
    assert not [x for x in range(last.left() + 4, last.left() + 40) if image.pixel(x, y) in highlights]
