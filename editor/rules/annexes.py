"""Annex and body-section paragraphs: numbered outlines, lettered lists and their punctuation (conventions §2.2, §2.3).

An annex, an appendix or a body section of a long resolution (a Part, as
"SECTION 1bis" of Resolution 1) is read as a run of paragraphs, some
labelled, headings among them ("1bis.1 General principles"), list items in
the order they print.  In a body section the outline starts under the
section's own number: 1bis.1 opens Section 1bis, 1.11.1 follows 1.11.  The
numbers of the body sections themselves (1, 1bis, 2 …) are judged in
their order too (`check_parts`).  Two kinds of label
live side by side, as in the body of Resolution 1: outline numbers ("1",
"1.1", "1bis.1"), which give the annex its structure, and list markers
(a), i), 1), –, •) for enumerations.  The outline is judged as a whole: a
number continues the one before it at its own level, or opens the first
child one level down.  The lists are recovered the way a reader sees them:
a marker that continues an open list joins it (so a roman list nested
under b) gives way to c)), a first marker (a), i), 1), –) opens a list,
nested under the item just before it; an outline number closes every open
list.  Each list is then judged like a section's sub-items.

Punctuation is checked only where an annex uses a clause-like list: one
introduced by a paragraph ending with ":" whose items (at least one of them
before the last) end with ";".  Its items then end with ";" (or "; and" /
"; or" before the last), an item that introduces a nested list with ":",
and the last with ".".  Lists of whole sentences are left alone.  The marks
are the document language's (editor.rules.wording): Arabic "؛" and ".",
Chinese "；" and "。".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from editor.model.body import Part
from editor.model.labels import SUFFIX_PATTERN, Label, Scheme, detect_scheme, letter_style
from editor.model.marks import View
from editor.model.nodes import Annex, Clause, Division, Node, Resolution
from editor.model.session import EditSession
from editor.model.views import has_marks
from editor.rules.context import NO_PROPOSAL, Place, ProposalRef, SectionContext, Where, flatten, language_of, place_list, report
from editor.rules.editing import replace_final, set_label
from editor.rules.lettering import ListPlan, plan_list, plan_problems
from editor.rules.problem import Problem
from editor.rules.punctuation import ENGLISH, ending, expected_endings, judge
from editor.rules.wording import Wording, wording

_SUFFIX = SUFFIX_PATTERN + "?"
_OUTLINE = re.compile(rf"^\d{{1,3}}{_SUFFIX}(?:\.\d{{1,3}}{_SUFFIX})*$")
_MARKER_SCHEMES: tuple[Scheme, ...] = ("letter", "roman", "number-paren", "dash", "bullet")
def _last_item(w: Wording) -> tuple[str, str]:
    """The ending of the last item of a list that ends its sentence, in the language's marks ("." "。")."""
    return w.final[0], f"the last item of a list that ends its sentence must end with \"{w.final[0]}\""


@lru_cache(maxsize=8)
def _context(language: str) -> SectionContext:
    """`expected_endings` asks for a section context; annex lists always pass their own closing ending."""
    return SectionContext(NO_PROPOSAL, "final", True, None, False, language=language)


@dataclass
class _List:
    """One enumeration recovered from the flat paragraphs."""

    scheme: Scheme
    places: list[Place] = field(default_factory=list)
    last: Label | None = None
    intro: Place | None = None
    nested: Place | None = None
    """The item this list is nested under (it comes right after it)."""
    pending: bool = False
    """An unlabelled paragraph came after the last item so far."""
    broken: bool = False
    """An unlabelled paragraph stands between two of its items: not a clause-like list."""
    continued: bool = False
    """The paragraph right after its last item goes on with the sentence ("or," in Resolution 1's 7.1.0)."""


@dataclass
class AnnexPlan:
    """The annex read as an outline and lists: what is judged, in document order."""

    places: list[Place]
    outline: ListPlan
    lists: list[_List]

    def plans(self) -> Iterator[tuple[ListPlan, str]]:
        if self.outline.places:
            yield self.outline, "annex"
        for lst in self.lists:
            yield plan_list(lst.places, None, False), "list"


@lru_cache(maxsize=1024)
def _outline_path(text: str) -> tuple[Label, ...] | None:
    if not _OUTLINE.match(text):
        return None
    parts = tuple(Label.parse(part, "number") for part in text.split("."))
    return None if any(p is None for p in parts) else parts  # type: ignore[return-value]


def _key(path: tuple[Label, ...]) -> tuple[tuple[int, int], ...]:
    return tuple((p.ordinal, p.suffix) for p in path)


