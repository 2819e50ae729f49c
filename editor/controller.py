"""The one owner of an open document: model, session (its one edit history), checks, autosave.

The window, the document view and every panel talk to this object (it
implements editor.editing.host.DocumentHost).  Edits run as EditSession
transactions, and the session's own undo and redo stacks are the history:
Undo and Redo call the session, and `history_changed` tells the window to
refresh the commands' labels and the modified state.  Nothing here keeps a
second copy of that history.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from editor.model.comments import SetComments
from editor.model.nodes import Document
from editor.model.operations import ChangeNotice, InsertNode, RemoveNode, SetAttr
from editor.model.session import EditSession
from editor.model.tracking import default_tracking, tracking_possible
from editor.recovery.keeper import JOURNAL_TICK_S, RecoveryKeeper
from editor.recovery.store import RecoveryStore
from editor.rules.engine import RuleEngine
from editor.rules.problem import Problem
from editor.xmlio import DocumentError, read_file, save
from editor.xmlio.reader import MAX_BYTES

AUTOSAVE_MS = 5000
#: How long a full recovery copy waits for a pause in typing at most (seconds).  The journal keeps every edit
#: within 0.6 s meanwhile, so the wait costs no work in a crash; a copy written mid-keystroke costs the drafter
#: a visible stall on a large document (40-150 ms for 3,000 clauses), which a pause hides, as Word saves in idle time.
AUTOSAVE_WAIT_S = 60.0
# What the window opens within 20 s on the development machine (benchmarks/bench_large.py); larger files are
# refused up front, before the model is built, and left to the commands.
WINDOW_MAX_BYTES = 24 * 1024 * 1024
WINDOW_MAX_BLOCKS = 40_000
WINDOW_READS = f"the window opens in reasonable time (the commands read up to {MAX_BYTES // 2**20} MiB: main.py validate, export, pdf …)"


class DocumentController(QObject):
    """Owns one document for one window; see the module docstring."""

    changed = Signal(object)  # ChangeNotice
    history_changed = Signal()  # an edit, undo, redo, save or load: Undo/Redo labels and the modified state
    reloaded = Signal()
    reveal_requested = Signal(int, object, int)  # uid, field or None, offset
    modified_changed = Signal(bool)
    path_changed = Signal(object)  # Path or None
    tracking_changed = Signal(bool)
    problems_changed = Signal()
    recovery_failed = Signal(str)  # an autosave or journal write failed: the reason, once until one succeeds

    def __init__(
        self,
        document: Document | None = None,
        path: Path | None = None,
        *,
        author: str = "",
        recovery_dir: Path | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.author = author
        self.recovery = RecoveryStore(recovery_dir) if recovery_dir is not None else None
        self.keeper = RecoveryKeeper(self.recovery, id(self)) if self.recovery is not None else None
        self._recovery_failing = False
        self._recovery_retry_at = 0.0
        self._forced_modified = False
        self._autosave_pending = False
        self._was_modified = False
        self.before_edit: Callable[[], None] | None = None  # the window asks for the author's name before a first tracked edit
        self.path: Path | None = None
        self.session = EditSession(Document(), author=author)
        self.rule_engine = RuleEngine(self.session)
        self._pending_since = self._last_edit = 0.0
        self.autosave_timer = QTimer(self)
        self.set_autosave_interval(autosave_ms)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        self.autosave_timer.start()
        self.journal_timer = QTimer(self)
        self.journal_timer.setInterval(round(JOURNAL_TICK_S * 1000))
        self.journal_timer.timeout.connect(self._journal_tick)
        self.journal_timer.start()
        self.load(document or Document(), path)

    # -- loading and saving --------------------------------------------------------------

    def load(self, document: Document, path: Path | None = None, *, modified: bool = False) -> None:
        """Make `document` the open one: a fresh session and history (not undoable).

        The loaded tree is frozen out of the garbage collector's scans (and the
        previous one released to it): a 3,000-clause document is some hundred
        thousand objects, and scanning them mid-typing costs keystrokes.
        """
        gc.unfreeze()
        self._discard_recovery()
        try:
            self.session.unsubscribe(self._on_notice)
        except ValueError:  # the placeholder session of __init__ has no listener yet
            pass
        self.session = EditSession(document, author=self.author, tracking=default_tracking(document))
        self.session.subscribe(self._on_notice)
        self._forced_modified = modified
        self._autosave_pending = modified
        self._set_path(path)
        self._keep_recoverable(path, modified)
        self._close_engine()
        self.rule_engine = RuleEngine(self.session)
        self.rule_engine.add_listener(self._on_problems)
        gc.freeze()
        self.reloaded.emit()
        self.tracking_changed.emit(self.session.tracking)
        self.problems_changed.emit()
        self._history_changed()

    def open(self, path: Path) -> None:
        """Read `path` and make it the open document; DocumentError leaves the current one untouched."""
        document = read_file(path, limit=WINDOW_MAX_BYTES, max_blocks=WINDOW_MAX_BLOCKS, reader=WINDOW_READS)
        self.load(document, path)

    def save(self, path: Path | None = None) -> None:
        """Validate and write atomically; raises DocumentError (the document stays open and modified)."""
        target = path or self.path
        if target is None:
            raise ValueError("save() needs a path for a document that was never saved")
        data = save(self.session.document, target)
        if self.keeper is not None:
            self.keeper.saved(target, data)
        self._set_path(target)
        self.session.mark_clean()
        self._forced_modified = False
        self._autosave_pending = False
        self._history_changed()

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit(path)

    def is_modified(self) -> bool:
        return self._forced_modified or not self.session.is_clean()

    def _history_changed(self) -> None:
        """Tell the window after anything that moves the history; `modified_changed` only when that flips."""
        self.history_changed.emit()
        modified = self.is_modified()
        if modified != self._was_modified:
            self._was_modified = modified
            self.modified_changed.emit(modified)

    # -- DocumentHost ---------------------------------------------------------------------

    def perform(self, label: str, action: Callable[[], object], merge_key: object = None, *, records: bool = True) -> None:
        """Run `action` (calls on self.session) as one undoable step named `label`.

        `records` says the action may record revision marks; only then is the
        window asked (`before_edit`) for the author's name: accepting or
        rejecting a change never asks.
        """
        if records and self.before_edit is not None:
            self.before_edit()
        with self.session.transaction(label, merge_key=merge_key):
            action()

    def replace_document(self, document: Document, label: str) -> None:
        """Swap in a whole new document's content (source edit, accept all) as one undoable step.

        The Document object stays the same, so every holder of the session
        keeps working; its proposals and cover are exchanged by primitive
        operations whose inverses restore the old ones exactly.
        """
        current = self.session.document

        def swap() -> None:
            for index in reversed(range(len(current.proposals))):
                self.session.run(RemoveNode(current, "proposals", index))
            for index, proposal in enumerate(list(document.proposals)):
                self.session.run(InsertNode(current, "proposals", index, proposal))
            self.session.run(SetAttr(current, "cover", document.cover))
            self.session.run(SetComments(current, document.comments, (*current.comments, *document.comments)))

        self.perform(label, swap, records=False)
        # marks of the new content must not collide with marks recorded later
        self.session._next_mark = max(self.session._next_mark, current.next_mark_id())

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        self.reveal_requested.emit(uid, field, offset)

    # -- the history ----------------------------------------------------------------------------

    def _on_notice(self, notice: ChangeNotice) -> None:
        now = time.monotonic()
        if not self._autosave_pending:
            self._pending_since = now
        self._last_edit = now
        self._autosave_pending = True
        self.changed.emit(notice)
        self._history_changed()

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    # -- track changes and checks -----------------------------------------------------------

    def tracking_allowed(self) -> bool:
        return tracking_possible(self.session.document)

    def set_tracking(self, on: bool) -> bool:
        """Switch Track Changes; returns the state now in force (off when not allowed)."""
        on = on and self.tracking_allowed()
        if self.session.tracking != on:
            self.session.tracking = on
            self.session.break_merge()
        self.tracking_changed.emit(on)
        return on

    def set_author(self, author: str) -> None:
        self.author = author
        self.session.author = author

    def problems(self) -> list[Problem]:
        """The rule engine's current problems."""
        return list(self.rule_engine.problems)

    def _on_problems(self) -> None:
        self.problems_changed.emit()

    def _close_engine(self) -> None:
        try:
            self.rule_engine.remove_listener(self._on_problems)
        except ValueError:
            pass
        self.rule_engine.close()

    # -- autosave ------------------------------------------------------------------------------

    def set_autosave_interval(self, ms: int) -> None:
        self.autosave_ms = ms
        self.autosave_timer.setInterval(min(ms, 1000))

    def _autosave_tick(self) -> None:
        """Autosave once a change is `autosave_ms` old, preferably in a pause of typing.

        Writing a large document takes a noticeable moment, so a save waits
        for the drafter to pause for a second, up to AUTOSAVE_WAIT_S after the
        change (the journal holds every edit meanwhile), never longer.
        """
        if not self._autosave_pending:
            return
        now, interval = time.monotonic(), self.autosave_ms / 1000
        if now - self._pending_since < interval:
            return
        if now - self._last_edit < min(1.0, interval) and now - self._pending_since < max(AUTOSAVE_WAIT_S, 2 * interval):
            return
        if now >= self._recovery_retry_at:
            self._recovery_step(self.autosave)

    def autosave(self, *, now: bool = False) -> Path | None:
        """Write the recovery file if anything changed since the last one; returns its path.

        `now` writes it whenever the document is modified, pending or not:
        after an unexpected error the copy on disk must be this very state.
        """
        if self.keeper is None or not self.is_modified() or not (now or self._autosave_pending):
            return None
        written = self.keeper.write_copy()
        self._autosave_pending = False
        return written

    def _discard_recovery(self) -> None:
        if self.keeper is not None:
            self.keeper.discard()

    # -- the journal and failures to keep the work (editor.recovery) ------------------------------------

    def _keep_recoverable(self, path: Path | None, modified: bool) -> None:
        """A loaded document is kept recoverable from now on; one not from its file (restored, imported) is copied at once."""
        if self.keeper is None:
            return
        self.keeper.start(self.session, path, from_file=not modified)
        if modified and self._recovery_step(self.keeper.write_copy):
            self._autosave_pending = False

    def _journal_tick(self) -> None:
        if self.keeper is not None and self.keeper.flush_due(time.monotonic()) and time.monotonic() >= self._recovery_retry_at:
            self._recovery_step(self.keeper.flush)

    def _recovery_step(self, step: Callable[[], object]) -> bool:
        """Run an autosave or a journal write; a failure is told once (recovery_failed) and retried later, never raised."""
        try:
            step()
        except (OSError, DocumentError) as exc:
            self._recovery_retry_at = time.monotonic() + max(self.autosave_ms / 1000, 1.0)
            if not self._recovery_failing:
                self._recovery_failing = True
                self.recovery_failed.emit(str(exc) if isinstance(exc, DocumentError) else (exc.strerror or str(exc)))
            return False
        self._recovery_failing = False
        return True

    def recovery_kept(self) -> bool:
        """Whether a full recovery copy of the document as it now stands is on disk (after a restore, say)."""
        return self.keeper is not None and self.keeper.copied

    def close(self) -> None:
        """A normal close: no recovery file stays behind."""
        self.autosave_timer.stop()
        self.journal_timer.stop()
        if self.keeper is not None:
            self.keeper.close()
        self._close_engine()
