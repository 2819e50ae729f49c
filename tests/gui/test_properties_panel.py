"""The properties panel: shows the identity fields, commits each as one undoable, tracked edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from editor.gui.properties_panel import PropertiesPanel, TextField, adoption_parts, adoption_text
from editor.model import Resolution
from editor.xmlio.writer import to_bytes
from tests.factories import assert_valid, mod_document
from tests.gui.conftest import Host


def _panel(qtbot: QtBot, host: Host) -> PropertiesPanel:
    panel = PropertiesPanel(host)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _type(edit: TextField, text: str) -> None:
    """What a user does: replace the field's text, then leave it (Enter, or Tab out of a paragraph)."""
    edit.setFocus()
    edit.selectAll()
    if isinstance(edit, QLineEdit):
        edit.insert(text)
    else:
        edit.insertPlainText(text)
    edit.editingFinished.emit()


def _res(host: Host) -> Resolution:
    res = host.document.proposals[0].resolution
    assert res is not None
    return res


def test_adoption_parts_round_trip() -> None:
    assert adoption_parts("Rev. Geneva, 2022") == (True, "Geneva", "2022")
    assert adoption_parts("Hammamet, 2016") == (False, "Hammamet", "2016")
    assert adoption_parts("somewhere") == (False, "somewhere", "")
    assert adoption_text(True, "Geneva", "2022") == "Rev. Geneva, 2022"
    assert adoption_text(False, "", "") == ""
    assert adoption_parts("Rév. Genève, 2022", "fr") == (True, "Genève", "2022")
    assert adoption_text(True, "Genève", "2022", "fr") == "Rév. Genève, 2022"
    assert adoption_parts("2016年，哈马马特，修订版", "zh") == (True, "哈马马特", "2016")
    assert adoption_text(False, "哈马马特", "2016", "zh") == "2016年，哈马马特"


