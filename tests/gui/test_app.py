"""The window entry point: `main.py FILE --screenshot OUT.png` and the panels' docking."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from editor.xmlio import save
from tests.factories import mod_document

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_screenshot_renders_the_window_with_the_file(tmp_path: Path) -> None:
    doc = tmp_path / "mod.xml"
    save(mod_document()[0], doc)
    out = tmp_path / "window.png"
    result = _run(str(doc), "--screenshot", str(out), "--size", "1000x700", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 700, 25)}
    assert len(colours) > 3  # not a blank picture


def test_a_screenshot_at_a_zoom_leaves_the_kept_zoom_as_it_was(tmp_path: Path) -> None:
    doc = tmp_path / "mod.xml"
    save(mod_document()[0], doc)
    kept = QSettings(str(tmp_path / "cfg" / "ResolutionEditor" / "Resolution Editor.conf"), QSettings.Format.IniFormat)
    kept.setValue("view/zoom", 125)
    kept.sync()
    pictures = {}
    for zoom in ("100", "150"):
        out = tmp_path / f"{zoom}.png"
        assert _run(str(doc), "--screenshot", str(out), "--size", "900x600", "--zoom", zoom, tmp_path=tmp_path).returncode == 0
        pictures[zoom] = QImage(str(out))
    assert pictures["100"] != pictures["150"]  # the page is drawn larger
    assert QSettings(kept.fileName(), QSettings.Format.IniFormat).value("view/zoom") in (125, "125")


@pytest.mark.parametrize("size", ["12", "0x600", "axb", "99999x1"])
def test_a_wrong_size_is_one_line_and_exit_2(tmp_path: Path, size: str) -> None:
    result = _run("--screenshot", str(tmp_path / "x.png"), "--size", size, tmp_path=tmp_path)
    assert result.returncode == 2 and "expected WIDTHxHEIGHT" in result.stderr and "Traceback" not in result.stderr


def test_screenshot_of_a_broken_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<resolution", encoding="utf-8")
    result = _run(str(bad), "--screenshot", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {bad}:") and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_dock_panels_docks_every_panel_with_a_toggle(window) -> None:  # type: ignore[no-untyped-def]
    from editor.app import dock_panels

    dock_panels(window)
    assert sorted(dock.windowTitle() for dock in window.panels.values()) == ["Changes", "Comments", "Outline", "Problems", "Properties", "XML source"]
    for dock in window.panels.values():
        assert dock.toggleViewAction() in window.panels_menu.actions()


def test_a_translation_in_the_folder_translates_the_menus(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from PySide6.QtCore import QLocale

    from editor.app import build_window, install_translators

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "resolution_editor_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>MainWindow</name><message><source>&amp;File</source><translation>&amp;Fichier</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "resolution_editor_fr.qm")], check=True, capture_output=True)
    installed = install_translators(qapp, tmp_path, QLocale("fr_FR"))
    try:
        window = build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path / "rec", panels=False)
        assert window.file_menu.title() == "&Fichier"
        assert window.edit_menu.title() == "&Edit"  # untranslated strings stay English
        window.controller.close()
        window.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_screenshot_can_show_a_comment_and_words_typed_after_it(tmp_path: Path) -> None:
    from tests.factories import commented_document

    doc = tmp_path / "commented.xml"
    save(commented_document()[0], doc)
    before = doc.read_bytes()
    plain, typed = tmp_path / "plain.png", tmp_path / "typed.png"
    assert _run(str(doc), "--screenshot", str(plain), "--size", "900x600", "--comment", "2", tmp_path=tmp_path).returncode == 0
    result = _run(str(doc), "--screenshot", str(typed), "--size", "900x600", "--comment", "2", "--type", " teh", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert QImage(str(plain)) != QImage(str(typed))  # the typed words show
    assert doc.read_bytes() == before  # a picture never saves
    missing = _run(str(doc), "--screenshot", str(tmp_path / "x.png"), "--comment", "9", tmp_path=tmp_path)
    assert missing.returncode == 2 and "there is no comment 9" in missing.stderr


def test_the_window_names_a_broken_user_language_file_in_the_status_bar(make_window, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    from editor.languages import load, user_folder

    user = user_folder() / "fr.toml"
    user.parent.mkdir(parents=True)
    user.write_text("[fixed\n", encoding="utf-8")
    win = make_window(settings)
    told = win.statusBar().currentMessage()
    assert told.startswith("Your own language data could not be used: ") and f"{user}:1:7: not valid TOML" in told
    assert told.endswith("the built-in French data is used instead")
    assert load("fr").fixed_word("reasons") == "Motifs:"  # the shipped words stand in
    assert win.errors == []


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_screenshot_is_the_same_whoever_makes_it_and_leaves_their_folders_alone(tmp_path: Path) -> None:
    """Settings, user dictionaries (ours and enchant's) and language corrections of the one who runs it change nothing."""
    from tests.factories import commented_document

    doc = tmp_path / "commented.xml"
    save(commented_document()[0], doc)
    mine, fresh = tmp_path / "mine", tmp_path / "fresh"
    own = {
        "cfg/ResolutionEditor/Resolution Editor.conf": "[view]\nzoom=200\n[spelling]\nas-you-type=false\n",
        "cfg/ResolutionEditor/dictionary-en.txt": "teh\n",
        "cfg/enchant/en_GB.dic": "teh\n",
        "data/ResolutionEditor/languages/en.toml": "[fixed]\nreasons = { text = \"Grounds:\", verified = true, source = \"S mine\" }\n",
    }
    for name, text in own.items():
        (mine / name).parent.mkdir(parents=True, exist_ok=True)
        (mine / name).write_text(text, encoding="utf-8")
    fresh.mkdir()
    before = _files(mine)
    pictures = []
    for home in (mine, fresh):
        out = tmp_path / f"{home.name}.png"
        result = _run(str(doc), "--screenshot", str(out), "--size", "1000x700", "--comment", "1", "--type", " teh",
                      "--ui-language", "en", tmp_path=home)
        assert result.returncode == 0, result.stderr
        pictures.append(QImage(str(out)))
    assert pictures[0] == pictures[1]
    assert _files(mine) == before and _files(fresh) == {}  # nothing read into the picture, nothing written
