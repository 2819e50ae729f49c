"""A drafter's day in the window: each defect once seen in everyday editing, as the drafter met it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from editor.controller import DocumentController
from editor.gui.document_view import DocumentView
from editor.gui.main_window import MainWindow
from editor.model import Clause, Inline, Span
from editor.model.body import Cell, Part, Row
from editor.model.nodes import Annex, Resolution, Section
from editor.model.views import project
from editor.revisions import review
from editor.xmlio import read_bytes, to_bytes
from tests.factories import assert_valid, base_document, body_document, mod_document


def _res(window: MainWindow) -> Resolution:
    res = next(window.controller.session.document.resolutions())
    return res


def _fingerprint(view: DocumentView) -> list[tuple[int, str, tuple[tuple[str, bool, bool, bool, bool, str], ...]]]:
    """What the drafter sees, paragraph by paragraph: the node, the text, and each stretch's look."""
    out = []
    block = view.document().begin()
    while block.isValid():
        fragments = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            fragments.append((fragment.text(), fmt.fontItalic(), fmt.font().bold(), fmt.fontUnderline(), fmt.fontStrikeOut(),
                              fmt.foreground().color().name()))
            it += 1
        out.append((block.userState(), block.text(), tuple(fragments)))
        block = block.next()
    return out


def _fresh(view: DocumentView) -> list[tuple[int, str, tuple[tuple[str, bool, bool, bool, bool, str], ...]]]:
    other = DocumentView(view.controller)
    other.set_view_mode(view.mode)
    try:
        return _fingerprint(other)
    finally:
        other.deleteLater()


def _select_paragraphs(view: DocumentView, first: int, last: int, *, into_next: bool) -> None:
    """From the start of paragraph `first` to the end of `last` (or to the start of the paragraph after it)."""
    end = (last + 1, 0) if into_next and last + 1 < len(view.page.blocks) else (last, len(view.page.blocks[last].shown()))
    view.select((first, 0), end)


# 1 -- a whole clause selected and deleted goes as one block ----------------------------------------------

@pytest.mark.parametrize("into_next", [False, True], ids=["to its end", "to the start of the next"])
def test_a_whole_clause_selected_and_deleted_is_struck_as_a_block_in_a_mod(qtbot, into_next: bool) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    controller = DocumentController(doc, author="ARB")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    res = next(doc.resolutions())
    noting = res.sections[1]
    clause = noting.clauses[1]
    spans = [list(clause.label.spans), list(clause.text.spans)]
    own = view.page.own(clause.uid)[0]
    _select_paragraphs(view, own, own, into_next=into_next)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert clause.change is not None and clause.change.kind == "del"
    assert [clause.label.spans, clause.text.spans] == spans  # one block mark, no struck text left in an empty clause
    final = project(doc, "final")
    assert [c.label.text() for c in next(final.resolutions()).sections[1].clauses] == ["a)", "c)"]  # no blank paragraph
    assert any(p.rule.startswith("lettering.") for p in controller.problems())  # the gap c) after a) is reported
    view.set_view_mode("final")
    clause_paragraphs = [b.shown() for b in view.page.blocks if isinstance(b.node, Clause)]
    assert "" not in clause_paragraphs and "b)\t" not in clause_paragraphs
    assert_valid(doc)


def test_a_clause_selected_by_triple_click_and_deleted_goes_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    considering = _res(window).sections[0]
    clause = considering.clauses[0]
    view.place_cursor(clause, "text", 5)
    rect = view.cursorRect()
    point = rect.center()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # the third click of a triple-click
    assert clause.text.text() in view.textCursor().selectedText()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert clause not in considering.clauses and len(considering.clauses) == 1  # untracked: the clause is gone
    assert view.location() is not None and view.location()[0] is considering.clauses[0]  # type: ignore[index]
    assert_valid(window.controller.session.document)


