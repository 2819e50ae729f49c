"""The editor window on the large generated document, spelling checked as you type.

Targets on this machine: the window with the large document shown in under
2 s; typing latency (keystroke to updated view, problems and spelling
underlines) and Enter (a new clause) under 16 ms at the 99th percentile
(the outline and the problems list follow in the next pause of typing: what
their catching up costs then is printed too),
also while the first spelling check still runs in slices; a zoom change, to
the page redrawn at the new size, under 50 ms.  The zoom is measured in the
middle of the document and at its top.  The layout works at 100 % whatever
the zoom and the view draws it through a scaled painter, so a zoom lays
nothing out again and costs about the same anywhere; in the middle it also
prints what drawing the whole view costs (also what each scroll step costs
at a zoom other than 100 %, where the view is drawn again instead of its
pixels moved), and what Qt's layout of the text above the view costs (a
new text width): what a zoom cost when it changed the layout's resolution.

The 99th percentile is the nearest rank (of 100 Enters the largest but
one, benchmarks/timing.py); the largest is printed beside it.  The Enters
are made at four places in turn, ten at each: the cursor's move to a new
place is drawn before the next Enter is timed, as a click would be.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import clause_count, large_document
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from timing import p99, wall_and_cpu_ms

from editor.app import build_window
from editor.gui.deferred import TYPING_PAUSE_MS
from editor.gui.document_view import DocumentView
from editor.gui.source_view import REFRESH_PAUSE_MS as SOURCE_PAUSE_MS
from editor.xmlio import save

KEYSTROKES = 300
BLOCK = 50
ENTERS = 100


def keystroke(app: QApplication, view: QWidget, n: int) -> tuple[float, float]:
    """One key typed (every tenth a Backspace) and its effects processed: wall clock and CPU time in ms."""

    def press() -> None:
        if n % 10 == 9:
            QTest.keyClick(view, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(view, "a")
        app.processEvents()

    return wall_and_cpu_ms(press)


def report(what: str, wall: list[float], cpu: list[float]) -> None:
    """One line per measure: wall clock median and p99, then the CPU time's, against the 16 ms target."""
    print(f"{what}: median {statistics.median(wall):6.2f} ms, p99 {p99(wall):6.2f} ms (max {max(wall):6.2f} ms)"
          f"   (target p99 < 16 ms)  {'OK' if p99(wall) < 16 else 'MISSED'}")
    print(f"    the same in CPU time of this process: median {statistics.median(cpu):6.2f} ms, p99 {p99(cpu):6.2f} ms"
          f"  {'OK' if p99(cpu) < 16 else 'MISSED'}")


def zoom_parts(view: DocumentView) -> None:
    """What a zoom in the middle of the document is made of now, the view drawn whole at the zoom, against what
    it cost when it changed the layout's resolution: Qt laying out the text above the view again."""
    document, layout = view.document(), view.document().documentLayout()
    top = view.cursorForPosition(QPoint(view.sheet.left() + 1, 0)).block()

    def relayout() -> None:
        document.setTextWidth(document.textWidth() + 1)  # any new width: every paragraph is laid out again
        layout.blockBoundingRect(top)  # ... down to the one at the top of the view

    viewport = view.viewport()
    view.set_zoom(150)
    drawn = [wall_and_cpu_ms(viewport.repaint) for _ in range(3)]
    view.set_zoom(100)
    laid = [wall_and_cpu_ms(relayout) for _ in range(3)]
    document.setTextWidth(document.textWidth() - 3)
    view.sheet.fit()
    print(f"    of which the view drawn whole at 150 %: median {statistics.median(w for w, _ in drawn):5.1f} ms"
          f" (CPU {statistics.median(c for _, c in drawn):5.1f} ms); for comparison, Qt's layout of the text above the view"
          f" (a new width), which a zoom no longer does: median {statistics.median(w for w, _ in laid):6.1f} ms"
          f" (CPU {statistics.median(c for _, c in laid):6.1f} ms)")


def catch_up(app: QApplication, view: DocumentView, enter: Callable[[], None]) -> None:
    """The price of the list panels waiting for a pause in typing: what the outline and the problems list do
    (their rows, Qt's relayout and repaint) when the pause comes after ten Enters, a drafter's burst."""
    caught = []
    for _ in range(5):
        for _ in range(10):
            enter()
        time.sleep(TYPING_PAUSE_MS / 1000 + 0.05)  # the pause: the panels' timers are now due
        t = time.perf_counter()
        app.processEvents()
        caught.append((time.perf_counter() - t) * 1000)
    print(f"  the panels catching up in the pause after ten Enters ({TYPING_PAUSE_MS} ms without a key), {len(caught)} times:"
          f" median {statistics.median(caught):6.2f} ms, max {max(caught):6.2f} ms (the drafter is not typing then)")


