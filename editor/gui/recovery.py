"""Recovery files: what autosave writes so that a crash loses only the last few seconds.

One XML file per open document plus a small JSON sidecar naming the file it
belongs to and the process that wrote it.  Files of a process that is still
running belong to another open window and are never offered for restore.
Plain Python (no Qt), so the crash test can read the folder directly.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from editor.model.nodes import Document
from editor.xmlio.reader import read_file
from editor.xmlio.writer import atomic_write

BROKEN = "broken"  # sub-folder where recovery files that cannot be restored are kept for a person to look at


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery file left behind by a process that is gone."""

    key: str
    xml: Path
    original: str | None
    saved_at: float
    note: Path | None = None  # the JSON sidecar; None when only the XML is left

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.saved_at))
        return f"{self.original or 'an unsaved document'} (autosaved {when})"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RecoveryStore:
    """The recovery folder: write, list what a crash left, discard."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key_for(path: Path | None, token: int) -> str:
        """A stable name per saved file; unsaved documents get one per window."""
        if path is None:
            return f"untitled-{os.getpid()}-{token}"
        return hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]

    def write(self, key: str, data: bytes, original: Path | None) -> Path:
        """Write the XML, then its sidecar; both atomically, so a kill leaves a whole pair or the older one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        xml = self.folder / f"{key}.xml"
        atomic_write(xml, data, keep_backup=False)
        meta = {"original": str(original) if original else None, "pid": os.getpid(), "saved_at": time.time()}
        atomic_write(self.folder / f"{key}.json", json.dumps(meta).encode(), keep_backup=False)
        return xml

    def read(self, entry: RecoveryEntry) -> Document:
        """The document of a recovery file, or DocumentError naming the file, the place and the reason."""
        return read_file(entry.xml)

    def set_aside(self, entry: RecoveryEntry) -> Path:
        """Move a recovery file that cannot be restored (and its note) into `broken/`; returns the XML's new path.

        A crash's copy is the only copy of that work: even a truncated one
        holds most of the text, so it is kept for a person to open, never deleted.
        """
        aside = self.folder / BROKEN
        aside.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = aside / f"{entry.key}-{stamp}.xml"
        n = 1
        while target.exists() or target.with_suffix(".json").exists():
            n += 1
            target = aside / f"{entry.key}-{stamp}-{n}.xml"
        for source, suffix in ((entry.xml, ".xml"), (entry.note, ".json")):
            if source is not None and (source.exists() or source.is_symlink()):
                os.replace(source, target.with_suffix(suffix))
        return target

    def discard(self, key: str) -> None:
        for suffix in (".xml", ".json"):
            try:
                (self.folder / f"{key}{suffix}").unlink()
            except FileNotFoundError:
                pass

    def pending(self) -> list[RecoveryEntry]:
        """Recovery files whose writer is no longer running, newest first."""
        if not self.folder.is_dir():
            return []
        found: list[RecoveryEntry] = []
        for meta_path in self.folder.glob("*.json"):
            xml = meta_path.with_suffix(".xml")
            if not (xml.exists() or xml.is_symlink()):
                continue
            entry = _entry(meta_path, xml)
            if entry is not None:
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)


def _entry(meta_path: Path, xml: Path) -> RecoveryEntry | None:
    """The entry a sidecar describes; None while its writer still runs.

    A sidecar that cannot be read still yields an entry (with the XML's
    time), so that the XML beside it is checked and kept rather than left
    behind unseen: sidecars are written atomically by a live editor, so a
    broken one never belongs to a running process.
    """
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        pid, saved_at = int(meta.get("pid", 0)), float(meta.get("saved_at", 0))
        original = meta.get("original")
        if original is not None and not isinstance(original, str):
            raise ValueError("original is not a file name")
    except (OSError, ValueError, TypeError, AttributeError):
        try:
            saved_at = xml.lstat().st_mtime
        except OSError:
            saved_at = 0.0
        return RecoveryEntry(meta_path.stem, xml, None, saved_at, meta_path)
    if _alive(pid):
        return None
    return RecoveryEntry(meta_path.stem, xml, original, saved_at, meta_path)
