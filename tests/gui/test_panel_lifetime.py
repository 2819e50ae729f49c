"""A closed panel is never called again: the session and the engine outlive it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from editor.gui.changes_panel import ChangesPanel
from editor.gui.outline_panel import OutlinePanel
from editor.gui.problems_panel import ProblemsPanel
from editor.gui.properties_panel import PropertiesPanel
from editor.gui.source_view import SourceView
from editor.rules.engine import RuleEngine
from tests.factories import assert_valid
from tests.gui.conftest import Host


def test_deleted_panels_stop_listening(qtbot: QtBot, mod_host: Host) -> None:
    engine = RuleEngine(mod_host.session)
    panels = [OutlinePanel(mod_host), PropertiesPanel(mod_host), ProblemsPanel(mod_host, engine),  # type: ignore[arg-type]
              ChangesPanel(mod_host), SourceView(mod_host)]
    for panel in panels:
        panel.show()
        panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    res = mod_host.document.proposals[0].resolution
    assert res is not None
    clause = res.sections[0].clauses[0]
    mod_host.perform("Type", lambda: mod_host.session.insert_text(clause.text, 0, "also "))  # no panel is called
    mod_host.undo()
    qtbot.wait(400)  # past every deferred refresh
    assert_valid(mod_host.document)
