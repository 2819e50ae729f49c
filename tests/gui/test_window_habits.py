"""What a drafter expects of a desktop editor, as Word and LibreOffice taught them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence

from editor.gui.main_window import login_name, suggested_stem
from editor.model import Document, Proposal
from editor.xmlio import save
from tests.factories import assert_valid, base_document, base_resolution, mod_document


def test_zoom_keys_and_the_wheel_scale_the_page_and_the_zoom_is_kept(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ini = str(tmp_path / "zoom.ini")
    window = make_window(QSettings(ini, QSettings.Format.IniFormat))
    window.load_document(base_document())
    window.show()
    view = window.view
    width = view.sheet.page_width()
    window.act_zoom_in.trigger()
    assert view.zoom == 110 and view.sheet.page_width() > width and window.zoom_label.text() == "110 %"
    assert QKeySequence("Ctrl+=") in window.act_zoom_in.shortcuts()
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert view.zoom == 90
    window.act_zooms[150].trigger()
    assert view.zoom == 150 and window.act_zooms[150].isChecked()
    window.act_zoom_reset.trigger()
    assert view.zoom == 100 and window.act_zoom_reset.shortcut() == QKeySequence("Ctrl+0")
    window.act_zooms[175].trigger()
    window.close()
    again = make_window(QSettings(ini, QSettings.Format.IniFormat))
    assert again.view.zoom == 175  # kept in the settings
    again.controller.close()


def test_zooming_keeps_the_line_at_the_top_of_the_view(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(QSettings(str(tmp_path / "zoom.ini"), QSettings.Format.IniFormat))
    window.load_document(mod_document()[0])
    window.resize(900, 420)
    window.show()
    view = window.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)

    def top_node():  # type: ignore[no-untyped-def]
        return view.display.node_at(view.cursorForPosition(QPoint(view.sheet.left() + 1, 2)).position())

    clause = top_node()
    assert bar.value() > 0 and clause is not None
    for percent in (150, 200, 125, 100):
        window.act_zooms[percent].trigger()
        assert top_node() is clause, percent
    window.act_zoom_in.trigger()  # the keys and the wheel go the same way
    assert top_node() is clause
    window.controller.close()


def test_zooming_in_and_out_far_down_a_long_document_keeps_the_line_at_the_top(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The page is laid out again from the top at the new zoom, down to the line that was at the top, and shown there."""
    from editor.model.views import clone

    document = mod_document()[0]
    for _ in range(7):
        document.proposals.append(clone(document.proposals[0]))
    document._adopt()
    window = make_window(QSettings(str(tmp_path / "zoom.ini"), QSettings.Format.IniFormat))
    window.load_document(document)
    window.resize(900, 420)
    window.show()
    view = window.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() * 3 // 4)

    def top_line() -> tuple[int, str]:
        block = view.cursorForPosition(QPoint(view.sheet.left() + 1, 2)).block()
        return block.blockNumber(), block.text()

    line = top_line()
    assert bar.value() > 0
    for percent in (150, 75, 200, 50, 100):
        window.act_zooms[percent].trigger()
        assert top_line() == line, percent
        assert view.zoom == percent
    window.controller.close()


def test_close_shows_the_start_screen_with_the_recent_files(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "R07.xml"
    save(base_document(), path)
    assert window.open_path(path)
    assert window.pages.currentWidget() is window.view
    assert window.act_close.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)
    window.act_close.trigger()
    assert window.pages.currentWidget() is window.start and not window.document_open
    assert not window.act_save.isEnabled() and not window.export.act_docx.isEnabled()
    items = [window.start.recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.start.recent.count())]
    assert items == [str(path.resolve())]
    assert [b.defaultAction() for b in window.start.buttons][:2] == [window.act_new, window.act_new_contribution]
    window.start.recent.itemActivated.emit(window.start.recent.item(0))
    assert window.pages.currentWidget() is window.view and window.controller.path == path


def test_close_asks_about_unsaved_changes_and_stays_when_cancelled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    clause = next(window.controller.session.document.resolutions()).sections[0].clauses[0]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "x")
    window.save_answer = "cancel"
    assert not window.close_document()
    assert window.document_open and window.asked == 1


