"""Where a node stands, said the way a drafter says it ("MOD ARB/36A2/1, noting c)").

Shared by the Changes panel, the review functions and any message that has
to point a drafter at a clause.
"""

from __future__ import annotations

from editor.model.inline import Inline
from editor.model.nodes import Annex, Clause, Document, Footnote, Node, Note, Proposal, Resolution, Section

RESOLUTION_FIELDS = {
    "number": "number line",
    "adoption": "number line",
    "title": "title",
    "history": "history line",
    "preamble": "preamble",
}


def shown(inline: Inline) -> str:
    """An inline's text as a drafter would quote it: final text, or the original when all of it is deleted."""
    return (inline.text("final") or inline.text("original")).strip()


def _clause_name(clause: Clause) -> str:
    label = shown(clause.label)
    parent = clause.parent
    siblings = parent.items if isinstance(parent, Clause) else getattr(parent, "paragraphs", None) or getattr(parent, "clauses", [])
    index = next((i for i, c in enumerate(siblings) if c is clause), 0) + 1
    if isinstance(parent, Clause):
        own = label if label and label[0].isalnum() else f"item {index}"
        return f"{_clause_name(parent)}, {own}"
    if isinstance(parent, Annex):
        own = label or f"paragraph {index}"
        return f"{shown(parent.heading)}, {own}"
    section = shown(parent.keyword) if isinstance(parent, Section) else ""
    return f"{section} {label or f'clause {index}'}".strip()


def _proposal_name(proposal: Proposal) -> str:
    res = proposal.resolution
    if proposal.identifier or res is None:
        return proposal.heading() or "proposal"
    return " ".join(p for p in (proposal.action or "", f"Resolution {shown(res.number)}") if p)


def location(node: Node, field: str | None = None) -> str:
    """"MOD ARB/36A2/1, considering b)" and the like; `field` names an inline of `node`."""
    parts: list[str] = []
    proposal = node.ancestor(Proposal)
    if proposal is not None:
        parts.append(_proposal_name(proposal))
    if isinstance(node, Resolution):
        parts.append(RESOLUTION_FIELDS.get(field or "", "resolution"))
    elif isinstance(node, Section):
        parts.append(f"section {shown(node.keyword)}")
    elif isinstance(node, Clause):
        name = _clause_name(node)
        parts.append(f"{name} (label)" if field == "label" else name)
    elif isinstance(node, Annex):
        parts.append(shown(node.heading) or "annex")
    elif isinstance(node, Footnote):
        parts.append(f"footnote {node.key}")
    elif isinstance(node, Note):
        parts.append("note")
    elif isinstance(node, Proposal) and field == "reasons":
        parts.append("Reasons")
    elif isinstance(node, Document):
        parts.append("document")
    return ", ".join(p for p in parts if p)
