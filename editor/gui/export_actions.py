"""File > Export DOCX/PDF, Print Preview and Print, over editor.export.

Installed by the composition root when editor.export is present.  What is
exported or printed is the view the document view shows (Markup: Word
revisions and coloured marks; Final or Original: clean text).  Long jobs
show a progress dialog and keep the window painting.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from editor.gui.optional import available
from editor.xmlio import DocumentError

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

Progress = Callable[[int, int], None]


class ExportCommands(QObject):
    """The export and print commands of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.docx: Any = importlib.import_module("editor.export.docx.writer")
        self.pdf: Any = importlib.import_module("editor.export.pdf")
        make = window._action
        self.act_docx = make(self.tr("Export &Word Document…"), self.export_docx, QKeySequence("Ctrl+E"))
        self.act_pdf = make(self.tr("Export P&DF…"), self.export_pdf)
        self.act_preview = make(self.tr("Print Pre&view…"), self.print_preview)
        self.act_print = make(self.tr("&Print…"), self.print_dialog, QKeySequence.StandardKey.Print)
        menu = window.file_menu
        for action in (self.act_docx, self.act_pdf, self.act_preview, self.act_print):
            menu.insertAction(window.export_separator, action)

    def _view(self) -> str:
        return self.window.view.mode

    def _suggested(self, suffix: str) -> str:
        path = self.window.controller.path
        return str(path.with_suffix(suffix)) if path else f"untitled{suffix}"

    def _run(self, title: str, job: Callable[[Progress], object]) -> bool:
        """Run `job(progress)` with a progress dialog; a failure is one sentence in a dialog."""
        dialog = QProgressDialog(title, "", 0, 100, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            QApplication.processEvents()

        try:
            job(progress)
        except DocumentError as exc:
            self.window.show_error(str(exc))
            return False
        except OSError as exc:
            self.window.show_error(self.tr("%1: could not be written: %2").replace("%1", str(exc.filename or "")).replace("%2", exc.strerror or str(exc)))
            return False
        finally:
            dialog.reset()
            dialog.deleteLater()
        return True

    def export_docx(self, path: Path | None = None) -> bool:
        return self._export(path, self.tr("Export Word Document"), ".docx", self.tr("Word documents (*.docx)"), self.docx.write)

    def export_pdf(self, path: Path | None = None) -> bool:
        return self._export(path, self.tr("Export PDF"), ".pdf", self.tr("PDF documents (*.pdf)"), self.pdf.write_pdf)

    def _export(self, path: Path | None, title: str, suffix: str, filter_text: str, writer: Callable[..., object]) -> bool:
        """Write the document in the view shown with `writer(document, path, view, progress)`."""
        path = path or self.choose_export_path(title, suffix, filter_text)
        if path is None:
            return False
        document, view = self.window.controller.session.document, self._view()
        done = self._run(self.tr("Exporting…"), lambda progress: writer(document, path, view, progress))
        if done:
            self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 4000)
        return done

    def print_to(self, printer: QPrinter) -> bool:
        """Render the document on `printer` (what Print and Print Preview both call)."""
        document, view = self.window.controller.session.document, self._view()
        return self._run(self.tr("Printing…"), lambda progress: self.pdf.render(document, printer, view, progress))

    def print_dialog(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.paintRequested.connect(lambda p: self.pdf.render(self.window.controller.session.document, p, self._view()))
        preview.exec()

    def choose_export_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, title, self._suggested(suffix), filter_text)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)


def install_export(window: MainWindow) -> ExportCommands | None:
    """Add the export and print commands when editor.export is installed; None otherwise."""
    if not available("editor.export.docx.writer", "editor.export.pdf"):
        return None
    commands = ExportCommands(window)
    window.export = commands  # type: ignore[attr-defined]
    return commands
