"""Plain-text import of a large contribution (issue 2 sets no target: figures for information).

The large generated document is written out as the flattened plain text a
drafter would paste (marks shown side by side, as in the seed), then
imported; the import must give back the same outline.
"""

from __future__ import annotations

import statistics
import time

from generate import clause_count, large_document

from editor.importers.plaintext import import_text
from editor.model import Clause, Document
from editor.model.outline import outline


def flattened_text(doc: Document) -> str:
    """The document as plain text with its marks flattened (deleted and inserted text side by side)."""
    lines: list[str] = []

    def clause(c: Clause) -> None:
        lines.append(f"{c.label.text()}\t{c.text.text()}")
        for item in c.items:
            clause(item)

    for prop in doc.proposals:
        lines.append(f"{prop.action}\t{prop.identifier}")
        for res in prop.resolutions:
            lines += [f"RESOLUTION {res.number.text()} ({res.adoption.text()})", *res.title.text().split("\n"),
                      f"({res.history.text()})", res.preamble.text()]
            for section in res.sections:
                lines.append(section.keyword.text())
                for c in section.clauses:
                    clause(c)
        lines.append(f"Reasons:\t{prop.reasons.text()}")
    return "\n".join(lines) + "\n"


def main() -> None:
    doc = large_document()
    text = flattened_text(doc)
    samples = []
    for _ in range(3):
        t0 = time.perf_counter()
        result = import_text(text)
        samples.append((time.perf_counter() - t0) * 1000)
    same = outline(result.document) == outline(doc) and not result.messages
    print(f"text: {len(text.splitlines())} lines, {len(text) / 1024:.0f} KiB; {clause_count(doc)} clauses in {len(doc.proposals)} proposals")
    print(f"import (clean, recognise, assemble): {statistics.median(samples):8.1f} ms (median of 3; no target in issue 2)")
    print(f"same outline as the generated document, no messages: {'yes' if same else 'NO'}")
