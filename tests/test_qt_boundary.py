"""The Qt boundary is a package boundary: the core loads no PySide6 and no window code, and its tests make no QApplication."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ["editor.model", "editor.xmlio", "editor.rules", "editor.importers", "editor.revisions", "editor.editing",
        "editor.spelling", "editor.export.blocks", "editor.export.styles", "editor.export.docx"]


def test_core_packages_load_no_qt_and_no_window_code() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"names = {CORE!r}\n"
        "for name in names:\n"
        "    pkg = importlib.import_module(name)\n"  # a package missing from the tree fails here, it is not skipped
        "    for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'editor.gui', 'editor.controller', 'editor.app'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_a_missing_core_package_is_a_failure_not_a_skip() -> None:
    code = "import importlib\nimportlib.import_module('editor.no_such_package')\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode != 0 and "ModuleNotFoundError" in out.stderr  # what the test above does with a missing package


def test_the_core_tests_are_collected_and_run_without_a_qapplication(tmp_path: Path) -> None:
    code = (
        "import sys, pytest\n"
        f"code = pytest.main(['-q', '-p', 'no:cacheprovider', '--basetemp={tmp_path / 'run'}', 'tests/model', 'tests/editing',"
        " 'tests/rules/test_lettering.py'])\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print('APPLICATION', QCoreApplication.instance() is not None, code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert "APPLICATION False 0" in out.stdout, out.stdout[-2000:] + out.stderr[-1000:]
