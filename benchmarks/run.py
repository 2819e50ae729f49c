#!/usr/bin/env python3
"""Run every benchmark (benchmarks/bench_*.py) and print its figures against its targets.

Each module has `main() -> None` that prints its own table.  `python
benchmarks/run.py NAME` runs only bench_NAME.py.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def qt_application() -> object:
    """One QApplication for the whole run: widget benchmarks need QApplication, and a
    process may hold only one application object, so the PDF benchmark must not make a
    bare QGuiApplication first."""
    from PySide6.QtWidgets import QApplication

    from editor.qtcompat import protect_singletons

    protect_singletons()
    return QApplication.instance() or QApplication(["resolution-editor-benchmarks"])


def main(argv: list[str]) -> int:
    wanted = set(argv)
    app = qt_application()  # noqa: F841 - kept alive for the whole run
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {name} ==", flush=True)
        module.main()
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
