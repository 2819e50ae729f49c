"""The XML source panel: the document as it is saved, and a guarded way to edit it.

What it shows is exactly what Save writes (editor.xmlio.writer's canonical
bytes), coloured by XmlHighlighter.  It is read-only until the drafter
presses "Edit source"; then edits stay in the panel until Apply, which reads
the text with the same hardened reader as File > Open (no DTD, no entities,
schema validation).  A refused source keeps the panel in edit mode, says
why in one sentence and puts the cursor on the offending line; an accepted
one replaces the whole document through `host.replace_document`, one undo
step.

Keeping in step is cheap: changes are collected for a short pause, the
source is regenerated only while the panel is visible, and only the lines
that differ are replaced, so the highlighter re-colours just those lines.

Docking (in the window)::

    view = SourceView(host)
    dock = QDockWidget(view.windowTitle(), window); dock.setObjectName("source")
    dock.setWidget(view); window.addDockWidget(Qt.RightDockWidgetArea, dock)
    # after open / replace_document:  view.reload()
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from editor.editing.host import DocumentHost
from editor.gui.deferred import DeferredRefresh
from editor.gui.session_link import SessionLink
from editor.gui.xml_highlighter import XmlHighlighter
from editor.model.operations import ChangeNotice
from editor.model.text_change import common_ends
from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import read_bytes
from editor.xmlio.writer import to_bytes

REFRESH_PAUSE_MS = 300


def source_error_sentence(exc: DocumentError) -> str:
    """A refused source as one sentence: where, then what (the reader's message)."""
    message = exc.message
    if not message.startswith(("is ", "contains ")):
        message = "is " + message
    where = f" (line {exc.line}" + (f", column {exc.column}" if exc.column else "") + ")" if exc.line else ""
    return f"The XML source{where} {message.rstrip('.')}."


class SourceView(QWidget):
    """Read-only XML of the document, with an "Edit source" mode validated on Apply."""

    editing_changed = Signal(bool)

    def __init__(self, host: DocumentHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("XML source"))
        self.host = host
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = XmlHighlighter(self.editor.document())
        self.edit_button = QPushButton(self.tr("Edit source"), self)
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(self.tr("Edit the XML directly; Apply checks it against the schema first"))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.editor, 1)
        self.edit_button.toggled.connect(self._edit_toggled)
        self.apply_button.clicked.connect(self.apply)
        self.discard_button.clicked.connect(self.discard)
        self._deferred = DeferredRefresh(self, self.refresh, REFRESH_PAUSE_MS)
        self._lines: list[str] = []
        self._link = SessionLink(host, self._changed)
        self.destroyed.connect(self._link.unlink)
        self._update_buttons()
        self.reload()

    # -- keeping in step -------------------------------------------------------------------

    def reload(self) -> None:
        """Follow host.session again (after open or replace_document); show it now, or when the panel is shown."""
        self._link.relink()
        if self.is_editing():
            self.set_editing(False)  # drops the edits and shows the document
        else:
            self._deferred.now_or_when_shown()

    def _changed(self, _notice: ChangeNotice) -> None:
        self._deferred.schedule()
        if self.is_editing():
            self._show_message(self.tr("The document has changed since you began editing its source; "
                                       "Apply replaces it with your text, Discard shows the document again."))

    def current_source(self) -> str:
        """The canonical XML of the document (not validated: a broken state still shows)."""
        return to_bytes(self.host.session.document, validate=False).decode("utf-8")

    def refresh(self) -> None:
        """Show the current source now, replacing only the lines that changed."""
        if self.is_editing():
            return
        self._deferred.done()
        text = self.current_source()
        lines = text.split("\n")
        if not self._replace_changed_lines(lines):
            self.editor.setPlainText(text)
        self._lines = lines

    def _replace_changed_lines(self, new: list[str]) -> bool:
        """Replace the differing middle of the shown lines; False when a full reset is simpler."""
        old = self._lines
        if not old or self.editor.document().blockCount() != len(old):
            return False
        start, end = common_ends(old, new)
        if start == len(old) == len(new):
            return True
        if end == 0:
            return False
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        cursor.setPosition(doc.findBlockByNumber(start).position())
        cursor.setPosition(doc.findBlockByNumber(len(old) - end).position(), QTextCursor.MoveMode.KeepAnchor)
        middle = new[start:len(new) - end]
        cursor.insertText("".join(line + "\n" for line in middle))
        return True

    # -- edit mode -----------------------------------------------------------------------------

    def is_editing(self) -> bool:
        return not self.editor.isReadOnly()

    def set_editing(self, on: bool) -> None:
        """Enter or leave edit mode; leaving drops unapplied edits and shows the document again."""
        if on == self.is_editing():
            self._update_buttons()
            return
        self.editor.setReadOnly(not on)
        self.editor.setUndoRedoEnabled(on)
        self._deferred.paused = on
        self._show_message("")
        if not on:
            self._lines = []
            self._deferred.now_or_when_shown()
        self._update_buttons()
        self.editing_changed.emit(on)

    def _edit_toggled(self, on: bool) -> None:
        self.set_editing(on)

    def _update_buttons(self) -> None:
        editing = self.is_editing()
        self.edit_button.blockSignals(True)
        self.edit_button.setChecked(editing)
        self.edit_button.blockSignals(False)
        self.apply_button.setEnabled(editing)
        self.discard_button.setEnabled(editing)

    def discard(self) -> None:
        self.set_editing(False)

    def apply(self) -> bool:
        """Check the edited source and, when valid, make it the document (one undo step)."""
        if not self.is_editing():
            return False
        data = self.editor.toPlainText().encode("utf-8")
        try:
            document = read_bytes(data, "XML source")
            if to_bytes(document) == to_bytes(self.host.session.document, validate=False):
                self.set_editing(False)
                return True
        except DocumentError as exc:
            self._show_error(exc)
            return False
        self.host.replace_document(document, self.tr("Edit XML source"))
        self.reload()
        return True

    def _show_error(self, exc: DocumentError) -> None:
        self._show_message(source_error_sentence(exc))
        if exc.line is None:
            return
        doc = self.editor.document()
        block = doc.findBlockByNumber(max(exc.line - 1, 0))
        if not block.isValid():
            block = doc.lastBlock()
        column = max((exc.column or 1) - 1, 0)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(column, max(block.length() - 1, 0)))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(QColor("#ffd7d7"))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        mark.cursor = QTextCursor(block)
        self.editor.setExtraSelections([mark])
        self.editor.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if not text:
            self.editor.setExtraSelections([])

    def error_text(self) -> str:
        """The sentence shown for the last refused source ("" when none)."""
        return self.message.text()
