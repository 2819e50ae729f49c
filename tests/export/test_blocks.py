"""The intermediate blocks: one form for every writer."""

from __future__ import annotations

import pytest
from docxread import marked_document

from editor.export.blocks import EXPORT_VIEWS, layout
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
