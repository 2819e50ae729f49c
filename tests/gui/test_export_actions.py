"""File > Export and Print: the view shown is what is written, failures are one sentence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from editor.gui.export_actions import ExportCommands
from tests.factories import mod_document

pytest.importorskip("editor.export.pdf")


@pytest.fixture
def export(window) -> ExportCommands:  # type: ignore[no-untyped-def]
    window.load_document(mod_document()[0])
    return ExportCommands(window)


def test_export_docx_of_the_markup_view_has_revisions(export: ExportCommands, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    assert export.export_docx(out)
    body = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "<w:ins " in body and "<w:del " in body


def test_export_docx_of_the_final_view_is_clean(window, export: ExportCommands, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_view_mode("final")
    out = tmp_path / "final.docx"
    assert export.export_docx(out)
    body = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "<w:ins " not in body and "Geneva, 2022" in body


def test_export_pdf_and_print_to_a_pdf_printer(export: ExportCommands, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert export.export_pdf(out)
    assert out.read_bytes().startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert export.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_export_to_an_unwritable_place_is_one_message(window, export: ExportCommands, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not export.export_docx(tmp_path / "missing-folder" / "out.docx")
    assert len(window.errors) == 1 and "\n" not in window.errors[0]
