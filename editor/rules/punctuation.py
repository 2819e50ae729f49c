"""Final punctuation of clauses, sub-items and the preamble (conventions §2.3).

A clause ends with ";", the last clause of a section with "," (the
resolution goes on with the next keyword), the last clause of the
resolution with "."; a clause that introduces sub-items ends with ":" and
its last sub-item takes the ending the clause itself would have had.  "; and"
and "; or" belong before the last item of a list only.
"""

from __future__ import annotations

import re

from editor.model.nodes import Clause, Resolution, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, keyword_of, places, report, shown
from editor.rules.editing import replace_final
from editor.rules.problem import Problem

RULES = ("punctuation.clause", "punctuation.and-or", "punctuation.preamble")
_ENDING = re.compile(r"(;\s*(?:and|or)|[;,.:])$")


def ending(text: str) -> tuple[int, int, str]:
    """Final-view offsets and normalised form ("; and") of the closing punctuation; "" when there is none."""
    stripped = text.rstrip()
    m = _ENDING.search(stripped)
    if not m:
        return len(stripped), len(stripped), ""
    return m.start(), m.end(), " ".join(m.group(1).replace(";", "; ").split())


def expected_endings(section: Section, ctx: SectionContext) -> dict[int, tuple[str, bool, str]]:
    """For each clause and sub-item uid: the ending it needs, whether "; and"/"; or" is allowed, and why."""
    out: dict[int, tuple[str, bool, str]] = {}
    if ctx.last:
        close = (".", "the last clause of the resolution must end with \".\"")
    elif ctx.next_keyword:
        close = (",", f"the last clause of a section before {ctx.next_keyword} must end with \",\"")
    else:
        close = (",", "the last clause of a section must end with \",\"")

    def visit(nodes: list[Clause], last: tuple[str, str], what: str) -> None:
        for i, node in enumerate(nodes):
            items: list[Clause] = shown(node.items, ctx.view)  # type: ignore[assignment]
            if i == len(nodes) - 1:
                want, why = last
            else:
                want, why = ";", f"{what} followed by another must end with \";\""
            if items:
                out[node.uid] = (":", False, "a clause that introduces sub-items must end with \":\"")
                visit(items, (want, why), "an item")
            else:
                out[node.uid] = (want, want == ";" and i == len(nodes) - 2, why)

    visit(shown(section.clauses, ctx.view), close, "a clause")  # type: ignore[arg-type]
    return out


def check(section: Section, ctx: SectionContext) -> list[Problem]:
    keyword = keyword_of(section, ctx.view)
    wanted = expected_endings(section, ctx)
    out: list[Problem] = []
    for place in places(section, ctx.view):
        text = place.node.text.text(ctx.view)
        if not text.strip():
            continue
        want, and_or, why = wanted[place.node.uid]
        _, _, found = ending(text)
        if found == want or (and_or and found in ("; and", "; or")):
            continue
        out.append(_problem(ctx, keyword, place, found, want, why))
    return out


def _problem(ctx: SectionContext, keyword: str, place: Place, found: str, want: str, why: str) -> Problem:
    who = f"clause {place.clause}" + (f", item {place.subitem}" if place.subitem else "")
    if found in ("; and", "; or"):
        return report(ctx, "error", "punctuation.and-or",
                      f"{keyword}: {who} ends with \"{found}\", which belongs only before the last item of a list; it should end with \"{want}\"",
                      section=keyword, place=place, fix=f"end with \"{want}\"")
    shown_found = f"ends with \"{found}\"" if found else "has no final punctuation"
    return report(ctx, "error", "punctuation.clause", f"{keyword}: {who} {shown_found} but {why}",
                  section=keyword, place=place, fix=f"end with \"{want}\"")


def fix_clause(session: EditSession, clause: Clause, ctx: SectionContext) -> None:
    """Put the expected ending on one clause or sub-item."""
    section = clause.ancestor(Section)
    if section is None:
        return
    want = expected_endings(section, ctx).get(clause.uid)
    if want is None:
        return
    start, end, _ = ending(clause.text.text("final"))
    replace_final(session, clause.text, start, end, want[0])


def check_preamble(resolution: Resolution, where: tuple[str | None, str]) -> list[Problem]:
    text = resolution.preamble.text("final")
    if not text.strip():
        return []
    _, _, found = ending(text)
    if found == ",":
        return []
    shown_found = f"ends with \"{found}\"" if found else "has no final punctuation"
    return [report(where, "error", "punctuation.preamble",  # type: ignore[arg-type]
                   f"the preamble \"{text.strip()[:60]}\" {shown_found} but must end with \",\"",
                   node=resolution, fix="end with \",\"")]


def fix_preamble(session: EditSession, resolution: Resolution) -> None:
    start, end, _ = ending(resolution.preamble.text("final"))
    replace_final(session, resolution.preamble, start, end, ",")
