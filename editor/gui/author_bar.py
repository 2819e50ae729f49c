"""The bar above the page that asks who is recording changes, without stopping the typing.

A modal question at the first tracked keystroke took the keys typed after
it: the drafter's next words became their "name" and left the clause.  So
the first recorded edit goes through under the provisional name (the
account's full name, or none) and this bar appears above the page, as
LibreOffice's information bars do; the keyboard stays in the text.  Naming
oneself from the bar gives the marks already made in this session the name
(EditSession.rename_author).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class AuthorBar(QFrame):
    """"Your changes are recorded as …", a Name… button and a close button; hidden until asked."""

    def __init__(self, name_yourself: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#authorBar { background: #fdf6d8; border: 1px solid #e0d29a; }")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.name_button = QPushButton(self.tr("Your Name…"), self)
        self.name_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._name_yourself = name_yourself
        self.name_button.clicked.connect(self._name)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("Keep this name"))
        close.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.name_button)
        layout.addWidget(close)
        self.hide()

    def _name(self) -> None:
        self.hide()
        self._name_yourself()

    def tell(self, author: str) -> None:
        """Show the bar for `author` (the provisional name, possibly empty) without taking the keyboard."""
        if author:
            text = self.tr("Your changes are recorded as “{0}”. Give your name or administration if it should be another.")
            self.message.setText(text.format(author))
        else:
            self.message.setText(self.tr("Your changes are recorded without a name. Give your name or administration, "
                                         "as revision marks should show it."))
        self.show()
