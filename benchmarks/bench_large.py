"""The largest files the editor reads (issue 12, item 4).

Targets: any file under the size limit (editor.xmlio.reader.MAX_BYTES)
validates in under 10 s and opens in the window in under 20 s, or is
refused up front with a message saying why.  The window opens files up to
its own limits (editor.controller.WINDOW_MAX_BYTES and WINDOW_MAX_BLOCKS)
and refuses larger ones before building anything; the commands read up to
MAX_BYTES.  Four documents: one resolution with 100,000 footnotes, the
generated proposals at the window's block limit, long clause texts at its
byte limit, and the generated proposals grown to just under MAX_BYTES.
Each is read (parse, validate, build the model), validated on its own,
compared with itself, saved, and opened in the window with all panels
(or refused); the peak memory of the process is printed after each step.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import large_document
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor.app import dock_panels
from editor.cli import validate_cmd
from editor.controller import WINDOW_MAX_BLOCKS, WINDOW_MAX_BYTES
from editor.gui.main_window import MainWindow
from editor.model import Document, Footnote, Proposal, Resolution, Section
from editor.model.nodes import Clause
from editor.revisions.compare import compare
from editor.xmlio import read_file, save
from editor.xmlio.reader import MAX_BYTES, load_bytes, parse_xml
from editor.xmlio.schema import validate_tree

PER_RESOLUTION = 13_700  # bytes a generated resolution takes (benchmarks/generate.py)
BLOCKS_PER_RESOLUTION = 44  # clauses, sub-items, sections and the proposal and resolution themselves


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(label: str, step: Callable[[], object], target: float | None = None) -> object:
    t0 = time.perf_counter()
    value = step()
    seconds = time.perf_counter() - t0
    verdict = "" if target is None else f"   (target < {target:g} s)  {'OK' if seconds < target else 'MISSED'}"
    print(f"  {label:<50} {seconds:7.2f} s   peak {_peak_mib():6.0f} MiB{verdict}", flush=True)
    return value


def _validate_command(path: Path) -> int:
    """`main.py validate FILE --format json`, its output discarded."""
    with contextlib.redirect_stdout(io.StringIO()):
        return validate_cmd.run(argparse.Namespace(file=str(path), format="json"))


def near_the_limit() -> Document:
    """The generated proposals, as many as stay under the size limit."""
    return large_document(resolutions=int(MAX_BYTES * 0.9 / PER_RESOLUTION))


def at_the_window_limit() -> Document:
    """The generated proposals, as many as the window opens (WINDOW_MAX_BLOCKS)."""
    return large_document(resolutions=int(WINDOW_MAX_BLOCKS / BLOCKS_PER_RESOLUTION))


def long_texts_at_the_window_limit() -> Document:
    """20,000 clauses of long text, just under WINDOW_MAX_BYTES."""
    text = ("that the study groups shall collaborate with the organizations concerned " * 20)[: int(WINDOW_MAX_BYTES * 0.97) // 20_000 - 60]
    res = Resolution(number="1", title="Long texts", sections=[Section("resolves", "operative", [Clause(str(n), text + ";") for n in range(1, 20_001)])])
    return Document([Proposal(resolution=res)])


def many_footnotes(count: int = 100_000) -> Document:
    res = Resolution(number="1", title="Footnotes", sections=[Section("resolves", "operative", [Clause("1", "to note.")])],
                     footnotes=[Footnote(str(n), f"Footnote {n}, as published in the Proceedings.") for n in range(1, count + 1)])
    return Document([Proposal(resolution=res)])


def measure(app: QApplication, folder: Path, name: str, document: Document) -> None:
    path = folder / f"{name}.xml"
    save(document, path)
    blocks = sum(1 for _ in document.walk()) - 1
    del document
    print(f"-- {name}: {path.stat().st_size / 2**20:.1f} MiB, {blocks:,} blocks (limits: {MAX_BYTES / 2**20:.0f} MiB; "
          f"the window {WINDOW_MAX_BYTES / 2**20:.0f} MiB, {WINDOW_MAX_BLOCKS:,} blocks)", flush=True)
    data = load_bytes(path)
    tree = _timed("parse (hardened)", partial(parse_xml, data, path))
    _timed("validate against the schema", partial(validate_tree, tree, path), 10)  # type: ignore[arg-type]
    del tree, data
    doc = _timed("read: parse, validate, build the model", partial(read_file, path))
    _timed("main.py validate (read, then the drafting checks)", partial(_validate_command, path), 10)
    _timed("compare with itself", partial(compare, doc, doc, "Bench", "2022-01-01T00:00:00Z"))  # type: ignore[arg-type]
    _timed("save (validate, atomic write)", partial(save, doc, folder / "saved.xml"))  # type: ignore[arg-type]
    del doc
    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_dir=folder / "rec")
    dock_panels(window)
    window.show()
    told: list[str] = []
    window.show_error = told.append  # type: ignore[method-assign,assignment]

    def open_window() -> None:
        window.open_path(path)
        app.processEvents()

    _timed("open in the window with all panels (or refuse)", open_window, 20)
    if told:
        print(f"  (refused up front: {told[0]})")
    window.controller.close()
    window.hide()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in (("footnotes-100000", many_footnotes), ("at-the-window-limit", at_the_window_limit),
                           ("long-texts-at-the-window-limit", long_texts_at_the_window_limit), ("near-the-size-limit", near_the_limit)):
            measure(app, Path(tmp), name, make())


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
