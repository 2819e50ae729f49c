"""Shared fixtures: paths to the examples and to ../shared, isolated settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The ARB/36A2/1 seed text; tests that need it skip when ../shared is absent."""
    path = SHARED / "seed" / "ARB-36A2-1.txt"
    if not path.exists():
        pytest.skip("../shared/seed/ARB-36A2-1.txt is not present")
    return path


@pytest.fixture(scope="session")
def published_docx() -> Path:
    """The published ITU Resolution 1 in Word; skips when ../shared is absent."""
    path = SHARED / "fixtures" / "T-RES-T.1-2016-MSW-E.docx"
    if not path.exists():
        pytest.skip("../shared/fixtures/T-RES-T.1-2016-MSW-E.docx is not present")
    return path


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and recovery files out of the user's home during tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
