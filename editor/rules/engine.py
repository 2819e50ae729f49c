"""The checking engine: every family's checks over a document, kept current edit by edit.

Results are cached by the part of the document they depend on: each
section (its lettering, punctuation, keyword and the references its text
makes), each resolution (dates, preamble), each proposal (action against
content, Reasons) and the document (identifiers).  A change notice names
the nodes an edit touched; the engine rechecks their sections, then
recomputes each touched resolution's section contexts (is it the last
section, what follows it, does an operative section precede it) and its
table of labels, and rechecks any other section whose context or
referenced labels changed.  So the cost of a keystroke depends on the size
of a section, not of the document, and the result is by construction the
one a full check gives (a property test holds the engine to that).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import chain

from editor.model.marks import View
from editor.model.nodes import Clause, Cover, Division, Document, Node, Proposal, Resolution, Section, attached
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.rules import annexes, dates, keywords, lettering, proposals, punctuation, xrefs
from editor.rules.context import Place, SectionContext, keyword_of, language_of, place_list, position, proposal_ref, shown
from editor.rules.editing import fix_tracking
from editor.rules.listeners import ProblemListeners
from editor.rules.problem import Problem


def section_contexts(res: Resolution, proposal: Proposal | None, view: View) -> dict[int, SectionContext]:
    """The context of every section of `res` shown in `view`."""
    name = proposal_ref(proposal)
    language = language_of(res)
    visible: list[Section] = shown(res.sections, view)
    out: dict[int, SectionContext] = {}
    operative = False
    keywords_shown = [keyword_of(sec, view) for sec in visible]
    for i, sec in enumerate(visible):
        last = i == len(visible) - 1
        missing = None if keywords_shown[i] else keywords.infer(
            sec.kind, [(k, s.kind) for k, s in zip(keywords_shown[:i], visible, strict=False)], keywords_shown, language, res.body)
        out[sec.uid] = SectionContext(name, view, last, None if last else keywords_shown[i + 1], operative, missing,
                                      language, res.body)
        operative = operative or sec.kind == "operative"
    return out


def _views(proposal: Proposal | None) -> tuple[View, ...]:
    if proposal is not None and proposal.action == "SUP":
        return ()
    return ("final", "original") if proposal is not None and proposal.action == "MOD" else ("final",)


def check_section(section: Section, contexts: tuple[SectionContext, ...]) -> tuple[list[Problem], list[Place]]:
    """Lettering, punctuation and keyword problems of one section in each of its views, and its final-view places.

    A problem of the original view is kept only when the final view does
    not already report the same rule at the same node; an unmarked section
    in the same surroundings cannot differ, so its original view is skipped.
    """
    out: list[Problem] = []
    final_keys: set[tuple[str, int | None]] = set()
    final_top: list[Place] = []
    final_ctx: SectionContext | None = None
    marks = [section.change is not None or section.keyword.has_marks()]
    for ctx in contexts:
        if ctx.view == "original" and final_ctx is not None and replace(ctx, view="final") == final_ctx and not marks[0]:
            continue
        top = place_list(section.clauses, ctx.view, marks=marks)
        found = lettering.check(section, ctx, top) + punctuation.check(section, ctx, top)
        if ctx.view == "final":
            found += keywords.check(section, ctx)
            final_keys = {(p.rule, p.node_uid) for p in found}
            final_top, final_ctx = top, ctx
        else:
            found = [p for p in found if (p.rule, p.node_uid) not in final_keys]
        out += found
    return out, final_top


@dataclass
class _SectionEntry:
    contexts: tuple[SectionContext, ...]
    structural: list[Problem]
    refs: list[xrefs.Reference]
    summary: tuple[str, frozenset[str]]
    table: xrefs.Table | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _AnnexEntry:
    """An annex's own problems, computed for `key` (proposal, views, the annex's name in each), and its references."""

    key: tuple[object, ...]
    structural: list[Problem]
    refs: list[xrefs.Reference]
    table: xrefs.Table | None = None
    problems: list[Problem] = field(default_factory=list)


class Checker:
    """Cached problems of one document, by the part each depends on."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sections: dict[int, _SectionEntry] = {}
        self.resolutions: dict[int, list[Problem]] = {}
        self.proposals: dict[int, list[Problem]] = {}
        self.identifiers: dict[int, list[Problem]] = {}
        self.annexes: dict[int, _AnnexEntry] = {}
        self.gathered: dict[int, list[Problem]] = {}
        self.problems: list[Problem] = []

    def full(self) -> list[Problem]:
        self.sections.clear()
        self.annexes.clear()
        self.resolutions.clear()
        self.proposals.clear()
        self.gathered.clear()
        for proposal in self.document.proposals:
            self.check_proposal(proposal)
        self.identifiers = proposals.check_identifiers(self.document)
        return self.assemble()

    def check_proposal(self, proposal: Proposal, dirty: set[int] | None = None) -> None:
        self.proposals[proposal.uid] = proposals.check(proposal)
        for res in proposal.resolutions:
            self.check_resolution(res, proposal, dirty)

    def check_resolution(self, res: Resolution, proposal: Proposal | None, dirty: set[int] | None = None) -> None:
        """Recheck `res`: its own spots, the sections in `dirty` (all when None), and sections whose context changed."""
        name = proposal_ref(proposal)
        language = self.document.language
        self.resolutions[res.uid] = dates.check(res, proposal, self.document.cover, name) + punctuation.check_preamble(res, (name, "final"))
        views = _views(proposal)
        contexts = {view: section_contexts(res, proposal, view) for view in views}
        redone: set[int] = set()
        for sec in res.sections:
            ctxs = tuple(contexts[v][sec.uid] for v in views if sec.uid in contexts[v])
            entry = self.sections.get(sec.uid)
            if entry is None or entry.contexts != ctxs or dirty is None or sec.uid in dirty:
                final = "final" in contexts and sec.uid in contexts["final"]
                structural, top = check_section(sec, ctxs)
                self.sections[sec.uid] = _SectionEntry(
                    ctxs, structural, xrefs.find(top, language=language),
                    (xrefs.reference_key(sec, language), frozenset(xrefs.label_paths(top))) if final else ("", frozenset()),
                )
                redone.add(sec.uid)
        final_sections = [s for s in res.sections if s.uid in contexts.get("final", {})]
        table = xrefs.table_of([self.sections[s.uid].summary for s in final_sections])
        for sec in res.sections:
            entry = self.sections[sec.uid]
            if sec.uid in redone or entry.table != table:
                found = []
                if entry.refs:
                    ctx = contexts["final"][sec.uid]
                    found = xrefs.check(entry.refs, table, ctx, keyword_of(sec))
                entry.table = table
                entry.problems = sorted(entry.structural + found, key=position)
        self.resolutions[res.uid] += annexes.check_parts(res, name)
        divisions: list[Division] = [*res.parts, *res.annexes]
        for annex in divisions:
            key = (name, views, language, *(annexes.name(annex, v) for v in views))
            cached = self.annexes.get(annex.uid)
            if cached is None or cached.key != key or dirty is None or annex.uid in dirty:
                structural, places = annexes.check(annex, name, views)
                cached = self.annexes[annex.uid] = _AnnexEntry(key, structural, xrefs.find(places, "paragraph", language))
            elif cached.table == table:
                continue
            found = xrefs.check(cached.refs, table, (name, "final"), annexes.name(annex, "final")) if cached.refs else []
            cached.table = table
            cached.problems = sorted(cached.structural + found, key=position)

    def assemble(self, touched: Iterable[Proposal] | None = None) -> list[Problem]:
        """All cached problems in document order; only the `touched` proposals' share is gathered anew."""
        for proposal in self.document.proposals if touched is None else touched:
            out = list(self.identifiers.get(proposal.uid, ()))
            out += self.proposals.get(proposal.uid, ())
            for res in proposal.resolutions:
                out += self.resolutions.get(res.uid, ())
                for sec in res.sections:
                    entry = self.sections.get(sec.uid)
                    if entry is not None:
                        out += entry.problems
                for annex in (*res.parts, *res.annexes):
                    cached = self.annexes.get(annex.uid)
                    if cached is not None:
                        out += cached.problems
            self.gathered[proposal.uid] = out
        cover = self.identifiers.get(self.document.uid, [])  # the cover page comes first, as it prints
        self.problems = cover + list(chain.from_iterable(self.gathered.get(p.uid, ()) for p in self.document.proposals))
        return self.problems

    def update(self, notice: ChangeNotice) -> list[Problem]:
        """Recheck what `notice` can affect; returns the new problem list.

        A clause or section edit rechecks its section (and, through the
        contexts, its neighbours); an edit of a resolution's own lines its
        dates; an edit of a proposal (action, identifier, Reasons) that
        proposal and the identifiers; the cover or the list of proposals,
        the identifiers and every resolution's dates.
        """
        identifiers = everything = False
        dirty_sections: set[int] = set()
        touched_res: dict[int, tuple[Resolution, Proposal | None]] = {}
        touched_props: dict[int, Proposal] = {}
        for obj in notice.nodes:
            if not isinstance(obj, Node) or isinstance(obj, Document):
                identifiers = everything = True
                continue
            if not attached(obj, self.document):
                continue
            proposal = obj.ancestor(Proposal)
            if isinstance(obj, Proposal):
                identifiers = True
            if proposal is not None:
                touched_props[proposal.uid] = proposal
            res = obj.ancestor(Resolution)
            if res is not None:
                touched_res[res.uid] = (res, proposal)
            sec = obj.ancestor(Section) or obj.ancestor(Division)
            if sec is not None:
                dirty_sections.add(sec.uid)
        if identifiers:
            self.identifiers = proposals.check_identifiers(self.document)
        if everything:
            for proposal in self.document.proposals:
                if proposal.uid not in self.proposals:
                    touched_props[proposal.uid] = proposal
                for res in proposal.resolutions:
                    touched_res.setdefault(res.uid, (res, proposal))
        for proposal in touched_props.values():
            self.proposals[proposal.uid] = proposals.check(proposal)
            for res in proposal.resolutions:  # action and identifier shape every problem of the proposal
                touched_res.setdefault(res.uid, (res, proposal))
        for res, proposal in touched_res.values():
            self.check_resolution(res, proposal, dirty_sections)
            if proposal is not None:
                touched_props[proposal.uid] = proposal
        return self.assemble(None if identifiers else touched_props.values())


