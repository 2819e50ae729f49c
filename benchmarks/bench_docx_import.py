"""Word import (issue 11): the generated 3,000-clause document exported to DOCX and read back; the published Resolution 1.

Targets: the generated document imported in under 1 s, side by side with
pandoc reading the same file (`pandoc -f docx -t json`, which it should
beat), and the same file with its paragraph styles taken off (read through
the text recogniser); the published Resolution 1 (../shared/fixtures/T-RES-T.1-2016-MSW-E.docx)
in under 0.5 s, its row skipped when ../shared is absent.  The import is
checked to give the document back before it is timed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from generate import clause_count, large_document, without_styles
from timing import median_seconds, wall_and_cpu_ms

from editor.export.docx.writer import write
from editor.importers.docx import import_docx
from editor.xmlio import to_bytes

TARGET_LARGE_S = 1.0
TARGET_FIXTURE_S = 0.5
FIXTURE = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "T-RES-T.1-2016-MSW-E.docx"


def _verdict(seconds: float, target: float) -> str:
    return "ok" if seconds < target else "OVER TARGET"


def _timed(path: Path, target: float | None) -> str:
    """Median wall clock of 3 imports against `target` (None: no target of its own), with the median CPU time (the machine is shared)."""
    walls, cpus = [], []
    for _ in range(3):
        wall, cpu = wall_and_cpu_ms(lambda: import_docx(path))
        walls.append(wall / 1000)
        cpus.append(cpu / 1000)
    wall_s, cpu_s = statistics.median(walls), statistics.median(cpus)
    against = f"target < {target} s: {_verdict(wall_s, target)}; " if target is not None else ""
    return f"{wall_s:6.2f} s  ({against}median of 3; CPU {cpu_s:.2f} s)"


def _pandoc(path: Path) -> str:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return "pandoc not installed"

    def read() -> None:
        subprocess.run([pandoc, "-f", "docx", "-t", "json", "-o", "/dev/null", str(path)], check=True)

    return f"{median_seconds(read):6.2f} s  (median of 3)"


def main() -> None:
    print(f"load average: {os.getloadavg()[0]:.2f}")
    doc = large_document()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.docx"
        write(doc, path, "markup")
        started = time.perf_counter()
        back = import_docx(path).document
        first = time.perf_counter() - started
        same = "the same document" if to_bytes(back) == to_bytes(doc) else "NOT the same document"
        print(f"document: {len(doc.proposals)} resolutions, {clause_count(doc)} clauses, {path.stat().st_size / 1024:.0f} KiB "
              f"as DOCX (markup view); imported: {same}")
        print(f"DOCX import, generated document:  {_timed(path, TARGET_LARGE_S)}")
        print(f"  the first import in this process:   {first:6.2f} s  (it also loads the word lists language detection counts)")
        print(f"pandoc -f docx -t json, same file: {_pandoc(path)}")
        plain = Path(tmp) / "large-normal.docx"
        plain.write_bytes(without_styles(path.read_bytes()))
        print(f"the same file without its paragraph styles (through the text recogniser): {_timed(plain, None)}")
    if not FIXTURE.is_file():
        print(f"DOCX import, published Resolution 1: skipped ({FIXTURE} is absent)")
        return
    result = import_docx(FIXTURE)
    print(f"DOCX import, published Resolution 1: {_timed(FIXTURE, TARGET_FIXTURE_S)}; {len(result.messages)} messages")
    print(f"pandoc -f docx -t json, same file:  {_pandoc(FIXTURE)}")
