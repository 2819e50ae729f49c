"""The model's inline content and its final / original / markup views."""

from __future__ import annotations

import pytest

from editor.model import Clause, Inline, Mark, Section, Span, normalize, project
from editor.model.inline import slice_spans, split_at
from tests.factories import base_resolution, mod_document

INS = Mark("ins", "A", "2022-01-01T00:00:00Z", 1)
DEL = Mark("del", "A", "2022-01-01T00:00:00Z", 2)


def test_views_of_marked_inline() -> None:
    inline = Inline([Span("Rev. "), Span("Hammamet, 2016", mark=DEL), Span("Geneva, 2022", mark=INS)])
    assert inline.text("markup") == "Rev. Hammamet, 2016Geneva, 2022"
    assert inline.text("final") == "Rev. Geneva, 2022"
    assert inline.text("original") == "Rev. Hammamet, 2016"


def test_normalize_merges_equal_neighbours_and_drops_empty() -> None:
    spans = normalize([Span("a"), Span(""), Span("b"), Span("c", italic=True), Span("d", italic=True), Span("", footnote="1")])
    assert spans == [Span("ab"), Span("cd", italic=True), Span("", footnote="1")]


def test_footnote_references_are_zero_width_and_never_merged() -> None:
    inline = Inline([Span("see"), Span("", footnote="1"), Span(" below")])
    assert inline.text() == "see below"
    assert [s.footnote for s in inline.spans] == [None, "1", None]


@pytest.mark.parametrize(("offset", "left", "right"), [(0, "", "abcdef"), (2, "ab", "cdef"), (3, "abc", "def"), (6, "abcdef", "")])
def test_split_at(offset: int, left: str, right: str) -> None:
    spans = [Span("abc"), Span("def", italic=True)]
    a, b = split_at(spans, offset)
    assert "".join(s.text for s in a) == left
    assert "".join(s.text for s in b) == right
    assert "".join(s.text for s in slice_spans(spans, 1, 5)) == "bcde"


def test_projection_resolves_block_marks_and_keeps_uids() -> None:
    section = Section("noting", "preambular", [Clause("a)", "kept;"), Clause("b)", "new,"), Clause("c)", "gone,")])
    section.clauses[1].change = INS
    section.clauses[2].change = DEL
    final = project(section, "final")
    original = project(section, "original")
    assert [c.label.text() for c in final.clauses] == ["a)", "b)"]
    assert [c.label.text() for c in original.clauses] == ["a)", "c)"]
    assert final.clauses[0].uid == section.clauses[0].uid
    assert all(c.change is None for c in final.clauses)
    assert final.clauses[0].parent is final


def test_mod_document_views_differ_only_where_marked() -> None:
    doc, _ = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    assert res.number_line("final") == "RESOLUTION 7 (Rev. Geneva, 2022)"
    assert res.number_line("original") == "RESOLUTION 7 (Rev. Hammamet, 2016)"
    assert res.history_entries("final")[-1] == "Geneva, 2022"
    assert res.history_entries("original")[-1] == "Hammamet, 2016"
    assert res.preamble.text("final").endswith("(Geneva, 2022),")
    original = project(doc, "original")
    base = base_resolution()
    orig_res = original.proposals[0].resolution
    assert orig_res is not None
    assert [[c.text.text() for c in s.clauses] for s in orig_res.sections] == [[c.text.text() for c in s.clauses] for s in base.sections]


def test_revision_parsing() -> None:
    res = base_resolution()
    rev = res.revision()
    assert rev is not None and rev.revised and rev.place == "Hammamet" and rev.year == "2016"
    assert str(rev) == "Rev. Hammamet, 2016"


def test_clause_levels() -> None:
    res = base_resolution()
    clause = res.sections[2].clauses[1]
    assert clause.level == 0
    assert clause.items[0].level == 1
    assert clause.items[0].ancestor(Section) is res.sections[2]
