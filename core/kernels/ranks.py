"""Nearest ranks: which of n sorted samples is quantile q. The one definition, used by every
Monte Carlo in RigSizer (job times, monthly costs) and by the kernels' numpy twins; plain
Python, so it imports no numba (core.kernels.order_stats compiles the same function)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def nearest_rank(q: float, n: int) -> int:
    """The rank (0-based) of quantile q among n sorted samples: q·(n - 1) rounded to the
    nearest whole number, halves to even (numpy's "nearest" quantile method)."""
    return int(np.rint(q * (n - 1)))


def nearest_ranks(qs: npt.ArrayLike, n: int) -> npt.NDArray[np.int64]:
    """nearest_rank of each of the quantiles `qs`."""
    r: npt.NDArray[np.int64] = np.rint(np.asarray(qs, dtype=np.float64)
                                       * (n - 1)).astype(np.int64)
    return r


def p10_p50_p90(n: int) -> tuple[int, int, int]:
    """The ranks of p10, p50 and p90 among n sorted samples."""
    return nearest_rank(0.1, n), nearest_rank(0.5, n), nearest_rank(0.9, n)


__all__ = ["nearest_rank", "nearest_ranks", "p10_p50_p90"]