def test_a_selection_from_inside_one_clause_to_inside_a_later_one_joins_what_is_left(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    considering = _res(window).sections[2]
    first, second, third = considering.clauses[:3]
    head, rest = first.text.text()[:4], third.text.text()[4:]
    start = view.page.spot_of(first.uid, "text", 4)
    end = view.page.spot_of(third.uid, "text", 4)
    assert start is not None and end is not None
    view.select(start, end)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert considering.clauses[0] is first and second not in considering.clauses and third not in considering.clauses
    assert first.text.text() == head + rest  # what was left of the third clause joined the first, as Word joins paragraphs
    assert view.location() == (first, "text", 4)
    assert_valid(window.controller.session.document)


# 2 -- the printed page keeps ISO/IEC whole ------------------------------------------------------------------

def test_print_does_not_break_a_line_after_a_slash_inside_a_word() -> None:
    from editor.export.text_formats import WORD_JOINER, print_text, qt_text

    assert print_text("ISO/IEC JTC 1 and ITU-R/ITU-T") == f"ISO/{WORD_JOINER}IEC JTC 1 and ITU-R/{WORD_JOINER}ITU-T"
    assert print_text("and / or, 1/") == "and / or, 1/"
    assert qt_text("ISO/IEC") == "ISO/IEC"  # the screen keeps the model's characters one for one


# 3 -- after any command, undo and redo, the view equals a fresh render of the model ----------------------

COMMANDS = st.lists(st.tuples(st.integers(0, 12), st.integers(0, 10_000)), min_size=1, max_size=12)


def _command(window: MainWindow, qtbot, kind: int, pick: int) -> None:  # type: ignore[no-untyped-def]
    view, controller = window.view, window.controller
    doc = controller.session.document
    clauses = [n for n in doc.walk() if isinstance(n, Clause | Cell) and isinstance(n.parent, Section | Clause | Part | Annex | Row)]
    if not clauses:
        return
    clause = clauses[pick % len(clauses)]
    length = len(clause.text.text("markup"))
    if kind in (0, 1, 2, 3, 4, 5, 6):
        view.place_cursor(clause, "text", pick % (length + 1))
    if kind == 0:
        qtbot.keyClicks(view, "xy ")
    elif kind == 1:
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    elif kind == 2:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    elif kind == 3:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    elif kind == 4:
        qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    elif kind == 5:
        own = view.page.own(clause.uid)[0]
        _select_paragraphs(view, own, own, into_next=bool(pick % 2))
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    elif kind == 6:
        QGuiApplication.clipboard().setText("z)\tthat a pasted clause;\nthat another one,")
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    elif kind == 7:
        from editor.rules.engine import fix_all

        controller.perform("Fix all", lambda: fix_all(controller.session))
    elif kind == 8:
        changes = review.list_changes(doc)
        if changes:
            verb = review.accept if pick % 2 else review.reject
            controller.perform("Review", lambda: verb(controller.session, [changes[pick % len(changes)]]), records=False)
    elif kind == 9:
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    elif kind == 10:
        qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    elif kind == 11:
        controller.perform("Accept all", lambda: review.accept_all(controller.session), records=False)
    elif kind == 12:
        window.act_track.trigger()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(COMMANDS, st.sampled_from(["plain", "marked", "body"]))
def test_the_view_equals_a_fresh_render_after_any_commands_undo_and_redo(window, qtbot, commands: list[tuple[int, int]],  # type: ignore[no-untyped-def]
                                                                       which: str) -> None:
    start = {"plain": base_document, "marked": lambda: mod_document()[0], "body": body_document}[which]()
    window.load_document(read_bytes(to_bytes(start)))
    view = window.view
    for kind, pick in commands:
        _command(window, qtbot, kind, pick)
        assert _fingerprint(view) == _fresh(view)
    for mode in ("final", "original", "markup"):
        window.set_view_mode(mode)
        assert _fingerprint(view) == _fresh(view)
    assert_valid(window.controller.session.document)


def test_fix_all_on_the_imported_seed_shows_the_new_labels_and_undo_the_old(window, qtbot, seed_path, qtlog) -> None:  # type: ignore[no-untyped-def]
    window.import_text(seed_path)
    view = window.view
    assert "b)\tthe increasing financial burdens" in view.toPlainText()
    problems = window.panels.get("dock-ProblemsPanel")
    from editor.rules.engine import fix_all

    window.controller.perform("Fix all", lambda: fix_all(window.controller.session))
    assert _fingerprint(view) == _fresh(view)
    assert "d)\tthe increasing financial burdens" in view.toPlainText().replace("b)d)", "d)")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _fingerprint(view) == _fresh(view)
    assert "b)\tthe increasing financial burdens" in view.toPlainText() and "b)d)" not in view.toPlainText()
    assert not [r for r in qtlog.records if "out of range" in r.message]
    assert problems is None or problems.widget() is not None


# 4 -- the page sits in the middle; a click beside a line lands on that line -------------------------------

def test_the_page_is_centred_and_a_click_beside_a_line_puts_the_cursor_on_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1600, 900)
    view = window.view
    qtbot.wait(10)
    width = view.viewport().width()
    left, right = view.sheet.left(), view.sheet.right()
    assert abs(left - (width - right)) <= 2, (left, right, width)  # as much white on each side
    clause = _res(window).sections[0].clauses[1]
    view.place_cursor(clause, "label", 0)
    y = view.cursorRect().center().y()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(width - 5, y))
    place = view.location()
    assert place is not None and place[0] is clause  # on that line, not at the end of the document
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, y))
    assert view.location() is not None and view.location()[0] is clause  # type: ignore[index]


