"""Editing the document as the screen shows it, without Qt.

`page` keeps the document's editable blocks (editor.export.blocks) in step
with the model, `commands` turns what the drafter does at a place of the
page (type, delete, Enter, Tab, paste, bold …) into EditSession verbs,
`structure` holds the clause commands behind the structural keys, `paste`
reads pasted text, `search` finds and replaces over the text shown, and
`host` is what panels and commands need from the owner of a document.  The
document view (editor.gui.document_view) is the thin Qt face of these.
"""
