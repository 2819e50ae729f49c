"""The changes panel: every revision mark of a MOD, to walk through, accept or reject.

One row per change (a mark within one field, or a whole inserted or deleted
block): kind, author, date, the text inserted or deleted, and where it is.
Selecting a row (or Previous / Next) asks the host to reveal the change;
Accept, Reject, Accept all and Reject all run editor.revisions.review
through `host.perform`, so each is one undo step, and the selection then
moves on to the change that followed, as in Word.

The list is rebuilt from the document after typing pauses and only while
the panel is visible (editor.gui.deferred), and updated row by row
(editor.gui.rows_model), so it costs nothing while the drafter types in a
hidden dock.

Docking (in the window)::

    changes = ChangesPanel(host)
    dock = QDockWidget(changes.windowTitle(), window); dock.setObjectName("changes")
    dock.setWidget(changes); window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    # Review menu: Next change -> changes.select_next(), Previous -> changes.select_previous(),
    #              Accept all -> changes.accept_all(), Reject all -> changes.reject_all()
    # after open / replace_document:  changes.reload()
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.editing.host import DocumentHost
from editor.gui import mark_text
from editor.gui.rows_model import RowsModel
from editor.gui.rows_panel import RowsPanel
from editor.revisions import review
from editor.revisions.review import Change


def kind_text(change: Change) -> str:
    """"Insertion", "Deletion", or for a block "Inserted clause" / "Deleted section"."""
    if change.field is None:
        kind = type(change.node).__name__.lower()
        inserted = change.kind == "ins"
        names = {  # one sentence per node kind, so that a translation can agree with the noun
            "clause": (QCoreApplication.translate("ChangesPanel", "Inserted clause"), QCoreApplication.translate("ChangesPanel", "Deleted clause")),
            "section": (QCoreApplication.translate("ChangesPanel", "Inserted section"), QCoreApplication.translate("ChangesPanel", "Deleted section")),
            "annex": (QCoreApplication.translate("ChangesPanel", "Inserted annex"), QCoreApplication.translate("ChangesPanel", "Deleted annex")),
            "footnote": (QCoreApplication.translate("ChangesPanel", "Inserted footnote"), QCoreApplication.translate("ChangesPanel", "Deleted footnote")),
            "proposal": (QCoreApplication.translate("ChangesPanel", "Inserted proposal"), QCoreApplication.translate("ChangesPanel", "Deleted proposal")),
            "resolution": (QCoreApplication.translate("ChangesPanel", "Inserted resolution"), QCoreApplication.translate("ChangesPanel", "Deleted resolution")),
        }
        if kind in names:
            return names[kind][0 if inserted else 1]
        return ("Inserted " if inserted else "Deleted ") + kind
    return QCoreApplication.translate("ChangesPanel", "Insertion") if change.kind == "ins" else QCoreApplication.translate("ChangesPanel", "Deletion")


def _cells(change: Change) -> tuple[str, str, str, str, str]:
    return kind_text(change), change.author, mark_text.when(change.date), change.text, change.location


class ChangesPanel(RowsPanel[Change]):
    """The list of revision marks with navigation and review."""

    def __init__(self, host: DocumentHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setWindowTitle(self.tr("Changes"))

        # Made once: the view may ask for data while the panel is being destroyed.
        fonts = {"ins": QFont(self.font()), "del": QFont(self.font())}
        fonts["ins"].setUnderline(True)
        fonts["del"].setStrikeOut(True)

        def roles(change: Change, column: int, role: int) -> object:
            if role == Qt.ItemDataRole.ForegroundRole and column in (0, 3):
                return mark_text.colour(change.kind)
            if role == Qt.ItemDataRole.FontRole and column == 3:
                return fonts[change.kind]
            if role == Qt.ItemDataRole.ToolTipRole:
                return review.change_summary(change)
            return None

        self._list(RowsModel([self.tr("Kind"), self.tr("Author"), self.tr("Date"), self.tr("Text"), self.tr("Location")], _cells, roles, self),
                   (110, 80, 130, 260))
        self.summary = QLabel(self)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.accept_all_button = QPushButton(self.tr("Accept all"), self)
        self.reject_all_button = QPushButton(self.tr("Reject all"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (self.previous_button, self.next_button, self.accept_button, self.reject_button,
                       self.accept_all_button, self.reject_all_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.previous_button.clicked.connect(self.select_previous)
        self.next_button.clicked.connect(self.select_next)
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button.clicked.connect(self.reject_all)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.reload()

    def refresh(self) -> None:
        """List the document's changes now."""
        self._deferred.done()
        self._quiet = True
        try:
            self.model.set_rows(review.list_changes(self.host.session.document))
        finally:
            self._quiet = False
        count = len(self.model.rows)
        self.summary.setText(self.tr("%n change(s)", "", count))
        self._update_buttons()

    @property
    def changes(self) -> list[Change]:
        return list(self.model.rows)

    # -- navigation --------------------------------------------------------------------------------

    def show_change(self, change: Change) -> bool:
        """Select `change`'s row without moving the document's cursor (Next/Previous Change already did)."""
        self._deferred.settle()
        for row, listed in enumerate(self.model.rows):
            if listed.mark == change.mark and listed.node is change.node and listed.field == change.field and listed.start == change.start:
                return self.select_quietly(row)
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        change = self.model.record(current)
        if change is not None and not self._quiet:
            self.host.reveal(change.node.uid, change.field, change.start)

    def _update_buttons(self) -> None:
        has_rows, has_selection = bool(self.model.rows), self.selected() is not None
        for button, enabled in (
            (self.previous_button, has_rows), (self.next_button, has_rows),
            (self.accept_button, has_selection), (self.reject_button, has_selection),
            (self.accept_all_button, has_rows), (self.reject_all_button, has_rows),
        ):
            button.setEnabled(enabled)

    # -- review ------------------------------------------------------------------------------------

    def _review(self, label: str, action: Callable[[], None]) -> None:
        row = self.view.currentIndex().row()
        self.host.perform(label, action, records=False)
        self.refresh()
        if self.model.rows:
            self.select_row(min(max(row, 0), len(self.model.rows) - 1))

    def accept_selected(self) -> bool:
        """Accept the selected change (one undo step) and select the next."""
        return self._decide_selected("accept")

    def reject_selected(self) -> bool:
        """Reject the selected change (one undo step) and select the next."""
        return self._decide_selected("reject")

    def _decide_selected(self, decision: str) -> bool:
        change = self.selected()
        if change is None:
            return False
        verb = review.accept if decision == "accept" else review.reject
        label = self.tr("Accept change") if decision == "accept" else self.tr("Reject change")
        self._review(label, lambda: verb(self.host.session, [change]))
        return True

    def accept_all(self) -> bool:
        """Accept every change: the document becomes its final view (one undo step)."""
        if not self.model.rows:
            return False
        self._review(self.tr("Accept all changes"), lambda: review.accept_all(self.host.session))
        return True

    def reject_all(self) -> bool:
        """Reject every change: the document becomes its original view (one undo step)."""
        if not self.model.rows:
            return False
        self._review(self.tr("Reject all changes"), lambda: review.reject_all(self.host.session))
        return True
