"""The outline of a document: its sections and clause labels, one line per section.

This is the shape a drafter checks first ("are noting's letters a) to k)?"),
in the exact text form `main.py outline` prints and tests compare.  It reads
a projection, so the original view shows the base lettering and the final
view the new one.
"""

from __future__ import annotations

from editor.model.marks import View
from editor.model.nodes import Document, Proposal
from editor.model.views import project

UNLABELLED = "·"


def outline(document: Document, view: View = "final") -> list[str]:
    """"keyword: labels" per section; a header line per proposal when there are several."""
    shown = project(document, view)
    several = len(shown.proposals) > 1
    lines: list[str] = []
    for proposal in shown.proposals:
        if several:
            lines.append(_header(proposal))
        for resolution in proposal.resolutions:
            for section in resolution.sections:
                labels = " ".join(c.label.text().strip() or UNLABELLED for c in section.clauses)
                keyword = " ".join(section.keyword.text().split())
                lines.append(f"{keyword}: {labels}" if labels else f"{keyword}:")
    return lines


def _header(proposal: Proposal) -> str:
    """"MOD ARB/36A2/1"; a proposal without symbol or identifier is named by its number line."""
    heading = proposal.heading()
    if heading:
        return heading
    res = proposal.resolution
    return res.number_line("markup") if res is not None else "(proposal)"
