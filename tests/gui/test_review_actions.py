"""Review menu: next/previous change, accept and reject at the cursor or all, compare, new MOD."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.gui.review_actions import ReviewCommands, parse_conference
from editor.model import Document, Inline, View, project
from editor.xmlio import save, to_bytes
from tests.factories import assert_valid, base_document, mod_document


@pytest.fixture
def review(window) -> ReviewCommands:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    window.load_document(doc)
    return ReviewCommands(window)


def _text(window, view: View) -> str:  # type: ignore[no-untyped-def]
    res = window.controller.session.document.proposals[0].resolution
    return res.number_line(view) + " " + res.preamble.text(view)


def test_parse_conference() -> None:
    assert parse_conference(" Geneva , 2022") == ("Geneva", "2022")
    assert parse_conference("Geneva 2022") is None


def test_next_and_previous_change_move_the_cursor(window, review: ReviewCommands) -> None:  # type: ignore[no-untyped-def]
    first = review.next_change()
    assert first is not None
    assert window.view.location()[0] is first.node
    second = review.next_change()
    assert second is not None and second.mark != first.mark
    assert review.previous_change().mark == first.mark


def test_accept_at_cursor_then_undo(window, review: ReviewCommands) -> None:  # type: ignore[no-untyped-def]
    before = to_bytes(window.controller.session.document)
    change = review.next_change()
    assert review.decide("accept") >= 1
    assert len(window.controller.session.undo_stack) == 1
    assert change.mark not in {m for _, m, _ in window.controller.session.document.marks()}
    window.controller.undo()
    assert to_bytes(window.controller.session.document) == before


def test_accept_all_gives_the_final_text_and_reject_all_the_original(window, review: ReviewCommands) -> None:  # type: ignore[no-untyped-def]
    final, original = _text(window, "final"), _text(window, "original")
    review.decide_all("accept")
    assert _text(window, "markup") == final
    window.controller.undo()
    review.decide_all("reject")
    assert _text(window, "markup") == original
    assert "Geneva, 2022" not in window.view.toPlainText()
    assert_valid(window.controller.session.document)


def _new_mod(window, tmp_path: Path, identifier: str) -> Document:  # type: ignore[no-untyped-def]
    """File > New MOD Proposal on R07.xml, the dialog answered with Geneva, 2022 and `identifier`."""
    source = tmp_path / "R07.xml"
    save(base_document(), source)
    commands = ReviewCommands(window)
    commands.choose_resolution = lambda: source
    commands.ask_proposal = lambda: ("Geneva", "2022", identifier)
    assert commands.new_mod_proposal()
    return window.controller.session.document  # type: ignore[no-any-return]


def test_new_mod_proposal_records_the_date_updates(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = _new_mod(window, tmp_path, "ARB/36A2/1")
    assert doc.proposals[0].action == "MOD"
    assert window.controller.session.tracking and window.isWindowModified()
    assert "Geneva, 2022" in doc.proposals[0].resolution.number_line("final")  # type: ignore[union-attr]
    assert "Hammamet, 2016" in doc.proposals[0].resolution.number_line("original")  # type: ignore[union-attr]
    assert_valid(doc)


def test_compare_with_marks_the_differences(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    newer = base_document()
    clause = newer.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    clause.text = Inline.plain("the aims of the Union set forth in Article 1 of the ITU Constitution;")
    clause._adopt()
    other = tmp_path / "newer.xml"
    save(newer, other)
    commands = ReviewCommands(window)
    commands.choose_resolution = lambda: other
    assert commands.compare_with()
    marked = window.controller.session.document

    def texts(doc: Document, view: View) -> list[str]:
        return [c.text.text() for c in project(doc, view).proposals[0].resolution.sections[0].clauses]  # type: ignore[union-attr]

    assert texts(marked, "final") == texts(newer, "final")
    assert texts(marked, "original") == texts(base_document(), "final")
    assert "aims" in window.view.toPlainText() and "purposes" in window.view.toPlainText()
    assert_valid(marked)


def test_new_mod_asks_the_identifier_and_fills_the_cover_from_the_open_contribution(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.load_document(mod_document()[0])  # the contribution open now: conference, source, meeting
    doc = _new_mod(window, tmp_path, "ARB/36A3/1")
    assert doc.proposals[0].identifier == "ARB/36A3/1"
    assert doc.cover is not None
    assert (doc.cover.document, doc.cover.addendum, doc.cover.source, doc.cover.acronym) == ("36", "3", "Arab States Administrations", "WTSA-20")
