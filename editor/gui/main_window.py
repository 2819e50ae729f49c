"""The main window: menus, toolbar, status bar, dock areas, files and safety.

One window shows one document through one DocumentController.  Dialogs
that ask the drafter something go through small methods (`ask_save_changes`,
`choose_open_path`, `show_error` …) so that tests can answer them without a
modal loop.  Every string a user reads goes through self.tr().
"""

from __future__ import annotations

import getpass
import os
import pwd
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.controller import DocumentController
from editor.gui import interface_language
from editor.gui.author_bar import AuthorBar
from editor.gui.body_actions import BodyCommands
from editor.gui.command_names import connect_action
from editor.gui.comment_actions import CommentCommands
from editor.gui.document_view import DocumentView
from editor.gui.document_view.sheet import ZOOMS
from editor.gui.export_menu import ExportMenu
from editor.gui.find_replace import FindReplaceDialog
from editor.gui.garbage import SettledGarbage
from editor.gui.import_report import ImportReport
from editor.gui.interface_language import QT_TRANSLATE_NOOP
from editor.gui.keyword_dialog import ask_keyword
from editor.gui.language_choice import ask_language
from editor.gui.problem_counts import counts_text
from editor.gui.review_actions import ReviewCommands
from editor.gui.start_screen import StartScreen
from editor.importers.files import import_path, is_word_file
from editor.languages import user_problems
from editor.model.marks import View
from editor.model.nodes import Document, Section
from editor.recovery import folder as recovery_folder
from editor.recovery.store import RecoveryEntry, RecoveryStore
from editor.rules.problem import severity_counts
from editor.xmlio import DocumentError, read_file
from editor.xmlio.errors import printable

if TYPE_CHECKING:
    from editor.gui.spelling_link import SpellingLink

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
MAX_RECENT = 8
SYSTEM_ACCOUNTS = frozenset({"root", "nobody", "daemon"})
APP_NAME = "Resolution Editor"
VIEW_NAMES: dict[View, str] = {"markup": QT_TRANSLATE_NOOP("MainWindow", "Markup"), "final": QT_TRANSLATE_NOOP("MainWindow", "Final"),
                               "original": QT_TRANSLATE_NOOP("MainWindow", "Original")}


def login_name() -> str:
    """The name revision marks carry until the drafter gives one: the account's full name, else its login.

    A system account ("root") names nobody, so it is not proposed at all:
    the first recorded edit then shows the author bar (see MainWindow._before_edit).
    """
    try:
        entry = pwd.getpwuid(os.getuid())
    except (KeyError, OSError):
        login = getpass.getuser()
        return "" if login in SYSTEM_ACCOUNTS else login
    full = entry.pw_gecos.split(",")[0].strip()
    if entry.pw_name in SYSTEM_ACCOUNTS or entry.pw_uid == 0:
        return ""
    return full or entry.pw_name


def suggested_stem(document: Document) -> str:
    """The file name a new document proposes: "ARB-36A2-1" for a contribution, "Resolution-7" for a text, else "untitled"."""
    identifier = next((p.identifier for p in document.proposals if p.identifier), "")
    if identifier:
        return re.sub(r"[^\w.-]+", "-", identifier).strip("-") or "untitled"
    res = next(document.resolutions(), None)
    number = re.sub(r"[^\w.-]+", "-", res.number.text("final")).strip("-") if res is not None else ""
    return f"Resolution-{number}" if number else "untitled"


def setting_number(value: object, default: float) -> float:
    """A number read back from QSettings, which hands back strings from an INI file and anything a user wrote there."""
    if isinstance(value, int | float | str) and value:
        try:
            return float(value)
        except ValueError:
            return default
    return default


