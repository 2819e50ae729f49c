"""The recovery folder: private, a live session told from a crashed one by its lock, and nothing in it can hang or crash a start."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from editor.recovery import folder as recovery_folder
from editor.recovery.store import RecoveryEntry, RecoveryStore
from editor.xmlio import DocumentError, to_bytes
from tests.factories import base_document

ROOT = Path(__file__).resolve().parents[2]
GOOD = to_bytes(base_document())

HOLDER = """
import sys
from pathlib import Path
from editor.recovery.store import RecoveryStore
store = RecoveryStore(Path(sys.argv[1]))
key, lock = store.claim("abc", 1)
store.write(key, sys.stdin.buffer.read(), Path("/drafts/res1.xml"))
print("holding", flush=True)
sys.stdin.close()
import time
time.sleep(60)
"""


def _holder(folder: Path) -> subprocess.Popen[str]:
    """Another editor process that has autosaved a copy and holds its lock."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=False)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(GOOD)
    child.stdin.close()
    assert child.stdout.readline().strip() == b"holding"
    return child  # type: ignore[return-value]


def test_a_live_session_is_not_offered_and_a_killed_one_is(tmp_path: Path) -> None:
    with _holder(tmp_path) as child:
        try:
            assert RecoveryStore(tmp_path).pending() == []
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
    (entry,) = RecoveryStore(tmp_path).pending()
    assert entry.key == "abc" and entry.original == "/drafts/res1.xml"


def test_a_zombie_holds_no_lock(tmp_path: Path) -> None:
    """A process that died but was not reaped still answers os.kill(pid, 0); its lock is gone all the same."""
    with _holder(tmp_path) as child:
        os.kill(child.pid, signal.SIGKILL)
        for _ in range(200):
            with open(f"/proc/{child.pid}/stat") as fh:
                if fh.read().split(") ")[1].startswith("Z"):
                    break
            time.sleep(0.01)
        os.kill(child.pid, 0)  # the zombie "is alive" for the old test
        assert [e.key for e in RecoveryStore(tmp_path).pending()] == ["abc"]
        child.wait()


@pytest.mark.parametrize("pid", [0, -1, 1, os.getpid(), 1e30, "twelve"])
def test_a_note_naming_a_live_or_impossible_pid_is_still_offered(tmp_path: Path, pid: object) -> None:
    """Reused ids, pid 0, -1, init, this very process: only the lock says whether a session runs."""
    (tmp_path / "abc.xml").write_bytes(GOOD)
    (tmp_path / "abc.json").write_text(json.dumps({"original": "/drafts/res1.xml", "pid": pid, "saved_at": 100.0}))
    (entry,) = RecoveryStore(tmp_path).pending()
    assert entry.saved_at == 100.0 and entry.describe().startswith("/drafts/res1.xml (autosaved ")


@pytest.mark.parametrize("saved_at", ["1e400", "-1e400", "1e30", '"yesterday"', "null", "true"])
def test_a_note_with_an_impossible_time_falls_back_to_the_file_time(tmp_path: Path, saved_at: str) -> None:
    (tmp_path / "abc.xml").write_bytes(GOOD)
    (tmp_path / "abc.json").write_text('{"original": "/drafts/res1.xml", "pid": 1e30, "saved_at": ' + saved_at + "}")
    (entry,) = RecoveryStore(tmp_path).pending()
    assert entry.saved_at == (tmp_path / "abc.xml").stat().st_mtime
    assert "autosaved 20" in entry.describe() or "autosaved 19" in entry.describe()


def test_copies_are_private_in_a_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # a folder made by an older version, open to everyone
    store = RecoveryStore(folder)
    key, lock = store.claim("abc", 1)
    store.write(key, GOOD, None)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("abc.xml", "abc.json", "abc.lock"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    lock.release()
    fresh = RecoveryStore(tmp_path / "new" / "recovery")
    fresh.write("k", GOOD, None)
    assert stat.S_IMODE((tmp_path / "new" / "recovery").stat().st_mode) == 0o700


def test_pipes_devices_and_links_in_the_folder_never_hang_or_fill_memory(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.xml")
    (tmp_path / "pipe.json").write_text('{"original": "/drafts/a.xml", "saved_at": 5}')
    (tmp_path / "zero.xml").symlink_to("/dev/zero")
    (tmp_path / "good.xml").write_bytes(GOOD)
    (tmp_path / "good.json").symlink_to("/dev/zero")  # a note that is endless
    os.mkfifo(tmp_path / "jour.journal")
    store = RecoveryStore(tmp_path)
    entries = {e.key: e for e in store.pending()}
    assert sorted(entries) == ["good", "jour", "pipe", "zero"]
    assert to_bytes(store.read(entries["good"])) == GOOD  # its note could not be read; the copy still is
    for key, reason in (("pipe", "named pipe"), ("zero", "is a device"), ("jour", "named pipe")):
        with pytest.raises(DocumentError, match=reason):
            store.read(entries[key])


def test_a_folder_that_is_a_file_lists_nothing_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    folder.write_text("not a folder")
    assert RecoveryStore(folder).pending() == []
    assert recovery_folder.problem(folder) == "is a file, not a folder"
    assert recovery_folder.problem(folder / "inner") is not None  # a file stands where one of its folders should be
    assert recovery_folder.problem(tmp_path / "fine") is None


def test_a_read_only_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tried for real: permission bits say nothing of a read-only disk (and the tests may run as root)."""
    folder = tmp_path / "recovery"
    folder.mkdir()

    def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(recovery_folder.tempfile, "mkstemp", read_only)
    assert recovery_folder.problem(folder) == "is on a read-only disk"


def test_a_read_only_folder_by_permission(read_only_folder: Path) -> None:
    assert recovery_folder.problem(read_only_folder) == "cannot be written (no permission)"


def test_setting_aside_keeps_every_file_of_an_entry(tmp_path: Path) -> None:
    for suffix, data in ((".xml", b"cut"), (".json", b"{}"), (".journal", b"j")):
        (tmp_path / f"abc{suffix}").write_bytes(data)
    store = RecoveryStore(tmp_path)
    (entry,) = store.pending()
    kept = store.set_aside(entry)
    assert kept.suffix == ".xml" and kept.read_bytes() == b"cut"
    assert kept.with_suffix(".journal").read_bytes() == b"j" and kept.with_suffix(".json").exists()
    assert not [p for p in tmp_path.iterdir() if p.is_file()]


def test_a_note_alone_is_no_work_and_goes(tmp_path: Path) -> None:
    (tmp_path / "abc.json").write_text('{"original": null}')
    assert RecoveryStore(tmp_path).pending() == []
    assert not (tmp_path / "abc.json").exists()


def test_describe_never_fails(tmp_path: Path) -> None:
    assert RecoveryEntry("k", None, None, 0.0).describe().startswith("an unsaved document (autosaved ")
    with tempfile.TemporaryDirectory() as tmp:
        assert RecoveryStore(Path(tmp) / "missing").pending() == []
