"""Final punctuation: ";" between clauses, "," before the next keyword, "." at the end, ":" before sub-items."""

from __future__ import annotations

import pytest

from editor.model import Clause, Section
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid, base_document
from tests.rules.documents import mod_with_base_text, rules, standalone


def punctuation(doc) -> list:  # type: ignore[no-untyped-def]
    return [p for p in check_document(doc) if p.rule.startswith("punctuation.")]


def two_sections(first: list[Clause], second: list[Clause]) -> object:
    return standalone(Section("considering", "preambular", first), Section("resolves", "operative", second))


def test_correct_text_passes() -> None:
    assert punctuation(base_document()) == []


@pytest.mark.parametrize(
    ("first", "second", "where", "message"),
    [
        (["a;", "b,"], ["1;", "2;"], ("resolves", 2), "the last clause of the resolution must end with \".\""),
        (["a;", "b;"], ["1;", "2."], ("considering", 2), "before resolves must end with \",\""),
        (["a,", "b,"], ["1;", "2."], ("considering", 1), "followed by another must end with \";\""),
        (["a;", "b,"], ["1", "2."], ("resolves", 1), "has no final punctuation"),
        (["a.", "b,"], ["1;", "2."], ("considering", 1), "ends with \".\""),
    ],
)
def test_wrong_endings_are_errors(first: list[str], second: list[str], where: tuple[str, int], message: str) -> None:
    letters = "abcdef"
    doc = two_sections([Clause(f"{letters[i]})", f"that {t}") for i, t in enumerate(first)],
                       [Clause(str(i + 1), f"that {t}") for i, t in enumerate(second)])
    found = punctuation(doc)
    assert [(p.section, p.clause) for p in found] == [where]
    assert message in found[0].message and found[0].severity == "error"


def test_sub_items_need_a_colon_and_the_last_item_closes_the_clause() -> None:
    items = [Clause("–", "one; and"), Clause("–", "two;")]
    doc = two_sections([Clause("", "that it holds,")], [Clause("1", "that it shall;", items), Clause("2", "that it ends.")])
    found = punctuation(doc)
    assert [(p.clause, p.subitem, p.rule) for p in found] == [(1, None, "punctuation.clause")]
    assert "\":\"" in found[0].message


def test_last_item_of_the_last_clause_ends_the_resolution() -> None:
    items = [Clause("–", "one;"), Clause("–", "two;")]
    doc = two_sections([Clause("", "that it holds,")], [Clause("", "that it shall:", items)])
    assert [(p.clause, p.subitem) for p in punctuation(doc)] == [(1, "2")]


def test_and_only_before_the_last_item() -> None:
    items = [Clause("–", "one; and"), Clause("–", "two; and"), Clause("–", "three;")]
    doc = two_sections([Clause("", "that it holds,")], [Clause("1", "that it shall:", items), Clause("2", "that it ends.")])
    found = punctuation(doc)
    assert [(p.rule, p.subitem) for p in found] == [("punctuation.and-or", "1")]


def test_preamble_ends_with_a_comma() -> None:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    EditSession(doc).set_text(res.preamble, "The World Telecommunication Standardization Assembly (Hammamet, 2016)")
    assert rules(punctuation(doc)) == ["punctuation.preamble"]
    assert fix_all(EditSession(doc), "punctuation") == 1
    assert res.preamble.text().endswith("(Hammamet, 2016),")
    assert punctuation(doc) == []
    assert_valid(doc)


def test_fix_replaces_only_the_ending() -> None:
    doc = two_sections([Clause("a)", "that a;"), Clause("b)", "that b.")], [Clause("", "that it ends")])
    assert fix_all(EditSession(doc), "punctuation") == 2
    res = doc.proposals[0].resolution
    assert [c.text.text() for s in res.sections for c in s.clauses] == ["that a;", "that b,", "that it ends."]  # type: ignore[union-attr]
    assert punctuation(doc) == []
    assert_valid(doc)


def test_fix_in_a_mod_strikes_the_old_mark_and_inserts_the_new() -> None:
    doc, session, clause = mod_with_base_text(0, 1, "the duties of the ITU Telecommunication Standardization Sector.")
    assert [(p.section, p.clause, p.view) for p in punctuation(doc)] == [("considering", 2, "final")]
    fix_all(session, "punctuation.clause")
    assert clause.text.text("final").endswith("Sector,")
    assert [(s.text, s.mark.kind if s.mark else None) for s in clause.text.spans][-2:] == [(".", "del"), (",", "ins")]
    # the base text itself had the full stop: that stays reported, as a warning about the original
    assert [(p.view, p.severity) for p in punctuation(doc)] == [("original", "warning")]
    assert_valid(doc)
