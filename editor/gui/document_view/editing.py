"""What the keyboard, the menus and the clipboard do in the document view, through editor.editing.commands.

The view hands its cursor over as page spots; `ViewEditing` runs the
command and puts the cursor where the command says, or tells the status
bar why nothing happened.  `handle_key` is the key map: Enter a new clause,
Tab a sub-item level, Ctrl+Tab out of the text, and so on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from editor.editing.commands import BodyElement, Commands, Outcome
from editor.model.body import Picture

if TYPE_CHECKING:
    from editor.gui.document_view.view import DocumentView

NAVIGATION = {
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
}


class ViewEditing(QObject):
    """The editing verbs of one document view."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.commands = Commands(view.controller, lambda: view.page)
        self.menu_sections: list[Callable[[QMenu, QPoint | None], list[QAction]]] = []
        """Entries about the word right-clicked (the spelling suggestions, made as children of the menu), put first."""
        self.refusals = {
            "fixed-text": self.tr("This part of the line is not text: edit the proposal line and the other fixed parts in Properties."),
            "no-deeper": self.tr("This clause cannot go a level deeper."),
            "not-sub-item": self.tr("This clause is not a sub-item."),
            "paste-where": self.tr("Paste several paragraphs inside a clause or on a section keyword."),
            "no-section": self.tr("Put the cursor in a section: the new one comes after it."),
            "no-body": self.tr("Put the cursor in a body section, an annex or an appendix: the new paragraph comes after "
                               "the one at the cursor."),
            "no-table": self.tr("Put the cursor in a table: the new row comes after the one at the cursor."),
        }

    def _land(self, outcome: Outcome) -> None:
        if outcome.refusal:
            self.view.message.emit(self.refusals[outcome.refusal])
        if outcome.place is not None:
            self.view.place_cursor(*outcome.place)
            self.view.ensureCursorVisible()

    def editable(self) -> bool:
        return not self.view.isReadOnly() and self.view.display.rows() > 0

    def type_text(self, text: str, label: str = "Typing") -> None:
        """Type `text` at the cursor (replacing the selection)."""
        if self.editable():
            start, end = self.view.selection()
            self._land(self.commands.type_text(text, start, end, label))

    def cut(self) -> None:
        """Cut: copy, then delete through the model (tracked like any deletion)."""
        if self.editable() and self.view.textCursor().hasSelection():
            self.view.copy()
            self._land(self.commands.delete_selection(*self.view.selection()))

    def paste_text(self, text: str) -> None:
        """One paragraph is typed in; several become clauses after the current one."""
        if self.editable():
            start, end = self.view.selection()
            self._land(self.commands.paste(text, start, end))

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def delete(self, forward: bool) -> None:
        """Delete / Backspace: the selection, else the character after / before the cursor."""
        if not self.editable():
            return
        start, end = self.view.selection()
        if start != end:
            self._land(self.commands.delete_selection(start, end))
        else:
            self._land(self.commands.delete_forward(start) if forward else self.commands.backspace(start))

    def enter(self) -> None:
        if self.editable():
            self._land(self.commands.enter(self.view.spot()))

    def indent(self, deeper: bool = True) -> None:
        if self.editable():
            self._land(self.commands.indent(self.view.spot(), deeper))

    def insert_footnote(self) -> None:
        if self.editable():
            self._land(self.commands.insert_footnote(self.view.spot()))

    def delete_block(self) -> None:
        """Delete Clause (or the section, footnote or note at the cursor), whole."""
        if self.editable():
            self._land(self.commands.delete_block(self.view.spot()))

    def insert_body(self, what: BodyElement, picture: Picture | None = None) -> None:
        """Insert > Body (editor.editing.body), the cursor into the new element."""
        if self.editable():
            self._land(self.commands.insert_body(self.view.spot(), what, picture))

    def new_section_after(self, keyword: str) -> None:
        if self.editable():
            self._land(self.commands.new_section_after(self.view.spot(), keyword))

    def toggle_format(self, what: Literal["bold", "italic"]) -> None:
        """Ctrl+B / Ctrl+I over the selection, which stays selected."""
        if self.editable():
            view = self.view
            start, end = view.selection()
            anchor, position = view.textCursor().anchor(), view.textCursor().position()
            if self.commands.toggle_format(start, end, what):
                view.select(view.spot(anchor), view.spot(position))

    # -- keys and the context menu -----------------------------------------------------------

    def handle_key(self, e: QKeyEvent) -> bool:
        """Act on a key as the document view does; False for the keys QTextEdit handles itself (navigation, copy)."""
        view = self.view
        key, mods = e.key(), e.modifiers()
        ctrl = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        if e.matches(QKeySequence.StandardKey.Undo):
            view.controller.undo()
        elif e.matches(QKeySequence.StandardKey.Redo):
            view.controller.redo()
        elif key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:  # as the Menu key, in Word and LibreOffice
            QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), view.mapToGlobal(QPoint())))
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:  # Tab itself indents: Ctrl+Tab leaves the text
            view.focusNextPrevChild(key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier)
        elif key in NAVIGATION or e.matches(QKeySequence.StandardKey.Copy) or e.matches(QKeySequence.StandardKey.SelectAll):
            view.session.break_merge()
            return False
        elif view.isReadOnly():
            pass
        elif e.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif e.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.type_text("\n") if mods & Qt.KeyboardModifier.ShiftModifier else self.enter()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.indent(key == Qt.Key.Key_Tab)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.delete(forward=key == Qt.Key.Key_Delete)
        elif e.text() and e.text().isprintable() and not ctrl:
            self.type_text(e.text())
        else:
            e.ignore()
        return True

    def context_menu(self, pos: QPoint | None = None) -> QMenu:
        """The entries about the word at viewport point `pos` (the cursor's when None), then Undo, Redo, Cut,
        Copy, Paste, Select All with their shortcuts, then the window's clause and review commands."""
        view = self.view
        menu = QMenu(view)
        for section in self.menu_sections:
            actions = section(menu, pos)
            if actions:
                menu.addActions(actions)
                menu.addSeparator()
        selected, editable = view.textCursor().hasSelection(), self.editable()
        entries = [
            (self.tr("Undo"), view.controller.undo, QKeySequence.StandardKey.Undo, view.session.can_undo()),
            (self.tr("Redo"), view.controller.redo, QKeySequence.StandardKey.Redo, view.session.can_redo()),
            (self.tr("Cut"), self.cut, QKeySequence.StandardKey.Cut, selected and editable),
            (self.tr("Copy"), view.copy, QKeySequence.StandardKey.Copy, selected),
            (self.tr("Paste"), self.paste, QKeySequence.StandardKey.Paste, editable),
            (self.tr("Select All"), view.selectAll, QKeySequence.StandardKey.SelectAll, True),
        ]
        for n, (text, slot, keys, enabled) in enumerate(entries):
            if n in (2, 5):
                menu.addSeparator()
            action = menu.addAction(text, slot)
            action.setShortcut(QKeySequence(keys))  # shown beside the command, as Word does
            action.setEnabled(enabled)
        if view.context_actions:
            menu.addSeparator()
            menu.addActions(view.context_actions)
        return menu
