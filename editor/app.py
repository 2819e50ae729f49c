"""The composition root: the application object, translations, settings, the window and its panels.

`main.py [FILE]` ends here (editor.cli calls `main(args)` when no command
is given).  `main.py FILE --screenshot OUT.png` renders the window
offscreen with FILE loaded, saves the picture and exits - the pictures in
the documentation are made this way (`make screenshot`), with settings,
user dictionaries and language data of a new temporary folder, so that the
same command makes the same picture on every machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QThread
from PySide6.QtWidgets import QApplication, QDockWidget

from editor.controller import DocumentController
from editor.gui import interface_language
from editor.gui.changes_panel import ChangesPanel
from editor.gui.clipboard import settle_clipboard
from editor.gui.command_names import command_name, triggering_action
from editor.gui.comments_panel import CommentsPanel
from editor.gui.deferred import TYPING_PAUSE_MS
from editor.gui.document_view.sheet import ZOOMS
from editor.gui.interface_language import install_translators  # noqa: F401 - where tests and callers find it
from editor.gui.main_window import MainWindow, setting_number
from editor.gui.outline_panel import OutlinePanel
from editor.gui.problems_panel import ProblemsPanel
from editor.gui.properties_panel import PropertiesPanel
from editor.gui.source_view import SourceView
from editor.gui.spelling_link import SpellingLink
from editor.model.comments import in_text_order
from editor.model.nodes import Document
from editor.xmlio import DocumentError

ORGANISATION = "ResolutionEditor"
APP_NAME = "Resolution Editor"

# The panel tabified last is the one on top: Problems shows first, while the changes list
# and the XML source (refreshed only while visible) cost nothing until their tab is opened.
DOCK_SIZES = {
    Qt.DockWidgetArea.LeftDockWidgetArea: 230,
    Qt.DockWidgetArea.RightDockWidgetArea: 380,
    Qt.DockWidgetArea.BottomDockWidgetArea: 170,
}


def _parse(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="Open the Resolution Editor window.")
    parser.add_argument("file", nargs="?", help="a resolution or contribution (.xml) to open")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the window offscreen, save it as a PNG and exit (with fresh settings: your settings, "
                        "user dictionaries and language corrections are neither read nor changed)")
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot (default 1400x900)")
    parser.add_argument("--problem", type=int, metavar="N", default=0,
                        help="for --screenshot: select the Nth problem in the Problems panel and show it in the text")
    parser.add_argument("--ui-language", choices=sorted(interface_language.LANGUAGES), metavar="CODE",
                        help="the language of the menus and dialogs: " + ", ".join(sorted(interface_language.LANGUAGES))
                        + " (default: the one chosen in View > Interface Language, else the system's)")
    parser.add_argument("--comment", type=int, metavar="N", default=0,
                        help="for --screenshot: select the Nth comment (in text order) and show it in the Comments panel")
    parser.add_argument("--type", metavar="TEXT", default="",
                        help="for --screenshot: type TEXT (after the selected comment's words, else at the start), as a drafter does")
    parser.add_argument("--zoom", type=int, metavar="PERCENT", choices=ZOOMS,
                        help="for --screenshot: show the page at this zoom (default: the view's own, 100)")
    options = parser.parse_args(args)
    width, _, height = options.size.partition("x")
    if not (width.isdecimal() and height.isdecimal() and 0 < int(width) <= 10000 and 0 < int(height) <= 10000):
        parser.error(f"--size {options.size!r}: expected WIDTHxHEIGHT in pixels, such as 1400x900")
    return options


@dataclass(frozen=True)
class Panels:
    """The window's panels, each written against editor.editing.host.DocumentHost."""

    outline: OutlinePanel
    properties: PropertiesPanel
    source: SourceView
    changes: ChangesPanel
    problems: ProblemsPanel
    comments: CommentsPanel


