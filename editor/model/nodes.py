"""The document tree: contribution, proposals, resolution, sections, clauses.

Plain Python, no Qt.  Names follow the ITU's own vocabulary
(../shared/docs/itu-conventions.md, sections 2 and 3).  Every node has a
runtime id (for views and problem locations) and a parent pointer kept up to
date by the operations in `editor.model.operations`, so that a change notice
can name the section and resolution an edit belongs to without a search.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal, TypeVar

from editor.languages import load_or_english
from editor.model.inline import Inline
from editor.model.marks import Mark, View, visible

if TYPE_CHECKING:
    from editor.model.body import Paragraph, Part
    from editor.model.comments import Comment

Action = Literal["ADD", "MOD", "SUP", "NOC"]
ACTIONS: tuple[Action, ...] = ("ADD", "MOD", "SUP", "NOC")
SectionKind = Literal["preambular", "operative"]

_ids = itertools.count(1)


class Node:
    """Base of every element of the tree.

    `INLINE_FIELDS` and `CHILD_LISTS` describe the node's shape once, so that
    copying, projecting, walking and serialising need no per-class code
    beyond what is really particular to a class.
    """

    INLINE_FIELDS: ClassVar[tuple[str, ...]] = ()
    CHILD_LISTS: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self.uid: int = next(_ids)
        self.parent: Node | None = None
        self.change: Mark | None = None

    def _adopt(self) -> None:
        """Point owned inlines and children back at this node."""
        for name in self.INLINE_FIELDS:
            inline: Inline = getattr(self, name)
            inline.owner, inline.field = self, name
        for name in self.CHILD_LISTS:
            for child in getattr(self, name):
                child.parent = self

    def children(self) -> Iterator[Node]:
        for name in self.CHILD_LISTS:
            yield from getattr(self, name)

    def inlines(self) -> Iterator[Inline]:
        for name in self.INLINE_FIELDS:
            yield getattr(self, name)

    def walk(self) -> Iterator[Node]:
        """This node and all below it, in document order."""
        yield self
        for child in self.children():
            yield from child.walk()

    def ancestor(self, kind: type[N]) -> N | None:
        node: Node | None = self
        while node is not None and not isinstance(node, kind):
            node = node.parent
        return node

    def visible_in(self, view: View) -> bool:
        return visible(self.change, view)

    def root(self) -> Node:
        """The top of the tree this node stands in (itself when it has no parent)."""
        node = self
        while node.parent is not None:
            node = node.parent
        return node


def lineage(node: Node | None) -> frozenset[int]:
    """The uids of `node` and of every node it stands in (empty for None)."""
    uids: set[int] = set()
    while node is not None:
        uids.add(node.uid)
        node = node.parent
    return frozenset(uids)


def attached(node: Node, document: Document) -> bool:
    """Whether `node` is still part of `document` (not removed by an edit, not from another tree)."""
    return node.root() is document


N = TypeVar("N", bound=Node)


MAX_ITEM_LEVEL = 3
"""Sub-items nest three levels below a clause at most: the schema's (schemas/resolution.rng) and the ITU's
(conventions §2.2)."""


class Clause(Node):
    """A lettered or numbered clause, or a sub-item (its `items` nest to three levels).

    The label is inline content like any text so that a relettering can be a
    deletion of "b)" and an insertion of "d)".
    """

    INLINE_FIELDS = ("label", "text")
    CHILD_LISTS: ClassVar[tuple[str, ...]] = ("items",)

    def __init__(self, label: Inline | str = "", text: Inline | str = "", items: list[Clause] | None = None) -> None:
        super().__init__()
        self.label = Inline.plain(label) if isinstance(label, str) else label
        self.text = Inline.plain(text) if isinstance(text, str) else text
        self.items: list[Clause] = items or []
        self._adopt()

    @property
    def level(self) -> int:
        """0 for a clause, 1 to MAX_ITEM_LEVEL for sub-items."""
        depth, node = 0, self.parent
        while isinstance(node, Clause):
            depth, node = depth + 1, node.parent
        return depth

    def levels_below(self) -> int:
        """How many levels of sub-items hang below this clause (0 without any)."""
        return max((1 + item.levels_below() for item in self.items), default=0)

    def __repr__(self) -> str:
        return f"Clause({self.label.text()!r}, {self.text.text()[:30]!r})"


class Section(Node):
    """A keyword (considering, noting, resolves, instructs …) and its clauses."""

    INLINE_FIELDS = ("keyword",)
    CHILD_LISTS = ("clauses",)

    def __init__(self, keyword: Inline | str = "", kind: SectionKind = "preambular", clauses: list[Clause] | None = None) -> None:
        super().__init__()
        self.keyword = Inline.plain(keyword) if isinstance(keyword, str) else keyword
        self.kind: SectionKind = kind
        self.clauses: list[Clause] = clauses or []
        self._adopt()

    def __repr__(self) -> str:
        return f"Section({self.keyword.text()!r}, {len(self.clauses)} clauses)"


class Footnote(Node):
    """A footnote; spans refer to it by `key`.

    `custom` is the mark it prints instead of a number ("1bis", "*"), as
    Word's custom footnote marks; "" numbers it automatically, and a footnote
    with a mark of its own takes no number from the count (Word's rule).
    """

    INLINE_FIELDS = ("text",)

    def __init__(self, key: str, text: Inline | str = "", custom: str = "") -> None:
        super().__init__()
        self.key = key
        self.custom = custom
        self.text = Inline.plain(text) if isinstance(text, str) else text
        self._adopt()


AnnexKind = Literal["annex", "appendix"]


class Division(Node):
    """What an annex, an appendix and a body section (editor.model.body.Part) share: a heading line, a title and
    paragraphs (editor.model.body.Paragraph: provisions, headings, notes, tables, figures), checked as one outline."""

    INLINE_FIELDS = ("heading", "title")
    CHILD_LISTS = ("paragraphs",)

    def __init__(self, heading: Inline | str = "", title: Inline | str = "", paragraphs: list[Paragraph] | None = None) -> None:
        super().__init__()
        self.heading = Inline.plain(heading) if isinstance(heading, str) else heading
        self.title = Inline.plain(title) if isinstance(title, str) else title
        self.paragraphs: list[Paragraph] = paragraphs or []
        self._adopt()

    def clauses(self) -> list[Clause]:
        """The provisions and headings among the paragraphs (notes, tables and figures left out)."""
        return [p for p in self.paragraphs if isinstance(p, Clause)]


class Annex(Division):
    """An annex or an appendix; an appendix differs only in its styles (Appendix_No, Appendix_title)."""

    def __init__(self, heading: Inline | str = "", title: Inline | str = "", paragraphs: list[Paragraph] | None = None,
                 kind: AnnexKind = "annex") -> None:
        super().__init__(heading, title, paragraphs)
        self.kind: AnnexKind = kind


_ADOPTION = re.compile(r"^\s*(?P<rev>Rev\.\s*)?(?P<place>[^,]*?)\s*,\s*(?P<year>\d{4})\s*$")


@dataclass(frozen=True)
class Adoption:
    """Place and year parsed from a number line or history entry."""

    revised: bool
    place: str
    year: str

    @classmethod
    def parse(cls, text: str) -> Adoption | None:
        m = _ADOPTION.match(text)
        if not m:
            return None
        return cls(bool(m.group("rev")), m.group("place").strip(), m.group("year"))

    def __str__(self) -> str:
        return f"{'Rev. ' if self.revised else ''}{self.place}, {self.year}"


class Resolution(Node):
    """A resolution: number line, title, history line, preamble, sections, body parts, annexes, footnotes.

    `adoption` is the text inside the number line's parentheses
    ("Rev. Geneva, 2022"), `history` the text inside the history line's
    parentheses.  Both stay inline content so that the date updates of a MOD
    are ordinary marks; `revision()` and `history_entries()` read them.
    """

    INLINE_FIELDS = ("number", "adoption", "title", "history", "preamble")
    CHILD_LISTS = ("sections", "parts", "annexes", "footnotes")

    def __init__(
        self,
        body: str = "WTSA",
        number: Inline | str = "",
        adoption: Inline | str = "",
        title: Inline | str = "",
        history: Inline | str = "",
        preamble: Inline | str = "",
        sections: list[Section] | None = None,
        annexes: list[Annex] | None = None,
        footnotes: list[Footnote] | None = None,
        draft: bool = False,
        parts: list[Part] | None = None,
    ) -> None:
        super().__init__()
        self.body = body
        self.draft = draft
        self.number = Inline.plain(number) if isinstance(number, str) else number
        self.adoption = Inline.plain(adoption) if isinstance(adoption, str) else adoption
        self.title = Inline.plain(title) if isinstance(title, str) else title
        self.history = Inline.plain(history) if isinstance(history, str) else history
        self.preamble = Inline.plain(preamble) if isinstance(preamble, str) else preamble
        self.sections: list[Section] = sections or []
        self.parts: list[Part] = parts or []  # the numbered body sections after the operative part (editor.model.body)
        self.annexes: list[Annex] = annexes or []
        self.footnotes: list[Footnote] = footnotes or []
        self._adopt()

    def revision(self, view: View = "final") -> Adoption | None:
        """Place and year of the number line in `view`, None when unreadable."""
        return Adoption.parse(self.adoption.text(view))

    def history_entries(self, view: View = "final") -> list[str]:
        """The history line split into its "Place, Year" entries."""
        return [e.strip() for e in self.history.text(view).split(";") if e.strip()]

    def number_line(self, view: View = "final") -> str:
        """The number line as printed in the document's language ("RESOLUTION 7 (Rev. Geneva, 2022)", "RÉSOLUTION 62 …")."""
        doc = self.ancestor(Document)
        words = load_or_english(doc.language if doc is not None else "en")
        return words.number_line(self.number.text(view), self.adoption.text(view), self.draft)

    def footnote(self, key: str) -> Footnote | None:
        return next((f for f in self.footnotes if f.key == key), None)


class Proposal(Node):
    """One proposal: action symbol, identifier, the resolution text it concerns, Reasons.

    A standalone resolution file (an in-force text) is held as a proposal
    with no action, so that every tool works on one shape.  `notes` keeps
    paragraphs the importer could not place, so nothing is ever dropped.
    """

    INLINE_FIELDS = ("reasons",)
    CHILD_LISTS = ("notes", "resolutions")

    def __init__(
        self,
        action: Action | None = None,
        identifier: str = "",
        resolution: Resolution | None = None,
        reasons: Inline | str = "",
        notes: list[Note] | None = None,
    ) -> None:
        super().__init__()
        self.action: Action | None = action
        self.identifier = identifier
        self.resolutions: list[Resolution] = [resolution] if resolution is not None else []
        self.reasons = Inline.plain(reasons) if isinstance(reasons, str) else reasons
        self.notes: list[Note] = notes or []
        self._adopt()

    @property
    def resolution(self) -> Resolution | None:
        return self.resolutions[0] if self.resolutions else None

    def heading(self) -> str:
        """The proposal line without its TAB ("MOD ARB/36A2/1")."""
        return " ".join(p for p in (self.action or "", self.identifier) if p)


class Note(Node):
    """A paragraph of its own: in a part or an annex an ITU note ("NOTE – …", style Note); in a proposal, text the importer
    kept but could not place, so nothing is ever dropped."""

    INLINE_FIELDS = ("text",)

    def __init__(self, text: Inline | str = "") -> None:
        super().__init__()
        self.text = Inline.plain(text) if isinstance(text, str) else text
        self._adopt()


@dataclass
class Cover:
    """Cover-page fields of a conference contribution (conventions §3.4)."""

    conference: str = ""
    acronym: str = ""
    place_dates: str = ""
    meeting: str = ""
    document: str = ""
    addendum: str = ""
    date: str = ""
    languages: str = ""
    source: str = ""
    title: str = ""
    abstract: str = ""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "conference", "acronym", "place_dates", "meeting", "document", "addendum",
        "date", "languages", "source", "title", "abstract",
    )

    def document_reference(self, language: str = "en") -> str:
        """"Addendum 2 to Document 36-E" in `language` (its words and suffix), or "Document 36-E" without addendum."""
        return load_or_english(language).document_reference(self.document, self.addendum)

    def running_reference(self, language: str = "en") -> str:
        """Running-header form in `language`, e.g. "WTSA-20/36(Add.2)-E", "AMNT-20/40(Add.1)-F"."""
        return load_or_english(language).running_reference(self.acronym, self.document, self.addendum)


