"""The example in schemas/README.md is valid and in canonical form."""

from __future__ import annotations

import re
from pathlib import Path

from editor.xmlio import read_bytes, to_bytes

README = Path(__file__).resolve().parents[2] / "schemas" / "README.md"


def test_schema_readme_example_is_valid_and_canonical() -> None:
    match = re.search(r"```xml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert match is not None
    xml = match.group(1).encode()
    assert to_bytes(read_bytes(xml)) == xml
