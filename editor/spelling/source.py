"""The spelling check of an edit session, for the window: a problem source beside the rule engine.

Why beside the RuleEngine and not inside it: the drafting checks are a
pure function of the document (a property test holds the incremental
result equal to a full check, `fix_all` reruns a full check per pass, the
command line's `fix` applies their quick fixes), while spelling depends on
things outside the document: the installed dictionaries, the language, the
user dictionary and the Ignore All list of this session.  Its first check
runs in slices, not at once, and its quick fixes are choices (which
suggestion), never applied wholesale.  Kept apart, the keystroke path pays
for each only what it touched (the engine its section's drafting checks,
this source the edited paragraph's new words), `check_document`, `fix_all`
and the engine's tests stay as they are, and the window shows or hides
spelling by merging one more list (`merge`) or not.

`SpellingSource` answers the ProblemSource protocol of editor.gui.host
(problems, listeners, fixable, apply_fix, close), like the RuleEngine.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor.model.inline import slice_spans
from editor.model.nodes import Document, Node, Proposal, attached
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.rules.listeners import ProblemListeners
from editor.rules.problem import Problem
from editor.spelling.checker import Misspelling, SpellingChecker
from editor.spelling.languages import DEFAULT_LANGUAGE
from editor.spelling.reading import read
from editor.spelling.speller import Speller
from editor.spelling.tokens import lookup_form


def _word_of(problem: Problem | str) -> str:
    return problem.word if isinstance(problem, Misspelling) else str(problem)


class SpellingSource(ProblemListeners):
    """Spelling problems of one session's document, kept current after every change notice."""

    def __init__(self, session: EditSession, language: str = DEFAULT_LANGUAGE, *, speller: Speller | None = None,
                 settings: Path | None = None, subscribe: bool = True) -> None:
        """Nothing is checked yet: call `run(budget)` from a timer until it returns False (or `check_all()`).

        `speller` may be shared by the documents of one language (it holds
        the dictionary and its verdicts); `settings` overrides the folder of
        the user dictionary.  Without `subscribe` the owner hands each change
        notice to `follow` itself (the window does, so that spelling is
        rechecked before the drafting checks redraw the underlines).
        """
        super().__init__()
        self.session = session
        self.settings = settings
        self.speller = speller if speller is not None else Speller(language, settings=settings)
        self.ignored: set[str] = set()
        """This session's Ignore All words."""
        self._checker = SpellingChecker(session.document, self.speller, self.ignored)
        self._positions: dict[int, dict[int, int]] = {}  # per proposal uid: node uid -> place in its walk
        self._where: dict[int, tuple[int, int]] = {}  # the answers of _position_of, forgotten with their proposal's
        if subscribe:
            session.subscribe(self.follow)

    # -- the ProblemSource protocol ----------------------------------------------------------------

    @property
    def problems(self) -> list[Problem]:
        """Current spelling problems (Misspelling objects), in reading order."""
        return list(self._checker.problems)

    @property
    def has_problems(self) -> bool:
        """Whether any word is flagged now (cheaper than `problems`, which copies the list)."""
        return bool(self._checker.problems)

    def fixable(self, problem: Problem) -> bool:
        """Whether `problem` is a current misspelling of this document (cheap: suggestions are not computed)."""
        return (isinstance(problem, Misspelling) and problem.node_uid is not None
                and problem in self._checker.problems_for(problem.node_uid))

    def apply_fix(self, problem: Problem) -> None:
        """Replace the word by its first suggestion (nothing when there is none or the word has changed)."""
        suggestions = self.suggestions(problem)
        if suggestions:
            self.replace(problem, suggestions[0])

    def close(self) -> None:
        try:
            self.session.unsubscribe(self.follow)
        except ValueError:
            pass

    # -- the first full check ----------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Groups (sections, annexes …) the full check has still to do; 0 when it is complete."""
        return self._checker.pending

    def run(self, budget: float | None = 0.005) -> bool:
        """Check for about `budget` seconds (None: to the end); True while work remains. Listeners hear of new problems."""
        before = self._checker.revision
        more = self._checker.run(budget)
        if self._checker.revision != before or not more:
            self._notify()
        return more

    def check_all(self) -> list[Problem]:
        """Run the full check to its end at once."""
        self.run(None)
        return self.problems

    # -- what the window asks ----------------------------------------------------------------------

    @property
    def status(self) -> str:
        """For the status bar: "Spelling: English", or "Spelling: no dictionary for Russian"."""
        return self.speller.status

    @property
    def details(self) -> str:
        """The dictionary in use, or why there is none and what to install (a tooltip)."""
        return self.speller.details

    def problems_for(self, node_uid: int) -> list[Misspelling]:
        """The misspellings in one node (its `field` and markup `offset`/`length` say where to underline)."""
        return self._checker.problems_for(node_uid)

    def suggestions(self, problem: Problem | str) -> list[str]:
        """Replacements for the misspelled word (a Misspelling, or a word), likeliest first."""
        return self.speller.suggestions(_word_of(problem))

    def replace(self, problem: Problem, text: str) -> bool:
        """Replace the misspelled word by `text` through the session: one undo step, tracked like typing.

        False (and nothing done) when the word is no longer where the problem says.
        """
        if not isinstance(problem, Misspelling) or problem.node_uid is None or problem.field is None or problem.offset is None:
            return False
        node = self._checker.node(problem.node_uid)
        if node is None or not attached(node, self.session.document):
            return False
        inline = getattr(node, problem.field)
        start, end = problem.offset, problem.offset + (problem.length or 0)
        if lookup_form(read(slice_spans(inline.spans, start, end)).text) != problem.word:
            return False
        with self.session.transaction(f'Replace "{problem.word}" with "{text}"'):
            self.session.replace_text(inline, start, end, text)
        return True

    def add_to_dictionary(self, problem: Problem | str) -> str | None:
        """Add the word to the user dictionary (its file in the settings folder); None, or the sentence why it failed.

        Other open documents sharing this speller see the word once their
        source's `refresh()` runs.
        """
        try:
            self.speller.add(_word_of(problem))
        except OSError as exc:
            return f"{self.speller.user.path}: the word could not be added to the user dictionary ({exc.strerror or exc})"
        self.refresh()
        return None

    def ignore_all(self, problem: Problem | str) -> None:
        """Stop flagging this word anywhere in this document, for this session."""
        self.ignored.add(_word_of(problem))
        self.refresh()

    def refresh(self) -> None:
        """Drop the problems whose word now passes (after the user dictionary changed)."""
        self._checker.refilter()
        self._notify()

    def set_language(self, code: str) -> None:
        """Check in another language (the document's, once the model carries it): everything pending again."""
        self.speller = Speller(code, settings=self.settings)
        self._restart()

    def merge(self, drafting: Iterable[Problem], spelling: Iterable[Problem] | None = None) -> list[Problem]:
        """The drafting problems (in document order) and the spelling ones (this source's current ones, or
        `spelling`, a list it gave before) in one list, in reading order.

        A problem without a node keeps its place after the one before it; a
        spelling problem goes before the first drafting problem that comes after
        it.  The drafting problems are in the order of their nodes, so each
        spelling problem finds its node's run of them by bisection and its place
        in that run by offset: the few misspellings of a long document cost a
        few lookups on every keystroke, not a walk over its hundreds of drafting
        problems.
        """
        drafting = list(drafting)
        spelled = list(self._checker.problems if spelling is None else spelling)
        if not spelled:
            return drafting
        position = self._position_of
        known: dict[int, tuple[int, int, int]] = {}

        def key_at(index: int) -> tuple[int, int, int]:
            """Drafting problem `index`'s place in reading order: its own, or that of the last one before it with a place."""
            found = known.get(index)
            if found is None:
                found = (-1, -1, 0)
                for n in range(index, -1, -1):
                    problem = drafting[n]
                    where = position(problem.node_uid) if problem.node_uid is not None else None
                    if where is not None:
                        found = (*where, problem.offset or 0)
                        break
                known[index] = found
            return found

        merged: list[Problem] = []
        taken, last = 0, (-1, -1, 0)
        for problem in spelled:
            where = position(problem.node_uid) if problem.node_uid is not None else None
            if where is not None:
                last = (*where, problem.offset or 0)
            low, high = taken, len(drafting)
            while low < high:  # the first drafting problem on this node or after it
                middle = (low + high) // 2
                if key_at(middle)[:2] < last[:2]:
                    low = middle + 1
                else:
                    high = middle
            while low < len(drafting) and key_at(low) <= last:  # past those on this node before it
                low += 1
            merged += drafting[taken:low]
            merged.append(problem)
            taken = low
        merged += drafting[taken:]
        return merged

    # -- internals ----------------------------------------------------------------------------------

    def _forget_positions(self) -> None:
        self._positions.clear()
        self._where.clear()

    def _position_of(self, uid: int) -> tuple[int, int] | None:
        """Where node `uid` stands in reading order: (proposal, place in its walk); None when it is not in a proposal.

        Kept per proposal, so a new clause walks its own proposal again, not
        the 3,000-clause document (the Problems list merges on every Enter).
        """
        known = self._where.get(uid)
        if known is not None:
            return known
        proposals = self.session.document.proposals
        for index, proposal in enumerate(proposals):
            places = self._positions.get(proposal.uid)
            if places is None:
                places = self._positions[proposal.uid] = {node.uid: n for n, node in enumerate(proposal.walk())}
            if uid in places:
                known = self._where[uid] = (index, places[uid])
                return known
        return None

    def _restart(self) -> None:
        self._checker = SpellingChecker(self.session.document, self.speller, self.ignored)
        self._forget_positions()
        self._notify()

    def follow(self, notice: ChangeNotice) -> None:
        """Recheck what `notice` touched (the session calls this, unless the source was made without `subscribe`)."""
        if self.session.document is not self._checker.document:
            self._restart()
            return
        if any(isinstance(n, Document) for n in notice.nodes):
            self._forget_positions()
        elif notice.structural:
            for node in notice.nodes:
                proposal = node.ancestor(Proposal) if isinstance(node, Node) else None
                if proposal is None:
                    self._forget_positions()
                    break
                self._positions.pop(proposal.uid, None)
                index = next((i for i, p in enumerate(self.session.document.proposals) if p is proposal), -1)
                self._where = {uid: at for uid, at in self._where.items() if at[0] != index}
        self._checker.update(notice)
        self._notify()
