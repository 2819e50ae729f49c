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

from editor.xmlio.writer import atomic_write


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery file left behind by a process that is gone."""

    key: str
    xml: Path
    original: str | None
    saved_at: float

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
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not xml.exists() or _alive(int(meta.get("pid", 0))):
                continue
            found.append(RecoveryEntry(meta_path.stem, xml, meta.get("original"), float(meta.get("saved_at", 0))))
        return sorted(found, key=lambda e: e.saved_at, reverse=True)
