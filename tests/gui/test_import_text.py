"""File > Import Text… and Open on a .txt file: a new untitled document, the importer's messages beside it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.gui.main_window import MainWindow
from editor.xmlio import read_file, to_bytes
from tests.factories import assert_valid

CLAUSES = """RESOLUTION 99 (Geneva, 2022)

Test of importing

The World Telecommunication Standardization Assembly (Geneva, 2022),

considering

a) that a first thing is true;

b) that a second thing is true,

resolves

1 to do something.
"""


@pytest.fixture
def seed_copy(seed_path: Path, tmp_path: Path) -> Path:
    """The ARB/36A2/1 seed in the test's folder, so that nothing is written beside the shared one."""
    target = tmp_path / "ARB-36A2-1.txt"
    shutil.copyfile(seed_path, target)
    return target


def test_import_text_makes_an_untitled_document_and_the_checks_show_its_errors(window: MainWindow, seed_copy: Path) -> None:
    from editor.app import dock_panels

    dock_panels(window)
    window.choose_import_path = lambda: seed_copy
    before = seed_copy.read_bytes()
    assert window.import_text_dialog()
    assert window.controller.path is None
    assert window.windowTitle().startswith("Untitled")
    assert window.isWindowModified(), "an import is unsaved work: closing must ask"
    assert "Collaboration with the International Organization for Standardization" in window.view.toPlainText()
    errors = [p for p in window.controller.problems() if p.severity == "error"]
    assert errors, "the seed's drafting errors are listed at once"
    problems = window.panels["dock-ProblemsPanel"]
    assert problems.isVisible()
    assert len(problems.widget().problems) == len(window.controller.problems())
    assert "error" in window.problems_label.text() and not window.problems_label.text().startswith("0 error")
    assert seed_copy.read_bytes() == before
    assert_valid(window.controller.session.document)


def test_save_after_an_import_asks_for_a_name_and_never_writes_the_text(window: MainWindow, seed_copy: Path) -> None:
    before = seed_copy.read_bytes()
    assert window.open_path(seed_copy)  # Open on a .txt file imports it
    asked: list[bool] = []
    target = seed_copy.with_suffix(".xml")

    def choose() -> Path:
        asked.append(True)
        return target

    window.choose_save_path = choose
    assert window.suggested_save_path == target, "Save As proposes the text's name as .xml, beside it"
    assert window.save()
    assert asked == [True]
    assert seed_copy.read_bytes() == before
    assert to_bytes(read_file(target)) == to_bytes(window.controller.session.document)
    assert not window.isWindowModified()
    assert window.controller.path == target


def test_the_importers_messages_are_listed_without_blocking_the_window(window: MainWindow, tmp_path: Path) -> None:
    text = tmp_path / "copied.txt"
    text.write_bytes(CLAUSES.replace("something", "caf\u00e9 things").encode("cp1252"))  # not UTF-8: the importer says so
    assert window.open_path(text)
    report = window.import_report
    assert report is not None and report.isVisible() and not report.isModal()
    lines = report.messages()
    assert lines and all(line.startswith(f"{text}:") for line in lines)
    assert any("Windows-1252" in line for line in lines)
    assert "copied.txt" in window.statusBar().currentMessage()
    assert "café things" in window.view.toPlainText()
    assert str(text.resolve()) == window.recent_files()[0]

    clean = tmp_path / "clean.txt"
    clean.write_text(CLAUSES, encoding="utf-8")
    assert window.open_path(clean)
    assert not report.isVisible(), "the list of the earlier import is put away"
    assert_valid(window.controller.session.document)


def test_a_text_that_cannot_be_read_is_one_sentence_and_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    before = to_bytes(window.controller.session.document)
    pdf = tmp_path / "paper.txt"
    pdf.write_bytes(b"%PDF-1.7\n%binary")
    missing = tmp_path / "missing.txt"
    for path in (pdf, missing):
        window.choose_import_path = lambda p=path: p
        assert not window.import_text_dialog()
        message = window.errors[-1]
        assert str(path) in message and "\n" not in message and "Traceback" not in message
    assert len(window.errors) == 2
    assert to_bytes(window.controller.session.document) == before
    assert window.import_report is None
    assert_valid(window.controller.session.document)


def test_import_text_asks_about_unsaved_changes_first(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "t.txt"
    text.write_text(CLAUSES, encoding="utf-8")
    clause = window.controller.session.document.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    window.view.place_cursor(clause, "text", 0)
    qtbot.keyClicks(window.view, "x")
    before = to_bytes(window.controller.session.document)
    window.save_answer = "cancel"
    window.choose_import_path = lambda: text
    assert not window.import_text_dialog()
    assert window.asked == 1
    assert to_bytes(window.controller.session.document) == before
    assert_valid(window.controller.session.document)


def test_screenshot_of_an_imported_text_with_a_problem_shown(seed_copy: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", str(seed_copy), "--screenshot", *args], cwd=root, env=env,
                              capture_output=True, text=True, timeout=120)

    out = tmp_path / "problems.png"
    result = run(str(out), "--problem", "1", "--size", "900x600")
    assert result.returncode == 0, result.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (900, 600)
    assert not seed_copy.with_suffix(".xml").exists(), "a screenshot saves nothing"
    result = run(str(tmp_path / "none.png"), "--problem", "999")
    assert result.returncode == 2 and result.stderr.splitlines()[-1] == "error: there is no problem 999 to show"
    assert not (tmp_path / "none.png").exists()


def test_show_problem_selects_the_row_with_its_neighbours_and_reveals_the_clause(window: MainWindow, seed_copy: Path) -> None:
    from editor.app import dock_panels, show_problem

    dock_panels(window)
    window.resize(1400, 900)
    assert window.open_path(seed_copy)
    panel = window.panels["dock-ProblemsPanel"].widget()
    panel.view.setFixedHeight(110)  # a short list: a few rows show at a time
    rows = panel.problems
    number = next(n for n, p in enumerate(rows, 1) if p.rule.startswith("lettering") and n < len(rows))
    assert show_problem(window, number)
    assert panel.selected() == rows[number - 1]
    viewport = panel.view.viewport().rect()
    for row in (number - 1, number):  # the row and the one after it are both in sight
        assert viewport.contains(panel.view.visualRect(panel.model.index(row, 0)).center())
    clause = window.controller.session.document.find(rows[number - 1].node_uid)
    assert window.view.textCursor().block().text().endswith(clause.text.text("markup"))
    assert not show_problem(window, len(rows) + 1)
    assert_valid(window.controller.session.document)
