"""File > Export (Word, PDF), Print Preview and Print, as functions the window calls.

Each takes the window (as the parent of its dialogs) and the DocumentHost,
asks what it must (file name, view, printer) unless the caller already
knows, shows a progress dialog while editor.export works, and reports a
failure as one sentence about the document, never a traceback.  They read
the document and change nothing, so there is nothing to undo.

Wiring (in the composition root or the window)::

    export = QAction(tr("&Export…"), window)
    export.triggered.connect(lambda: export_actions.export_docx(window, window.controller))
    preview.triggered.connect(lambda: export_actions.print_preview(window, window.controller))
    print_.setShortcut(QKeySequence.StandardKey.Print)            # Ctrl+P
    print_.triggered.connect(lambda: export_actions.print_document(window, window.controller))
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from editor.editing.host import DocumentHost
from editor.export import pdf
from editor.export.blocks import ExportView
from editor.export.docx import writer as docx_writer
from editor.gui.interface_language import QT_TRANSLATE_NOOP
from editor.xmlio.errors import DocumentError

#: The views offered, in the words of the View menu (editor.export.blocks.EXPORT_VIEWS).
VIEW_NAMES: dict[ExportView, str] = {  # translated where shown (`ask_view`)
    "markup": QT_TRANSLATE_NOOP("export", "Markup (revision marks, change bars)"),
    "final": QT_TRANSLATE_NOOP("export", "Final (changes accepted)"),
    "original": QT_TRANSLATE_NOOP("export", "Original (changes rejected)"),
    "print": QT_TRANSLATE_NOOP("export", "Print (marks as coloured underline and strike-through)"),
}


def show_error(parent: QWidget | None, text: str) -> None:
    """Tell the drafter why an export or print did not happen (tests replace this)."""
    QMessageBox.warning(parent, QCoreApplication.translate("export", "Export"), text)


def confirm_cover(parent: QWidget | None, missing: list[str]) -> bool:
    """Whether to export a contribution whose cover page still lacks `missing` (tests replace this)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("export", "Export"),
        QCoreApplication.translate("export", "The cover page has no %1 yet. Export it as it is?").replace("%1", ", ".join(missing)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_view(parent: QWidget | None, default: ExportView = "markup") -> ExportView | None:
    """Which view to export or print; None when cancelled."""
    names = [QCoreApplication.translate("export", name) for name in VIEW_NAMES.values()]
    keys = list(VIEW_NAMES)
    choice, ok = QInputDialog.getItem(parent, QCoreApplication.translate("export", "View"),
                                      QCoreApplication.translate("export", "Export the document as:"),
                                      names, keys.index(default) if default in keys else 0, False)
    return keys[names.index(choice)] if ok else None


def ask_comments(parent: QWidget | None, count: int) -> bool | None:
    """Whether to print the document's `count` comments as numbered notes at the end; None when cancelled (tests replace this)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("export", "Comments"),
        QCoreApplication.translate("export", "Print the %1 comment(s) as numbered notes at the end?").replace("%1", str(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes)
    return None if answer == QMessageBox.StandardButton.Cancel else answer == QMessageBox.StandardButton.Yes


def _with_comments(parent: QWidget | None, host: DocumentHost, comments: bool | None) -> bool | None:
    """The choice given, else asked when the document has comments (none: nothing to print)."""
    count = len(host.session.document.comments)
    if comments is not None or not count:
        return bool(comments) if comments is not None else False
    return ask_comments(parent, count)


def ask_path(parent: QWidget | None, suffix: str, kind: str, suggested: Path | None = None) -> Path | None:
    """A file to write, the dialog starting at `suggested` (the document's folder and name); None when cancelled."""
    start = str(suggested) if suggested is not None else ""
    name, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("export", "Export"), start, f"{kind} (*{suffix})")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class _Progress:
    """A modal progress dialog fed by editor.export's progress(done, total) callback."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(label, "", 0, 100, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.seen: list[int] = []

    def __call__(self, done: int, total: int) -> None:
        value = done * 100 // max(total, 1)
        self.seen.append(value)
        self.dialog.setValue(value)

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


def _run(parent: QWidget | None, label: str, work: Callable[[_Progress], object], failure: str) -> bool:
    progress = _Progress(parent, label)
    try:
        work(progress)
    except DocumentError as exc:
        show_error(parent, f"{exc}.")
        return False
    except OSError as exc:
        show_error(parent, f"{failure}: {exc.strerror or exc}.")
        return False
    finally:
        progress.close()
    return True


def _export(parent: QWidget | None, host: DocumentHost, path: Path | None, view: ExportView | None,
            suffix: str, kind: str, write: Callable[[Path, ExportView, _Progress], object]) -> Path | None:
    """Ask for what is not given, then write with a progress dialog; the file written or None."""
    view = view or ask_view(parent)
    path = path or (ask_path(parent, suffix, kind) if view else None)
    if view is None or path is None:
        return None
    done = _run(parent, QCoreApplication.translate("export", "Writing %s…") % path.name,
                lambda progress: write(path, view, progress), f"{path} was not written")
    return path if done else None


def export_docx(parent: QWidget | None, host: DocumentHost, path: Path | None = None, view: ExportView | None = None) -> Path | None:
    """File > Export > Word: the document in a chosen view as an ITU-styled .docx; returns the file written."""
    document = host.session.document
    return _export(parent, host, path, view, ".docx", QCoreApplication.translate("export", "Word document"),
                   lambda target, chosen, _progress: docx_writer.write(document, target, chosen))


def export_pdf(parent: QWidget | None, host: DocumentHost, path: Path | None = None, view: ExportView | None = None,
               comments: bool | None = None) -> Path | None:
    """File > Export > PDF: the printed pages as a PDF file (the comments as notes when chosen); returns the file written."""
    document = host.session.document
    chosen_comments = _with_comments(parent, host, comments)
    if chosen_comments is None:
        return None
    return _export(parent, host, path, view, ".pdf", "PDF",
                   lambda target, chosen, progress: pdf.write_pdf(document, target, chosen, progress, comments=chosen_comments))


def print_document(parent: QWidget | None, host: DocumentHost, printer: QPrinter | None = None, view: ExportView = "markup",
                   comments: bool | None = None) -> bool:
    """File > Print (Ctrl+P): ask for a printer unless one is given, then print `view` with progress."""
    with_comments = _with_comments(parent, host, comments)
    if with_comments is None:
        return False
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    document = host.session.document
    return _run(parent, QCoreApplication.translate("export", "Printing…"),
                lambda progress: pdf.render(document, printer, view, progress, comments=with_comments),
                "The document was not printed")


def preview_dialog(parent: QWidget | None, host: DocumentHost, view: ExportView = "markup", comments: bool = True) -> QPrintPreviewDialog:
    """The Print Preview dialog for `view`, not yet shown (print_preview shows it)."""
    dialog = QPrintPreviewDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("export", "Print Preview"))
    dialog.paintRequested.connect(lambda printer: pdf.render(host.session.document, printer, view, comments=comments))
    return dialog


def print_preview(parent: QWidget | None, host: DocumentHost, view: ExportView = "markup", comments: bool | None = None) -> bool:
    """File > Print Preview: the pages as they will print; printing from it goes to the chosen printer."""
    with_comments = _with_comments(parent, host, comments)
    if with_comments is None:
        return False
    dialog = preview_dialog(parent, host, view, with_comments)
    dialog.exec()
    dialog.deleteLater()
    return True
