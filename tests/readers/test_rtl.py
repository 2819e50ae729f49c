"""An Arabic document read by others: LibreOffice and pandoc open its DOCX, pdftotext reads our PDF, in logical order.

PDF text extraction gives Arabic letters in their presentation forms (the
shaped glyphs); NFKC turns them back into the letters typed, which is what
"in logical order" is compared on.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from readertools import normalise, pandoc_paragraphs, require

from editor.export.docx.writer import write as write_docx
from tests.factories import ARABIC_CLAUSE, arabic_document

pytestmark = pytest.mark.readers

PHRASES = ("إذ تضع في اعتبارها", "أن يتعاون:", "مع المنظمة الدولية للتوحيد القياسي؛", "مع اللجنة الكهرتقنية الدولية؛")
LAM_ALEF = "الجمعية العالمية لتقييس الاتصالات"  # its لا ligatures: which fonts' PDF text keeps them differs


def _plain(text: str) -> str:
    """Text as typed: presentation forms undone, bidi marks dropped, spacing collapsed."""
    folded = unicodedata.normalize("NFKC", text)
    return normalise("".join(c for c in folded if unicodedata.category(c) != "Cf"))


def _pdf_text(path: Path) -> str:
    pdftotext = require("pdftotext")
    return _plain(subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rtl") / "ar.docx"
    write_docx(arabic_document(), path, "final")
    return path


def test_pandoc_reads_the_arabic_docx_in_logical_order(docx_file: Path) -> None:
    paragraphs = [_plain(p) for p in pandoc_paragraphs(docx_file)]
    assert any(p.endswith(_plain(ARABIC_CLAUSE)) for p in paragraphs)  # Latin runs in their logical place
    for phrase in (*PHRASES, LAM_ALEF):
        assert any(phrase in p for p in paragraphs), phrase


def test_libreoffice_opens_the_arabic_docx_right_to_left(docx_file: Path, soffice_convert: Callable[[Path, str], Path]) -> None:
    odt = soffice_convert(docx_file, "fodt")  # the flat ODF shows how LibreOffice read the paragraphs
    content = odt.read_text(encoding="utf-8")
    assert 'style:writing-mode="rl-tb"' in content
    text = _pdf_text(soffice_convert(docx_file, "pdf"))  # LibreOffice's substitute font drops the لا ligatures' text
    for phrase in PHRASES:
        assert phrase in text, phrase


def test_our_pdf_of_an_arabic_document_gives_its_text_in_logical_order(tmp_path: Path) -> None:
    from editor.export.pdf import ensure_gui_application, write_pdf

    ensure_gui_application()
    path = tmp_path / "ar.pdf"
    write_pdf(arabic_document(), path, "final")
    text = _pdf_text(path)
    for phrase in (*PHRASES, LAM_ALEF, "القرار"):
        assert phrase in text, phrase
