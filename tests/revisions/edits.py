"""Random edits chosen in terms of the final view, applied to a tracked and a plain session alike."""

from __future__ import annotations

from hypothesis import strategies as st

from editor.model import Clause, Document, Section
from editor.model.inline import Inline
from editor.model.session import EditSession
from tests.revisions.checks import markup_offset

TEXT = st.text(alphabet="abc ,;", min_size=1, max_size=6)
KINDS = ("insert", "delete", "replace", "label", "add_clause", "drop_clause", "move_clause")


def _sections(doc: Document) -> list[Section]:
    res = doc.proposals[0].resolution
    assert res is not None
    return res.sections


def _visible(section: Section) -> list[Clause]:
    return [c for c in section.clauses if c.visible_in("final")]


def _markup_index(section: Section, final_index: int) -> int:
    """Where the `final_index`-th clause of the final view stands in the markup list."""
    shown = _visible(section)
    if final_index >= len(shown):
        return len(section.clauses)
    return section.clauses.index(shown[final_index])


def random_edit(data: st.DataObject, tracked: EditSession, plain: EditSession) -> None:
    kind = data.draw(st.sampled_from(KINDS))
    k = data.draw(st.integers(0, len(_sections(plain.document)) - 1))
    t_sec, p_sec = _sections(tracked.document)[k], _sections(plain.document)[k]
    t_clauses, p_clauses = _visible(t_sec), p_sec.clauses
    assert len(t_clauses) == len(p_clauses)
    if kind == "add_clause" or not p_clauses:
        i = data.draw(st.integers(0, len(p_clauses)))
        label, text = data.draw(TEXT), data.draw(TEXT)
        tracked.insert_node(t_sec, "clauses", _markup_index(t_sec, i), Clause(label, text))
        plain.insert_node(p_sec, "clauses", i, Clause(label, text))
        return
    i = data.draw(st.integers(0, len(p_clauses) - 1))
    if kind == "drop_clause":
        tracked.delete_node(t_clauses[i])
        plain.delete_node(p_clauses[i])
    elif kind == "move_clause":
        j = data.draw(st.integers(0, len(p_clauses)))
        tracked.move_node(t_clauses[i], t_sec, "clauses", _markup_index(t_sec, j))
        plain.move_node(p_clauses[i], p_sec, "clauses", j)
    elif kind == "label":
        label = data.draw(TEXT)
        tracked.set_text(t_clauses[i].label, label)
        plain.set_text(p_clauses[i].label, label)
    else:
        field = data.draw(st.sampled_from(("label", "text")))
        t_inline: Inline = getattr(t_clauses[i], field)
        p_inline: Inline = getattr(p_clauses[i], field)
        size = len(p_inline.text())
        a = data.draw(st.integers(0, size))
        b = data.draw(st.integers(a, size))
        if kind == "insert":
            text = data.draw(TEXT)
            tracked.insert_text(t_inline, markup_offset(t_inline, a), text)
            plain.insert_text(p_inline, a, text)
        elif kind == "delete":
            tracked.delete_text(t_inline, markup_offset(t_inline, a), markup_offset(t_inline, b))
            plain.delete_text(p_inline, a, b)
        else:
            text = data.draw(TEXT)
            tracked.replace_text(t_inline, markup_offset(t_inline, a), markup_offset(t_inline, b), text)
            plain.replace_text(p_inline, a, b, text)
    assert final_texts(tracked.document) == final_texts(plain.document)


def final_texts(doc: Document) -> list[list[str]]:
    return [[c.label.text("final") + " " + c.text.text("final") for c in _visible(s)] for s in _sections(doc)]
