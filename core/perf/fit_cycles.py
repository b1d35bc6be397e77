"""Cycles' covariates for the log-linear score fit (core.perf.fit)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.perf.fit_row import Row
from core.perf.parts import Parts

CYCLES_RT_BACKENDS = ("OPTIX", "METAL", "HIP", "ONEAPI")
# Cycles' spec covariates (log FP32, log bandwidth: the first columns of cycles_x) are held to
# the range of the cards fitted: the log-linear fit learnt what bandwidth buys from GDDR cards
# up to 1.8 TB/s, and followed past that it gave HBM cards without RT cores (B200 at 8 TB/s)
# three times their score.
CYCLES_SPEC_COLUMNS = 2


def cycles_x(parts: Parts) -> np.ndarray:
    """Cycles covariates: log FP32, log bandwidth, hardware ray-tracing generation (one column
    per backend that uses it: OptiX RT cores, Metal on M3 and later, HIP-RT, Embree on Arc),
    and Blender 5.x."""
    log_fp32, log_bw, rt, v5 = parts.x if len(parts.x) == 4 else (*parts.x, 0.0)
    b = parts.features.get("backend", "")
    rts = [rt if b == name else 0.0 for name in CYCLES_RT_BACKENDS]
    return np.array([log_fp32, log_bw, *rts, v5])


def cycles_design(rows: Sequence[Row], backends: Sequence[str]) -> np.ndarray:
    width = len(cycles_x(rows[0].parts)) if rows else 0
    x = np.zeros((len(rows), len(backends) + width))
    for i, r in enumerate(rows):
        b = r.parts.features["backend"]
        if b in backends:
            x[i, backends.index(b)] = 1.0
        x[i, len(backends):] = cycles_x(r.parts)
    return x


def within_range(x: np.ndarray, spec_range: Sequence[Sequence[float]]
                 ) -> tuple[np.ndarray, float]:
    """`x` with its spec columns clamped to the fitted range, and the e-folds clamped off
    below it (as for the other metrics, a card beyond the fastest is not widened: more speed
    would then lengthen its p90)."""
    x = np.array(x, dtype=float)
    beyond = 0.0
    for i, (lo, hi) in enumerate(spec_range):
        beyond += max(lo - x[i], 0.0)
        x[i] = min(max(x[i], lo), hi)
    return x, beyond
