"""Our own Word export comes back as the document it was: import(export(doc)) == doc, marks with authors and dates included.

Compared as the canonical XML, after two normalisations that say what a
Word file cannot tell apart: mark ids are renumbered in order of
appearance (Word numbers each revision element itself), and "ITU-T" comes
back with the non-breaking hyphen the writer prints it with.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.generate import large_document
from editor.export.blocks import typographic
from editor.export.docx.writer import write
from editor.importers.docx import import_docx, renumber_marks
from editor.model.nodes import Document
from editor.model.views import project
from editor.xmlio import to_bytes
from editor.xmlio.reader import read_bytes, read_file
from tests.factories import base_document, marked_document, mod_document

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = sorted((ROOT / "examples").glob("*.xml"))


def canonical(document: Document) -> str:
    """The document's XML with marks numbered in order and ITU-T typed as the writer prints it."""
    copy = read_bytes(to_bytes(document))
    renumber_marks(copy)
    for node in copy.walk():
        for inline in node.inlines():
            inline.spans = [replace(s, text=typographic(s.text)) for s in inline.spans]
    return to_bytes(copy).decode()


def round_trip(document: Document, folder: Path, view: str = "markup") -> Document:
    path = folder / "out.docx"
    write(document, path, view)  # type: ignore[arg-type]
    return import_docx(path).document


CASES = {"base": base_document, "mod": lambda: mod_document()[0], "marked": marked_document,
         "large": lambda: large_document(resolutions=3, clauses=12)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_generated_documents_come_back_unchanged(name: str, tmp_path: Path) -> None:
    document = CASES[name]()
    back = round_trip(document, tmp_path)
    assert canonical(back) == canonical(document)
    if name == "marked":
        authors = {(m.author, m.date) for _, m, _ in back.marks()}
        assert authors == {("ARB", "2022-02-01T10:00:00Z"), ("EUR", "2022-03-04T05:06:07Z")}
        assert {type(n).__name__ for n, _, inline in back.marks() if inline is None} >= {"Section", "Clause", "Annex"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_comes_back_unchanged(path: Path, tmp_path: Path) -> None:
    document = read_file(path)
    assert canonical(round_trip(document, tmp_path)) == canonical(document)


@pytest.mark.parametrize("view", ["final", "original"])
def test_the_final_and_original_views_come_back_as_accept_and_reject(view: str, tmp_path: Path) -> None:
    document = marked_document()
    back = round_trip(document, tmp_path, view)
    assert not list(back.marks())
    assert canonical(back) == canonical(project(document, view))  # type: ignore[arg-type]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.readers
@pytest.mark.xfail(strict=True, reason="LibreOffice renumbers the footnotes of the re-saved marked document: keys differ (open)")
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_resave_of_our_export_comes_back_unchanged(tmp_path: Path) -> None:
    document = marked_document()
    ours = tmp_path / "ours.docx"
    write(document, ours)
    out = tmp_path / "lo"
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(out), str(ours)], check=True, capture_output=True, timeout=180)
    result = import_docx(out / "ours.docx")
    assert canonical(result.document) == canonical(document)
    assert not [m for m in result.messages if "paragraph mark" in m.message]
