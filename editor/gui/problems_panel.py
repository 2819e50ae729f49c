"""The problems panel: the live drafting checks, one row per problem.

Rows show the severity (icon), where the problem is, in the words a drafter
uses ("MOD ARB/36A2/1, considering, clause 2 (b))"), and the message.
Double-clicking a row asks the host to reveal the node; "Fix" runs the
problem's quick fix through `host.perform`, so it is one undo step (a fix
that reletters eleven clauses included).  `counts_changed(errors, warnings)`
feeds the status bar.

The engine (editor.rules.engine.RuleEngine) recomputes problems after every
change notice and hands over the whole list; the model below compares it
with the rows it has and inserts/removes only the rows that differ, so
typing in a clause repaints a row or two, not the list, and the selection
stays where it was.

Docking (in the window)::

    problems = ProblemsPanel(host, engine)
    problems.counts_changed.connect(status_bar.show_counts)
    dock = QDockWidget(problems.windowTitle(), window); dock.setObjectName("problems")
    dock.setWidget(problems); window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    # after open / replace_document (new session, new engine):  problems.reload(engine)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.gui.host import DocumentHost
from editor.rules.problem import Problem

Index = QModelIndex | QPersistentModelIndex


class ProblemSource(Protocol):
    """What the panel needs of the rule engine (editor.rules.engine.RuleEngine)."""

    @property
    def problems(self) -> list[Problem]: ...

    def add_listener(self, cb: Callable[[list[Problem]], None]) -> None: ...

    def remove_listener(self, cb: Callable[[list[Problem]], None]) -> None: ...

    def fixable(self, problem: Problem) -> bool: ...

    def apply_fix(self, problem: Problem) -> None: ...


def common_ends(old: list[Problem], new: list[Problem]) -> tuple[int, int]:
    """Lengths of the common beginning and end of two lists (not overlapping)."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, end


class ProblemsModel(QAbstractTableModel):
    """Problems as table rows: severity, location, message."""

    HEADERS = ("Severity", "Location", "Message")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Problem] = []
        style = parent.style() if parent is not None else None
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical) if style else None,
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else None,
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        problem = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (problem.severity.capitalize(), problem.location(), problem.message)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons.get(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{problem.message} [{problem.rule}]"
            return tip + (f"\nQuick fix: {problem.fix}" if problem.fix else "")
        return None

    def set_problems(self, problems: list[Problem]) -> None:
        """Show `problems`, changing only the rows that differ from what is shown."""
        old = self.rows
        start, end = common_ends(old, problems)
        removed, added = len(old) - start - end, len(problems) - start - end
        if removed:
            self.beginRemoveRows(QModelIndex(), start, start + removed - 1)
            del self.rows[start:start + removed]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), start, start + added - 1)
            self.rows[start:start] = problems[start:start + added]
            self.endInsertRows()


class ProblemsPanel(QWidget):
    """The live checks as a list; double-click reveals, Fix applies the quick fix."""

    counts_changed = Signal(int, int)

    def __init__(self, host: DocumentHost, engine: ProblemSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems"))
        self.host = host
        self.engine: ProblemSource | None = None
        self.model = ProblemsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setToolTip(self.tr("Apply the quick fix of the selected problem"))
        self.fix_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_fix_button())
        self.fix_button.clicked.connect(self.fix_selected)
        self._counts = (-1, -1)
        self.destroyed.connect(self._detach)
        self.reload(engine)

    # -- following the engine ------------------------------------------------------------------

    def reload(self, engine: ProblemSource | None = None) -> None:
        """Listen to `engine` (a new one after open / replace_document) and show its problems."""
        if engine is not None and engine is not self.engine:
            self._detach()
            self.engine = engine
            engine.add_listener(self._problems_changed)
        if self.engine is not None:
            self._problems_changed(self.engine.problems)

    def _detach(self) -> None:
        if self.engine is not None:
            try:
                self.engine.remove_listener(self._problems_changed)
            except ValueError:
                pass

    def _problems_changed(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)
        errors = sum(1 for p in problems if p.severity == "error")
        counts = (errors, len(problems) - errors)
        self.summary.setText(self.tr("%n error(s)", "", counts[0]) + ", " + self.tr("%n warning(s)", "", counts[1]))
        if counts != self._counts:
            self._counts = counts
            self.counts_changed.emit(*counts)
        self._update_fix_button()

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) now shown."""
        return max(self._counts[0], 0), max(self._counts[1], 0)

    @property
    def problems(self) -> list[Problem]:
        return list(self.model.rows)

    # -- acting on a row --------------------------------------------------------------------------

    def selected(self) -> Problem | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def select(self, problem: Problem) -> None:
        row = self.model.rows.index(problem)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _update_fix_button(self) -> None:
        problem = self.selected()
        can = problem is not None and self.engine is not None and self.engine.fixable(problem)
        self.fix_button.setEnabled(can)
        self.fix_button.setToolTip(problem.fix if can and problem is not None and problem.fix else self.tr("Apply the quick fix of the selected problem"))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.reveal(self.model.rows[index.row()])

    def reveal(self, problem: Problem) -> None:
        """Move the document view's cursor to the problem's node."""
        if problem.node_uid is not None:
            self.host.reveal(problem.node_uid)

    def fix_selected(self) -> bool:
        problem = self.selected()
        return problem is not None and self.fix(problem)

    def fix(self, problem: Problem) -> bool:
        """Apply the quick fix of `problem` as one undo step; False when it has none (any more)."""
        engine = self.engine
        if engine is None or not engine.fixable(problem):
            return False
        self.host.perform(self.tr("Fix: %s") % (problem.fix or problem.rule), lambda: engine.apply_fix(problem))
        return True
