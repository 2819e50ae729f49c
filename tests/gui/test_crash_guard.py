"""A bug in a slot loses no work: the recovery copy is written at once and the drafter is told where."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from editor.app import CrashGuard, build_window
from editor.gui.command_names import connect_action
from editor.gui.main_window import MainWindow
from editor.model.nodes import Clause, Document
from editor.recovery.store import RecoveryStore
from editor.xmlio.reader import read_file
from tests.factories import assert_valid


def _first_clause_of(document: Document) -> Clause:
    return next(n for n in document.walk() if isinstance(n, Clause))


def _first_clause(window: MainWindow) -> Clause:
    return _first_clause_of(window.controller.session.document)


@pytest.fixture
def guarded(window: MainWindow) -> tuple[MainWindow, list[tuple[str, str]]]:
    """The window with its bug dialog recorded instead of shown."""
    reports: list[tuple[str, str]] = []
    window.report_bug = lambda message, details: reports.append((message, details))  # type: ignore[method-assign]
    return window, reports


def _raise_in_a_slot(qtbot, window: MainWindow, guard: CrashGuard | None = None) -> None:  # type: ignore[no-untyped-def]
    """A slot that raises, run by the event loop with the guard installed (on top of pytest-qt's hook)."""
    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    before = sys.excepthook
    guard = (guard or CrashGuard(window)).install()
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.wait(50)
    finally:
        guard.uninstall()
    assert sys.excepthook is before  # nothing leaks into the next test


def test_a_raising_slot_keeps_the_work_and_tells_once(guarded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    clause = _first_clause(window)
    window.controller.perform("type", lambda: window.controller.session.insert_text(clause.text, 0, "UNSAVED "))
    _raise_in_a_slot(qtbot, window)

    assert len(reports) == 1
    message, details = reports[0]
    assert message.startswith("Something went wrong while running ")
    assert "broken_slot" in message and "\n" not in message
    assert "RuntimeError: a bug in a slot" in details and "Traceback" in details
    assert QApplication.clipboard().text() == details

    store = window.controller.recovery
    assert isinstance(store, RecoveryStore)
    copies = list(store.folder.glob("*.xml"))
    assert len(copies) == 1 and str(copies[0]) in message
    recovered = read_file(copies[0])
    assert "UNSAVED " in _first_clause_of(recovered).text.text("final")

    # the window goes on: the next edit works and the document is still valid
    window.controller.perform("type", lambda: window.controller.session.insert_text(clause.text, 0, "MORE "))
    assert _first_clause(window).text.text("final").startswith("MORE UNSAVED ")
    assert_valid(window.controller.session.document)


def test_the_same_bug_again_goes_to_the_status_bar_with_a_fresh_copy(guarded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    clause = _first_clause(window)
    guard = CrashGuard(window)
    _raise_in_a_slot(qtbot, window, guard)
    window.controller.perform("type", lambda: window.controller.session.insert_text(clause.text, 0, "LATER "))
    _raise_in_a_slot(qtbot, window, guard)
    assert len(reports) == 1  # one dialog, not one per repeat
    assert window.statusBar().currentMessage().startswith("Something went wrong while running ")
    store = window.controller.recovery
    assert store is not None
    (copy,) = store.folder.glob("*.xml")
    assert _first_clause_of(read_file(copy)).text.text("final").startswith("LATER ")


def test_an_unmodified_document_writes_nothing_and_says_so(guarded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    _raise_in_a_slot(qtbot, window)
    assert len(reports) == 1 and "no unsaved changes" in reports[0][0]
    store = window.controller.recovery
    assert store is not None and not list(store.folder.glob("*.xml"))


def test_a_failing_recovery_write_is_reported_not_hidden(guarded, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    clause = _first_clause(window)
    window.controller.perform("type", lambda: window.controller.session.insert_text(clause.text, 0, "X"))

    def full_disk(*_args: object, **_kw: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(RecoveryStore, "write", full_disk)
    _raise_in_a_slot(qtbot, window)
    assert len(reports) == 1
    assert "could not be written (No space left on device)" in reports[0][0]
    assert "save the document under a new name" in reports[0][0]


def test_a_failing_report_falls_back_to_the_previous_hook(window: MainWindow) -> None:
    seen: list[type[BaseException]] = []
    guard = CrashGuard(window)
    guard.previous = lambda kind, _value, _tb: seen.append(kind)

    def broken_dialog(_message: str, _details: str) -> None:
        raise ValueError("the dialog itself fails")

    window.report_bug = broken_dialog  # type: ignore[method-assign]
    try:
        raise KeyError("x")
    except KeyError as exc:
        guard.handle(KeyError, exc, exc.__traceback__)
    assert seen == [KeyError] and guard.reports == 0
    guard.handle(KeyboardInterrupt, KeyboardInterrupt(), None)  # Ctrl+C is not a bug to report
    assert seen == [KeyError, KeyboardInterrupt]


def test_uninstall_leaves_a_later_hook_alone(window: MainWindow) -> None:
    before = sys.excepthook
    guard = CrashGuard(window).install()
    assert sys.excepthook == guard.handle

    def later(*_args: object) -> None:
        return None

    sys.excepthook = later
    guard.uninstall()
    assert sys.excepthook is later
    sys.excepthook = before


def test_main_guards_the_window_while_it_runs_and_restores_the_hook(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import editor.app as app_module

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        windows.append(build_window(settings, tmp_path / "recovery", panels=False))
        return windows[0]

    hooks: list[object] = []

    def run_window(*_args: object) -> int:
        hooks.append(sys.excepthook)
        return 0

    monkeypatch.setattr(app_module, "build_window", build)
    monkeypatch.setattr(app_module.interface_language, "apply", lambda *_a: [])  # no translation, no direction change
    monkeypatch.setattr(app_module, "_screenshot", run_window)
    before = sys.excepthook
    names = qapp.organizationName(), qapp.applicationName()
    try:
        assert app_module.main(["--screenshot", str(tmp_path / "x.png")]) == 0
    finally:  # main() names the application; the rest of the run keeps the test names
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
    assert len(hooks) == 1 and getattr(hooks[0], "__self__", None).window is windows[0]  # type: ignore[union-attr]
    assert sys.excepthook is before
    windows[0].controller.close()
    windows[0].deleteLater()


def _raise_in_a_command(qtbot, window: MainWindow, action_name: str) -> None:  # type: ignore[no-untyped-def]
    """The window's `action_name` action fails in its slot, triggered from the event loop under the guard."""
    def broken() -> None:
        raise RuntimeError("a bug in a command")

    action = getattr(window, action_name)
    action.triggered.disconnect()
    connect_action(action, broken)
    guard = CrashGuard(window).install()
    try:
        QTimer.singleShot(0, action.trigger)
        qtbot.wait(50)
    finally:
        guard.uninstall()


def test_a_failing_menu_command_is_named_as_the_menu_reads(guarded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    _raise_in_a_command(qtbot, window, "act_save")
    assert len(reports) == 1
    assert reports[0][0].startswith("Something went wrong while running File > Save; ")
    assert "RuntimeError: a bug in a command" in reports[0][1]


def test_a_command_in_a_submenu_names_the_whole_path(guarded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    window.act_open.setText("&Open && Check…")
    sub = window.file_menu.addMenu("&Recent")
    sub.addAction(window.act_open)
    window.file_menu.removeAction(window.act_open)
    _raise_in_a_command(qtbot, window, "act_open")
    assert reports[0][0].startswith("Something went wrong while running File > Recent > Open & Check; ")


def test_a_slot_no_action_ran_is_named_after_the_slot(guarded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, reports = guarded
    _raise_in_a_slot(qtbot, window)
    assert "running " in reports[0][0] and "broken_slot" in reports[0][0] and " > " not in reports[0][0]


def test_a_copy_that_cannot_be_written_is_reported_with_its_reason(guarded, qtbot, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """A real failure, not a stand-in: a folder stands where the copy must go (the writer's DocumentError, not an OSError)."""
    window, reports = guarded
    key = RecoveryStore.key_for(window.controller.path, id(window.controller))
    (recovery_dir / f"{key}.xml").mkdir(parents=True)
    clause = _first_clause(window)
    window.controller.perform("type", lambda: window.controller.session.insert_text(clause.text, 0, "X"))
    _raise_in_a_slot(qtbot, window)
    assert len(reports) == 1
    assert "could not be saved: it is a folder), so save the document under a new name now" in reports[0][0]