def division_of(node: Node | None) -> Division | None:
    """The annex or body section a paragraph or list item stands in (None for a section's clauses)."""
    while isinstance(node, Clause):
        node = node.parent
    return node if isinstance(node, Division) else None


def _follows(path: tuple[Label, ...], previous: tuple[Label, ...]) -> bool:
    """Whether outline number `path` may come right after `previous` (() at the start of the annex)."""
    first = Label.first("number")
    if path == (*previous, first):
        return True
    k = len(path)
    return 0 < k <= len(previous) and path[:-1] == previous[: k - 1] and path[-1].follows(previous[k - 1])


def _text(path: tuple[Label, ...]) -> str:
    return ".".join(p.text for p in path)


def plan_outline(places: list[Place], start: tuple[Label, ...] = ()) -> ListPlan:
    """Judge the outline numbers of an annex or body section (numbered under `start`, a section's own number):
    duplicates, gaps, steps backwards; plan the clean numbering."""
    plan = ListPlan(places, "number", [p.label for p in places])
    seen: dict[tuple[tuple[int, int], ...], int] = {}
    previous: tuple[Label, ...] = start
    paths = [_outline_path(p.label) for p in places]
    for i, path in enumerate(paths):
        assert path is not None
        key = _key(path)
        if key in seen:
            plan.findings.append((i, "lettering.duplicate", f"{places[i].label} is already {places[seen[key]].who()}"))
        elif not _follows(path, previous):
            if previous and key < _key(previous) and previous != start:
                plan.findings.append((i, "lettering.order", f"it comes after {_text(previous)}"))
            elif previous == start and start:
                plan.findings.append((i, "lettering.gap", f"the numbers of section {_text(start)} start at {_text(start)}.1"))
            else:
                plan.findings.append((i, "lettering.gap", "an annex is numbered from 1" if not previous else ""))
        seen.setdefault(key, i)
        previous = path
    if not plan.findings:  # every number follows the one before: the clean numbering is the one typed
        plan.__dict__["planned"] = plan.typed
        return plan
    wrong = {i for i, _, _ in plan.findings}
    planned: list[str] = []
    last: tuple[Label, ...] = start
    first = Label.first("number")
    for i, path in enumerate(paths):
        assert path is not None
        if len(path) <= len(start):  # a number no deeper than the section's own: it goes under the section
            path = (*start, first)
        if not last:
            last = (first,)
        elif len(path) > len(last) or last == start:
            last = (*last, first)
        else:
            head, step = last[: len(path) - 1], last[len(path) - 1]
            kept_insertion = path[-1].suffix and i not in wrong
            last = (*head, step.inserted_after() if kept_insertion else step.next())
        planned.append(_text(last))
    plan.__dict__["planned"] = planned
    return plan


@lru_cache(maxsize=1024)
def _first_scheme(text: str) -> Scheme | None:
    """The scheme a marker opens when it is the first of a list (a), i), 1), –, •), else None."""
    scheme = detect_scheme([text])
    if scheme is None or scheme == "number":
        return None
    label = Label.parse(text, scheme, letter_style([text]))
    return scheme if label is not None and label == Label.first(scheme, label.style) else None


@lru_cache(maxsize=4096)
def _readable(text: str, scheme: Scheme) -> Label | None:
    """`text` read in `scheme` (labels repeat endlessly: each spelling is read once)."""
    return Label.parse(text, scheme, letter_style([text]) if scheme == "letter" else "double")


@lru_cache(maxsize=1024)
def _is_marker(text: str) -> bool:
    return any(_readable(text, s) for s in _MARKER_SCHEMES)


def outline_start(division: Division, view: View) -> tuple[Label, ...]:
    """Where a division's outline starts: under a body section's number ("1bis"), at the top of an annex."""
    if isinstance(division, Part):
        path = _outline_path(division.number(view))
        return path if path is not None and len(path) == 1 else ()
    return ()


def read(annex: Division, view: View) -> AnnexPlan:
    """Recover the outline and the lists of an annex or body section in `view` (see the module docstring)."""
    places = list(flatten(place_list(annex.clauses(), view)))
    outline: list[Place] = []
    lists: list[_List] = []
    stack: list[_List] = []
    before: Place | None = None
    for place in places:
        place.noun = "paragraph"
        text = place.label
        if not text:
            for lst in stack:
                if not lst.pending and lst.places and lst.places[-1] is before:
                    lst.continued = place.text.lstrip()[:1].islower()
                lst.pending = True
        elif _outline_path(text) is not None:
            outline.append(place)
            stack.clear()
        elif _is_marker(text):
            _attach(place, before, stack, lists)
        before = place
    return AnnexPlan(places, plan_outline(outline, outline_start(annex, view)), lists)


