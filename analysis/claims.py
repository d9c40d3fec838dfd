"""What a figure title may claim: the one place that decides whether the data hold a
difference, a lead or a comparison.

A title states that one thing leads only when it leads alone (:func:`leader`), that two
things differ only when their 95% intervals do not overlap (:func:`intervals_differ`), and
compares groups only when each has enough observations (:data:`MIN_GROUP`); otherwise the
title says "tied", "no clear difference" or "too few ... to say".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

# A comparison of two groups of sentences (quoted speech against narration, one outlet
# against another) needs at least this many in each.
MIN_GROUP = 5
Z95 = 1.96


def leader(scores: Mapping[str, float]) -> str | None:
    """The one key with the highest score, or None when it is tied (or there is none)."""
    if not scores:
        return None
    best = max(scores.values())
    top = [k for k, v in scores.items() if math.isclose(v, best, rel_tol=1e-9, abs_tol=1e-12)]
    return top[0] if len(top) == 1 else None


def tied(scores: Mapping[str, float]) -> list[str]:
    """The keys that share the highest score."""
    if not scores:
        return []
    best = max(scores.values())
    return [k for k, v in scores.items() if math.isclose(v, best, rel_tol=1e-9, abs_tol=1e-12)]


def intervals_differ(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when the intervals ``(low, high)`` do not overlap: the difference holds."""
    if any(math.isnan(x) for x in (*a, *b)):
        return False
    return a[1] < b[0] or b[1] < a[0]


def mean_interval(values: Iterable[float]) -> tuple[float, float, float]:
    """The mean and its 95% normal interval; an interval as wide as the scale (-1 to 1)
    when there are fewer than two values."""
    xs = [float(v) for v in values if not math.isnan(float(v))]
    if not xs:
        return math.nan, math.nan, math.nan
    mean = sum(xs) / len(xs)
    if len(xs) < 2:
        return mean, -1.0, 1.0
    sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / (len(xs) - 1))
    half = Z95 * sd / math.sqrt(len(xs))
    return mean, mean - half, mean + half


def share_interval(k: int, n: int) -> tuple[float, float]:
    """95% Wilson score interval of the share k/n."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    low = 0.0 if k == 0 else max(0.0, centre - half)  # exact at the ends, not rounded
    high = 1.0 if k == n else min(1.0, centre + half)
    return low, high


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "3 articles": a count with its noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
