"""Final punctuation of clauses, sub-items and the preamble (conventions §2.3).

A clause ends with ";", the last clause of a section with "," (the
resolution goes on with the next keyword), the last clause of the
resolution with "."; a clause that introduces sub-items ends with ":" and
its last sub-item takes the ending the clause itself would have had.  "; and"
and "; or" belong before the last item of a list only.
"""

from __future__ import annotations

import re

from editor.model.inline import markup_offset
from editor.model.nodes import Clause, Resolution, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, Where, keyword_of, place_list, report
from editor.rules.editing import replace_final
from editor.rules.problem import Problem

RULES = ("punctuation.clause", "punctuation.and-or", "punctuation.preamble")
_AND_OR = re.compile(r";\s*(and|or)$")


def ending(text: str) -> tuple[int, int, str]:
    """Final-view offsets and normalised form ("; and") of the closing punctuation; "" when there is none."""
    stripped = text.rstrip()
    n = len(stripped)
    if n and stripped[-1] in ";,.:":
        return n - 1, n, stripped[-1]
    m = _AND_OR.search(stripped, max(0, n - 12))
    if m:
        return m.start(), n, "; " + m.group(1)
    return n, n, ""


def _closing(ctx: SectionContext) -> tuple[str, str]:
    if ctx.last:
        return ".", "the last clause of the resolution must end with \".\""
    if ctx.next_keyword:
        return ",", f"the last clause of a section before {ctx.next_keyword} must end with \",\""
    return ",", "the last clause of a section must end with \",\""


_BEFORE_ANOTHER = {what: f"{what} followed by another must end with \";\"" for what in ("a clause", "an item")}
_BEFORE_ITEMS = "a clause that introduces sub-items must end with \":\""


def expected_endings(top: list[Place], ctx: SectionContext, closing: tuple[str, str] | None = None) -> list[tuple[Place, str, bool, str]]:
    """Each clause and sub-item with the ending it needs, whether "; and"/"; or" may stand instead, and why.

    `closing` is the ending of the last one and why; by default what the
    section's place in the resolution asks for.
    """
    out: list[tuple[Place, str, bool, str]] = []

    def visit(places: list[Place], last: tuple[str, str], what: str) -> None:
        n = len(places)
        between = (";", _BEFORE_ANOTHER[what])
        for i, place in enumerate(places):
            want, why = last if i == n - 1 else between
            if place.items:
                out.append((place, ":", False, _BEFORE_ITEMS))
                visit(place.items, (want, why), "an item")
            else:
                out.append((place, want, i == n - 2 and want == ";", why))

    visit(top, closing or _closing(ctx), "a clause")
    return out


def check(section: Section, ctx: SectionContext, top: list[Place]) -> list[Problem]:
    return judge(expected_endings(top, ctx), ctx, keyword_of(section, ctx.view))


def judge(expected: list[tuple[Place, str, bool, str]], ctx: SectionContext | Where, where: str) -> list[Problem]:
    """The problems of places whose ending is not the expected one (from `expected_endings`)."""
    out: list[Problem] = []
    for place, want, and_or, why in expected:
        text = place.text
        if not text.strip():
            continue
        found = ending(text)[2]
        if found == want or (and_or and found in ("; and", "; or")):
            continue
        out.append(_problem(ctx, where, place, found, want, why))
    return out


def _problem(ctx: SectionContext | Where, keyword: str, place: Place, found: str, want: str, why: str) -> Problem:
    view = ctx.view if isinstance(ctx, SectionContext) else ctx[1]
    after = markup_offset(place.node.text, ending(place.text)[1], view, end=True)  # the cursor goes after the wrong mark
    if found in ("; and", "; or"):
        return report(ctx, "error", "punctuation.and-or",
                      f"{keyword}: {place.who()} ends with \"{found}\", which belongs only before the last item of a list; it should end with \"{want}\"",
                      section=keyword, place=place, fix=f"end with \"{want}\"", field="text", offset=after)
    shown_found = f"ends with \"{found}\"" if found else "has no final punctuation"
    return report(ctx, "error", "punctuation.clause", f"{keyword}: {place.who()} {shown_found} but {why}",
                  section=keyword, place=place, fix=f"end with \"{want}\"", field="text", offset=after)


def fix_clause(session: EditSession, clause: Clause, ctx: SectionContext) -> None:
    """Put the expected ending on one clause or sub-item."""
    section = clause.ancestor(Section)
    if section is None:
        return
    for place, want, _, _ in expected_endings(place_list(section.clauses, "final"), ctx):
        if place.node is clause:
            start, end, found = ending(place.text)
            if found != want:
                replace_final(session, clause.text, start, end, want)
            return


def check_preamble(resolution: Resolution, where: Where) -> list[Problem]:
    text = resolution.preamble.text("final")
    if not text.strip():
        return []
    _, _, found = ending(text)
    if found == ",":
        return []
    shown_found = f"ends with \"{found}\"" if found else "has no final punctuation"
    return [report(where, "error", "punctuation.preamble",
                   f"the preamble \"{text.strip()[:60]}\" {shown_found} but must end with \",\"",
                   node=resolution, fix="end with \",\"", field="preamble",
                   offset=markup_offset(resolution.preamble, ending(text)[1], end=True))]


def fix_preamble(session: EditSession, resolution: Resolution) -> None:
    start, end, found = ending(resolution.preamble.text("final"))
    if found != ",":
        replace_final(session, resolution.preamble, start, end, ",")
