"""Cross-references to clauses of the same resolution, and their update after relettering."""

from __future__ import annotations

from editor.model import Clause, Section
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from tests.factories import assert_valid
from tests.rules.documents import clauses, mod_of, mod_with_base_text, standalone


def xref_problems(doc) -> list:  # type: ignore[no-untyped-def]
    return [p for p in check_document(doc) if p.rule.startswith("xref.")]


def doc_with(text: str):  # type: ignore[no-untyped-def]
    return standalone(Section("considering", "preambular", clauses(["a)", "b)", "c)", "d)", "e)"])),
                      Section("resolves", "operative", [Clause("1", "that the considering clauses apply;"), Clause("2", text)]))


def test_existing_references_pass() -> None:
    assert xref_problems(doc_with("that the provisions referred to in considering c), d) and e) above and resolves 1 apply.")) == []


def test_reference_to_a_missing_clause_is_an_error() -> None:
    found = xref_problems(doc_with("that considering a) and f) above and resolves 3 apply."))
    assert [(p.section, p.clause, p.rule) for p in found] == [("resolves", 2, "xref.missing"), ("resolves", 2, "xref.missing")]
    assert "considering f)" in found[0].message and "resolves 3" in found[1].message


def test_references_to_other_texts_are_left_alone() -> None:
    assert xref_problems(doc_with("that resolves 9 of Resolution 2 (Rev. Geneva, 2022) and noting z) apply.")) == []


def test_relettering_updates_references() -> None:
    doc = standalone(Section("considering", "preambular", clauses(["a)", "b)", "b)", "c)"])),
                     Section("resolves", "operative", [Clause("", "that considering c) above applies.")]))
    assert xref_problems(doc) == []
    fix_all(EditSession(doc), "lettering")
    res = doc.proposals[0].resolution
    assert res.sections[1].clauses[0].text.text() == "that considering d) above applies."  # type: ignore[union-attr]
    assert xref_problems(doc) == []
    assert_valid(doc)


def test_reference_update_in_a_mod_is_tracked() -> None:
    doc, session = mod_of()
    res = doc.proposals[0].resolution
    assert res is not None
    noting, resolves = res.sections[1], res.sections[2]
    session.tracking = False  # the base text already makes the reference
    session.set_text(resolves.clauses[2].text, "to invite administrations to contribute, as noting b) says.")
    session.tracking = True
    session.insert_node(noting, "clauses", 0, Clause("a)", "that a first clause is inserted;"))
    assert [p.rule for p in check_document(doc) if p.view == "final"] == ["lettering.duplicate"]
    fix_all(session, "lettering")
    text = resolves.clauses[2].text
    assert text.text("final").endswith("as noting c) says.")
    assert text.text("original").endswith("as noting b) says.")
    assert any(s.mark is not None and s.mark.kind == "del" and s.text == "b)" for s in text.spans)
    assert [p for p in check_document(doc) if p.view == "final"] == []
    assert_valid(doc)


def test_explicit_cross_reference_targets_are_checked_and_retargeted() -> None:
    from editor.model import Inline, Span

    text = Inline([Span("that the clause in "), Span("considering", italic=True, xref="considering c)"), Span(" above applies.")])
    doc = standalone(Section("considering", "preambular", clauses(["a)", "b)", "b)", "c)"])),
                     Section("resolves", "operative", [Clause("", text)]))
    assert xref_problems(doc) == []
    fix_all(EditSession(doc), "lettering")
    spans = doc.proposals[0].resolution.sections[1].clauses[0].text.spans  # type: ignore[union-attr]
    assert [s.xref for s in spans if s.xref] == ["considering d)"]
    assert_valid(doc)
    broken = Inline([Span("that "), Span("this", xref="considering k)"), Span(" applies.")])
    doc = standalone(Section("considering", "preambular", clauses(["a)", "b)"])), Section("resolves", "operative", [Clause("", broken)]))
    assert [p.message for p in xref_problems(doc)] == ["resolves: clause 1 refers to considering k), which does not exist"]


