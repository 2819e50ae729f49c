"""Revealing a problem puts the cursor on what is wrong: the label, after the final mark, into the date spot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.gui.main_window import MainWindow
from editor.gui.problems_panel import ProblemsPanel
from editor.model import Clause, Resolution
from editor.rules.engine import RuleEngine
from editor.rules.problem import Problem
from tests.factories import assert_valid, mod_document
from tests.gui.conftest import Host


def _res(session_document: object) -> Resolution:
    res = session_document.proposals[0].resolution  # type: ignore[attr-defined]
    assert res is not None
    return res


def _reletter(host: Host, clause: Clause, label: str) -> None:
    host.perform("Type", lambda: host.session.replace_text(clause.label, 0, len(clause.label.text()), label))


def _end_with(host: Host, clause: Clause, mark: str) -> None:
    end = len(clause.text.text())
    host.perform("Type", lambda: host.session.replace_text(clause.text, end - 1, end, mark))


def _problem(problems: list[Problem], rule: str, node: object) -> Problem:
    return next(p for p in problems if p.rule.startswith(rule) and p.node_uid == node.uid)  # type: ignore[attr-defined]


def test_double_click_asks_for_the_label_or_the_end_of_the_text(qtbot: QtBot, host: Host) -> None:
    panel = ProblemsPanel(host, RuleEngine(host.session))  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    considering = _res(host.document).sections[0]
    _reletter(host, considering.clauses[1], "c)")
    _end_with(host, considering.clauses[0], ".")
    for rule, clause, where in (("lettering", considering.clauses[1], ("label", 0)),
                                ("punctuation", considering.clauses[0], ("text", len(considering.clauses[0].text.text())))):
        row = panel.problems.index(_problem(panel.problems, rule, clause))
        rect = panel.view.visualRect(panel.model.index(row, 0))
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert host.revealed[-1] == (clause.uid, *where)
    assert_valid(host.document)


def _window_problems(qtbot: QtBot, window: MainWindow, rule: str, node: object) -> tuple[ProblemsPanel, Problem]:
    from editor.app import dock_panels

    dock_panels(window)
    panel = window.panels["dock-ProblemsPanel"].widget()
    qtbot.waitUntil(lambda: any(p.rule.startswith(rule) and p.node_uid == node.uid for p in panel.problems))  # type: ignore[attr-defined]
    return panel, _problem(panel.problems, rule, node)


def test_in_the_window_the_cursor_lands_on_the_wrong_label_and_after_the_wrong_mark(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.controller
    considering = _res(controller.session.document).sections[0]
    first, second = considering.clauses[0], considering.clauses[1]
    _reletter(controller, second, "c)")  # type: ignore[arg-type]
    _end_with(controller, first, ".")  # type: ignore[arg-type]
    panel, lettering = _window_problems(qtbot, window, "lettering", second)
    panel.reveal(lettering)
    assert window.view.location() == (second, "label", 0)
    panel.reveal(_problem(panel.problems, "punctuation", first))
    assert window.view.location() == (first, "text", len(first.text.text()))
    assert_valid(controller.session.document)


def test_in_the_window_reasons_and_date_spots_are_reached_on_their_own_rows(qtbot: QtBot, window: MainWindow) -> None:
    window.load_document(mod_document()[0])
    controller = window.controller
    proposal = controller.session.document.proposals[0]
    res = _res(controller.session.document)
    controller.perform("Reasons", lambda: controller.session.replace_text(proposal.reasons, 0, len(proposal.reasons.text()), ""))
    panel, reasons = _window_problems(qtbot, window, "proposal.reasons", proposal)
    panel.reveal(reasons)
    assert window.view.location() == (proposal, "reasons", 0)
    preamble = res.preamble.text()
    at = preamble.rindex("(")
    controller.perform("Year", lambda: controller.session.replace_text(res.preamble, at + 1, preamble.rindex(")"), "Dubai, 2012"))
    _, dates = _window_problems(qtbot, window, "dates.", res)
    assert dates.field == "preamble"
    panel.reveal(dates)
    location = window.view.location()
    assert location is not None and location[:2] == (res, "preamble")
    assert res.preamble.text()[location[2]:].startswith("(") and "Dubai, 2012" in res.preamble.text()[location[2]:]
    assert_valid(controller.session.document)