class MainWindow(QMainWindow):
    """The editor window; see the module docstring."""

    def __init__(self, controller: DocumentController, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        """`controller` owns the document this window shows (editor.app builds both)."""
        super().__init__(parent)
        self.settings = settings or QSettings()
        named = str(self.settings.value("user/author", "") or "")
        self.controller = controller
        controller.setParent(self)
        controller.set_author(named or login_name())
        self._author_named = bool(named)
        self.controller.before_edit = self._before_edit
        self.view = DocumentView(self.controller, self)
        self.document_open = False  # False: the start screen shows, not an empty page
        self.find_dialog: FindReplaceDialog | None = None
        self.import_report: ImportReport | None = None
        self.suggested_save_path: Path | None = None  # an imported text is saved beside it, as .xml
        self.panels: dict[str, QDockWidget] = {}
        self.spelling: SpellingLink | None = None  # editor.app.build_window attaches it
        self.default_dock_sizes: dict[QDockWidget, int] = {}  # applied at first show unless a saved layout was restored
        self._layout_restored = False
        self.garbage = SettledGarbage(self)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.review = ReviewCommands(self)
        self.comments = CommentCommands(self)
        self.body = BodyCommands(self)
        self.export = ExportMenu(self)
        self.start = StartScreen([self.act_new, self.act_new_contribution, self.review.act_new_mod, self.act_open, self.act_import_text],
                                 self._open_recent, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.view)
        self.author_bar = AuthorBar(lambda: self.ask_author(rename=True), self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.author_bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        separator = QAction(self)
        separator.setSeparator(True)
        self.view.context_actions += [self.act_new_clause, self.act_delete_clause, self.act_indent, self.act_outdent,
                                      self.act_insert_section, separator, *self.review.context_actions,
                                      *self.comments.context_actions]
        self.view.zoom_changed.connect(self._zoom_changed)
        self.view.set_zoom(round(setting_number(self.settings.value("view/zoom", 100), 100)))
        c = self.controller
        c.modified_changed.connect(lambda _m: self._update_title())
        c.history_changed.connect(self._update_history_actions)
        c.path_changed.connect(lambda _p: self._update_title())
        c.tracking_changed.connect(self._on_tracking_changed)
        c.problems_changed.connect(self._update_problem_counts)
        c.reloaded.connect(self._on_reloaded)
        c.recovery_failed.connect(self.autosave_failed)
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._update_title()
        self._on_reloaded()
        self.resize(1200, 860)

    def set_interface_language(self, code: str) -> None:
        """View > Interface Language: kept in the settings, used from the next start (the menus are built once)."""
        self.settings.setValue(interface_language.SETTING, code)
        self.statusBar().showMessage(self.tr("The interface language changes when the editor next starts."), 8000)

    # -- actions and menus --------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object] | None = None, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, checkable: bool = False, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            connect_action(action, slot)
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        v = self.view
        self.act_new = self._action(self.tr("New &Resolution…"), lambda: self.new_document("new-resolution.xml"), QKeySequence.StandardKey.New)
        self.act_new_contribution = self._action(self.tr("New &Contribution…"), lambda: self.new_document("new-contribution.xml"))
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_import_text = self._action(self.tr("&Import Text or Word…"), self.import_text_dialog,
                                            tip=self.tr("Make a new document from a Word file, or from text copied out of Word or a PDF"))
        self.act_save = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.act_close = self._action(self.tr("&Close"), self.close_document, QKeySequence.StandardKey.Close)
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action(self.tr("&Undo"), self.controller.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.tr("&Redo"), self.controller.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for act, name in ((self.act_undo, self.tr("Undo")), (self.act_redo, self.tr("Redo"))):
            act.setIconText(name)  # the toolbar button keeps its width while the menu names the step
        self.act_cut = self._action(self.tr("Cu&t"), v.edit.cut, QKeySequence.StandardKey.Cut)
        self.act_copy = self._action(self.tr("&Copy"), v.copy, QKeySequence.StandardKey.Copy)
        self.act_paste = self._action(self.tr("&Paste"), v.edit.paste, QKeySequence.StandardKey.Paste)
        self.act_select_all = self._action(self.tr("Select &All"), v.selectAll, QKeySequence.StandardKey.SelectAll)
        self.act_find = self._action(self.tr("&Find and Replace…"), lambda: self.find_replace(False), QKeySequence.StandardKey.Find)
        self.act_replace = self._action(self.tr("&Replace…"), lambda: self.find_replace(True), QKeySequence("Ctrl+H"))
        self.act_footnote = self._action(self.tr("&Footnote"), v.edit.insert_footnote, QKeySequence("Ctrl+Alt+F"))
        self.act_bold = self._action(self.tr("&Bold"), lambda: v.edit.toggle_format("bold"), QKeySequence.StandardKey.Bold)
        self.act_italic = self._action(self.tr("&Italic"), lambda: v.edit.toggle_format("italic"), QKeySequence.StandardKey.Italic)
        self.act_new_clause = self._action(self.tr("New &Clause"), v.edit.enter, QKeySequence("Ctrl+Return"))
        self.act_indent = self._action(self.tr("Into Sub-item &Level"), lambda: v.edit.indent(True))
        self.act_outdent = self._action(self.tr("&Out of Sub-item Level"), lambda: v.edit.indent(False))
        self.act_delete_clause = self._action(self.tr("&Delete Clause"), v.edit.delete_block, QKeySequence("Ctrl+Shift+Del"),
                                              tip=self.tr("Delete the clause at the cursor, with its sub-items"))
        self.act_insert_section = self._action(self.tr("Insert &Section After…"), self.insert_section_after)
        self.act_zoom_in = self._action(self.tr("Zoom &In"), v.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.act_zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(self.tr("Zoom &Out"), v.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.act_zoom_reset = self._action(self.tr("&Actual Size"), lambda: v.set_zoom(100), QKeySequence("Ctrl+0"))
        self.zoom_group = QActionGroup(self)
        self.act_zooms: dict[int, QAction] = {}
        for percent in ZOOMS:
            act = self._action(f"{percent} %", partial(v.set_zoom, percent), checkable=True)
            self.zoom_group.addAction(act)
            self.act_zooms[percent] = act
        self.act_next_pane = self._action(self.tr("Next &Pane"), lambda: self.cycle_focus(True), QKeySequence("F6"))
        self.act_previous_pane = self._action(self.tr("Previous Pa&ne"), lambda: self.cycle_focus(False), QKeySequence("Shift+F6"))
        self.act_track = self._action(self.tr("&Track Changes"), None, QKeySequence("Ctrl+Shift+E"), checkable=True,
                                      tip=self.tr("Record every edit as an insertion or deletion against the base text"))
        self.act_track.toggled.connect(self.set_tracking)
        self.act_author = self._action(self.tr("&Author Name…"), self.ask_author)
        self.view_group = QActionGroup(self)
        self.act_views: dict[View, QAction] = {}
        for number, mode in enumerate(VIEW_NAMES, start=1):
            act = self._action(self.tr(VIEW_NAMES[mode]), partial(self.set_view_mode, mode), QKeySequence(f"Ctrl+Alt+{number}"),
                               checkable=True)
            self.view_group.addAction(act)
            self.act_views[mode] = act
        self.act_views["markup"].setChecked(True)
        self.interface_group = QActionGroup(self)
        self.act_interface: dict[str, QAction] = {}
        current = str(self.settings.value(interface_language.SETTING, "") or "")
        for code, name in {"": self.tr("System Language"), **interface_language.LANGUAGES}.items():
            act = self._action(name, partial(self.set_interface_language, code), checkable=True)
            act.setChecked(code == current)
            self.interface_group.addAction(act)
            self.act_interface[code] = act
        self.act_about = self._action(self.tr("&About Resolution Editor"), self.about)
        self.act_about_qt = self._action(self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.act_new, self.act_new_contribution, self.act_open, self.act_import_text])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_save, self.act_save_as])
        self.export_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.act_cut, self.act_copy, self.act_paste, self.act_select_all])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.act_find, self.act_replace])
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions(list(self.act_views.values()))
        self.view_menu.addSeparator()
        self.zoom_menu = self.view_menu.addMenu(self.tr("&Zoom"))
        self.zoom_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        self.zoom_menu.addSeparator()
        self.zoom_menu.addActions(list(self.act_zooms.values()))
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu(self.tr("&Panels"))
        self.interface_menu = self.view_menu.addMenu(self.tr("Interface &Language"))
        self.interface_menu.addActions(list(self.act_interface.values()))
        self.view_menu.addActions([self.act_next_pane, self.act_previous_pane])
        self.insert_menu = bar.addMenu(self.tr("&Insert"))
        self.insert_menu.addActions([self.act_new_clause, self.act_delete_clause, self.act_indent, self.act_outdent,
                                     self.act_insert_section, self.act_footnote])
        self.insert_menu.addSeparator()
        self.insert_menu.addActions([self.act_bold, self.act_italic])
        self.review_menu = bar.addMenu(self.tr("&Review"))
        self.review_menu.addAction(self.act_track)
        self.review_menu.addAction(self.act_author)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.act_about, self.act_about_qt])
        self._refresh_recent_menu()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.addActions([self.act_new, self.act_open, self.act_save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_bold, self.act_italic])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_track)
        self.toolbar.addActions(list(self.act_views.values()))
        self.addToolBar(self.toolbar)
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.problems_label = QLabel(self)
        self.tracking_label = QLabel(self)
        self.view_label = QLabel(self)
        self.zoom_label = QLabel(self)
        for label in (self.problems_label, self.tracking_label, self.view_label, self.zoom_label):
            bar.addPermanentWidget(label)

    def add_panel(self, widget: QWidget, title: str, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock `widget` (a panel taking the controller as its DocumentHost); View > Panels toggles it."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{type(widget).__name__}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        self.panels[dock.objectName()] = dock
        return dock

    # -- state shown ------------------------------------------------------------------------------

    def _update_history_actions(self) -> None:
        """Undo and Redo name the step they would take back or do again, from the session's one history."""
        session = self.controller.session
        for act, can, label, verb in ((self.act_undo, session.can_undo(), session.undo_label(), self.tr("&Undo")),
                                      (self.act_redo, session.can_redo(), session.redo_label(), self.tr("&Redo"))):
            act.setEnabled(can)
            act.setText(f"{verb} {self.tr(label)}" if can and label else verb)

    def _zoom_changed(self, percent: int) -> None:
        """The zoom shown in the status bar and the View menu, and kept for the next session."""
        self.zoom_label.setText(f"{percent} %")
        act = self.act_zooms.get(percent)
        if act is not None:
            act.setChecked(True)
        else:
            checked = self.zoom_group.checkedAction()
            if checked is not None:
                checked.setChecked(False)
        self.settings.setValue("view/zoom", percent)

    def cycle_focus(self, forward: bool) -> QWidget | None:
        """F6 / Shift+F6: the keyboard goes to the next (previous) of the text and the panels shown, as in Word."""
        panes: list[QWidget] = [self.view] if self.document_open else [self.start]
        panes += [dock.widget() for dock in self.panels.values() if dock.isVisible() and dock.widget().isVisible()]
        focus = QApplication.focusWidget()
        here = next((n for n, pane in enumerate(panes) if focus is not None and (focus is pane or pane.isAncestorOf(focus))), -1)
        target = panes[(here + (1 if forward else -1)) % len(panes)]
        focusable = next((w for w in (target, *target.findChildren(QWidget)) if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus), target)
        focusable.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def insert_section_after(self) -> None:
        """Insert > Section After…: asks the keyword, then a new section with one clause after the one at the cursor."""
        node = self.view.node_at_cursor()
        section = node if isinstance(node, Section) else node.ancestor(Section) if node is not None else None
        if section is None:
            self.statusBar().showMessage(self.view.edit.refusals["no-section"], 5000)
            return
        keyword = ask_keyword(self, section, new_section=True)
        if keyword is not None:
            self.view.edit.new_section_after(keyword)

    def _update_title(self) -> None:
        path = self.controller.path
        name = printable(path.name) if path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.controller.is_modified())

    def _on_reloaded(self) -> None:
        self.suggested_save_path = None
        doc = self.controller.session.document
        self.document_open = bool(doc.proposals) or self.controller.path is not None
        self.start.show_recent(self.recent_files())
        self.pages.setCurrentWidget(self.view if self.document_open else self.start)
        for act in (self.act_save, self.act_save_as, self.act_close, *self.export.actions):
            act.setEnabled(self.document_open)
        allowed = self.controller.tracking_allowed()
        self.act_track.setEnabled(allowed)
        self._on_tracking_changed(self.controller.session.tracking)
        self._update_problem_counts()
        self._update_view_label()
        self.garbage.settle_soon()  # once the panels, which hear of the document after the window, have built their rows

    def _on_tracking_changed(self, on: bool) -> None:
        self.act_track.blockSignals(True)
        self.act_track.setChecked(on)
        self.act_track.blockSignals(False)
        self.act_track.setEnabled(self.controller.tracking_allowed())
        self.tracking_label.setText(self.tr("Track Changes: On") if on else self.tr("Track Changes: Off"))

    def _update_problem_counts(self) -> None:
        self.problems_label.setText(counts_text(severity_counts(self.controller.problems())))

    def _update_view_label(self) -> None:
        self.view_label.setText(self.tr("View: %1").replace("%1", self.tr(VIEW_NAMES[self.view.mode])))

    def set_view_mode(self, mode: View) -> None:
        self.view.set_view_mode(mode)
        self.act_views[mode].setChecked(True)
        editable = mode == "markup"
        for act in (self.act_cut, self.act_paste, self.act_bold, self.act_italic, self.act_new_clause, self.act_indent, self.act_outdent,
                    self.act_footnote):
            act.setEnabled(editable)
        self._update_view_label()

    def set_tracking(self, on: bool) -> None:
        if on and not self.controller.tracking_allowed():
            self.statusBar().showMessage(self.tr("Track Changes is not available in an ADD proposal: the whole text is new."), 5000)
        self.controller.set_tracking(on)

    # -- dialogs (tests replace these) ----------------------------------------------------------

    def ask_save_changes(self) -> str:
        """'save', 'discard' or 'cancel'."""
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("The document has unsaved changes. Save them before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def ask_restore(self, entry: RecoveryEntry) -> bool:
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("The editor was not closed normally. Restore the autosaved copy of %1?").replace("%1", entry.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_language(self) -> str | None:
        """The language of a new document; None when cancelled."""
        last = str(self.settings.value("document/language", "en") or "en")
        return ask_language(self, self.tr("New document"), last)

    def choose_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), str(self.document_folder()),
                                              self.tr("Resolution documents (*.xml);;Word documents to import (*.docx);;Plain text to import (*.txt);;All files (*)"))
        return Path(name) if name else None

    def choose_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), str(self.document_folder()),
                                              self.tr("Plain text or Word (*.txt *.docx);;All files (*)"))
        return Path(name) if name else None

    def choose_save_path(self) -> Path | None:
        suggested = self.controller.path or self.suggested_save_path or self.suggested_path(".xml")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save As"), str(suggested), self.tr("Resolution documents (*.xml)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".xml")

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def ask_save_as(self, message: str) -> bool:
        """A save or autosave failed: say so, and offer Save As (True when the drafter takes it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Close, self)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() is save_as

    def tell_language_file_problems(self) -> None:
        """A language file of the drafter's own that cannot be used is named in the status bar, with the line and
        what is wrong (the built-in data is used instead, as `main.py validate` also says)."""
        problems = user_problems()
        if problems:
            told = self.tr("Your own language data could not be used: %1").replace("%1", printable("  ·  ".join(problems)))
            self.statusBar().showMessage(told)

    def report_bug(self, message: str, details: str) -> None:
        """The one dialog for an unexpected error (editor.app.CrashGuard): a sentence, the traceback behind Show Details."""
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(details)
        box.exec()

    def ask_author(self, rename: bool = False) -> None:
        """Review > Author Name…, or the author bar: the name the next revision marks carry.

        From the bar (`rename`), the marks this session already recorded
        under the provisional name take the new one, as one undoable step.
        """
        self.author_bar.hide()
        old = self.controller.author
        name, ok = QInputDialog.getText(self, APP_NAME, self.tr("Your name or administration, as revision marks show it:"),
                                        text=old)
        if ok and name.strip():
            self.settings.setValue("user/author", name.strip())
            self.controller.set_author(name.strip())
            if rename:
                self.controller.perform(self.tr("Author Name"), lambda: self.controller.session.rename_author(old, name.strip()),
                                        records=False)

    def _before_edit(self) -> None:
        """The first edit recorded as a revision says under which name, without a modal question.

        A dialog here would take the keys typed after the first one (see
        editor.gui.author_bar); the bar leaves the keyboard in the text.
        """
        if not self._author_named and self.controller.session.tracking:
            self._author_named = True  # told once; the provisional name stays if the bar is closed
            self.author_bar.tell(self.controller.author)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Resolution Editor"),
            self.tr("<h3>Resolution Editor</h3><p>Draft ITU resolutions and the proposals that change them "
                    "(ADD, MOD, SUP, NOC), offline, with real revision marks.</p>"),
        )

    # -- files -------------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when the current document may be replaced or closed (saved, discarded, or unchanged)."""
        if not self.controller.is_modified():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_document(self, name: str) -> bool:
        """File > New…: the template `name` in the language the drafter chooses (the last one chosen preselected)."""
        if not self.maybe_save():
            return False
        language = self.ask_language()
        if language is None:
            return False
        self.settings.setValue("document/language", language)
        return self._load_template(name, language)

    def new_from_template(self, name: str, language: str = "en") -> bool:
        return self.maybe_save() and self._load_template(name, language)

    def _load_template(self, name: str, language: str) -> bool:
        try:
            document = read_file(TEMPLATES / name)
        except DocumentError as exc:
            self.show_error(str(exc))
            return False
        document.language = language
        self.controller.load(document, None)
        return True

    def load_document(self, document: Document, path: Path | None = None) -> None:
        self.controller.load(document, path)

    def close_document(self) -> bool:
        """File > Close: the document goes (after asking about unsaved changes) and the start screen shows."""
        if not self.maybe_save():
            return False
        self.controller.load(Document(), None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.choose_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path: Path) -> bool:
        """Open `path`; a broken or hostile file shows the reader's message and changes nothing.

        A .txt or Word (.docx) file is not a document but something to import (see `import_text`).
        """
        return self._file_step(self.load_path, path)

    def load_path(self, path: Path) -> None:
        """Open `path`, or import it when it is a .txt or Word file; DocumentError leaves the open document as it was."""
        if path.suffix.lower() == ".txt" or is_word_file(path):
            self.import_text(path)
        else:
            self.controller.open(path)

    def import_text_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.choose_import_path()
        return self._file_step(self.import_text, path) if path else False

    def import_text(self, path: Path) -> None:
        """Make the text of `path` a new, untitled document (Save asks for a name; the text is never overwritten).

        What the importer had to judge is listed in the import report, which
        does not block the window; the checks show the document's problems at
        once.  An unreadable file raises DocumentError and changes nothing
        (`open_path` and File > Import Text show its one sentence).
        """
        result = import_path(path)
        self.controller.load(result.document, None, modified=True)
        self.suggested_save_path = path.with_suffix(".xml")
        messages = result.report()
        if messages:
            if self.import_report is None:
                self.import_report = ImportReport(self)
                self.import_report.reveal_requested.connect(self.reveal_import_place)
            places = [None if m.uid is None else (m.uid, m.field) for m in result.messages]
            self.import_report.show_for(path, messages, places)
            told = self.tr("Imported %1 as a new, untitled document; %n place(s) to check in the Import messages list.", "", len(messages))
        else:
            if self.import_report is not None:
                self.import_report.hide()  # the list of an earlier import is not about this text
            told = self.tr("Imported %1 as a new, untitled document.")
        self.statusBar().showMessage(told.replace("%1", path.name), 10000)
        problems = self.panels.get("dock-ProblemsPanel")
        if problems is not None:
            problems.show()
            problems.raise_()

    def reveal_import_place(self, uid: int, field: str | None) -> None:
        """Take the drafter from an import message to its node, with the keyboard in the document."""
        self.activateWindow()
        self.controller.reveal(uid, field)

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as()
        return self._save_to(self.controller.path)

    def save_as(self) -> bool:
        path = self.choose_save_path()
        return self._save_to(path) if path else False

    def _save_to(self, path: Path) -> bool:
        try:
            self.controller.save(path)
        except Exception as exc:  # any failure, a bug too, is one sentence and an offer of Save As, never a traceback
            return self.save_failed(exc if isinstance(exc, DocumentError) else DocumentError(path, f"could not be saved: {exc}"))
        self._add_recent(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", printable(str(path))), 4000)
        return True

    def save_failed(self, error: DocumentError) -> bool:
        """Tell a failed save in the status bar and in a dialog offering Save As; True when Save As then saved."""
        message = self.tr("The document was not saved: %1. Your work is still open in the window.").replace("%1", str(error))
        self.statusBar().showMessage(message)
        return self.ask_save_as(message) and self.save_as()

    def autosave_failed(self, reason: str) -> None:
        """An autosave or journal write failed (told once until one succeeds again): unsaved work is at risk."""
        message = (self.tr("The recovery copy could not be written (%1), so a crash now would lose your unsaved work; "
                           "save it, or use Save As to put it on another disk.").replace("%1", reason))
        self.statusBar().showMessage(message)
        if self.ask_save_as(message):
            self.save_as()

    def _file_step(self, step: Callable[[Path], None], path: Path) -> bool:
        """Open or save `path`: the file goes to the recent list, or its one-sentence error to a dialog."""
        try:
            step(path)
        except DocumentError as exc:
            self.show_error(str(exc))
            return False
        self._add_recent(path)
        return True

    def document_folder(self) -> Path:
        """Where file dialogs start: the open document's folder, else that of the last file used, else home."""
        if self.controller.path is not None:
            return self.controller.path.parent
        recent = self.recent_files()
        return Path(recent[0]).parent if recent else Path.home()

    def suggested_path(self, suffix: str) -> Path:
        """A name for the document's file: its own, else its proposal identifier ("ARB-36A2-1"), else its resolution."""
        if self.controller.path is not None:
            return self.controller.path.with_suffix(suffix)
        return self.document_folder() / (suggested_stem(self.controller.session.document) + suffix)

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):  # QSettings hands back a one-item list as the bare string
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def _add_recent(self, path: Path) -> None:
        name = str(path.resolve())
        recent = [name, *[r for r in self.recent_files() if r != name]][:MAX_RECENT]
        self.settings.setValue("files/recent", recent)
        self._refresh_recent_menu()
        self.start.show_recent(recent)

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            self.recent_menu.addAction(name, partial(self._open_recent, name))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _open_recent(self, name: str) -> None:
        if self.maybe_save():
            self.open_path(Path(name))

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosaved copy; what is declined or restored is removed.

        The recovery folder is tried first: one that cannot keep copies (a
        file, read-only, a full disk) is named in one sentence and the window
        starts all the same.  Every copy is read (its journal replayed) before
        anything is offered, so a broken one (truncated, not XML, hostile,
        unreadable) can never be restored: the drafter is told which file and
        why in one sentence, and it is moved to the recovery folder's
        `broken/` rather than deleted.  A restored copy is written again
        before the crash's files go, so the work is never only in memory.
        """
        store = self.controller.recovery
        if store is None:
            return False
        trouble = recovery_folder.problem(store.folder)
        if trouble is not None:
            self.show_error(self.tr("The recovery folder %1 %2, so unsaved work cannot be kept safe from a crash until that is "
                                    "put right; save your work often.").replace("%1", printable(str(store.folder))).replace("%2", trouble))
        restored = False
        for entry in store.pending():
            try:
                recovered = store.recover(entry)
            except DocumentError as exc:
                self.show_error(self._broken_recovery_message(entry, exc, store))
                continue
            if not restored and self.ask_restore(entry):
                self.controller.load(recovered.document, Path(entry.original) if entry.original else None, modified=True)
                restored = True
                if recovered.problem:
                    self.statusBar().showMessage(self.tr("Restored %1; its last edits could not be replayed: %2.")
                                                 .replace("%1", entry.describe()).replace("%2", recovered.problem))
                keeper = self.controller.keeper
                if not self.controller.recovery_kept() or (keeper is not None and keeper.key == entry.key):
                    continue  # the crash's files stay until a new copy holds the work, or the new copy took their place
            try:
                store.discard(entry.key)
            except OSError:
                pass  # a folder that cannot be changed was named above; its copies stay, never half removed
        return restored

    def _broken_recovery_message(self, entry: RecoveryEntry, error: DocumentError, store: RecoveryStore) -> str:
        try:
            kept = self.tr("it was kept as %1").replace("%1", printable(str(store.set_aside(entry))))
        except OSError as exc:
            kept = self.tr("it stays where it is, since it could not be moved aside (%1)").replace("%1", exc.strerror or str(exc))
        return (self.tr("The autosaved copy of %1 cannot be restored because it %2 (%3); %4.")
                .replace("%1", printable(entry.describe())).replace("%2", error.message).replace("%3", error.where())
                .replace("%4", kept))

    def find_replace(self, replace: bool) -> FindReplaceDialog:
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.view, self)
        self.find_dialog.open_for(replace)
        return self.find_dialog

    # -- settings and closing ---------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Geometry and dock layout of the last session (call after every panel is docked)."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self._layout_restored = self.restoreState(QByteArray(state))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored and self.default_dock_sizes:
            self._layout_restored = True
            QTimer.singleShot(0, self._apply_default_dock_sizes)  # after the first layout pass, or Qt ignores it

    def _apply_default_dock_sizes(self) -> None:
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            bottom = orientation == Qt.Orientation.Vertical
            docks = [d for d in self.default_dock_sizes if (self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea) == bottom]
            if docks:
                self.resizeDocks(docks, [self.default_dock_sizes[d] for d in docks], orientation)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.controller.close()
        event.accept()
