"""The shipped example: outline of both views, and compare giving back a faithful MOD."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.model import project
from editor.revisions.compare import compare
from editor.revisions.review import list_changes
from editor.xmlio import read_file, save
from tests.revisions.checks import FIXED, resolution_bytes, saved_and_reopened

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PROPOSAL = EXAMPLES / "ARB-36A2-1.xml"
BASE = EXAMPLES / "R07-Hammamet-2016.xml"


def _outline(path: Path, view: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["outline", str(path), "--view", view]) == 0
    return capsys.readouterr().out.splitlines()


def test_outline_gives_base_and_new_lettering_of_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert _outline(PROPOSAL, "original", capsys) == _outline(BASE, "final", capsys)
    final = _outline(PROPOSAL, "final", capsys)
    assert "noting: a) b) c) d) e) f) g) h) i) j) k)" in final
    assert "resolves: 1 2 3 4 5 6 7 8 9 10 11" in final


def test_compare_of_base_and_proposal_final_view_is_a_faithful_mod(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    proposal = read_file(PROPOSAL)
    final_path, marked_path = tmp_path / "final.xml", tmp_path / "marked.xml"
    save(project(proposal, "final"), final_path)
    assert main(["compare", str(BASE), str(final_path), "-o", str(marked_path), "--author", "ARB", "--date", FIXED]) == 0
    capsys.readouterr()
    marked = read_file(marked_path)
    assert resolution_bytes(marked, "original") == BASE.read_bytes()
    assert resolution_bytes(marked, "final") == resolution_bytes(proposal, "final")
    for view in ("original", "final"):
        assert _outline(marked_path, view, capsys) == _outline(PROPOSAL, view, capsys)

    made, recorded = list_changes(marked), list_changes(proposal)
    assert [(c.kind, c.text) for c in made[:5]] == [(c.kind, c.text) for c in recorded[:5]], "the three date updates"
    blocks = [(c.kind, c.text, c.location) for c in made if c.is_block]
    assert blocks == [(c.kind, c.text, c.location) for c in recorded if c.is_block], "inserted clauses and section as blocks"
    assert {c.location for c in made} == {c.location for c in recorded}, "changes exactly where the drafter made them"
    assert len(made) <= len(recorded) * 1.1, "no cascade of small marks"


def test_compare_with_itself_marks_nothing() -> None:
    base = read_file(BASE)
    marked = compare(base, base, "ARB", FIXED)
    assert list_changes(marked) == []
    saved_and_reopened(marked)


def test_new_mod_on_the_in_force_text_starts_as_the_real_proposal_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new.xml"
    args = ["new-mod", str(BASE), "--place", "Geneva", "--year", "2022", "--id", "ARB/36A2/1", "--author", "ARB", "-o", str(out)]
    assert main(args) == 0
    started = list_changes(read_file(out))
    real = list_changes(read_file(PROPOSAL))
    assert [(c.kind, c.text, c.location) for c in started] == [(c.kind, c.text, c.location) for c in real[:5]]
