"""The Qt boundary is a package boundary: model, rules, spelling, XML and DOCX export load no PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_packages_do_not_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import editor\n"
        "names = ['editor.model', 'editor.xmlio', 'editor.rules', 'editor.spelling', 'editor.importers', 'editor.revisions', 'editor.export.blocks', 'editor.export.docx']\n"
        "for name in names:\n"
        "    try:\n"
        "        pkg = importlib.import_module(name)\n"
        "    except ModuleNotFoundError:\n"
        "        continue\n"
        "    for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
