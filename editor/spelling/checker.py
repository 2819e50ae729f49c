"""Spelling problems of one document, kept current edit by edit, and checked in slices the first time.

The document is cut into groups, each the unit in which its problems are
located and assembled: a section (its keyword and clauses), an annex, a
resolution's own lines (the number line's place, title, history line,
preamble), a footnote, a note, a proposal's Reasons.  Each group keeps, per inline, the
span list it was checked on and the misspelled words found; an inline
whose span list is the same object is not read again (the session replaces
`Inline.spans` on every change), so rechecking a group after a keystroke
reads only the edited paragraph, and locates the group's problems anew
(a clause inserted above renumbers the clauses below it).

A change notice names the nodes an edit touched: a clause or section edit
rechecks its section, an annex edit its annex; a notice naming a
resolution or a proposal itself (a date line, a block mark, an action or
identifier, which every problem of it carries) relocates all of its groups
checked before, and leaves the groups it brings that were never checked
(a proposal pasted or swapped in whole) pending for the next slices, so
no notice costs a full check; a structural notice also rebuilds the list
of groups.

The first check of a document is not done at once: `SpellingChecker`
starts with every group pending, and `run(budget)` checks pending groups
until `budget` seconds have passed, so the window can run it from a timer
between keystrokes (a section takes about 0.3 ms on the benchmark's
document, see benchmarks/bench_spelling.py).  An edit meanwhile rechecks what it touched
at once.  That is the intended way, on the GUI thread: no lock is ever
contended and listeners are called on the thread that owns the widgets.
A worker thread can call `run()` too: the checker's state is behind a lock
(`update` and `run` exclude each other), and since every edit's notice
rechecks its groups after the model has changed, a slice that read a
paragraph just before an edit is overwritten by the notice's recheck; the
window must then pass the worker's listener calls to the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from editor.model.body import Figure, Table
from editor.model.inline import Inline, Span
from editor.model.nodes import Division, Document, Footnote, Node, Note, Proposal, Resolution, Section, attached
from editor.model.operations import ChangeNotice
from editor.rules import annexes
from editor.rules.context import Place, ProposalRef, flatten, keyword_of, place_list, proposal_ref
from editor.rules.problem import Problem
from editor.spelling.reading import read
from editor.spelling.speller import Finding, Speller

RULE = "spelling"
GROUPS = (Section, Division, Footnote, Note, Resolution, Proposal)
RESOLUTION_FIELDS = ("adoption", "title", "history", "preamble")
"""The resolution's own lines that are checked: the number line's own number is not a word."""


@dataclass(frozen=True)
class Misspelling(Problem):
    """A spelling problem: a Problem (rule "spelling", severity "spelling") with the word it is about.

    `offset` and `length` are the word's markup stretch in the node's
    `field`, deleted text inside the word included.
    """

    word: str = ""


@dataclass
class _Group:
    node: Node
    inlines: dict[tuple[int, str], tuple[list[Span], list[Finding]]] = field(default_factory=dict)
    problems: list[Misspelling] = field(default_factory=list)
    nodes: dict[int, Node] = field(default_factory=dict)
    """The nodes its problems are about, by uid (a quick fix finds its paragraph here)."""


def groups(document: Document) -> Iterator[Node]:
    """The groups of `document` in reading order (notes print before the resolution, Reasons after it)."""
    for proposal in document.proposals:
        yield from proposal.notes
        for res in proposal.resolutions:
            yield res
            yield from res.sections
            yield from res.parts
            yield from res.annexes
            yield from res.footnotes
        yield proposal


def group_of(node: Node) -> Node | None:
    """The group a node's content belongs to (a clause to its section, anything in a body section or annex to it)."""
    current: Node | None = node
    while current is not None and not isinstance(current, GROUPS):
        current = current.parent
    if isinstance(current, Note) and isinstance(current.parent, Division):  # a body's note is read with its section
        return current.parent
    return current


def _visible(node: Node) -> Iterator[Node]:
    """`node` and the nodes below it that the final view shows (a deleted row's cells are not)."""
    if node.visible_in("final"):
        yield node
        for child in node.children():
            yield from _visible(child)


def _shown(node: Node) -> bool:
    """Whether the group's text is in the final view (not deleted, not under a deleted block, not in a SUP)."""
    current: Node | None = node
    while current is not None:
        if not current.visible_in("final") or (isinstance(current, Proposal) and current.action == "SUP"):
            return False
        current = current.parent
    return True


