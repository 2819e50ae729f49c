"""The Comments panel: the document's comments in the order of the text, to read, answer, resolve or delete.

One row per comment: author, date, its text, the words it was left on, its
replies and whether it is resolved; the selected comment's whole thread
shows below the list.  Selecting a row (or Previous / Next) asks the host to
reveal the commented text; Reply, Resolve and Delete run the session's
comment verbs through `host.perform`, so each is one undo step.  The list is
rebuilt after edits pause and only while the panel is visible
(editor.gui.deferred), like the Changes panel.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.editing.host import DocumentHost
from editor.gui import mark_text
from editor.gui.rows_model import RowsModel
from editor.gui.rows_panel import RowsPanel
from editor.model.comments import Comment, in_text_order


def _cells(comment: Comment) -> tuple[str, str, str, str, str]:
    replies = str(len(comment.replies)) if comment.replies else ""
    return comment.author, mark_text.when(comment.date), comment.text, comment.quoted(), replies


def thread_html(comment: Comment) -> str:
    """The comment and its replies, for the box under the list."""
    from html import escape

    def entry(author: str, date: str, text: str) -> str:
        return f"<p><b>{escape(author)}</b> <small>{escape(mark_text.when(date))}</small><br/>{escape(text).replace(chr(10), '<br/>')}</p>"

    state = " <i>(resolved)</i>" if comment.resolved else ""
    head = f"<p><small>On \u201c{escape(comment.quoted())}\u201d{state}</small></p>"
    return head + entry(comment.author, comment.date, comment.text) + "".join(
        f"<blockquote>{entry(r.author, r.date, r.text)}</blockquote>" for r in comment.replies)


class CommentsPanel(RowsPanel[Comment]):
    """The list of comments with navigation, reply, resolve and delete."""

    comment_selected = Signal(object)  # the Comment whose row was selected

    def __init__(self, host: DocumentHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setWindowTitle(self.tr("Comments"))
        resolved_font = QFont(self.font())
        resolved_font.setItalic(True)

        def roles(comment: Comment, column: int, role: int) -> object:
            if role == Qt.ItemDataRole.FontRole and comment.resolved:
                return resolved_font
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join([comment.text, *(f"\u21b3 {r.author}: {r.text}" for r in comment.replies)])
            return None

        self._list(RowsModel([self.tr("Author"), self.tr("Date"), self.tr("Comment"), self.tr("On"), self.tr("Replies")], _cells, roles, self),
                   (100, 120, 260, 160))
        self.thread_box = QTextBrowser(self)
        self.thread_box.setMinimumHeight(0)
        self.summary = QLabel(self)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (self.previous_button, self.next_button, self.reply_button, self.resolve_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        beside = QSplitter(Qt.Orientation.Horizontal, self)  # the thread beside the list: the bottom dock stays as low as the others
        beside.addWidget(self.view)
        beside.addWidget(self.thread_box)
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 2)
        layout.addWidget(beside, 1)
        self.previous_button.clicked.connect(self.select_previous)
        self.next_button.clicked.connect(self.select_next)
        self.reply_button.clicked.connect(lambda: self.reply_selected())
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.reload()

    # -- asking (tests answer by replacing it) ----------------------------------------------------

    def ask_text(self, title: str, prompt: str) -> str | None:
        """The text of a reply or a comment, None when the drafter cancels."""
        text, ok = QInputDialog.getMultiLineText(self, title, prompt)
        return text if ok and text.strip() else None

    # -- keeping in step -------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the document's comments now, keeping the selected one selected."""
        self._deferred.done()
        chosen = self.selected()
        self._quiet = True
        try:
            self.model.set_rows(in_text_order(self.host.session.document))
            if self.model.rows:  # a comment answered or resolved is the same row with new cells
                self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, self.model.columnCount() - 1))
            if chosen is not None and chosen in self.model.rows:
                self.select_row(self.model.rows.index(chosen))
        finally:
            self._quiet = False
        count = len(self.model.rows)
        open_count = sum(1 for c in self.model.rows if not c.resolved)
        self.summary.setText(self.tr("%n comment(s)", "", count) + (self.tr(", %n open", "", open_count) if count else ""))
        self._update()

    @property
    def comments(self) -> list[Comment]:
        self._deferred.settle()
        return list(self.model.rows)

    # -- navigation --------------------------------------------------------------------------------

    def show_comment(self, comment: Comment) -> bool:
        """Select `comment`'s row without moving the document's cursor (the window's Next Comment already did)."""
        self._deferred.settle()
        return comment in self.model.rows and self.select_quietly(self.model.rows.index(comment))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update()
        comment = self.model.record(current)
        if comment is not None and not self._quiet:
            anchor = comment.anchor
            self.host.reveal(anchor.node.uid, anchor.field, anchor.start)
            self.comment_selected.emit(comment)

    def _update(self) -> None:
        comment = self.selected()
        self.thread_box.setHtml(thread_html(comment) if comment is not None else "")
        self.resolve_button.setText(self.tr("Reopen") if comment is not None and comment.resolved else self.tr("Resolve"))
        for button, enabled in ((self.previous_button, bool(self.model.rows)), (self.next_button, bool(self.model.rows)),
                                (self.reply_button, comment is not None), (self.resolve_button, comment is not None),
                                (self.delete_button, comment is not None)):
            button.setEnabled(enabled)

    # -- the verbs ---------------------------------------------------------------------------------

    def reply_selected(self, text: str | None = None) -> bool:
        """Answer the selected comment (asking for the text unless given): one undo step."""
        comment = self.selected()
        if comment is None:
            return False
        text = text if text is not None else self.ask_text(self.tr("Reply"), self.tr("Your reply to %1:").replace("%1", comment.author))
        if not text:
            return False
        self.host.perform(self.tr("Reply to comment"), lambda: self.host.session.reply_to_comment(comment, text))
        self.refresh()
        return True

    def toggle_resolved(self) -> bool:
        comment = self.selected()
        if comment is None:
            return False
        resolved = not comment.resolved
        self.host.perform(self.tr("Resolve comment") if resolved else self.tr("Reopen comment"),
                          lambda: self.host.session.resolve_comment(comment, resolved), records=False)
        self.refresh()
        return True

    def delete_selected(self) -> bool:
        comment = self.selected()
        if comment is None:
            return False
        row = self.view.currentIndex().row()
        self.host.perform(self.tr("Delete comment"), lambda: self.host.session.delete_comment(comment), records=False)
        self.refresh()
        if self.model.rows:
            self.select_row(min(row, len(self.model.rows) - 1))
        return True
