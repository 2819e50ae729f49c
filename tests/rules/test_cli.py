"""`main.py validate` and `main.py fix`: exit codes, text and JSON output, fixed files that validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Clause
from editor.xmlio import read_file, save
from tests.factories import base_document, mod_document
from tests.rules.documents import labels, seed_like

KEYS = {"severity", "rule", "message", "proposal", "section", "clause", "label", "subitem", "fix"}


def written(tmp_path: Path, doc, name: str = "doc.xml") -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    save(doc, path)
    return str(path)


def test_validate_clean_document_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = written(tmp_path, base_document())
    assert main(["validate", path]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: valid"
    assert main(["validate", path, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_validate_reports_errors_as_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = written(tmp_path, seed_like())
    assert main(["validate", path]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(line.endswith("noting: clause 4 is lettered b) but should be d) (b) is already clause 2) [lettering.duplicate; fix: reletter the section]") for line in lines)
    assert lines[-1].endswith("error(s), 0 warning(s)")
    assert main(["validate", path, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert all(set(item) == KEYS for item in data)
    at = {(p["section"], p["clause"], p["label"]): p for p in data}
    assert at[("noting", 4, "b)")]["rule"] == "lettering.duplicate"
    assert at[("noting", 5, "c)")]["severity"] == "error"
    assert at[("resolves", 2, "1")]["fix"] == "renumber the section"
    assert at[("recognizing", 1, "")]["rule"] == "punctuation.clause"
    assert all(p["subitem"] is None for p in data)


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc, _ = mod_document()
    doc.proposals[0].reasons.spans = []
    assert main(["validate", written(tmp_path, doc), "--format", "json"]) == 0
    assert [p["rule"] for p in json.loads(capsys.readouterr().out)] == ["proposal.reasons"]


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<resolution version='1'><number>7</number>", encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    assert "not well-formed" in capsys.readouterr().err
    invalid = tmp_path / "invalid.xml"
    invalid.write_text("<resolution version='1' body='WTSA'><title>T</title></resolution>", encoding="utf-8")
    assert main(["validate", str(invalid), "--format", "json"]) == 2
    assert json.loads(capsys.readouterr().out)[0]["severity"] == "fatal"


def test_fix_writes_a_relettered_valid_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, out = written(tmp_path, seed_like()), str(tmp_path / "fixed.xml")
    assert main(["fix", path, "-o", out]) == 0
    res = read_file(out).proposals[0].resolution
    assert res is not None
    assert labels(res.sections[1]) == [chr(c) + ")" for c in range(ord("a"), ord("k") + 1)]
    assert labels(res.sections[3]) == [str(n) for n in range(1, 12)]
    assert res.sections[2].clauses[0].text.text().endswith(",")
    assert main(["validate", out]) == 0
    assert "fix(es) applied" in capsys.readouterr().out


def test_fix_only_one_rule(tmp_path: Path) -> None:
    path, out = written(tmp_path, seed_like()), str(tmp_path / "fixed.xml")
    assert main(["fix", path, "--rule", "punctuation", "-o", out]) == 1
    res = read_file(out).proposals[0].resolution
    assert res is not None
    assert labels(res.sections[3])[:2] == ["1", "1"]
    assert res.sections[2].clauses[0].text.text().endswith(",")


def test_fix_in_a_mod_is_tracked_unless_told_otherwise(tmp_path: Path) -> None:
    doc, session = mod_document()
    noting = doc.proposals[0].resolution.sections[1]  # type: ignore[union-attr]
    session.tracking = False
    session.insert_node(noting, "clauses", 0, Clause("a)", "that the base text had this;"))
    path = written(tmp_path, doc)
    tracked, plain = str(tmp_path / "tracked.xml"), str(tmp_path / "plain.xml")
    assert main(["fix", path, "-o", tracked, "--author", "Arab States"]) == 0
    label = read_file(tracked).proposals[0].resolution.sections[1].clauses[1].label  # type: ignore[union-attr]
    assert (label.text("original"), label.text("final")) == ("a)", "b)")
    assert {s.mark.author for s in label.spans if s.mark} == {"Arab States"}
    assert main(["fix", path, "-o", plain, "--no-track"]) == 0
    label = read_file(plain).proposals[0].resolution.sections[1].clauses[1].label  # type: ignore[union-attr]
    assert not label.has_marks() and label.text() == "b)"


def test_fix_unknown_rule_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", written(tmp_path, seed_like()), "--rule", "spelling", "-o", str(tmp_path / "x.xml")]) == 2
    assert "no check named 'spelling'" in capsys.readouterr().err
    assert not (tmp_path / "x.xml").exists()


def test_text_lines_carry_the_location_the_problems_panel_shows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = seed_like()
    doc.proposals[0].action, doc.proposals[0].identifier = "MOD", "ARB/36A2/1"
    path = written(tmp_path, doc)
    assert main(["validate", path]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert (f"{path}: error: MOD ARB/36A2/1, noting, clause 4 (b)): noting: clause 4 is lettered b) but should be d) "
            "(b) is already clause 2) [lettering.duplicate; fix: reletter the section]") in lines
    assert any(line.startswith(f"{path}: error: MOD ARB/36A2/1, resolves, clause 2 (1): ") for line in lines)
    assert any(line.startswith(f"{path}: warning: MOD ARB/36A2/1, Reasons: ") for line in lines)
