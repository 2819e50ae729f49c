"""The Review menu's comment commands: New Comment (Ctrl+Alt+M, as in Word), Next and Previous Comment.

A new comment is left on the selected words when the selection lies in one
field, else on the whole clause (or block) the cursor is in; its text is
asked for, and it is added through the session's verb, so undo takes it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from editor.model.comments import Anchor, Comment, in_text_order, place_order

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow


class CommentCommands(QObject):
    """New / next / previous comment for one window."""

    comment_shown = Signal(object)  # the Comment that Next/Previous Comment or New Comment went to (the panel follows)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = window._action
        self.act_new = make(self.tr("New Co&mment…"), self.new_comment, QKeySequence("Ctrl+Alt+M"))
        self.act_next = make(self.tr("Ne&xt Comment"), lambda: self.go(True))
        self.act_previous = make(self.tr("Pre&vious Comment"), lambda: self.go(False))
        menu = window.review_menu
        menu.addSeparator()
        menu.addActions([self.act_new, self.act_previous, self.act_next])
        self.context_actions = [self.act_new]
        self.none_left = self.tr("No more comments.")

    def ask_text(self) -> str | None:
        """The new comment's text, None when the drafter cancels (tests answer by replacing it)."""
        text, ok = QInputDialog.getMultiLineText(self.window, self.tr("New Comment"), self.tr("Comment:"))
        return text if ok and text.strip() else None

    def anchor_here(self) -> Anchor | None:
        """The selected words when they lie in one field, else the block the cursor is in."""
        view = self.window.view
        if not view.display.rows():
            return None
        cursor = view.textCursor()
        start, end = view.page.locate(view.spot(cursor.selectionStart())), view.page.locate(view.spot(cursor.selectionEnd()))
        if start is not None and end is not None and start[0] is end[0] and start[1] == end[1] and start[2] < end[2]:
            return Anchor(start[0], start[1], start[2], end[2])
        node = view.node_at_cursor()
        return Anchor(node) if node is not None else Anchor(view.session.document)

    def new_comment(self, text: str | None = None) -> Comment | None:
        """Leave a comment on the selection (asking for its text unless given); one undo step."""
        if self.window.view.mode != "markup":
            self.window.view.message.emit(self.tr("Comments are added in the Markup view."))
            return None
        anchor = self.anchor_here()
        if anchor is None:
            return None
        text = text if text is not None else self.ask_text()
        if not text:
            return None
        made: list[Comment] = []
        controller = self.window.controller
        controller.perform(self.tr("New comment"), lambda: made.append(controller.session.add_comment(anchor, text)))
        self.show(made[0])
        return made[0]

    def go(self, forward: bool) -> Comment | None:
        """Select the next (or previous) comment's words after (or before) the cursor."""
        view = self.window.view
        document = view.session.document
        key = place_order(document)
        if not view.display.rows():
            return None
        start = view.textCursor().selectionStart()  # a comment just shown is selected: from its start
        place = view.page.locate(view.spot(start))
        node = view.display.node_at(start)
        here = key(*place) if place is not None else key(node, None, 0) if node is not None else (-1, -1, -1)
        ordered = in_text_order(document)
        if forward:
            found = next((c for c in ordered if key(c.anchor.node, c.anchor.field, c.anchor.start) > here), None)
        else:
            found = next((c for c in reversed(ordered) if key(c.anchor.node, c.anchor.field, c.anchor.start) < here), None)
        if found is None:
            view.message.emit(self.none_left)
            return None
        self.show(found)
        return found

    def show(self, comment: Comment) -> None:
        """Select the words `comment` is on (the block, for a comment on a whole block) and tell the panel."""
        view = self.window.view
        anchor = comment.anchor
        shown = (anchor.field is not None and view.select_range(anchor.node.uid, anchor.field, anchor.start, anchor.end)) \
            or view.select_block(anchor.node.uid)
        if shown:
            view.show_cursor_in_context()
        view.decorations.update()
        self.comment_shown.emit(comment)
