"""Load, save and schema validation of the large generated document (issue: foundation)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from generate import clause_count, large_document
from timing import median_seconds

from editor.xmlio import read_file, save, to_bytes
from editor.xmlio.reader import parse_bytes


def _ms(fn) -> float:  # type: ignore[no-untyped-def]
    return median_seconds(fn, repeat=5) * 1000


def main() -> None:
    doc = large_document()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.xml"
        data = save(doc, path)
        print(f"document: {len(doc.proposals)} resolutions, {clause_count(doc)} clauses, {len(data) / 1024:.0f} KiB")
        print(f"load (parse + validate + build model): {_ms(lambda: read_file(path)):8.1f} ms (median of 5)")
        print(f"save (serialise + validate + atomic write): {_ms(lambda: save(doc, path)):8.1f} ms (median of 5)")
        print(f"schema validation alone: {_ms(lambda: parse_bytes(data)):8.1f} ms (parse + validate, median of 5)")
        print(f"serialise alone: {_ms(lambda: to_bytes(doc, validate=False)):8.1f} ms (median of 5)")
