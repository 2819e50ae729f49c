"""LibreOffice and pandoc read the cleaned package: the annex heading on two lines with its reference in lower
case, the number line at the top of the page, the ITU body styles; our own PDF sets the heading the same way."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from factories import annexed_document
from lxml import etree
from readertools import normalise, pandoc_paragraphs, require

from editor.export.blocks import layout
from editor.export.docx.writer import write

pytestmark = pytest.mark.readers

STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
NUMBER_LINE = "RESOLUTION 7 (Rev. Hammamet, 2016)"
REFERENCE = "(to Resolution 7 (Rev. Hammamet, 2016))"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("package") / "annexed.docx"
    write(annexed_document(), path, "final")
    return path


def _lines(pdf: Path) -> list[str]:
    pdftotext = require("pdftotext")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [normalise(line) for line in text.splitlines() if line.strip()]


def _assert_annex_heading(lines: list[str]) -> None:
    at = lines.index("ANNEX A")
    assert lines[at + 1] == REFERENCE, "the reference on its own line, not in capitals"


def test_libreoffice_sets_the_annex_heading_and_the_number_line_as_the_itu(
        exported: Path, soffice_convert: Callable[[Path, str], Path]) -> None:
    lines = _lines(soffice_convert(exported, "pdf"))
    assert lines[0] == NUMBER_LINE
    _assert_annex_heading(lines)


def test_libreoffice_keeps_the_itu_body_styles(exported: Path, soffice_convert: Callable[[Path, str], Path]) -> None:
    with zipfile.ZipFile(soffice_convert(exported, "odt")) as z:
        styles = etree.fromstring(z.read("styles.xml"))
    names = {el.get(f"{{{STYLE}}}display-name") or el.get(f"{{{STYLE}}}name") for el in styles.iter(f"{{{STYLE}}}style")}
    assert {"Section_No", "Section_title", "Heading_i", "Res_date", "Note", "Appendix_No", "Appendix_title", "Annex_No",
            "Table_head", "Table_text", "Figure", "Figure_legend"} <= names


def test_pandoc_reads_every_paragraph(exported: Path) -> None:
    expected = [normalise(b.text()) for b in layout(annexed_document(), "final").blocks if b.text().strip()]
    paragraphs = pandoc_paragraphs(exported)
    assert paragraphs == expected
    assert normalise("Annex A " + REFERENCE) in paragraphs


def test_our_pdf_sets_the_annex_heading_the_same_way(tmp_path: Path) -> None:
    from editor.export.pdf import ensure_gui_application, write_pdf

    ensure_gui_application()
    write_pdf(annexed_document(), tmp_path / "annexed.pdf", "final")
    lines = _lines(tmp_path / "annexed.pdf")
    assert lines[0] == NUMBER_LINE
    _assert_annex_heading(lines)
