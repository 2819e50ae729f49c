"""`main.py validate FILE --spelling`: misspelled words reported, the exit status left to the drafting checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.inline import Span
from editor.xmlio import save
from tests.factories import base_document
from tests.spelling.support import require


def misspelled_file(tmp_path: Path) -> str:
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.sections[1].clauses[0].text.spans = [Span("that the working methds are not the same;")]
    path = tmp_path / "doc.xml"
    save(doc, path)
    return str(path)


def test_misspellings_are_listed_and_a_valid_document_stays_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    require("en", tmp_path)
    path = misspelled_file(tmp_path)
    assert main(["validate", path]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: valid"  # without --spelling, as before
    assert main(["validate", path, "--spelling"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f'{path}: spelling: noting, clause 1 (a)): "methds" is not in the English dictionary [spelling; fix: replace with "')
    assert lines[-1] == f"{path}: valid, 1 misspelled word(s)"
    assert main(["validate", path, "--spelling", "--format", "json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert (item["severity"], item["rule"], item["section"], item["clause"]) == ("spelling", "spelling", "noting", 1)
    assert item["fix"].startswith('replace with "')


def test_a_language_without_a_dictionary_is_named_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = misspelled_file(tmp_path)
    assert main(["validate", path, "--spelling", "--language", "zh"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{path}: valid"
    assert err.strip() == f"{path}: spelling not checked: no dictionary for Chinese: its text is not checked"
