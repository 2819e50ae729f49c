"""A drafter's session in the full window: type, insert, delete, reorder, fix, undo everything, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from editor.app import build_window
from editor.gui.main_window import MainWindow
from editor.model import Clause
from editor.xmlio import save
from tests.factories import assert_valid, base_document


def _panel(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    return window.panels[f"dock-{name}"].widget()


def test_edit_with_keyboard_and_panels_then_undo_everything_to_the_original_bytes(qtbot, tmp_path: Path, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), recovery_dir)
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: "discard"
    doc_path = tmp_path / "R07.xml"
    original = base_document()
    considering = original.proposals[0].resolution.sections[0]  # type: ignore[union-attr]
    considering.clauses[-1].text.spans[0] = type(considering.clauses[-1].text.spans[0])("the duties of the Sector;")  # a wrong last mark
    save(original, doc_path)
    first_bytes = doc_path.read_bytes()
    assert window.open_path(doc_path)
    window.show()
    view, controller = window.view, window.controller
    res = controller.session.document.proposals[0].resolution
    assert res is not None

    # type into a clause
    clause = res.sections[2].clauses[0]
    view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(view, "also ")
    # a new clause with Enter, then text
    view.place_cursor(clause, "text", len(clause.text.text()))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "to report back.")
    assert [c.label.text() for c in res.sections[2].clauses] == ["1", "2", "2", "3"]
    # delete a clause and move one from the outline
    outline = _panel(window, "OutlinePanel")
    outline.delete(res.sections[1].clauses[0])
    assert len(res.sections[1].clauses) == 1
    moved = res.sections[2].clauses[0]
    assert outline.move_down(moved)
    assert res.sections[2].clauses[1] is moved
    # the outline reveals in the document view
    outline.tree.setCurrentItem(outline.item_of(res.sections[0].clauses[0].uid))
    assert view.location()[0] is res.sections[0].clauses[0]  # type: ignore[index]
    # a quick fix from the problems panel
    problems = _panel(window, "ProblemsPanel")
    wrong = [p for p in problems.problems if p.node_uid == considering_uid(res)]
    assert wrong
    problems.select(wrong[0])
    problems.fix_selected()
    assert res.sections[0].clauses[-1].text.text().endswith(",")
    assert view.toPlainText().count("the duties of the Sector,") == 1
    assert_valid(controller.session.document)

    while controller.session.can_undo():
        window.act_undo.trigger()
    assert not window.isWindowModified()
    assert window.save()
    assert doc_path.read_bytes() == first_bytes


def considering_uid(res) -> int:  # type: ignore[no-untyped-def]
    last: Clause = res.sections[0].clauses[-1]
    return last.uid
