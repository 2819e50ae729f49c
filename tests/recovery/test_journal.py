"""The journal replays, without Qt, exactly what was typed before its last flush.

A session edits a document loaded from a file (or restored, or untitled);
the keeper flushes the journal now and then and writes full copies now and
then, as the window's timers do.  What the recovery folder gives back after
a "crash" (the objects simply dropped, nothing closed) must be the document
as it stood at the last flush or copy, byte for byte.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import Clause, Document, Proposal
from editor.model.session import EditSession
from editor.recovery.journal import parse
from editor.recovery.keeper import RecoveryKeeper
from editor.recovery.store import RecoveryStore
from editor.xmlio import DocumentError, read_file, save, to_bytes
from tests.factories import FIXED_DATE, base_resolution, mod_document
from tests.revisions.edits import random_edit


def _opened(folder: Path, document: Document) -> tuple[EditSession, RecoveryKeeper, Path]:
    """`document` saved to a file and opened from it, as the window does, with its keeper started."""
    path = folder / "draft.xml"
    save(document, path)
    session = EditSession(read_file(path), author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    keeper = RecoveryKeeper(RecoveryStore(folder / "recovery"), 1)
    keeper.start(session, path, from_file=True)
    return session, keeper, path


def _recovered(folder: Path) -> bytes:
    store = RecoveryStore(folder / "recovery")
    (entry,) = store.pending()
    recovered = store.recover(entry)
    assert recovered.problem is None
    return to_bytes(recovered.document)


def _crash(keeper: RecoveryKeeper) -> None:
    """What kill -9 does to the lock: the system drops it (the files stay as they are)."""
    lock = keeper._lock
    if lock is not None and lock._fd is not None:
        import os

        os.close(lock._fd)
        lock._fd = None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 14))
def test_random_edits_replay_to_the_last_flush(data: st.DataObject, steps: int) -> None:
    """Typing, deleting, relabelling, blocks added, dropped and moved, undo and redo; flushes and copies in between."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = Document([Proposal("MOD", "ARB/36A2/1", base_resolution())])
        session, keeper, _ = _opened(folder, doc)
        plain = EditSession(Document([Proposal("MOD", "ARB/36A2/1", base_resolution())]), tracking=False)
        flushed: bytes | None = None
        for _ in range(steps):
            action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]))
            if action == "edit":
                random_edit(data, session, plain)
                session.break_merge()
                plain.break_merge()  # the twin's steps stay one per edit too, so that undo takes back the same edit in both
            elif action == "undo":  # the twin follows, so that the next edit finds the same blocks in both
                session.undo()
                plain.undo()
            else:
                session.redo()
                plain.redo()
            when = data.draw(st.sampled_from(["later", "flush", "copy"]))
            if when == "flush" and keeper.flush():
                flushed = to_bytes(session.document)
            elif when == "copy":
                keeper.write_copy()
                flushed = to_bytes(session.document)
        random_edit(data, session, plain)  # typed after the last flush: a crash may lose this
        _crash(keeper)
        if flushed is None:
            assert RecoveryStore(folder / "recovery").pending() == []  # nothing was written: the file is the work
        else:
            assert _recovered(folder) == flushed


def test_edits_of_the_first_seconds_replay_onto_the_opened_file(tmp_path: Path) -> None:
    """No full copy yet (it waits five seconds): the journal alone, on the file as it was opened."""
    session, keeper, path = _opened(tmp_path, mod_document()[0])
    clause = session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    for char in "typed ":
        session.insert_text(clause.text, 0, char)
    assert keeper.flush()
    expected = to_bytes(session.document)
    _crash(keeper)
    assert not list((tmp_path / "recovery").glob("*.xml"))
    assert _recovered(tmp_path) == expected
    entry = RecoveryStore(tmp_path / "recovery").pending()[0]
    assert entry.original == str(path) and entry.describe().startswith(str(path))


def test_structure_and_cover_edits_replay(tmp_path: Path) -> None:
    session, keeper, _ = _opened(tmp_path, mod_document()[0])
    res = session.document.proposals[0].resolution
    assert res is not None and session.document.cover is not None
    session.insert_node(res.sections[0], "clauses", 1, Clause("c)", "a new clause;"))
    session.delete_node(res.sections[2].clauses[0])
    session.move_node(res.sections[1].clauses[1], res.sections[1], "clauses", 0)
    session.set_attr(session.document.cover, "source", "Arab States")
    session.set_attr(session.document.proposals[0], "identifier", "ARB/36A2/7")
    assert keeper.flush()
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def test_a_new_proposal_makes_a_full_copy(tmp_path: Path) -> None:
    """A change of the document's own list is written as a full copy, which starts a new journal."""
    session, keeper, _ = _opened(tmp_path, mod_document()[0])
    session.insert_node(session.document, "proposals", 1, Proposal("SUP", "ARB/36A2/2", base_resolution()))
    assert keeper.flush()
    assert keeper.copied and (tmp_path / "recovery" / f"{keeper.key}.xml").exists()
    assert not (tmp_path / "recovery" / f"{keeper.key}.journal").exists()
    res = session.document.proposals[1].resolution
    assert res is not None
    session.insert_text(res.title, 0, "Old: ")
    assert keeper.flush()
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def _two_flushes(folder: Path) -> tuple[Path, bytes]:
    """A journal of two entries left by a crash, and the document as the first left it."""
    session, keeper, _ = _opened(folder, mod_document()[0])
    title = session.document.proposals[0].resolution.title  # type: ignore[union-attr]
    session.insert_text(title, 0, "First ")
    keeper.flush()
    expected = to_bytes(session.document)
    session.insert_text(title, 0, "Second ")
    keeper.flush()
    _crash(keeper)
    return folder / "recovery" / f"{keeper.key}.journal", expected


