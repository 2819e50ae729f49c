"""The problems panel: the live drafting checks, one row per problem.

Rows show the severity (icon), where the problem is, in the words a drafter
uses ("MOD ARB/36A2/1, considering, clause 2 (b))"), and the message.
Double-clicking a row asks the host to reveal the node; "Fix" runs the
problem's quick fix through `host.perform`, so it is one undo step (a fix
that reletters eleven clauses included); "Fix all" runs every quick fix
(editor.rules.engine.fix_all) as one step.  `counts_changed(errors, warnings)`
feeds the status bar.

The engine (editor.rules.engine.RuleEngine) recomputes problems after every
change notice (the view's underlines follow at once); the list takes them
after a pause in typing (editor.gui.deferred.TYPING_PAUSE_MS), or at once
when something reads it (a command of the panel, `problems`, `select`), and
the rows model (editor.gui.rows_model) inserts/removes only the rows that
differ, so the list repaints a row or two, and the selection stays.

Docking (in the window)::

    problems = ProblemsPanel(host, engine)   # engine defaults to host.rule_engine
    problems.counts_changed.connect(status_bar.show_counts)
    dock = QDockWidget(problems.windowTitle(), window); dock.setObjectName("problems")
    dock.setWidget(problems); window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    # after open / replace_document (new session, new engine):  problems.reload(engine) or problems.reload()
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.editing.host import DocumentHost, ProblemSource
from editor.export.blocks import LRI, PDI
from editor.gui.deferred import TYPING_PAUSE_MS, DeferredRefresh
from editor.gui.problem_counts import counts_text
from editor.gui.rows_model import RowsModel
from editor.gui.session_link import Subscription
from editor.rules.engine import fix_all as engine_fix_all
from editor.rules.problem import Problem, severity_counts


def left_to_right(text: str) -> str:
    """An English sentence of a check (a message, a location, a quick fix) as a right-to-left row or tooltip must hold
    it: isolated left to right, or its quotes and brackets take the row's direction and the words run backwards."""
    return LRI + text + PDI if text else text


