"""How a revision mark reads in the window: who, when in the reader's own words, and in which colour.

The text, the Changes list and the tooltips all say it the same way: the
date as the reader's locale writes it ("1 February 2022, 10:00"), never the
ISO string stored in the file, and the colours of editor.export.styles, the
ones the print and the PDF use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat

from editor.export.text_formats import DELETED, INSERTED
from editor.model.marks import Mark, MarkKind


def colour(kind: MarkKind) -> QColor:
    return INSERTED if kind == "ins" else DELETED


def when(date: str, locale: QLocale | None = None) -> str:
    """A stored mark date in local time, as the locale writes a date and a time ("1 February 2022, 10:00")."""
    moment = QDateTime.fromString(date, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return date
    locale = locale or QLocale()
    local = moment.toLocalTime()
    return f"{locale.toString(local.date(), 'd MMMM yyyy')}, {locale.toString(local.time(), 'HH:mm')}"


def tagged(fmt: QTextCharFormat, mark: Mark) -> QTextCharFormat:
    """The format of marked text on screen: it says who changed it and when (tooltip), and which change it is."""
    out = QTextCharFormat(fmt)
    out.setToolTip(describe(mark))
    out.setProperty(QTextFormat.Property.UserProperty, mark.id)
    return out


def describe(mark: Mark) -> str:
    """The tooltip of marked text: "Inserted by ARB, 1 February 2022, 10:00"."""
    verb = QCoreApplication.translate("Marks", "Inserted by %1, %2") if mark.kind == "ins" else QCoreApplication.translate("Marks", "Deleted by %1, %2")
    return verb.replace("%1", mark.author or QCoreApplication.translate("Marks", "an unknown author")).replace("%2", when(mark.date))
