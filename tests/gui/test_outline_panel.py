"""The outline: shows the structure, follows edits and undo, its commands are undoable model edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QStyleOptionViewItem, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from editor.export.blocks import LRI, PDI
from editor.gui.outline_panel import HEAD_ROLE, HeadFirst, OutlinePanel, drop_destination, fitted
from editor.model import Clause, Resolution, Section
from editor.model.session import EditSession
from editor.xmlio.writer import to_bytes
from tests.factories import arabic_document, assert_valid
from tests.gui.conftest import Host
from tests.gui.reading import glyph_lefts


def _panel(qtbot: QtBot, host: Host) -> OutlinePanel:
    panel = OutlinePanel(host)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _rows(item: QTreeWidgetItem, depth: int = 0) -> list[str]:
    out = []
    for i in range(item.childCount()):
        child = item.child(i)
        out.append("  " * depth + child.text(0))
        out += _rows(child, depth + 1)
    return out


def _outline(panel: OutlinePanel) -> list[str]:
    """The rows as the drafter sees them once typing pauses (`settle`: what any reader of the rows does first)."""
    panel.settle()
    return _rows(panel.tree.invisibleRootItem())


def _fresh(qtbot: QtBot, host: Host) -> list[str]:
    """The rows a panel built from scratch shows: what incremental updates must match."""
    return _outline(_panel(qtbot, host))


def _res(host: Host) -> Resolution:
    res = host.document.proposals[0].resolution
    assert res is not None
    return res


def _labels(section_clauses: list[Clause]) -> list[str]:
    return [c.text.text("final")[:12] for c in section_clauses]


def test_it_shows_proposals_resolution_sections_and_clauses(qtbot: QtBot, mod_host: Host) -> None:
    rows = _outline(_panel(qtbot, mod_host))
    assert rows[0] == "MOD ARB/36A2/1"
    assert rows[1] == "  RESOLUTION 7 (Rev. Geneva, 2022)"
    assert rows[2] == "    considering"
    assert rows[3] == "      a) the purposes of the Union set forth in …"
    assert "        – for work where text should be drawn up …" in rows
    assert "      c) the increasing cost of developing standards," in rows


def test_typing_updates_one_row_and_undo_restores_it(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    before = _outline(panel)
    clause = _res(host).sections[0].clauses[1]
    item = panel.item_of(clause.uid)
    host.perform("Type", lambda: host.session.insert_text(clause.text, 0, "all "))
    assert panel.item_of(clause.uid) is item  # the same row, updated in place
    assert item is not None and item.text(0).startswith("b) all the duties")
    host.undo()
    assert _outline(panel) == before


def test_selecting_a_row_reveals_its_node(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    clause = _res(host).sections[2].clauses[1].items[0]
    item = panel.item_of(clause.uid)
    assert item is not None
    panel.tree.setCurrentItem(item)
    assert host.revealed[-1] == (clause.uid, None, 0)
    count = len(host.revealed)
    panel.show_node(_res(host).sections[0])  # following the cursor does not reveal again
    assert len(host.revealed) == count and panel.selected_node() is _res(host).sections[0]


def _second_noting_selected(qtbot: QtBot, host: Host) -> tuple[OutlinePanel, bytes, Section, Clause, Clause]:
    """A panel with "noting b)" selected, the saved bytes, the section and its two clauses."""
    panel = _panel(qtbot, host)
    original = to_bytes(host.document)
    noting = _res(host).sections[1]
    first, second = noting.clauses
    panel.show_node(second)
    return panel, original, noting, first, second


def test_move_commands_are_undoable(qtbot: QtBot, host: Host) -> None:
    panel, original, noting, first, second = _second_noting_selected(qtbot, host)
    action = panel.action_named("Move up")
    assert action is not None and action.isEnabled()
    action.trigger()
    assert noting.clauses == [second, first]
    assert _outline(panel)[6].startswith("      b) that other")
    assert panel.selected_node() is second
    up = panel.action_named("Move up")
    assert up is not None and not up.isEnabled()
    assert_valid(host.document)
    host.undo()
    assert to_bytes(host.document) == original
    assert noting.clauses == [first, second]


def test_move_up_is_disabled_for_a_first_clause(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    panel.show_node(_res(host).sections[0].clauses[0])
    up, down = panel.action_named("Move up"), panel.action_named("Move down")
    assert up is not None and not up.isEnabled()
    assert down is not None and down.isEnabled()


def test_insert_and_delete_clause_from_the_menu(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    original = to_bytes(host.document)
    considering = _res(host).sections[0]
    panel.show_node(considering.clauses[0])
    action = panel.action_named("Insert clause after")
    assert action is not None
    action.trigger()
    assert len(considering.clauses) == 3 and considering.clauses[1].text.text() == ""
    new = considering.clauses[1]
    assert host.revealed[-1] == (new.uid, "text", 0)
    assert panel.selected_node() is new and panel.item_of(new.uid) is not None
    assert_valid(host.document)
    delete = panel.action_named("Delete")
    assert delete is not None
    delete.trigger()
    assert len(considering.clauses) == 2 and panel.item_of(new.uid) is None
    host.undo()
    host.undo()
    assert to_bytes(host.document) == original
    assert _outline(panel) == _fresh(qtbot, host)


def test_deleting_in_a_mod_strikes_the_row_through(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    clause = _res(mod_host).sections[0].clauses[1]
    panel.delete(clause)
    item = panel.item_of(clause.uid)
    assert item is not None and item.font(0).strikeOut()
    assert_valid(mod_host.document)


def test_change_keyword_sets_text_and_kind(qtbot: QtBot, host: Host, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(qtbot, host)
    section = _res(host).sections[1]
    panel.show_node(section)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args: ("instructs", True)))
    action = panel.action_named("Change keyword…")
    assert action is not None
    action.trigger()
    assert section.keyword.text() == "instructs" and section.kind == "operative"
    assert _outline(panel)[5] == "    instructs"
    assert_valid(host.document)
    host.undo()
    assert section.keyword.text() == "noting" and section.kind == "preambular"
    assert _outline(panel)[5] == "    noting"


@pytest.mark.parametrize(("source", "target", "where", "expected"), [
    ((1, 1), (0, 0), "above", (0, 0)),
    ((1, 1), (0, 0), "below", (0, 1)),
    ((1, 1), (1, 0), "below", None),  # already there
    ((1, 0), (1, 1), "below", (1, 2)),
    ((1, 0), (1, 0), "on", None),
    ((0, 0), 2, "on", (2, 3)),
])
def test_drop_destinations(host: Host, source: tuple[int, int], target: object, where: str, expected: tuple[int, int] | None) -> None:
    res = _res(host)
    node = res.sections[source[0]].clauses[source[1]]
    onto = res.sections[target] if isinstance(target, int) else res.sections[target[0]].clauses[target[1]]
    dest = drop_destination(node, onto, where)
    if expected is None:
        assert dest is None
    else:
        assert dest is not None and dest[0] is res.sections[expected[0]] and dest[1:] == ("clauses", expected[1])


def test_a_sub_item_cannot_be_dropped_among_clauses(host: Host) -> None:
    res = _res(host)
    assert drop_destination(res.sections[2].clauses[1].items[0], res.sections[0].clauses[0], "below") is None
    assert drop_destination(res.sections[2], res.sections[2].clauses[0], "on") is None


def test_dropping_a_clause_on_another_section_moves_it_there(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    original = to_bytes(host.document)
    res = _res(host)
    clause = res.sections[0].clauses[0]
    panel.show_node(clause)
    target = panel.item_of(res.sections[1].clauses[1].uid)
    assert target is not None
    rect = panel.tree.visualItemRect(target)
    mime = QMimeData()
    mime.setData("application/x-qabstractitemmodeldatalist", b"")
    panel.tree.setDropIndicatorShown(True)
    point = QPointF(rect.center())
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # the indicator position is computed by Qt during the drag; a drop in a row's middle is "on" it
    panel.tree.dropEvent(event)
    assert panel.tree.dropIndicatorPosition() in (QAbstractItemView.DropIndicatorPosition.OnItem, QAbstractItemView.DropIndicatorPosition.OnViewport)
    assert clause in res.sections[1].clauses and clause not in res.sections[0].clauses
    assert event.isAccepted() and panel.item_of(clause.uid) is not None
    assert_valid(host.document)
    host.undo()
    assert to_bytes(host.document) == original


def test_moving_a_section_by_drop(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    res = _res(host)
    considering, noting, resolves = res.sections
    assert panel.drop(resolves, considering, "above")
    assert res.sections == [resolves, considering, noting]
    assert [r.strip() for r in _outline(panel) if r.strip() in ("considering", "noting", "resolves")] == ["resolves", "considering", "noting"]
    assert_valid(host.document)


def test_a_tracked_move_shows_the_deleted_and_the_inserted_row(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    res = _res(mod_host)
    clause = res.sections[0].clauses[0]
    assert panel.drop(clause, res.sections[0].clauses[1], "below")
    first, _second, moved = res.sections[0].clauses
    assert first is clause and first.change is not None and first.change.kind == "del"
    item_del, item_ins = panel.item_of(first.uid), panel.item_of(moved.uid)
    assert item_del is not None and item_del.font(0).strikeOut()
    assert item_ins is not None and item_ins.font(0).underline()
    assert panel.selected_node() is moved
    assert _outline(panel) == _fresh(qtbot, mod_host)
    assert_valid(mod_host.document)


def test_after_reload_it_shows_the_new_document(qtbot: QtBot, host: Host) -> None:
    from tests.factories import mod_document

    panel = _panel(qtbot, host)
    host.replace_document(mod_document()[0], "Open")
    panel.reload()
    assert _outline(panel)[0] == "MOD ARB/36A2/1"
    section = _res(host).sections[0]
    host.perform("Keyword", lambda: host.session.set_text(section.keyword, "recalling"))
    assert _outline(panel)[2] == "    recalling"


def test_typing_does_not_scroll_the_outline_back_to_the_selection(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    clause = _res(host).sections[0].clauses[0]
    panel.show_node(clause)
    calls: list[object] = []
    panel.show_node = lambda node: calls.append(node)  # type: ignore[method-assign]
    host.perform("Type", lambda: host.session.insert_text(clause.text, 0, "x"))
    assert calls == [] and panel.selected_node() is clause


def test_insert_section_after_asks_its_keyword(qtbot: QtBot, host: Host, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(qtbot, host)
    original = to_bytes(host.document)
    res = _res(host)
    panel.show_node(res.sections[2])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args: ("instructs", True)))
    action = panel.action_named("Insert section after…")
    assert action is not None
    action.trigger()
    new = res.sections[3]
    assert new.keyword.text() == "instructs" and new.kind == "operative" and len(new.clauses) == 1
    assert host.revealed[-1] == (new.clauses[0].uid, "text", 0)
    assert _outline(panel) == _fresh(qtbot, host)
    assert_valid(host.document)
    host.undo()
    assert to_bytes(host.document) == original


def test_keys_delete_and_move(qtbot: QtBot, host: Host) -> None:
    panel, original, noting, first, second = _second_noting_selected(qtbot, host)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert noting.clauses == [second, first]
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert noting.clauses == [first]
    assert_valid(host.document)
    host.undo()
    host.undo()
    assert to_bytes(host.document) == original


def test_a_narrow_outline_cuts_the_text_never_the_keyword_or_the_label(qtbot: QtBot, host: Host) -> None:
    panel = OutlinePanel(host)
    qtbot.addWidget(panel)
    res = host.document.proposals[0].resolution
    assert res is not None
    keyword = "instructs the Director of the Telecommunication Standardization Bureau"
    host.perform("Keyword", lambda: host.session.set_text(res.sections[2].keyword, keyword))
    metrics = QFontMetrics(panel.tree.font())
    section_item, clause_item = panel.item_of(res.sections[2].uid), panel.item_of(res.sections[0].clauses[0].uid)
    assert section_item is not None and clause_item is not None
    for item, head in ((section_item, keyword), (clause_item, "a)")):
        text = item.text(0)
        assert item.data(0, HEAD_ROLE) == len(head)
        narrow = fitted(text, len(head), metrics, metrics.horizontalAdvance(head) + 20)
        assert narrow.startswith(head)  # whole, however narrow the panel
        if len(text) > len(head) + 3:
            assert narrow.endswith("…") and len(narrow) < len(text)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("tracked", [False, True])
def test_rows_after_any_structural_edits_undo_and_redo_equal_a_fresh_outline(qtbot: QtBot, host: Host, mod_host: Host,
                                                                            seed: int, tracked: bool) -> None:
    """Only the changed rows are replaced; whatever the edits, the outline equals one built from scratch."""
    import random

    from editor.model.nodes import Node

    chosen = mod_host if tracked else host
    panel = _panel(qtbot, chosen)
    session, rng = chosen.session, random.Random(seed)

    def clauses() -> list[Clause]:
        return [c for s in _res(chosen).sections for c in s.clauses]

    seen: set[int] = set()

    def check() -> None:
        assert _outline(panel) == _fresh(qtbot, chosen)
        shown = {node.uid for node in chosen.document.walk() if isinstance(node, Section | Clause)}
        seen.update(shown)
        for node in _res(chosen).walk():
            if isinstance(node, Section | Clause):
                item = panel.item_of(node.uid)
                assert item is not None and panel.node_of(item) is node
        assert {uid for uid in seen if panel.item_of(uid) is not None} == shown  # rows that went are forgotten

    for _ in range(12):
        sections, clause = _res(chosen).sections, rng.choice(clauses())
        kind = rng.choice(["insert", "delete", "move", "move", "undo", "redo"])
        if kind == "insert":
            section = rng.choice(sections)
            chosen.perform("Insert", lambda s=section: session.insert_node(s, "clauses", rng.randrange(len(s.clauses) + 1),
                                                                          Clause("z)", "new;")))
        elif kind == "delete" and len(clause.parent.clauses) > 1:  # type: ignore[union-attr]
            chosen.perform("Delete", lambda c=clause: session.delete_node(c))
        elif kind == "move":
            target: Node = rng.choice(sections)
            chosen.perform("Move", lambda c=clause, t=target: session.move_node(c, t, "clauses", rng.randrange(len(t.clauses) + 1)))  # type: ignore[attr-defined]
        elif kind == "undo":
            session.undo()
        else:
            session.redo()
        check()


def _reads_as_typed(text: str, label: str, direction: Qt.LayoutDirection, font: QFont) -> bool:
    """Whether the label's bracket shows after its letter or number ("a)"), not before it ("(a")."""
    at = text.index(label)
    lefts = glyph_lefts(text, direction, font)
    first, bracket = lefts[at], lefts[at + len(label) - 1]
    assert first is not None and bracket is not None
    return bracket > first


