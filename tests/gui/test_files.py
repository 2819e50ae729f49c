"""Files and safety in the window: open, save, templates, recent files, closing, broken files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.app import build_window
from editor.gui.main_window import TEMPLATES, MainWindow
from editor.xmlio import save, to_bytes
from tests.factories import assert_valid, base_document
from tests.xmlio.test_hostile_input import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    MALFORMED,
    NETWORK_DTD,
    WRONG_NESTING,
    WRONG_VOCABULARY,
)


def _type(window: MainWindow, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    clause = window.controller.session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, text)


def _broken_files(tmp_path: Path) -> list[Path]:
    files = []
    for name, content in (("laughs.xml", BILLION_LAUGHS), ("external.xml", EXTERNAL_ENTITY.format(secret=tmp_path / "secret")),
                          ("dtd.xml", NETWORK_DTD), ("malformed.xml", MALFORMED), ("html.xml", WRONG_VOCABULARY),
                          ("nesting.xml", WRONG_NESTING), ("empty.xml", "")):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        files.append(path)
    docx = tmp_path / "word.xml"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    files += [docx, tmp_path / "missing.xml", tmp_path]
    return files


def test_broken_and_hostile_files_show_the_message_and_keep_the_document(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = to_bytes(window.controller.session.document)
    for path in _broken_files(tmp_path):
        assert not window.open_path(path)
        message = window.errors[-1]
        assert str(path) in message and "Traceback" not in message
        assert "\n" not in message
    assert len(window.errors) == len(_broken_files(tmp_path))
    assert to_bytes(window.controller.session.document) == before
    assert "RESOLUTION 7" in window.view.toPlainText()


def test_save_and_reopen_gives_the_same_document(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _type(window, qtbot, "edited ")
    target = tmp_path / "out.xml"
    window.choose_save_path = lambda: target
    assert window.save()  # never saved: Save asks for a name
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("out.xml")
    saved = to_bytes(window.controller.session.document)
    assert target.read_bytes() == saved
    window.load_document(base_document())
    assert window.open_path(target)
    assert to_bytes(window.controller.session.document) == saved
    assert window.recent_files()[0] == str(target.resolve())
    assert_valid(window.controller.session.document)


def test_undo_everything_gives_back_the_original_bytes_on_save(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = tmp_path / "original.xml"
    save(base_document(), original)
    assert window.open_path(original)
    first = original.read_bytes()
    _type(window, qtbot, "abc")
    window.view.edit.enter()
    qtbot.keyClicks(window.view, "new clause")
    while window.controller.session.can_undo():
        window.act_undo.trigger()
    assert window.save()
    assert original.read_bytes() == first


def test_close_with_unsaved_changes_asks(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(window, qtbot, "x")
    window.save_answer = "cancel"
    assert not window.close()
    assert window.asked == 1 and window.isVisible()
    window.save_answer = "discard"
    assert window.close()
    assert window.asked == 2


def test_unchanged_document_closes_without_asking(window) -> None:  # type: ignore[no-untyped-def]
    assert window.close()
    assert window.asked == 0


def test_new_from_templates(window) -> None:  # type: ignore[no-untyped-def]
    for name in ("new-resolution.xml", "new-contribution.xml"):
        assert window.new_from_template(name)
        assert window.controller.path is None
        assert "DRAFT NEW RESOLUTION" in window.view.toPlainText()
        assert_valid(window.controller.session.document)
    assert window.controller.session.document.proposals[0].action == "ADD"
    assert not window.act_track.isEnabled()  # an ADD has no base text to track against
    assert sorted(p.name for p in TEMPLATES.glob("*.xml")) == ["new-contribution.xml", "new-resolution.xml"]


def test_geometry_and_recent_files_persist_in_settings(qtbot, tmp_path: Path, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ini = str(tmp_path / "persist.ini")
    target = tmp_path / "doc.xml"
    save(base_document(), target)
    first = build_window(QSettings(ini, QSettings.Format.IniFormat), recovery_dir, panels=False)
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.open_path(target)
    first.close()
    second = build_window(QSettings(ini, QSettings.Format.IniFormat), recovery_dir, panels=False)
    qtbot.addWidget(second)
    second.restore_layout()
    assert second.recent_files() == [str(target.resolve())]
    assert [a.text() for a in second.recent_menu.actions()] == [str(target.resolve())]
    assert (second.size().width(), second.size().height()) == (640, 480)


@pytest.mark.parametrize("mode", ["final", "original"])
def test_other_views_disable_editing_commands(window, mode: str) -> None:  # type: ignore[no-untyped-def]
    window.set_view_mode(mode)
    assert not window.act_bold.isEnabled()
    assert window.view_label.text().endswith(mode.capitalize())
    window.set_view_mode("markup")
    assert window.act_bold.isEnabled()


def test_first_tracked_edit_asks_the_authors_name_once(qtbot, tmp_path: Path, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import mod_document

    window = build_window(QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat), recovery_dir, panels=False)
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: "discard"
    asked: list[int] = []

    def ask() -> None:
        asked.append(1)
        window.settings.setValue("user/author", "Arab States")
        window.controller.set_author("Arab States")

    window.ask_author = ask
    window.load_document(mod_document()[0])
    assert window.controller.session.tracking and not asked  # opening asks nothing
    clause = window.controller.session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "ab")
    assert asked == [1]
    assert {s.mark.author for s in clause.text.spans if s.mark is not None} == {"Arab States"}
    assert_valid(window.controller.session.document)


def test_new_asks_the_language_and_remembers_it(window) -> None:  # type: ignore[no-untyped-def]
    window.language_answer = "fr"
    window.act_new_contribution.trigger()
    assert window.controller.session.document.language == "fr"
    assert window.settings.value("document/language") == "fr"
    window.language_answer = None  # cancelled: the document stays
    assert not window.new_document("new-resolution.xml")
    assert window.controller.session.document.language == "fr"
    assert window.controller.session.document.is_contribution
