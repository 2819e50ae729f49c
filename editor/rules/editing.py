"""Edits the quick fixes make, expressed in the final view and done through the session.

Checks read the final text; the session edits markup offsets (deleted text
included).  These helpers translate, so that a fix touches only the
characters that change: a wrong "." becomes a struck "." and an inserted
"," in a tracked MOD, not a rewritten clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from editor.model.inline import Inline, markup_offset
from editor.model.nodes import Node, Proposal
from editor.model.session import EditSession


def _markup_index(inline: Inline, final_index: int) -> int:
    """Markup offset of the final-view character at `final_index` (or the end of the markup)."""
    return markup_offset(inline, final_index, "final")


def replace_final(session: EditSession, inline: Inline, start: int, end: int, text: str) -> None:
    """Replace final-view characters [start, end) by `text`."""
    if end > start:
        m_start = _markup_index(inline, start)
        m_end = _markup_index(inline, end - 1) + 1
    else:
        m_start = m_end = _markup_index(inline, start) if start < len(inline.text("final")) else len(inline.text("markup"))
    session.replace_text(inline, m_start, m_end, text)


def change_final(session: EditSession, inline: Inline, new: str) -> None:
    """Make the final text `new`, replacing only the words that differ (EditSession.change_text)."""
    session.change_text(inline, new)


def set_label(session: EditSession, inline: Inline, new: str) -> None:
    """Replace a whole label, keeping it italic if it was (ITU sets preambular letters in italics).

    `session.set_text` gives the tracked form a reviewer expects (old label
    struck through, new one inserted), but an untracked replacement is a
    plain span; the italics are put back with an untracked format change.
    """
    italic = any(s.italic for s in inline.spans if s.text and (s.mark is None or s.mark.kind == "ins"))
    session.set_text(inline, new)
    if italic and new:
        session.set_format(inline, 0, len(inline.text("markup")), italic=True)


@contextmanager
def fix_tracking(session: EditSession, node: Node) -> Iterator[None]:
    """Record a fix as revision marks only inside a MOD proposal.

    ITU texts carry marks only in MOD proposals (an ADD has none, a SUP or
    NOC no changed text, an in-force text none), so a fix elsewhere is a
    plain edit even when Track Changes is on.
    """
    proposal = node.ancestor(Proposal)
    saved = session.tracking
    session.tracking = saved and proposal is not None and proposal.action == "MOD"
    try:
        yield
    finally:
        session.tracking = saved