def check_document(document: Document) -> list[Problem]:
    """Every problem of `document`, in document order."""
    return Checker(document).full()


# -- quick fixes ---------------------------------------------------------------------------

Fixer = Callable[[EditSession, Node, Problem], None]


def _fix_lettering(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Clause)
    division = annexes.division_of(node)
    if division is not None:
        annexes.relabel(session, division)
        return
    owner = lettering.list_owner(node)
    if owner is None:
        return
    prefix = lettering.label_path(owner)
    changed = lettering.relabel(session, owner)
    res, section = owner.ancestor(Resolution), owner.ancestor(Section)
    if changed and res is not None and section is not None:
        xrefs.retarget(session, res, xrefs.reference_key(section, language_of(res)), changed, prefix)


def _fix_lookalike(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Clause)
    lettering.fix_lookalike(session, node)


def _fix_single(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Clause)
    session.set_text(node.label, "")


def _fix_punctuation(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Clause)
    if annexes.division_of(node) is not None:
        annexes.fix_punctuation(session, node)
        return
    sec, res = node.ancestor(Section), node.ancestor(Resolution)
    if sec is None or res is None:
        return
    ctx = section_contexts(res, node.ancestor(Proposal), "final").get(sec.uid)
    if ctx is not None:
        punctuation.fix_clause(session, node, ctx)