class SpellingChecker:
    """The spelling problems of one document, by group (module docstring)."""

    def __init__(self, document: Document, speller: Speller, ignored: set[str] | None = None) -> None:
        """Nothing is checked yet: every group is pending until `run()` or `check_all()`."""
        self.document = document
        self.speller = speller
        self.ignored: set[str] = set() if ignored is None else ignored
        """Words of Ignore All: never flagged in this document."""
        self._lock = threading.RLock()
        self._groups: dict[int, _Group] = {}
        self._order: list[Node] = []
        self._rank: dict[int, int] = {}  # a group's place in `_order`
        self._flagged: set[int] = set()  # the groups checked that have problems: few, in a long document
        self._pending: dict[int, Node] = {}
        self._problems: list[Misspelling] | None = None
        self._by_node: dict[int, list[Misspelling]] | None = None
        self.revision = 0
        """Counts the changes of the problem list (a listener is told only when it moved)."""
        self.restart()

    # -- the first (or a renewed) full check, in slices ------------------------------------------

    def restart(self) -> None:
        """Forget every result and make every group pending (a new language, a replaced document)."""
        with self._lock:
            self._groups.clear()
            self._flagged.clear()
            self._set_order()
            self._pending = {g.uid: g for g in self._order}
            self._changed()

    @property
    def pending(self) -> int:
        """How many groups the full check has still to do (0 once it is complete)."""
        return len(self._pending)

    def run(self, budget: float | None = None) -> bool:
        """Check pending groups for about `budget` seconds (all of them when None); True while some remain.

        At least one group is checked per call, so a slice always advances.
        """
        deadline = None if budget is None else time.perf_counter() + budget
        while True:
            with self._lock:
                if not self._pending:
                    return False
                uid = next(iter(self._pending))
                self._check(self._pending.pop(uid))
            if deadline is not None and time.perf_counter() >= deadline:
                return bool(self._pending)

    def check_all(self) -> list[Misspelling]:
        """Finish the full check at once (the command line, tests) and return the problems."""
        self.run()
        return self.problems

    # -- after an edit ---------------------------------------------------------------------------

    def update(self, notice: ChangeNotice) -> None:
        """Recheck the groups `notice` touched (module docstring)."""
        with self._lock:
            if notice.structural and not all(self._inside_one_group(n) for n in notice.nodes):
                self._reorder()
            todo: dict[int, Node] = {}
            for obj in notice.nodes:
                if not isinstance(obj, Node) or isinstance(obj, Document) or not attached(obj, self.document):
                    continue
                if isinstance(obj, Resolution | Proposal):
                    for node in obj.walk():
                        if not isinstance(node, GROUPS):
                            continue
                        if node is obj or node.uid in self._groups:
                            todo[node.uid] = node
                        elif node.uid not in todo:
                            self._pending[node.uid] = node  # new content (a pasted proposal): checked in slices
                    continue
                group = group_of(obj)
                if group is not None:
                    todo[group.uid] = group
            for uid, node in todo.items():
                self._pending.pop(uid, None)
                self._check(node)

    def _inside_one_group(self, obj: object) -> bool:
        """Whether a structural change of `obj` stays inside a group and so leaves the groups' order alone: a new
        clause changes its section, not the list of the document's groups (walking all of them again after each
        Enter in 3,000 clauses took most of this check's time)."""
        if not isinstance(obj, Node) or not attached(obj, self.document):
            return False
        return not any(isinstance(n, GROUPS) for n in obj.walk() if n is not obj)  # a section's clauses, a note's paragraphs

    def _reorder(self) -> None:
        self._set_order()
        for uid in [u for u in self._groups if u not in self._rank]:
            del self._groups[uid]
            self._flagged.discard(uid)
        for uid in [u for u in self._pending if u not in self._rank]:
            del self._pending[uid]
        self._changed()

    def refilter(self) -> None:
        """Drop the problems whose word now passes (added to the user dictionary, or ignored)."""
        with self._lock:
            for group in self._groups.values():
                if any(self._passes(p.word) for p in group.problems):
                    group.problems = [p for p in group.problems if not self._passes(p.word)]
                    if not group.problems:
                        self._flagged.discard(group.node.uid)
                    group.inlines = {key: (spans, [f for f in found if not self._passes(f.word)])
                                     for key, (spans, found) in group.inlines.items()}
            self._changed()

    def _passes(self, word: str) -> bool:
        return word in self.ignored or self.speller.accepts(word)

    # -- checking one group ------------------------------------------------------------------------

    def _check(self, node: Node) -> None:
        old = self._groups.get(node.uid)
        group = _Group(node)
        if _shown(node):
            _Reader(self, group, old.inlines if old is not None else {}).read()
        if (old is not None and old.problems) or group.problems:
            self._changed()
        self._groups[node.uid] = group
        if group.problems:
            self._flagged.add(node.uid)
        else:
            self._flagged.discard(node.uid)

    def _set_order(self) -> None:
        self._order = list(groups(self.document))
        self._rank = {g.uid: n for n, g in enumerate(self._order)}

    def _changed(self) -> None:
        self.revision += 1
        self._problems = None
        self._by_node = None

    # -- results -----------------------------------------------------------------------------------

    @property
    def problems(self) -> list[Misspelling]:
        """Current spelling problems in reading order (of the groups checked so far)."""
        with self._lock:
            if self._problems is None:  # the groups with problems in reading order: not a walk over every group
                rank = self._rank
                out: list[Misspelling] = []
                for uid in sorted((u for u in self._flagged if u in rank), key=rank.__getitem__):
                    out += self._groups[uid].problems
                self._problems = out
            return list(self._problems)

    def problems_for(self, node_uid: int) -> list[Misspelling]:
        """The problems about one node (a clause's text, a section's keyword …), for its underlines."""
        with self._lock:
            if self._by_node is None:
                index: dict[int, list[Misspelling]] = {}
                for problem in self.problems:
                    if problem.node_uid is not None:
                        index.setdefault(problem.node_uid, []).append(problem)
                self._by_node = index
            return list(self._by_node.get(node_uid, ()))

    def node(self, uid: int) -> Node | None:
        """The node a current problem is about."""
        with self._lock:
            for group in self._groups.values():
                found = group.nodes.get(uid)
                if found is not None:
                    return found
        return None


