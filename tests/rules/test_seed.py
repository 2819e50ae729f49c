"""The seed proposal ARB/36A2/1 as imported from text, and the examples made from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.importers.plaintext import import_file
from editor.model.session import EditSession
from editor.rules.engine import check_document, fix_all
from editor.xmlio import read_file
from tests.factories import assert_valid
from tests.rules.documents import labels

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _where(problems: list) -> list[tuple[str, str | None, int | None, str | None]]:
    return [(p.rule, p.section, p.clause, p.label) for p in problems]


def test_seed_import_shows_exactly_its_known_errors(seed_path: Path) -> None:
    doc = import_file(seed_path).document
    problems = check_document(doc)
    drafting = [p for p in problems if p.rule.startswith(("lettering.", "punctuation.", "keyword.", "xref."))]
    assert _where(drafting) == [
        ("lettering.duplicate", "noting", 4, "b)"),
        ("lettering.duplicate", "noting", 5, "c)"),
        ("punctuation.clause", "recognizing", 1, ""),
        ("lettering.duplicate", "resolves", 2, "1"),
    ]
    assert all(p.severity == "error" and p.view == "final" for p in drafting)
    assert "must end with \",\"" in drafting[2].message
    # what plain text cannot carry: the revision marks (so the dates read run together), the Reasons, the cover page
    others = sorted({p.rule for p in problems if p not in drafting})
    assert others == ["cover.empty", "dates.missing", "proposal.mod-no-marks", "proposal.reasons"]


def test_fixing_the_seed_reletters_and_renumbers(seed_path: Path) -> None:
    doc = import_file(seed_path).document
    session = EditSession(doc, author="ARB", tracking=True)
    fix_all(session)
    res = doc.proposals[0].resolution
    assert res is not None
    by_keyword = {s.keyword.text("final"): s for s in res.sections}
    assert labels(by_keyword["noting"]) == [chr(c) + ")" for c in range(ord("a"), ord("k") + 1)]
    assert labels(by_keyword["resolves"]) == [str(n) for n in range(1, 12)]
    assert by_keyword["recognizing"].clauses[0].text.text("final").endswith(",")
    assert res.adoption.text("final").endswith("Geneva, 2022") and "Hammamet" not in res.adoption.text("final")
    assert [p for p in check_document(doc) if p.severity == "error"] == []
    assert_valid(doc)


@pytest.mark.parametrize("name", ["ARB-36A2-1.xml", "R07-Hammamet-2016.xml"])
def test_examples_have_no_problems(name: str) -> None:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"examples/{name} is not present")
    assert check_document(read_file(path)) == []


def test_seed_from_the_command_line(seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's acceptance: import, validate, fix, outline."""
    import json

    from editor.cli import main

    imported, fixed = str(tmp_path / "seed.xml"), str(tmp_path / "fixed.xml")
    assert main(["import", str(seed_path), "-o", imported]) == 0
    capsys.readouterr()
    assert main(["validate", imported, "--format", "json"]) == 1
    found = {(p["section"], p["clause"], p["label"], p["rule"]) for p in json.loads(capsys.readouterr().out)}
    assert {("noting", 4, "b)", "lettering.duplicate"), ("noting", 5, "c)", "lettering.duplicate"),
            ("resolves", 2, "1", "lettering.duplicate"), ("recognizing", 1, "", "punctuation.clause")} <= found
    assert main(["fix", imported, "-o", fixed, "--author", "ARB"]) == 0
    capsys.readouterr()
    assert main(["outline", fixed]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "noting: a) b) c) d) e) f) g) h) i) j) k)" in lines
    assert "resolves: 1 2 3 4 5 6 7 8 9 10 11" in lines
    assert main(["validate", str(EXAMPLES / "ARB-36A2-1.xml")]) == 0
