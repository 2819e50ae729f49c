"""Choosing a document's language: the one list of ITU's six languages the New… dialogs and Properties show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from editor.languages import CODES
from editor.languages import load as load_language


def language_label(code: str) -> str:
    """How the window names a document language in any interface: its own name, with the English one
    ("Français (French)", "English"); the code itself for a language the data does not know."""
    if code not in CODES:
        return f"'{code}'"
    language = load_language(code)
    return language.native if language.native == language.name else f"{language.native} ({language.name})"


def language_combo(parent: QWidget | None = None) -> QComboBox:
    """A combo box of the six languages ("Français (French)"), each item's data its code."""
    combo = QComboBox(parent)
    for code in CODES:
        combo.addItem(language_label(code), code)
    return combo


def ask_language(parent: QWidget, title: str, default: str = "en") -> str | None:
    """The language of a new document, `default` preselected; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    combo = language_combo(dialog)
    combo.setCurrentIndex(max(combo.findData(default), 0))
    form = QFormLayout(dialog)
    form.addRow(QCoreApplication.translate("Language", "Language of the document:"), combo)
    if not form_accepted(dialog, form):
        return None
    return str(combo.currentData())


def form_accepted(dialog: QDialog, form: QFormLayout) -> bool:
    """Add OK and Cancel under `form` and run `dialog`: True when the drafter pressed OK."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog.exec() == QDialog.DialogCode.Accepted
