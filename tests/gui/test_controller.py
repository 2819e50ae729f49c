"""The controller: the session's one history, modified state, autosave."""

from __future__ import annotations

from pathlib import Path

from editor.controller import DocumentController
from editor.model import Clause
from editor.model.nodes import Document, Proposal, Resolution
from editor.xmlio import read_file, to_bytes
from tests.factories import assert_valid, mod_document


def _res(ctl: DocumentController) -> Resolution:
    res = ctl.session.document.proposals[0].resolution
    assert res is not None
    return res


def test_each_session_step_is_one_undo_step_and_typing_merges(controller: DocumentController) -> None:
    before = to_bytes(controller.session.document)
    clause = _res(controller).sections[0].clauses[0]
    for n, ch in enumerate("new "):
        controller.perform("Typing", lambda n=n, ch=ch: controller.session.insert_text(clause.text, n, ch), ("type", id(clause.text)))
    assert len(controller.session.undo_stack) == 1
    controller.perform("Insert", lambda: controller.session.insert_node(_res(controller).sections[0], "clauses", 2, Clause("c)", "x;")))
    assert len(controller.session.undo_stack) == 2
    assert controller.is_modified()
    controller.undo()
    controller.undo()
    assert to_bytes(controller.session.document) == before
    assert not controller.is_modified()
    controller.redo()
    assert clause.text.text().startswith("new the purposes")
    controller.redo()
    assert len(_res(controller).sections[0].clauses) == 3
    assert_valid(controller.session.document)


def test_session_verbs_called_directly_are_undone_by_the_controller(controller: DocumentController) -> None:
    clause = _res(controller).sections[1].clauses[0]
    told: list[bool] = []
    controller.modified_changed.connect(told.append)
    controller.session.set_text(clause.label, "z)")
    assert controller.session.undo_label() == "Change text" and controller.is_modified()
    controller.undo()
    assert clause.label.text() == "a)"
    assert told == [True, False]
    assert controller.session.redo_label() == "Change text" and not controller.session.can_undo()


def test_replace_document_is_one_step_and_keeps_the_document_object(controller: DocumentController) -> None:
    original = controller.session.document
    before = to_bytes(original)
    new = Document([Proposal("ADD", "X/1/1", Resolution(number="1", title="New"))])
    controller.replace_document(new, "Edit source")
    assert controller.session.document is original
    assert original.proposals[0].identifier == "X/1/1"
    assert len(controller.session.undo_stack) == 1
    controller.undo()
    assert to_bytes(original) == before
    controller.redo()
    assert_valid(original)


def test_save_marks_clean_and_typing_after_save_is_modified_again(controller: DocumentController, tmp_path: Path) -> None:
    clause = _res(controller).sections[0].clauses[0]
    key = ("type", id(clause.text))
    controller.perform("Typing", lambda: controller.session.insert_text(clause.text, 0, "a"), key)
    target = tmp_path / "saved.xml"
    controller.save(target)
    assert not controller.is_modified()
    controller.perform("Typing", lambda: controller.session.insert_text(clause.text, 1, "b"), key)
    assert controller.is_modified()
    controller.undo()
    assert not controller.is_modified()
    assert to_bytes(read_file(target)) == to_bytes(controller.session.document)
    controller.undo()
    assert controller.is_modified()  # before the save
    controller.redo()
    assert not controller.is_modified()  # back to the saved state by redo
    controller.undo()
    controller.perform("Insert", lambda: controller.session.insert_node(_res(controller).sections[0], "clauses", 0, Clause("z)", "x;")))
    controller.redo()
    controller.undo()
    assert controller.is_modified()  # the saved state was undone, then left for another edit: out of reach


def test_track_changes_defaults_and_refusal() -> None:
    doc, _ = mod_document()
    mod = DocumentController(doc)
    assert mod.session.tracking
    add = DocumentController(Document([Proposal("ADD", "X/1/1", Resolution(number="1", title="t"))]))
    assert not add.session.tracking
    assert add.set_tracking(True) is False
    assert not add.session.tracking


def test_autosave_writes_only_while_modified_and_close_removes_it(controller: DocumentController, recovery_dir: Path) -> None:
    assert controller.autosave() is None
    clause = _res(controller).sections[0].clauses[0]
    controller.perform("Typing", lambda: controller.session.insert_text(clause.text, 0, "Z"))
    written = controller.autosave()
    assert written is not None and written.parent == recovery_dir
    assert read_file(written).proposals[0].resolution.sections[0].clauses[0].text.text().startswith("Z")  # type: ignore[union-attr]
    controller.close()
    assert not list(recovery_dir.glob("*.xml"))



def test_autosave_waits_for_a_pause_in_typing_but_not_forever(controller: DocumentController, recovery_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = [100.0]
    monkeypatch.setattr("editor.controller.time.monotonic", lambda: clock[0])
    controller.set_autosave_interval(5000)
    clause = _res(controller).sections[0].clauses[0]

    def type_at(t: float) -> None:
        clock[0] = t
        controller.perform("Typing", lambda: controller.session.insert_text(clause.text, 0, "x"), ("type", id(clause.text)))

    type_at(100.0)
    clock[0] = 104.0
    controller._autosave_tick()
    assert not list(recovery_dir.glob("*.xml"))  # younger than the interval
    type_at(105.5)
    clock[0] = 105.8
    controller._autosave_tick()
    assert not list(recovery_dir.glob("*.xml"))  # the drafter is typing: wait for a pause
    clock[0] = 106.6
    controller._autosave_tick()
    assert len(list(recovery_dir.glob("*.xml"))) == 1  # paused for a second
    first = next(recovery_dir.glob("*.xml")).stat().st_mtime_ns
    for step in range(0, 60):  # a keystroke every half second for a minute: the copy waits for a pause
        type_at(111.0 + step / 2)
        controller._autosave_tick()
    assert next(recovery_dir.glob("*.xml")).stat().st_mtime_ns == first
    for step in range(60, 122):  # and after a minute without one it is written all the same
        type_at(111.0 + step / 2)
        controller._autosave_tick()
    written = read_file(next(recovery_dir.glob("*.xml")))
    assert written.proposals[0].resolution.sections[0].clauses[0].text.text().startswith("x" * 120)  # type: ignore[union-attr]
