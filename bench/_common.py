"""Timing helpers for the benchmark scripts: best of N, in one process, same run."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``action``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def verdict(ratio: float, target: float) -> str:
    return "within target" if ratio <= target else "OVER TARGET"


def report(name: str, ours: float, baseline: float, target: float, unit: str = "s") -> float:
    ratio = ours / baseline
    print(f"{name}")
    print(f"  tabletop: {ours:.3f} {unit}   baseline: {baseline:.3f} {unit}")
    print(f"  ratio: {ratio:.2f}x (target <= {target}x): {verdict(ratio, target)}")
    return ratio
