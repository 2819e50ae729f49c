"""A save that fails, whatever the reason, is one sentence in the status bar and a dialog offering Save As; never a traceback.

The same for autosave: the first failure of the recovery copy or journal is
told once (status bar and dialog), and the window starts and runs whatever
state the recovery folder is in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.app import build_window
from editor.gui.main_window import MainWindow
from editor.recovery.store import BROKEN
from editor.xmlio import save, to_bytes
from tests.factories import base_document

ROOT = Path(__file__).resolve().parents[2]


def _answering(window: MainWindow, save_as: Path | None) -> list[str]:
    """Record the Save As offers; take the offer (saving to `save_as`) when one is given."""
    offers: list[str] = []

    def ask(message: str) -> bool:
        offers.append(message)
        return save_as is not None

    window.ask_save_as = ask  # type: ignore[method-assign]
    window.choose_save_path = lambda: save_as  # type: ignore[method-assign,assignment,return-value]
    return offers


def _type(window: MainWindow, text: str) -> None:
    clause = window.controller.session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    window.view.place_cursor(clause, "text", 0)
    window.view.edit.type_text(text)


def test_a_failed_save_offers_save_as_and_keeps_the_work(window: MainWindow, tmp_path: Path) -> None:
    rescue = tmp_path / "rescue.xml"
    offers = _answering(window, rescue)
    _type(window, "edited ")
    assert window._save_to(tmp_path / "no such folder" / "draft.xml")
    assert len(offers) == 1 and "\n" not in offers[0]
    assert offers[0].startswith("The document was not saved: ") and str(tmp_path / "no such folder" / "draft.xml") in offers[0]
    assert "could not be saved" in window.statusBar().currentMessage() or "Saved" in window.statusBar().currentMessage()
    assert rescue.exists() and window.controller.path == rescue and not window.controller.is_modified()


def test_a_bak_that_cannot_be_made_is_named_and_nothing_is_left(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "draft.xml"
    save(base_document(), target)
    before = target.read_bytes()
    (tmp_path / "draft.xml.bak").mkdir()
    offers = _answering(window, None)
    window.open_path(target)
    _type(window, "edited ")
    assert not window.save()
    assert len(offers) == 1 and f"{target}.bak: could not be made as the backup of draft.xml (it is a folder)" in offers[0]
    assert offers[0] in window.statusBar().currentMessage() or window.statusBar().currentMessage() == offers[0]
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert window.controller.is_modified()


def test_a_bug_in_saving_is_a_sentence_too(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    offers = _answering(window, None)

    def broken(_path: Path | None = None) -> None:
        raise RuntimeError("an unexpected failure")

    monkeypatch.setattr(window.controller, "save", broken)
    assert not window._save_to(tmp_path / "x.xml")
    assert offers == [f"The document was not saved: {tmp_path / 'x.xml'}: could not be saved: an unexpected failure. "
                      "Your work is still open in the window."]


def test_a_recovery_folder_that_is_a_file_is_named_at_start_and_autosave_failure_told_once(qtbot, settings: QSettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "recovery"
    folder.write_text("a file where the folder should be")
    window = build_window(settings, folder, autosave_ms=50, panels=False)
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign,assignment]
    offers = _answering(window, None)
    window.load_document(base_document())
    assert window.offer_recovery() is False
    assert errors == [f"The recovery folder {folder} is a file, not a folder, so unsaved work cannot be kept safe from a crash "
                      "until that is put right; save your work often."]
    _type(window, "one ")
    qtbot.waitUntil(lambda: bool(offers), timeout=5000)
    _type(window, "two ")
    qtbot.wait(400)  # more journal flushes and autosaves fail: told once
    assert len(offers) == 1 and offers[0].startswith("The recovery copy could not be written (")
    assert "a crash now would lose your unsaved work" in offers[0]
    assert window.statusBar().currentMessage() == offers[0]
    assert folder.read_text() == "a file where the folder should be"
    window.controller.close()


@pytest.mark.parametrize("note", [{"pid": 1e30, "saved_at": 100.0}, {"pid": 12, "saved_at": "1e400"}, {"pid": -1, "saved_at": 1e30}])
def test_notes_with_impossible_numbers_start_the_window(window: MainWindow, recovery_dir: Path, note: dict[str, object]) -> None:
    recovery_dir.mkdir(parents=True)
    (recovery_dir / "abc.xml").write_bytes(to_bytes(base_document()))
    text = json.dumps({"original": "/drafts/res1.xml", **note}).replace('"1e400"', "1e400")
    (recovery_dir / "abc.json").write_text(text)
    asked: list[str] = []
    window.ask_restore = lambda entry: asked.append(entry.describe()) or False  # type: ignore[method-assign,assignment,func-returns-value]
    assert window.offer_recovery() is False
    assert len(asked) == 1 and asked[0].startswith("/drafts/res1.xml (autosaved ")
    assert window.errors == []


def test_a_read_only_recovery_folder_is_named_and_its_copies_never_removed(window: MainWindow, recovery_dir: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    recovery_dir.mkdir(parents=True)
    (recovery_dir / "good.xml").write_bytes(to_bytes(base_document()))
    (recovery_dir / "bad.xml").write_bytes(b"<resolution>")
    import errno

    from editor.recovery import folder, store

    def read_only(*_args: object, **_kwargs: object) -> object:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(folder.tempfile, "mkstemp", read_only)
    monkeypatch.setattr(store.os, "replace", read_only)
    monkeypatch.setattr(Path, "unlink", read_only)

    def mkdir(self: Path, *_args: object, **_kwargs: object) -> None:  # as on a read-only disk: existing folders exist
        if self.is_dir():
            return
        read_only()

    monkeypatch.setattr(Path, "mkdir", mkdir)
    window.ask_restore = lambda entry: False  # type: ignore[method-assign,assignment]
    assert window.offer_recovery() is False
    assert window.errors[0].startswith(f"The recovery folder {recovery_dir} is on a read-only disk")
    assert "bad.xml" in window.errors[1] and "it stays where it is, since it could not be moved aside (Read-only file system)" in window.errors[1]
    monkeypatch.undo()
    assert sorted(p.name for p in recovery_dir.iterdir()) == ["bad.xml", "good.xml"]
    assert not (recovery_dir / BROKEN).exists()


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from editor.app import build_window
doc, recovery, ini = sys.argv[1:4]
app = QApplication([])
win = build_window(QSettings(ini, QSettings.Format.IniFormat), Path(recovery), autosave_ms=100, panels=False)
offers = []
win.ask_save_as = lambda message: offers.append(message) or False
win.ask_save_changes = lambda: "discard"
win.open_path(Path(doc))
win.show()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (512, resource.RLIM_INFINITY))  # every file over 512 bytes: "File too large", as a full disk
clause = win.controller.session.document.proposals[0].resolution.sections[0].clauses[0]
for n in range(6):
    QTimer.singleShot(300 * n, lambda: (win.view.place_cursor(clause, "text", 0), win.view.edit.type_text("x")))
QTimer.singleShot(3000, app.quit)
app.exec()
print(len(offers), "|", offers[0] if offers else "", "|", win.statusBar().currentMessage(), flush=True)
"""


def test_autosave_on_a_full_disk_is_told_once_without_a_traceback(tmp_path: Path) -> None:
    doc = tmp_path / "draft.xml"
    save(base_document(), doc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", FULL_DISK, str(doc), str(tmp_path / "recovery"), str(tmp_path / "s.ini")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert time.monotonic() - started < 60
    assert "Traceback" not in out.stderr, out.stderr
    count, offer, status = (part.strip() for part in out.stdout.split("|"))
    assert count == "1", out.stdout
    assert offer.startswith("The recovery copy could not be written (") and "File too large" in offer
    assert status == offer
