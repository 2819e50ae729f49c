"""The document model: plain Python, no Qt.

Everything that changes a document goes through `editor.model.operations`.
"""

from editor.model.inline import Inline, Span, normalize
from editor.model.marks import VIEWS, Mark, View, now_iso
from editor.model.nodes import (
    ACTIONS,
    Action,
    Adoption,
    Annex,
    Clause,
    Cover,
    Document,
    Footnote,
    Node,
    Note,
    Proposal,
    Resolution,
    Section,
)
from editor.model.views import clone, has_marks, project

__all__ = [
    "ACTIONS", "VIEWS", "Action", "Adoption", "Annex", "Clause", "Cover", "Document", "Footnote",
    "Inline", "Mark", "Node", "Note", "Proposal", "Resolution", "Section", "Span", "View",
    "clone", "has_marks", "normalize", "now_iso", "project",
]
