"""Random edit sequences with Track Changes on (hypothesis).

Each edit is chosen in terms of the final view and applied twice: to a MOD
document with tracking on and to a plain copy with tracking off.  Whatever
the sequence: accepting everything gives exactly the plain copy, rejecting
everything gives exactly the base, both are the final and original views of
the marked document, comparing the two gives a document with those very
views, undoing everything restores the starting bytes, and saving and
reopening is byte-identical and keeps every mark.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from footnotedocs import footnoted_resolution

from editor.model import Document, Proposal, Resolution, project
from editor.revisions.compare import compare
from editor.revisions.review import accept_all, reject_all
from editor.xmlio import read_bytes, to_bytes
from tests.factories import base_resolution
from tests.revisions.checks import FIXED, assert_unique_ids, mark_table, resolution_bytes, saved_and_reopened
from tests.revisions.edits import randomly_edited


@pytest.mark.parametrize("make_base", [base_resolution, footnoted_resolution], ids=["plain", "footnoted"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 12))
def test_random_tracked_edits_keep_every_promise(make_base: Callable[[], Resolution], data: st.DataObject, steps: int) -> None:
    base_bytes = to_bytes(Document([Proposal("MOD", "ARB/36A2/1", make_base())]))
    tracked, plain = randomly_edited(data, make_base, steps)
    doc = tracked.document
    edited = to_bytes(doc)
    assert_unique_ids(doc)

    reopened = saved_and_reopened(doc)
    assert mark_table(reopened) == mark_table(doc)

    accept_all(tracked)
    assert to_bytes(doc) == to_bytes(plain.document)
    accepted = to_bytes(doc)
    tracked.undo()
    assert to_bytes(doc) == edited

    reject_all(tracked)
    assert to_bytes(doc) == base_bytes
    rejected = to_bytes(doc)
    tracked.undo()
    assert to_bytes(doc) == edited

    # accept = the final view, reject = the original view, of the marked document as it is
    assert to_bytes(project(doc, "final")) == accepted
    assert to_bytes(project(doc, "original")) == rejected
    # comparing what rejecting and accepting give marks a document with exactly those two views
    compared = compare(read_bytes(rejected), read_bytes(accepted), "ARB", FIXED)
    saved_and_reopened(compared)
    assert resolution_bytes(compared, "original") == resolution_bytes(read_bytes(rejected), "final")
    assert resolution_bytes(compared, "final") == resolution_bytes(read_bytes(accepted), "final")

    while tracked.undo() is not None:
        pass
    assert to_bytes(doc) == base_bytes
