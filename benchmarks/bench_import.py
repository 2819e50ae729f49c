"""Plain-text import: a large contribution, and large or hostile text (figures, no timed assertions).

The large generated document is written out as the flattened plain text a
drafter would paste (marks shown side by side, as in the seed), then
imported; the import must give back the same outline (the target of issue
14: well under 1 s).  The same text on one line, as some web pages give it,
is imported too.  Then the inputs of issue 12 (item 5): 6 MB of short
lines, 10 MB on one line, a 9 MB clause, each imported or refused, with the
time and the peak memory tracemalloc sees against the text's size.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable

from generate import clause_count, large_document

from editor.importers.plaintext import import_text
from editor.model import Clause, Document
from editor.model.outline import outline
from editor.xmlio.errors import DocumentError


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
    print(f"import (clean, recognise, assemble): {statistics.median(samples):8.1f} ms (median of 3; target: well under 1 s)")
    print(f"same outline as the generated document, no messages: {'yes' if same else 'NO'}")
    flat = " ".join(line for line in text.splitlines() if line)
    t0 = time.perf_counter()
    one = import_text(flat)
    print(f"the same text on one line: {(time.perf_counter() - t0) * 1000:8.1f} ms, same outline: "
          f"{'yes' if outline(one.document) == outline(doc) else 'NO'}")
    print("large text (issue 12, item 5): time, peak memory / text size")
    for name, make in LARGE:
        large = make()
        seconds, used, refused = measure(lambda: import_text(large))  # noqa: B023
        verdict = f"refused: {refused.message[:60]}…" if refused else "imported"
        print(f"  {name:26} {len(large) / 1e6:5.1f} MB {seconds:6.2f} s {used / len(large):5.1f}× {verdict}")


def measure(run: Callable[[], object]) -> tuple[float, int, DocumentError | None]:
    """Seconds (a plain run), peak traced memory (a second run under tracemalloc), and the refusal if refused."""
    refused = None
    t0 = time.perf_counter()
    try:
        run()
    except DocumentError as exc:
        refused = exc
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    try:
        run()
    except DocumentError:
        pass
    used = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, used, refused


LARGE: list[tuple[str, Callable[[], str]]] = [
    ("6 MB of short lines", lambda: "that it be done;\n" * 350_000),
    ("10 MB on one line", lambda: ("the work of the sector and its groups, " * 256_500)[:10_000_000]),
    ("a 9 MB clause", lambda: "RESOLUTION 1\nT\nresolves\n1\tthat " + "the work goes on " * 530_000 + ";\n"),
    ("4.5 MB of 60-character lines", lambda: "that the work of the sector goes on as it did before, and;\n" * 76_000),
]
