"""docs/checks.md documents every rule the engine can report."""

from __future__ import annotations

from pathlib import Path

from editor.rules.engine import FIXERS, RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "checks.md"


def test_every_rule_is_documented_and_every_fix_belongs_to_a_rule() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert [rule for rule in RULES if f"`{rule}`" not in text] == []
    assert set(FIXERS) <= set(RULES)
    assert len(set(RULES)) == len(RULES)
