"""Every change goes through the session: transactions, notices, undo and redo."""

from __future__ import annotations

import pytest

from editor.model import Clause
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.xmlio import to_bytes
from tests.factories import base_document


@pytest.fixture
def session() -> EditSession:
    return EditSession(base_document(), author="T")


def _res(session: EditSession):  # type: ignore[no-untyped-def]
    res = session.document.proposals[0].resolution
    assert res is not None
    return res


def test_untracked_typing_and_undo_restore_bytes(session: EditSession) -> None:
    before = to_bytes(session.document)
    clause = _res(session).sections[0].clauses[0]
    session.insert_text(clause.text, 4, "agreed ")
    assert clause.text.text() == "the agreed purposes of the Union set forth in Article 1 of the ITU Constitution;"
    assert not clause.text.has_marks()
    session.undo()
    assert to_bytes(session.document) == before
    session.redo()
    assert "agreed" in clause.text.text()


def test_consecutive_typing_merges_into_one_step(session: EditSession) -> None:
    clause = _res(session).sections[0].clauses[0]
    for n, ch in enumerate("abc"):
        session.insert_text(clause.text, n, ch)
    assert len(session.undo_stack) == 1
    session.break_merge()
    session.insert_text(clause.text, 0, "x")
    assert len(session.undo_stack) == 2


def test_transaction_gives_one_notice_naming_the_section(session: EditSession) -> None:
    notices: list[ChangeNotice] = []
    session.subscribe(notices.append)
    res = _res(session)
    noting = res.sections[1]
    with session.transaction("two edits"):
        session.insert_node(noting, "clauses", 2, Clause("c)", "new,"))
        session.set_text(noting.clauses[1].text, "that other activities may require coordination;")
    assert len(notices) == 1
    assert notices[0].structural
    assert notices[0].sections() == [noting]
    assert notices[0].resolutions() == [res]
    assert len(session.undo_stack) == 1


def test_failed_transaction_rolls_back(session: EditSession) -> None:
    before = to_bytes(session.document)
    clause = _res(session).sections[0].clauses[0]
    with pytest.raises(RuntimeError), session.transaction("broken"):
        session.insert_text(clause.text, 0, "half ")
        raise RuntimeError("interrupted")
    assert to_bytes(session.document) == before
    assert not session.undo_stack


def test_move_within_a_list_and_undo(session: EditSession) -> None:
    before = to_bytes(session.document)
    resolves = _res(session).sections[2]
    first = resolves.clauses[0]
    session.move_node(first, resolves, "clauses", 3)
    assert [c.label.text() for c in resolves.clauses] == ["2", "3", "1"]
    session.undo()
    assert to_bytes(session.document) == before


def test_delete_untracked_removes_and_undo_reinserts(session: EditSession) -> None:
    before = to_bytes(session.document)
    noting = _res(session).sections[1]
    session.delete_node(noting.clauses[0])
    assert len(noting.clauses) == 1
    session.undo()
    assert to_bytes(session.document) == before


def test_tracked_label_change_is_deletion_then_insertion() -> None:
    session = EditSession(base_document(), author="ARB", tracking=True, clock=lambda: "2022-01-01T00:00:00Z")
    clause = _res(session).sections[1].clauses[1]
    session.set_text(clause.label, "d)")
    assert clause.label.text("original") == "b)"
    assert clause.label.text("final") == "d)"
    kinds = [s.mark.kind for s in clause.label.spans if s.mark]
    assert kinds == ["del", "ins"]
    to_bytes(session.document)
