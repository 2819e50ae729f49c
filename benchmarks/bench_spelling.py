"""Spelling on the large generated document (issue 15): the first full check, and the recheck after a keystroke.

Targets: the keystroke p99 of the whole window (view, drafting checks,
panels) is under 16 ms, so the spelling recheck of the edited paragraph
must be a small share of it: here under 2 ms at the 99th percentile, as
the drafting checks' own recheck.  The first full check runs in slices
from a timer (editor.spelling.checker); what matters for typing is the
longest slice, not the total, so both are printed.  Each keystroke inserts
a letter inside a word, so the word it makes is new to the dictionary:
the recheck pays a real dictionary look-up every time, not a cached
verdict.  Wall clock as it happened, and the CPU time of this process
(on a shared machine the wall clock also counts moments it was not running).
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import string
import time

from generate import clause_count, large_document
from timing import p99

from editor.model import Clause
from editor.model.inline import Span
from editor.model.nodes import Document, Section
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.spelling.checker import SpellingChecker
from editor.spelling.source import SpellingSource
from editor.spelling.speller import Speller

EDITS = 300
SLICE = 0.005
P99_TARGET_MS = 2.0


def _full_collections() -> int:
    return int(gc.get_stats()[2]["collections"])


def _first_check(doc: Document, speller: Speller, label: str) -> None:
    """The full check in slices, as the window's timer runs it; a slice in which Python ran a full garbage
    collection (tens of ms on a document this size, whatever code is running) is counted apart."""
    t0 = time.perf_counter()
    checker = SpellingChecker(doc, speller)
    slices: list[float] = []
    collected: list[float] = []
    while True:
        g0, s0 = _full_collections(), time.perf_counter()
        more = checker.run(SLICE)
        (collected if _full_collections() != g0 else slices).append((time.perf_counter() - s0) * 1000)
        if not more:
            break
    total = (time.perf_counter() - t0) * 1000
    gcs = f"; {len(collected)} with a full garbage collection, longest {max(collected):5.1f} ms" if collected else ""
    print(f"{label:<60} {total:7.1f} ms in {len(slices) + len(collected)} slices of {SLICE * 1000:.0f} ms, "
          f"longest {max(slices):5.2f} ms{gcs} ({len(checker.problems)} misspellings)")


class _TimedSource(SpellingSource):
    """The source with its reaction to each change notice timed (wall clock and this process's CPU time)."""

    samples: list[float]
    cpu: list[float]

    def follow(self, notice: ChangeNotice) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        super().follow(notice)
        self.cpu.append((time.process_time() - c0) * 1000)
        self.samples.append((time.perf_counter() - t0) * 1000)


def _nonsense(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 10)))


def main() -> None:
    doc = large_document()
    print(f"document: {len(doc.proposals)} resolutions, {clause_count(doc)} clauses; load average {os.getloadavg()[0]:.1f}")
    t0 = time.perf_counter()
    speller = Speller("en")
    print(f"{'open the English dictionaries':<60} {(time.perf_counter() - t0) * 1000:7.1f} ms   ({speller.details})")
    _first_check(doc, speller, "first full check, dictionary verdicts not yet known")
    _first_check(doc, speller, "full check again, verdicts known")

    rng = random.Random(11)
    worst = large_document()
    for node in worst.walk():
        if isinstance(node, Clause):
            text = node.text.text("markup")
            node.text.spans = [Span(text + " " + " ".join(_nonsense(rng) for _ in range(3)))]
    _first_check(worst, Speller("en"), "first full check, 3 unknown words in every clause")

    session = EditSession(doc, author="Bench", tracking=True)
    source = _TimedSource.__new__(_TimedSource)
    source.samples, source.cpu = [], []
    SpellingSource.__init__(source, session, speller=speller)
    source.check_all()
    clauses = [n for n in doc.walk() if isinstance(n, Clause) and isinstance(n.parent, Section)]
    for _ in range(EDITS):
        clause = rng.choice(clauses)
        text = clause.text.text("markup")
        inside = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
        session.insert_text(clause.text, rng.choice(inside), rng.choice(string.ascii_lowercase))
        session.break_merge()
    for clock, samples in (("wall", source.samples), ("cpu", source.cpu)):
        high = p99(samples)
        verdict = "ok" if high < P99_TARGET_MS else "OVER TARGET"
        print(f"{'spelling recheck after a keystroke (' + clock + ')':<60} median {statistics.median(samples):6.3f} ms   "
              f"p99 {high:6.3f} ms   (target p99 < {P99_TARGET_MS} ms, a share of the window's 16 ms: {verdict}, n={len(samples)})")
    assert source.problems == SpellingChecker(doc, speller).check_all(), "incremental result differs from a full check"
    source.close()


if __name__ == "__main__":
    main()
