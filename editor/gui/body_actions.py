"""Insert > Body: the menu that adds the parts of a long resolution's body where the cursor is.

Body Section, Heading, Note, Table, Table Row, Figure… and Appendix, each
one undoable step through the session (a block mark in a MOD), the cursor
then in the new element's first field (editor.editing.body).  Figure… asks
for a picture file: PNG, JPEG or GIF, read whole (up to PICTURE_LIMIT) and
kept in the document at its size, so the file travels alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from editor.editing.commands import BodyElement
from editor.model.body import Picture
from editor.xmlio.errors import printable

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

# The largest picture a figure takes (a figure of a resolution is a diagram, not a photograph album).
PICTURE_LIMIT = 16 * 1024 * 1024
_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}


def read_picture(path: Path) -> Picture | str:
    """The picture a file holds, with its printed size in points; else the sentence saying what is wrong with it."""
    name = printable(path.name)
    media_type = _TYPES.get(path.suffix.lower())
    if media_type is None:
        return QCoreApplication.translate("BodyCommands", "%1: a figure takes a PNG, JPEG or GIF picture").replace("%1", name)
    try:
        if path.stat().st_size > PICTURE_LIMIT:
            return QCoreApplication.translate("BodyCommands", "%1: the picture is larger than %2 MiB").replace("%1", name).replace("%2", str(PICTURE_LIMIT >> 20))
        data = path.read_bytes()
    except OSError as exc:
        return QCoreApplication.translate("BodyCommands", "%1: could not be read (%2)").replace("%1", name).replace("%2", str(exc.strerror or exc))
    image = QImage.fromData(data)
    if image.isNull():
        return QCoreApplication.translate("BodyCommands", "%1: not a picture this editor can show (damaged, or of another kind than its name says)").replace("%1", name)
    dpi = image.dotsPerMeterX() * 0.0254 or 96.0
    return Picture(data, media_type, round(image.width() * 72 / dpi, 2), round(image.height() * 72 / dpi, 2), path.stem)


class BodyCommands(QObject):
    """The Insert > Body submenu of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = window._action
        self.menu = window.insert_menu.addMenu(self.tr("&Body"))
        self.actions = {
            "section": make(self.tr("Body &Section"), lambda: self.insert("section")),
            "heading": make(self.tr("&Heading"), lambda: self.insert("heading")),
            "note": make(self.tr("&Note"), lambda: self.insert("note")),
            "table": make(self.tr("&Table"), lambda: self.insert("table")),
            "row": make(self.tr("Table &Row"), lambda: self.insert("row")),
            "figure": make(self.tr("&Figure…"), self.insert_figure),
            "appendix": make(self.tr("&Appendix"), lambda: self.insert("appendix")),
        }
        self.menu.addActions(list(self.actions.values()))

    def insert(self, what: BodyElement) -> None:
        self.window.view.edit.insert_body(what)

    def ask_picture(self) -> Path | None:
        """The picture file the drafter picks (tests answer by replacing it)."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Insert Figure"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.gif)"))
        return Path(name) if name else None

    def insert_figure(self) -> None:
        path = self.ask_picture()
        if path is None:
            return
        picture = read_picture(path)
        if isinstance(picture, str):
            self.window.statusBar().showMessage(picture, 8000)
            return
        self.window.view.edit.insert_body("figure", picture)
