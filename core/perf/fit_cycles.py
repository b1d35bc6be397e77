"""Cycles' covariates for the log-linear score fit (core.perf.fit)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.perf.fit_row import Row
from core.perf.parts import Parts

CYCLES_RT_BACKENDS = ("OPTIX", "METAL", "HIP", "ONEAPI")


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


