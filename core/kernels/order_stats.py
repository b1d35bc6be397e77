"""Order statistics shared by the kernels: quickselect and the nearest ranks of quantiles
(core.kernels.ranks, compiled here; its plain-Python functions are the twins)."""

from __future__ import annotations

import numpy as np

from core.kernels import ranks
from core.kernels._jit import kernel

nearest_rank = kernel()(ranks.nearest_rank)


@kernel()
def p10_p50_p90(n: int) -> tuple[int, int, int]:
    """The ranks of p10, p50 and p90 among n sorted samples (core.kernels.ranks)."""
    return nearest_rank(0.1, n), nearest_rank(0.5, n), nearest_rank(0.9, n)


@kernel()
def select_inplace(a: np.ndarray, lo: int, hi: int, k: int) -> float:
    """The k-th smallest of a[lo:hi+1] (quickselect, median-of-three pivot); reorders `a`."""
    while hi > lo:
        mid = (lo + hi) >> 1
        x = a[lo]
        y = a[mid]
        z = a[hi]
        if x > y:
            x, y = y, x
        if y > z:
            y = z
        if x > y:
            y = x
        pivot = y
        i = lo
        j = hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            return float(a[k])
    return float(a[k])


__all__ = ["nearest_rank", "p10_p50_p90", "select_inplace"]