def _fix_preamble(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Resolution)
    punctuation.fix_preamble(session, node)


def _fix_keyword(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Section)
    res = node.ancestor(Resolution)
    ctx = section_contexts(res, node.ancestor(Proposal), "final").get(node.uid) if res is not None else None
    keywords.fix(session, node, problem.rule, ctx.missing_keyword if ctx is not None else None, language_of(node),
                 res.body if res is not None else "")


def _document(node: Node) -> Document | None:
    return node.ancestor(Document)


def _fix_dates(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Resolution)
    doc = _document(node)
    cover: Cover | None = doc.cover if doc is not None else None
    dates.align(session, node, node.ancestor(Proposal), cover)


def _fix_rev(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Resolution)
    dates.fix_rev(session, node, node.ancestor(Proposal))


def _fix_number(session: EditSession, node: Node, problem: Problem) -> None:
    assert isinstance(node, Resolution)
    dates.fix_number(session, node)


def _fix_identifiers(session: EditSession, node: Node, problem: Problem) -> None:
    doc = _document(node)
    if doc is not None:
        proposals.renumber(session, doc)


def _fix_parts(session: EditSession, node: Node, problem: Problem) -> None:
    res = node.ancestor(Resolution)
    if res is not None:
        annexes.renumber_parts(session, res)


