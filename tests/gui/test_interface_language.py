"""The window's own texts in French, Spanish and Arabic: the .ts files are complete, load, and Arabic runs right to left."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from editor.app import _parse, build_window
from editor.export.blocks import LRI, PDI
from editor.gui import interface_language
from editor.gui.problems_panel import ProblemsPanel
from editor.model import Inline
from editor.model.session import EditSession
from editor.rules.engine import check_document
from editor.rules.problem import Problem, severity_counts
from editor.spelling import check_spelling
from tests.factories import base_document
from tests.gui.conftest import Host
from tests.gui.reading import glyph_lefts

FOLDER = interface_language.TRANSLATIONS
ROOT = FOLDER.parents[1]
CODES = ("fr", "es", "ar")
NUMERUS_FORMS = {"fr": 2, "es": 2, "ar": 6}  # Qt's plural forms of each language
PLACEHOLDER = re.compile(r"%[0-9s]")


def tool(name: str) -> str:
    """A PySide6 tool from the venv that runs the tests (installed with PySide6 itself)."""
    path = Path(sys.executable).parent / name
    assert path.exists(), f"{name} is installed with PySide6"
    return str(path)


def messages(code: str) -> list[etree._Element]:
    return list(etree.parse(str(FOLDER / f"resolution_editor_{code}.ts")).iter("message"))


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled as the Makefile does, into a folder of this test's own."""
    folder = tmp_path_factory.mktemp("qm")
    for code in CODES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(FOLDER / f"resolution_editor_{code}.ts"),
                        "-qm", str(folder / f"resolution_editor_{code}.qm")], check=True, capture_output=True, timeout=60)
    return folder


@pytest.fixture
def interface(qapp, compiled: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Apply an interface language; the translators and the direction are put back afterwards."""
    installed = []

    def apply(code: str) -> None:
        installed.extend(interface_language.apply(qapp, code, compiled))

    yield apply
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@contextmanager
def window(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window built as at start (its texts are translated while it is made), closed afterwards."""
    win = build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path / "rec", panels=False)
    try:
        yield win
    finally:
        win.controller.close()
        win.deleteLater()


@pytest.mark.parametrize("code", CODES)
def test_every_entry_is_translated_with_its_placeholders(code: str) -> None:
    found = messages(code)
    assert found
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"{code}: {source!r} is unfinished"
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == NUMERUS_FORMS[code] and all(f.strip() for f in forms), f"{code}: {source!r}"
            continue
        text = translation.text or ""
        assert text.strip(), f"{code}: {source!r} has an empty translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), f"{code}: {source!r} → {text!r}"


def test_the_ts_files_hold_every_string_of_the_window(tmp_path: Path) -> None:
    """lupdate run on the sources now finds no string that the .ts files lack (make update-translations adds them)."""
    sources = [str(ROOT / "editor" / "app.py"), *map(str, sorted((ROOT / "editor" / "gui").rglob("*.py")))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in etree.parse(str(fresh)).iter("context") for m in c.iter("message")}
    assert wanted
    for code in CODES:
        have = {(c.findtext("name"), m.findtext("source"))
                for c in etree.parse(str(FOLDER / f"resolution_editor_{code}.ts")).iter("context") for m in c.iter("message")}
        assert not wanted - have, f"{code}: not in the .ts yet: {sorted(wanted - have)[:5]}"
        assert "" not in {context for context, _ in wanted}, "every string names its context"


