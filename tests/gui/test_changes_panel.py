"""The changes panel: lists every mark, follows edits and undo, navigates, accepts and rejects."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor.gui import mark_text
from editor.gui.changes_panel import ChangesPanel
from editor.model import project
from editor.xmlio.writer import to_bytes
from tests.factories import assert_valid
from tests.gui.conftest import Host


def _panel(qtbot: QtBot, host: Host) -> ChangesPanel:
    panel = ChangesPanel(host)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _cells(panel: ChangesPanel) -> list[list[str]]:
    model = panel.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_it_lists_every_mark(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    rows = _cells(panel)
    assert len(rows) == sum(1 for _ in mod_host.document.marks())
    kinds = [r[0] for r in rows]
    assert "Inserted clause" in kinds and "Insertion" in kinds and "Deletion" in kinds
    assert {r[1] for r in rows} == {"ARB"} and {r[2] for r in rows} == {mark_text.when("2022-02-01T10:00:00Z")}
    texts = [r[3] for r in rows]
    assert "Geneva, 2022" in texts and "; Geneva, 2022" in texts
    assert any("increasing cost of developing standards" in t for t in texts)
    assert panel.summary.text().startswith(str(len(rows)))


def test_it_follows_edits_and_undo(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    before = _cells(panel)
    res = mod_host.document.proposals[0].resolution
    assert res is not None
    clause = res.sections[2].clauses[0]
    mod_host.perform("Type", lambda: mod_host.session.insert_text(clause.text, 0, "also "))
    qtbot.waitUntil(lambda: len(_cells(panel)) == len(before) + 1)
    assert any(r[0] == "Insertion" and r[3] == "also " for r in _cells(panel))
    mod_host.undo()
    qtbot.waitUntil(lambda: _cells(panel) == before)


def test_next_and_previous_reveal_each_change(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    assert panel.select_next()
    first = panel.selected()
    assert first is not None and mod_host.revealed[-1] == (first.node.uid, first.field, first.start)
    assert panel.select_next()
    second = panel.selected()
    assert second is not first and mod_host.revealed[-1][0] == second.node.uid
    assert panel.select_previous() and panel.selected() == first
    assert not panel.select_previous()
    panel.select_row(len(panel.changes) - 1)
    assert not panel.select_next()


def test_accept_the_selected_change_in_one_step(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    original = to_bytes(mod_host.document)
    count = len(panel.changes)
    panel.select_row(0)
    first, second = panel.changes[0], panel.changes[1]
    steps = len(mod_host.session.undo_stack)
    panel.accept_button.click()
    assert len(panel.changes) == count - 1 and first.mark not in [c.mark for c in panel.changes]
    selected = panel.selected()
    assert selected is not None and selected.mark == second.mark  # the selection moves on
    assert len(mod_host.session.undo_stack) == steps + 1
    assert_valid(mod_host.document)
    mod_host.undo()
    assert to_bytes(mod_host.document) == original
    panel.refresh()
    assert len(panel.changes) == count


def test_reject_the_selected_change(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    row = next(i for i, c in enumerate(panel.changes) if c.field is None)  # the inserted clause
    clause = panel.changes[row].node
    panel.select_row(row)
    panel.reject_button.click()
    res = mod_host.document.proposals[0].resolution
    assert res is not None and clause not in res.sections[1].clauses
    assert_valid(mod_host.document)


def test_accept_all_gives_the_final_view_and_reject_all_the_original(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    original = to_bytes(mod_host.document)
    final, base = to_bytes(project(mod_host.document, "final")), to_bytes(project(mod_host.document, "original"))
    panel.accept_all_button.click()
    assert to_bytes(mod_host.document) == final and panel.changes == []
    assert not panel.accept_all_button.isEnabled()
    mod_host.undo()
    panel.refresh()
    panel.reject_all_button.click()
    assert to_bytes(mod_host.document) == base
    assert_valid(mod_host.document)
    mod_host.undo()
    assert to_bytes(mod_host.document) == original


def test_after_reload_it_lists_the_new_document(qtbot: QtBot, host: Host) -> None:
    from tests.factories import mod_document

    panel = _panel(qtbot, host)
    assert panel.changes == []
    host.replace_document(mod_document()[0], "Open")
    panel.reload()
    assert len(panel.changes) == sum(1 for _ in host.document.marks())
