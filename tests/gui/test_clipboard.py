"""Copying from the document view and quitting: the text stays on the clipboard and the process exits cleanly."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from editor.app import build_window
    from editor.gui.clipboard import settle_clipboard
    from tests.factories import base_document

    app = QApplication([])
    app.aboutToQuit.connect(settle_clipboard)  # as editor.app.main wires it
    window = build_window(QSettings(sys.argv[1], QSettings.Format.IniFormat), None, panels=False)
    window.load_document(base_document())
    clause = next(window.controller.session.document.resolutions()).sections[0].clauses[0]
    window.view.place_cursor(clause, "text", 0)
    window.view.selectAll()
    window.act_copy.trigger()
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(QGuiApplication.clipboard().text()[:12])
    window.controller.close()
""")


def test_quitting_after_a_copy_keeps_the_text_and_exits_cleanly(tmp_path: Path, root: Path) -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini")], cwd=root, capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]  # was -11: Qt deleted the Python-made copy after Python had gone
    assert done.stdout.strip() == "RESOLUTION 7"
