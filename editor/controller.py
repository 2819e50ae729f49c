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

from editor.gui.recovery import RecoveryStore
from editor.model.nodes import Document
from editor.model.operations import ChangeNotice, InsertNode, RemoveNode, SetAttr
from editor.model.session import EditSession
from editor.model.tracking import default_tracking, tracking_possible
from editor.rules.engine import RuleEngine
from editor.rules.problem import Problem
from editor.xmlio import read_file, save, to_bytes

AUTOSAVE_MS = 5000


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
        self._recovery_key: str | None = None
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
        document = read_file(path)
        self.load(document, path)

    def save(self, path: Path | None = None) -> None:
        """Validate and write atomically; raises DocumentError (the document stays open and modified)."""
        target = path or self.path
        if target is None:
            raise ValueError("save() needs a path for a document that was never saved")
        save(self.session.document, target)
        self._discard_recovery()
        self._set_path(target)
        self.session.mark_clean()
        self._forced_modified = False
        self._autosave_pending = False
        self._history_changed()

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self._recovery_key = RecoveryStore.key_for(path, id(self))
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

    def _on_problems(self, _problems: list[Problem]) -> None:
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
        for the drafter to pause (up to one more interval), never longer.
        """
        if not self._autosave_pending:
            return
        now, interval = time.monotonic(), self.autosave_ms / 1000
        if now - self._pending_since < interval:
            return
        if now - self._last_edit < min(1.0, interval) and now - self._pending_since < 2 * interval:
            return
        self.autosave()

    def autosave(self, *, now: bool = False) -> Path | None:
        """Write the recovery file if anything changed since the last one; returns its path.

        `now` writes it whenever the document is modified, pending or not:
        after an unexpected error the copy on disk must be this very state.
        """
        if self.recovery is None or not self.is_modified() or not (now or self._autosave_pending):
            return None
        assert self._recovery_key is not None
        written = self.recovery.write(self._recovery_key, to_bytes(self.session.document, validate=False), self.path)
        self._autosave_pending = False
        return written

    def _discard_recovery(self) -> None:
        if self.recovery is not None and self._recovery_key is not None:
            self.recovery.discard(self._recovery_key)

    def close(self) -> None:
        """A normal close: no recovery file stays behind."""
        self.autosave_timer.stop()
        self._discard_recovery()
        self._close_engine()
