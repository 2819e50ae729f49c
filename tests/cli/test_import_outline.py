"""`main.py import` and `main.py outline` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.xmlio import read_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ARB-36A2-1.xml"

TEXT = """\
MOD\tARB/36A2/9
RESOLUTION 7 (Rev. Hammamet, 2016)
Collaboration with ISO and IEC
The World Telecommunication Standardization Assembly (Hammamet, 2016),
- 3 -
considering
a)\tthe purposes of the Union;
b)\tthe duties of the Sector,
resolves
1\tto invite ISO and IEC to examine the study programme.
Annex to follow.
"""


def test_import_writes_a_valid_document_and_reports_lines_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.txt", tmp_path / "out.xml"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["import", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{src}:5: removed '- 3 -', read as a page number or running header",
        f"{src}:11: kept as an unplaced paragraph: a paragraph without a label after the final clause '1' of 'resolves'",
    ]
    doc = read_file(out)
    assert doc.proposals[0].identifier == "ARB/36A2/9"
    assert [n.text.text() for n in doc.proposals[0].notes] == ["Annex to follow."]


def test_import_of_the_seed_is_silent(seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.xml"
    assert main(["import", str(seed_path), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["outline", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "noting: a) b) c) b) c) d) e) f) g) h) i)"


@pytest.mark.parametrize(("content", "words"), [
    (None, "does not exist"),
    (b"PK\x03\x04 a Word file", "ZIP archive"),
    (b"\x00\x01\x02", "binary data"),
])
def test_unreadable_sources_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, words: str) -> None:
    src, out = tmp_path / "in.txt", tmp_path / "out.xml"
    if content is not None:
        src.write_bytes(content)
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and str(src) in err and "Traceback" not in err
    assert not out.exists()


def test_an_output_that_cannot_be_written_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "missing-folder" / "out.xml"
    assert main(["import", str(src), "-o", str(out)]) == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith(f"error: {out}: could not be saved")


@pytest.mark.parametrize(("view", "noting", "resolves"), [
    ("final", "noting: a) b) c) d) e) f) g) h) i) j) k)", "resolves: 1 2 3 4 5 6 7 8 9 10 11"),
    ("original", "noting: a) b) c) d) e) f) g)", "resolves: 1 2 3 4 5 6 7 8 9 10"),
])
def test_outline_views_of_the_example(capsys: pytest.CaptureFixture[str], view: str, noting: str, resolves: str) -> None:
    assert main(["outline", str(EXAMPLE), "--view", view]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "considering: a) b) c) d) e) f)"
    assert noting in lines and resolves in lines
    assert ("recognizing: ·" in lines) is (view == "final")


def test_outline_of_an_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<resolution", encoding="utf-8")
    assert main(["outline", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}:") and err.count("\n") == 1


def test_main_py_runs_the_commands(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "main.py", "outline", str(EXAMPLE), "--view", "original"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.splitlines()[-1] == "resolves: 1 2 3 4 5 6 7 8 9 10"


FRENCH = """\
RÉSOLUTION 77 (Rév. Lisbonne, 2030)
Surveillance partagée du spectre
L'Assemblée mondiale de normalisation des télécommunications (Lisbonne, 2030),
considérant
a)\tque les stations coûtent cher;
b)\tque les mesures partagées évitent les doublons,
décide
1\tque les administrations partagent leurs résultats.
"""


def test_import_stores_the_detected_language_and_lang_sets_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "fr.txt", tmp_path / "fr.xml"
    src.write_text(FRENCH, encoding="utf-8")
    assert main(["import", str(src), "-o", str(out)]) == 0
    assert read_file(out).language == "fr"
    assert b'xml:lang="fr"' in out.read_bytes()
    assert main(["import", str(src), "-o", str(out), "--lang", "es"]) == 0
    assert read_file(out).language == "es"
    assert "read as Spanish (given)" in capsys.readouterr().err