def test_the_french_translation_changes_the_menus(interface, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interface("fr")
    with window(tmp_path) as win:
        assert win.file_menu.title() == "&Fichier"
        assert win.act_save.text() == "&Enregistrer"
        assert win.view_label.text().startswith("Affichage : ")
        assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_spanish_translation_changes_the_menus(interface, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interface("es")
    with window(tmp_path) as win:
        assert win.file_menu.title() == "&Archivo"
        assert win.edit_menu.title() == "&Edición"


def test_arabic_turns_the_interface_right_to_left(interface, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interface("ar")
    with window(tmp_path) as win:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.file_menu.title() == "&ملف"


def test_the_language_comes_from_the_option_then_the_setting_then_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert interface_language.chosen(None, settings, french) == "fr"
    assert interface_language.chosen(None, settings, QLocale(QLocale.Language.German)) == "en"  # no German translation
    settings.setValue(interface_language.SETTING, "ar")
    assert interface_language.chosen(None, settings, french) == "ar"
    assert interface_language.chosen("es", settings, french) == "es"
    assert _parse(["--ui-language", "fr"]).ui_language == "fr"


def test_the_menu_keeps_the_choice_for_the_next_start(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with window(tmp_path) as win:
        win.act_interface["es"].trigger()
        assert win.settings.value(interface_language.SETTING) == "es"
        assert interface_language.chosen(None, win.settings, QLocale(QLocale.Language.French)) == "es"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the running window stays as it started


class _Listed:
    """A ProblemSource that holds a fixed list (the panel only reads it here)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def add_listener(self, cb: object) -> None: ...

    def remove_listener(self, cb: object) -> None: ...

    def fixable(self, problem: Problem) -> bool:
        return problem.fix is not None

    def apply_fix(self, problem: Problem) -> None: ...


def test_the_status_bar_and_the_problems_list_count_in_the_same_words(interface, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interface("fr")
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.sections[1].clauses[1].label = Inline.plain("c)")  # b) lettered c): lettering errors
    with window(tmp_path) as win:
        win.load_document(doc)
        panel = ProblemsPanel(win.controller, win.controller.rule_engine)
        qtbot.addWidget(panel)
        counts = severity_counts(win.controller.problems())
        assert counts["error"] >= 1
        said = f"{counts['error']} erreur" + ("s" if counts["error"] > 1 else "")
        assert win.problems_label.text().startswith(said + ", ")
        assert panel.summary.text() == win.problems_label.text()


def test_the_problems_panel_names_the_severity_in_the_interface_and_keeps_the_check_s_sentence(interface, qtbot) -> None:  # type: ignore[no-untyped-def]
    interface("ar")
    doc = base_document()
    res = doc.proposals[0].resolution
    assert res is not None
    res.sections[1].keyword = Inline.plain("conisdering")
    res.sections[0].clauses[0].text = Inline.plain("the purposes of the Union to recieve;")
    drafting = check_document(doc)
    spelling, speller = check_spelling(doc, "en")
    if not speller.available:
        pytest.skip("no English dictionary installed (aspell-en)")
    panel = ProblemsPanel(Host(EditSession(doc)), _Listed([*drafting, *spelling]))  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    model = panel.model
    rows = [(model.data(model.index(row, 0)), model.data(model.index(row, 2)), model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())]
    shown = {problem.severity: severity for problem, (severity, _, _) in zip(panel.problems, rows, strict=True)}
    assert shown == {"warning": "تحذير", "spelling": "إملاء"}, "the interface's words for the severity"
    misspelt = next(p for p in spelling if p.word == "recieve")
    assert (shown["spelling"], '"recieve" is not in the English dictionary') in {(s, m) for s, m, _ in rows}, \
        "the message is the check's sentence, in English as validate prints it"
    assert misspelt.message in {m for _, m, _ in rows}
    unknown = next(row for row, p in enumerate(panel.problems) if p.rule == "keyword.unknown")
    assert "تصحيح سريع: " in rows[unknown][2] and "did you mean" in rows[unknown][1]
    # the English sentences read left to right inside the right-to-left rows: the quote before the word, not after
    row = panel.problems.index(misspelt)
    index = model.index(row, 2)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    delegate = panel.view.itemDelegate()
    delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.text == LRI + misspelt.message + PDI
    for text, reads in ((option.text, True), (misspelt.message, False)):
        lefts = glyph_lefts(text, option.direction, option.font)
        opening, word = text.index('"'), text.index("recieve")
        assert (lefts[opening] < lefts[word]) is reads  # type: ignore[operator]
