"""The document view: the resolution laid out as the ITU prints it, edited in place.

`rows` turns the model into a flat list of rows (one QTextBlock each),
`styles` gives each row kind its ITU formatting, `structure` holds the
model commands behind Enter, Tab and Backspace, `paste` turns pasted text
into clauses, and `view` is the widget that ties them to the controller.
"""

from editor.gui.document_view.view import DocumentView

__all__ = ["DocumentView"]
