"""The outline of a document: its sections and clause labels, one line per section.

This is the shape a drafter checks first ("are noting's letters a) to k)?"),
then the body of a long resolution and its annexes: a line per body section,
annex or appendix (its heading line and title, then the labels of its
paragraphs), an indented line per heading with the paragraphs under it; the
list items of a provision follow it in brackets ("1.3 [a) b) c)]"), a note,
a table and a figure are named ("note", "table 3×2", "figure").
in the exact text form `main.py outline` prints and tests compare.  It reads
a projection, so the original view shows the base lettering and the final
view the new one.
"""

from __future__ import annotations

from editor.model.body import Heading, Paragraph, Table
from editor.model.marks import View
from editor.model.nodes import Clause, Division, Document, Note, Proposal
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
            divisions: list[Division] = [*resolution.parts, *resolution.annexes]
            for division in divisions:
                lines += _division(division)
    return lines


def _division(division: Division) -> list[str]:
    """The lines of a body section or an annex: its own, then one per heading."""
    title = " ".join(division.title.text().split())
    head = " ".join(division.heading.text().split()) + (f" – {title}" if title else "")
    lines: list[str] = []
    words: list[str] = []
    for para in division.paragraphs:
        if isinstance(para, Heading):
            lines.append(_line(head, words))
            head, words = "  " + " ".join(f"{para.label.text()} {para.text.text()}".split()), []
        else:
            words.append(_paragraph(para))
    lines.append(_line(head, words))
    return lines


def _line(head: str, words: list[str]) -> str:
    return f"{head}: {' '.join(words)}" if words else f"{head}:"


def _paragraph(para: Paragraph) -> str:
    """A provision's label (its items in brackets), or the kind of paragraph it is."""
    if isinstance(para, Clause):
        label = para.label.text().strip() or UNLABELLED
        return f"{label} [{' '.join(_paragraph(i) for i in para.items)}]" if para.items else label
    if isinstance(para, Note):
        return "note"
    if isinstance(para, Table):
        return f"table {len(para.rows)}×{para.columns}"
    return "figure"


def _header(proposal: Proposal) -> str:
    """"MOD ARB/36A2/1"; a proposal without symbol or identifier is named by its number line."""
    heading = proposal.heading()
    if heading:
        return heading
    res = proposal.resolution
    return res.number_line("markup") if res is not None else "(proposal)"
