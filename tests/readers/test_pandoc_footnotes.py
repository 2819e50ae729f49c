"""pandoc accepts an inserted footnote into the final text and rejects it out of the original, and the reverse for a deleted one."""

from __future__ import annotations

from pathlib import Path

import pytest
from docxread import assert_valid
from footnotedocs import DELETED_NOTE, INSERTED_NOTE, KEPT_NOTE, tracked_footnotes_document
from readertools import normalise, pandoc_paragraphs

from editor.export.docx.writer import write

pytestmark = pytest.mark.readers


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc, _ = tracked_footnotes_document()
    assert_valid(doc)
    out = tmp_path_factory.mktemp("footnotes")
    for view in ("markup", "final", "original"):
        write(doc, out / f"{view}.docx", view)  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(("track_changes", "clean_view", "present", "absent"), [
    ("accept", "final", INSERTED_NOTE, DELETED_NOTE),
    ("reject", "original", DELETED_NOTE, INSERTED_NOTE),
])
def test_accept_or_reject_gives_the_clean_view_with_its_footnotes(
    folder: Path, track_changes: str, clean_view: str, present: str, absent: str
) -> None:
    tracked = pandoc_paragraphs(folder / "markup.docx", track_changes)
    assert tracked == pandoc_paragraphs(folder / f"{clean_view}.docx")
    text = " ".join(tracked)
    assert normalise(present) in text and normalise(KEPT_NOTE) in text
    assert normalise(absent) not in text
