"""Whole-field edits become the smallest tracked change a drafter would expect."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Document, Proposal, Resolution
from editor.model.session import EditSession
from editor.model.text_change import changed_range
from tests.factories import FIXED_DATE, assert_valid, mod_document


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Hammamet, 2016", "Geneva, 2022", (0, 14, 12)),
    ("a; b", "a; b; c", (4, 4, 7)),
    ("Hammamet", "Hamburg", (0, 8, 7)),
    ("the big dog", "the red dog", (4, 7, 7)),
    ("same", "same", (4, 4, 4)),
])
def test_changed_range_keeps_whole_words(old: str, new: str, expected: tuple[int, int, int]) -> None:
    assert changed_range(old, new) == expected


def test_a_changed_word_in_a_mod_is_one_deletion_and_one_insertion() -> None:
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    title = res.title.text("final")
    with session.transaction("Title"):
        session.change_text(res.title, title.replace("Collaboration", "Cooperation"))
    marked = [(s.mark.kind, s.text) for s in res.title.spans if s.mark is not None]
    assert marked == [("del", "Collaboration"), ("ins", "Cooperation")]
    assert res.title.text("original") == title
    assert_valid(doc)


def test_editing_a_line_that_already_has_marks_keeps_them() -> None:
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    before = res.adoption.text("original")
    with session.transaction("Adoption"):
        session.change_text(res.adoption, "Rev. Geneva, 2024")
    assert res.adoption.text("final") == "Rev. Geneva, 2024"
    assert res.adoption.text("original") == before
    assert_valid(doc)


@settings(max_examples=60, deadline=None)
@given(st.text("ab ,;x", max_size=12), st.text("ab ,;x", max_size=12), st.text("ab ,;y", max_size=12), st.booleans())
def test_final_text_is_what_was_asked_and_original_is_untouched(first: str, second: str, third: str, tracking: bool) -> None:
    res = Resolution(number="1", title="T", history=first)
    session = EditSession(Document([Proposal(resolution=res)]), author="A", tracking=tracking, clock=lambda: FIXED_DATE)
    session.change_text(res.history, second)
    session.change_text(res.history, third)
    assert res.history.text("final") == third
    if tracking:
        assert res.history.text("original") == first
    while session.undo() is not None:
        pass
    assert res.history.text("markup") == first
