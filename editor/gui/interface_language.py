"""The language of the window's own texts (menus, dialogs, status messages), not of the document.

The texts are written in English and go through Qt's tr() or
QCoreApplication.translate(), so that pyside6-lupdate finds them; their
translations are Qt Linguist files, resources/translations/resolution_editor_<code>.ts,
which the Makefile compiles into .qm files with pyside6-lrelease.  At start the
window loads the .qm of the language chosen by `--ui-language`, else by the
setting View > Interface Language keeps, else by the system locale; Arabic
also turns the whole interface right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: The interface languages, each named in itself (as a menu offering them shows them).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
SETTING = "interface/language"  # a code of LANGUAGES, or "" for the system's language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is defined (a table of names); tr() it where it is shown."""
    return text


def chosen(option: str | None, settings: QSettings, locale: QLocale | None = None) -> str:
    """The interface language: the command line's, else the setting's, else the system's when we have it, else English."""
    for code in (option, str(settings.value(SETTING, "") or "")):
        if code in LANGUAGES:
            return code
    system = (locale or QLocale.system()).name().split("_")[0]
    return system if system in LANGUAGES else "en"


def direction(code: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


def install_translators(app: QCoreApplication, folder: Path = TRANSLATIONS, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings and ours in `locale`'s language (default: the system's), for the .qm files present."""
    installed = []
    locale = locale or QLocale()
    for name, where in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), ("resolution_editor", str(folder))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply(app: QApplication, code: str, folder: Path = TRANSLATIONS) -> list[QTranslator]:
    """Install the translations of interface language `code` and its layout direction; returns the translators."""
    app.setLayoutDirection(direction(code))
    return install_translators(app, folder, QLocale(code)) if code != "en" else []
