"""The XML source panel: shows what Save writes, follows edits, and guards source edits."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor.gui.source_view import SourceView
from editor.xmlio.writer import to_bytes
from tests.factories import assert_valid
from tests.gui.conftest import Host


def _view(qtbot: QtBot, host: Host) -> SourceView:
    view = SourceView(host)
    qtbot.addWidget(view)
    view.show()
    return view


def _saved(host: Host) -> str:
    return to_bytes(host.document).decode()


def test_it_shows_the_canonical_xml_read_only(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    assert view.editor.toPlainText() == _saved(host)
    assert view.editor.isReadOnly() and not view.apply_button.isEnabled()


def test_it_follows_edits_and_undo_after_a_pause(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    before = view.editor.toPlainText()
    clause = host.document.proposals[0].resolutions[0].sections[0].clauses[0]
    host.perform("Type", lambda: host.session.insert_text(clause.text, 0, "NEW "))
    qtbot.waitUntil(lambda: "NEW the purposes" in view.editor.toPlainText())
    assert view.editor.toPlainText() == _saved(host)
    assert view.editor.document().blockCount() == len(_saved(host).split("\n"))
    host.undo()
    qtbot.waitUntil(lambda: view.editor.toPlainText() == before)
    assert_valid(host.document)


def test_a_hidden_view_catches_up_when_shown(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    view.hide()
    section = host.document.proposals[0].resolutions[0].sections[1]
    host.perform("Keyword", lambda: host.session.set_text(section.keyword, "noting further"))
    view.show()
    assert "<keyword>noting further</keyword>" in view.editor.toPlainText()


def _edit(view: SourceView, old: str, new: str) -> None:
    view.edit_button.click()
    assert view.is_editing()
    text = view.editor.toPlainText()
    assert old in text
    view.editor.setPlainText(text.replace(old, new, 1))


def test_malformed_source_is_refused_with_its_line(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    original = _saved(host)
    line = next(i for i, text in enumerate(original.split("\n"), 1) if "<keyword>noting</keyword>" in text)
    _edit(view, "<keyword>noting</keyword>", "<keyword>noting</keywrd>")
    assert view.apply() is False
    assert view.is_editing()
    assert f"line {line}" in view.error_text() and "well-formed" in view.error_text()
    assert view.editor.textCursor().blockNumber() == line - 1
    assert _saved(host) == original and host.labels == []


def test_schema_invalid_source_is_refused_with_its_line(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    original = _saved(host)
    _edit(view, '<section kind="operative">', '<section kind="imperative">')
    line = next(i for i, text in enumerate(view.editor.toPlainText().split("\n"), 1) if "imperative" in text)
    assert view.apply() is False
    assert f"line {line}" in view.error_text() and "not a valid" in view.error_text()
    assert _saved(host) == original


def test_a_doctype_is_refused_like_on_open(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    _edit(view, "<resolution ", '<!DOCTYPE r [<!ENTITY x "y">]>\n<resolution ')
    assert view.apply() is False
    assert "DOCTYPE" in view.error_text()


def test_a_valid_source_replaces_the_document_in_one_undo_step(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    original = _saved(host)
    _edit(view, "<keyword>noting</keyword>", "<keyword>noting further</keyword>")
    assert view.apply() is True
    assert not view.is_editing() and view.error_text() == ""
    assert host.document.proposals[0].resolutions[0].sections[1].keyword.text() == "noting further"
    assert view.editor.toPlainText() == _saved(host)
    assert_valid(host.document)
    host.undo()
    assert _saved(host) == original
    view.reload()
    assert view.editor.toPlainText() == original


def test_discard_drops_unapplied_edits(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    original = _saved(host)
    _edit(view, "<keyword>noting</keyword>", "<keyword>broken")
    view.discard_button.click()
    assert not view.is_editing() and view.editor.toPlainText() == original


def test_after_reload_it_follows_the_new_session(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    _edit(view, "<keyword>noting</keyword>", "<keyword>recalling</keyword>")
    assert view.apply()
    section = host.document.proposals[0].resolutions[0].sections[0]
    host.perform("Keyword", lambda: host.session.set_text(section.keyword, "recognizing"))
    qtbot.waitUntil(lambda: "<keyword>recognizing</keyword>" in view.editor.toPlainText())


def test_a_change_elsewhere_while_editing_is_announced(qtbot: QtBot, host: Host) -> None:
    view = _view(qtbot, host)
    _edit(view, "<keyword>noting</keyword>", "<keyword>recalling</keyword>")
    section = host.document.proposals[0].resolutions[0].sections[0]
    host.perform("Keyword", lambda: host.session.set_text(section.keyword, "recognizing"))
    assert "has changed since you began editing" in view.error_text()
    assert "<keyword>recalling</keyword>" in view.editor.toPlainText()  # the drafter's text is kept
    view.discard()
    assert "<keyword>recognizing</keyword>" in view.editor.toPlainText() and view.error_text() == ""
