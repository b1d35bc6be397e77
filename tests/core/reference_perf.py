"""Plain-Python twins of the performance kernels (core/kernels/mc_*.py), written from the
definition rather than the kernel's shortcuts, for the tests to compare against."""

from __future__ import annotations

import math
from collections.abc import Sequence


def mc_time_quantiles(a: Sequence[float], sa: Sequence[float], b: Sequence[float],
                      sb: Sequence[float], c: Sequence[float], z1: Sequence[float],
                      z2: Sequence[float], ranks: Sequence[int]) -> list[list[float]]:
    """For each pair: every sample a·exp(sa·z1) + b·exp(sb·z2) + c, sorted, at `ranks`."""
    out = []
    for i in range(len(a)):
        samples = sorted(a[i] * math.exp(sa[i] * x) + b[i] * math.exp(sb[i] * y) + c[i]
                         for x, y in zip(z1, z2, strict=True))
        out.append([samples[k] for k in ranks])
    return out
