"""The recovery folder: what autosave writes so that a crash loses at most a second of typing.

Per open document (one *key*): a full copy `KEY.xml` with a small JSON note
`KEY.json` (the file it belongs to, when it was written), a journal
`KEY.journal` of the edits since (editor.recovery.journal), and the lock
`KEY.lock` its window holds while it runs (editor.recovery.lock).  Keys whose
lock is held belong to a running window and are never offered.  Everything
is private to the user (editor.recovery.folder).

What a crash left is read back as the journal's base (the copy, or the
document file it was opened from) with the journal replayed onto it.  A
copy that cannot be restored is kept aside in `broken/` for a person to
look at, never deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from editor.model.nodes import Document
from editor.recovery.folder import FILE_MODE, make_private
from editor.recovery.journal import Journal, apply_entry, moment, parse, sha256
from editor.recovery.lock import SessionLock, held_by_a_live_session
from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import MAX_BYTES, load_bytes, read_bytes
from editor.xmlio.writer import atomic_write, to_bytes

BROKEN = "broken"  # sub-folder where recovery files that cannot be restored are kept for a person to look at
SUFFIXES = (".xml", ".json", ".journal")
NOTE_LIMIT = 64 * 1024
JOURNAL_LIMIT = 2 * MAX_BYTES


@dataclass(frozen=True)
class RecoveryEntry:
    """What a session that is gone left behind: a copy, its note, a journal, or some of them."""

    key: str
    xml: Path | None
    original: str | None
    saved_at: float
    note: Path | None = None  # the JSON sidecar; None when only the XML is left
    journal: Path | None = None

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.saved_at))
        return f"{self.original or 'an unsaved document'} (autosaved {when})"

    @property
    def shown(self) -> Path:
        """The file a message about this entry names."""
        return self.xml or self.journal or self.note or Path(self.key)


@dataclass(frozen=True)
class Recovered:
    """A restorable document and how it was made: the copy or file, and the journal entries replayed."""

    document: Document
    replayed: int = 0
    problem: str | None = None  # why the journal's last edits could not be replayed, if so


class RecoveryStore:
    """The recovery folder: write, list what a crash left, read it back, keep aside, discard."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key_for(path: Path | None, token: int) -> str:
        """A stable name per saved file; unsaved documents get one per window."""
        if path is None:
            return f"untitled-{os.getpid()}-{token}"
        return hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]

    def path(self, key: str, suffix: str) -> Path:
        return self.folder / f"{key}{suffix}"

    def claim(self, key: str, token: int) -> tuple[str, SessionLock]:
        """Lock `key` for this session, or a key of its own when a live window already has that file open."""
        make_private(self.folder)
        lock = SessionLock(self.path(key, ".lock"))
        if lock.acquire():
            return key, lock
        own = f"{key}-{os.getpid()}-{token}"
        lock = SessionLock(self.path(own, ".lock"))
        if not lock.acquire():
            raise OSError(f"the recovery lock {lock.path} is held by another process")
        return own, lock

    def write(self, key: str, data: bytes, original: Path | None) -> Path:
        """Write the copy, then its note; both atomically and private, so a kill leaves a whole pair or the older one."""
        make_private(self.folder)
        xml = self.path(key, ".xml")
        atomic_write(xml, data, keep_backup=False, mode=FILE_MODE)
        meta = {"original": str(original) if original else None, "pid": os.getpid(), "saved_at": time.time(), "sha256": sha256(data)}
        atomic_write(self.path(key, ".json"), json.dumps(meta).encode(), keep_backup=False, mode=FILE_MODE)
        return xml

    # -- reading back -----------------------------------------------------------------------------

    def read(self, entry: RecoveryEntry) -> Document:
        """The document of a recovery entry, or DocumentError naming the file, the place and the reason."""
        return self.recover(entry).document

    def recover(self, entry: RecoveryEntry) -> Recovered:
        """The copy (or the file a journal was started on) with the journal's edits replayed onto it.

        A journal whose base is not the copy beside it (a crash came between
        writing a new copy and starting its journal) is older than the copy,
        which then holds everything.  Entries that do not fit, or a replay
        that would not give a valid document, stop the replay: what came
        before is restored, and `problem` says what could not be.
        """
        journal = self._journal(entry)
        copy = load_bytes(entry.xml) if entry.xml is not None else None
        if journal is None or (copy is not None and not (journal.base.kind == "copy" and journal.base.sha256 == sha256(copy))):
            if copy is None:
                raise DocumentError(entry.shown, "has no autosaved copy beside its note")
            return Recovered(read_bytes(copy, entry.xml))
        if journal.base.kind == "copy":
            assert entry.xml is not None and copy is not None
            base_data, base_path = copy, entry.xml
        else:
            assert journal.base.path is not None
            base_path = Path(journal.base.path)
            base_data = load_bytes(base_path)
            if sha256(base_data) != journal.base.sha256:
                raise DocumentError(entry.journal, f"holds edits of {journal.base.path}, which has changed since they were made, "
                                    "so they cannot be replayed onto it")
        return _replayed(base_data, base_path, journal, entry.journal or entry.shown)

    def _journal(self, entry: RecoveryEntry) -> Journal | None:
        if entry.journal is None:
            return None
        return parse(load_bytes(entry.journal, JOURNAL_LIMIT, "the recovery journal reads"), entry.journal)

    # -- listing, keeping aside, discarding ---------------------------------------------------------

    def pending(self) -> list[RecoveryEntry]:
        """What sessions that are gone left behind, newest first (nothing from a folder that cannot be listed)."""
        try:
            names = [e.name for e in os.scandir(self.folder)]
        except OSError:
            return []
        keys = sorted({name[: -len(s)] for name in names for s in SUFFIXES if name.endswith(s) and not name.startswith(".")})
        found: list[RecoveryEntry] = []
        for key in keys:
            if held_by_a_live_session(self.path(key, ".lock")):
                continue
            entry = self._entry(key, set(names))
            if entry is not None:
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def _entry(self, key: str, names: set[str]) -> RecoveryEntry | None:
        """The entry of one key; a note alone (its copy already discarded) is no work and is removed."""
        xml, note, journal = (self.path(key, s) if f"{key}{s}" in names else None for s in SUFFIXES)
        if xml is None and journal is None:
            if note is not None:
                _remove(note)
            return None
        original: str | None = None
        saved_at: float | None = None
        if note is not None:
            original, saved_at = _read_note(note)
        if journal is not None:
            try:
                read = parse(load_bytes(journal, JOURNAL_LIMIT, "the recovery journal reads"), journal)
            except DocumentError:
                pass
            else:
                original = original or read.original
                saved_at = max(saved_at or 0.0, read.last_at)
        if saved_at is None:
            saved_at = _mtime(xml or journal)
        return RecoveryEntry(key, xml, original, saved_at, note, journal)

    def set_aside(self, entry: RecoveryEntry) -> Path:
        """Move what an entry holds into `broken/`; returns the new path of its copy (or journal).

        A crash's copy is the only copy of that work: even a truncated one
        holds most of the text, so it is kept for a person to open, never
        deleted.  OSError when the folder cannot be changed (it stays as it was).
        """
        aside = self.folder / BROKEN
        make_private(aside)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base = aside / f"{entry.key}-{stamp}"
        n = 1
        while any(base.with_name(base.name + s).exists() for s in SUFFIXES):
            n += 1
            base = aside / f"{entry.key}-{stamp}-{n}"
        moved: list[Path] = []
        for source, suffix in ((entry.xml, ".xml"), (entry.journal, ".journal"), (entry.note, ".json")):
            if source is not None and os.path.lexists(source):
                target = base.with_name(base.name + suffix)
                os.replace(source, target)
                moved.append(target)
        return moved[0] if moved else base.with_name(base.name + ".xml")

    def discard(self, key: str) -> None:
        """Remove a key's journal, copy and note (in that order: a crash in between leaves an older whole state),
        and the lock a session that is gone left."""
        for suffix in (".journal", ".xml", ".json"):
            _remove(self.path(key, suffix))
        lock = self.path(key, ".lock")
        if not held_by_a_live_session(lock):
            _remove(lock)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _mtime(path: Path | None) -> float:
    try:
        return path.lstat().st_mtime if path is not None else 0.0
    except OSError:
        return 0.0


