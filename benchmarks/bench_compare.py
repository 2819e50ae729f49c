"""Compare on two versions of the large document (issue 5: under 1 s), with xmldiff beside it.

The second version differs in about 5% of its clauses: words replaced,
endings changed, clauses inserted, deleted and moved.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from generate import clause_count, large_document
from timing import median_seconds

from editor.model import Clause, Document, Section, clone
from editor.model.session import EditSession
from editor.revisions.compare import compare
from editor.revisions.review import Position, accept_all, list_changes, next_change
from editor.xmlio import save

TARGET_S = 1.0
SHARE = 0.05


def modified_copy(doc: Document, share: float = SHARE, seed: int = 11) -> tuple[Document, int]:
    """A copy of `doc` (final view) in which about `share` of the clauses changed; returns it and the count."""
    rng = random.Random(seed)
    copy = compare(doc, doc)  # a fresh, mark-free copy with the same text
    session = EditSession(copy, tracking=False)
    sections = [n for n in copy.walk() if isinstance(n, Section)]
    changed = 0
    for section in sections:
        for clause in list(section.clauses):
            if rng.random() >= share:
                continue
            changed += 1
            what = rng.choice(("word", "ending", "insert", "delete", "move"))
            text = clause.text.text()
            if what == "word":
                start = text.index(" ") + 1
                session.replace_text(clause.text, start, text.index(" ", start), "revised")
            elif what == "ending":
                end = text.index(" ", text.index(" ") + 1)
                session.insert_text(clause.text, end, "s")
            elif what == "insert":
                session.insert_node(section, "clauses", section.clauses.index(clause), Clause("x)", "that a new clause is added here;"))
            elif what == "delete":
                session.delete_node(clause)
            else:
                session.move_node(clause, section, "clauses", len(section.clauses))
    return copy, changed


def main() -> None:
    old = large_document()
    new, changed = modified_copy(old)
    marked = compare(old, new, "Bench", "2022-01-01T00:00:00Z")
    print(f"documents: {clause_count(old)} clauses; {changed} changed in the new version ({changed / clause_count(old):.1%})")
    print(f"marks produced: {len(list_changes(marked))}")
    seconds = median_seconds(lambda: compare(old, new, "Bench", "2022-01-01T00:00:00Z"))
    verdict = "meets" if seconds < TARGET_S else "MISSES"
    print(f"compare (model, structural + word marks): {seconds * 1000:8.1f} ms (median of 3) - {verdict} the {TARGET_S:.0f} s target")
    review_figures(marked)
    try:
        from xmldiff import main as xmldiff_main
    except ImportError:
        print("xmldiff: not installed, no reference figure")
        return
    # xmldiff's default (exact) matching did not finish within minutes on this pair; fast_match is its quick mode.
    print(f"xmldiff fast_match, same pair (reference): {_xmldiff_ms(xmldiff_main, old, new, fast_match=True)}")


def review_figures(marked: Document) -> None:
    """What the Changes panel costs on the marked large document (no target in the issue; for reference)."""
    changes = list_changes(marked)
    middle = Position(marked.proposals[len(marked.proposals) // 2])
    listing = median_seconds(lambda: list_changes(marked)) * 1000
    stepping = median_seconds(lambda: next_change(marked, middle)) * 1000
    copies = [EditSession(clone(marked)) for _ in range(3)]
    accepting = median_seconds(lambda: accept_all(copies.pop())) * 1000
    print(f"review: list {len(changes)} changes {listing:6.1f} ms; next change {stepping:6.1f} ms; "
          f"accept all {accepting:6.1f} ms (medians of 3)")


def _xmldiff_ms(xmldiff_main, old: Document, new: Document, *, fast_match: bool) -> str:  # type: ignore[no-untyped-def]
    """xmldiff.diff_files on the two saved files, one run."""
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "old.xml", Path(tmp) / "new.xml"
        save(old, a)
        save(new, b)
        t0 = time.perf_counter()
        actions = xmldiff_main.diff_files(str(a), str(b), diff_options={"fast_match": fast_match})
        took = time.perf_counter() - t0
    return f"{took * 1000:8.1f} ms, {len(actions)} edit actions (one run)"
