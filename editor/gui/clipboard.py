"""What the window leaves on the clipboard when it quits.

Copy in the document view hands Qt a QMimeData made in Python
(DocumentView.createMimeDataFromSelection: the text as written).  The
clipboard owns it and deletes it when the application object goes, which is
after Python has shut down: deleting a Python-made object then crashes the
process on exit.  `settle_clipboard` puts the same text back as data Qt made
itself, while Python still runs, so the drafter's clipboard is kept and the
exit is clean.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from shiboken6 import Shiboken


def settle_clipboard() -> None:
    """Replace Python-made clipboard data by a Qt-made copy of its text (other data is left alone)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    modes = [QClipboard.Mode.Clipboard] + ([QClipboard.Mode.Selection] if clipboard.supportsSelection() else [])
    for mode in modes:
        data = clipboard.mimeData(mode)
        if data is not None and Shiboken.createdByPython(data):
            text = data.text()
            clipboard.clear(mode)
            if text:
                clipboard.setText(text, mode)
