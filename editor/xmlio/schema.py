"""The RELAX NG schema, loaded once, and validation with readable messages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from editor.xmlio.errors import DocumentError

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "resolution.rng"


@cache
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA_PATH)))


def validate_tree(tree: etree._ElementTree | etree._Element, path: str | Path | None) -> None:
    """Raise DocumentError with the schema's first message and its line if invalid."""
    schema = relaxng()
    if schema.validate(tree):
        return
    err = schema.error_log.filter_from_errors()[0] if schema.error_log.filter_from_errors() else schema.error_log.last_error
    message = err.message if err is not None else "does not match the schema"
    line = err.line if err is not None and err.line > 0 else None
    raise DocumentError(path, f"not a valid Resolution Editor document: {message}", line, err.column if line else None)
