"""The clause commands behind Enter, Tab, Shift+Tab and Backspace, and the reading of pasted text."""

from __future__ import annotations

import pytest

from editor.editing.paste import clauses_from_text, paragraphs
from editor.editing.structure import (
    first_label,
    indent,
    join_with_previous,
    next_footnote_key,
    next_label,
    outdent,
    split_clause,
)
from editor.model import Clause, Footnote, Resolution, Section
from editor.model.session import EditSession
from tests.factories import assert_valid, base_document


def _list(labels: list[str], kind: str = "preambular") -> list[Clause]:
    section = Section("noting", kind, [Clause(label, "x;") for label in labels])  # type: ignore[arg-type]
    return section.clauses


@pytest.mark.parametrize(("labels", "at", "expected"), [
    (["a)", "b)"], 0, "b)"), (["y)", "z)"], 1, "aa)"), (["az)"], 0, "ba)"), (["b)", "b)bis"], 1, "c)"),
    (["za)", "zb)"], 1, "zc)"), (["", ""], 0, ""),
])
def test_enter_letters_the_new_clause_as_its_list_goes_on(labels: list[str], at: int, expected: str) -> None:
    assert next_label(_list(labels)[at]) == expected


@pytest.mark.parametrize(("labels", "at", "expected"), [
    (["1", "2"], 1, "3"), (["9"], 0, "10"), (["1bis"], 0, "2"),
])
def test_operative_numbers_go_on(labels: list[str], at: int, expected: str) -> None:
    assert next_label(_list(labels, "operative")[at]) == expected


@pytest.mark.parametrize(("labels", "at", "expected"), [
    (["i)", "ii)"], 1, "iii)"), (["i)"], 0, "ii)"), (["–", "–"], 0, "–"), (["a)", "b)"], 1, "c)"),
])
def test_sub_items_follow_the_scheme_of_their_list(labels: list[str], at: int, expected: str) -> None:
    parent = Clause("1", "x:", [Clause(label, "y;") for label in labels])
    assert next_label(parent.items[at]) == expected


def test_a_roman_sub_item_after_h_is_a_letter() -> None:
    parent = Clause("1", "x:", [Clause(label, "y;") for label in ("g)", "h)", "i)")])
    assert next_label(parent.items[2]) == "j)"


def test_first_label_of_a_section() -> None:
    assert first_label(Section("noting", "preambular")) == "a)"
    assert first_label(Section("resolves", "operative")) == "1"
    assert first_label(Section("resolves", "operative", [Clause("", "unlabelled.")])) == ""


def test_split_indent_outdent_join_as_one_step_each_and_valid() -> None:
    doc = base_document()
    session = EditSession(doc, author="T")
    res = doc.proposals[0].resolution
    assert res is not None
    noting = res.sections[1]
    first = noting.clauses[0]
    new, _, _ = split_clause(session, first, 9)
    assert [c.text.text() for c in noting.clauses[:2]] == ["that the ", "working methods are not the same;"]
    assert isinstance(new, Clause) and new.label.text() == "b)"
    moved, _, _ = indent(session, new)  # type: ignore[misc]
    assert first.items == [moved] and moved.level == 1
    back, _, _ = outdent(session, moved)  # type: ignore[misc]
    assert noting.clauses[1] is back
    place = join_with_previous(session, back, first)
    assert place == (first, "text", 9)
    assert first.text.text() == "that the working methods are not the same;"
    assert len(session.undo_stack) == 4
    assert_valid(doc)
    while session.undo_stack:
        session.undo()
    assert noting.clauses[0].text.text() == "that the working methods are not the same;" and len(noting.clauses) == 2


