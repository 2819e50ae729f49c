"""Real readers read the body: pandoc (tables, pictures, accept and reject of their marks), LibreOffice (a table
and a picture in the document it opens), and the PDF (the cells' text and the picture)."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from readertools import normalise, pandoc_paragraphs, require

from editor.export.docx.writer import write
from editor.export.pdf import ensure_gui_application, write_pdf
from tests.factories import body_document, marked_body_document

pytestmark = pytest.mark.readers


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("body")
    write(body_document(), out / "body.docx")
    for view in ("markup", "final", "original"):
        write(marked_body_document(), out / f"{view}.docx", view)  # type: ignore[arg-type]
    return out


def _words(paragraphs: list[str]) -> list[str]:
    return [w for p in paragraphs for w in p.split() if w.strip("-")]


@pytest.mark.parametrize(("track_changes", "clean_view"), [("accept", "final"), ("reject", "original")])
def test_accepting_or_rejecting_the_body_marks_gives_the_clean_view(folder: Path, track_changes: str, clean_view: str) -> None:
    """Compared word for word: pandoc empties a deleted table row on accept but keeps the row (Word removes it)."""
    tracked = pandoc_paragraphs(folder / "markup.docx", track_changes)
    assert _words(tracked) == _words(pandoc_paragraphs(folder / f"{clean_view}.docx"))


def _blocks(path: Path) -> list[dict[str, object]]:
    out = subprocess.run([require("pandoc"), "-f", "docx", "-t", "json", str(path)], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    blocks: list[dict[str, object]] = json.loads(out)["blocks"]
    return blocks


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return [str(node["c"])]
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_pandoc_reads_a_table_with_its_header_and_an_image(folder: Path) -> None:
    blocks = _blocks(folder / "body.docx")
    tables = [b for b in blocks if b["t"] == "Table"]
    assert len(tables) == 1
    words = " ".join(_strings(tables[0]))
    assert words.split() == ["Text", "Approval", "Resolution", "WTSA", "Question", "study", "group"]
    assert '"t": "Image"' in json.dumps(blocks)
    text = normalise(" ".join(_strings(blocks)))
    assert "1bis.1.1.1 Texts should be as brief as possible." in text
    assert "Figure 1 – Approval of texts" in text


def test_libreoffice_opens_the_table_and_the_picture(folder: Path, soffice_convert) -> None:  # type: ignore[no-untyped-def]
    odt = soffice_convert(folder / "body.docx", "odt")
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode()
        pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
    assert content.count("<table:table-row") == 3 and content.count("<table:table-cell") == 6
    assert "<draw:image" in content and len(pictures) == 1
    words = re.sub(r"<[^>]+>", "", content)
    assert "Section 1bis" in words and "1bis.1.1" in words


def test_the_pdf_shows_the_cells_and_the_picture(tmp_path: Path) -> None:
    ensure_gui_application()
    pdf = tmp_path / "body.pdf"
    write_pdf(body_document(), pdf)
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in text.splitlines() if line.split()[:1] == ["Resolution"]]
    assert rows == [["Resolution", "WTSA"]]  # one row of the table, its two cells side by side
    assert "Figure 1 – Approval of texts" in text and "SECTION 1bis" in text  # the suffix small under the capitals
    images = subprocess.run([require("pdfimages"), "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 3  # the header lines and one image at least
