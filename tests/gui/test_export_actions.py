"""Export, print and preview from the window: files written in the chosen view, errors as sentences."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editor.gui import export_actions
from tests.gui.conftest import Host


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(export_actions, "show_error", lambda _parent, text: shown.append(text))
    return shown


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode()


def test_export_docx_in_each_view(parent: QWidget, mod_host: Host, tmp_path: Path, errors: list[str]) -> None:
    steps = len(mod_host.session.undo_stack)
    markup = export_actions.export_docx(parent, mod_host, tmp_path / "markup.docx", "markup")
    final = export_actions.export_docx(parent, mod_host, tmp_path / "final.docx", "final")
    assert markup is not None and final is not None and errors == []
    assert "<w:ins " in _document_xml(markup) and "<w:del " in _document_xml(markup)
    assert "<w:ins " not in _document_xml(final) and "<w:del " not in _document_xml(final)
    assert len(mod_host.session.undo_stack) == steps  # exporting changes nothing


def test_an_unwritable_target_is_one_sentence(parent: QWidget, host: Host, tmp_path: Path, errors: list[str]) -> None:
    target = tmp_path / "missing-folder" / "out.docx"
    assert export_actions.export_docx(parent, host, target, "markup") is None
    assert len(errors) == 1 and str(target) in errors[0] and "Traceback" not in errors[0]
    assert not target.exists()


def test_export_pdf(parent: QWidget, host: Host, tmp_path: Path, errors: list[str]) -> None:
    path = export_actions.export_pdf(parent, host, tmp_path / "out.pdf", "final")
    assert path is not None and path.read_bytes().startswith(b"%PDF") and errors == []


def test_print_to_a_given_printer_with_progress(parent: QWidget, mod_host: Host, tmp_path: Path,
                                                 errors: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[int]] = []
    original = export_actions._Progress.close

    def closing(self: export_actions._Progress) -> None:
        seen.append(self.seen)
        original(self)

    monkeypatch.setattr(export_actions._Progress, "close", closing)
    out = tmp_path / "printed.pdf"
    assert export_actions.print_document(parent, mod_host, _pdf_printer(out))
    assert out.read_bytes().startswith(b"%PDF") and errors == []
    assert seen and seen[0][-1] == 100


def test_the_preview_paints_the_document(parent: QWidget, host: Host, tmp_path: Path) -> None:
    dialog = export_actions.preview_dialog(parent, host, "markup")
    assert dialog is not None
    out = tmp_path / "preview.pdf"
    dialog.paintRequested.emit(_pdf_printer(out))
    assert out.read_bytes().startswith(b"%PDF")
    dialog.deleteLater()


def test_cancelling_the_view_question_writes_nothing(parent: QWidget, host: Host, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_actions, "ask_view", lambda _parent: None)
    assert export_actions.export_docx(parent, host, tmp_path / "x.docx") is None
    assert not (tmp_path / "x.docx").exists()


def test_pdf_and_print_ask_whether_to_print_the_comments(parent: QWidget, tmp_path: Path, errors: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.factories import commented_document

    _, session = commented_document()
    host = Host(session)
    answers: list[bool | None] = [None, False, True]
    asked: list[int] = []

    def ask(_parent: QWidget | None, count: int) -> bool | None:
        asked.append(count)
        return answers.pop(0)

    monkeypatch.setattr(export_actions, "ask_comments", ask)
    assert export_actions.export_pdf(parent, host, tmp_path / "cancelled.pdf", "markup") is None  # Cancel: nothing written
    assert not (tmp_path / "cancelled.pdf").exists()
    without = export_actions.export_pdf(parent, host, tmp_path / "without.pdf", "markup")
    with_notes = export_actions.export_pdf(parent, host, tmp_path / "with.pdf", "markup")
    assert asked == [3, 3, 3] and without is not None and with_notes is not None and errors == []
    assert with_notes.stat().st_size > without.stat().st_size  # the notes make a longer file
    assert export_actions.print_document(parent, host, _pdf_printer(tmp_path / "printed.pdf"), comments=False)
    assert asked == [3, 3, 3]  # a choice given is not asked again
