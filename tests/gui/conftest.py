"""Fixtures for the window tests: a controller and a window with settings and recovery under tmp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.controller import DocumentController
from editor.model.nodes import Document
from editor.xmlio import to_bytes
from editor.xmlio.reader import read_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_tree
from tests.factories import base_document


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
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings, recovery_dir: Path):  # type: ignore[no-untyped-def]
    """The window on the base resolution; dialogs answered by attributes a test can change."""
    from editor.gui.main_window import MainWindow

    win = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(win)
    win.errors = []
    win.show_error = win.errors.append
    win.save_answer = "discard"
    win.asked = 0

    def ask() -> str:
        win.asked += 1
        return win.save_answer

    win.ask_save_changes = ask
    win.load_document(base_document())
    win.show()
    yield win
    win.save_answer = "discard"
    win.controller.close()


def assert_valid(document: Document) -> None:
    """Every mutating test ends here: the document still validates and reads back."""
    validate_tree(to_tree(document), None)
    read_bytes(to_bytes(document))