class SentenceCells(QStyledItemDelegate):
    """Paints the location and the message, the checks' English sentences, left to right in a right-to-left row
    (the Arabic interface), aligned to the row's start; the model's text stays as the check wrote it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() > 0 and option.direction == Qt.LayoutDirection.RightToLeft:
            option.text = left_to_right(option.text)


class ProblemsPanel(QWidget):
    """The live checks as a list; double-click reveals, Fix applies the quick fix."""

    counts_changed = Signal(int, int)

    def __init__(self, host: DocumentHost, engine: ProblemSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems"))
        self.host = host
        self.engine: ProblemSource | None = None
        icons = {
            "error": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }

        # The severity is the window's word; the location and the message are the check's own sentence, in English
        # in every interface as `main.py validate` prints it (docs/languages.md, "What stays English").
        severities: dict[str, str] = {"error": self.tr("Error"), "warning": self.tr("Warning"), "spelling": self.tr("Spelling")}
        quick_fix = self.tr("Quick fix: %1")

        def cells(problem: Problem) -> tuple[str, str, str]:
            return severities.get(problem.severity, problem.severity), problem.location(), problem.message

        def roles(problem: Problem, column: int, role: int) -> object:
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icons.get(problem.severity)
            if role == Qt.ItemDataRole.ToolTipRole:
                english = left_to_right if self.isRightToLeft() else str
                fix = "\n" + quick_fix.replace("%1", english(problem.fix)) if problem.fix else ""
                return english(f"{problem.message} [{problem.rule}]") + fix
            return None

        self.model: RowsModel[Problem] = RowsModel(
            [self.tr("Severity"), self.tr("Location"), self.tr("Message")], cells, roles, self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SentenceCells(self.view))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        # Fixed starting widths: fitting columns to their contents measures every row on each update.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 90)
        header.resizeSection(1, 280)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setToolTip(self.tr("Apply the quick fix of the selected problem"))
        self.fix_button.setEnabled(False)
        self.fix_all_button = QPushButton(self.tr("Fix all"), self)
        self.fix_all_button.setToolTip(self.tr("Apply every quick fix at once (one undo step)"))
        self.fix_all_button.setEnabled(False)
        self.bar = bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.fix_button)
        bar.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_fix_button())
        self.fix_button.clicked.connect(self.fix_selected)
        self.fix_all_button.clicked.connect(self.fix_all)
        self._counts = (-1, -1)
        self._fixable: tuple[Problem, bool] | None = None
        self._deferred = DeferredRefresh(self, self._take, TYPING_PAUSE_MS)
        self._deferred.settle_on(self.view, self.view.viewport(), self.fix_button, self.fix_all_button)
        self._subscription: Subscription[ProblemSource, Callable[[], None]] = Subscription(
            self._deferred.schedule, lambda engine, cb: engine.add_listener(cb), lambda engine, cb: engine.remove_listener(cb)
        )
        self.destroyed.connect(self._subscription.end)
        self.reload(engine)

    # -- following the engine ------------------------------------------------------------------

    def reload(self, engine: ProblemSource) -> None:
        """Listen to `engine` (a new one after open / replace_document) and show its problems."""
        if engine is not self.engine:
            self._subscription.follow(engine)
            self.engine = engine
            self._fixable = None
        self._take()

    def settle(self) -> None:
        """List the problems now if the engine has announced new ones since the list last took them."""
        self._deferred.settle()

    def _take(self) -> None:
        """Show the source's problems as they are now (the list asked of it only here: merging the spelling
        rows into the checks' costs a walk of both)."""
        self._deferred.done()
        problems = self.engine.problems if self.engine is not None else []
        self.model.set_rows(problems)
        by_severity = severity_counts(problems)
        self.summary.setText(counts_text(by_severity))
        counts = (by_severity["error"], by_severity["warning"])
        if counts != self._counts:
            self._counts = counts
            self.counts_changed.emit(*counts)
        self.fix_all_button.setEnabled(any(p.fix for p in problems))
        self._update_fix_button()

    def add_toggle(self, action: QAction) -> QToolButton:
        """A button beside the summary for a checkable command (Show Spelling in Problems)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar.insertWidget(1, button)
        return button

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) now shown."""
        self.settle()
        return max(self._counts[0], 0), max(self._counts[1], 0)

    @property
    def problems(self) -> list[Problem]:
        """The rows, brought up to date first."""
        self.settle()
        return list(self.model.rows)

    # -- acting on a row --------------------------------------------------------------------------

    def selected(self) -> Problem | None:
        self.settle()
        return self.model.record(self.view.currentIndex())

    def select(self, problem: Problem) -> None:
        """Make `problem` the current row, scrolled to the middle of the list so its neighbours show."""
        self.settle()
        index = self.model.index(self.model.rows.index(problem), 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_fix_button(self) -> None:
        problem = self.selected()
        if problem is None or self.engine is None:
            can = False
        elif self._fixable is not None and self._fixable[0] == problem:
            can = self._fixable[1]  # same problem after another keystroke: the engine's answer stands
        else:
            can = self.engine.fixable(problem)
            self._fixable = (problem, can)
        self.fix_button.setEnabled(can)
        self.fix_button.setToolTip(problem.fix if can and problem is not None and problem.fix else self.tr("Apply the quick fix of the selected problem"))

    def _activated(self, index: QModelIndex) -> None:
        problem = self.model.record(index)
        if problem is not None:
            self.reveal(problem)

    def reveal(self, problem: Problem) -> None:
        """Move the document view's cursor to the problem: onto a wrong label, after a wrong final mark, into a date spot.

        Problems that name no field (or an offset they cannot know) leave the
        choice to the view: the start of the node's text.
        """
        if problem.node_uid is not None:
            self.host.reveal(problem.node_uid, problem.field, problem.offset or 0)

    def fix_selected(self) -> bool:
        problem = self.selected()
        return problem is not None and self.fix(problem)

    def fix_all(self) -> int:
        """Apply every quick fix as one undo step (a fix that settles several problems runs once); how many ran."""
        session = self.host.session
        ran: list[int] = []
        self.host.perform(self.tr("Fix all"), lambda: ran.append(engine_fix_all(session)))
        return ran[0] if ran else 0

    def fix(self, problem: Problem) -> bool:
        """Apply the quick fix of `problem` as one undo step; False when it has none (any more)."""
        engine = self.engine
        if engine is None or not engine.fixable(problem):
            return False
        self.host.perform(self.tr("Fix: %s") % (problem.fix or problem.rule), lambda: engine.apply_fix(problem))
        return True