def sub_item_doc(text: str, sub_labels: list[str] | None = None):  # type: ignore[no-untyped-def]
    items = [Clause(label, f"item {n};") for n, label in enumerate(sub_labels or ["a)", "b)", "c)"], 1)]
    return standalone(Section("considering", "preambular", [Clause("a)", "that one;", [Clause("i)", "x;"), Clause("ii)", "y,")]),
                                                            Clause("b)", "that two,")]),
                      Section("resolves", "operative", [Clause("1", "that the first applies:", items),
                                                        Clause("2", text)]))


def test_references_to_existing_sub_items_pass() -> None:
    assert xref_problems(sub_item_doc("that resolves 1 b), resolves 1 a) and c) and considering a) ii) apply.")) == []


def test_reference_to_a_missing_sub_item_is_an_error() -> None:
    found = xref_problems(sub_item_doc("that resolves 1 d), resolves 2 a) and considering a) i) and iii) apply."))
    assert [p.message.split("refers to ")[1] for p in found] == [
        "resolves 1 d), which does not exist", "resolves 2 a), which does not exist", "considering a) iii), which does not exist"]


def test_relettering_sub_items_updates_references_to_them() -> None:
    doc = sub_item_doc("that resolves 1 c) and d) and considering b) apply.", ["a)", "c)", "d)"])
    assert [p.rule for p in check_document(doc) if p.rule.startswith(("xref", "lettering"))] == ["lettering.gap"]
    fix_all(EditSession(doc), "lettering")
    res = doc.proposals[0].resolution
    assert [c.label.text() for c in res.sections[1].clauses[0].items] == ["a)", "b)", "c)"]  # type: ignore[union-attr]
    assert res.sections[1].clauses[1].text.text() == "that resolves 1 b) and c) and considering b) apply."  # type: ignore[union-attr]
    assert xref_problems(doc) == []
    assert_valid(doc)


def test_renumbering_clauses_keeps_the_sub_item_part_of_a_reference() -> None:
    doc = standalone(Section("resolves", "operative", [Clause("1", "that it holds;"), Clause("3", "that it applies:", [
        Clause("a)", "one;"), Clause("b)", "two;")]), Clause("4", "that resolves 3 b) and 4 apply.")]))
    assert [p.rule for p in check_document(doc)] == ["lettering.gap"]
    fix_all(EditSession(doc), "lettering")
    res = doc.proposals[0].resolution
    assert res.sections[0].clauses[2].text.text() == "that resolves 2 b) and 3 apply."  # type: ignore[union-attr]
    assert_valid(doc)


def test_relettering_sub_items_in_a_mod_is_tracked() -> None:
    doc, session = mod_of(sub_item_doc("that resolves 1 d) applies.", ["a)", "c)", "d)"]).proposals[0].resolution)
    fix_all(session, "lettering")
    text = doc.proposals[0].resolution.sections[1].clauses[1].text  # type: ignore[union-attr]
    assert text.text("final") == "that resolves 1 c) applies." and text.text("original") == "that resolves 1 d) applies."
    assert_valid(doc)


def test_a_missing_reference_records_where_its_labels_are() -> None:
    text = "that considering a) and f) above and resolves 2 x) apply."
    found = xref_problems(doc_with(text))
    assert [(text[p.offset:p.offset + p.length]) for p in found] == ["f)", "2 x)"]


def test_a_reference_around_tracked_deleted_text_spans_it_in_markup() -> None:
    doc, session, clause = mod_with_base_text(2, 2, "as noting zq) says.")
    session.delete_text(clause.text, len("as noting z"), len("as noting zq"))  # final "z)", the "q" kept as deleted
    assert clause.text.text("final") == "as noting z) says."
    (found,) = [p for p in check_document(doc) if p.rule == "xref.missing" and p.view == "final"]
    assert found.offset is not None and found.length is not None
    assert clause.text.text("markup")[found.offset:found.offset + found.length] == "zq)"
    assert_valid(doc)
