"""Fixtures for the window and panel tests.

The window tests use the real controller and window, with settings and
recovery files under the test's tmp folder; the panel tests use `Host`, a
small real DocumentHost, to drive a panel alone.

The window's controller implements the same protocol (editor/editing/host.py);
`Host` is just enough to drive a panel alone: `perform` is one session
transaction, `replace_document` swaps in a new EditSession (kept on a stack
so that `undo` can step back over it), `reveal` records its calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from editor.controller import DocumentController
from editor.model.nodes import Document
from editor.model.session import EditSession
from tests.factories import FIXED_DATE, base_document, mod_document


class Host:
    """DocumentHost for tests: one session, a stack of replaced ones, recorded reveals."""

    def __init__(self, session: EditSession) -> None:
        self.session = session
        self.replaced: list[EditSession] = []
        self.revealed: list[tuple[int, str | None, int]] = []
        self.labels: list[str] = []

    def perform(self, label: str, action: Callable[[], None], merge_key: object = None, *, records: bool = True) -> None:
        self.labels.append(label)
        with self.session.transaction(label, merge_key):
            action()

    def replace_document(self, document: Document, label: str) -> None:
        self.labels.append(label)
        old = self.session
        self.replaced.append(old)
        self.session = EditSession(document, author=old.author, tracking=old.tracking, clock=old.clock)

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        self.revealed.append((uid, field, offset))

    def undo(self) -> bool:
        """Undo the last step, a document replacement included; False when nothing is left."""
        if self.session.undo() is not None:
            return True
        if self.replaced:
            self.session = self.replaced.pop()
            return True
        return False

    def undo_all(self) -> None:
        while self.undo():
            pass

    @property
    def document(self) -> Document:
        return self.session.document


@pytest.fixture
def host() -> Host:
    """A host on the standalone base resolution, not tracking."""
    return Host(EditSession(base_document(), author="Tester", clock=lambda: FIXED_DATE))


@pytest.fixture
def mod_host() -> Host:
    """A host on the MOD contribution with Track Changes on and a few marks."""
    _, session = mod_document()
    return Host(session)


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def controller(qapp, recovery_dir: Path):  # type: ignore[no-untyped-def]
    ctl = DocumentController(base_document(), author="T", recovery_dir=recovery_dir)
    yield ctl
    ctl.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings of a drafter who has already given a name (no question before a tracked edit)."""
    values = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    values.setValue("user/author", "Tester")
    return values


def answered(win: Any) -> Any:
    """`win` with its dialogs answered by attributes a test can change: no modal dialog ever blocks a test."""
    win.errors = []
    win.show_error = win.errors.append
    win.save_answer = "discard"
    win.asked = 0

    def ask() -> str:
        win.asked += 1
        return win.save_answer

    win.ask_save_changes = ask
    win.language_answer = "en"
    win.ask_language = lambda: win.language_answer
    return win


@pytest.fixture
def make_window(qtbot, recovery_dir: Path):  # type: ignore[no-untyped-def]
    """Build further windows on given settings, answered like `window` and closed at the end."""
    from editor.app import build_window

    made: list[Any] = []

    def make(settings: QSettings) -> Any:
        win = answered(build_window(settings, recovery_dir, panels=False))
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.save_answer = "discard"


@pytest.fixture
def window(qtbot, settings: QSettings, recovery_dir: Path):  # type: ignore[no-untyped-def]
    """The window on the base resolution; dialogs answered by attributes a test can change."""
    from editor.app import build_window

    win = answered(build_window(settings, recovery_dir, panels=False))
    qtbot.addWidget(win)
    win.load_document(base_document())
    win.show()
    yield win
    win.save_answer = "discard"
    win.controller.close()