def test_a_window_without_a_document_opens_on_the_start_screen(make_window, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(settings)
    assert window.pages.currentWidget() is window.start
    window.act_new.trigger()
    assert window.pages.currentWidget() is window.view
    window.controller.close()


def test_accepting_never_asks_the_authors_name_recording_tells_once(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat))
    asked: list[int] = []
    window.ask_author = lambda rename=False: asked.append(1)
    window.load_document(mod_document()[0])
    window.view.setFocus()
    window.review.decide_all("accept")
    assert window.author_bar.isHidden()  # accepting records nothing: nothing to say
    window.controller.undo()
    clause = next(window.controller.session.document.resolutions()).sections[0].clauses[0]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "ab")
    assert not window.author_bar.isHidden() and asked == []  # the bar tells; nothing modal asks
    window.author_bar.hide()
    qtbot.keyClicks(window.view, "c")
    assert window.author_bar.isHidden()  # told once
    window.controller.close()


def test_a_system_login_is_never_proposed_as_the_author(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pwd

    class Entry:
        def __init__(self, name: str, uid: int, gecos: str) -> None:
            self.pw_name, self.pw_uid, self.pw_gecos = name, uid, gecos

    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: Entry("root", 0, "root"))
    assert login_name() == ""
    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: Entry("amina", 1000, "Amina Haddad,,,"))
    assert login_name() == "Amina Haddad"


def test_the_context_menu_offers_the_clause_and_review_commands(window) -> None:  # type: ignore[no-untyped-def]
    menu = window.view.edit.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    for wanted in ("Undo", "Cut", "Copy", "Paste", "New &Clause", "&Delete Clause", "Into Sub-item &Level",
                   "&Out of Sub-item Level", "Insert &Section After…", "&Accept Change", "&Reject Change"):
        assert wanted in texts, wanted
    cut = next(a for a in menu.actions() if a.text() == "Cut")
    assert cut.shortcut() == QKeySequence(QKeySequence.StandardKey.Cut)
    assert window.review.act_accept.shortcut().toString() and window.review.act_reject.shortcut().toString()
    edit_menu = {a.text(): a.shortcut() for a in window.edit_menu.actions()}
    assert edit_menu["Cu&t"] == QKeySequence(QKeySequence.StandardKey.Cut)
    assert edit_menu["&Paste"] == QKeySequence(QKeySequence.StandardKey.Paste)


def test_delete_clause_and_insert_section_after_from_the_menus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.gui import main_window

    res = next(window.controller.session.document.resolutions())
    noting = res.sections[1]
    window.view.place_cursor(noting.clauses[0], "text", 2)
    window.act_delete_clause.trigger()
    assert len(noting.clauses) == 1
    original = main_window.ask_keyword
    main_window.ask_keyword = lambda *_args, **_kw: "recognizing"
    try:
        window.act_insert_section.trigger()
    finally:
        main_window.ask_keyword = original
    assert [s.keyword.text() for s in res.sections] == ["considering", "noting", "recognizing", "resolves"]
    assert window.view.location() == (res.sections[2].clauses[0], "text", 0)
    assert_valid(window.controller.session.document)


def test_the_undo_button_keeps_its_text_while_the_menu_names_the_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    clause = next(window.controller.session.document.resolutions()).sections[0].clauses[0]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "x")
    assert window.act_undo.text() == "&Undo Typing" and window.act_undo.iconText() == "Undo"
    window.act_undo.trigger()
    assert not window.act_undo.isEnabled() and window.act_redo.text() == "&Redo Typing"


def test_file_dialogs_start_beside_the_document_with_its_name(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    window.load_document(doc)
    assert window.suggested_path(".docx").name == "ARB-36A2-1.docx"
    path = tmp_path / "folder" / "mine.xml"
    path.parent.mkdir()
    save(base_document(), path)
    window.open_path(path)
    assert window.document_folder() == path.parent and window.suggested_path(".pdf") == path.with_suffix(".pdf")
    assert suggested_stem(Document([Proposal(resolution=base_resolution())])) == "Resolution-7"
    assert suggested_stem(Document()) == "untitled"


def test_switching_views_keeps_the_same_clause_in_sight(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1200, 500)
    view = window.view
    res = next(window.controller.session.document.resolutions())
    target = res.sections[2].clauses[1]
    view.place_cursor(target, "text", 0)
    view.show_cursor_in_context()
    before = view.display.node_at(view.cursorForPosition(view.viewport().rect().topLeft()).position())
    window.set_view_mode("final")
    after = view.display.node_at(view.cursorForPosition(view.viewport().rect().topLeft()).position())
    assert before is not None and after is not None and after.uid == before.uid