def test_a_line_cut_short_ends_the_replay_before_it(tmp_path: Path) -> None:
    journal, expected = _two_flushes(tmp_path)
    data = journal.read_bytes()
    journal.write_bytes(data[:-25])  # the last write torn by the crash
    store = RecoveryStore(tmp_path / "recovery")
    (entry,) = store.pending()
    recovered = store.recover(entry)
    assert to_bytes(recovered.document) == expected
    assert recovered.replayed == 1 and recovered.problem is not None and "cut short" in recovered.problem


def test_a_journal_is_never_replayed_onto_a_changed_file(tmp_path: Path) -> None:
    session, keeper, path = _opened(tmp_path, mod_document()[0])
    session.insert_text(session.document.proposals[0].resolution.title, 0, "New ")  # type: ignore[union-attr]
    keeper.flush()
    _crash(keeper)
    path.write_bytes(path.read_bytes().replace(b"Resolution 7", b"Resolution 8"))  # changed by another program since
    store = RecoveryStore(tmp_path / "recovery")
    (entry,) = store.pending()
    with pytest.raises(DocumentError, match="has changed since"):
        store.recover(entry)


def test_a_copy_newer_than_its_journal_wins(tmp_path: Path) -> None:
    """A crash between writing a new copy and starting its journal: the old journal's base is gone, the copy holds all."""
    session, keeper, _ = _opened(tmp_path, mod_document()[0])
    title = session.document.proposals[0].resolution.title  # type: ignore[union-attr]
    session.insert_text(title, 0, "One ")
    keeper.write_copy()
    session.insert_text(title, 0, "Two ")
    keeper.flush()
    stale = (tmp_path / "recovery" / f"{keeper.key}.journal").read_bytes()
    session.insert_text(title, 0, "Three ")
    keeper.write_copy()
    expected = to_bytes(session.document)
    (tmp_path / "recovery" / f"{keeper.key}.journal").write_bytes(stale)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def test_an_entry_that_does_not_fit_stops_the_replay(tmp_path: Path) -> None:
    journal, expected = _two_flushes(tmp_path)
    lines = journal.read_bytes().splitlines(keepends=True)
    entry = json.loads(lines[2])
    entry["edits"][0]["place"] = [["proposals", 5]]
    journal.write_bytes(b"".join(lines[:2]) + json.dumps(entry).encode() + b"\n")
    store = RecoveryStore(tmp_path / "recovery")
    recovered = store.recover(store.pending()[0])
    assert to_bytes(recovered.document) == expected and recovered.replayed == 1
    assert recovered.problem is not None and "does not fit" in recovered.problem


def test_the_journal_is_small_and_one_line_per_flush(tmp_path: Path) -> None:
    session, keeper, _ = _opened(tmp_path, mod_document()[0])
    clause = session.document.proposals[0].resolution.sections[2].clauses[0]  # type: ignore[union-attr]
    for n in range(5):
        session.insert_text(clause.text, 0, f"{n} ")
        keeper.flush()
    journal = parse((tmp_path / "recovery" / f"{keeper.key}.journal").read_bytes(), tmp_path / "j")
    assert [e["seq"] for e in journal.entries] == [1, 2, 3, 4, 5]
    assert all(len(e["edits"]) == 1 and e["edits"][0]["xml"].startswith("<clause") for e in journal.entries)
    assert journal.base.kind == "file"


