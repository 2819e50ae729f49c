"""One QApplication for the whole test run, whichever Qt tests run first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
PDF_TEST = "tests/export/test_pdf.py::test_pdf_file_is_written_atomically"
WIDGET_TEST = "tests/gui/test_app.py::test_dock_panels_docks_every_panel_with_a_toggle"


def test_the_application_exists_before_any_test_and_can_hold_widgets() -> None:
    from editor.export.pdf import ensure_gui_application

    app = QGuiApplication.instance()
    assert isinstance(app, QApplication), "widgets need a QApplication, not a bare QGuiApplication"
    assert ensure_gui_application() is app, "the PDF code shares it"


def test_pdf_tests_then_widget_tests_in_one_run(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'run'}", PDF_TEST, WIDGET_TEST],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-1000:]
    assert "2 passed" in out.stdout
