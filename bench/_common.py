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


def spread(times: list[float], unit: str = "s", scale: float = 1.0) -> str:
    """min / median / max of repeated timings, for a noisy shared machine."""
    ordered = sorted(t * scale for t in times)
    middle = ordered[len(ordered) // 2]
    return f"{ordered[0]:.3f} / {middle:.3f} / {ordered[-1]:.3f} {unit} (min / median / max)"


def exponent(sizes: list[int], times: list[float]) -> float:
    """How fast a cost grows: log(time ratio) / log(size ratio), smallest to largest size."""
    import math

    if len(sizes) < 2 or times[0] <= 0 or times[-1] <= 0:
        return 0.0
    return math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])


GROWTH_LIMIT = 1.2
FAILED: list[str] = []


def check_growth(name: str, sizes: list[int], times: list[float], *, per_item: bool) -> float:
    """Print the growth exponent of a cost measured at several sizes; fail loudly above 1.2.

    ``per_item``: the cost is of one operation at each size (it should stay flat), so the
    work of the whole run grows as 1 + its exponent.
    """
    steps = ", ".join(
        f"{sizes[i]:,}→{sizes[i + 1]:,}: {exponent(sizes[i : i + 2], times[i : i + 2]):.2f}"
        for i in range(len(sizes) - 1)
    )
    own = exponent(sizes, times)
    total = 1 + own if per_item else own
    verdict = "ok" if total <= GROWTH_LIMIT else "GROWS TOO FAST"
    kind = "per operation" if per_item else "whole run"
    print(f"  growth ({kind}): exponent {own:.2f} [{steps}]; whole work {total:.2f}: {verdict}")
    if total > GROWTH_LIMIT:
        FAILED.append(name)
    return total


def finish() -> int:
    """The exit status of a bench: 1 (and the names) when any growth check failed."""
    if FAILED:
        print("\nFAILED growth checks (exponent above 1.2): " + ", ".join(FAILED))
        return 1
    return 0
