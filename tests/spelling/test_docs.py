"""The spelling rule is documented, and the packages its dictionaries come from are installed by the README and CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.spelling.checker import RULE
from editor.spelling.languages import LANGUAGES
from editor.spelling.wordlists import settings_folder

ROOT = Path(__file__).resolve().parents[2]


def test_the_rule_is_documented() -> None:
    assert f"## Spelling (`{RULE}`)" in (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["README.md", ".ci/run"])
def test_the_preferred_dictionaries_are_installed_by_the_readme_and_ci(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    packages = {"libenchant-2-2"} | {lang.dictionaries[0].package for lang in LANGUAGES.values() if lang.dictionaries}
    if LANGUAGES["en"].wider is not None:
        packages.add(LANGUAGES["en"].wider.package)
    assert sorted(p for p in packages if p not in text.split()) == []


def test_the_settings_folder_follows_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_folder() == tmp_path / "ResolutionEditor"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert settings_folder() == Path.home() / ".config" / "ResolutionEditor"
