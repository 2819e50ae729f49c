"""Comments in the window: New Comment on the selection, the highlight, the Comments panel, next/previous, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from editor.gui.comments_panel import CommentsPanel
from editor.gui.document_view.decorations import COMMENT, COMMENT_RESOLVED
from editor.model.comments import Anchor
from editor.model.nodes import Clause, Resolution
from editor.model.session import EditSession
from tests.factories import FIXED_DATE, assert_valid, commented_document
from tests.gui.conftest import Host


def _res(window) -> Resolution:  # type: ignore[no-untyped-def]
    res = window.view.session.document.proposals[0].resolution
    assert res is not None
    return res


def _highlighted(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The words under a comment highlight on screen."""
    return [sel.cursor.selectedText() for sel in window.view.decorations.selections() if sel.format.background().color() == COMMENT]


def _first_clause(window) -> Clause:  # type: ignore[no-untyped-def]
    return _res(window).sections[0].clauses[0]


def test_new_comment_is_left_on_the_selected_words_highlighted_and_undone(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    clause = _first_clause(window)
    start = clause.text.text().index("purposes")
    assert window.view.select_range(clause.uid, "text", start, start + len("purposes"))
    assert window.comments.act_new.shortcut() == QKeySequence("Ctrl+Alt+M")
    assert window.comments.act_new in window.review_menu.actions()
    window.comments.ask_text = lambda: "Which purposes?"
    window.comments.act_new.trigger()
    comments = window.view.session.document.comments
    assert [(c.text, c.author, c.quoted()) for c in comments] == [("Which purposes?", "Tester", "purposes")]
    qtbot.waitUntil(lambda: _highlighted(window) == ["purposes"])
    assert window.isWindowModified()
    assert_valid(window.view.session.document)
    window.controller.undo()
    assert window.view.session.document.comments == []
    assert _highlighted(window) == []  # the highlight goes with the comment, as the view is painted next
    window.controller.redo()
    assert [c.text for c in window.view.session.document.comments] == ["Which purposes?"]


def _background(window, words: str) -> object:  # type: ignore[no-untyped-def]
    """The colour drawn under `words` on screen."""
    return next(sel.format.background().color() for sel in window.view.decorations.selections()
                if sel.cursor.selectedText() == words)


def test_resolving_a_comment_greys_its_highlight_and_undo_brings_it_back(window) -> None:  # type: ignore[no-untyped-def]
    clause = _first_clause(window)
    start = clause.text.text().index("purposes")
    assert window.view.select_range(clause.uid, "text", start, start + len("purposes"))
    comment = window.comments.new_comment("Which purposes?")
    assert comment is not None and _background(window, "purposes") == COMMENT
    window.controller.perform("Resolve comment", lambda: window.view.session.resolve_comment(comment, True), records=False)
    assert _background(window, "purposes") == COMMENT_RESOLVED  # the same comment, changed in place
    window.controller.undo()
    assert _background(window, "purposes") == COMMENT


def test_without_a_selection_the_comment_is_on_the_whole_clause(window) -> None:  # type: ignore[no-untyped-def]
    clause = _first_clause(window)
    window.view.place_cursor(clause, "text", 3)
    comment = window.comments.new_comment("On the whole clause")
    assert comment is not None and comment.anchor.node is clause and comment.anchor.field is None


def test_typing_before_the_commented_words_keeps_the_highlight_on_them(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    clause = _first_clause(window)
    start = clause.text.text().index("Union")
    window.view.select_range(clause.uid, "text", start, start + len("Union"))
    window.comments.new_comment("Which Union?")
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "all ")
    qtbot.waitUntil(lambda: _highlighted(window) == ["Union"])
    assert window.view.session.document.comments[0].quoted() == "Union"


def test_next_and_previous_comment_walk_the_comments_in_text_order(window) -> None:  # type: ignore[no-untyped-def]
    res = _res(window)
    later, earlier = res.sections[1].clauses[0], res.sections[0].clauses[0]
    for clause, text in ((later, "second"), (earlier, "first")):
        window.view.select_range(clause.uid, "text", 0, 3)
        window.comments.new_comment(text)
    window.view.place_cursor(res.sections[0], "keyword", 0)
    assert window.comments.go(True).text == "first"
    assert window.view.textCursor().selectedText() == earlier.text.text()[:3]
    assert window.comments.go(True).text == "second"
    assert window.comments.go(True) is None
    assert window.comments.go(False).text == "first"


def test_the_panel_is_docked_and_follows_new_comment(qtbot: QtBot, settings, recovery_dir) -> None:  # type: ignore[no-untyped-def]
    from editor.app import build_window
    from tests.gui.conftest import answered

    win = answered(build_window(settings, recovery_dir))
    qtbot.addWidget(win)
    doc, _ = commented_document()
    win.load_document(doc)
    win.show()
    panel = win.findChild(CommentsPanel)
    assert panel is not None
    dock = next(d for d in win.panels.values() if d.widget() is panel)
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: len(panel.comments) == 3)
    clause = win.view.session.document.proposals[0].resolution.sections[2].clauses[0]
    win.view.select_range(clause.uid, "text", 0, 2)
    made = win.comments.new_comment("Fourth")
    assert made in panel.comments and panel.selected() is made
    win.save_answer = "discard"
    win.controller.close()