def test_it_shows_the_cover_proposal_and_resolution(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    assert panel.cover_fields["acronym"].text() == "WTSA-20"
    assert panel.cover_fields["place_dates"].text() == "Geneva, 1-9 March 2022"
    assert panel.action.currentText() == "MOD" and panel.identifier.text() == "ARB/36A2/1"
    assert panel.reasons.text() == "To reflect current practice."
    assert panel.number.text() == "7"
    assert panel.revised.isChecked() and panel.place.text() == "Geneva" and panel.year.text() == "2022"
    assert panel.history_list() == ["Malaga-Torremolinos, 1984", "Helsinki, 1993", "Hammamet, 2016", "Geneva, 2022"]


def test_a_standalone_resolution_has_no_cover_or_proposal_fields(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    assert panel.cover_box.isHidden() and panel.proposal_box.isHidden()
    assert panel.place.text() == "Hammamet" and panel.revised.isChecked()


def test_a_cover_field_edit_is_one_undo_step(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    original = to_bytes(mod_host.document)
    _type(panel.cover_fields["date"], "15 January 2022")
    assert mod_host.document.cover is not None and mod_host.document.cover.date == "15 January 2022"
    assert mod_host.labels == ["Change date"]
    assert_valid(mod_host.document)
    mod_host.undo()
    assert to_bytes(mod_host.document) == original
    assert panel.cover_fields["date"].text() == ""


def test_reasons_are_the_proposals_own_text_and_not_tracked(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    reasons = mod_host.document.proposals[0].reasons
    _type(panel.reasons, "To reflect current practice in the Sector.")
    assert reasons.text("markup") == "To reflect current practice in the Sector."
    assert not reasons.has_marks()
    assert_valid(mod_host.document)
    mod_host.undo()
    assert reasons.text() == "To reflect current practice." and panel.reasons.text() == reasons.text()


def test_the_number_edit_in_a_mod_is_tracked(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    res = _res(mod_host)
    _type(panel.number, "8")
    assert res.number.text("final") == "8" and res.number.text("original") == "7"
    assert_valid(mod_host.document)


def test_action_and_identifier_are_attributes(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    proposal = mod_host.document.proposals[0]
    panel.action.setCurrentIndex(panel.action.findText("SUP"))
    panel.action.activated.emit(panel.action.currentIndex())
    _type(panel.identifier, "ARB/36A2/2")
    assert proposal.action == "SUP" and proposal.identifier == "ARB/36A2/2"
    assert_valid(mod_host.document)
    mod_host.undo()
    mod_host.undo()
    assert proposal.action == "MOD" and proposal.identifier == "ARB/36A2/1"
    assert panel.action.currentText() == "MOD" and panel.identifier.text() == "ARB/36A2/1"


def test_the_adoption_fields_compose_the_number_line(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    res = _res(host)
    panel.revised.setChecked(False)
    assert res.adoption.text() == "Hammamet, 2016"
    _type(panel.place, "Geneva")
    _type(panel.year, "2022")
    panel.revised.setChecked(True)
    assert res.number_line() == "RESOLUTION 7 (Rev. Geneva, 2022)"
    assert_valid(host.document)
    for _ in range(4):
        host.undo()
    assert res.adoption.text() == "Rev. Hammamet, 2016"
    assert panel.revised.isChecked() and panel.place.text() == "Hammamet" and panel.year.text() == "2016"


def test_adding_a_history_entry_in_a_mod_inserts_just_that(qtbot: QtBot) -> None:
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    # start from the in-force history line (the factory already added the entry)
    host = Host(session)
    host.perform("Reset", lambda: session.set_spans(res.history, [s for s in res.history.spans if s.mark is None]))
    panel = _panel(qtbot, host)
    assert panel.history_list()[-1] == "Hammamet, 2016"
    panel.add_history_entry()
    assert res.history.text("final") == "Malaga-Torremolinos, 1984; Helsinki, 1993; Hammamet, 2016; Geneva, 2022"
    assert [s.text for s in res.history.spans if s.mark is not None] == ["; Geneva, 2022"]
    assert_valid(doc)


def test_removing_and_editing_history_entries(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    res = _res(host)
    panel.history.setCurrentRow(1)
    panel.remove_history_entry()
    assert res.history.text() == "Malaga-Torremolinos, 1984; Hammamet, 2016"
    panel.history.item(0).setText("Malaga, 1984")
    assert res.history.text() == "Malaga, 1984; Hammamet, 2016"
    assert_valid(host.document)
    host.undo()
    host.undo()
    assert panel.history_list() == ["Malaga-Torremolinos, 1984", "Helsinki, 1993", "Hammamet, 2016"]


def test_a_field_being_typed_in_is_not_overwritten(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    panel.identifier.setFocus()
    panel.identifier.selectAll()
    panel.identifier.insert("ARB/36A2/9")
    res = _res(mod_host)
    mod_host.perform("Number", lambda: mod_host.session.set_text(res.number, "8"))
    assert panel.number.text() == "8" and panel.identifier.text() == "ARB/36A2/9"


def test_after_reload_it_shows_the_new_document(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    host.replace_document(mod_document()[0], "Open")
    panel.reload()
    assert not panel.cover_box.isHidden() and panel.identifier.text() == "ARB/36A2/1"
    _type(panel.cover_fields["meeting"], "COMMITTEE 3")
    assert host.document.cover is not None and host.document.cover.meeting == "COMMITTEE 3"


def test_with_several_proposals_it_follows_the_cursor(qtbot: QtBot) -> None:
    from editor.model import Proposal
    from editor.model.session import EditSession
    from tests.factories import base_resolution

    doc, _ = mod_document()
    second = Proposal("ADD", "ARB/36A2/2", base_resolution(), reasons="New text.")
    host = Host(EditSession(doc))
    host.perform("Add proposal", lambda: host.session.insert_node(doc, "proposals", 1, second))
    panel = _panel(qtbot, host)
    assert not panel.proposal_choice.isHidden() and panel.identifier.text() == "ARB/36A2/1"
    res = second.resolution
    assert res is not None
    panel.show_node(res.sections[0].clauses[0])
    assert panel.identifier.text() == "ARB/36A2/2" and panel.action.currentText() == "ADD"
    _type(panel.reasons, "Entirely new text.")
    assert second.reasons.text() == "Entirely new text." and doc.proposals[0].reasons.text() == "To reflect current practice."
    assert_valid(doc)


def test_a_proposal_added_or_undone_shows_in_the_panel_at_once_and_a_new_clause_changes_nothing(qtbot: QtBot) -> None:
    from editor.model import Clause, Proposal
    from editor.model.session import EditSession
    from tests.factories import base_resolution

    doc, _ = mod_document()
    host = Host(EditSession(doc))
    panel = _panel(qtbot, host)
    assert panel.proposal_choice.isHidden()
    second = Proposal("ADD", "ARB/36A2/2", base_resolution(), reasons="New text.")
    host.perform("Add proposal", lambda: host.session.insert_node(doc, "proposals", 1, second))
    assert not panel.proposal_choice.isHidden() and panel.proposal_choice.count() == 2
    section = _res(host).sections[0]
    shown = [panel.proposal_choice.itemText(i) for i in range(2)], panel.identifier.text(), panel.number.text()
    host.perform("New clause", lambda: host.session.insert_node(section, "clauses", 0, Clause("a)", "that a new clause,")))
    assert ([panel.proposal_choice.itemText(i) for i in range(2)], panel.identifier.text(), panel.number.text()) == shown
    host.session.undo()
    host.session.undo()
    assert panel.proposal_choice.isHidden()


def test_reasons_are_committed_when_leaving_the_field(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.reasons.setFocus()
    panel.reasons.moveCursor(panel.reasons.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.reasons, " Also for clarity.")
    assert mod_host.document.proposals[0].reasons.text() == "To reflect current practice."  # not yet
    panel.identifier.setFocus()
    qtbot.waitUntil(lambda: mod_host.document.proposals[0].reasons.text() == "To reflect current practice. Also for clarity.")
    assert mod_host.labels == ["Change reasons"]


def test_enter_applies_a_paragraph_field(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    panel.reasons.setFocus()
    panel.reasons.selectAll()
    qtbot.keyClicks(panel.reasons, "Clearer.")
    qtbot.keyClick(panel.reasons, Qt.Key.Key_Return)
    assert mod_host.document.proposals[0].reasons.text("final") == "Clearer."
    assert "\n" not in panel.reasons.text()


def test_adopting_body_and_draft_status(qtbot: QtBot, host: Host) -> None:
    panel = _panel(qtbot, host)
    res = _res(host)
    assert panel.body.currentData() == "WTSA" and not panel.draft.isChecked()
    panel.body.setCurrentIndex(panel.body.findData("PP"))
    panel.body.activated.emit(panel.body.currentIndex())
    panel.draft.setChecked(True)
    assert res.body == "PP" and res.draft and res.number_line().startswith("DRAFT NEW RESOLUTION")
    assert_valid(host.document)
    host.undo()
    host.undo()
    assert res.body == "WTSA" and not res.draft
    assert panel.body.currentData() == "WTSA" and not panel.draft.isChecked()


def test_the_document_language_is_chosen_and_undone(qtbot: QtBot, mod_host: Host) -> None:
    panel = _panel(qtbot, mod_host)
    original = to_bytes(mod_host.document)
    assert panel.language.currentData() == "en"
    index = panel.language.findData("ar")
    panel.language.setCurrentIndex(index)
    panel.language.activated.emit(index)
    assert mod_host.document.language == "ar"
    assert mod_host.labels == ["Change document language"]
    assert b'xml:lang="ar"' in to_bytes(mod_host.document)
    mod_host.undo()
    assert to_bytes(mod_host.document) == original
    assert panel.language.currentData() == "en"


def _body_item(panel: PropertiesPanel, code: str) -> tuple[str, object]:
    index = panel.body.findData(code)
    return panel.body.itemText(index), panel.body.itemData(index, Qt.ItemDataRole.ToolTipRole)


def test_the_adopting_bodies_are_named_in_the_documents_language_and_unconfirmed_names_say_so(qtbot: QtBot, mod_host: Host) -> None:
    from editor.languages import load

    panel = _panel(qtbot, mod_host)
    assert _body_item(panel, "WTSA") == ("WTSA – World Telecommunication Standardization Assembly", None)
    assert _body_item(panel, "OTHER") == ("OTHER", None)
    for code in ("fr", "ar"):
        index = panel.language.findData(code)
        panel.language.setCurrentIndex(index)
        panel.language.activated.emit(index)
        words = load(code)
        for body in ("WTSA", "PP", "RA"):
            text, tip = _body_item(panel, body)
            assert text == f"{body} – {words.names[body].text}"
            assert (tip is None) == words.names[body].verified  # a name no ITU text confirmed says so
    assert _body_item(panel, "WTSA")[0] == "WTSA – الجمعية العالمية لتقييس الاتصالات"
    assert _body_item(panel, "RA")[1]  # not confirmed for Arabic
    assert panel.body.currentData() == _res(mod_host).body  # the choice stays where it was
    mod_host.undo()
    assert _body_item(panel, "WTSA")[0] == "WTSA – Assemblée mondiale de normalisation des télécommunications"
