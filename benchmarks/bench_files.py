"""Load, save and schema validation of the large generated document (issue: foundation)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from generate import clause_count, large_document

from editor.xmlio import read_file, save, to_bytes
from editor.xmlio.reader import parse_bytes


def _time(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    doc = large_document()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.xml"
        data = save(doc, path)
        print(f"document: {len(doc.proposals)} resolutions, {clause_count(doc)} clauses, {len(data) / 1024:.0f} KiB")
        print(f"load (parse + validate + build model): {_time(lambda: read_file(path)):8.1f} ms (median of 5)")
        print(f"save (serialise + validate + atomic write): {_time(lambda: save(doc, path)):8.1f} ms (median of 5)")
        print(f"schema validation alone: {_time(lambda: parse_bytes(data)):8.1f} ms (parse + validate, median of 5)")
        print(f"serialise alone: {_time(lambda: to_bytes(doc, validate=False)):8.1f} ms (median of 5)")
