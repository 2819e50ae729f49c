"""The intermediate blocks: one form for every writer."""

from __future__ import annotations

import pytest
from docxread import marked_document

from editor.export.blocks import EXPORT_VIEWS, Block, layout, page_blocks
from editor.model import Clause, Document, Footnote, Inline, Proposal, Resolution, Section, Span


def test_views_and_an_unknown_view() -> None:
    doc, _ = marked_document()
    assert set(EXPORT_VIEWS) == {"markup", "final", "original", "print"}
    assert layout(doc, "markup").marks() == layout(doc, "print").marks() != []
    assert layout(doc, "final").marks() == [] and layout(doc, "original").marks() == []
    with pytest.raises(ValueError, match="unknown view"):
        layout(doc, "draft")  # type: ignore[arg-type]


def test_sub_items_of_a_deleted_clause_inherit_its_mark() -> None:
    doc, _ = marked_document()
    lay = layout(doc, "markup")
    deleted = [b for b in lay.body if b.mark is not None and b.mark.kind == "del"]
    assert [b.style for b in deleted] == ["Normal", "enumlev1", "enumlev1"]
    assert len({b.mark for b in deleted}) == 1


def test_footnotes_are_numbered_through_the_document() -> None:
    def res(n: str) -> Resolution:
        return Resolution(number=n, title="T", history=Inline([Span("Geneva, 2022"), Span("", footnote="a")]),
                          sections=[Section("resolves", "operative", [Clause("", "x.")])], footnotes=[Footnote("a", f"Note of {n}.")])

    doc = Document([Proposal("MOD", "X/1/1", res("1")), Proposal("MOD", "X/1/2", res("2"))])
    lay = layout(doc, "final")
    refs = [r.footnote for b in lay.body for r in b.runs if r.footnote is not None]
    assert refs == [1, 2]
    assert [(f.number, "".join(r.text for r in f.runs)) for f in lay.footnotes] == [(1, "Note of 1."), (2, "Note of 2.")]


def test_docx_export_reports_progress_up_to_done() -> None:
    from editor.export.docx.writer import to_bytes

    doc, _ = marked_document()
    seen: list[tuple[int, int]] = []
    to_bytes(doc, "markup", lambda done, total: seen.append((done, total)))
    dones = [d for d, _ in seen]
    assert len(seen) > 5 and dones == sorted(dones)
    assert seen[-1] == (100, 100) and {t for _, t in seen} == {100}


def _footnoted() -> tuple[Block, Clause]:
    res = Resolution(number="1", title="T", sections=[Section("noting", "preambular", [
        Clause("a)", Inline([Span("abc"), Span("", footnote="k"), Span("de")]))])], footnotes=[Footnote("k", "Note.")])
    doc = Document([Proposal(resolution=res)])
    clause = res.sections[0].clauses[0]
    block = next(b for b in page_blocks(doc) if b.node is clause)
    return block, clause


@pytest.mark.parametrize(("markup", "position"), [(0, 3), (3, 6), (4, 8), (5, 9)])
def test_a_field_maps_markup_offsets_past_the_footnote_number(markup: int, position: int) -> None:
    block, clause = _footnoted()
    assert block.shown() == "a)\tabc1de"
    assert block.position_of(clause.uid, "text", markup) == position


@pytest.mark.parametrize(("position", "markup"), [(3, 0), (6, 3), (7, 3), (8, 4), (9, 5)])
def test_a_position_inside_or_after_the_footnote_number_is_the_reference_s_place(position: int, markup: int) -> None:
    """Shown "a)⇥abc¹de": before and inside the number are the reference's place, markup 3."""
    block, clause = _footnoted()
    assert block.locate(position) is not None
    field, offset = block.locate(position)  # type: ignore[misc]
    assert (field.node, field.name, offset) == (clause, "text", markup)


def test_the_editable_form_gives_every_field_a_place_and_the_export_form_none() -> None:
    doc = Document([Proposal(resolution=Resolution(number="1", title="T", sections=[Section("noting", "preambular", [Clause("", "")])]))])
    editable = page_blocks(doc)
    clause_block = editable[-1]
    assert [(f.name, f.start, f.length) for f in clause_block.fields()] == [("label", 0, 0), ("text", 0, 0)]
    assert [b.style for b in editable] == ["ResNo", "Restitle", "Normalaftertitle", "Call", "Normal"]
    exported = layout(doc).body
    assert [b.style for b in exported] == ["ResNo", "Restitle", "Call", "Normal"] and not any(b.fields() for b in exported)