def _panel(qtbot: QtBot) -> tuple[CommentsPanel, Host]:
    _, session = commented_document()
    host = Host(EditSession(session.document, author="ITU", clock=lambda: FIXED_DATE))
    panel = CommentsPanel(host)
    qtbot.addWidget(panel)
    panel.show()
    return panel, host


def _rows(panel: CommentsPanel) -> list[list[str]]:
    model = panel.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_panel_lists_comments_in_text_order_with_their_replies(qtbot: QtBot) -> None:
    panel, _ = _panel(qtbot)
    rows = _rows(panel)
    assert [r[2] for r in rows] == ["Replaced by the new revision.", "Which purposes? Cite Article 1.", "Check the order of the noting clauses."]
    assert [r[3] for r in rows][:2] == ["Hammamet", "purposes"] and rows[1][4] == "1"
    assert panel.summary.text() == "3 comment(s), 2 open"
    assert panel.select_next() and panel.select_next()
    assert "Those of Article 1 of the Constitution." in panel.thread_box.toPlainText()
    assert panel.model.rows[2].resolved
    font = panel.model.data(panel.model.index(2, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()


def test_selecting_a_comment_reveals_its_words(qtbot: QtBot) -> None:
    panel, host = _panel(qtbot)
    assert panel.select_row(1)
    comment = panel.selected()
    assert comment is not None
    assert host.revealed[-1] == (comment.anchor.node.uid, "text", comment.anchor.start)


def test_reply_resolve_and_delete_are_each_one_undo_step(qtbot: QtBot) -> None:
    panel, host = _panel(qtbot)
    panel.select_row(1)
    comment = panel.selected()
    assert comment is not None
    assert panel.reply_selected("Agreed.")
    assert [r.text for r in comment.replies][-1] == "Agreed." and comment.replies[-1].author == "ITU"
    assert panel.toggle_resolved() and comment.resolved
    assert panel.resolve_button.text() == "Reopen"
    assert panel.delete_selected()
    assert comment not in host.document.comments and len(_rows(panel)) == 2
    assert host.labels == ["Reply to comment", "Resolve comment", "Delete comment"]
    host.undo()
    qtbot.waitUntil(lambda: len(_rows(panel)) == 3)
    host.undo()
    assert not comment.resolved
    host.undo()
    assert [r.text for r in comment.replies] == ["Those of Article 1 of the Constitution."]
    assert_valid(host.document)


def test_a_reply_cancelled_changes_nothing(qtbot: QtBot) -> None:
    panel, host = _panel(qtbot)
    panel.select_row(0)
    panel.ask_text = lambda title, prompt: None  # type: ignore[method-assign]
    assert not panel.reply_selected()
    assert host.labels == []


def test_a_comment_on_a_block_that_is_deleted_goes_with_it_and_comes_back_on_undo(qtbot: QtBot) -> None:
    _panel_widget, host = _panel(qtbot)
    res = host.document.proposals[0].resolution
    assert res is not None
    clause = res.sections[0].clauses[0]
    host.session.tracking = False
    host.session.add_comment(Anchor(clause), "whole clause")
    host.perform("Delete", lambda: host.session.delete_node(clause))
    assert not any(c.anchor.node is clause for c in host.document.comments)
    host.undo()
    assert sum(1 for c in host.document.comments if c.anchor.node is clause) == 2
