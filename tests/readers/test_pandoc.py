"""pandoc accepts our tracked changes into the final text and rejects them into the original text."""

from __future__ import annotations

from pathlib import Path

import pytest
from docxread import assert_valid, dated_document, marked_document
from readertools import normalise, pandoc_paragraphs

from editor.export.docx.writer import write
from editor.model import Document

pytestmark = pytest.mark.readers


@pytest.fixture(scope="module", params=["marked", "dated"])
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    doc, _ = marked_document() if request.param == "marked" else dated_document()
    assert_valid(doc)
    folder = tmp_path_factory.mktemp(request.param)
    for view in ("markup", "final", "original"):
        write(doc, folder / f"{view}.docx", view)  # type: ignore[arg-type]
    return doc, folder


@pytest.mark.parametrize(("track_changes", "clean_view"), [("accept", "final"), ("reject", "original")])
def test_accepting_or_rejecting_gives_the_clean_view(exported: tuple[Document, Path], track_changes: str, clean_view: str) -> None:
    _, folder = exported
    tracked = pandoc_paragraphs(folder / "markup.docx", track_changes)
    clean = pandoc_paragraphs(folder / f"{clean_view}.docx")
    assert tracked == clean


@pytest.mark.parametrize("view", ["final", "original"])
def test_clean_text_is_the_model_text_paragraph_by_paragraph(exported: tuple[Document, Path], view: str) -> None:
    doc, folder = exported
    res = doc.proposals[0].resolution
    assert res is not None
    paragraphs = pandoc_paragraphs(folder / f"{view}.docx")
    expected = [normalise(res.number_line(view)), normalise(res.title.text(view)), f"({normalise(res.history.text(view))}",
                normalise(res.preamble.text(view))]
    start = paragraphs.index(expected[0])
    assert paragraphs[start + 1] == expected[1]
    assert paragraphs[start + 2].startswith(expected[2])  # the history line may end with a footnote marker
    assert paragraphs[start + 3] == expected[3]
    clauses = [normalise(f"{c.label.text(view)} {c.text.text(view)}")
               for sec in res.sections for c in sec.clauses if c.visible_in(view)]
    body = paragraphs[start + 4:]
    positions = [body.index(c) for c in clauses]
    assert positions == sorted(positions)


def test_deleted_clause_leaves_no_empty_paragraph_after_accept(exported: tuple[Document, Path]) -> None:
    _, folder = exported
    accepted = pandoc_paragraphs(folder / "markup.docx", "accept")
    assert not any(p.startswith("2 that the necessary contacts") for p in accepted)
    assert not any(p.startswith("– for work where text") for p in accepted)
    i = accepted.index("1 to invite ISO and IEC to examine the study programme;")
    assert accepted[i + 1] == "3 to invite administrations to contribute to the coordination."