def test_the_annex_heading_breaks_before_its_reference_and_the_screen_keeps_every_character() -> None:
    from factories import annexed_document

    from editor.export.blocks import BREAK

    doc = annexed_document("Annex A (to Resolution 7 (Rev. Hammamet, 2016))")
    annex = next(doc.resolutions()).annexes[0]
    (printed,) = [b for b in layout(doc).body if b.style == "AnnexNo"]
    assert printed.text() == "Annex A" + BREAK + "(to Resolution 7 (Rev. Hammamet, 2016))"
    assert [r.caps_off for r in printed.runs] == [False, False, True]
    (shown,) = [b for b in page_blocks(doc) if b.style == "AnnexNo"]
    assert shown.text() == "Annex A " + BREAK + "(to Resolution 7 (Rev. Hammamet, 2016))", "the space stays on screen"
    fields = shown.fields()
    assert [(f.name, f.markup_start, f.markup_length) for f in fields] == [("heading", 0, 8), ("heading", 8, 39)]
    assert shown.locate(9) == (fields[1], 8), "the cursor after the break is before the reference's bracket"
    assert shown.position_of(annex.uid, "heading", 8) == 8, "the reference's place is also the end of the first line"
    assert shown.position_of(annex.uid, "heading", 9) == 10, "past the break, positions count it"


def test_a_number_line_that_starts_a_page_has_no_space_above_it_in_print() -> None:
    from factories import base_document, mod_document

    assert layout(base_document()).body[0].space_before == 0.0
    assert all(b.space_before is None for b in layout(mod_document()[0]).body)
    assert all(b.space_before is None for b in page_blocks(base_document())), "the screen keeps the style's space"


@pytest.mark.parametrize(("code", "reference", "running", "abstract", "standalone"), [
    ("en", "Addendum 2 to Document 36-E", "WTSA-20/36(Add.2)-E", "Abstract:", "WTSA – Resolution 7"),
    ("fr", "Addendum 2 au Document 36-F", "WTSA-20/36(Add.2)-F", "Résumé:", "WTSA – Résolution 7"),
    ("ar", "الإضافة 2 للوثيقة 36-A", "WTSA-20/36(Add.2)-A", "ملخص:", "WTSA – القرار 7"),
    ("zh", "第36号文件补遗2", "WTSA-20/36(Add.2)-C", "摘要：", "WTSA – 第7号决议"),
])
def test_the_cover_and_the_running_head_speak_the_documents_language(
        code: str, reference: str, running: str, abstract: str, standalone: str) -> None:
    from editor.export.blocks import running_header
    from editor.model import Cover
    from tests.factories import language_document

    doc = language_document(code)
    assert running_header(doc) == standalone
    doc.cover = Cover(conference="C", acronym="WTSA-20", document="36", addendum="2", abstract="…")
    lay = layout(doc)
    texts = ["".join(run.text for run in block.runs) for block in lay.cover]
    assert any(text.endswith(reference) for text in texts)
    assert any(text.startswith(abstract) for text in texts)
    assert lay.header == running == doc.cover.running_reference(code)
    assert doc.cover.document_reference(code) == reference


def test_a_latin_label_of_an_arabic_clause_is_isolated_on_screen_and_the_isolates_have_no_place_of_their_own() -> None:
    from tests.factories import arabic_document

    doc = arabic_document()
    clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    block = next(b for b in page_blocks(doc) if b.node is clause)
    assert block.shown().startswith("\u2066a)\u2069\t")
    assert block.direction_marks() == {0, 3}
    label = [(f.name, f.start, f.length) for f in block.fields()]
    assert label[:2] == [("label", 1, 2), ("text", 5, len(clause.text.text("markup")))]
    places = [(found[0].name, found[1]) if (found := block.locate(p)) else None for p in range(6)]
    assert places == [("label", 0), ("label", 0), ("label", 1), ("label", 2), ("label", 2), ("text", 0)]
    assert block.position_of(clause.uid, "label", 0) == 1  # the cursor goes inside the isolate, before "a"
    printed = next(b for b in layout(doc).body if b.node is clause)
    assert printed.shown().startswith("a)\t")  # the writers isolate for themselves (DOCX with marks, PDF with isolates)
    sub_item = clause.ancestor(Resolution).sections[1].clauses[0].items[0]  # type: ignore[union-attr]
    assert next(b for b in page_blocks(doc) if b.node is sub_item).shown().startswith("–\t")  # a dash needs none
    doc.language = "en"
    assert next(b for b in page_blocks(doc) if b.node is clause).shown().startswith("a)\t")
