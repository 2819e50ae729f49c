"""Compare two versions of a text into one marked MOD document.

The result's original view is OLD and its final view is NEW (both taken in
their final view, i.e. with any marks they carry accepted).  Blocks are
matched structurally (`editor.revisions.align`); inside matched blocks the
text is marked word by word (`editor.revisions.text_diff`); labels that
differ are a deletion of the old label and an insertion of the new one,
as when a drafter reletters with Track Changes on.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable
from typing import TypeVar

from editor.model.body import Paragraph, Part
from editor.model.inline import Inline, Span
from editor.model.marks import Mark, MarkKind, now_iso
from editor.model.nodes import Annex, Clause, Cover, Document, Footnote, Node, Note, Proposal, Resolution, Section
from editor.model.text import xml_safe
from editor.model.views import clone, project
from editor.revisions.align import align
from editor.revisions.text_diff import marked_spans, replaced_spans

N = TypeVar("N", bound=Node)
_WORDS = re.compile(r"\w+|[^\w\s]")


class _Marker:
    """Hands out the marks of one comparison: one author, one date, ids from 1."""

    def __init__(self, author: str, date: str) -> None:
        self.author, self.date = xml_safe(author), date
        self._ids = itertools.count(1)

    def __call__(self, kind: MarkKind) -> Mark:
        return Mark(kind, self.author, self.date, next(self._ids))


def _text(inline: Inline) -> str:
    return inline.text("final")


def _spans_key(inline: Inline) -> tuple[Span, ...]:
    return tuple(inline.spans)


def _clause_key(clause: Clause) -> Hashable:
    return (_spans_key(clause.text), tuple(_clause_key(i) for i in clause.items))


def _clause_words(clause: Clause) -> list[str]:
    words = _WORDS.findall(_text(clause.text))
    for item in clause.items:
        words.extend(_clause_words(item))
    return words


def _section_key(section: Section) -> Hashable:
    return (section.kind, _spans_key(section.keyword))


def _section_words(section: Section) -> list[str]:
    return _WORDS.findall(_text(section.keyword)) + [w for c in section.clauses for w in _clause_words(c)]


def _annex_key(annex: Annex) -> Hashable:
    return (_spans_key(annex.heading), _spans_key(annex.title))


def _annex_words(annex: Annex) -> list[str]:
    return _WORDS.findall(_text(annex.heading) + " " + _text(annex.title)) + [w for p in annex.paragraphs for w in _node_words(p)]


def _node_words(node: Node) -> list[str]:
    """The words of every inline field of `node` and of the nodes below it (a paragraph of any kind)."""
    return [w for n in node.walk() for inline in n.inlines() for w in _WORDS.findall(_text(inline))]


def _node_key(node: Node) -> Hashable:
    """What makes two paragraphs of a part or an annex the same: their kind, texts and what they hold."""
    return (type(node).__name__, tuple(_spans_key(i) for i in node.inlines()), tuple(_node_key(c) for c in node.children()))


def _proposal_key(proposal: Proposal) -> Hashable:
    res = proposal.resolution
    return proposal.identifier or (_spans_key(res.number) if res is not None else "")




class _Comparer:
    def __init__(self, mark: _Marker) -> None:
        self.mark = mark

    def text(self, old: Inline, new: Inline) -> Inline:
        return Inline(marked_spans(old.spans, new.spans, self.mark))

    def label(self, old: Inline, new: Inline) -> Inline:
        return Inline(replaced_spans(old.spans, new.spans, self.mark))

    def block(self, node: N, kind: MarkKind) -> N:
        twin = clone(node)
        twin.change = self.mark(kind)
        return twin

    def merge(
        self, old: list[N], new: list[N], key: Callable[[N], Hashable], words: Callable[[N], list[str]] | None, pair: Callable[[N, N], N]
    ) -> list[N]:
        out: list[N] = []
        for a, b in align(old, new, key, words):
            if a is None:
                assert b is not None  # align never pairs two gaps
                out.append(self.block(b, "ins"))
            elif b is None:
                out.append(self.block(a, "del"))
            else:
                out.append(pair(a, b))
        return out

    def clauses(self, old: list[Clause], new: list[Clause]) -> list[Clause]:
        return self.merge(old, new, _clause_key, _clause_words, self.clause)

    def clause(self, old: Clause, new: Clause) -> Clause:
        return Clause(self.label(old.label, new.label), self.text(old.text, new.text), self.clauses(old.items, new.items))

    def section(self, old: Section, new: Section) -> Section:
        return Section(self.text(old.keyword, new.keyword), new.kind, self.clauses(old.clauses, new.clauses))

    def annex(self, old: Annex, new: Annex) -> Annex:
        return Annex(self.text(old.heading, new.heading), self.text(old.title, new.title),
                     self.paragraphs(old.paragraphs, new.paragraphs), new.kind)

    def paragraphs(self, old: list[Paragraph], new: list[Paragraph]) -> list[Paragraph]:
        """Paragraphs of a part or an annex; two aligned paragraphs of different kinds are a deletion and an insertion."""
        out: list[Paragraph] = []
        for a, b in align(old, new, _node_key, _node_words):
            if a is not None and b is not None and type(a) is type(b):
                out.append(self.paired(a, b))
                continue
            if a is not None:
                out.append(self.block(a, "del"))
            if b is not None:
                out.append(self.block(b, "ins"))
        return out

    def part(self, old: Part, new: Part) -> Part:
        return Part(self.text(old.heading, new.heading), self.text(old.title, new.title), self.paragraphs(old.paragraphs, new.paragraphs))

    def paired(self, old: N, new: N) -> N:
        """Two nodes of one kind: each inline field compared (labels replaced whole), each child list merged."""
        twin = clone(new)
        for name in new.INLINE_FIELDS:
            compared = self.label if name == "label" else self.text
            setattr(twin, name, compared(getattr(old, name), getattr(new, name)))
        for name in new.CHILD_LISTS:
            setattr(twin, name, self.merge(getattr(old, name), getattr(new, name), _node_key, _node_words, self.paired))
        twin._adopt()
        return twin

    def footnotes(self, old: list[Footnote], new: list[Footnote]) -> list[Footnote]:
        """Footnotes pair by key and their texts are compared; one on one side only is a whole inserted or deleted block.

        A deleted footnote keeps its place among OLD's footnotes, so the
        original view lists them in OLD's order.
        """
        old_at = {f.key: i for i, f in enumerate(old)}
        new_keys = {f.key for f in new}
        out: list[Footnote] = []
        done = 0  # OLD's footnotes before this index are placed

        def deleted_up_to(end: int) -> None:
            nonlocal done
            out.extend(self.block(f, "del") for f in old[done:end] if f.key not in new_keys)
            done = max(done, end)

        for f in new:
            if f.key not in old_at:
                out.append(self.block(f, "ins"))
                continue
            at = old_at[f.key]
            deleted_up_to(at)
            done = max(done, at + 1)
            out.append(Footnote(f.key, self.text(old[at].text, f.text)))
        deleted_up_to(len(old))
        return out

    def resolution(self, old: Resolution, new: Resolution) -> Resolution:
        return Resolution(
            body=new.body,
            draft=new.draft,
            number=self.text(old.number, new.number),
            adoption=self.text(old.adoption, new.adoption),
            title=self.text(old.title, new.title),
            history=self.text(old.history, new.history),
            preamble=self.text(old.preamble, new.preamble),
            sections=self.merge(old.sections, new.sections, _section_key, _section_words, self.section),
            parts=self.merge(old.parts, new.parts, _node_key, _node_words, self.part),
            annexes=self.merge(old.annexes, new.annexes, _annex_key, _annex_words, self.annex),
            footnotes=self.footnotes(old.footnotes, new.footnotes),
        )

    def proposal(self, old: Proposal, new: Proposal) -> Proposal:
        """The resolution text is compared; Reasons and notes are the contribution's own prose, taken from NEW.

        Two versions of an ADD are new text both, which never carries marks
        (ITU rule), so NEW's is taken as it is.  An ADD compared with an
        in-force text or another proposal is compared like any text, and the
        result is a MOD: changes recorded against a base text are what a MOD is,
        and the original view must be OLD's text.
        """
        both_new = old.action == "ADD" and new.action == "ADD"
        action = new.action
        if old.resolution is not None and new.resolution is not None and not both_new:
            res: Resolution | None = self.resolution(old.resolution, new.resolution)
            action = "MOD" if new.action == "ADD" else new.action
        else:
            res = clone(new.resolution) if new.resolution is not None else None
        return Proposal(action, new.identifier, res, new.reasons.copy(), [Note(n.text.copy()) for n in new.notes])


def compare(old_document: Document, new_document: Document, author: str = "", date: str | None = None) -> Document:
    """A marked document whose original view is `old_document` and final view `new_document`.

    Proposals pair by identifier (or resolution number); a proposal on one
    side only is a block insertion or deletion.  A standalone
    resolution compared against another gives a contribution with one MOD
    proposal holding the marked text.
    """
    old = project(old_document, "final")
    new = project(new_document, "final")
    comparer = _Comparer(_Marker(author, date or now_iso()))
    if len(old.proposals) == len(new.proposals) == 1:
        proposals = [comparer.proposal(old.proposals[0], new.proposals[0])]
    else:
        proposals = comparer.merge(old.proposals, new.proposals, _proposal_key, None, comparer.proposal)
    if new_document.cover is None:  # a standalone resolution: its one proposal becomes the MOD
        for p in proposals:
            if p.action is None:
                p.action = "MOD"
    cover = Cover(**{name: getattr(new.cover, name) for name in Cover.FIELDS}) if new.cover is not None else Cover()
    return Document(proposals, cover, new_document.language)
