"""Pairing the blocks (proposals, sections, clauses, items, annexes) of two versions.

Blocks are matched structurally before any text is diffed, so that a moved,
inserted or deleted clause is recognised as such rather than as a cascade of
text changes in the clauses after it:

1. blocks with identical content pair up (labels do not count: a relettered
   clause is the same clause);
2. the rest pair up by word similarity (difflib's ratio), best pairs first,
   above `SIMILAR`;
3. the pairs that keep their relative order (a longest increasing
   subsequence) stay in place; a pair out of order is a move, shown as a
   deletion at the old place and an insertion at the new one.
"""

from __future__ import annotations

import bisect
import difflib
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")

SIMILAR = 0.5
MAX_PAIRS = 40_000  # beyond this many candidate pairs, only nearby blocks are compared


def _similar_pairs(old: Sequence[T], new: Sequence[T], old_free: list[int], new_free: list[int], words: Callable[[T], list[str]]) -> list[tuple[int, int]]:
    window = len(old_free) * len(new_free) > MAX_PAIRS
    radius = max(20, MAX_PAIRS // max(1, len(old_free)))
    new_words = {j: words(new[j]) for j in new_free}
    scored: list[tuple[float, int, int]] = []
    for i in old_free:
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words(old[i]))
        for j in new_free:
            if window and abs(i - j) > radius:
                continue
            matcher.set_seq1(new_words[j])
            if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILAR:
                scored.append((-ratio, i, j))
    scored.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    return pairs


def _in_order(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs whose old indices increase with the new ones."""
    pairs = sorted(pairs, key=lambda p: p[1])
    tails: list[int] = []
    tail_at: list[int] = []
    before: list[int] = [-1] * len(pairs)
    for k, (i, _) in enumerate(pairs):
        pos = bisect.bisect_left(tails, i)
        if pos == len(tails):
            tails.append(i)
            tail_at.append(k)
        else:
            tails[pos] = i
            tail_at[pos] = k
        before[k] = tail_at[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def align(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], Hashable], words: Callable[[T], list[str]] | None
) -> list[tuple[T | None, T | None]]:
    """The merged sequence: (old, new) kept, (old, None) deleted, (None, new) inserted.

    Without `words`, only blocks with equal keys pair.  Deletions come
    before insertions between two kept blocks, as Word shows them.
    """
    if not old or not new:
        return [(a, None) for a in old] + [(None, b) for b in new]
    waiting: dict[Hashable, deque[int]] = defaultdict(deque)
    for j, block in enumerate(new):
        waiting[key(block)].append(j)
    pairs: list[tuple[int, int]] = []
    old_free: list[int] = []
    matched_new: set[int] = set()
    for i, block in enumerate(old):
        queue = waiting.get(key(block))
        if queue:
            j = queue.popleft()
            pairs.append((i, j))
            matched_new.add(j)
        else:
            old_free.append(i)
    new_free = [j for j in range(len(new)) if j not in matched_new]
    if old_free and new_free and words is not None:
        pairs.extend(_similar_pairs(old, new, old_free, new_free, words))
    kept = _in_order(pairs)
    out: list[tuple[T | None, T | None]] = []
    i = j = 0
    for ki, kj in [*kept, (len(old), len(new))]:
        out.extend((old[x], None) for x in range(i, ki))
        out.extend((None, new[y]) for y in range(j, kj))
        if ki < len(old):
            out.append((old[ki], new[kj]))
        i, j = ki + 1, kj + 1
    return out