def dock_panels(window: MainWindow) -> Panels:
    """Dock the panels and keep them in step with the controller.

    Panels follow a newly opened document through `reload()` (the problems
    panel lists the rule engine's problems and, unless hidden, the spelling
    ones: `spelling.rows`), and the outline and properties follow the cursor
    of the document view through `show_node(uid)`.
    """
    controller = window.controller
    spelling = window.spelling if window.spelling is not None else attach_spelling(window)
    panels = Panels(OutlinePanel(controller), PropertiesPanel(controller), SourceView(controller), ChangesPanel(controller),
                    ProblemsPanel(controller, spelling.rows), CommentsPanel(controller))
    panels.problems.add_toggle(spelling.act_show)
    controller.reloaded.connect(panels.outline.reload)
    controller.reloaded.connect(panels.properties.reload)
    controller.reloaded.connect(panels.source.reload)
    controller.reloaded.connect(panels.changes.reload)
    controller.reloaded.connect(panels.comments.reload)
    controller.reloaded.connect(lambda: panels.problems.reload(spelling.rows))  # after the link has followed (built first)
    window.view.node_changed.connect(panels.outline.show_node)
    window.view.node_changed.connect(panels.properties.show_node)
    left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                           Qt.DockWidgetArea.BottomDockWidgetArea)
    window.add_panel(panels.outline, panels.outline.windowTitle(), left)
    window.add_panel(panels.properties, panels.properties.windowTitle(), right)
    source = window.add_panel(panels.source, panels.source.windowTitle(), bottom)
    changes = window.add_panel(panels.changes, panels.changes.windowTitle(), bottom)
    comments = window.add_panel(panels.comments, panels.comments.windowTitle(), bottom)
    problems = window.add_panel(panels.problems, panels.problems.windowTitle(), bottom)
    window.tabifyDockWidget(source, changes)
    window.tabifyDockWidget(changes, comments)
    window.tabifyDockWidget(changes, problems)
    for dock in window.panels.values():
        area = window.dockWidgetArea(dock)
        if dock not in (changes, comments, problems):
            window.default_dock_sizes[dock] = DOCK_SIZES[area]
    window.review.change_shown.connect(panels.changes.show_change)
    window.comments.comment_shown.connect(panels.comments.show_comment)
    return panels


def attach_spelling(window: MainWindow) -> SpellingLink:
    """Spelling checked as you type in `window`: underlines, the context menu's suggestions, the status note."""
    window.spelling = SpellingLink(window)
    return window.spelling


