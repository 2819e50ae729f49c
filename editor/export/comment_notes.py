"""Comments on paper: a numbered reference after the words each comment is on, and the comments as notes at the end.

The PDF and the printer have no margin balloons, so a printed copy for a
meeting carries each comment as Word prints them in a list: "[1]" after
the commented words (after the block, for a comment on a whole clause or
section), and at the end of the document a "Comments" heading with one
paragraph per comment (number, author, date, resolved or not, text) and
its replies below it.  Where each comment stands in the blocks of a view
is decided by the DOCX writer's CommentPlaces, so Word and paper agree.
"""

from __future__ import annotations

from editor.export.blocks import Block, Layout, Run
from editor.export.docx.comments import CommentPlaces, Marker
from editor.model.nodes import Document

HEADING = "Comments"


def add_comment_notes(document: Document, lay: Layout) -> Layout:
    """`lay` (built with sources) with the references in its text and the numbered comments after it; changed in place."""
    if not document.comments:
        return lay
    places = CommentPlaces.of(document, lay.blocks, lay.view)
    numbers = {entry.id: n for n, entry in enumerate((e for e in places.entries if e.parent is None), start=1)}
    for block in lay.blocks:
        runs: list[Run] = []
        for item in places.items(block):
            if isinstance(item, Marker):
                if item.kind == "end":
                    runs.append(Run(f"[{numbers[item.ids[0]]}]", bold=True))
            else:
                runs.append(item)
        block.runs = runs
    lay.body.append(Block("Headingb", [Run(HEADING)], page_break=False))
    for entry in places.entries:
        when = entry.date[:10]
        if entry.parent is None:
            state = ", resolved" if entry.done else ""
            head = [Run(f"[{numbers[entry.id]}]\t", bold=True), Run(entry.author or "Unknown", bold=True), Run(f" ({when}{state}): ")]
            lay.body.append(Block("enumlev1", [*head, Run(entry.text)]))
        else:
            lay.body.append(Block("enumlev2", [Run("–\t"), Run(f"Reply by {entry.author or 'Unknown'}", italic=True),
                                               Run(f" ({when}): "), Run(entry.text)]))
    return lay
