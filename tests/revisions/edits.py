"""Random edits chosen in terms of the final view, applied to a tracked and a plain session alike.

The two documents have the same final view after every edit: the plain one
holds exactly it, the tracked one shows it once its marks are accepted.  A
target is found by walking both final views in step, so the same clause,
sub-item or section is edited in each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from hypothesis import strategies as st

from editor.model import Clause, Document, Footnote, Node, Proposal, Resolution, Section
from editor.model.inline import Inline
from editor.model.session import EditSession
from tests.revisions.checks import FIXED, markup_offset

TEXT = st.text(alphabet="abc ,;", min_size=1, max_size=6)
BLOCK_LISTS = ("sections", "clauses", "items", "footnotes")
TEXT_KINDS = ("insert", "delete", "replace", "label")
BLOCK_KINDS = ("add", "drop", "move")


def _shown(node: Node, field: str) -> list[Node]:
    return [c for c in getattr(node, field) if c.visible_in("final")]


def _twins(tracked: Node, plain: Node) -> Iterator[tuple[Node, Node]]:
    """The nodes of both final views, in step."""
    yield tracked, plain
    for field in tracked.CHILD_LISTS:
        t_children, p_children = _shown(tracked, field), getattr(plain, field)
        assert len(t_children) == len(p_children)
        for t, p in zip(t_children, p_children, strict=True):
            yield from _twins(t, p)


def _markup_index(parent: Node, field: str, final_index: int) -> int:
    """Where the `final_index`-th block of the final view stands in the markup list."""
    shown = _shown(parent, field)
    items = getattr(parent, field)
    return len(items) if final_index >= len(shown) else items.index(shown[final_index])


def _new_block(field: str, label: str, text: str) -> Node:
    if field == "footnotes":
        return Footnote(label, text)
    return Section(text, "preambular", [Clause(label, text)]) if field == "sections" else Clause(label, text)


def _block_edit(data: st.DataObject, kind: str, tracked: EditSession, plain: EditSession, t: Node, p: Node, field: str) -> None:
    p_list = getattr(p, field)
    if kind == "add" or not p_list:
        i = data.draw(st.integers(0, len(p_list)))
        label, text = data.draw(TEXT), data.draw(TEXT)
        tracked.insert_node(t, field, _markup_index(t, field, i), _new_block(field, label, text))
        plain.insert_node(p, field, i, _new_block(field, label, text))
        return
    i = data.draw(st.integers(0, len(p_list) - 1))
    if kind == "drop":
        tracked.delete_node(_shown(t, field)[i])
        plain.delete_node(p_list[i])
    else:
        j = data.draw(st.integers(0, len(p_list)))
        tracked.move_node(_shown(t, field)[i], t, field, _markup_index(t, field, j))
        plain.move_node(p_list[i], p, field, j)


def _text_edit(data: st.DataObject, kind: str, tracked: EditSession, plain: EditSession, t: Node, p: Node) -> None:
    field = data.draw(st.sampled_from(t.INLINE_FIELDS))
    t_inline: Inline = getattr(t, field)
    p_inline: Inline = getattr(p, field)
    if kind == "label":
        text = data.draw(TEXT)
        tracked.set_text(t_inline, text)
        plain.set_text(p_inline, text)
        return
    size = len(p_inline.text())
    a = data.draw(st.integers(0, size))
    b = data.draw(st.integers(a, size))
    start, end = markup_offset(t_inline, a), markup_offset(t_inline, b)
    if kind == "insert":
        text = data.draw(TEXT)
        tracked.insert_text(t_inline, start, text)
        plain.insert_text(p_inline, a, text)
    elif kind == "delete":
        tracked.delete_text(t_inline, start, end)
        plain.delete_text(p_inline, a, b)
    else:
        text = data.draw(TEXT)
        tracked.replace_text(t_inline, start, end, text)
        plain.replace_text(p_inline, a, b, text)


def random_edit(data: st.DataObject, tracked: EditSession, plain: EditSession) -> None:
    """One edit of the resolution text: typing, deleting, replacing, relabelling, or a block (a footnote too) added, dropped or moved."""
    t_res, p_res = tracked.document.proposals[0].resolution, plain.document.proposals[0].resolution
    assert t_res is not None and p_res is not None
    twins = list(_twins(t_res, p_res))
    t, p = data.draw(st.sampled_from(twins))
    lists = [f for f in t.CHILD_LISTS if f in BLOCK_LISTS and not (f == "items" and isinstance(p, Clause) and p.level >= 3)]
    kind = data.draw(st.sampled_from(TEXT_KINDS + BLOCK_KINDS if lists else TEXT_KINDS))
    if kind in BLOCK_KINDS:
        # Footnotes are numbered by their references, so their order in the file is no change to make.
        fields = [f for f in lists if not (kind == "move" and f == "footnotes")]
        _block_edit(data, kind, tracked, plain, t, p, data.draw(st.sampled_from(fields)))
    else:
        _text_edit(data, kind, tracked, plain, t, p)
    assert final_texts(tracked.document) == final_texts(plain.document)


def randomly_edited(data: st.DataObject, make_base: Callable[[], Resolution], steps: int) -> tuple[EditSession, EditSession]:
    """A MOD proposal on `make_base()` after `steps` random edits with Track Changes on, and its plain twin."""
    tracked = EditSession(Document([Proposal("MOD", "ARB/36A2/1", make_base())]), author="ARB", tracking=True, clock=lambda: FIXED)
    plain = EditSession(Document([Proposal("MOD", "ARB/36A2/1", make_base())]), tracking=False)
    for _ in range(steps):
        random_edit(data, tracked, plain)
        tracked.break_merge()
    return tracked, plain


def final_texts(doc: Document) -> list[str]:
    """Every inline of the final view, in order."""
    res = doc.proposals[0].resolution
    assert res is not None
    return [i.text("final") for n in _visible_walk(res) for i in n.inlines()]


def _visible_walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node.children():
        if child.visible_in("final"):
            yield from _visible_walk(child)
