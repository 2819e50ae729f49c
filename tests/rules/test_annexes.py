"""Annex paragraphs: outline numbers, lettered lists, punctuation of clause-like lists, and their fixes."""

from __future__ import annotations

import pytest

from editor.model import Clause, Document, Section
from editor.model.nodes import Annex
from editor.model.session import EditSession
from editor.rules.engine import RuleEngine, check_document, fix_all
from editor.rules.problem import Problem
from tests.factories import assert_valid
from tests.rules.documents import clauses, mod_of, resolution, standalone


def annex_doc(*paragraphs: tuple[str, str]) -> Document:
    res = resolution(Section("considering", "preambular", clauses(["a)", "b)"])),
                     Section("resolves", "operative", clauses(["1", "2"], ".")))
    doc = standalone()
    doc.proposals[0].resolutions = []
    res.annexes.append(Annex("ANNEX (TO RESOLUTION 7)", "Working methods", [Clause(label, text) for label, text in paragraphs]))
    res._adopt()
    doc.proposals[0].resolutions.append(res)
    doc.proposals[0]._adopt()
    return doc


def annex_problems(doc: Document) -> list[Problem]:
    return [p for p in check_document(doc) if p.section and p.section.startswith("annex")]


def paragraphs(doc: Document, view: str = "final") -> list[tuple[str, str]]:
    annex = doc.proposals[0].resolution.annexes[0]  # type: ignore[union-attr]
    return [(p.label.text(view), p.text.text(view)) for p in annex.paragraphs if p.visible_in(view)]  # type: ignore[arg-type]


CLEAN = [
    ("", "This annex sets out the working methods."),
    ("1", "Scope"),
    ("1.1", "The group covers the following:"),
    ("a)", "meetings;"),
    ("b)", "reports, which:"),
    ("i)", "are short; and"),
    ("ii)", "are public;"),
    ("c)", "budgets."),
    ("1bis", "Inserted heading"),
    ("1bis.1", "Text."),
    ("2", "Procedures"),
    ("", "A list of whole sentences:"),
    ("a)", "The chair opens the meeting."),
    ("b)", "The secretary writes the minutes."),
    ("", "Another list starts again:"),
    ("a)", "one"),
    ("b)", "two"),
    ("h)", "eight"),
    ("", "Markers:"),
    ("–", "first;"),
    ("–", "second."),
]


def test_a_well_formed_annex_passes() -> None:
    letters = [(f"{chr(97 + n)})", f"item {n}" + (";" if n < 8 else ".")) for n in range(9)]  # … h) i): i) after h) is a letter
    romans = [(r, "x" + (";" if r != "vi)" else ".")) for r in ("i)", "ii)", "iii)", "iv)", "v)", "vi)")]  # v) after iv) is roman
    doc = annex_doc(*[p for p in CLEAN if p[0] != "h)"], ("", "Letters:"), *letters, ("", "Romans:"), *romans)
    assert annex_problems(doc) == []


@pytest.mark.parametrize(
    ("typed", "rule", "message", "fixed"),
    [
        (["1", "2", "2", "3"], "lettering.duplicate", "paragraph 3 is numbered 2 but should be 3 (2 is already paragraph 2)", ["1", "2", "3", "4"]),
        (["1", "1.1", "1.3", "2"], "lettering.gap", "paragraph 3 is numbered 1.3 but should be 1.2", ["1", "1.1", "1.2", "2"]),
        (["1", "2", "1.1", "3"], "lettering.order", "paragraph 3 is numbered 1.1 but should be 2.1 (it comes after 2)", ["1", "2", "2.1", "3"]),
        (["2", "3"], "lettering.gap", "paragraph 1 is numbered 2 but should be 1 (an annex is numbered from 1)", ["1", "2"]),
        (["1", "1.1.1", "2"], "lettering.gap", "paragraph 2 is numbered 1.1.1 but should be 1.1", ["1", "1.1", "2"]),
    ],
)
def test_outline_numbers_are_checked_and_renumbered(typed: list[str], rule: str, message: str, fixed: list[str]) -> None:
    doc = annex_doc(*[(label, f"Heading {n}") for n, label in enumerate(typed)])
    found = annex_problems(doc)
    assert [(p.rule, p.message) for p in found][:1] == [(rule, f"annex 1: {message}")]
    assert found[0].fix == "renumber the annex" and found[0].section == "annex 1"
    fix_all(EditSession(doc), "lettering")
    assert [label for label, _ in paragraphs(doc)] == fixed
    assert annex_problems(doc) == []
    assert_valid(doc)