class Document(Node):
    """A file: a contribution (with a cover) or a standalone resolution (cover None).

    `language` is the language the text is written in (one of
    editor.languages.CODES, xml:lang on the root element): the checks read its
    keywords and punctuation, the exports its direction and fonts.
    """

    CHILD_LISTS = ("proposals",)

    def __init__(self, proposals: list[Proposal] | None = None, cover: Cover | None = None, language: str = "en") -> None:
        super().__init__()
        self.cover = cover
        self.language = language
        self.proposals: list[Proposal] = proposals or []
        self.comments: list[Comment] = []  # beside the tree, never in it (editor.model.comments)
        self._adopt()

    @property
    def is_contribution(self) -> bool:
        return self.cover is not None

    def resolutions(self) -> Iterator[Resolution]:
        for p in self.proposals:
            yield from p.resolutions

    def marks(self) -> Iterator[tuple[Node, Mark, Inline | None]]:
        """Every mark in document order: (node, mark, inline or None for a block mark)."""
        for node in self.walk():
            if node.change is not None:
                yield node, node.change, None
            for inline in node.inlines():
                for mark in inline.marks():
                    yield node, mark, inline

    def next_mark_id(self) -> int:
        """A mark id not used anywhere in the document."""
        return max((m.id for _, m, _ in self.marks()), default=0) + 1

    def find(self, uid: int) -> Node | None:
        return next((n for n in self.walk() if n.uid == uid), None)
