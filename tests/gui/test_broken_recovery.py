"""Broken recovery files at start: named with their reason, never restored, kept aside, nothing crashes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from editor.gui.main_window import MainWindow
from editor.recovery.store import BROKEN, RecoveryEntry, RecoveryStore
from editor.xmlio import to_bytes
from tests.factories import assert_valid, base_document

DEAD_PID = 999999999  # above Linux's pid_max: never a running process


def _leave(recovery_dir: Path, key: str, data: bytes, original: str | None = "/drafts/res1.xml", saved_at: float = 100.0) -> None:
    """What a crashed editor leaves behind: an XML copy and its note."""
    recovery_dir.mkdir(parents=True, exist_ok=True)
    (recovery_dir / f"{key}.xml").write_bytes(data)
    (recovery_dir / f"{key}.json").write_text(json.dumps({"original": original, "pid": DEAD_PID, "saved_at": saved_at}))


def _offers(window: MainWindow) -> list[str]:
    asked: list[str] = []

    def ask(entry: RecoveryEntry) -> bool:
        asked.append(entry.describe())
        return True

    window.ask_restore = ask  # type: ignore[method-assign,assignment]
    return asked


GOOD = to_bytes(base_document())
BROKEN_FILES = {
    "truncated": (GOOD[: len(GOOD) // 2], "is not well-formed XML", True),
    "invalid XML": (b"<resolution><clause>unclosed</resolution>", "is not well-formed XML", True),
    "wrong vocabulary": (b"<html><body>not ours</body></html>", "", True),
    "hostile DOCTYPE": (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<r>&x;</r>',
                        "DOCTYPE declaration", True),
    "empty": (b"", "is empty", True),
}


@pytest.mark.parametrize("case", sorted(BROKEN_FILES))
def test_a_broken_copy_is_named_kept_aside_and_never_restored(window: MainWindow, recovery_dir: Path, case: str) -> None:
    data, reason, has_line = BROKEN_FILES[case]
    _leave(recovery_dir, "abc", data)
    asked = _offers(window)
    before = to_bytes(window.controller.session.document)

    assert window.offer_recovery() is False
    assert asked == []  # a broken copy is never offered for restore
    assert to_bytes(window.controller.session.document) == before
    assert len(window.errors) == 1
    message = window.errors[0]
    assert message.startswith("The autosaved copy of /drafts/res1.xml") and "cannot be restored because it " in message
    assert reason in message and "\n" not in message
    assert str(recovery_dir / "abc.xml") + (":" if has_line else "") in message  # the file, and its line when there is one
    kept = list((recovery_dir / BROKEN).glob("abc-*.xml"))
    assert len(kept) == 1 and kept[0].read_bytes() == data and str(kept[0]) in message
    assert kept[0].with_suffix(".json").exists()  # its note goes with it
    assert not (recovery_dir / "abc.xml").exists() and not (recovery_dir / "abc.json").exists()
    assert RecoveryStore(recovery_dir).pending() == []  # not offered again at the next start
    assert_valid(window.controller.session.document)


def test_an_unreadable_copy_is_named_and_kept(window: MainWindow, recovery_dir: Path) -> None:
    _leave(recovery_dir, "abc", b"")
    (recovery_dir / "abc.xml").unlink()
    (recovery_dir / "abc.xml").mkdir()  # cannot be read as a file (the tests may run as root, so no chmod)
    asked = _offers(window)
    assert window.offer_recovery() is False and asked == []
    assert len(window.errors) == 1 and "is a folder, not a file" in window.errors[0]
    assert [p.is_dir() for p in (recovery_dir / BROKEN).glob("abc-*.xml")] == [True]


def test_a_broken_note_keeps_its_copy_checked_and_offered(window: MainWindow, recovery_dir: Path) -> None:
    recovery_dir.mkdir(parents=True)
    (recovery_dir / "abc.xml").write_bytes(GOOD)
    (recovery_dir / "abc.json").write_text('["not", "a note"]')
    (recovery_dir / "def.xml").write_bytes(GOOD[:40])
    (recovery_dir / "def.json").write_text('{"pid": "twelve"')
    asked = _offers(window)
    assert window.offer_recovery() is True
    assert len(asked) == 1 and asked[0].startswith("an unsaved document (autosaved ")  # its note named no file
    assert window.controller.is_modified() and window.controller.path is None
    assert len(window.errors) == 1 and "def.xml" in window.errors[0]
    assert list((recovery_dir / BROKEN).glob("def-*.xml"))
    keeper = window.controller.keeper
    assert keeper is not None  # the restored work is copied again at once, by the window that now holds it
    assert [p.name for p in recovery_dir.glob("*.xml")] == [f"{keeper.key}.xml"]
    assert RecoveryStore(recovery_dir).pending() == []
    assert_valid(window.controller.session.document)


def test_the_newest_sound_copy_is_offered_past_broken_ones(window: MainWindow, recovery_dir: Path) -> None:
    _leave(recovery_dir, "good", GOOD, original="/drafts/good.xml", saved_at=100.0)
    _leave(recovery_dir, "bad", GOOD[:100], original="/drafts/bad.xml", saved_at=200.0)  # newer, but broken
    asked = _offers(window)
    assert window.offer_recovery() is True
    assert len(asked) == 1 and asked[0].startswith("/drafts/good.xml")
    assert window.controller.path == Path("/drafts/good.xml") and window.controller.is_modified()
    assert len(window.errors) == 1 and "/drafts/bad.xml" in window.errors[0]
    assert_valid(window.controller.session.document)


def test_setting_aside_twice_keeps_both(recovery_dir: Path) -> None:
    store = RecoveryStore(recovery_dir)
    kept = []
    for content in (b"first", b"second"):
        _leave(recovery_dir, "abc", content)
        (entry,) = store.pending()
        kept.append(store.set_aside(entry))
    assert kept[0] != kept[1]
    assert sorted(p.read_bytes() for p in kept) == [b"first", b"second"]


def test_the_sentence_reads_as_one(window: MainWindow, recovery_dir: Path) -> None:
    _leave(recovery_dir, "abc", b"<resolution>\n<number>", saved_at=0.0)
    _offers(window)
    window.offer_recovery()
    (kept,) = (recovery_dir / BROKEN).glob("abc-*.xml")
    assert window.errors == [
        f"The autosaved copy of /drafts/res1.xml (autosaved {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(0))}) "
        f"cannot be restored because it is not well-formed XML: Premature end of data in tag number line 2 "
        f"({recovery_dir / 'abc.xml'}:2:9); it was kept as {kept}."
    ]
