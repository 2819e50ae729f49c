"""Printing and PDF from the same blocks: pages, progress, and the module's Qt boundary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docxread import assert_valid, marked_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def app(qapp):  # type: ignore[no-untyped-def]
    """The test run's QApplication, which the PDF code finds and shares (it makes one only when there is none)."""
    from editor.export.pdf import ensure_gui_application

    return ensure_gui_application()


@pytest.mark.parametrize("view", ["markup", "final", "original", "print"])
def test_every_view_prints_a_cover_page_and_the_proposal(app, view: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from editor.export.pdf import render

    doc, _ = marked_document()
    assert_valid(doc)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    seen: list[tuple[int, int]] = []
    pages = render(doc, writer, view, lambda done, total: seen.append((done, total)))
    assert pages == 2, "cover page, then the proposal on its own page"
    assert bytes(data.data()).startswith(b"%PDF")
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and seen[-1] == (100, 100)
    page_layout = writer.pageLayout()
    size = page_layout.fullRect(page_layout.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (210, 297)


def test_pdf_file_is_written_atomically(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from editor.export.pdf import write_pdf

    doc, _ = marked_document()
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous")
    write_pdf(doc, out, "final")
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"], "no temporary or backup file left behind"


def test_module_imports_without_an_application() -> None:
    code = "import editor.export.pdf as m; from PySide6.QtGui import QGuiApplication; print(QGuiApplication.instance())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "None"


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    """The PySide6 None leak (see editor.qtcompat): far more calls than None's usual reference count."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QTransform\n"
        "from editor.qtcompat import protect_none\n"
        "protect_none()\n"
        "t = QTransform()\n"
        "for _ in range(300_000):\n"
        "    t.reset()\n"
        "print('done')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "done"


def test_render_prints_on_a_qprinter(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window's Print and Print Preview hand render() a QPrinter."""
    from PySide6.QtPrintSupport import QPrinter

    from editor.export.pdf import render

    doc, _ = marked_document()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render(doc, printer, "markup") == 2
    assert printer.fullPage()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_an_empty_document_prints_one_blank_page(app) -> None:  # type: ignore[no-untyped-def]
    from editor.export.pdf import to_pdf_bytes
    from editor.model import Document

    assert to_pdf_bytes(Document([]), "markup").startswith(b"%PDF")


def _printed_lines(document):  # type: ignore[no-untyped-def]
    """Each printed paragraph of `document` as the PDF lays it out: its text and the text of each of its lines."""
    from PySide6.QtGui import QTextDocument

    from editor.export.blocks import layout
    from editor.export.pdf import _Column
    from editor.export.styles import PAGE
    from editor.export.text_formats import TextFormats, layout_dpi

    lay = layout(document)
    formats = TextFormats(layout_dpi(), lay.language)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setTextWidth(formats.twips(PAGE.text_width))
    column = _Column(doc, formats, lay.view)
    for block in lay.blocks:
        column.add(block)
    doc.size()
    out = []
    block = doc.begin()
    while block.isValid():
        text, lines = block.text(), block.layout()
        out.append((text, [text[lines.lineAt(i).textStart():lines.lineAt(i).textStart() + lines.lineAt(i).textLength()]
                           for i in range(lines.lineCount())]))
        block = block.next()
    return out


def test_an_arabic_cover_keeps_its_tabbed_lines_whole_and_no_printed_line_starts_with_a_dash(app) -> None:  # type: ignore[no-untyped-def]
    from editor.model import Cover
    from tests.factories import arabic_document

    doc = arabic_document()
    title = "المقترحات المشتركة لجماعة آسيا والمحيط الهادئ بشأن أعمال المؤتمر – دستور مستقر للاتحاد"
    doc.cover = Cover(conference="مؤتمر المندوبين المفوضين", meeting="الجلسة العامة", document="67", addendum="1",
                      date="4 سبتمبر 2014", languages="بالإنكليزية", title=title)
    printed = _printed_lines(doc)
    tabbed = [lines for text, lines in printed if "\t" in text and ("الإضافة" in text or "الأصل" in text)]
    assert tabbed and all(len(lines) == 1 for lines in tabbed), tabbed  # "الجلسة العامة ⇥ الإضافة 1 للوثيقة 67-A" on one line
    titled = next(lines for text, lines in printed if "دستور" in text)
    assert len(titled) > 1, "the title wraps at this width, which is what the test is about"
    assert not any(line.lstrip("\u2066").startswith("\u2013") for line in titled)
