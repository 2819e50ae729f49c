"""Lettering and numbering: each rule fails on its error and passes on the correct text; the fixes reletter."""

from __future__ import annotations

import pytest

from editor.model import Clause, Section
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid
from tests.rules.documents import NOTING_SEED, RESOLVES_SEED, clauses, labels, mod_of, rules, seed_like, standalone


def lettering(doc) -> list:  # type: ignore[no-untyped-def]
    return [p for p in check_document(doc) if p.rule.startswith("lettering.")]


@pytest.mark.parametrize(
    ("kind", "typed", "rule", "clause", "should"),
    [
        ("preambular", ["a)", "b)", "c)", "b)", "c)"], "lettering.duplicate", 4, "d)"),
        ("preambular", ["a)", "c)", "d)"], "lettering.gap", 2, "b)"),
        ("preambular", ["b)", "c)"], "lettering.gap", 1, "a)"),
        ("preambular", ["a)", "c)", "b)"], "lettering.order", 3, "c)"),
        ("preambular", ["a)", "2", "c)"], "lettering.scheme", 2, "b)"),
        ("preambular", ["a)", "", "c)"], "lettering.missing", 2, "b)"),
        ("operative", ["1", "1", "2"], "lettering.duplicate", 2, "2"),
        ("operative", ["1", "2", "4"], "lettering.gap", 3, "3"),
        ("operative", ["1", "b)", "3"], "lettering.scheme", 2, "2"),
        ("preambular", ["a)", "a)bis", "a)quater"], "lettering.gap", 3, "a)ter"),
    ],
)
def test_sequence_errors_name_clause_label_and_expected(kind: str, typed: list[str], rule: str, clause: int, should: str) -> None:
    doc = standalone(Section("considering" if kind == "preambular" else "resolves", kind, clauses(typed, ".")))  # type: ignore[arg-type]
    found = [p for p in lettering(doc) if p.clause == clause]
    assert [p.rule for p in found] == [rule]
    assert found[0].severity == "error"
    assert f"should be {should}" in found[0].message
    assert found[0].label == typed[clause - 1]


@pytest.mark.parametrize(
    "typed",
    [
        ["a)", "b)", "b)bis", "b)ter", "c)"],
        ["1", "1bis", "2"],
        [chr(c) + ")" for c in range(ord("a"), ord("z") + 1)] + ["aa)", "ab)"],
        [chr(c) + ")" for c in range(ord("a"), ord("z") + 1)] + ["za)", "zb)"],
        ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"],
    ],
)
def test_correct_sequences_pass(typed: list[str]) -> None:
    kind = "operative" if typed[0].isdigit() else "preambular"
    assert lettering(standalone(Section("resolves" if kind == "operative" else "considering", kind, clauses(typed, ".")))) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("items", "bad"),
    [
        (["i)", "ii)", "iii)", "iv)", "v)"], None),
        (["a)", "b)", "c)"], None),
        (["–", "–", "–"], None),
        (["•", "•"], None),
        (["i)", "ii)", "iv)"], "lettering.gap"),
        (["–", "•", "–"], "lettering.scheme"),
        (["a)", "b)", "b)"], "lettering.duplicate"),
    ],
)
def test_sub_item_lists_keep_one_scheme(items: list[str], bad: str | None) -> None:
    parent = Clause("1", "that it shall:", [Clause(label, "item;") for label in items])
    doc = standalone(Section("resolves", "operative", [parent, Clause("2", "that it ends.")]))
    found = lettering(doc)
    assert rules(found) == ([bad] if bad else [])
    if bad:
        assert found[0].clause == 1 and found[0].subitem is not None


def test_label_on_a_single_clause_is_a_warning_and_the_fix_removes_it() -> None:
    doc = standalone(Section("recognizing", "preambular", [Clause("a)", "that it is alone,")]),
                     Section("resolves", "operative", [Clause("", "that it is done.")]))
    found = lettering(doc)
    assert [(p.rule, p.severity, p.section) for p in found] == [("lettering.single", "warning", "recognizing")]
    assert fix_all(EditSession(doc), "lettering") == 1
    assert lettering(doc) == []
    assert labels(doc.proposals[0].resolution.sections[0]) == [""]  # type: ignore[union-attr]
    assert_valid(doc)


def test_fix_reletters_the_seed_situation() -> None:
    doc = seed_like()
    assert [(p.section, p.clause, p.label) for p in lettering(doc)] == [
        ("noting", 4, "b)"), ("noting", 5, "c)"), ("resolves", 2, "1")]
    fix_all(EditSession(doc), "lettering")
    res = doc.proposals[0].resolution
    assert labels(res.sections[1]) == [chr(c) + ")" for c in range(ord("a"), ord("k") + 1)]  # type: ignore[union-attr]
    assert labels(res.sections[3]) == [str(n) for n in range(1, 12)]  # type: ignore[union-attr]
    assert lettering(doc) == []
    assert_valid(doc)


