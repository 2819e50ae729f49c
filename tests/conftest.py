"""Shared fixtures: the QApplication of the Qt tests, paths to the examples and to ../shared, isolated settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


#: Test folders whose tests drive Qt (the window, printing and the pdf command, the PDF readers); the others never make a QApplication.
QT_FOLDERS = frozenset({"gui", "export", "readers", "cli"})


@pytest.fixture(scope="session")
def qapp() -> Iterator[object]:
    """The one QApplication of the test run (pytest-qt's fixture, made by the first test that needs Qt).

    A process has one application object and the first one made decides
    its kind: the PDF code would make a bare QGuiApplication
    (editor.export.pdf.ensure_gui_application), on which no widget can be
    built, if it ran first; every Qt test asks for this one instead, and
    the PDF code finds and shares it.  The None/True/False cushion of
    editor.qtcompat is applied with it: a whole test run makes far more Qt
    calls than a session.
    """
    from PySide6.QtWidgets import QApplication

    from editor.gui.clipboard import settle_clipboard
    from editor.qtcompat import protect_singletons

    protect_singletons()
    yield QApplication.instance() or QApplication(["pytest-qt-qapp"])
    settle_clipboard()  # what the copy tests left there, as the window does on quitting


@pytest.fixture(autouse=True)
def _qt_where_needed(request: pytest.FixtureRequest) -> None:
    """The Qt tests get the application before they run; the model, rules and other core tests never make one."""
    path = Path(str(request.node.fspath))
    if path.parent.name in QT_FOLDERS or path.name == "test_qt_application.py":
        request.getfixturevalue("qapp")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The ARB/36A2/1 seed text; tests that need it skip when ../shared is absent."""
    path = SHARED / "seed" / "ARB-36A2-1.txt"
    if not path.exists():
        pytest.skip("../shared/seed/ARB-36A2-1.txt is not present")
    return path


@pytest.fixture(scope="session")
def published_docx() -> Path:
    """The published ITU Resolution 1 in Word; skips when ../shared is absent."""
    path = SHARED / "fixtures" / "T-RES-T.1-2016-MSW-E.docx"
    if not path.exists():
        pytest.skip("../shared/fixtures/T-RES-T.1-2016-MSW-E.docx is not present")
    return path


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and recovery files out of the user's home during tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder its owner may not write to; skipped where permissions are not enforced (running as root)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running with permissions that ignore read-only folders")
        yield folder
    finally:
        os.chmod(folder, 0o700)
