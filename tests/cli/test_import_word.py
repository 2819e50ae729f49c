"""`main.py import FILE.docx -o OUT.xml` as a user runs it: a valid document, the messages as "FILE: paragraph N: message"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.export.docx.writer import write
from editor.xmlio import read_file, to_bytes
from tests.factories import word_canonical
from tests.hostile import word_cases
from tests.wordfiles import body, heading, package, para, run

ROOT = Path(__file__).resolve().parents[2]


def test_import_of_a_word_file_writes_the_document_and_reports_paragraphs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "draft.docx", tmp_path / "draft.xml"
    box = ('<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Draft only</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>')
    src.write_bytes(package(body("".join([*heading(), para("", run("a)\tthat the "), run("work", "i"), run(" goes on,"), box),
                                          para("Call", run("resolves")), para("", run("1\tto continue."))]))))
    assert main(["import", str(src), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"{src}: paragraph 5: a text box cannot be placed in the document: its text is kept as a note",
        f"{src}: paragraph 5: kept as an unplaced paragraph: the text of a text box",
    ]
    document = read_file(out)
    assert [n.text.text() for n in document.proposals[0].notes] == ["Draft only"]
    res = document.proposals[0].resolution
    assert res is not None and [(s.text, s.italic) for s in res.sections[0].clauses[0].text.spans] == [
        ("that the ", False), ("work", True), (" goes on,", False)]


def test_import_of_the_french_example_exported_says_it_read_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = read_file(ROOT / "examples" / "R62-MOD-fr.xml")
    src, out = tmp_path / "R62.docx", tmp_path / "R62.xml"
    write(example, src)
    assert main(["import", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{src}: read as French (")
    assert word_canonical(read_file(out)) == word_canonical(example)


@pytest.mark.parametrize(("case", "words"), [
    ("docx-zip-bomb", "inflates to more than 64 MiB"), ("docx-doctype", "DOCTYPE"), ("docx-encrypted", "password-protected"),
    ("docx-odt", "OpenDocument"), ("docx-missing-document", "main part"), ("docx-empty", "is empty"),
])
def test_a_hostile_or_broken_word_file_exits_2_with_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, words: str) -> None:
    src, out = tmp_path / f"{case}.docx", tmp_path / "out.xml"
    src.write_bytes(word_cases()[case])
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and str(src) in err and "Traceback" not in err
    assert not out.exists()


def test_main_py_import_runs_on_a_word_file(tmp_path: Path) -> None:
    src, out = tmp_path / "in.docx", tmp_path / "out.xml"
    src.write_bytes(package(body("".join([*heading(), para("", run("a)\tthat the work goes on."))]))))
    done = subprocess.run([sys.executable, "main.py", "import", str(src), "-o", str(out)], cwd=ROOT, capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert to_bytes(read_file(out)).count(b"<clause>") == 1