def _attach(place: Place, before: Place | None, stack: list[_List], lists: list[_List]) -> None:
    """Put a marked paragraph into the list it continues, or open a list with it."""
    for depth in range(len(stack) - 1, -1, -1):
        lst = stack[depth]
        label = _readable(place.label, lst.scheme)
        if label is not None and lst.last is not None and label.follows(lst.last):
            del stack[depth + 1:]
            _add(lst, place, label)
            return
    scheme = _first_scheme(place.label)
    same = next((d for d, lst in enumerate(stack) if lst.scheme == scheme), None)
    if scheme is not None and (same is None or stack[same].places[-1] is not before):  # a) right after a) repeats it
        if same is not None:
            del stack[same:]
        parent = stack[-1] if stack else None
        nested = parent is not None and before is not None and parent.places[-1] is before
        _open(scheme, place, before, before if nested else None, stack, lists)
        return
    candidates = [(d, label) for d, lst in enumerate(stack) if (label := _readable(place.label, lst.scheme)) is not None]
    if candidates:  # the list where the label is nearest to the expected one: d) after ii) under b) is a letter
        depth, label = min(candidates, key=lambda c: (abs(c[1].ordinal - _expected(stack[c[0]])), -c[0]))
        del stack[depth + 1:]
        _add(stack[depth], place, label)
        return
    if stack:
        _add(stack[-1], place, None)
        return
    _open(detect_scheme([place.label]) or "dash", place, before, None, stack, lists)


def _open(scheme: Scheme, place: Place, before: Place | None, nested: Place | None,
          stack: list[_List], lists: list[_List]) -> None:
    """Open a list with `place` as its first item, introduced by `before` (and nested under it when given)."""
    lst = _List(scheme, intro=before, nested=nested)
    stack.append(lst)
    lists.append(lst)
    _add(lst, place, _readable(place.label, scheme))


def _expected(lst: _List) -> int:
    return lst.last.ordinal + 1 if lst.last is not None else 1


def _add(lst: _List, place: Place, label: Label | None) -> None:
    lst.places.append(place)
    if label is not None:
        lst.last = label
    lst.broken = lst.broken or lst.pending
    lst.pending = False


def clause_like(lst: _List, w: Wording = ENGLISH) -> bool:
    """A list punctuated like clauses: introduced by ":", unbroken, with ";" (the language's) on an item before the last."""
    if lst.nested is not None or lst.broken or lst.intro is None or ending(lst.intro.text, w)[2] not in w.items:
        return False
    between = (*w.clause, *(f"{mark} {word}" for mark in w.clause for word in w.joiners))
    return any(ending(p.text, w)[2] in between for p in lst.places[:-1])


def _endings(plan: AnnexPlan, w: Wording = ENGLISH) -> list[tuple[Place, str, bool, str]]:
    """Expected endings of every clause-like list of the annex (the introduction included, which has its ":")."""
    under = {id(lst.nested): lst.places for lst in plan.lists if lst.nested is not None}

    def tree(places: list[Place]) -> list[Place]:
        """Copies of the items that introduce a nested list, holding it (the paragraphs themselves stay flat)."""
        return [_holding(p, tree(under[id(p)])) if id(p) in under else p for p in places]

    out: list[tuple[Place, str, bool, str]] = []
    for lst in plan.lists:
        if clause_like(lst, w):
            intro = _holding(lst.intro, tree(lst.places))  # type: ignore[arg-type]
            closing = (w.clause[0], "the sentence goes on after the list") if lst.continued else _last_item(w)
            out += [e for e in expected_endings([intro], _context(w.code), closing) if e[0] is not intro]
    return out


def _holding(place: Place, items: list[Place]) -> Place:
    """A copy of `place` with `items` below it (built directly: `dataclasses.replace` is slow in a hot loop)."""
    return Place(place.node, place.clause, place.path, place.label, place.text, items, place.noun)


def name(annex: Division, view: View) -> str:
    """"annex 2", "appendix 1", "section 1bis": the division as a drafter names it in `view`."""
    if not isinstance(annex, Annex):
        number = annex.number(view) if isinstance(annex, Part) else ""
        return f"section {number}" if number else "body section"
    parent = annex.parent
    siblings = [a for a in getattr(parent, "annexes", [annex]) if a.visible_in(view) and a.kind == annex.kind]
    return f"{annex.kind} {siblings.index(annex) + 1}" if annex in siblings else annex.kind


