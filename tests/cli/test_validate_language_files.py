"""`main.py validate` with a broken language file in the drafter's own folder: one warning naming the file and the
line, the built-in data checks the text, the exit status is the document's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.languages import user_folder
from tests.conftest import EXAMPLES


def _broken_french_file() -> Path:
    user = user_folder() / "fr.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[fixed]\nreasons = { text = "Motifs :", verified = true\nsource = "S" }\n', encoding="utf-8")
    return user


def test_a_broken_user_language_file_is_one_warning_and_the_built_in_data_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    user = _broken_french_file()
    path = str(shutil.copy(EXAMPLES / "R62-MOD-fr.xml", tmp_path / "R62-MOD-fr.xml"))
    assert main(["validate", path]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{path}: valid"  # the French keywords and words of the shipped data
    assert err.splitlines() == [f"warning: {user}:2:47: not valid TOML: Unclosed inline table; the built-in French data is used instead"]
    assert main(["validate", path, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [] and "fr.toml:2:47" in err  # standard output stays JSON


def test_a_user_file_with_a_wrong_entry_names_the_key(capsys: pytest.CaptureFixture[str]) -> None:
    user = user_folder() / "ar.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[keywords.considering]\nkind = "both"\n', encoding="utf-8")
    assert main(["validate", str(EXAMPLES / "ACP-67A1-ar.xml")]) == 0
    assert capsys.readouterr().err == (f"warning: {user}: keywords.considering.kind: must be one of preambular, operative, "
                                       "not 'both'; the built-in Arabic data is used instead\n")
