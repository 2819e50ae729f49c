"""The Find and Replace dialog (Ctrl+F, Ctrl+H): a thin face over editor.gui.search."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor.gui import search
from editor.gui.document_view import DocumentView


class FindReplaceDialog(QDialog):
    """Non-modal: the drafter keeps typing in the document while it is open."""

    def __init__(self, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.status = QLabel(self)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Find:")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Replace with:")), 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.case_box, 2, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Find Previous"), lambda: self.find_next(backwards=True)),
            (self.tr("Find Next"), self.find_next),
            (self.tr("Replace"), self.replace_one),
            (self.tr("Replace All"), self.replace_all),
            (self.tr("Close"), self.close),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0, 1, 2)
        self.find_edit.returnPressed.connect(self.find_next)

    def open_for(self, replace: bool) -> None:
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()

    def _matches(self) -> list[search.Match]:
        return search.find_all(self.view._rows, self.find_edit.text(), self.case_box.isChecked())

    def _select(self, match: search.Match) -> None:
        block = self.view._block(match.row)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + match.view_start)
        cursor.setPosition(block.position() + match.view_end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    def find_next(self, backwards: bool = False) -> search.Match | None:
        matches = self._matches()
        cursor = self.view.textCursor()
        pos = cursor.selectionStart() if backwards else cursor.selectionEnd()
        block = self.view.document().findBlock(pos)
        row = self.view.row_index(block.blockNumber())
        match = search.next_match(matches, row if row is not None else 0, pos - block.position(), backwards)
        if match is None:
            self.status.setText(self.tr("Not found."))
            return None
        self.status.setText(self.tr("%n match(es).", "", len(matches)))
        self._select(match)
        return match

    def _selected_match(self) -> search.Match | None:
        cursor = self.view.textCursor()
        block = self.view.document().findBlock(cursor.selectionStart())
        for m in self._matches():
            start = block.position() + m.view_start
            if m.row == self.view.row_index(block.blockNumber()) and start == cursor.selectionStart() and block.position() + m.view_end == cursor.selectionEnd():
                return m
        return None

    def replace_one(self) -> None:
        """Replace the selected match (if the selection is one), then find the next."""
        if self.view.isReadOnly():
            return
        match = self._selected_match()
        if match is not None:
            text = self.replace_edit.text()
            self.view.controller.perform(self.tr("Replace"), lambda: self.view.session.replace_text(match.inline, match.start, match.end, text))
            owner = match.inline.owner
            if owner is not None:
                self.view.place_cursor(owner, match.inline.field, match.start + len(text))
        self.find_next()

    def replace_all(self) -> int:
        if self.view.isReadOnly():
            return 0
        matches = self._matches()
        if matches:
            self.view.controller.perform(self.tr("Replace all"), lambda: search.replace_all(self.view.session, matches, self.replace_edit.text()))
        self.status.setText(self.tr("Replaced %n occurrence(s).", "", len(matches)))
        return len(matches)
