"""The problems panel: lists the live checks, follows edits and undo, reveals, fixes in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.gui.problems_panel import ProblemSource, ProblemsPanel
from editor.model import Clause, Resolution
from editor.rules.engine import RuleEngine
from editor.xmlio.writer import to_bytes
from tests.factories import assert_valid
from tests.gui.conftest import Host


def _setup(qtbot: QtBot, host: Host) -> tuple[ProblemsPanel, ProblemSource]:
    engine = RuleEngine(host.session)
    panel = ProblemsPanel(host, engine)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    return panel, engine  # type: ignore[return-value]


def _res(host: Host) -> Resolution:
    res = host.document.proposals[0].resolution
    assert res is not None
    return res


def _break_punctuation(host: Host) -> Clause:
    """End "considering b)" (last of its section) with a semicolon instead of a comma."""
    clause = _res(host).sections[0].clauses[1]
    end = len(clause.text.text())
    host.perform("Type", lambda: host.session.replace_text(clause.text, end - 1, end, ";"))
    return clause


def _about(panel: ProblemsPanel, clause: Clause) -> list[int]:
    return [row for row, p in enumerate(panel.problems) if p.node_uid == clause.uid]


def test_a_correct_document_has_no_problems(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    assert panel.counts() == (0, 0)
    assert panel.model.rowCount() == 0 and not panel.fix_button.isEnabled()


def test_it_follows_typing_and_undo(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    with qtbot.waitSignal(panel.counts_changed) as signal:
        clause = _break_punctuation(host)
    rows = _about(panel, clause)
    assert rows, panel.problems
    problem = panel.problems[rows[0]]
    assert "considering" in problem.location()
    index = panel.model.index(rows[0], 1)
    assert panel.model.data(index) == problem.location()
    assert panel.model.data(panel.model.index(rows[0], 2)) == problem.message
    assert sum(signal.args) == len(panel.problems)
    host.undo()
    assert panel.counts() == (0, 0) and panel.model.rowCount() == 0


def test_double_click_reveals_the_node(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    clause = _break_punctuation(host)
    row = _about(panel, clause)[0]
    rect = panel.view.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert host.revealed and host.revealed[-1][0] == clause.uid


def test_fix_applies_the_quick_fix_as_one_undo_step(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    original = to_bytes(host.document)
    clause = _break_punctuation(host)
    broken = to_bytes(host.document)
    panel.select(panel.problems[_about(panel, clause)[0]])
    assert panel.fix_button.isEnabled()
    steps = len(host.session.undo_stack)
    panel.fix_button.click()
    assert clause.text.text().endswith(",")
    assert to_bytes(host.document) == original
    assert _about(panel, clause) == []
    assert len(host.session.undo_stack) == steps + 1
    assert_valid(host.document)
    host.undo()
    assert to_bytes(host.document) == broken and _about(panel, clause)


def test_errors_are_counted_for_the_status_bar(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    section = _res(host).sections[1]
    seen: list[tuple[int, int]] = []
    panel.counts_changed.connect(lambda errors, warnings: seen.append((errors, warnings)))
    host.perform("Keyword", lambda: host.session.set_text(section.keyword, "Noting"))
    qtbot.waitUntil(lambda: bool(seen))  # the list and its counts follow once the typing pauses
    assert seen[-1][0] >= 1 and panel.counts()[0] >= 1
    row = next(i for i, p in enumerate(panel.problems) if p.severity == "error" and p.node_uid == section.uid)
    assert panel.model.data(panel.model.index(row, 0)) == "Error"
    assert panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None
    host.undo()
    qtbot.waitUntil(lambda: seen[-1] == (0, 0))


def test_unchanged_rows_keep_the_selection(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    clause = _break_punctuation(host)
    selected = panel.problems[_about(panel, clause)[0]]
    panel.select(selected)
    other = _res(host).sections[2].clauses[2]
    host.perform("Type", lambda: host.session.insert_text(other.text, 0, "also "))
    assert panel.selected() == selected


def test_after_reload_it_follows_the_new_engine(qtbot: QtBot, host: Host) -> None:
    panel, engine = _setup(qtbot, host)
    clause = _break_punctuation(host)
    assert _about(panel, clause)
    from tests.factories import base_document

    host.replace_document(base_document(), "Open")
    panel.reload(RuleEngine(host.session))  # type: ignore[arg-type]
    assert panel.counts() == (0, 0)
    _break_punctuation(host)
    assert panel.counts() != (0, 0)
    getattr(engine, "close", lambda: None)()


def test_fix_all_settles_every_fixable_problem_in_one_step(qtbot: QtBot, host: Host) -> None:
    panel, _engine = _setup(qtbot, host)
    original = to_bytes(host.document)
    res = _res(host)
    clause = _break_punctuation(host)
    host.perform("Label", lambda: host.session.set_text(res.sections[1].clauses[1].label, "d)"))
    broken = to_bytes(host.document)
    assert len(panel.problems) >= 2 and panel.fix_all_button.isEnabled()
    steps = len(host.session.undo_stack)
    assert panel.fix_all() >= 2
    assert to_bytes(host.document) == original and panel.problems == [] and not panel.fix_all_button.isEnabled()
    assert len(host.session.undo_stack) == steps + 1 and clause.text.text().endswith(",")
    assert_valid(host.document)
    host.undo()
    assert to_bytes(host.document) == broken


def test_the_list_follows_a_change_once_the_typing_pauses(qtbot: QtBot, host: Host) -> None:
    """The view's underlines follow every key; the list (a relayout of its rows) waits for the pause."""
    panel, engine = _setup(qtbot, host)
    clause = _break_punctuation(host)
    assert _about(panel, clause)
    rows = panel.model.rowCount()
    end = len(clause.text.text())
    host.perform("Type", lambda: host.session.replace_text(clause.text, end - 1, end, ","))  # mended
    assert panel.model.rowCount() == rows and not engine.problems  # the engine knows; the list waits
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.summary.text().startswith("0 error")
