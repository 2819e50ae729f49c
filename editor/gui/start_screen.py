"""What the window shows when no document is open: what to do next, as a word processor's start page does.

The buttons are the window's own File commands (one action each, so the
shortcut, the tooltip and the crash report's name are the menu's), and the
recent files open with a click or Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    """Title, a line of help, the File commands and the recent files."""

    def __init__(self, actions: Sequence[QAction], open_recent: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._open_recent = open_recent
        title = QLabel(self.tr("Resolution Editor"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        help_text = QLabel(self.tr("Draft an ITU resolution or a proposal that changes one (ADD, MOD, SUP, NOC): start a new "
                                   "document, open one, or import text copied from Word, a web page or a PDF."), self)
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addWidget(help_text)
        layout.addSpacing(12)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(320)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addSpacing(12)
        self.recent_label = QLabel(self.tr("Recent documents"), self)
        layout.addWidget(self.recent_label)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        layout.addWidget(self.recent, 1)

    def show_recent(self, paths: Sequence[str]) -> None:
        self.recent.clear()
        for name in paths:
            item = QListWidgetItem(f"{Path(name).name}    —    {Path(name).parent}")
            item.setData(PATH_ROLE, name)
            item.setToolTip(name)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def _activated(self, item: QListWidgetItem) -> None:
        self._open_recent(str(item.data(PATH_ROLE)))
