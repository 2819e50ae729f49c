"""File > Export Word Document / Export PDF / Print Preview / Print, wired to editor.gui.export_actions.

The actions live in export_actions (dialogs, progress, one-sentence
errors); this module only puts them in the window's File menu.  Exports ask
for the view (markup, final, original or print) starting from the one the
document view shows; printing prints the view shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from editor.gui import export_actions

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
        for action in (self.act_docx, self.act_pdf, self.act_preview, self.act_print):
            window.file_menu.insertAction(window.export_separator, action)

    def export(self, kind: str) -> object:
        """Ask the view (starting from the one shown) and the file, then write with progress."""
        view = export_actions.ask_view(self.window, self.window.view.mode)
        if view is None:
            return None
        write = export_actions.export_docx if kind == "docx" else export_actions.export_pdf
        written = write(self.window, self.window.controller, None, view)
        if written is not None:
            self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(written)), 4000)
        return written

