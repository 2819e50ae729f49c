"""Spelling in the window: the underline, the right-click entries, the Problems rows and the status note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from editor.gui.document_view.spelling_marks import SPELLING
from editor.gui.problems_panel import ProblemsPanel
from editor.gui.spelling_link import SpellingLink
from editor.model.inline import Span
from editor.model.nodes import Document
from editor.spelling.checker import RULE, Misspelling
from editor.spelling.dictionary import Missing
from tests.factories import base_document, mod_document
from tests.gui.conftest import answered
from tests.spelling.support import noting, require

TEXT = "that teh organisatoin shal recieve from ITU-T and the WTSA the organization and standardization of Resolution 1 bis;"
WRONG = ["teh", "organisatoin", "shal", "recieve"]


@pytest.fixture(autouse=True)
def english(tmp_path: Path) -> None:
    """These tests need the English dictionary (CI installs it)."""
    require("en", tmp_path)


def written(doc: Document, text: str = TEXT) -> Document:
    noting(doc).clauses[0].text.spans = [Span(text)]
    return doc


def link_of(win: Any) -> SpellingLink:
    link = win.spelling
    assert isinstance(link, SpellingLink)
    return link


def opened(win: Any, doc: Document) -> SpellingLink:
    """`doc` loaded in `win`, its first spelling check run to the end, the text shown from the top."""
    win.load_document(doc)
    link = link_of(win)
    link.finish()
    win.view.place_cursor(noting(doc).clauses[0], "text", 0)
    win.view.decorations.update()
    return link


def underlined(win: Any) -> list[str]:
    """The words the view paints the spelling underline under (those of the paragraphs on screen)."""
    view = win.view
    cursor = QTextCursor(view.document())
    out = []
    for _problem, start, end in link_of(win).marks.stretches(view.decorations._visible()):
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        out.append(cursor.selectedText())
    return out


def spelling_dots(win: Any, text: str) -> int:
    """How many pixels of the spelling colour the view shows in the band just below the word `text`."""
    view = win.view
    found = view.document().find(text)
    assert not found.isNull()
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart())
    first = view.cursorRect(cursor)
    cursor.setPosition(found.selectionEnd())
    last = view.cursorRect(cursor)
    image = view.viewport().grab().toImage()
    return sum(1 for x in range(first.left(), last.left()) for y in range(first.bottom() - 2, first.bottom() + 5)
               if QColor(image.pixel(x, y)).name() == SPELLING.name())


def word(link: SpellingLink, text: str) -> Misspelling:
    assert link.source is not None
    return next(p for p in link.source.problems if isinstance(p, Misspelling) and p.word == text)


def menu_at(win: Any, link: SpellingLink, text: str) -> QMenu:
    """The context menu of a right-click on the misspelled `text`."""
    problem = word(link, text)
    clause = noting(win.controller.session.document).clauses[0]
    assert win.view.place_cursor(clause, "text", (problem.offset or 0) + 1)
    menu: QMenu = win.view.edit.context_menu(win.view.cursorRect().center())
    return menu


def entry(menu: QMenu, text: str) -> Any:
    return next(a for a in menu.actions() if a.text() == text)


def test_misspelled_words_get_the_spelling_underline_and_itu_terms_do_not(window) -> None:  # type: ignore[no-untyped-def]
    opened(window, written(base_document()))
    assert underlined(window) == WRONG  # not ITU-T, WTSA, bis, organization, standardization


def test_the_underline_is_painted_below_the_misspelled_word_only(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    opened(window, written(base_document()))
    qtbot.waitExposed(window)
    assert spelling_dots(window, "organisatoin") > 5
    assert spelling_dots(window, "standardization") == 0


def test_the_first_check_runs_in_slices_from_a_timer(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window.load_document(written(base_document()))
    link = link_of(window)
    assert link.checking  # nothing checked while loading: the timer does it
    qtbot.waitUntil(lambda: not link.checking)
    window.view.place_cursor(noting(window.controller.session.document).clauses[0], "text", 0)
    window.view.decorations.update()
    assert underlined(window) == WRONG


def test_an_edit_rechecks_its_paragraph(window) -> None:  # type: ignore[no-untyped-def]
    link = opened(window, written(base_document()))
    clause = noting(window.controller.session.document).clauses[0]
    window.view.place_cursor(clause, "text", len(TEXT) - 1)
    window.view.edit.type_text(" withh")
    assert underlined(window) == [*WRONG, "withh"]
    assert link.source is not None and link.source.pending == 0


def test_add_to_dictionary_removes_the_underline_and_is_kept_in_the_settings_folder(window, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    link = opened(window, written(base_document()))
    entry(menu_at(window, link, "shal"), "Add to Dictionary").trigger()
    assert underlined(window) == ["teh", "organisatoin", "recieve"]
    kept = Path(settings.fileName()).parent / "dictionary-en.txt"
    assert "shal" in kept.read_text(encoding="utf-8").split()


def test_ignore_all_is_for_this_document_only(window, make_window, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    link = opened(window, written(base_document(), TEXT.replace("Resolution", "teh Resolution")))
    entry(menu_at(window, link, "recieve"), "Ignore All").trigger()
    entry(menu_at(window, link, "teh"), "Ignore All").trigger()
    assert underlined(window) == ["organisatoin", "shal"]
    other = make_window(settings)
    other.show()
    opened(other, written(base_document()))
    assert underlined(other) == WRONG  # not in the user dictionary


def test_the_menu_key_offers_the_suggestions_for_the_word_at_the_cursor_below_it(window) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    link = opened(window, written(doc))
    problem = word(link, "recieve")
    view = window.view
    assert view.place_cursor(noting(window.controller.session.document).clauses[0], "text", (problem.offset or 0) + 2)
    # the Menu key: the event's position is the edit's own (here its top left corner), not a place in the text
    menu, at = view.context_menu_for(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), view.mapToGlobal(QPoint(0, 0))))
    texts = [a.text() for a in menu.actions()]
    assert "receive" in texts and "Add to Dictionary" in texts
    assert at == view.viewport().mapToGlobal(view.cursorRect().bottomLeft())


def test_shift_f10_asks_for_the_menu_as_the_menu_key_does(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    asked: list[QContextMenuEvent.Reason] = []

    class Catch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QContextMenuEvent):
                asked.append(event.reason())
                return True  # taken here: no menu opens in the test
            return False

    catch = Catch()
    view.installEventFilter(catch)
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    view.removeEventFilter(catch)
    assert asked == [QContextMenuEvent.Reason.Keyboard]


def test_a_suggestion_replaces_the_word_as_a_tracked_edit_undone_in_one_step(window) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    link = opened(window, written(doc))
    assert window.controller.session.tracking
    menu = menu_at(window, link, "recieve")
    entry(menu, "receive").trigger()
    clause = noting(window.controller.session.document).clauses[0]
    assert clause.text.text("final") == TEXT.replace("recieve", "receive")
    assert {s.mark.kind for s in clause.text.spans if s.mark is not None} >= {"del", "ins"}
    assert "recieve" not in underlined(window)
    window.controller.undo()
    assert clause.text.text("final") == TEXT
    assert underlined(window) == WRONG


def test_the_menu_off_a_misspelled_word_has_no_spelling_entries(window) -> None:  # type: ignore[no-untyped-def]
    opened(window, written(base_document()))
    clause = noting(window.controller.session.document).clauses[0]
    window.view.place_cursor(clause, "text", 1)  # in "that"
    texts = [a.text() for a in window.view.edit.context_menu(window.view.cursorRect().center()).actions()]
    assert "Add to Dictionary" not in texts and "Undo" in texts


def test_spelling_rows_in_problems_hide_and_show_and_the_choice_is_kept(qtbot: QtBot, settings: QSettings, recovery_dir: Path) -> None:
    from editor.app import build_window

    win = answered(build_window(settings, recovery_dir))
    qtbot.addWidget(win)
    link = opened(win, written(base_document()))
    panel = win.findChild(ProblemsPanel)
    assert isinstance(panel, ProblemsPanel)
    qtbot.waitUntil(lambda: any(isinstance(p, Misspelling) for p in panel.problems))
    drafting = [p for p in panel.problems if p.rule != RULE]
    assert [p.word for p in panel.problems if isinstance(p, Misspelling)] == WRONG
    assert "misspelling" in panel.summary.text()
    link.act_show.setChecked(False)
    assert panel.problems == drafting
    assert settings.value("problems/spelling") in (False, "false")
    again = answered(build_window(settings, recovery_dir))
    qtbot.addWidget(again)
    assert not link_of(again).act_show.isChecked()
    link.act_show.setChecked(True)
    assert [p.word for p in panel.problems if isinstance(p, Misspelling)] == WRONG
    clause = noting(win.controller.session.document).clauses[0]
    win.view.place_cursor(clause, "text", len(TEXT) - 1)
    win.view.edit.type_text(" withh")  # the rows follow once typing pauses
    qtbot.waitUntil(lambda: [p.word for p in panel.problems if isinstance(p, Misspelling)] == [*WRONG, "withh"])
    win.controller.close()
    again.controller.close()


def test_a_language_without_a_dictionary_gets_a_status_note(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    link = opened(window, written(base_document()))
    assert link.note.isHidden()
    monkeypatch.setattr("editor.spelling.speller.open_dictionary", lambda lang: Missing(f"no dictionary for {lang.name}",
                                                                                       f"no dictionary for {lang.name} (install it)"))
    doc = written(base_document())
    doc.language = "fr"
    opened(window, doc)
    assert not link.note.isHidden()
    assert link.note.text() == "Spelling: no dictionary for Français (French)"
    assert underlined(window) == []


def test_typing_comes_before_the_first_checks_slices(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window.load_document(written(base_document()))
    link = link_of(window)
    assert link.checking and link.timer.interval() == 0
    window.view.place_cursor(noting(window.controller.session.document).clauses[0], "text", 0)
    window.view.edit.type_text("a")
    assert link.checking and link.timer.interval() > 0  # the next slice waits for a pause in typing
    qtbot.waitUntil(lambda: not link.checking)
    assert link.source is not None and link.source.pending == 0


def test_spelling_as_you_type_can_be_switched_off_and_the_choice_is_kept(window, make_window, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    link = opened(window, written(base_document()))
    link.act_on.setChecked(False)
    assert underlined(window) == [] and link.source is None
    again = make_window(settings)
    assert not link_of(again).act_on.isChecked() and link_of(again).source is None
    link.act_on.setChecked(True)
    link.finish()
    window.view.decorations.update()
    assert underlined(window) == WRONG
