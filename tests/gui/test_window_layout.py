"""The window at its default size: every panel fits its dock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox

from editor.app import build_window
from editor.gui.properties_panel import PropertiesPanel
from tests.factories import assert_valid, mod_document


def test_properties_fit_the_dock_at_1400_by_900(qtbot, settings: QSettings, recovery_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = build_window(settings, recovery_dir)
    qtbot.addWidget(window)
    document, _session = mod_document()
    window.load_document(document)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window._apply_default_dock_sizes()  # what the first show posts; run now rather than waiting for it
    QApplication.processEvents()
    dock = window.panels["dock-PropertiesPanel"]
    panel = dock.widget()
    assert isinstance(panel, PropertiesPanel)
    assert dock.width() <= 480, "the dock keeps its default width"
    assert not panel.scroll_area.horizontalScrollBar().isVisible()
    viewport = panel.scroll_area.viewport().width()
    for combo in panel.findChildren(QComboBox):
        assert combo.geometry().right() <= viewport, combo.currentText()
    long_entry = panel.body.itemText(panel.body.findData("WTSA"))
    assert panel.body.fontMetrics().horizontalAdvance(long_entry) > panel.body.width(), "the long body name is elided, not widening the form"
    panel.body.setCurrentIndex(panel.body.findData("WTSA"))
    assert panel.body.toolTip() == long_entry, "the tooltip gives the whole name"
    window.controller.close()
    assert_valid(window.controller.session.document)
