"""Window commands wired through small typed slots: Cut, the View menu, Open Recent, settings read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor

from editor.app import build_window
from editor.gui.main_window import MainWindow
from editor.model import Resolution
from editor.xmlio import save, to_bytes
from tests.factories import assert_valid, base_document, mod_document


def _resolution(window: MainWindow) -> Resolution:
    res = window.controller.session.document.proposals[0].resolution
    assert res is not None
    return res


def test_edit_cut_puts_the_selection_on_the_clipboard_and_removes_it(window) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    clause = _resolution(window).sections[0].clauses[0]
    before = clause.text.text("final")
    view.place_cursor(clause, "text", 4)
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 8)
    view.setTextCursor(cursor)
    window.act_cut.trigger()
    assert QGuiApplication.clipboard().text() == before[4:12]
    assert clause.text.text("final") == before[:4] + before[12:]
    assert window.controller.session.can_undo()
    assert_valid(window.controller.session.document)


def test_copying_across_the_cover_and_the_proposals_gives_paragraphs_not_qt_frame_marks(window) -> None:  # type: ignore[no-untyped-def]
    window.load_document(mod_document()[0])
    window.view.selectAll()
    window.act_copy.trigger()
    text = QGuiApplication.clipboard().text()
    assert "\ufdd0" not in text and "\ufdd1" not in text
    assert text.startswith("World Telecommunication") and "Resolution 7\nMOD\tARB/36A2/1" in text


@pytest.mark.parametrize(("number", "mode"), [(1, "markup"), (2, "final"), (3, "original")])
def test_view_menu_entries_switch_the_view_with_their_shortcut(window, number: int, mode: str) -> None:  # type: ignore[no-untyped-def]
    action = window.act_views[mode]
    assert action.shortcut() == QKeySequence(f"Ctrl+Alt+{number}")
    window.set_view_mode("final" if mode == "markup" else "markup")
    action.trigger()
    assert window.view.mode == mode
    assert action.isChecked()
    assert window.view_label.text().endswith(mode.capitalize())


def test_open_recent_entry_opens_that_file(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "recent.xml"
    save(base_document(), target)
    assert window.open_path(target)
    window.load_document(base_document())
    [entry] = window.recent_menu.actions()
    entry.trigger()
    assert window.controller.path == target
    assert to_bytes(window.controller.session.document) == target.read_bytes()
    assert_valid(window.controller.session.document)


def test_open_recent_keeps_a_changed_document_when_the_drafter_cancels(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "recent.xml"
    save(base_document(), target)
    assert window.open_path(target)
    window.new_from_template("new-resolution.xml")
    window.controller.perform("Change", lambda: window.controller.session.insert_text(
        _resolution(window).sections[0].keyword, 0, "x"))
    window.save_answer = "cancel"
    window.recent_menu.actions()[0].trigger()
    assert window.asked == 1
    assert window.controller.path != target
    assert_valid(window.controller.session.document)


@pytest.mark.parametrize(("written", "interval"), [("2.5", 2500), ("abc", 5000), ("", 5000)])
def test_autosave_interval_comes_from_settings_and_survives_a_bad_value(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                                                       written: str, interval: int) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("autosave/seconds", written)
    win = build_window(settings, recovery_dir, panels=False)
    qtbot.addWidget(win)
    assert win.controller.autosave_ms == interval
    win.controller.close()


def test_a_single_recent_file_written_by_hand_is_listed(qtbot, tmp_path: Path, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "settings.ini"
    ini.write_text("[files]\nrecent=/somewhere/one.xml\n", encoding="utf-8")
    win = build_window(QSettings(str(ini), QSettings.Format.IniFormat), recovery_dir, panels=False)
    qtbot.addWidget(win)
    assert win.recent_files() == ["/somewhere/one.xml"]
    win.controller.close()
