"""Timing for the benchmarks: the median of a few runs, so one disturbed run on a shared machine does not decide."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall-clock seconds of `repeat` calls of `fn`."""
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def p99(samples: list[float]) -> float:
    """The 99th percentile of `samples` (the nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
