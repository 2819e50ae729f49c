"""The Find and Replace dialog (Ctrl+F, Ctrl+H): a thin face over editor.editing.search.

It searches the view shown (Markup: the live text, struck-through text
left out; Final or Original: their text), with Match case and Whole words
as in Word, and says how many it found or replaced.
"""

from __future__ import annotations

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

from editor.editing import search
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
        self.words_box = QCheckBox(self.tr("Whole words only"), self)
        self.status = QLabel(self)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Find:")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Replace with:")), 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        options = QHBoxLayout()
        options.addWidget(self.case_box)
        options.addWidget(self.words_box)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        buttons = QHBoxLayout()
        self.replace_buttons: list[QPushButton] = []
        for text, slot, replaces in (
            (self.tr("Find Previous"), lambda: self.find_next(backwards=True), False),
            (self.tr("Find Next"), self.find_next, False),
            (self.tr("Replace"), self.replace_one, True),
            (self.tr("Replace All"), self.replace_all, True),
            (self.tr("Close"), self.close, False),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if replaces:
                self.replace_buttons.append(button)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0, 1, 2)
        self.find_edit.returnPressed.connect(self.find_next)

    def open_for(self, replace: bool) -> None:
        selected = self.view.written_selection()
        if selected and "\n" not in selected:
            self.find_edit.setText(selected)
        editable = not self.view.isReadOnly()
        self.replace_edit.setEnabled(editable)
        for button in self.replace_buttons:
            button.setEnabled(editable)
        self.show()
        self.raise_()
        (self.replace_edit if replace and editable and self.find_edit.text() else self.find_edit).setFocus()

    def query(self) -> search.Query:
        return search.Query(self.find_edit.text(), self.case_box.isChecked(), self.words_box.isChecked())

    def _matches(self) -> list[search.Match]:
        return search.find_all(self.view.page, self.query())

    def _select(self, match: search.Match) -> None:
        self.view.select((match.index, match.view_start), (match.index, match.view_end))
        self.view.ensureCursorVisible()

    def find_next(self, backwards: bool = False) -> search.Match | None:
        matches = self._matches()
        start, end = self.view.selection()
        here = start if backwards else end
        match = search.next_match(matches, here[0], here[1], backwards)
        if match is None:
            self.status.setText(self.tr("Not found."))
            return None
        self.status.setText(self.tr("%n match(es).", "", len(matches)))
        self._select(match)
        return match

    def _selected_match(self) -> search.Match | None:
        start, end = self.view.selection()
        return next((m for m in self._matches() if (m.index, m.view_start) == start and (m.index, m.view_end) == end), None)

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
        """Replace every match of the view shown in one undo step; the status line says how many."""
        if self.view.isReadOnly():
            return 0
        matches = self._matches()
        if matches:
            self.view.controller.perform(self.tr("Replace all"), lambda: search.replace_all(self.view.session, matches, self.replace_edit.text()))
        self.status.setText(self.tr("Replaced %n occurrence(s).", "", len(matches)))
        self.view.message.emit(self.status.text())
        return len(matches)
