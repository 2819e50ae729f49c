"""The benchmarks' percentile: the nearest rank, so of 100 samples one disturbed sample does not decide."""

from __future__ import annotations

from benchmarks.timing import p99


def test_p99_is_the_nearest_rank() -> None:
    assert p99([float(n) for n in range(100, 0, -1)]) == 99.0  # of 100: the 99th smallest, not the largest
    assert p99([float(n) for n in range(1, 301)]) == 297.0
    assert p99([float(n) for n in range(1, 1001)]) == 990.0
    assert p99([7.0]) == 7.0
