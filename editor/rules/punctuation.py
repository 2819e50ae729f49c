"""Final punctuation of clauses, sub-items and the preamble (conventions §2.3).

A clause ends with ";", the last clause of a section with "," (the
resolution goes on with the next keyword), the last clause of the
resolution with "."; a clause that introduces sub-items ends with ":" and
its last sub-item takes the ending the clause itself would have had.  "; and"
and "; or" belong before the last item of a list only.

The marks are the document language's (editor.rules.wording): Arabic "؛"
(or ";") and "،", Chinese "；", "，" and "。"; a fix writes the first the
language data gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor.model.inline import markup_offset
from editor.model.nodes import Clause, Resolution, Section
from editor.model.session import EditSession
from editor.rules.context import Place, SectionContext, Where, keyword_of, language_of, place_list, report
from editor.rules.editing import replace_final
from editor.rules.problem import Problem
from editor.rules.wording import Wording, wording

RULES = ("punctuation.clause", "punctuation.and-or", "punctuation.preamble")
ENGLISH = wording("en")


@lru_cache(maxsize=8)
def _and_or(w: Wording) -> re.Pattern[str]:
    joiners = "|".join(re.escape(j) for j in w.joiners)
    return re.compile(rf"(?P<mark>[{re.escape(''.join(dict.fromkeys(';' + ''.join(w.clause))))}])\s*(?P<word>{joiners})$")


def ending(text: str, w: Wording = ENGLISH) -> tuple[int, int, str]:
    """Final-view offsets and normalised form ("; and") of the closing punctuation; "" when there is none."""
    stripped = text.rstrip()
    n = len(stripped)
    if n and stripped[-1] in w.marks:
        return n - 1, n, stripped[-1]
    m = _and_or(w).search(stripped, max(0, n - 12))
    if m:
        return m.start(), n, m.group("mark") + " " + m.group("word")
    return n, n, ""


def _closing(ctx: SectionContext) -> tuple[str, str]:
    w = wording(ctx.language)
    if ctx.last:
        return w.final[0], f"the last clause of the resolution must end with \"{w.final[0]}\""
    if ctx.next_keyword:
        return w.section[0], f"the last clause of a section before {ctx.next_keyword} must end with \"{w.section[0]}\""
    return w.section[0], f"the last clause of a section must end with \"{w.section[0]}\""


def _before_another(what: str, w: Wording) -> str:
    return f"{what} followed by another must end with \"{w.clause[0]}\""


def _before_items(w: Wording) -> str:
    return f"a clause that introduces sub-items must end with \"{w.items[0]}\""


def _list_endings(w: Wording) -> tuple[str, ...]:
    """The endings of an item before the last of a list ("; and", "؛ و")."""
    return tuple(f"{mark} {word}" for mark in dict.fromkeys((";", *w.clause)) for word in w.joiners)


def expected_endings(top: list[Place], ctx: SectionContext, closing: tuple[str, str] | None = None) -> list[tuple[Place, str, bool, str]]:
    """Each clause and sub-item with the ending it needs, whether "; and"/"; or" may stand instead, and why.

    `closing` is the ending of the last one and why; by default what the
    section's place in the resolution asks for.
    """
    out: list[tuple[Place, str, bool, str]] = []
    w = wording(ctx.language)

    def visit(places: list[Place], last: tuple[str, str], what: str) -> None:
        n = len(places)
        between = (w.clause[0], _before_another(what, w))
        for i, place in enumerate(places):
            want, why = last if i == n - 1 else between
            if place.items:
                out.append((place, w.items[0], False, _before_items(w)))
                visit(place.items, (want, why), "an item")
            else:
                out.append((place, want, i == n - 2 and want in w.clause, why))

    visit(top, closing or _closing(ctx), "a clause")
    return out


def check(section: Section, ctx: SectionContext, top: list[Place]) -> list[Problem]:
    return judge(expected_endings(top, ctx), ctx, keyword_of(section, ctx.view), wording(ctx.language))


def judge(expected: list[tuple[Place, str, bool, str]], ctx: SectionContext | Where, where: str,
          w: Wording = ENGLISH) -> list[Problem]:
    """The problems of places whose ending is not the expected one (from `expected_endings`), in `w`'s marks."""
    out: list[Problem] = []
    and_or_endings = _list_endings(w)
    for place, want, and_or, why in expected:
        text = place.text
        if not text.strip():
            continue
        found = ending(text, w)[2]
        if found in w.accepted(want) or (and_or and found in and_or_endings):
            continue
        out.append(_problem(ctx, where, place, found, want, why, w))
    return out


def _problem(ctx: SectionContext | Where, keyword: str, place: Place, found: str, want: str, why: str,
             w: Wording = ENGLISH) -> Problem:
    view = ctx.view if isinstance(ctx, SectionContext) else ctx[1]
    after = markup_offset(place.node.text, ending(place.text, w)[1], view, end=True)  # the cursor goes after the wrong mark
    if found in _list_endings(w):
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
    w = wording(ctx.language)
    for place, want, _, _ in expected_endings(place_list(section.clauses, "final"), ctx):
        if place.node is clause:
            start, end, found = ending(place.text, w)
            if found not in w.accepted(want):
                replace_final(session, clause.text, start, end, want)
            return


def check_preamble(resolution: Resolution, where: Where) -> list[Problem]:
    """The enacting formula ends with the language's comma ("," "،" "，")."""
    text = resolution.preamble.text("final")
    if not text.strip():
        return []
    w = wording(language_of(resolution))
    _, _, found = ending(text, w)
    want = w.section[0]
    if found in w.accepted(want):
        return []
    shown_found = f"ends with \"{found}\"" if found else "has no final punctuation"
    return [report(where, "error", "punctuation.preamble",
                   f"the preamble \"{text.strip()[:60]}\" {shown_found} but must end with \"{want}\"",
                   node=resolution, fix=f"end with \"{want}\"", field="preamble",
                   offset=markup_offset(resolution.preamble, ending(text, w)[1], end=True))]


def fix_preamble(session: EditSession, resolution: Resolution) -> None:
    w = wording(language_of(resolution))
    start, end, found = ending(resolution.preamble.text("final"), w)
    if found not in w.accepted(w.section[0]):
        replace_final(session, resolution.preamble, start, end, w.section[0])
