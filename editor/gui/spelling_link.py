"""Spelling in the window: the open document's SpellingSource, its first check in slices, and what shows it.

One `SpellingLink` per window.  On every document loaded (and whenever the
document's language changes) it binds a new editor.spelling.SpellingSource
to the controller's session, with one Speller per language shared by the
documents of that language, its user dictionary in the settings folder.
The first full check runs from a zero-interval timer in slices of a few
milliseconds, so keys are handled between slices and typing never waits
for it; edits meanwhile recheck the paragraphs they touched at once (the
source follows the session's notices).  While the first check runs, the
underlines and the Problems rows are refreshed a few times a second, not
after every slice.

The link feeds the Problems panel (`rows`, an editor.editing.spelling_rows
.WithSpelling, whose spelling rows the View menu's toggle shows or hides,
kept in the settings under "problems/spelling"), the document view's
underlines and context menu (editor.gui.document_view.spelling_marks), and
a note in the status bar when no dictionary serves the document's language.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel

from editor.editing.spelling_rows import WithSpelling
from editor.gui.document_view.spelling_marks import SpellingMarks
from editor.gui.language_choice import language_label
from editor.model.operations import ChangeNotice
from editor.rules.problem import Problem
from editor.spelling.source import SpellingSource
from editor.spelling.speller import Speller

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

SLICE_S = 0.004
"""Seconds of checking per timer tick during the first check: well inside a frame."""
REFRESH_S = 0.25
"""How often the underlines and rows follow the first check while it runs."""
TYPING_PAUSE_MS = 60
"""After an edit the first check waits this long (a pause in typing) before its next slice: keys come first."""
SETTLE_MS = 300
"""The Problems panel's spelling rows are taken once typing has paused this long (the underlines follow every key)."""
SHOWN_KEY = "problems/spelling"
ON_KEY = "spelling/as-you-type"


def settings_folder(settings: QSettings) -> Path:
    """The folder of the settings file: the user dictionaries are kept beside it."""
    return Path(settings.fileName()).parent