def _painted(panel: OutlinePanel, node_uid: int) -> tuple[str, Qt.LayoutDirection]:
    """The text the row of `node_uid` paints, and the direction it is painted in."""
    item = panel.item_of(node_uid)
    assert item is not None
    tree = panel.tree
    index = tree.indexFromItem(item)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    delegate = tree.itemDelegate()
    assert isinstance(delegate, HeadFirst)
    delegate.initStyleOption(option, index)
    option.rect = tree.visualRect(index)
    return delegate.shown_text(option, index), option.direction


@pytest.mark.parametrize("interface", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def test_a_label_reads_as_on_the_page_in_either_direction_of_the_outline(qtbot: QtBot, interface: Qt.LayoutDirection) -> None:
    doc = arabic_document()
    panel = OutlinePanel(Host(EditSession(doc, author="Tester")))
    qtbot.addWidget(panel)
    panel.setLayoutDirection(interface)  # the Arabic interface lays the window out right to left
    panel.resize(400, 300)
    panel.show()
    res = doc.proposals[0].resolution
    assert res is not None
    font = panel.tree.font()
    for clause in res.sections[0].clauses:  # "a) أن قطاع ITU-T …", "b) …"
        label = clause.label.text()
        text, direction = _painted(panel, clause.uid)
        assert direction == interface
        assert _reads_as_typed(text, label, direction, font), f"{label!r} shows mirrored in {text!r}"
        item = panel.item_of(clause.uid)
        assert item is not None and item.text(0).startswith(label), "the row's own text stays the model's (no isolates)"
        if interface == Qt.LayoutDirection.RightToLeft:
            assert not _reads_as_typed(item.text(0), label, direction, font), "without the isolates the bracket mirrors"
            assert item.toolTip(0).startswith(LRI + label + PDI)



def test_in_the_window_the_outline_follows_the_cursor_into_a_new_clause_and_back_after_undo(qtbot: QtBot, settings, recovery_dir) -> None:  # type: ignore[no-untyped-def]
    """The panels hear where the cursor came to rest once per command (an Enter moves it three times on the way)."""
    from editor.app import build_window
    from tests.factories import base_document
    from tests.gui.conftest import answered

    window = answered(build_window(settings, recovery_dir))
    qtbot.addWidget(window)
    window.load_document(base_document())
    window.show()
    view, outline = window.view, window.panels["dock-OutlinePanel"].widget()
    res = window.controller.session.document.proposals[0].resolution
    assert res is not None
    clause = res.sections[2].clauses[0]
    view.place_cursor(clause, "text", len(clause.text.text()))
    qtbot.waitUntil(lambda: outline.selected_node() is clause)
    heard: list[object] = []
    view.node_changed.connect(heard.append)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    new = res.sections[2].clauses[1]
    assert new is not clause and not new.text.text()
    qtbot.waitUntil(lambda: outline.selected_node() is new)
    assert heard == [new]
    window.controller.undo()
    qtbot.waitUntil(lambda: outline.selected_node() is not new)
    at = view.node_at_cursor()
    assert at is not None and outline.selected_node() in [at, *_ancestors_of(at)]
    window.controller.close()


def _ancestors_of(node):  # type: ignore[no-untyped-def]
    out = []
    while node.parent is not None:
        node = node.parent
        out.append(node)
    return out


def test_an_enter_leaves_the_rows_until_the_typing_pauses_then_they_follow(qtbot: QtBot, host: Host) -> None:
    """A new clause and the cursor's move into it reach the tree once, after the pause, not on the key itself."""
    from editor.editing import structure

    panel = _panel(qtbot, host)
    before = _rows(panel.tree.invisibleRootItem())
    first = _res(host).sections[0].clauses[0]
    places = []
    host.perform("New clause", lambda: places.append(structure.new_clause_after(host.session, first)))
    place = places[0]
    assert place is not None
    panel.show_node(place[0])  # the cursor came to the new clause meanwhile
    assert _rows(panel.tree.invisibleRootItem()) == before  # nothing laid out again yet
    qtbot.waitUntil(lambda: _rows(panel.tree.invisibleRootItem()) != before)
    assert _rows(panel.tree.invisibleRootItem()) == _fresh(qtbot, host)
    assert panel.selected_node() is place[0]


def test_a_click_on_the_tree_acts_on_rows_brought_up_to_date(qtbot: QtBot, host: Host) -> None:
    from PySide6.QtTest import QTest

    panel = _panel(qtbot, host)
    res = _res(host)
    clause = res.sections[0].clauses[1]
    item = panel.tree.invisibleRootItem().child(0)
    assert item is not None
    host.perform("Delete", lambda: host.session.delete_node(res.sections[0].clauses[0]))
    rect = panel.tree.visualItemRect(panel.item_of(clause.uid))  # type: ignore[arg-type]
    stale = _rows(panel.tree.invisibleRootItem())
    host.perform("Type", lambda: host.session.insert_text(clause.text, 0, "all "))
    assert _rows(panel.tree.invisibleRootItem()) == stale
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.tree.currentItem() is panel.item_of(clause.uid)
    assert host.revealed[-1][0] == clause.uid and "all the duties" in panel.tree.currentItem().text(0)  # type: ignore[union-attr]
