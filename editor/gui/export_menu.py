"""File > Export Word Document / Export PDF / Print Preview / Print, wired to editor.gui.export_actions.

The actions live in export_actions (dialogs, progress, one-sentence
errors); this module only puts them in the window's File menu.  Exports ask
for the view (markup, final, original or print) starting from the one the
document view shows; printing prints the view shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence

from editor.gui import export_actions
from editor.rules.proposals import empty_cover_fields

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow


class ExportMenu(QObject):
    """The export and print commands of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = window._action
        self.act_docx = make(self.tr("Export &Word Document…"), lambda: self.export("docx"), QKeySequence("Ctrl+E"))
        self.act_pdf = make(self.tr("Export P&DF…"), lambda: self.export("pdf"))
        self.act_preview = make(self.tr("Print Pre&view…"),
                                lambda: export_actions.print_preview(window, window.controller, window.view.mode))
        self.act_print = make(self.tr("&Print…"), lambda: export_actions.print_document(window, window.controller, view=window.view.mode),
                              QKeySequence.StandardKey.Print)
        self.actions = [self.act_docx, self.act_pdf, self.act_preview, self.act_print]
        for action in self.actions:
            window.file_menu.insertAction(window.export_separator, action)

    def export(self, kind: str) -> object:
        """Ask the view (starting from the one shown) and the file (the document's name beside it), then write with progress.

        A contribution whose cover page still lacks its essentials is
        exported only when the drafter says so (the cover.empty check).
        """
        window = self.window
        cover = window.controller.session.document.cover
        missing = empty_cover_fields(cover) if cover is not None else []
        if missing and not export_actions.confirm_cover(window, missing):
            return None
        view = export_actions.ask_view(window, window.view.mode)
        if view is None:
            return None
        suffix, name = (".docx", QCoreApplication.translate("export", "Word document")) if kind == "docx" else (".pdf", "PDF")
        path = export_actions.ask_path(window, suffix, name, window.suggested_path(suffix))
        if path is None:
            return None
        write = export_actions.export_docx if kind == "docx" else export_actions.export_pdf
        written = write(window, window.controller, path, view)
        if written is not None:
            self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(written)), 4000)
        return written

