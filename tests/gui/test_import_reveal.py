"""A message in the Import Text list takes the drafter to its place: double-click or Enter puts the cursor there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.gui.import_report import ImportReport
from editor.gui.main_window import MainWindow
from editor.model import Node
from tests.factories import assert_valid

PASTED = """\
Cover page text of the contribution
MOD\tARB/36A2/1
RESOLUTION 99 (Geneva, 2022)
Test of importing
The World Telecommunication Standardization Assembly (Geneva, 2022),
considering
a)\tthat a first thing is true;
b)\tthat a second thing is true;
that was broken after a semicolon
c)\tthat a third thing is true,
resolves
1\tto do something.
Reasons:\tThe first reason,
- 3 -
and the second.
"""


def imported(window: MainWindow, tmp_path: Path) -> ImportReport:
    text = tmp_path / "pasted.txt"
    text.write_text(PASTED, encoding="utf-8")
    assert window.open_path(text)
    report = window.import_report
    assert report is not None and report.isVisible()
    return report


def row_of(report: ImportReport, line: int) -> int:
    return next(i for i, m in enumerate(report.messages()) if f":{line}: " in m)


def cursor_node(window: MainWindow) -> Node:
    place = window.view.location()
    assert place is not None, "the cursor is in a field of the document"
    return place[0]


def test_double_click_on_a_message_puts_the_cursor_in_the_clause_of_its_line(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    report = imported(window, tmp_path)
    resolution = window.controller.session.document.proposals[0].resolution
    assert resolution is not None
    b = resolution.sections[0].clauses[1]
    row = row_of(report, 9)
    assert "joined to clause 'b)'" in report.messages()[row]
    window.view.place_cursor(resolution.sections[1].clauses[0], "text", 0)
    rect = report.list.visualItemRect(report.list.item(row))
    qtbot.mouseClick(report.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cursor_node(window) is not b, "a single click only selects the message"
    qtbot.mouseDClick(report.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's second press
    assert cursor_node(window) is b
    assert window.view.textCursor().position() == window.view.position_of(b.uid, "text", 0)
    assert report.isVisible(), "the list stays open for the next message"
    assert_valid(window.controller.session.document)


def test_enter_on_an_unplaced_paragraph_goes_to_the_note_that_keeps_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    report = imported(window, tmp_path)
    note = window.controller.session.document.proposals[0].notes[0]
    assert note.text.text() == "Cover page text of the contribution"
    report.list.setCurrentRow(row_of(report, 1))
    report.list.setFocus()
    qtbot.keyClick(report.list, Qt.Key.Key_Return)
    assert cursor_node(window) is note
    qtbot.keyClicks(window.view, "X")  # the keyboard is in the document, at the note's text
    assert note.text.text() == "XCover page text of the contribution"
    assert_valid(window.controller.session.document)


def test_a_message_about_the_whole_file_moves_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    text = tmp_path / "latin.txt"
    text.write_bytes(PASTED.replace("something", "caf\u00e9 things").encode("cp1252"))
    assert window.open_path(text)
    report = window.import_report
    assert report is not None
    row = next(i for i, m in enumerate(report.messages()) if "Windows-1252" in m)
    assert report.place_of(row) is None
    asked: list[tuple[int, str | None]] = []
    report.reveal_requested.connect(lambda uid, field: asked.append((uid, field)))
    report.reveal(report.list.item(row))
    assert asked == []
    report.reveal(report.list.item(row_of(report, 1)))
    assert asked == [(window.controller.session.document.proposals[0].notes[0].uid, None)]
    assert_valid(window.controller.session.document)


def test_a_message_inside_the_reasons_puts_the_cursor_in_the_reasons(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    report = imported(window, tmp_path)
    proposal = window.controller.session.document.proposals[0]
    assert proposal.reasons.text() == "The first reason, and the second."
    report.list.setCurrentRow(row_of(report, 14))
    qtbot.keyClick(report.list, Qt.Key.Key_Return)
    place = window.view.location()
    assert place is not None and place[0] is proposal and place[1] == "reasons"
    assert_valid(window.controller.session.document)
