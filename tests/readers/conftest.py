"""The reader tests: pandoc and LibreOffice read our files as a user's software would.

They skip when a reader is missing, except when REQUIRE_READERS=1 (CI
installs the readers, so a missing one there is a failure, not a skip).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "export"), str(HERE.parent)]  # readertools, docxread, factories

from readertools import require  # noqa: E402


@pytest.fixture(scope="session")
def soffice_convert(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path, str], Path]:
    """Convert a file with LibreOffice (headless, private profile); returns the converted file."""
    soffice = require("soffice")
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(source: Path, target: str) -> Path:
        out = source.parent / f"{target}-out"
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
             "--outdir", str(out), str(source)],
            check=True, capture_output=True, timeout=180,
        )
        result = out / (source.stem + "." + target.split(":")[0])
        assert result.exists(), f"LibreOffice did not convert {source.name} to {target}"
        return result

    return convert
