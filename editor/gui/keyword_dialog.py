"""The question a new or renamed section asks: its keyword, from the customary ones or typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from editor.editing.structure import customary_keywords
from editor.model.nodes import Section
from editor.rules.context import language_of


def ask_keyword(parent: QWidget, section: Section, *, new_section: bool = False) -> str | None:
    """The keyword chosen for `section` (or for a new section after it); None when cancelled or empty."""
    tr = QCoreApplication.translate
    choices = list(customary_keywords(language_of(section)))
    current = section.keyword.text("final")
    index = choices.index(current) if current in choices else 0
    title = tr("Keyword", "New section") if new_section else tr("Keyword", "Section keyword")
    keyword, ok = QInputDialog.getItem(parent, title, tr("Keyword", "Keyword:"), choices, index, True)
    return keyword.strip() if ok and keyword.strip() else None