def test_fix_keeps_bis_insertions() -> None:
    doc = standalone(Section("considering", "preambular", clauses(["a)", "b)", "b)bis", "d)", "e)"])),
                     Section("resolves", "operative", [Clause("", "that it is done.")]))
    fix_all(EditSession(doc), "lettering")
    assert labels(doc.proposals[0].resolution.sections[0]) == ["a)", "b)", "b)bis", "c)", "d)"]  # type: ignore[union-attr]


def test_fix_in_a_mod_is_a_tracked_relettering() -> None:
    doc, session = mod_of()
    noting = doc.proposals[0].resolution.sections[1]  # type: ignore[union-attr]
    session.insert_node(noting, "clauses", 1, Clause("b)", "that a new clause is inserted;"))
    found = lettering(doc)
    assert [(p.rule, p.clause, p.label, p.view) for p in found] == [("lettering.duplicate", 3, "b)", "final")]
    fix_all(session, "lettering")
    old_b = noting.clauses[2]
    assert old_b.label.text("original") == "b)" and old_b.label.text("final") == "c)"
    assert [s.mark.kind for s in old_b.label.spans] == ["del", "ins"]  # type: ignore[union-attr]
    assert noting.clauses[1].label.text("markup") == "b)"  # inserted clause: its label needs no marks
    assert labels(noting, "original") == ["a)", "b)"]
    assert lettering(doc) == []
    reread = assert_valid(doc)
    assert labels(reread.proposals[0].resolution.sections[1]) == ["a)", "b)", "c)"]  # type: ignore[union-attr]


def test_original_view_problems_are_warnings_about_the_base_text() -> None:
    res = seed_like().proposals[0].resolution
    assert res is not None
    doc, session = mod_of(res)
    noting = res.sections[1]
    for clause in noting.clauses[3:]:
        session.delete_node(clause)
    found = lettering(doc)
    original = [p for p in found if p.view == "original"]
    assert {(p.section, p.clause) for p in original} >= {("noting", 4), ("noting", 5)}
    assert all(p.severity == "warning" and p.fix is None and "text being modified" in p.message for p in original)
    assert not [p for p in found if p.view == "final" and p.section == "noting"]
    assert_valid(doc)


def test_same_problem_in_both_views_is_reported_once() -> None:
    res = seed_like().proposals[0].resolution
    doc, _ = mod_of(res)
    found = [p for p in lettering(doc) if p.section == "noting"]
    assert [(p.clause, p.view, p.severity) for p in found] == [(4, "final", "error"), (5, "final", "error")]
    assert_valid(doc)


def test_seed_constants_are_what_the_seed_shows() -> None:
    assert len(NOTING_SEED) == 11 and len(RESOLVES_SEED) == 11


@pytest.mark.parametrize(
    ("items", "fixed"),
    [(["i)", "ii)", "iv)"], ["i)", "ii)", "iii)"]), (["–", "•", "–"], ["–", "–", "–"]), (["a)", "b)", "b)"], ["a)", "b)", "c)"])],
)
def test_fix_renumbers_a_sub_item_list(items: list[str], fixed: list[str]) -> None:
    parent = Clause("1", "that it shall:", [Clause(label, "item;") for label in items])
    doc = standalone(Section("resolves", "operative", [parent, Clause("2", "that it ends.")]))
    problem = lettering(doc)[0]
    assert problem.fix == {"a)": "reletter the list", "i)": "renumber the list", "–": "use one marker in the list"}[items[0]]
    fix_all(EditSession(doc))
    assert [c.label.text() for c in parent.items] == fixed
    assert lettering(doc) == []
    assert_valid(doc)


@pytest.mark.parametrize("tracking", [False, True])
def test_relettering_keeps_italic_letters(tracking: bool) -> None:
    from editor.model import Inline, Span

    res = seed_like().proposals[0].resolution
    assert res is not None
    for clause in res.sections[1].clauses:
        clause.label = Inline([Span(clause.label.text(), italic=True)])
        clause._adopt()
    doc, session = mod_of(res)
    session.tracking = tracking
    fix_all(session, "lettering")
    clause = res.sections[1].clauses[3]
    assert clause.label.text("final") == "d)"
    assert all(s.italic for s in clause.label.spans)
    assert clause.label.has_marks() is tracking
    assert_valid(doc)


def test_duplicate_in_a_sub_item_list_names_the_item() -> None:
    parent = Clause("2", "that it shall:", [Clause(label, "item;") for label in ["a)", "b)", "b)"]])
    doc = standalone(Section("resolves", "operative", [Clause("1", "that it holds;"), parent, Clause("3", "that it ends.")]))
    found = lettering(doc)
    assert [p.message for p in found] == ["resolves: clause 2, item 3 is lettered b) but should be c) (b) is already clause 2, item 2)"]