def check(annex: Division, proposal: ProposalRef, views: tuple[View, ...]) -> tuple[list[Problem], list[Place]]:
    """Numbering, lettering and punctuation problems of one annex in each view (original-view ones only when new).

    Also returns the final-view places (flat), where the references are read.
    """
    out: list[Problem] = []
    final_places: list[Place] = []
    final_keys: set[tuple[str, int | None]] = set()
    w = wording(language_of(annex))
    for view in views:
        if not annex.visible_in(view) or (view == "original" and not _marked(annex)):
            continue
        where: Where = (proposal, view)
        label = name(annex, view)
        plan = read(annex, view)
        found: list[Problem] = []
        for list_plan, what in plan.plans():
            found += plan_problems(list_plan, where, label, what)
        found += judge(_endings(plan, w), where, label, w)
        found.sort(key=lambda p: (p.clause or 0))
        if view == "final":
            final_keys = {(p.rule, p.node_uid) for p in found}
            final_places = plan.places
        else:
            found = [p for p in found if (p.rule, p.node_uid) not in final_keys]
        out += found
    return out, final_places


def _marked(annex: Division) -> bool:
    """Whether the annex's paragraphs carry any revision mark (else the original view reads the same)."""
    return has_marks(annex)


def relabel(session: EditSession, annex: Division) -> int:
    """Renumber the outline and reletter every list of an annex or body section in the final view; returns how many
    labels changed."""
    plan = read(annex, "final")
    count = 0
    with session.transaction("Renumber the annex"):
        for list_plan, _ in plan.plans():
            for place, old, new in zip(list_plan.places, list_plan.typed, list_plan.planned, strict=True):
                if old != new:
                    set_label(session, place.node.label, new)
                    count += 1
    return count


def fix_punctuation(session: EditSession, paragraph: Clause) -> None:
    """Put the expected ending on one item of a clause-like list of an annex or body section."""
    annex = division_of(paragraph)
    if annex is None:
        return
    w = wording(language_of(annex))
    for place, want, _, _ in _endings(read(annex, "final"), w):
        if place.node is paragraph:
            start, end, found = ending(place.text, w)
            if found != want:
                replace_final(session, paragraph.text, start, end, want)
            return


# -- the numbers of the body sections ----------------------------------------------------------

PART_RULE = "numbering.section"


def check_parts(res: Resolution, proposal: ProposalRef, view: View = "final") -> list[Problem]:
    """The numbers of the body sections in their order (1, 1bis, 2 …): a repeat, a gap or a step back is reported."""
    parts = [p for p in res.parts if p.visible_in(view)]
    typed = [p.number(view) for p in parts]
    planned = plan_parts(typed)
    out: list[Problem] = []
    seen: set[str] = set()
    for part, number, want in zip(parts, typed, planned, strict=True):
        if number != want and _outline_path(number) is not None:
            why = "is already a section's number" if number in seen else "does not follow the section before it"
            out.append(report((proposal, view), "error", PART_RULE, f"body section {number} {why}: it should be {want}",
                              section=f"section {number}", node=part, fix="renumber the body sections", field="heading",
                              offset=max(0, part.heading.text(view).rfind(number))))
        seen.add(number)
    return out


def plan_parts(typed: list[str]) -> list[str]:
    """The clean numbers of the body sections: each follows the one before, a typed "bis" kept after its number."""
    out: list[str] = []
    last: Label | None = None
    for text in typed:
        path = _outline_path(text)
        if path is None or len(path) != 1:
            out.append(text)  # no number to judge ("ANNEX"): left as typed
            continue
        label = path[0]
        if last is None:
            last = Label.first("number")
        elif label.suffix and label.ordinal == last.ordinal and label.follows(last):
            last = label
        else:
            last = last.next() if not last.suffix else Label.parse(str(last.ordinal + 1), "number") or last.next()
        out.append(last.text)
    return out


def renumber_parts(session: EditSession, res: Resolution) -> int:
    """Give the body sections their clean numbers in the final view; returns how many changed."""
    parts = [p for p in res.parts if p.visible_in("final")]
    typed = [p.number("final") for p in parts]
    count = 0
    with session.transaction("Renumber the body sections"):
        for part, old, new in zip(parts, typed, plan_parts(typed), strict=True):
            if old != new:
                text = part.heading.text("final")
                at = text.rfind(old)
                replace_final(session, part.heading, at, at + len(old), new)
                count += 1
    return count
