"""The model commands behind the structural keys: Enter, Tab, Shift+Tab, Backspace at a start.

Each runs on an EditSession inside one transaction, so it is one undo step
and is recorded as block marks when Track Changes is on.  Each returns the
node (and field, offset) where the cursor goes next.  No Qt here.
"""

from __future__ import annotations

from dataclasses import replace

from editor.model.body import Heading
from editor.model.inline import Inline, Span, slice_spans, split_at
from editor.model.labels import Label, Scheme, continuation, detect_scheme, letter_style
from editor.model.nodes import MAX_ITEM_LEVEL, Clause, Division, Footnote, Node, Resolution, Section, SectionKind
from editor.model.session import EditSession, locate
from editor.rules.context import language_of
from editor.rules.keywords import KNOWN, expected_kind, known_prefix
from editor.rules.wording import wording

Place = tuple[Node, str, int]

#: The keywords offered when a section is added or renamed (any other may be typed).
CUSTOMARY_KEYWORDS: tuple[str, ...] = KNOWN  # English's; `customary_keywords(language)` for a document's


def _list_of(clause: Clause) -> tuple[list[Clause], Scheme | None]:
    """The list `clause` stands in and the scheme its place imposes (letters in a preamble, numbers in operative text)."""
    parent = clause.parent
    if isinstance(parent, Section):
        return parent.clauses, "letter" if parent.kind == "preambular" else "number"
    if isinstance(parent, Clause):
        return parent.items, None
    return [], None


def next_label(clause: Clause) -> str:
    """The label of a clause started after `clause` (Enter): the one after it in its list's scheme.

    "c)" after "b)" or "b)bis", "ba)" after "az)", "iii)" after "ii)" in a
    roman list, "4" after "3"; a dash or bullet repeats; "" when the label
    is not one a list continues (the checks then say what it should be).
    """
    own = clause.label.text("final").strip()
    if isinstance(clause, Heading):  # the text under a heading starts unnumbered, as Word's Normal after a heading
        return ""
    if isinstance(clause.parent, Division):  # a provision of an outline: "1.12" after "1.11", "1bis.1.2" after "1bis.1.1"
        head, _, last = own.rpartition(".")
        step = Label.parse(last, "number") if last else None
        return f"{head}.{step.next().text}" if head and step is not None else (step.next().text if step is not None else "")
    siblings, imposed = _list_of(clause)
    texts = [c.label.text("final") for c in siblings if c.label.text("final").strip()]
    scheme = detect_scheme(texts, imposed)
    if scheme is None or not own:
        return ""
    label = Label.parse(own, scheme, letter_style(texts) if scheme == "letter" else "double")
    return label.next().text if label is not None else ""


def first_label(section: Section) -> str:
    """The label a new first clause of `section` takes ("" when its clauses are unlabelled)."""
    if section.clauses and not section.clauses[0].label.spans:
        return ""
    return continuation([], "letter" if section.kind == "preambular" else "number")


def _fresh(spans: list[Span]) -> Inline:
    """Text carried to a new block: as it reads now, without inline marks (the block mark says it)."""
    return Inline([replace(s, mark=None) for s in spans if s.mark is None or s.mark.kind == "ins"])


def split_clause(session: EditSession, clause: Clause, offset: int) -> Place:
    """Enter inside a clause: the text after the cursor becomes the next clause."""
    length = len(clause.text.text("markup"))
    rest = _fresh(slice_spans(clause.text.spans, offset, length))
    new = Clause(next_label(clause), rest)
    parent = clause.parent
    assert parent is not None
    field, index = locate(clause)
    with session.transaction("New clause"):
        if offset < length:
            session.delete_text(clause.text, offset, length)
        session.insert_node(parent, field, index + 1, new)
    return new, "text", 0


def new_first_clause(session: EditSession, section: Section) -> Place:
    """Enter on a section keyword: a new clause at the top of the section."""
    clause = Clause(first_label(section), "")
    with session.transaction("New clause"):
        session.insert_node(section, "clauses", 0, clause)
    return clause, "text", 0


def indent(session: EditSession, clause: Clause) -> Place | None:
    """Tab: the clause becomes the last sub-item of the clause before it (annex paragraphs have no sub-items); not
    when it or its own sub-items would go deeper than the third level."""
    parent = clause.parent
    if not isinstance(parent, Section | Clause) or clause.level + 1 + clause.levels_below() > MAX_ITEM_LEVEL:
        return None
    field, index = locate(clause)
    if index == 0:
        return None
    previous = getattr(parent, field)[index - 1]
    if not isinstance(previous, Clause):
        return None
    with session.transaction("Indent"):
        moved = session.move_node(clause, previous, "items", len(previous.items))
    return moved, "text", 0


