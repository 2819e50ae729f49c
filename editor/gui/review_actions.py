"""The Review menu's change commands and the new-MOD and compare commands, over editor.revisions.

Every accept or reject runs through the controller, so it is one undo step;
the cursor of the document view says which change is meant, as in Word.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QLineEdit

from editor.gui.language_choice import form_accepted
from editor.model.nodes import Node
from editor.revisions import review
from editor.revisions.compare import compare
from editor.revisions.newmod import new_contribution
from editor.revisions.review import Change, Position
from editor.xmlio import DocumentError, read_file

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

_CONFERENCE = re.compile(r"^\s*(?P<place>.+?)\s*,\s*(?P<year>\d{4})\s*$")


def parse_conference(text: str) -> tuple[str, str] | None:
    """"Geneva, 2022" → ("Geneva", "2022"); None when it is not "Place, Year"."""
    m = _CONFERENCE.match(text)
    return (m.group("place"), m.group("year")) if m else None


class ReviewCommands(QObject):
    """Accept/reject/next/previous change, compare, new MOD proposal - for one window."""

    change_shown = Signal(object)  # the Change that Next/Previous Change selected (the Changes list follows)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = window._action
        self.act_next = make(self.tr("&Next Change"), self.next_change, QKeySequence("Alt+PgDown"))
        self.act_previous = make(self.tr("&Previous Change"), self.previous_change, QKeySequence("Alt+PgUp"))
        self.act_accept = make(self.tr("&Accept Change"), lambda: self.decide("accept"), QKeySequence("Ctrl+Alt+Y"))
        self.act_reject = make(self.tr("&Reject Change"), lambda: self.decide("reject"), QKeySequence("Ctrl+Alt+N"))
        self.act_accept_all = make(self.tr("Accept A&ll Changes"), lambda: self.decide_all("accept"))
        self.act_reject_all = make(self.tr("Reject All C&hanges"), lambda: self.decide_all("reject"))
        self.act_compare = make(self.tr("&Compare With…"), self.compare_with)
        self.act_new_mod = make(self.tr("New &MOD Proposal from Resolution…"), self.new_mod_proposal)
        menu = window.review_menu
        menu.addSeparator()
        menu.addActions([self.act_previous, self.act_next, self.act_accept, self.act_reject, self.act_accept_all, self.act_reject_all])
        menu.addSeparator()
        menu.addAction(self.act_compare)
        window.file_menu.insertAction(window.act_open, self.act_new_mod)
        self.editing_actions: list[QAction] = [self.act_accept, self.act_reject, self.act_accept_all, self.act_reject_all]
        self.context_actions: list[QAction] = [self.act_accept, self.act_reject, self.act_previous, self.act_next]
        self.none_left = self.tr("No more changes.")
        window.view.cursorPositionChanged.connect(self._cursor_moved)

    # -- where the cursor is -------------------------------------------------------------------

    def _position(self, pos: int | None = None) -> Position | None:
        view = self.window.view
        cursor = view.textCursor()
        if pos is not None:
            cursor.setPosition(pos)
        place = view.location(cursor)
        if place is not None:
            return self._at(*place)
        node = view.display.node_at(cursor.position()) if view.display.rows() else None
        return self._at(node, None, 0) if node is not None else None

    def _at(self, node: Node, field: str | None, offset: int) -> Position:
        return Position(node, field, offset)

    def _show(self, change: Change | None) -> None:
        """Select the change in the text (a block change: its paragraph) and in the Changes list, or say there is none."""
        bar = self.window.statusBar()
        if change is None:
            bar.showMessage(self.none_left, 5000)
            return
        if bar.currentMessage() == self.none_left:
            bar.clearMessage()
        view = self.window.view
        if change.field is None:
            view.select_block(change.node.uid)
        else:
            view.select_range(change.node.uid, change.field, change.start, change.end)
        view.show_cursor_in_context()
        self.change_shown.emit(change)

    def _cursor_moved(self) -> None:
        """"No more changes." goes once the cursor has moved: it was about the place it stood."""
        bar = self.window.statusBar()
        if bar.currentMessage() == self.none_left:
            bar.clearMessage()

    def next_change(self) -> Change | None:
        here = self._position(self.window.view.textCursor().selectionStart())  # the change now selected starts here
        document = self.window.controller.session.document
        change = review.next_change(document, here) if here is not None else None
        self._show(change)
        return change

    def previous_change(self) -> Change | None:
        here = self._position(self.window.view.textCursor().selectionStart())
        document = self.window.controller.session.document
        change = review.previous_change(document, here) if here is not None else None
        self._show(change)
        return change

    # -- deciding ----------------------------------------------------------------------------------

    def decide(self, decision: str) -> int:
        """Accept or reject the changes the selection touches (the change at the cursor); returns how many."""
        if self.window.view.isReadOnly():
            return 0
        cursor = self.window.view.textCursor()
        start, end = self._position(cursor.selectionStart()), self._position(cursor.selectionEnd())
        if start is None or end is None:
            return 0
        document = self.window.controller.session.document
        changes = review.changes_in(document, start, end)
        if not changes:
            self.window.statusBar().showMessage(self.tr("There is no change at the cursor."), 3000)
            return 0
        verb = review.accept if decision == "accept" else review.reject
        label = self.tr("Accept change") if decision == "accept" else self.tr("Reject change")
        self.window.controller.perform(label, lambda: verb(self.window.controller.session, changes), records=False)
        return len(changes)

    def decide_all(self, decision: str) -> None:
        verb = review.accept_all if decision == "accept" else review.reject_all
        label = self.tr("Accept all changes") if decision == "accept" else self.tr("Reject all changes")
        self.window.controller.perform(label, lambda: verb(self.window.controller.session), records=False)

    # -- new documents from revisions ------------------------------------------------------------------

    def new_mod_proposal(self) -> bool:
        """A new contribution with a MOD of a resolution file, the three date updates already recorded."""
        window = self.window
        if not window.maybe_save():
            return False
        previous = window.controller.session.document.cover  # the contribution open now: its conference goes on
        path = self.choose_resolution()
        asked = self.ask_proposal() if path else None
        if path is None or asked is None:
            return False
        place, year, identifier = asked
        try:
            source = read_file(path)
            document = new_contribution(source, place, year, "MOD", identifier=identifier, author=window.controller.author,
                                        previous=previous)
        except DocumentError as exc:
            window.show_error(str(exc))
            return False
        except ValueError as exc:  # ProposalError: the file does not hold exactly one resolution
            window.show_error(f"{path}: {exc}")
            return False
        window.controller.load(document, None, modified=True)
        return True

    def compare_with(self) -> bool:
        """A new MOD document whose original view is the open text and final view the chosen file."""
        window = self.window
        path = self.choose_resolution()
        if path is None or not window.maybe_save():
            return False
        try:
            newer = read_file(path)
        except DocumentError as exc:
            window.show_error(str(exc))
            return False
        marked = compare(window.controller.session.document, newer, author=window.controller.author)
        window.controller.load(marked, None, modified=True)
        return True

    # -- dialogs (tests replace these) ---------------------------------------------------------------

    def choose_resolution(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Resolution"), "", self.tr("Resolution documents (*.xml)"))
        return Path(name) if name else None

    def ask_proposal(self) -> tuple[str, str, str] | None:
        """The conference ("Geneva, 2022") and the proposal identifier ("ARB/36A2/1"); None when cancelled."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("New MOD proposal"))
        conference, identifier = QLineEdit(dialog), QLineEdit(dialog)
        conference.setPlaceholderText(self.tr("Geneva, 2022"))
        identifier.setPlaceholderText(self.tr("ARB/36A2/1"))
        form = QFormLayout(dialog)
        form.addRow(self.tr("Conference (place, year):"), conference)
        form.addRow(self.tr("Proposal identifier:"), identifier)
        if not form_accepted(dialog, form):
            return None
        found = parse_conference(conference.text())
        if found is None:
            self.window.show_error(self.tr("Write the conference as Place, Year (for example: Geneva, 2022)."))
            return None
        return found[0], found[1], identifier.text().strip()

