"""What the editor itself hands a drafter carries no drafting error.

A template or a freshly made proposal that the checks flag teaches the drafter
to ignore the Problems panel; each starting point is checked here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.revisions.newmod import new_contribution
from editor.rules.engine import check_document
from editor.xmlio import read_file

ROOT = Path(__file__).resolve().parents[2]
STARTING_POINTS = sorted((ROOT / "resources" / "templates").glob("*.xml")) + sorted((ROOT / "examples").glob("*.xml"))


@pytest.mark.parametrize("path", STARTING_POINTS, ids=lambda p: p.name)
def test_templates_and_examples_have_no_drafting_error(path: Path) -> None:
    errors = [p for p in check_document(read_file(path)) if p.severity == "error"]
    assert errors == [], [f"{p.location()}: {p.message}" for p in errors]


@pytest.mark.parametrize("action", ["MOD", "SUP", "NOC", "ADD"])
def test_a_new_proposal_is_flagged_only_for_what_the_drafter_must_still_write(action: str) -> None:
    base = read_file(ROOT / "examples" / "R07-Hammamet-2016.xml")
    doc = new_contribution(base, "Geneva", "2022", action=action, identifier="ARB/36A2/1", author="ARB")
    left = {p.rule for p in check_document(doc)}
    # Reasons and the cover's title and source are the drafter's to write; nothing else may be wrong in what the editor made.
    assert left <= {"proposal.reasons", "cover.empty"}, left