class _Reader:
    """Reads one group's inlines, reusing the findings of those unchanged since the last check."""

    def __init__(self, checker: SpellingChecker, group: _Group, cache: dict[tuple[int, str], tuple[list[Span], list[Finding]]]) -> None:
        self.checker = checker
        self.group = group
        self.cache = cache
        proposal = group.node if isinstance(group.node, Proposal) else group.node.ancestor(Proposal)
        self.proposal: ProposalRef = proposal_ref(proposal)
        self.language = checker.speller.language.name

    def read(self) -> None:
        node = self.group.node
        if isinstance(node, Section):
            keyword = keyword_of(node)
            self.inline(node, node.keyword, section=keyword)
            self.places(flatten(place_list(node.clauses, "final")), keyword)
        elif isinstance(node, Division):
            name = annexes.name(node, "final")
            self.inline(node, node.heading, section=name)
            self.inline(node, node.title, section=name)
            self.places(flatten(place_list(node.clauses(), "final")), name, "paragraph")
            for para in node.paragraphs:  # notes, tables and figures: every field of theirs that is shown
                if isinstance(para, Note | Table | Figure):
                    for part in _visible(para):
                        for inline in part.inlines():
                            self.inline(part, inline, section=name)
        elif isinstance(node, Resolution):
            for name in RESOLUTION_FIELDS:
                self.inline(node, getattr(node, name))
        elif isinstance(node, Footnote):
            self.inline(node, node.text, section=f"footnote {node.key}")
        elif isinstance(node, Note):
            parent = node.parent
            number = parent.notes.index(node) + 1 if isinstance(parent, Proposal) else 1
            self.inline(node, node.text, section=f"note {number}")
        elif isinstance(node, Proposal):
            self.inline(node, node.reasons)

    def places(self, places: Iterator[Place] | list[Place], section: str, noun: str = "clause") -> None:
        for place in places:
            self.inline(place.node, place.node.text, section=section, place=place, noun=noun)

    def findings(self, node: Node, inline: Inline) -> list[Finding]:
        key = (node.uid, inline.field)
        spans = inline.spans
        hit = self.cache.get(key)
        found = hit[1] if hit is not None and hit[0] is spans else self.checker.speller.findings(read(spans), self.checker.ignored)
        self.group.inlines[key] = (spans, found)
        return found

    def inline(self, node: Node, inline: Inline, *, section: str | None = None, place: Place | None = None,
               noun: str = "clause") -> None:
        found = self.findings(node, inline)
        if not found:
            return
        self.group.nodes[node.uid] = node
        for finding in found:
            self.group.problems.append(Misspelling(
                severity="spelling", rule=RULE, message=f'"{finding.word}" is not in the {self.language} dictionary',
                proposal=self.proposal.name, action=self.proposal.action, section=section,
                clause=place.clause if place is not None else None, label=place.label if place is not None else None,
                subitem=place.subitem if place is not None else None, node_uid=node.uid, field=inline.field,
                offset=finding.offset, length=finding.length, noun=noun, word=finding.word,
            ))