def recovery_folder() -> Path:
    """Where autosaved copies of unsaved work are kept (the user's data folder)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def build_window(settings: QSettings | None = None, recovery_dir: Path | None = None, *, autosave_ms: int | None = None,
                 panels: bool = True) -> MainWindow:
    """The controller, the window that shows it and (unless `panels` is false) its panels, layout restored; no file opened yet."""
    settings = settings or QSettings()
    if autosave_ms is None:
        autosave_ms = round(setting_number(settings.value("autosave/seconds", 5), 5) * 1000)
    controller = DocumentController(recovery_dir=recovery_dir or recovery_folder(), autosave_ms=autosave_ms)
    window = MainWindow(controller, settings)
    attach_spelling(window)
    if panels:
        dock_panels(window)
    window.restore_layout()
    window.tell_language_file_problems()
    return window


class CrashGuard:
    """The process's sys.excepthook while a window runs: a bug in a slot costs no work.

    PySide6 hands an exception escaping a slot to sys.excepthook and goes on
    with the event loop, so the window stays usable; without this hook the
    drafter would only see a traceback on a terminal they do not have.  The
    hook first writes the recovery copy of the document (this very state, not
    the last autosave), copies the details to the clipboard, and tells the
    drafter in one sentence what happened and where the work is, with the
    traceback behind the dialog's details button (`MainWindow.report_bug`).
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.previous = sys.excepthook
        self._handling = False
        self.reports = 0
        self._seen: set[tuple[str, str, int]] = set()  # bugs already reported: a repeat goes to the status bar

    def install(self) -> CrashGuard:
        self.previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def uninstall(self) -> None:
        """Put back the hook found at install (unless something installed later has replaced this one)."""
        if sys.excepthook == self.handle:
            sys.excepthook = self.previous

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if self._handling or not issubclass(kind, Exception):  # Ctrl+C, exit, or a failure of this very report
            self.previous(kind, value, tb)
            return
        self._handling = True
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, end="", file=sys.stderr)  # for a developer running from a terminal
        try:
            message = self.message(_doing(tb), self._keep_work())
            clipboard = QApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(details)
            where = _where(kind, tb)
            if where in self._seen:  # a bug in a timer or a repeated command must not bury the window in dialogs
                self.window.statusBar().showMessage(message, 15000)
            else:
                self._seen.add(where)
                self.window.report_bug(message, details)
                self.reports += 1
        except Exception:  # the window is gone or the report itself failed: the plain hook still tells
            self.previous(kind, value, tb)
        finally:
            self._handling = False

    def _keep_work(self) -> str:
        """Where the document's unsaved work now is, as the end of the report's sentence."""
        controller = self.window.controller
        if not controller.is_modified():
            return QCoreApplication.translate("CrashGuard", "the document has no unsaved changes")
        try:
            kept = controller.autosave(now=True)
        except (OSError, DocumentError) as exc:
            reason = exc.message if isinstance(exc, DocumentError) else exc.strerror or str(exc)
            return QCoreApplication.translate("CrashGuard", "the recovery copy could not be written (%1), so save the document under a new name now").replace("%1", reason)
        if kept is None:
            return QCoreApplication.translate("CrashGuard", "the document has unsaved changes and no recovery folder, so save it under a new name now")
        return QCoreApplication.translate("CrashGuard", "your work is kept in the recovery file %1").replace("%1", str(kept))

    @staticmethod
    def message(doing: str, kept: str) -> str:
        return (QCoreApplication.translate("CrashGuard", "Something went wrong while %1; %2; the details are copied to the clipboard.")
                .replace("%1", doing).replace("%2", kept))


def _where(kind: type[BaseException], tb: TracebackType | None) -> tuple[str, str, int]:
    """The same bug again: the same exception class raised at the same line."""
    frames = traceback.extract_tb(tb)
    last = frames[-1] if frames else None
    return kind.__qualname__, last.filename if last else "", (last.lineno or 0) if last else 0


def _doing(tb: TracebackType | None) -> str:
    """What the program was doing: the menu command that ran ("File > Save"), else the slot Qt called.

    The slot is the traceback's outermost frame, which names a method the
    drafter has never seen; a command connected with
    editor.gui.command_names.connect_action is named as its menu reads.
    """
    if tb is None:
        return QCoreApplication.translate("CrashGuard", "working")
    action = triggering_action(tb)
    if action is not None:
        return QCoreApplication.translate("CrashGuard", "running %1").replace("%1", command_name(action))
    code = tb.tb_frame.f_code
    return QCoreApplication.translate("CrashGuard", "running %1").replace("%1", getattr(code, "co_qualname", code.co_name))


#: The folders of what is the user's own: settings and user dictionaries (ours and enchant's personal word lists),
#: corrected language data and recovery copies, caches.
USER_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


@contextmanager
def fresh_user_folders() -> Iterator[Path]:
    """Point the user's folders at a new empty temporary folder (removed afterwards), for a picture of the program as
    shipped: no one's settings, user dictionary, language corrections or recovery copies change what it shows,
    and nothing of theirs is written.  Call before the QApplication and the first QSettings exist (Qt reads the
    folders once)."""
    saved = {name: os.environ.get(name) for name in USER_FOLDERS}
    with tempfile.TemporaryDirectory(prefix="resolution-editor-") as folder:
        for name in USER_FOLDERS:
            os.environ[name] = str(Path(folder) / name.lower())
        try:
            yield Path(folder)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def main(args: list[str]) -> int:
    options = _parse(args)
    if options.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        with fresh_user_folders():
            return _run(options)
    return _run(options)


