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


FRENCH_TEXT = """RÉSOLUTION 7 (Rév. Hammamet, 2016)
Collaboration
L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),
considérant
a)\tque alpha;
b)\tque beta,
décide
1\tque gamma.
"""


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    """Every command that loads language data, each on the French example (or a French text)."""
    french = str(shutil.copy(EXAMPLES / "R62-MOD-fr.xml", tmp_path / "R62-MOD-fr.xml"))
    text = tmp_path / "fr.txt"
    text.write_text(FRENCH_TEXT, encoding="utf-8")
    return {
        "import": ["import", str(text), "-o", str(tmp_path / "imported.xml"), "--lang", "fr"],
        "export": ["export", french, "--docx", str(tmp_path / "out.docx")],
        "pdf": ["pdf", french, "-o", str(tmp_path / "out.pdf")],
        "validate": ["validate", french],
        "new-mod": ["new-mod", french, "--place", "Genève", "--year", "2024", "--action", "ADD", "-o", str(tmp_path / "add.xml")],
    }


@pytest.mark.parametrize("command", ["import", "export", "pdf", "validate", "new-mod"])
def test_every_command_reading_the_language_data_says_once_that_a_user_file_is_broken(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    user = _broken_french_file()
    assert main(_commands(tmp_path)[command]) in (0, 1)  # the document's own status, whatever the user file
    warning = f"warning: {user}:2:47: not valid TOML: Unclosed inline table; the built-in French data is used instead"
    assert capsys.readouterr().err.splitlines().count(warning) == 1
    assert main(_commands(tmp_path)[command]) in (0, 1)
    assert capsys.readouterr().err.splitlines().count(warning) == 1, "said again by the next command, once"


def test_a_command_that_reads_no_french_data_says_nothing_of_the_french_file(tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    _broken_french_file()
    english = str(shutil.copy(EXAMPLES / "R07-Hammamet-2016.xml", tmp_path / "R07.xml"))
    assert main(["validate", english]) == 0
    assert "fr.toml" not in capsys.readouterr().err