def measure(app: QApplication, folder: Path, path: Path, with_panels: bool) -> None:
    settings = QSettings(str(folder / f"s{with_panels}.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/author", "Bench")  # no question before the first tracked keystroke
    window = build_window(settings, folder / "rec", panels=with_panels)
    panels = [dock.windowTitle() for dock in window.panels.values()]
    t0 = time.perf_counter()
    window.show()  # as editor.app.main does: the window, then the file
    window.open_path(path)
    app.processEvents()
    opened = (time.perf_counter() - t0) * 1000
    print(f"-- {'window with panels: ' + ', '.join(panels) if panels else 'window without panels (document view, controller, checks)'};"
          " with the drafting checks and spelling")
    print(f"open file and show the window: {opened:8.1f} ms   (target < 2000 ms)  {'OK' if opened < 2000 else 'MISSED'}")

    view = window.view
    res = window.controller.session.document.proposals[50].resolution
    assert res is not None
    view.place_cursor(res.sections[3].clauses[2], "text", 5)
    view.setFocus()
    spelling = window.spelling
    assert spelling is not None and spelling.checking  # the first check has only begun: the drafter types meanwhile
    during = []
    while spelling.checking and len(during) < KEYSTROKES:
        during.append(keystroke(app, view, len(during))[0])
    paused = time.perf_counter()
    while spelling.checking:  # the slices run again once the typing pauses
        app.processEvents()
    rest = (time.perf_counter() - paused) * 1000
    source = spelling.source
    found = len(source.problems) if source is not None else 0
    print(f"{len(during)} keystrokes typed while the first spelling check runs (the window's first keys): median"
          f" {statistics.median(during):6.2f} ms, p99 {p99(during):6.2f} ms; the check then ends {rest:7.1f} ms after the"
          f" typing stops ({found} misspellings)")
    samples: list[tuple[float, float]] = []
    off: list[float] = []  # spelling switched off, in alternating blocks of keystrokes: the same load for both
    for block in range(2 * KEYSTROKES // BLOCK):
        spelling.set_enabled(block % 2 == 0)
        spelling.finish()
        app.processEvents()
        keys = [keystroke(app, view, n) for n in range(BLOCK)]
        if block % 2 == 0:
            samples += keys
        else:
            off += [wall for wall, _ in keys]
    spelling.set_enabled(True)
    spelling.finish()
    report(f"keystroke to updated view, problems and spelling, {KEYSTROKES} keystrokes", [w for w, _ in samples], [c for _, c in samples])
    print(f"  the same with spelling switched off (alternate blocks of {BLOCK}): median {statistics.median(off):6.2f} ms,"
          f" p99 {p99(off):6.2f} ms")
    def enter() -> None:
        QTest.keyClick(view, Qt.Key.Key_Return)
        app.processEvents()

    enter_wall: list[float] = []
    enter_cpu: list[float] = []
    for n in range(ENTERS):
        if n % 10 == 0:  # a new place now and then, as a drafter moves on: not always the same section
            view.place_cursor(res.sections[n // 10 % 4].clauses[0], "text", 3)
            app.processEvents()  # the move is drawn before the Enter, as a click is: its repaint is not the Enter's
        wall, used = wall_and_cpu_ms(enter)
        enter_wall.append(wall)
        enter_cpu.append(used)
    report(f"Enter (new clause, structural update), {ENTERS} times", enter_wall, enter_cpu)
    if with_panels:
        catch_up(app, view, enter)
    time.sleep((max(TYPING_PAUSE_MS, SOURCE_PAUSE_MS) + 100) / 1000)  # every panel's pause over: a zoom measured on its own
    app.processEvents()
    for where in ("in the middle of the document", "at its top"):
        if where == "at its top":
            view.verticalScrollBar().setValue(0)
            app.processEvents()
        zooms = []
        for percent in (150, 100, 200, 75, 125, 100):
            t = time.perf_counter()
            view.set_zoom(percent)
            view.viewport().repaint()  # the page redrawn at the new size, as the drafter sees it
            app.processEvents()
            zooms.append((time.perf_counter() - t) * 1000)
        print(f"zoom change to the redrawn page {where}, {len(zooms)} changes: median {statistics.median(zooms):6.2f} ms,"
              f" max {max(zooms):6.2f} ms   (target < 50 ms)  {'OK' if max(zooms) < 50 else 'MISSED'}")
        if where != "at its top":
            zoom_parts(view)
    t = time.perf_counter()
    window.controller.undo()
    app.processEvents()
    print(f"undo of one structural step: {(time.perf_counter() - t) * 1000:6.2f} ms")
    saved, saved_cpu = wall_and_cpu_ms(lambda: window.controller.autosave(now=True))
    print(f"an autosave of this document (in a pause of a second in the typing, or after a minute of typing without one,"
          f" when it falls inside a keystroke or an Enter): {saved:6.1f} ms (CPU {saved_cpu:6.1f} ms)")
    window.controller.close()
    window.hide()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "large.xml"
        doc = large_document()
        save(doc, path)
        print(f"document: {len(doc.proposals)} resolutions, {clause_count(doc)} clauses")
        measure(app, folder, path, with_panels=False)
        measure(app, folder, path, with_panels=True)


if __name__ == "__main__":
    main()
