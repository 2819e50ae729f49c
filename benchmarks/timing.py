"""Timing for the benchmarks: the median of a few runs, so one disturbed run on a shared machine does not decide."""

from __future__ import annotations

import math
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
    """The 99th percentile of `samples` by the nearest rank: the ceil(0.99 n)-th smallest (of 100 samples the
    99th, the largest but one; of 300 the 297th).  Index int(0.99 n) was one rank too high: of 100 samples it
    gave the largest, so a single disturbed sample decided."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(len(ordered) * 0.99) - 1)]


def wall_and_cpu_ms(fn: Callable[[], object]) -> tuple[float, float]:
    """Milliseconds of one call of `fn`: wall clock, and this process's CPU time.

    On a shared machine the wall clock also counts moments the process was
    not running; the CPU time counts only its own work (Qt's included, which
    runs in this process), so the benchmarks print both.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
