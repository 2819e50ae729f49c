"""The document view driven with the keyboard, as a drafter types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextBlock, QTextCharFormat, QTextCursor

from editor.controller import DocumentController
from editor.gui.document_view import DocumentView
from editor.model import Clause, Inline, Resolution
from editor.model.nodes import attached
from editor.xmlio import to_bytes
from tests.factories import assert_valid, base_document, mod_document


def _res(view: DocumentView) -> Resolution:
    res = view.session.document.proposals[0].resolution
    assert res is not None
    return res


def _fresh_text(view: DocumentView) -> str:
    """What a view built from scratch shows: the incremental updates must match it."""
    other = DocumentView(view.controller)
    try:
        return other.toPlainText()
    finally:
        other.deleteLater()


def test_layout_reads_like_the_printed_resolution(window) -> None:  # type: ignore[no-untyped-def]
    lines = window.view.toPlainText().split("\n")
    assert lines[0] == ""  # the filler block Qt keeps before the proposal's frame
    lines = lines[1:]
    assert lines[0] == "RESOLUTION 7 (Rev. Hammamet, 2016)"
    assert lines[1:3] == ["Collaboration with the International Organization for Standardization",
                          "and the International Electrotechnical Commission"]
    assert lines[3] == "(Malaga-Torremolinos, 1984; Helsinki, 1993; Hammamet, 2016)"
    assert "considering" in lines
    assert "a)\tthe purposes of the Union set forth in Article 1 of the ITU Constitution;" in lines
    assert "–\tfor work where text should be drawn up mutually; and" in lines
    block = window.view.document().begin()
    while block.text() != "considering":
        block = block.next()
    assert block.userState() == _res(window.view).sections[0].uid
    assert block.next().userState() == _res(window.view).sections[0].clauses[0].uid


def test_typing_merges_into_one_step_and_undo_restores_exact_bytes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    before = to_bytes(view.session.document)
    clause = _res(view).sections[0].clauses[0]
    view.place_cursor(clause, "text", 4)
    qtbot.keyClicks(view, "agreed ")
    assert clause.text.text() == "the agreed purposes of the Union set forth in Article 1 of the ITU Constitution;"
    assert len(window.controller.session.undo_stack) == 1
    assert window.isWindowModified()
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert to_bytes(view.session.document) == before
    assert not window.isWindowModified()
    window.controller.redo()
    assert "agreed" in clause.text.text()
    assert view.toPlainText() == _fresh_text(view)
    assert view.location() is not None
    assert_valid(view.session.document)


def test_enter_splits_the_clause_and_letters_the_new_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    considering = _res(view).sections[0]
    first = considering.clauses[0]
    cut = first.text.text().index("set forth")
    view.place_cursor(first, "text", cut)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [c.label.text() for c in considering.clauses] == ["a)", "b)", "b)"]
    assert considering.clauses[1].text.text() == "set forth in Article 1 of the ITU Constitution;"
    assert first.text.text() == "the purposes of the Union "
    assert view.location() == (considering.clauses[1], "text", 0)
    qtbot.keyClicks(view, "x")
    assert considering.clauses[1].text.text().startswith("xset forth")
    assert view.toPlainText() == _fresh_text(view)
    assert_valid(view.session.document)


def test_tab_and_shift_tab_move_in_and_out_of_a_sub_item_level(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    before = to_bytes(view.session.document)
    noting = _res(view).sections[1]
    second = noting.clauses[1]
    view.place_cursor(second, "text", 3)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert noting.clauses[0].items == [second]
    assert second.level == 1
    assert view.location() == (second, "text", 3)
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert noting.clauses[1] is second and second.level == 0
    assert to_bytes(view.session.document) == before
    assert view.toPlainText() == _fresh_text(view)
    assert_valid(view.session.document)


def test_backspace_at_the_start_of_an_empty_clause_removes_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    considering = _res(view).sections[0]
    last = considering.clauses[-1]
    view.place_cursor(last, "text", len(last.text.text()))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(considering.clauses) == 3
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert len(considering.clauses) == 2
    assert view.location() == (last, "text", len(last.text.text()))
    assert view.toPlainText() == _fresh_text(view)
    assert_valid(view.session.document)


def test_pasting_several_paragraphs_creates_clauses(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    noting = _res(view).sections[1]
    view.place_cursor(noting.clauses[1], "text", 0)
    QGuiApplication.clipboard().setText("c)\tthat the first pasted clause;\nd) that the second pasted clause,\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [c.label.text() for c in noting.clauses] == ["a)", "b)", "c)", "d)"]
    assert noting.clauses[3].text.text() == "that the second pasted clause,"
    assert len(window.controller.session.undo_stack) == 1
    window.controller.undo()
    assert len(noting.clauses) == 2
    assert view.toPlainText() == _fresh_text(view)
    assert_valid(view.session.document)


def test_one_line_paste_is_typed_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    clause = _res(view).sections[2].clauses[0]
    view.place_cursor(clause, "text", 0)
    QGuiApplication.clipboard().setText("also ")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert clause.text.text().startswith("also to invite")
    assert_valid(view.session.document)


def test_markup_in_clause_text_is_shown_as_characters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    clause = _res(view).sections[0].clauses[0]
    view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(view, '<b>x</b><img src="file:///etc/passwd">')
    assert '<b>x</b><img src="file:///etc/passwd">the purposes' in view.toPlainText()
    assert "\ufffc" not in view.toPlainText()  # no image object was created
    assert_valid(view.session.document)


def test_bold_and_italic_apply_to_the_selection(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    clause = _res(view).sections[0].clauses[0]
    view.place_cursor(clause, "text", 4)
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 8)
    view.setTextCursor(cursor)
    window.act_bold.trigger()
    assert [s.text for s in clause.text.spans if s.bold] == ["purposes"]
    window.act_bold.trigger()
    assert not any(s.bold for s in clause.text.spans)
    window.act_italic.trigger()
    assert [s.text for s in clause.text.spans if s.italic] == ["purposes"]
    assert_valid(view.session.document)


def test_track_changes_records_marks_and_shows_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    controller = DocumentController(doc, author="ARB")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    assert controller.session.tracking
    clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    view.place_cursor(clause, "text", 4)
    qtbot.keyClicks(view, "new ")
    inserted = [s for s in clause.text.spans if s.mark is not None]
    assert [s.text for s in inserted] == ["new "] and inserted[0].mark.kind == "ins"  # type: ignore[union-attr]
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(clause.uid, "text", 5))  # type: ignore[arg-type]
    assert cursor.charFormat().fontUnderline()
    view.place_cursor(clause, "text", 12)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    deleted = [s for s in clause.text.spans if s.mark is not None and s.mark.kind == "del"]
    assert [s.text for s in deleted] == ["p"]  # "the new purp|oses": the p before the cursor
    cursor.setPosition(view.position_of(clause.uid, "text", 11) + 1)  # type: ignore[operator]
    assert cursor.charFormat().fontStrikeOut()
    assert view.page.blocks[view.spot(cursor.position())[0]].has_marks()
    assert_valid(doc)


def test_final_and_original_views_resolve_marks_and_are_read_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    controller = DocumentController(doc, author="ARB")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    markup = view.toPlainText()
    assert "Hammamet, 2016Geneva, 2022" in markup
    view.set_view_mode("final")
    assert "(Rev. Geneva, 2022)" in view.toPlainText()
    assert "c)\tthe increasing cost" in view.toPlainText()
    assert view.isReadOnly()
    qtbot.keyClicks(view, "zzz")
    assert "zzz" not in view.toPlainText()
    view.set_view_mode("original")
    assert "(Rev. Hammamet, 2016)" in view.toPlainText()
    assert "increasing cost" not in view.toPlainText()
    view.set_view_mode("markup")
    assert view.toPlainText() == markup


def test_find_and_replace_all_is_one_undo_step(window) -> None:  # type: ignore[no-untyped-def]
    before = to_bytes(window.controller.session.document)
    dialog = window.find_replace(True)
    dialog.find_edit.setText("coordination")
    dialog.replace_edit.setText("cooperation")
    assert dialog.find_next() is not None
    assert window.view.textCursor().selectedText() == "coordination"
    assert dialog.replace_all() == 3
    assert "coordination" not in window.view.toPlainText()
    assert len(window.controller.session.undo_stack) == 1
    window.controller.undo()
    assert to_bytes(window.controller.session.document) == before
    dialog.close()


def test_structural_edits_from_elsewhere_update_the_view(window) -> None:  # type: ignore[no-untyped-def]
    """A panel inserting through the host: the view shows it and stays consistent."""
    res = _res(window.view)
    window.controller.perform("Insert", lambda: window.controller.session.insert_node(res.sections[2], "clauses", 0, Clause("0", "new first;")))
    assert "0\tnew first;" in window.view.toPlainText()
    window.controller.perform("Delete", lambda: window.controller.session.delete_node(res.sections[0]))
    assert "considering" not in window.view.toPlainText()
    assert window.view.toPlainText() == _fresh_text(window.view)
    window.controller.undo()
    window.controller.undo()
    assert window.view.toPlainText() == _fresh_text(window.view)
    assert_valid(window.controller.session.document)


def test_problems_are_underlined_with_their_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    considering = doc.proposals[0].resolution.sections[0]  # type: ignore[union-attr]
    considering.clauses[-1].text = Inline.plain("the duties of the ITU Telecommunication Standardization Sector;")
    considering.clauses[-1]._adopt()
    controller = DocumentController(doc, author="T")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    wrong = [p for p in controller.problems() if p.node_uid == considering.clauses[-1].uid]
    assert wrong, "the last clause of a preambular section must end with a comma"
    underlined = [s for s in view.decorations.selections() if s.cursor.block().userState() == considering.clauses[-1].uid]
    assert underlined and underlined[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert underlined[0].cursor.selectedText() == ";"  # the wrong punctuation mark, not the whole clause
    rect = view.cursorRect(underlined[0].cursor)
    assert wrong[0].message in [p.message for p in view.problems_at(rect.center())]
    # fixing it by typing removes the underline
    clause = considering.clauses[-1]
    view.place_cursor(clause, "text", len(clause.text.text()))
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    qtbot.keyClicks(view, ",")
    assert not [p for p in controller.problems() if p.node_uid == clause.uid]
    assert not [s for s in view.decorations.selections() if s.cursor.block().userState() == clause.uid]
    assert_valid(doc)


def test_cursor_stays_on_a_live_node_across_undo_and_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    noting = _res(view).sections[1]
    view.place_cursor(noting.clauses[1], "text", 5)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "new")
    window.controller.undo()
    window.controller.undo()
    node, field, offset = view.location()
    assert attached(node, view.session.document) and field in ("label", "text") and offset <= len(getattr(node, field).text())
    window.controller.redo()
    window.controller.redo()
    node, field, _ = view.location()
    assert attached(node, view.session.document)
    qtbot.keyClicks(view, "x")  # typing still lands in the document
    assert_valid(view.session.document)


def test_shift_enter_is_a_line_break_in_the_title_and_fixed_text_is_not_edited(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    res = _res(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    view.place_cursor(res, "title", 13)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert res.title.text().startswith("Collaboration\n with")
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(res.uid, "number", 0) - 3)  # inside "RESOLUTION "
    view.setTextCursor(cursor)
    before = view.toPlainText()
    qtbot.keyClicks(view, "zz")
    assert view.toPlainText() == before and messages
    assert_valid(view.session.document)


def test_footnote_references_show_their_key_and_keep_offsets_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.model import Footnote, Span

    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    clause = res.sections[0].clauses[0]
    clause.text = Inline([Span("the purposes"), Span("", footnote="1"), Span(" of the Union;")])
    clause._adopt()
    res.footnotes.append(Footnote("1", "Article 1 of the Constitution."))
    res._adopt()
    controller = DocumentController(doc, author="T")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    assert "a)\tthe purposes1 of the Union;" in view.toPlainText()
    assert "1\tArticle 1 of the Constitution." in view.toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(clause.uid, "text", 12) + 1)  # after the marker
    assert cursor.charFormat().verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    # typing after the reference lands after it in the model
    view.place_cursor(clause, "text", 13)
    qtbot.keyClicks(view, "X")
    assert clause.text.text() == "the purposes Xof the Union;"
    assert [s.footnote for s in clause.text.spans if s.footnote] == ["1"]
    assert view.location() == (clause, "text", 14)
    # a selection over the reference deletes it with the text, as in Word; undo brings it back
    start = view.position_of(clause.uid, "text", 8)
    cursor.setPosition(start)
    cursor.setPosition(view.position_of(clause.uid, "text", 14), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert clause.text.text() == "the purpof the Union;"
    assert not [s.footnote for s in clause.text.spans if s.footnote]
    controller.undo()
    assert [s.footnote for s in clause.text.spans if s.footnote] == ["1"]
    assert "the purposes1 Xof the Union;" in view.toPlainText()
    assert view.toPlainText() == _fresh_text(view)
    assert_valid(doc)


def test_insert_footnote_puts_a_reference_and_opens_its_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    before = to_bytes(view.session.document)
    res = _res(view)
    clause = res.sections[2].clauses[0]
    view.place_cursor(clause, "text", 9)
    window.act_footnote.trigger()
    assert [f.key for f in res.footnotes] == ["1"]
    assert [s.footnote for s in clause.text.spans if s.footnote] == ["1"]
    assert view.location() == (res.footnotes[0], "text", 0)
    qtbot.keyClicks(view, "See Resolution 1.")
    assert res.footnotes[0].text.text() == "See Resolution 1."
    assert "1\tSee Resolution 1." in view.toPlainText()
    assert "to invite1 ISO" in view.toPlainText()
    assert_valid(view.session.document)
    window.controller.undo()
    window.controller.undo()
    assert to_bytes(view.session.document) == before


def test_undo_shows_where_it_acted(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    res = _res(view)
    far = res.sections[2].clauses[2]
    view.place_cursor(far, "text", 0)
    qtbot.keyClicks(view, "also ")
    view.place_cursor(res.sections[0].clauses[0], "text", 0)
    window.controller.undo()
    assert view.location()[0] is far  # type: ignore[index]


def test_a_lettering_problem_underlines_the_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    wrong = doc.proposals[0].resolution.sections[1].clauses[1]  # type: ignore[union-attr]
    wrong.label = Inline.plain("c)")
    wrong._adopt()
    controller = DocumentController(doc, author="T")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    if not any(p.rule.startswith("lettering.") for p in controller.problems()):
        pytest.skip("the stand-in checks have no lettering rule")
    underlined = [s.cursor.selectedText() for s in view.decorations.selections() if s.cursor.block().userState() == wrong.uid]
    assert "c)" in underlined


def test_pasting_text_with_keywords_creates_sections(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    res = _res(view)
    view.place_cursor(res.sections[1].clauses[0], "text", 3)
    QGuiApplication.clipboard().setText("recognizing\na)\tthat one thing;\nb)\tthat another,\nnoting further\nthat a last thing,\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    keywords = [s.keyword.text() for s in res.sections]
    if keywords == ["considering", "noting", "resolves"]:
        pytest.skip("the plain-text importer is not installed: pasted keywords stay clauses")
    assert keywords == ["considering", "noting", "recognizing", "noting further", "resolves"]
    assert [c.text.text() for c in res.sections[2].clauses] == ["that one thing;", "that another,"]
    assert len(window.controller.session.undo_stack) == 1
    assert view.toPlainText() == _fresh_text(view)
    assert_valid(view.session.document)


def test_enter_on_title_history_and_preamble_moves_on_without_changing_the_document(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    res = _res(view)
    before = to_bytes(view.session.document)
    view.place_cursor(res, "title", 5)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.location() == (res, "history", 0)
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert view.location() == (res, "preamble", 0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.location() == (res.sections[0], "keyword", 0)
    assert to_bytes(view.session.document) == before
    assert len(window.controller.session.undo_stack) == 0 and not window.isWindowModified()
    qtbot.keyClicks(view, "x")  # typing after the move goes into the field reached
    assert res.sections[0].keyword.text() == "xconsidering"
    assert_valid(window.controller.session.document)


def _directions(view: DocumentView) -> set[Qt.LayoutDirection]:
    out = set()
    block = view.document().begin().next()  # after the filler block Qt keeps before the first frame
    while block.isValid():
        if block.userState() > 0:  # a paragraph of the model (not a separator Qt keeps around a frame)
            out.add(block.blockFormat().layoutDirection())
        block = block.next()
    return out


def test_an_arabic_document_is_laid_out_right_to_left_paragraph_by_paragraph(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from tests.factories import ARABIC_CLAUSE, arabic_document

    doc = arabic_document()
    window.load_document(doc)
    view = window.view
    assert _directions(view) == {Qt.LayoutDirection.RightToLeft}  # set on each, never Qt's "auto"
    assert "القرار 7 (المراجَع في Hammamet، 2016)" in view.toPlainText()
    clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    view.place_cursor(clause, "text", 0)
    # logical order; the label isolated left to right (see the next test)
    assert view.textCursor().block().text() == "\u2066a)\u2069\t" + ARABIC_CLAUSE.replace("ITU-T", "ITU\u2011T")
    event = QInputMethodEvent()  # how an Arabic keyboard's letter arrives (QTest types ASCII only)
    event.setCommitString("و")
    QApplication.sendEvent(view, event)
    assert clause.text.text() == "و" + ARABIC_CLAUSE
    assert "Noto Sans Arabic" in view.textCursor().charFormat().font().families()
    window.controller.session.set_attr(doc, "language", "en")
    assert _directions(view) == {Qt.LayoutDirection.LeftToRight}
    assert "RESOLUTION 7" in view.toPlainText()
    window.controller.undo()
    assert _directions(view) == {Qt.LayoutDirection.RightToLeft}


def _glyphs_left_to_right(block: QTextBlock, start: int, end: int) -> str:
    """The characters [start, end) of a laid-out block in the order they stand on the line, from the left."""
    return "".join(ch for _, ch in sorted((_glyph_x(block, at), block.text()[at]) for at in range(start, end)))


def _glyph_x(block: QTextBlock, at: int) -> float:
    """Where the glyph of character `at` of a laid-out block is drawn."""
    return min(p.x() for run in block.layout().glyphRuns(at, 1) for p in run.positions())


def test_an_arabic_paragraph_shows_its_label_as_the_pdf_prints_it_and_typing_edits_the_label(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ITU's Arabic E.119 shows a list label "1)" with the bracket at the paragraph's start (right) edge,
    as the PDF prints "a)": the label is isolated on screen, and the isolates are no place of the model."""
    from tests.factories import arabic_document

    doc = arabic_document()
    window.load_document(doc)
    view = window.view
    clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    view.place_cursor(clause, "label", 0)
    block = view.textCursor().block()
    assert view.textCursor().positionInBlock() == 1  # inside the isolate, before "a"
    view.grab()  # lay the page out
    assert _glyphs_left_to_right(block, 1, 3) == "a)"  # not "(a": the bracket is not mirrored
    assert _glyph_x(block, 1) > _glyph_x(block, 5)  # the label stands at the right, where a right-to-left line begins
    view.place_cursor(clause, "label", 1)
    qtbot.keyClicks(view, "b")
    assert clause.label.text() == "ab)" and view.location() == (clause, "label", 2)
    cursor = view.textCursor()
    cursor.setPosition(block.position())  # before the first isolate: still the label's start
    view.setTextCursor(cursor)
    assert view.location() == (clause, "label", 0)
    cursor.setPosition(block.position() + 5)  # after the closing isolate, before the TAB: the label's end
    view.setTextCursor(cursor)
    assert view.location() == (clause, "label", 3)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert clause.label.text() == "ab"
    window.controller.undo()
    window.controller.undo()
    assert clause.label.text() == "a)"
    assert view.toPlainText() == _fresh_text(view)
    cursor = view.textCursor()
    block = view.document().findBlock(view.position_of(clause.uid, "label", 0) or 0)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.createMimeDataFromSelection().text().startswith("a)\tأن قطاع")  # the isolates are not copied
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + 4, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    dialog = window.find_replace(False)
    assert dialog.find_edit.text() == "a)"  # Find starts from the label, not from the isolates
    assert dialog.find_next() is not None and view.location(view.textCursor()) is not None


def test_an_english_document_says_left_to_right_on_every_paragraph(window) -> None:  # type: ignore[no-untyped-def]
    assert _directions(window.view) == {Qt.LayoutDirection.LeftToRight}
