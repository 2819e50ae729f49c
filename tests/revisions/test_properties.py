"""Random edit sequences with Track Changes on (hypothesis).

Each edit is chosen in terms of the final view and applied twice: to a MOD
document with tracking on and to a plain copy with tracking off.  Whatever
the sequence: accepting everything gives exactly the plain copy, rejecting
everything gives exactly the base, undoing everything restores the starting
bytes, and saving and reopening keeps every mark.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import Clause, Document, Proposal, Section
from editor.model.inline import Inline
from editor.model.session import EditSession
from editor.revisions.review import accept_all, reject_all
from editor.xmlio import to_bytes
from tests.factories import base_resolution
from tests.revisions.checks import FIXED, assert_unique_ids, mark_table, markup_offset, saved_and_reopened

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


def _edit(data: st.DataObject, tracked: EditSession, plain: EditSession) -> None:
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
    assert t_inline_texts(tracked.document) == t_inline_texts(plain.document)


def t_inline_texts(doc: Document) -> list[list[str]]:
    return [[c.label.text("final") + " " + c.text.text("final") for c in _visible(s)] for s in _sections(doc)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 12))
def test_random_tracked_edits_keep_every_promise(data: st.DataObject, steps: int) -> None:
    doc = Document([Proposal("MOD", "ARB/36A2/1", base_resolution())])
    base_bytes = to_bytes(doc)
    tracked = EditSession(doc, author="ARB", clock=lambda: FIXED)
    plain = EditSession(Document([Proposal("MOD", "ARB/36A2/1", base_resolution())]), tracking=False)
    for _ in range(steps):
        _edit(data, tracked, plain)
        tracked.break_merge()
    edited = to_bytes(doc)
    assert_unique_ids(doc)

    reopened = saved_and_reopened(doc)
    assert mark_table(reopened) == mark_table(doc)

    accept_all(tracked)
    assert to_bytes(doc) == to_bytes(plain.document)
    tracked.undo()
    assert to_bytes(doc) == edited

    reject_all(tracked)
    assert to_bytes(doc) == base_bytes
    tracked.undo()
    assert to_bytes(doc) == edited

    while tracked.undo() is not None:
        pass
    assert to_bytes(doc) == base_bytes