def test_bis_insertions_in_the_outline_are_kept() -> None:
    doc = annex_doc(("1", "A"), ("1bis", "B"), ("1bis.1", "C"), ("3", "D"))
    assert [p.message for p in annex_problems(doc)] == ["annex 1: paragraph 4 is numbered 3 but should be 2"]
    fix_all(EditSession(doc))
    assert [label for label, _ in paragraphs(doc)] == ["1", "1bis", "1bis.1", "2"]
    assert_valid(doc)


def test_lettered_lists_are_read_as_a_reader_does() -> None:
    doc = annex_doc(("", "It shall:"), ("a)", "meet;"), ("b)", "report:"), ("i)", "once;"), ("ii)", "twice;"),
                    ("d)", "stop."), ("", "Then:"), ("a)", "x;"), ("a)", "y."))
    found = annex_problems(doc)
    assert [(p.rule, p.clause, p.label) for p in found] == [("lettering.gap", 6, "d)"), ("lettering.duplicate", 9, "a)")]
    assert found[0].message == "annex 1: paragraph 6 is lettered d) but should be c)"
    assert found[0].fix == "reletter the list"
    fix_all(EditSession(doc), "lettering")
    assert [label for label, _ in paragraphs(doc)] == ["", "a)", "b)", "i)", "ii)", "c)", "", "a)", "b)"]
    assert annex_problems(doc) == []
    assert_valid(doc)


def test_clause_like_lists_are_punctuated_like_clauses() -> None:
    doc = annex_doc(("1", "Scope"), ("", "The group shall:"), ("a)", "meet."), ("b)", "report:"), ("i)", "once; and"),
                    ("ii)", "twice,"), ("c)", "stop; or"), ("d)", "end;"))
    found = annex_problems(doc)
    assert [(p.rule, p.label) for p in found] == [("punctuation.clause", "a)"), ("punctuation.clause", "ii)"),
                                                   ("punctuation.clause", "d)")]
    assert found[0].message == 'annex 1: paragraph 3 ends with "." but an item followed by another must end with ";"'
    assert found[2].message.endswith('the last item of a list that ends its sentence must end with "."')
    fix_all(EditSession(doc), "punctuation")
    assert [text for _, text in paragraphs(doc)][2:] == ["meet;", "report:", "once; and", "twice;", "stop; or", "end."]
    assert annex_problems(doc) == []
    assert_valid(doc)


@pytest.mark.parametrize(
    "list_",
    [
        [("", "The rules:"), ("a)", "The chair opens."), ("b)", "The chair closes.")],  # whole sentences
        [("", "The rules:"), ("a)", "one;"), ("", "A note between the items."), ("b)", "two,")],  # broken by prose
        [("", "The rules"), ("a)", "one;"), ("b)", "two,")],  # not introduced by ":"
        [("a)", "one;"), ("b)", "two,")],  # no introduction at all
    ],
)
def test_other_lists_are_not_held_to_clause_punctuation(list_: list[tuple[str, str]]) -> None:
    assert annex_problems(annex_doc(*list_)) == []