class SpellingLink(QObject):
    """The spelling check of the document a window shows; see the module docstring."""

    changed = Signal()  # the spelling problems shown changed (underlines, rows)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.folder = settings_folder(window.settings)
        self._spellers: dict[str, Speller] = {}
        self.source: SpellingSource | None = None
        self.announcing = QTimer(self)  # the Problems rows follow both checks once per pass of the event loop
        self.announcing.setSingleShot(True)
        self.announcing.setInterval(0)
        self.rows = WithSpelling(self.controller.rule_engine, None, _flag(window.settings.value(SHOWN_KEY, True)),
                                 self.announcing.start)
        self.announcing.timeout.connect(self.rows.announce)
        self.settling = QTimer(self)  # the spelling rows follow the typing once it pauses
        self.settling.setSingleShot(True)
        self.settling.setInterval(SETTLE_MS)
        self.settling.timeout.connect(self.rows.take_spelling)
        self._language = ""
        self._last: list[Problem] = []
        self._shown_at = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._slice)
        self.note = QLabel(window)
        self.note.setObjectName("spellingNote")
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)
        self.act_show = window._action(self.tr("Show &Spelling in Problems"), None, checkable=True,
                                       tip=self.tr("List the misspelled words in the Problems panel beside the drafting problems"))
        self.act_show.setChecked(self.rows.shown)
        self.act_show.toggled.connect(self.set_shown)
        self.act_on = window._action(self.tr("Check Spelling as You &Type"), None, checkable=True,
                                     tip=self.tr("Underline the misspelled words while you write"))
        self.act_on.setChecked(_flag(window.settings.value(ON_KEY, True)))
        self.act_on.toggled.connect(self.set_enabled)
        window.review_menu.addSeparator()
        window.review_menu.addActions([self.act_on, self.act_show])
        self.marks = SpellingMarks(window.view, self)
        self.controller.reloaded.connect(self.reload)
        self._editing = False
        self.controller.changed.connect(self._on_notice)
        self.destroyed.connect(lambda: self._close())
        self.reload()

    # -- following the document ------------------------------------------------------------------

    def speller(self, code: str) -> Speller:
        """The speller of a language, made once per window (it keeps its verdicts and the user dictionary)."""
        if code not in self._spellers:
            self._spellers[code] = Speller(code, settings=self.folder)
        return self._spellers[code]

    def reload(self) -> None:
        """A new document (or a new language): a new source on the session, checked from the start."""
        self._close()
        if not self.act_on.isChecked():
            self.rows.follow(self.controller.rule_engine, None)
            self._show_status()
            return
        document = self.controller.session.document
        self._language = document.language
        self.source = SpellingSource(self.controller.session, speller=self.speller(document.language), settings=self.folder,
                                     subscribe=False)
        self.source.add_listener(self._on_problems)
        self.rows.follow(self.controller.rule_engine, self.source)
        self._last = []
        self._show_status()
        self.timer.start(0)

    def _on_notice(self, notice: ChangeNotice) -> None:
        """An edit: recheck its paragraphs now, before the drafting checks' recheck redraws the underlines.

        The controller announces the notice (after the document view has
        laid out the edited paragraphs) before the rule engine hears of it;
        the engine's recheck then redraws every underline, the spelling ones
        included, once.  Keys come before the first check's slices; a new
        language (Properties) is checked with its dictionary.
        """
        if self.source is not None:
            self._editing = True
            try:
                self.source.follow(notice)
            finally:
                self._editing = False
        if self.source is not None and self.controller.session.document.language != self._language:
            self.reload()
            self.publish()
        elif self.timer.isActive():
            self.timer.start(TYPING_PAUSE_MS)

    def set_enabled(self, on: bool) -> None:
        """Check spelling as you type, or not (no underlines, no spelling rows); kept for the next session."""
        self.window.settings.setValue(ON_KEY, on)
        if self.act_on.isChecked() != on:
            self.act_on.setChecked(on)
        self.reload()
        self.publish()

    def _close(self) -> None:
        self.timer.stop()
        self.settling.stop()
        if self.source is not None:
            self.source.remove_listener(self._on_problems)
            self.source.close()
            self.source = None

    def _show_status(self) -> None:
        """The status bar's note, shown only when no dictionary checks the document's language."""
        source = self.source
        missing = source is not None and not source.speller.available  # nothing to note while spelling is off
        # the window's words around the language's name; the tooltip (the dictionary or the package to install) is
        # the speller's, in English as `main.py validate --spelling` prints it
        note = self.tr("Spelling: no dictionary for %1")
        self.note.setText(note.replace("%1", language_label(source.speller.language.code)) if source is not None and missing else "")
        self.note.setToolTip(source.details if source is not None else "")
        self.note.setVisible(missing)

    # -- the first check and the problems ----------------------------------------------------------

    @property
    def checking(self) -> bool:
        """Whether the first full check is still running."""
        return self.timer.isActive()

    def finish(self) -> None:
        """Run what remains of the first check at once (the command line's way; tests, screenshots)."""
        if self.source is not None:
            self.source.run(None)
        self.timer.stop()
        self.publish()

    def _slice(self) -> None:
        self.timer.setInterval(0)  # typing has paused: slice after slice again
        if self.source is None or not self.source.run(SLICE_S):
            self.timer.stop()
            self.publish()

    def _on_problems(self) -> None:
        problems = self.source.problems if self.source is not None else []
        if problems == self._last:
            return
        self._last = problems
        if self._editing:  # the engine's recheck of the same edit redraws the underlines
            self.settling.start()
            return
        if not self.checking or time.monotonic() - self._shown_at >= REFRESH_S:
            self.publish()

    def publish(self) -> None:
        """Redraw the underlines and show the spelling rows now."""
        self._shown_at = time.monotonic()
        self.settling.stop()
        self.window.view.decorations.update()
        self.window.view.viewport().update()  # the underlines are painted, not selections
        self.rows.take_spelling()
        self.changed.emit()

    def set_shown(self, shown: bool) -> None:
        """Show or hide the spelling rows of the Problems panel; kept for the next session."""
        self.window.settings.setValue(SHOWN_KEY, shown)
        self.rows.set_shown(shown)
        if self.act_show.isChecked() != shown:
            self.act_show.setChecked(shown)


def _flag(value: object) -> bool:
    """A boolean setting as QSettings gives it back from an ini file ("true", "false") or natively."""
    return value.lower() not in ("false", "0", "no", "") if isinstance(value, str) else bool(value)