# 5 -- Next Change from the very top ---------------------------------------------------------------------

def test_next_change_from_the_top_selects_the_first_change_and_the_changes_list_follows(qtbot, settings, recovery_dir) -> None:  # type: ignore[no-untyped-def]
    from editor.app import build_window

    window = build_window(settings, recovery_dir)
    qtbot.addWidget(window)
    window.load_document(mod_document()[0])
    window.show()
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    change = window.review.next_change()
    first = review.list_changes(window.controller.session.document)[0]
    assert change is not None and change.mark == first.mark
    assert view.textCursor().selectedText() == first.text  # the change itself is selected
    panel = window.panels["dock-ChangesPanel"].widget()
    assert panel.selected() is not None and panel.selected().mark == first.mark
    last = review.list_changes(window.controller.session.document)[-1]
    view.select_range(last.node.uid, last.field or "text", last.end, last.end)
    assert window.review.next_change() is None
    assert window.statusBar().currentMessage() == "No more changes."
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == ""  # the message goes when it no longer applies
    window.controller.close()


# 6 -- the keyboard can leave the text ---------------------------------------------------------------------

def test_ctrl_tab_leaves_the_text_and_f6_cycles_through_the_panes(qtbot, settings, recovery_dir) -> None:  # type: ignore[no-untyped-def]
    from editor.app import build_window

    window = build_window(settings, recovery_dir)
    qtbot.addWidget(window)
    window.load_document(base_document())
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    before = to_bytes(window.controller.session.document)
    clause = _res(window).sections[1].clauses[1]
    view.place_cursor(clause, "text", 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert to_bytes(window.controller.session.document) == before  # not demoted
    assert QGuiApplication.focusObject() is not view  # the keyboard left the text
    qtbot.wait(50)  # tabified panels are hidden behind their tabs once the layout has settled
    shown = [dock.widget() for dock in window.panels.values() if dock.widget().isVisible()]
    assert len(shown) >= 3
    view.setFocus()
    focused = []
    for _ in range(len(shown) + 1):
        window.act_next_pane.trigger()
        focused.append(QGuiApplication.focusObject())
    assert all(any(pane is f or pane.isAncestorOf(f) for f in focused) for pane in shown), "F6 reaches every panel shown"
    assert focused[-1] is view, "and comes back to the text"
    window.act_previous_pane.trigger()
    assert any(QGuiApplication.focusObject() is f for f in focused[-2:-1]) or shown[-1].isAncestorOf(QGuiApplication.focusObject())
    window.controller.close()


# 7 -- Replace All works on the live text and says how many --------------------------------------------------

def test_replace_all_leaves_struck_text_alone_and_says_how_many(qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.gui.find_replace import FindReplaceDialog

    doc, _ = mod_document()
    controller = DocumentController(doc, author="ARB")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    res = next(doc.resolutions())
    deleted = res.sections[1].clauses[0]
    controller.perform("Delete", lambda: controller.session.delete_text(deleted.text, 0, len(deleted.text.text())))
    assert "working" in deleted.text.text("original")
    dialog = FindReplaceDialog(view)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("the")
    dialog.replace_edit.setText("THE")
    live = sum("".join(s.text for s in i.spans if s.mark is None or s.mark.kind == "ins").casefold().count("the")
               for n in doc.walk() for i in n.inlines())
    count = dialog.replace_all()
    assert count == live > 0
    assert dialog.status.text() == f"Replaced {count} occurrence(s)."
    assert not any(s.mark is not None and s.mark.kind == "ins" for s in deleted.text.spans)  # nothing inserted into the deletion
    dialog.words_box.setChecked(True)
    dialog.case_box.setChecked(True)
    dialog.find_edit.setText("THE")
    assert all(m.end - m.start == 3 for m in dialog._matches())
    assert_valid(doc)


# 8 -- line and paragraph separators inside a clause ------------------------------------------------------------

@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_separator_inside_a_clause_from_a_file_keeps_typing_where_the_cursor_is(qtbot, separator: str) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    clause = next(doc.resolutions()).sections[0].clauses[0]
    clause.text = Inline([Span(f"first part{separator}second part;")])
    clause._adopt()
    controller = DocumentController(doc, author="T")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    view.place_cursor(clause, "text", len("first part") + 1 + len("second"))
    qtbot.keyClicks(view, "X")
    assert clause.text.text() == f"first part{separator}secondX part;"
    assert view.location() == (clause, "text", len("first part") + 1 + len("secondX"))
    assert _fingerprint(view) == _fresh(view)
    assert_valid(doc)


def test_pasted_separators_become_clause_breaks(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    noting = _res(window).sections[1]
    view.place_cursor(noting.clauses[1], "text", len(noting.clauses[1].text.text()))
    QGuiApplication.clipboard().setText("c)\tthat one;\u2029d)\tthat two\u2028with a line break;\x0ce)\tthat three,")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(c.label.text(), c.text.text()) for c in noting.clauses][2:] == [
        ("c)", "that one;"), ("d)", "that two with a line break;"), ("e)", "that three,")]
    assert_valid(window.controller.session.document)


# 9 -- characters a file cannot hold never get in -----------------------------------------------------------

@pytest.mark.parametrize(("bad", "typed"), [("\x0b", "odd text "), ("\x00", "oddtext "), ("\x1b", "oddtext "), ("\ufffe", "oddtext "),
                                           ("\x07", "oddtext ")])
def test_a_paste_holding_a_control_character_leaves_a_document_that_saves(window, qtbot, tmp_path, bad: str, typed: str) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    clause = _res(window).sections[0].clauses[0]
    view.place_cursor(clause, "text", 0)
    QGuiApplication.clipboard().setText(f"odd{bad}text ")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert clause.text.text().startswith(typed)
    kept = window.controller.autosave(now=True)  # the recovery copy is written (a kill now loses nothing) ...
    assert kept is not None and read_bytes(kept.read_bytes()).proposals
    target = tmp_path / "saved.xml"
    window.controller.save(target)  # ... and so is the document
    assert bad not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("field", ["identifier", "source"])
def test_a_control_character_in_a_properties_field_is_left_out(window, field: str) -> None:  # type: ignore[no-untyped-def]
    doc = mod_document()[0]
    window.load_document(doc)
    target = doc.proposals[0] if field == "identifier" else doc.cover
    window.controller.perform("Change", lambda: window.controller.session.set_attr(target, field, "ARB/36A2\x1b/1"))
    assert getattr(target, field) == "ARB/36A2/1"
    assert_valid(doc)


def test_the_cursor_never_lands_outside_the_document_after_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    clause = _res(window).sections[2].clauses[0]
    view.place_cursor(clause, "text", 3)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "new")
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    window.controller.undo()
    window.controller.undo()
    assert 0 <= view.textCursor().position() < view.document().characterCount()
    assert _fingerprint(view) == _fresh(view)
