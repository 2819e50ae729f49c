"""Helpers of the reader tests: find a reader program, compare texts as a reader shows them."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def require(program: str) -> str:
    """The program's path; skip (or fail under REQUIRE_READERS=1) when it is not installed."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed"
        if os.environ.get("REQUIRE_READERS") == "1":
            pytest.fail(message + " (REQUIRE_READERS=1)", pytrace=False)
        pytest.skip(message)
    return path


def normalise(text: str) -> str:
    """Compare texts as a reader shows them: spacing collapsed, non-breaking characters plain."""
    return " ".join(text.replace("\u2011", "-").replace("\u00a0", " ").split())


def pandoc_paragraphs(path: Path, track_changes: str = "accept") -> list[str]:
    pandoc = require("pandoc")
    out = subprocess.run([pandoc, f"--track-changes={track_changes}", "-t", "plain", "--wrap=none", str(path)],
                         check=True, capture_output=True, text=True, timeout=60).stdout
    return [normalise(p) for p in out.split("\n\n") if normalise(p)]


def typed(text: str) -> str:
    """Text as typed: Arabic presentation forms (what PDF text extraction gives) undone, bidi marks dropped, spacing collapsed."""
    folded = unicodedata.normalize("NFKC", text.replace("\u2011", "-"))
    return normalise("".join(c for c in folded if unicodedata.category(c) != "Cf"))


def pdf_text(path: Path) -> str:
    """The text pdftotext reads from a PDF, as typed."""
    pdftotext = require("pdftotext")
    return typed(subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True, timeout=60).stdout)
