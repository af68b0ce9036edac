"""Timing for the benchmark scripts: the median of a few runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(action: Callable[[], object], runs: int = 5) -> tuple[float, object]:
    """The median time of `runs` runs of the action, in milliseconds, and its last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    return timed(action, runs)[0]
