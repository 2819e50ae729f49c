"""Keeps one open document recoverable: its key and lock, its journal, its full copies.

The document's controller owns one keeper and tells it what happens:
`start` when a document is loaded, `flush` as soon as `flush_due` says (a
short pause of typing, or an edit getting old while typing goes on), `write_copy`
when autosave writes a full copy, `saved` after a save, `discard` and
`close`.  A write that fails raises DocumentError or OSError, for the
controller to report; nothing here talks to the user.

How much a kill -9 can lose: the edits since the last flush, which is at
most FLUSH_AGE plus the controller's tick (JOURNAL_TICK_S) after the edit
was made, so under a second while the event loop runs.

A flush writes its line in the window's thread, so the line is in the
system's hands (a killed editor loses nothing of it) when `flush` returns,
and pushes it to the disk (fdatasync) in a thread of its own: that waits
for the disk, a fraction of a millisecond on this SSD but tens of them on
a spinning or a network disk, and the drafter's next key must not.  A push
that failed is found at the next tick: the keeper then writes a full copy
and reports the failure.  Whatever replaces or removes the journal (a full
copy, a save, a close) waits for the push first.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from editor.model.session import EditSession
from editor.recovery.folder import FILE_MODE
from editor.recovery.journal import Base, Recorder, entry_line, header_line, sha256
from editor.recovery.lock import SessionLock
from editor.recovery.store import RecoveryStore
from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import load_bytes
from editor.xmlio.writer import atomic_write, to_bytes

FLUSH_PAUSE = 0.25  # seconds of no typing that flush the journal
FLUSH_AGE = 0.6  # seconds an edit may wait for a pause before it is flushed anyway
JOURNAL_TICK_S = 0.2  # how often the controller asks `flush_due`


class RecoveryKeeper:
    """See the module docstring."""

    def __init__(self, store: RecoveryStore, token: int) -> None:
        self.store = store
        self.token = token
        self.key: str | None = None  # claimed (and locked) at the first write
        self.path: Path | None = None
        self.copied = False  # a full copy of the document as it now stands is on disk
        self._lock: SessionLock | None = None
        self._recorder: Recorder | None = None
        self._session: EditSession | None = None
        self._base: Base | None = None  # None: the next write must be a full copy
        self._journal_open = False  # the journal file on disk starts with the current base
        self._seq = 0
        self._pushes: ThreadPoolExecutor | None = None  # made at the first push, ended by `close`
        self._push: Future[None] | None = None  # the last line's fdatasync
        self._push_failed: OSError | None = None  # found after the flush it belonged to returned

    # -- what the controller tells it ---------------------------------------------------------------

    def start(self, session: EditSession, path: Path | None, *, from_file: bool) -> None:
        """A document was loaded: `from_file` when it is exactly the content of `path` (not a restored or imported one)."""
        self.discard()
        if self._recorder is not None:
            self._recorder.detach()
        self._session = session
        self._recorder = Recorder(session)
        self.path = path
        self._base = self._file_base(path) if from_file and path is not None else None

    def saved(self, path: Path, data: bytes) -> None:
        """The document was saved to `path` as `data`: its copies go, and its journal now starts on the saved file."""
        self.discard()
        self.path = path
        self._base = Base("file", sha256(data), str(path.absolute()))
        if self._recorder is not None:
            self._recorder.clear()

    def discard(self) -> None:
        """Remove this session's copy, note and journal and give up its lock (failures to remove are harmless)."""
        self._pushed()
        self._push_failed = None  # what it was about is gone
        if self.key is not None:
            try:
                self.store.discard(self.key)
            except OSError:
                pass
        if self._lock is not None:
            self._lock.release()
        self.key, self._lock = None, None
        self._journal_open, self._seq, self.copied = False, 0, False

    def close(self) -> None:
        self.discard()
        if self._pushes is not None:
            self._pushes.shutdown(wait=True)
            self._pushes = None
        if self._recorder is not None:
            self._recorder.detach()
            self._recorder = None

    # -- writing ----------------------------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """Edits not yet on disk."""
        return self._recorder is not None and self._recorder.pending

    def flush_due(self, now: float) -> bool:
        """Whether the journal should be flushed at `now` (time.monotonic()): edits are waiting, or the last push
        to the disk failed (a full copy is then due)."""
        if self._push is not None and self._push.done():
            self._pushed()
        if self._push_failed is not None:
            return True
        rec = self._recorder
        return rec is not None and rec.pending and (now - rec.last_at >= FLUSH_PAUSE or now - rec.first_at >= FLUSH_AGE)

    def _pushed(self) -> None:
        """Wait for the last line's push to the disk; a failure is kept for `flush` to answer."""
        push, self._push = self._push, None
        if push is None:
            return
        try:
            push.result()
        except OSError as exc:
            self._push_failed = exc
            self._base = None  # the journal may not be on the disk as written: the next write is a whole copy

    def flush(self) -> bool:
        """Append the edits since the last flush to the journal (or write a full copy when one is needed).

        After a failed push to the disk the full copy is written, then the failure raised, to be reported.
        """
        self._pushed()  # started a tick or more ago: done but on a very slow disk
        failed, self._push_failed = self._push_failed, None
        if failed is not None:
            try:
                if self._session is not None:
                    self.write_copy()
            except BaseException:
                self._push_failed = failed  # still due: the copy is tried again at a later tick
                raise
            raise failed
        rec = self._recorder
        if rec is None or not rec.pending:
            return False
        edits = rec.edits() if self._base is not None else None
        if edits is None or self._base is None:
            self.write_copy()
            return True
        key = self._claim()
        line = entry_line(self._seq + 1, edits)
        journal = self.store.path(key, ".journal")
        try:
            if self._journal_open:
                fd = _append(journal, line)
                if self._pushes is None:
                    self._pushes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-push")
                self._push = self._pushes.submit(_push_and_close, fd)
            else:
                atomic_write(journal, header_line(key, self.path, self._base) + line, keep_backup=False, mode=FILE_MODE)
                self._journal_open = True
        except BaseException:
            self._base = None  # the journal may now end in a torn line: the next write is a whole copy
            raise
        self._seq += 1
        self.copied = False
        rec.clear()
        return True

    def write_copy(self) -> Path:
        """Write a full copy of the document as it stands and start a new journal on it; returns the copy."""
        assert self._session is not None, "start() comes first"
        self._pushed()  # the journal it replaces is done with first
        data = to_bytes(self._session.document, validate=False)
        key = self._claim()
        written = self.store.write(key, data, self.path)
        try:
            self.store.path(key, ".journal").unlink()  # edits before the copy are in it
        except FileNotFoundError:
            pass
        self._base = Base("copy", sha256(data))
        self._journal_open, self._seq, self.copied = False, 0, True
        if self._recorder is not None:
            self._recorder.clear()
        return written

    def _claim(self) -> str:
        if self.key is None:
            self.key, self._lock = self.store.claim(RecoveryStore.key_for(self.path, self.token), self.token)
        return self.key

    @staticmethod
    def _file_base(path: Path) -> Base | None:
        """The file as it is now, which the journal's edits will apply to (None when it cannot be read)."""
        try:
            return Base("file", sha256(load_bytes(path)), str(path.absolute()))
        except DocumentError:
            return None


def _append(path: Path, line: bytes) -> int:
    """Append one whole line; the file stays open for `_push_and_close` (its descriptor is returned)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        view = memoryview(line)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:
        os.close(fd)
        raise
    return fd


def _push_and_close(fd: int) -> None:
    """Push what was written to the disk (in the keeper's push thread), then close the file."""
    try:
        os.fdatasync(fd)
    finally:
        os.close(fd)
