"""The body of a long resolution in the model: its node kinds, their projections, review of their marks."""

from __future__ import annotations

import pytest

from editor.model.body import Figure, Heading, Part, Picture, Row, Table
from editor.model.nodes import Annex, Clause
from editor.model.session import EditSession
from editor.model.views import has_marks, project
from editor.revisions import review
from editor.xmlio.writer import to_bytes
from tests.factories import body_document, marked_body_document, png


def test_a_heading_is_a_clause_of_level_one_to_three_without_items() -> None:
    heading = Heading("1.13", "Voting", 2)
    assert isinstance(heading, Clause) and heading.items == [] and heading.CHILD_LISTS == ()
    with pytest.raises(ValueError, match="1, 2 or 3"):
        Heading("1", "Too deep", 4)


def test_a_picture_travels_as_base64_and_bad_text_is_refused() -> None:
    picture = Picture(png(), "image/png", 120, 90, "A flow chart")
    assert Picture.decoded(picture.encoded(), "image/png", 120, 90, "A flow chart") == picture
    with pytest.raises(ValueError, match="not base64"):
        Picture.decoded("not base64 at all!", "image/png", 1, 1)


def test_a_part_reads_its_number_from_its_heading_line() -> None:
    assert Part("Section 1bis").number() == "1bis"
    assert Part("SECTION\u00a07").number() == "7"
    assert Part("").number() == ""


def test_a_table_has_as_many_columns_as_its_widest_row() -> None:
    table = body_document().proposals[0].resolution.parts[1].paragraphs[3]  # type: ignore[union-attr]
    assert isinstance(table, Table) and table.columns == 2 and table.rows[0].header
    assert Table([Row([]), Row()]).columns == 0


def test_an_annex_and_an_appendix_hold_the_same_paragraphs_as_a_part() -> None:
    appendix = body_document().proposals[0].resolution.annexes[0]  # type: ignore[union-attr]
    assert isinstance(appendix, Annex) and appendix.kind == "appendix"
    assert [type(p).__name__ for p in appendix.paragraphs] == ["Clause", "Note"]
    assert [c.label.text() for c in appendix.clauses()[0].items] == ["•", "•"]


@pytest.mark.parametrize("view", ["final", "original"])
def test_accepting_or_rejecting_every_mark_gives_the_view(view: str) -> None:
    doc = marked_body_document()
    expected = to_bytes(project(doc, view))  # type: ignore[arg-type]
    session = EditSession(doc, tracking=False)
    (review.accept_all if view == "final" else review.reject_all)(session)
    assert not has_marks(doc)
    assert to_bytes(doc) == expected


def test_the_final_view_drops_deleted_rows_and_keeps_inserted_figures() -> None:
    doc = marked_body_document()
    final = project(doc, "final")
    table = final.proposals[0].resolution.parts[1].paragraphs[3]  # type: ignore[union-attr]
    assert isinstance(table, Table)
    assert [[c.text.text() for c in r.cells] for r in table.rows] == [["Text", "Approval"], ["Opinion", "WTSA"],
                                                                      ["Draft Question", "study group"]]
    original = project(doc, "original")
    second = original.proposals[0].resolution.parts[1]  # type: ignore[union-attr]
    assert sum(isinstance(p, Figure) for p in second.paragraphs) == 1
    assert len(original.proposals[0].resolution.parts) == 2  # type: ignore[union-attr]


def test_a_picture_is_written_in_short_lines() -> None:
    text = Picture(png(64, 64), "image/png", 10, 10).encoded()
    assert "\n" in text and max(len(line) for line in text.splitlines()) == 76