FIXERS: dict[str, Fixer] = {
    annexes.PART_RULE: _fix_parts,
    **{rule: _fix_lettering for rule in lettering.RULES if rule not in ("lettering.single", "lettering.lookalike")},
    "lettering.single": _fix_single,
    "lettering.lookalike": _fix_lookalike,
    "punctuation.clause": _fix_punctuation,
    "punctuation.and-or": _fix_punctuation,
    "punctuation.preamble": _fix_preamble,
    "keyword.missing": _fix_keyword,
    "keyword.case": _fix_keyword,
    "keyword.punctuation": _fix_keyword,
    "keyword.unknown": _fix_keyword,
    "keyword.kind": _fix_keyword,
    "keyword.agreement": _fix_keyword,
    "dates.conference": _fix_dates,
    "dates.mismatch": _fix_dates,
    "dates.missing": _fix_dates,
    "dates.rev": _fix_rev,
    "dates.number": _fix_number,
    "proposal.numbering": _fix_identifiers,
    "proposal.duplicate": _fix_identifiers,
}
RULES: tuple[str, ...] = (
    lettering.RULES + punctuation.RULES + keywords.RULES + dates.RULES + proposals.RULES + xrefs.RULES + (annexes.PART_RULE,)
)


class NodeIndex:
    """Nodes by uid, rebuilt only when a lookup misses: the window asks `fixable` for every problem it lists."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._nodes: dict[int, Node] = {}

    def get(self, uid: int) -> Node | None:
        node = self._nodes.get(uid)
        if node is None or not attached(node, self.document):
            self._nodes = {n.uid: n for n in self.document.walk()}
            node = self._nodes.get(uid)
        return node


def _target(index: NodeIndex, problem: Problem) -> Node | None:
    if problem.view != "final" or problem.fix is None or problem.rule not in FIXERS or problem.node_uid is None:
        return None
    return index.get(problem.node_uid)


def _apply(session: EditSession, index: NodeIndex, problem: Problem) -> bool:
    node = _target(index, problem)
    if node is None:
        return False
    with fix_tracking(session, node), session.transaction(f"Fix: {problem.fix}"):
        FIXERS[problem.rule](session, node, problem)
    return True


def _matches(problem: Problem, rule: str | None) -> bool:
    return rule is None or problem.rule == rule or problem.rule.startswith(rule + ".")


def _scope(problem: Problem, node: Node) -> tuple[object, int]:
    """What one fix rewrites: problems with the same scope share one fix (a section is relettered once)."""
    fixer = FIXERS[problem.rule]
    if fixer is _fix_lettering:
        owner = annexes.division_of(node) or lettering.list_owner(node)  # type: ignore[arg-type]
        return fixer, owner.uid if owner is not None else node.uid
    if fixer in (_fix_identifiers, _fix_parts):
        return fixer, 0
    return fixer, node.uid


def fix_all(session: EditSession, rule: str | None = None) -> int:
    """Apply every quick fix (of `rule`, or of a family such as "lettering"); returns how many ran.

    One transaction, so one undo step.  Each pass applies one fix per scope
    from a fresh check (every fix reads the document as it is by then, so a
    fix made stale by another one does nothing), until a check offers
    nothing new: a few passes, whatever the number of problems.
    """
    done: set[tuple[str, int | None, str]] = set()
    count = 0
    index = NodeIndex(session.document)
    with session.transaction("Fix all"):
        for _ in range(100):  # fixes settle problems; the bound only guards against two fixes undoing each other
            scopes: set[tuple[object, int]] = set()
            for problem in check_document(session.document):
                key = (problem.rule, problem.node_uid, problem.message)
                node = _target(index, problem) if _matches(problem, rule) and key not in done else None
                if node is None:
                    continue
                done.add(key)
                scope = _scope(problem, node)
                if scope not in scopes and _apply(session, index, problem):
                    scopes.add(scope)
            if not scopes:
                break
            count += len(scopes)
    return count


class RuleEngine(ProblemListeners):
    """The live checks of one edit session: problems kept current after every change notice."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self._checker = Checker(session.document)
        self._index = NodeIndex(session.document)
        session.subscribe(self._on_change)
        self._checker.full()

    @property
    def problems(self) -> list[Problem]:
        """Current problems, in document order."""
        return list(self._checker.problems)

    def _on_change(self, notice: ChangeNotice) -> None:
        if self.session.document is not self._checker.document:
            self._checker = Checker(self.session.document)
            self._index = NodeIndex(self.session.document)
            self._checker.full()
        else:
            self._checker.update(notice)
        self._notify()

    def full_check(self) -> list[Problem]:
        problems = self._checker.full()
        self._notify()
        return list(problems)

    def fixable(self, problem: Problem) -> bool:
        """Whether `problem` has a quick fix that can run on the current document."""
        return _target(self._index, problem) is not None

    def apply_fix(self, problem: Problem) -> None:
        """Run the quick fix of `problem` as one transaction (joining an enclosing one); nothing if it no longer applies."""
        _apply(self.session, self._index, problem)

    def close(self) -> None:
        try:
            self.session.unsubscribe(self._on_change)
        except ValueError:
            pass