def outdent(session: EditSession, clause: Clause) -> Place | None:
    """Shift+Tab: the sub-item moves up a level after its parent, taking its following siblings along as its sub-items."""
    parent = clause.parent
    if not isinstance(parent, Clause) or parent.parent is None:
        return None
    _, index = locate(clause)
    followers = parent.items[index + 1:]
    grand_field, parent_index = locate(parent)
    with session.transaction("Outdent"):
        for follower in followers:
            session.move_node(follower, clause, "items", len(clause.items))
        moved = session.move_node(clause, parent.parent, grand_field, parent_index + 1)
    return moved, "text", 0


def join_with_previous(session: EditSession, clause: Clause, previous: Node | None) -> Place | None:
    """Backspace at the start of a clause: an empty clause goes; otherwise its text joins the clause before."""
    if clause.items:
        return None
    if not clause.text.text("final"):
        place: Place | None = None
        if isinstance(previous, Clause):
            place = (previous, "text", len(previous.text.text("markup")))
        with session.transaction("Delete clause"):
            session.delete_node(clause)
        return place or (clause, "text", 0)
    if not isinstance(previous, Clause) or previous.items:
        return None
    end = len(previous.text.text("markup"))
    with session.transaction("Join clauses"):
        if session.tracking:
            session.insert_text(previous.text, end, clause.text.text("final"))
        else:
            session.set_spans(previous.text, [*previous.text.spans, *clause.text.spans])
        session.delete_node(clause)
    return previous, "text", end


def next_footnote_key(resolution: Resolution) -> str:
    """One more than the highest numeric key of the resolution's footnotes."""
    numbers = [int(f.key) for f in resolution.footnotes if f.key.isdecimal() and len(f.key) <= 9]
    return str(max(numbers, default=0) + 1)


def insert_footnote(session: EditSession, inline: Inline, offset: int) -> Place | None:
    """A footnote reference at the cursor and an empty footnote for its text (Word's Insert Footnote).

    When Track Changes records here, the reference is marked as an insertion
    and the footnote is an inserted block, so rejecting them leaves neither.
    """
    owner = inline.owner
    resolution = owner.ancestor(Resolution) if owner is not None else None
    if resolution is None or owner is None:
        return None
    key = next_footnote_key(resolution)
    left, right = split_at(inline.spans, offset)
    mark = session.new_mark("ins") if session.records_at(owner) else None
    footnote = Footnote(key, "")
    with session.transaction("Insert footnote"):
        session.set_spans(inline, [*left, Span("", mark=mark, footnote=key), *right])
        session.insert_node(resolution, "footnotes", len(resolution.footnotes), footnote)
    return footnote, "text", 0


def customary_keywords(language: str = "en") -> tuple[str, ...]:
    """The keywords a drafter picks from in `language` (the language data's, every gender)."""
    return wording(language).known


def kind_of(keyword: str, default: SectionKind, language: str = "en") -> SectionKind:
    """The kind a known keyword implies ("resolves …" operative, "noting" preambular); `default` for another."""
    kind = expected_kind(known_prefix(keyword.strip(), language), language)
    return "operative" if kind == "operative" else "preambular" if kind == "preambular" else default


def new_clause_after(session: EditSession, node: Node, *, sub_item: bool = False) -> Place | None:
    """An empty clause after clause `node` (or as its last sub-item), or at the end of section `node`."""
    clause = Clause("", "")
    parent: Node
    if sub_item and isinstance(node, Clause) and node.level < MAX_ITEM_LEVEL and isinstance(node.parent, Section | Clause):
        parent, field, index = node, "items", len(node.items)
    elif isinstance(node, Clause) and node.parent is not None:
        parent = node.parent
        field, index = locate(node)
        index += 1
    elif isinstance(node, Section):
        parent, field, index = node, "clauses", len(node.clauses)
    else:
        return None
    with session.transaction("Insert clause"):
        session.insert_node(parent, field, index, clause)
    return clause, "text", 0


def new_section_after(session: EditSession, after: Section, keyword: str) -> Place | None:
    """A section with `keyword` (its kind from the keyword) and one empty clause, after `after`."""
    if after.parent is None:
        return None
    keyword = keyword.strip()
    section = Section(keyword, kind_of(keyword, after.kind, language_of(after)), [Clause("", "")])
    field, index = locate(after)
    with session.transaction("Insert section"):
        session.insert_node(after.parent, field, index + 1, section)
    return section.clauses[0], "text", 0


def set_keyword(session: EditSession, section: Section, keyword: str) -> None:
    """A section's new keyword; a known keyword also sets the section's kind."""
    keyword = keyword.strip()
    with session.transaction("Change keyword"):
        session.set_text(section.keyword, keyword)
        session.set_attr(section, "kind", kind_of(keyword, section.kind, language_of(section)))
