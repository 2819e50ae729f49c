"""Autosave and recovery: a kill -9 loses at most the last few seconds of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor.gui.main_window import MainWindow
from editor.recovery.store import RecoveryStore
from editor.xmlio import read_file, save, to_bytes
from tests.factories import assert_valid, base_document

ROOT = Path(__file__).resolve().parents[2]
AUTOSAVE_MS = 300

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from editor.app import build_window
doc, recovery, ini = sys.argv[1:4]
app = QApplication([])
win = build_window(QSettings(ini, QSettings.Format.IniFormat), Path(recovery), autosave_ms={ms}, panels=False)
win.open_path(Path(doc))
win.show()
clause = win.controller.session.document.proposals[0].resolution.sections[0].clauses[0]
win.view.place_cursor(clause, "text", 0)
win.view.edit.type_text("RECOVERED ")
print("typed", flush=True)
app.exec()
"""


def _first_clause_text(path: Path) -> str:
    return read_file(path).proposals[0].resolution.sections[0].clauses[0].text.text()  # type: ignore[union-attr]


def test_kill_9_after_the_autosave_interval_keeps_the_edit(window: MainWindow, tmp_path: Path, recovery_dir: Path) -> None:
    doc = tmp_path / "draft.xml"
    save(base_document(), doc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD.format(ms=AUTOSAVE_MS), str(doc), str(recovery_dir), str(tmp_path / "child.ini")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "typed"
            # wait (generously: the machine is shared) until a recovery file exists, then past one more interval
            for _ in range(400):
                if list(recovery_dir.glob("*.xml")):
                    break
                time.sleep(0.05)
            time.sleep(AUTOSAVE_MS / 1000 * 2)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
    assert child.returncode == -signal.SIGKILL
    entries = RecoveryStore(recovery_dir).pending()
    assert len(entries) == 1
    assert entries[0].original == str(doc)
    assert _first_clause_text(entries[0].xml).startswith("RECOVERED the purposes")
    assert _first_clause_text(doc) == "the purposes of the Union set forth in Article 1 of the ITU Constitution;"

    window.ask_restore = lambda entry: True
    assert window.offer_recovery()
    assert window.controller.path == doc
    assert window.controller.is_modified() and window.isWindowModified()
    assert "RECOVERED the purposes" in window.view.toPlainText()
    assert RecoveryStore(recovery_dir).pending() == []
    assert_valid(window.controller.session.document)


def test_declined_recovery_is_removed_and_nothing_changes(window: MainWindow, recovery_dir: Path) -> None:
    store = RecoveryStore(recovery_dir)
    store.write("untitled-1-1", to_bytes(base_document()), None)  # a sound copy: broken ones are never offered
    (recovery_dir / "untitled-1-1.json").write_text('{"original": null, "pid": 999999999, "saved_at": 0}')
    asked = []
    window.ask_restore = lambda entry: asked.append(entry) or False
    assert not window.offer_recovery()
    assert len(asked) == 1
    assert store.pending() == [] and not list(recovery_dir.iterdir())


def test_files_of_a_running_editor_are_not_offered(recovery_dir: Path) -> None:
    store = RecoveryStore(recovery_dir)
    key, lock = store.claim("mine", 1)  # a running session holds its key's lock
    store.write(key, b"<x/>", None)
    assert store.pending() == []
    lock.release()  # as the system does when the process dies
    assert [e.key for e in store.pending()] == ["mine"]


def test_autosave_timer_writes_while_modified_and_save_removes_it(window: MainWindow, qtbot, tmp_path: Path, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.controller.set_autosave_interval(50)
    clause = window.controller.session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "Z")
    qtbot.waitUntil(lambda: bool(list(recovery_dir.glob("*.xml"))), timeout=5000)
    window.choose_save_path = lambda: tmp_path / "saved.xml"
    assert window.save()
    assert not list(recovery_dir.glob("*.xml"))


def test_kill_9_before_any_autosave_keeps_what_the_journal_flushed(window: MainWindow, tmp_path: Path, recovery_dir: Path) -> None:
    """The full copy waits a minute here; the journal, flushed within a second of typing, holds the edit alone."""
    doc = tmp_path / "draft.xml"
    save(base_document(), doc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD.format(ms=60000), str(doc), str(recovery_dir), str(tmp_path / "child.ini")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "typed"
            for _ in range(400):  # generously: the machine is shared
                if list(recovery_dir.glob("*.journal")):
                    break
                time.sleep(0.05)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
    assert not list(recovery_dir.glob("*.xml"))  # no full copy was written
    (entry,) = RecoveryStore(recovery_dir).pending()
    assert entry.original == str(doc)
    window.ask_restore = lambda entry: True
    assert window.offer_recovery()
    assert "RECOVERED the purposes" in window.view.toPlainText()
    assert window.controller.path == doc and window.controller.is_modified()
    assert_valid(window.controller.session.document)