def test_tab_does_not_push_a_clause_or_its_sub_items_below_the_third_level() -> None:
    """A clause with two levels of its own below it may not go under the clause before it at level 1: its deepest
    sub-item would stand at level four, which the schema (and the ITU) do not have; one at level 0 may."""
    doc = base_document()
    session = EditSession(doc, author="T")
    res = doc.proposals[0].resolution
    assert res is not None
    first, second = res.sections[1].clauses[:2]
    middle = Clause("–", "in every language,", [Clause("•", "its short title.")])
    session.insert_node(second, "items", 0, middle)
    assert second.levels_below() == 2
    before = len(session.undo_stack)
    assert indent(session, second) is not None  # levels 1 to 3
    assert second.level == 1 and middle.items[0].level == 3
    session.insert_node(first, "items", 0, Clause("i)", "an earlier sub-item;"))
    assert indent(session, second) is None  # under "i)": its bullet would be at level four
    assert second.level == 1 and len(session.undo_stack) == before + 2
    assert_valid(doc)


def test_paste_fallback_splits_labels() -> None:
    assert paragraphs("a\r\n\r\nb\rc\n") == ["a", "b", "c"]
    assert paragraphs("a\u2029b\u2028c\x0bd\x0ce") == ["a", "b c d", "e"]  # Word's paragraph ends, line breaks and page breaks
    clauses = clauses_from_text("x)\tfirst;\n12 second,\nno label here")
    assert [(c.label.text(), c.text.text()) for c in clauses][-1] == ("", "no label here")
    inserted = clauses_from_text("a)quinquies\tthe fifth clause inserted after a);\n3sexies\tthe sixth after 3;")
    assert [c.label.text() for c in inserted] == ["a)quinquies", "3sexies"]  # every suffix the labels know (bis … decies)


def test_labels_and_keys_no_number_can_hold_never_break_enter_or_a_new_footnote() -> None:
    """A 5,000-digit label is more than Python reads as a number, and "²" is a digit that is no number."""
    assert next_label(_list(["9" * 5000], "operative")[0]) == ""
    assert next_label(_list(["41"], "operative")[0]) == "42"
    res = Resolution(footnotes=[Footnote("²", "x"), Footnote("9" * 5000, "y"), Footnote("3", "z")])
    assert next_footnote_key(res) == "4"


def test_a_keyword_of_the_documents_language_sets_the_section_kind() -> None:
    from editor.editing.structure import customary_keywords, set_keyword
    from tests.factories import language_document

    doc = language_document("fr")
    session = EditSession(doc, author="T")
    res = doc.proposals[0].resolution
    assert res is not None
    set_keyword(session, res.sections[0], "charge le Secrétaire général")
    assert res.sections[0].kind == "operative"
    assert "considérant" in customary_keywords("fr") and "considering" not in customary_keywords("fr")


@pytest.mark.parametrize(("label", "expected"), [("1.11", "1.12"), ("1bis.1.1", "1bis.1.2"), ("7", "8"), ("4.3bis", "4.4"), ("", "")])
def test_enter_in_a_body_section_goes_on_with_the_outline_number(label: str, expected: str) -> None:
    from editor.editing.structure import next_label
    from editor.model.body import Part

    provision = Clause(label, "A provision.")
    Part("SECTION 1", "Title", [provision])
    assert next_label(provision) == expected


def test_enter_after_a_heading_starts_an_unnumbered_paragraph() -> None:
    from editor.editing.structure import split_clause
    from editor.model.body import Heading, Part

    heading = Heading("1.13", "Voting", 2)
    part = Part("SECTION 1", "Title", [heading])
    doc = base_document()
    res = next(doc.resolutions())
    session = EditSession(doc, tracking=False)
    session.insert_node(res, "parts", 0, part)
    new, field, offset = split_clause(session, heading, len("Voting"))
    assert isinstance(new, Clause) and not isinstance(new, Heading)
    assert (new.label.text(), new.text.text(), field, offset) == ("", "", "text", 0)
    assert part.paragraphs == [heading, new]
    assert_valid(doc)
    session.undo()
    assert part.paragraphs == [heading]