def test_annex_fixes_in_a_mod_are_tracked_and_base_text_problems_are_warnings() -> None:
    base = annex_doc(("1", "A"), ("1", "B"), ("", "It shall:"), ("a)", "x;"), ("b)", "y,")).proposals[0].resolution
    doc, session = mod_of(base)
    found = annex_problems(doc)
    assert [(p.rule, p.severity, p.view) for p in found] == [
        ("lettering.duplicate", "error", "final"), ("punctuation.clause", "error", "final")]
    last = base.annexes[0].paragraphs[4]  # type: ignore[union-attr]
    session.replace_text(last.text, 1, 2, ".")
    found = annex_problems(doc)
    assert [(p.rule, p.severity, p.view) for p in found] == [
        ("lettering.duplicate", "error", "final"), ("punctuation.clause", "warning", "original")]  # the repeat 1 is reported once
    assert found[1].message.startswith("in the text being modified, annex 1: paragraph 5") and found[1].fix is None
    fix_all(session)
    assert [label for label, _ in paragraphs(doc)] == ["1", "2", "", "a)", "b)"]
    assert [label for label, _ in paragraphs(doc, "original")] == ["1", "1", "", "a)", "b)"]
    assert base.annexes[0].paragraphs[1].label.has_marks()  # type: ignore[union-attr]
    assert [p for p in annex_problems(doc) if p.view == "final"] == []
    assert_valid(doc)


def test_engine_follows_annex_edits() -> None:
    doc = annex_doc(("1", "A"), ("2", "B"))
    session = EditSession(doc)
    engine = RuleEngine(session)
    annex = doc.proposals[0].resolution.annexes[0]  # type: ignore[union-attr]
    session.insert_node(annex, "paragraphs", 1, Clause("1", "C"))
    assert [p.rule for p in engine.problems] == ["lettering.duplicate"] and engine.problems == check_document(doc)
    session.set_text(annex.paragraphs[1].label, "1.1")
    assert engine.problems == [] == check_document(doc)
    res = doc.proposals[0].resolution
    session.insert_node(res, "annexes", 0, Annex("ANNEX 1", "", [Clause("2", "D")]))  # type: ignore[arg-type]
    assert [p.section for p in engine.problems] == ["annex 1"] and engine.problems == check_document(doc)
    session.undo()
    assert engine.problems == [] == check_document(doc)
    assert_valid(doc)


def test_references_in_an_annex_are_checked_and_follow_a_relettering() -> None:
    doc = annex_doc(("1", "Scope"), ("", "As considering b) and resolves 3 say."))
    found = annex_problems(doc)
    assert [(p.rule, p.message) for p in found] == [
        ("xref.missing", "annex 1: paragraph 2 refers to resolves 3, which does not exist")]
    session = EditSession(doc)
    engine = RuleEngine(session)
    res = doc.proposals[0].resolution
    considering = res.sections[0]  # type: ignore[union-attr]
    session.insert_node(considering, "clauses", 0, Clause("a)", "that a clause comes first;"))
    session.insert_node(res.sections[1], "clauses", 2, Clause("3", "that a third clause is added."))  # type: ignore[union-attr]
    assert [p.rule for p in engine.problems if p.section == "annex 1"] == [] and engine.problems == check_document(doc)
    fix_all(session, "lettering")
    assert paragraphs(doc)[1][1] == "As considering c) and resolves 3 say."
    assert engine.problems == check_document(doc)
    assert_valid(doc)


def test_annex_locations_name_the_paragraph_as_the_message_does() -> None:
    doc = annex_doc(("1", "A"), ("2", "B"), ("2", "C"), ("", "As resolves 3 says."))
    found = {p.rule: p for p in annex_problems(doc)}
    assert found["lettering.duplicate"].location() == "annex 1, paragraph 3 (2)"
    assert found["xref.missing"].location() == "annex 1, paragraph 4"
    assert_valid(doc)


@pytest.mark.parametrize(("code", "between", "last"), [("ar", "؛", "."), ("zh", "；", "。"), ("fr", ";", ".")])
def test_annex_lists_are_punctuated_with_the_languages_marks(code: str, between: str, last: str) -> None:
    doc = annex_doc(("", "The group shall:"), ("a)", f"meet{between}"), ("b)", f"report{between}"), ("c)", "end;"))
    doc.language = code
    found = annex_problems(doc)
    assert [(p.rule, p.label) for p in found] == [("punctuation.clause", "c)")]
    assert found[0].message.endswith(f'the last item of a list that ends its sentence must end with "{last}"')
    fix_all(EditSession(doc), "punctuation")
    assert [text for _, text in paragraphs(doc)][-1] == f"end{last}"
    assert annex_problems(doc) == []