def _read_note(path: Path) -> tuple[str | None, float | None]:
    """The file a note names and when its copy was written, as far as the note can be read.

    A note that cannot be read still leaves its copy to be checked and
    kept rather than left behind unseen; its numbers are trusted only when
    they are numbers a live editor writes (a "pid" of 1e30 or a "saved_at"
    of 1e400 are not).
    """
    try:
        meta = json.loads(load_bytes(path, NOTE_LIMIT, "a recovery note may be"))
    except (DocumentError, ValueError, UnicodeDecodeError):
        return None, None
    if not isinstance(meta, dict):
        return None, None
    original = meta.get("original")
    return (original if isinstance(original, str) else None), moment(meta.get("saved_at"))


def _replayed(base: bytes, base_path: Path, journal: Journal, path: Path) -> Recovered:
    """The base with as many of the journal's entries as fit and leave it valid.

    All entries are applied and the result validated once; only when that
    fails are they applied again one by one, to stop before the first that
    does not fit or would give a document the editor could not save.
    """
    document = read_bytes(base, base_path)
    try:
        for entry in journal.entries:
            apply_entry(document, entry, path)
        to_bytes(document)
        return Recovered(document, len(journal.entries), journal.cut)
    except DocumentError:
        pass
    good = base
    for replayed, entry in enumerate(journal.entries):
        document = read_bytes(good, base_path)
        try:
            apply_entry(document, entry, path)
            good = to_bytes(document)
        except DocumentError as exc:
            return Recovered(read_bytes(good, base_path), replayed, exc.message)
    return Recovered(read_bytes(good, base_path), len(journal.entries), journal.cut)