def test_a_restored_or_untitled_document_starts_with_a_full_copy(tmp_path: Path) -> None:
    session = EditSession(mod_document()[0], author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    keeper = RecoveryKeeper(RecoveryStore(tmp_path / "recovery"), 1)
    keeper.start(session, None, from_file=False)
    session.insert_text(session.document.proposals[0].resolution.title, 0, "Draft ")  # type: ignore[union-attr]
    assert keeper.flush() and keeper.copied  # no base yet: the first write is a whole copy
    session.insert_text(session.document.proposals[0].resolution.title, 0, "New ")  # type: ignore[union-attr]
    assert keeper.flush() and not keeper.copied
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def test_saving_discards_the_copies_and_starts_the_journal_on_the_saved_file(tmp_path: Path) -> None:
    session, keeper, path = _opened(tmp_path, mod_document()[0])
    title = session.document.proposals[0].resolution.title  # type: ignore[union-attr]
    session.insert_text(title, 0, "Saved ")
    keeper.write_copy()
    keeper.saved(path, save(session.document, path))
    assert not [p for p in (tmp_path / "recovery").iterdir() if p.suffix in (".xml", ".json", ".journal")]
    session.insert_text(title, 0, "After ")
    keeper.flush()
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def test_edits_in_a_body_replay(tmp_path: Path) -> None:
    """Typing in a cell and a heading, a row and a figure added, a note dropped: the journal holds each kind of paragraph."""
    from editor.model.body import Cell, Figure, Heading, Picture, Row, Table
    from editor.model.nodes import Note
    from tests.factories import body_document, png

    session, keeper, _ = _opened(tmp_path, body_document())
    res = session.document.proposals[0].resolution
    assert res is not None
    first, second = res.parts
    table = next(p for p in second.paragraphs if isinstance(p, Table))
    session.insert_text(table.rows[1].cells[0].text, 0, "Draft ")
    heading = next(p for p in first.paragraphs if isinstance(p, Heading))
    session.insert_text(heading.text, len(heading.text.text()), " and elections")
    session.insert_node(table, "rows", 1, Row([Cell("Opinion"), Cell("WTSA")]))
    session.insert_node(second, "paragraphs", 0, Figure(Picture(png(), "image/png", 20, 15, "a chart"), "Figure 0 – A chart"))
    session.delete_node(next(p for p in first.paragraphs if isinstance(p, Note)))
    assert keeper.flush()
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def test_a_flush_returns_before_the_disk_has_the_line_and_a_killed_editor_still_keeps_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The push to the disk (fdatasync) runs in the keeper's own thread: a slow disk holds up no keystroke."""
    session, keeper, _ = _opened(tmp_path, mod_document()[0])
    clause = session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    session.insert_text(clause.text, 0, "first ")
    assert keeper.flush()  # the journal made, with its header
    disk = threading.Event()
    pushed: list[int] = []

    def slow_disk(fd: int) -> None:
        assert disk.wait(10)
        pushed.append(fd)

    monkeypatch.setattr(os, "fdatasync", slow_disk)
    session.insert_text(clause.text, 0, "second ")
    assert keeper.flush()  # returns while the disk is still busy
    assert not pushed
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected  # the line is the system's already: a kill loses none of it
    disk.set()
    keeper.close()  # waits for the push
    assert len(pushed) == 1


def _flushed_with_a_failed_push(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError
                                ) -> tuple[EditSession, RecoveryKeeper]:
    """A journal whose second line's push to the disk failed with `error`, found by the keeper's next tick."""
    session, keeper, _ = _opened(tmp_path, mod_document()[0])
    clause = session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    session.insert_text(clause.text, 0, "first ")
    assert keeper.flush()
    real = os.fdatasync

    def failing(fd: int) -> None:
        raise error

    monkeypatch.setattr(os, "fdatasync", failing)
    session.insert_text(clause.text, 0, "second ")
    assert keeper.flush()
    monkeypatch.setattr(os, "fdatasync", real)
    deadline = time.monotonic() + 10
    while not keeper.flush_due(time.monotonic()) and time.monotonic() < deadline:  # no new edit: the failure is due
        time.sleep(0.01)
    return session, keeper


def test_a_failed_push_to_the_disk_writes_a_full_copy_and_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session, keeper = _flushed_with_a_failed_push(tmp_path, monkeypatch, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(OSError, match="Input/output error"):
        keeper.flush()
    assert list((tmp_path / "recovery").glob("*.xml")), "a full copy was written first"
    assert not keeper.flush_due(time.monotonic())  # told once; the copy holds the work
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected


def test_when_the_copy_after_a_failed_push_fails_too_it_stays_due(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    session, keeper = _flushed_with_a_failed_push(tmp_path, monkeypatch, full)
    real_write = keeper.store.write

    def failing(*_args: object) -> None:
        raise full

    monkeypatch.setattr(keeper.store, "write", failing)
    with pytest.raises(OSError):
        keeper.flush()  # neither the push nor the copy made it
    assert keeper.flush_due(time.monotonic()), "the copy is still due"
    monkeypatch.setattr(keeper.store, "write", real_write)
    with pytest.raises(OSError, match="No space left"):
        keeper.flush()  # the copy written, the push's failure told
    assert not keeper.flush_due(time.monotonic())
    expected = to_bytes(session.document)
    _crash(keeper)
    assert _recovered(tmp_path) == expected
