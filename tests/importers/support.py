"""Helpers for the importer tests: import, then prove the result is a valid, stable document."""

from __future__ import annotations

from editor.importers.plaintext import ImportResult, import_text
from editor.model import Clause, Document, Section
from editor.xmlio import read_bytes, to_bytes
from editor.xmlio.schema import validate_tree
from editor.xmlio.writer import to_tree


def imported(text: str) -> ImportResult:
    """Import `text` and check what every import promises: schema-valid, canonical round trip."""
    result = import_text(text)
    validate_tree(to_tree(result.document), "<import>")
    data = to_bytes(result.document)
    assert to_bytes(read_bytes(data)) == data
    return result


def sections(doc: Document, proposal: int = 0) -> list[Section]:
    res = doc.proposals[proposal].resolution
    assert res is not None
    return res.sections


def texts(clauses: list[Clause]) -> list[tuple[str, str]]:
    return [(c.label.text(), c.text.text()) for c in clauses]


def message_lines(result: ImportResult) -> list[int]:
    return [m.line for m in result.messages]
