"""The document view: the resolution laid out as the ITU prints it, edited in place.

`screen` keeps a QTextDocument equal to the page of editor.editing.page
(blocks of editor.export.blocks in the formats of
editor.export.text_formats, the print's), `decorations` draws problems'
underlines and change bars, and `view` is the widget that turns keys,
mouse and clipboard into editor.editing.commands calls.
"""

from editor.gui.document_view.view import DocumentView

__all__ = ["DocumentView"]
