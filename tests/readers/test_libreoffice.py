"""LibreOffice opens our Word files: one tracked change per mark in ODT, and a PDF."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docxread import assert_valid, dated_document
from lxml import etree
from readertools import normalise, require

from editor.export.blocks import layout
from editor.export.docx.writer import write

pytestmark = pytest.mark.readers

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, soffice_convert: Callable[[Path, str], Path]) -> dict[str, Path]:
    """The dated document (every mark at its own minute) exported, then converted once to ODT and PDF."""
    doc, _ = dated_document()
    assert_valid(doc)
    folder = tmp_path_factory.mktemp("lo")
    write(doc, folder / "markup.docx", "markup")
    write(doc, folder / "final.docx", "final")
    return {
        "marks": len(layout(doc, "markup").marks()),  # type: ignore[dict-item]
        "odt": soffice_convert(folder / "markup.docx", "odt"),
        "pdf": soffice_convert(folder / "final.docx", "pdf"),
    }


def test_odt_has_one_tracked_change_per_mark(converted: dict[str, Path]) -> None:
    with zipfile.ZipFile(converted["odt"]) as z:
        content = etree.fromstring(z.read("content.xml"))
    regions = content.findall(f".//{{{TEXT}}}tracked-changes/{{{TEXT}}}changed-region")
    kinds = sorted(etree.QName(r[0]).localname for r in regions)
    assert len(regions) == converted["marks"]
    assert set(kinds) == {"insertion", "deletion"}
    creators = {el.text for el in content.iter("{http://purl.org/dc/elements/1.1/}creator")}
    assert creators == {"ARB"}


def test_odt_keeps_the_itu_styles(converted: dict[str, Path]) -> None:
    with zipfile.ZipFile(converted["odt"]) as z:
        styles = etree.fromstring(z.read("styles.xml"))
    names = {el.get("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}display-name") or el.get("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}name")
             for el in styles.iter("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}style")}
    assert {"Res_No", "Res_title", "Res_ref", "Call", "enumlev1", "Proposal", "Reasons"} <= names


def test_pdf_from_libreoffice_holds_the_final_text(converted: dict[str, Path]) -> None:
    data = converted["pdf"].read_bytes()
    assert data.startswith(b"%PDF")
    pdftotext = require("pdftotext")
    import subprocess

    text = subprocess.run([pdftotext, str(converted["pdf"]), "-"], capture_output=True, text=True, check=True).stdout
    assert "RESOLUTION 7 (Rev. Geneva, 2022)" in normalise(text)
    assert "Hammamet, 2016)," not in normalise(text)
