"""What the docked panels cost on the large document: building them, and each keystroke.

Targets (issue 4): the window with the large document under 2 s, typing
latency under 16 ms at the 99th percentile.  The panels' share is measured
here: the time to build each one, to refresh the deferred ones once, and
the time the panels' listeners add to one keystroke (typing into clauses
all over the document, with every panel docked and visible).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.generate import large_document
from benchmarks.timing import p99
from editor.gui.changes_panel import ChangesPanel
from editor.gui.outline_panel import OutlinePanel
from editor.gui.problems_panel import ProblemsPanel
from editor.gui.properties_panel import PropertiesPanel
from editor.gui.source_view import SourceView
from editor.model.session import EditSession

KEYSTROKES = 300


class _Host:
    """The least a panel needs: a session, perform as a transaction, reveal ignored."""

    def __init__(self, session: EditSession) -> None:
        self.session = session

    def perform(self, label: str, action: Callable[[], None], merge_key: object = None) -> None:
        with self.session.transaction(label, merge_key):
            action()

    def replace_document(self, document: object, label: str) -> None:
        raise NotImplementedError

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        pass


class _NoProblems:
    problems: list = []

    def add_listener(self, cb: object) -> None: ...
    def remove_listener(self, cb: object) -> None: ...
    def fixable(self, problem: object) -> bool: return False
    def apply_fix(self, problem: object) -> None: ...


def _engine(session: EditSession) -> object:
    try:
        from editor.rules.engine import RuleEngine
    except ImportError:
        return _NoProblems()
    return RuleEngine(session)


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def _typing(session: EditSession, app: QApplication) -> list[float]:
    """Milliseconds per keystroke, typing one character into clauses spread over the document."""
    clauses = [c for res in session.document.resolutions() for sec in res.sections for c in sec.clauses]
    step = max(len(clauses) // KEYSTROKES, 1)
    times = []
    for clause in clauses[::step][:KEYSTROKES]:
        start = time.perf_counter()
        session.insert_text(clause.text, 0, "x")
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _shown(panel: QWidget) -> QWidget:
    panel.show()
    return panel


def main() -> None:
    app = QApplication.instance() or QApplication([])
    bare = EditSession(large_document(), author="Bench")
    baseline = _typing(bare, app)  # type: ignore[arg-type]
    checked = EditSession(large_document(), author="Bench", tracking=True)
    checked_engine = _engine(checked)
    engine_only = _typing(checked, app)  # type: ignore[arg-type]
    getattr(checked_engine, "close", lambda: None)()

    host = _Host(EditSession(large_document(), author="Bench", tracking=True))
    engine_ms, engine = _timed(lambda: _engine(host.session))
    built = {}
    panels = {}
    for name, make in (
        ("outline", lambda: OutlinePanel(host)),  # type: ignore[arg-type]
        ("properties", lambda: PropertiesPanel(host)),  # type: ignore[arg-type]
        ("problems", lambda: ProblemsPanel(host, engine)),  # type: ignore[arg-type]
        ("changes", lambda: ChangesPanel(host)),  # type: ignore[arg-type]
        ("source", lambda: SourceView(host)),  # type: ignore[arg-type]
    ):
        built[name], panels[name] = _timed(lambda make=make: _shown(make()))
    first = next(c for r in host.session.document.resolutions() for s in r.sections for c in s.clauses)
    panels["outline"].show_node(first)  # a selected row is kept through every rebuild
    app.processEvents()
    typing = _typing(host.session, app)  # type: ignore[arg-type]
    spread_ms, _ = _timed(panels["source"].refresh)
    clause = next(c for r in host.session.document.resolutions() for s in r.sections for c in s.clauses)
    host.session.insert_text(clause.text, 0, "y")
    source_ms, _ = _timed(panels["source"].refresh)
    changes_ms, _ = _timed(panels["changes"].refresh)

    clauses = sum(len(s.clauses) for r in host.session.document.resolutions() for s in r.sections)
    print(f"panels on the large document ({clauses} clauses)")
    print(f"  rule engine start: {engine_ms:8.1f} ms" + ("" if not isinstance(engine, _NoProblems) else " (no editor.rules.engine: empty)"))
    for name, ms in built.items():
        print(f"  build and show {name:<11} {ms:8.1f} ms")
    print(f"  all panels built: {sum(built.values()):8.1f} ms  (window target: under 2000 ms in all)")
    print(f"  refresh after a pause (not per keystroke, only while shown): source {source_ms:.1f} ms after typing in one clause,")
    print(f"    {spread_ms:.1f} ms after {len(typing)} edits all over the document; changes list {changes_ms:.1f} ms")
    print(f"  keystroke, no panels:      median {statistics.median(baseline):6.2f} ms  p99 {p99(baseline):6.2f} ms")
    print(f"  keystroke, rule engine:    median {statistics.median(engine_only):6.2f} ms  p99 {p99(engine_only):6.2f} ms")
    print(f"  keystroke, engine and all panels: median {statistics.median(typing):6.2f} ms  p99 {p99(typing):6.2f} ms  (target p99 under 16 ms)")
    for panel in panels.values():
        panel.close()


if __name__ == "__main__":
    main()
