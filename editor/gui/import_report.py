"""What the plain-text importer had to judge, shown beside the window without stopping the drafter.

An import of text copied out of Word or a PDF usually leaves a few lines the
importer could only guess at ("SRC:LINE: message", the form the command line
prints).  The drafter wants them at hand while correcting the new document,
so they are listed in a non-modal dialog that stays open next to the window
(and can be copied from), not in a message box that must be dismissed first.
A message about a place in the text takes the drafter there: double-click
or Enter asks for the node its line went into (for an unplaced paragraph,
the note that keeps it), so the list is worked through, not read and
searched for by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Place = tuple[int, str | None]  # the uid of a node and the field to put the cursor in (None: its first)


class ImportReport(QDialog):
    """The importer's messages for one imported file; `show_for` refills and raises it.

    `reveal_requested(uid, field)` is emitted when a message that has a
    place in the document is activated (double-click or Enter); field is a
    field name or None for the node's first.
    """

    reveal_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(self.tr("Import messages"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Double-click a message, or press Enter, to go to its place in the document"))
        self.list.itemActivated.connect(self.reveal)  # Enter, and a double-click where the style activates on it
        self.list.itemDoubleClicked.connect(self.reveal)  # revealing twice is harmless
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy"), self)
        copy.setToolTip(self.tr("Copy the messages to the clipboard"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_messages)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def show_for(self, path: Path, messages: list[str], places: Sequence[Place | None] = ()) -> None:
        """List `messages` (already "SRC:LINE: message") for the import of `path`, and show the dialog.

        `places[i]`, when given and not None, is the (uid, field) message i leads to.
        """
        self.list.clear()
        for row, text in enumerate(messages):
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, places[row] if row < len(places) else None)
        self.summary.setText(
            self.tr("%1 was imported as a new, untitled document. The importer had to judge %n place(s) in it; "
                    "check them against the text:", "", len(messages)).replace("%1", path.name))
        self.show()
        self.raise_()

    def place_of(self, row: int) -> Place | None:
        """The (uid, field) the message in `row` leads to, or None for a message about the whole file."""
        place = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        return (place[0], place[1]) if isinstance(place, tuple) else None

    def reveal(self, item: QListWidgetItem) -> None:
        place = self.place_of(self.list.row(item))
        if place is not None:
            self.reveal_requested.emit(*place)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def copy_messages(self) -> None:
        selected = [item.text() for item in self.list.selectedItems()]
        QGuiApplication.clipboard().setText("\n".join(selected or self.messages()))
