"""A Word file opened or imported in the window: a new untitled document, and the Import messages list beside it.

File > Open and File > Import on a .docx, and `main.py FILE.docx`, all take
the way of an import: the file is read, never written, the document is
untitled and unsaved, and what the importer reported is listed as "FILE:
paragraph N: message".  A hostile or broken Word file leaves the open
document as it was and is told in one sentence naming the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.gui.main_window import MainWindow
from editor.xmlio import to_bytes
from tests.factories import assert_valid
from tests.hostile import word_cases
from tests.wordfiles import body, heading, package, para, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def word_file(tmp_path: Path) -> Path:
    """A drafter's Word file in the ITU styles, whose last paragraph holds a DATE field, which the importer reports."""
    path = tmp_path / "draft.docx"
    paragraphs = [*heading("RESOLUTION 7 (Rev. Hammamet, 2016)"), para("", run("a)\tthat the "), run("work", "i"), run(" goes on,")),
                  para("Call", run("resolves")), para("", run("1\tto continue the work.")),
                  para("", run("2\tto report on "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>'
                               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 May</w:t></w:r>'
                               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')]
    path.write_bytes(package(body("".join(paragraphs))))
    return path


def _imported_as_untitled(window: MainWindow, path: Path, before: bytes) -> None:
    assert window.controller.path is None
    assert window.windowTitle().startswith("Untitled")
    assert window.isWindowModified(), "an import is unsaved work: closing must ask"
    res = window.controller.session.document.proposals[0].resolution
    assert res is not None and [c.text.text() for s in res.sections for c in s.clauses] == [
        "that the work goes on,", "to continue the work.", "to report on 1 May"]
    assert "that the work goes on," in window.view.toPlainText()
    report = window.import_report
    assert report is not None and report.isVisible()
    assert f"{path}: paragraph 8: the field DATE is kept as the text it shows" in report.messages()
    assert all(m.startswith(f"{path}: ") for m in report.messages())
    count = len(report.messages())
    assert f"had to judge {count} place(s) in it" in report.summary.text()  # paragraphs of a Word file, not lines
    assert f"{count} place(s) to check" in window.statusBar().currentMessage()
    assert path.read_bytes() == before, "the Word file is read, never written"
    assert window.suggested_save_path == path.with_suffix(".xml")
    assert_valid(window.controller.session.document)


def test_file_open_on_a_word_file_imports_it_as_a_new_untitled_document(window: MainWindow, word_file: Path) -> None:
    before = word_file.read_bytes()
    window.choose_open_path = lambda: word_file
    assert window.open_dialog()
    _imported_as_untitled(window, word_file, before)


def test_file_import_on_a_word_file_imports_it_as_a_new_untitled_document(window: MainWindow, word_file: Path) -> None:
    before = word_file.read_bytes()
    window.choose_import_path = lambda: word_file
    assert window.import_text_dialog()
    _imported_as_untitled(window, word_file, before)
    place = window.import_report.place_of(window.import_report.messages().index(
        f"{word_file}: paragraph 8: the field DATE is kept as the text it shows"))
    assert place is not None, "the message leads to the paragraph's place in the document"


@pytest.mark.parametrize("case", ["docx-zip-bomb-total", "docx-doctype", "docx-missing-document", "docx-encrypted",
                                  "docx-corrupt-part", "docx-not-word-zip"])
@pytest.mark.parametrize("way", ["open", "import"])
def test_a_hostile_or_broken_word_file_leaves_the_open_document_and_says_why_once(
        window: MainWindow, tmp_path: Path, case: str, way: str) -> None:
    path = tmp_path / f"{case}.docx"
    path.write_bytes(word_cases()[case])
    before = to_bytes(window.controller.session.document)
    if way == "open":
        window.choose_open_path = lambda: path
        assert not window.open_dialog()
    else:
        window.choose_import_path = lambda: path
        assert not window.import_text_dialog()
    (told,) = window.errors
    assert str(path) in told and "\n" not in told and "Traceback" not in told
    assert to_bytes(window.controller.session.document) == before
    assert window.controller.path is not None or not window.isWindowModified()
    assert window.import_report is None or not window.import_report.isVisible()


def test_main_py_with_a_word_file_opens_it_in_the_window(word_file: Path, tmp_path: Path) -> None:
    """`main.py FILE.docx` (here with --screenshot, which opens the file as the window does and prints it) imports it."""
    from PySide6.QtGui import QImage

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    out = tmp_path / "word.png"
    done = subprocess.run([sys.executable, "main.py", str(word_file), "--screenshot", str(out), "--size", "800x600"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == 800
    assert not word_file.with_suffix(".xml").exists(), "nothing is saved"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(word_cases()["docx-encrypted"])
    done = subprocess.run([sys.executable, "main.py", str(broken), "--screenshot", str(tmp_path / "no.png")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "password-protected" in done.stderr