def _run(options: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "main.py"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    interface_language.apply(app, interface_language.chosen(options.ui_language, QSettings()))
    app.aboutToQuit.connect(settle_clipboard)
    window = build_window()
    guard = CrashGuard(window).install()
    try:
        if options.screenshot:
            return _screenshot(app, window, options)
        window.show()  # first, so that panels hidden behind tabs are not filled for nothing
        if not window.offer_recovery() and options.file:  # a crash's unsaved work comes first
            window.open_path(Path(options.file))
        return int(app.exec())
    finally:
        guard.uninstall()


def show_problem(window: MainWindow, number: int) -> bool:
    """Select the `number`th row (from 1) of the Problems panel and reveal it, as a double-click does."""
    dock: QDockWidget | None = window.panels.get("dock-ProblemsPanel")
    panel = dock.widget() if dock is not None else None
    if not isinstance(panel, ProblemsPanel) or not 1 <= number <= len(panel.problems):
        return False
    panel.select(panel.problems[number - 1])
    panel.reveal(panel.problems[number - 1])
    return True


def show_comment(window: MainWindow, number: int) -> bool:
    """Select the words of the `number`th comment (from 1, in text order) and bring the Comments panel forward."""
    ordered = in_text_order(window.controller.session.document)
    if not 1 <= number <= len(ordered):
        return False
    dock: QDockWidget | None = window.panels.get("dock-CommentsPanel")
    if dock is not None:
        dock.show()
        dock.raise_()
    window.comments.show(ordered[number - 1])
    return True


def type_as_drafter(window: MainWindow, text: str) -> None:
    """Type `text` after the selection (tracked in a MOD; the author's name is not asked for a picture)."""
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(cursor.selectionEnd())
    view.setTextCursor(cursor)
    asks, window.controller.before_edit = window.controller.before_edit, None
    try:
        view.edit.type_text(text)
    finally:
        window.controller.before_edit = asks


def _picture_clock(document: Document) -> Callable[[], str]:
    """The time the marks typed for a picture carry: the newest of the document's own, so that two pictures of one file
    are the same whenever they are made (the Changes panel shows a mark's time); today at noon when it has none."""
    dates = [m.date for _, m, _ in document.marks()] + [c.date for c in document.comments]
    stamp = max(dates) if dates else datetime.now(UTC).strftime("%Y-%m-%dT12:00:00Z")
    return lambda: stamp


def _screenshot(app: QApplication, window: MainWindow, options: argparse.Namespace) -> int:
    if options.file:
        try:
            window.load_path(Path(options.file))
        except DocumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    width, _, height = options.size.partition("x")
    window.resize(int(width), int(height))
    if options.zoom:
        window.view.set_zoom(options.zoom)
    window.show()
    for _ in range(10):  # dock sizes are applied through posted layout requests
        app.processEvents()
        QThread.msleep(20)
    if options.problem and not show_problem(window, options.problem):
        print(f"error: there is no problem {options.problem} to show", file=sys.stderr)
        return 2
    if options.comment and not show_comment(window, options.comment):
        print(f"error: there is no comment {options.comment} to show", file=sys.stderr)
        return 2
    if options.type:
        window.controller.session.clock = _picture_clock(window.controller.session.document)
        type_as_drafter(window, options.type)
    if window.spelling is not None:
        window.spelling.finish()  # the picture shows what the first check finds a moment after the open
    for _ in range(TYPING_PAUSE_MS // 20 + 5):  # the view scrolls to the problem through posted events; the lists follow the pause
        app.processEvents()
        QThread.msleep(20)
    out = Path(options.screenshot)
    picture = window.grab()
    if not picture.save(str(out)):
        print(f"error: {out}: could not be written", file=sys.stderr)
        return 2
    window.controller.close()
    print(f"{out}: saved")
    return 0
