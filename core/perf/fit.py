"""Fit efficiencies (and their spread) on calibration rows; shared by tools/fit_calibration.py,
bench/accuracy.py (leave-one-GPU-out) and the tests.

For each metric, efficiency is estimated per group with partial pooling: the root is the median
over all rows, and each finer group (backend, then vendor, architecture, ...) moves away from its
parent only as far as its own rows justify: the median of its residuals from the parent,
shrunk by n / (n + PRIOR_ROWS). A small
overhead t0 (per LLM token; per GB of weights per image job) is picked from a grid to minimise
the median error.
Cycles scores are a least-squares fit of log score on log FP32, log bandwidth and RT generation
with one intercept per backend, and the same pooled group offsets on top.
The spread of the log residuals (their 80th percentile, widened to what leave-one-GPU-out
shows) gives sigma, the lognormal width used for p10/p90.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.perf.parts import Parts

PRIOR_ROWS = 3.0
# Out-of-sample errors are wider than in-sample residuals (the fit has seen the row). The tool
# measures the ratio per metric by leave-one-GPU-out (`logo_inflation`) and stores it; this is
# the default before that is known.
SIGMA_INFLATION = 1.3
SIGMA_FLOOR = 0.08  # calibration rows are community medians, noisy by ±10-25 %

LEVELS: dict[str, tuple[tuple[str, ...], ...]] = {
    "llm_tg": (("backend",), ("backend", "vendor"), ("backend", "vendor", "arch")),
    "llm_pp": (("backend",), ("backend", "vendor"), ("backend", "vendor", "quant"),
               ("backend", "vendor", "quant", "arch")),
    # image: backend and architecture first (shared by every model on that card), then the
    # model; leave-one-GPU-out chose this over model-first nesting (26 % vs 28 % error)
    "image": (("backend",), ("backend", "arch"), ("backend", "arch", "model")),
    "video": (("form",),),
    "cycles": (("backend",), ("backend", "vendor"), ("backend", "vendor", "arch")),
}
T0_GRID: dict[str, tuple[float, ...]] = {
    "llm_tg": (0.0, 2.5e-4, 5e-4, 1e-3, 2e-3, 3e-3),
    "llm_pp": (0.0, 5e-6, 1e-5, 2e-5, 5e-5),
    # image: seconds per GB of model weights, once per job (diffusion.job_overhead_units)
    "image": (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6),
    "video": (0.0,),
    "cycles": (0.0,),
}
SIGMA_GROUP_MIN_ROWS = 12


def group_key(features: dict[str, str], level: tuple[str, ...]) -> str:
    return "|".join(f"{name}={features.get(name, '')}" for name in level)


@dataclass(frozen=True, slots=True)
class Row:
    parts: Parts
    value: float
    gpu_id: str


def _implied_log(rows: Sequence[Row], t0: float) -> np.ndarray:
    """Per row: log efficiency that reproduces the measurement (cycles: log score)."""
    out = np.empty(len(rows))
    for i, r in enumerate(rows):
        p = r.parts
        t_meas = p.k / r.value if p.k > 0.0 else r.value
        rest = max(t_meas - p.fixed - p.m0 * t0, 0.05 * t_meas)
        out[i] = np.log(p.c / rest)
    return out


def _pool(values: np.ndarray, feats: Sequence[dict[str, str]], metric: str,
          root: float) -> dict[str, float]:
    """Shrunk group centres, level by level, keyed by group_key ('' is the root)."""
    centres: dict[str, float] = {"": root}
    parent = np.full(len(values), root)
    for depth, level in enumerate(LEVELS[metric]):
        keys = [group_key(f, level) for f in feats]
        parent_keys = ["" if depth == 0 else group_key(f, LEVELS[metric][depth - 1])
                       for f in feats]
        members: dict[str, list[float]] = {}
        first_parent: dict[str, str] = {}
        for v, p, k, pk in zip(values, parent, keys, parent_keys, strict=True):
            members.setdefault(k, []).append(float(v - p))
            first_parent.setdefault(k, pk)
        for k, res in members.items():
            # median: robust to a wild community row; n/(n+prior): few rows move little
            n = len(res)
            centres[k] = centres[first_parent[k]] + float(np.median(res)) * n / (n + PRIOR_ROWS)
        parent = np.array([centres[k] for k in keys])
    return centres


def lookup(centres: dict[str, Any], features: dict[str, str], metric: str) -> float:
    """The deepest fitted group this row belongs to (its parents were shrunk into it)."""
    for level in reversed(LEVELS[metric]):
        k = group_key(features, level)
        if k in centres:
            return float(centres[k])
    return float(centres[""])


def _cycles_design(rows: Sequence[Row], backends: Sequence[str]) -> np.ndarray:
    x = np.zeros((len(rows), len(backends) + 3))
    for i, r in enumerate(rows):
        b = r.parts.features["backend"]
        if b in backends:
            x[i, backends.index(b)] = 1.0
        x[i, len(backends):] = r.parts.x
    return x


def fit_metric(metric: str, rows: Sequence[Row],
               inflation: float = SIGMA_INFLATION) -> dict[str, Any]:
    """Fit one metric; returns the JSON-able block efficiency.json stores for it."""
    feats = [r.parts.features for r in rows]
    beta: list[float] = []
    backends: list[str] = []
    if metric == "cycles":
        backends = sorted({f["backend"] for f in feats})
        x = _cycles_design(rows, backends)
        y = np.log([r.value for r in rows])
        beta = [float(b) for b in np.linalg.lstsq(x, y, rcond=None)[0]]
        base = x @ np.array(beta)
        best = (0.0, _pool(y - base, feats, metric, 0.0))
        implied = y - base
    else:
        best_err = np.inf
        best = (0.0, {})
        implied = np.zeros(len(rows))
        for t0 in T0_GRID[metric]:
            implied_t0 = _implied_log(rows, t0)
            centres = _pool(implied_t0, feats, metric, float(np.median(implied_t0)))
            res = _residuals(rows, metric, {"t0": t0, "centres": centres})
            err = float(np.median(np.abs(res)))
            if err < best_err:
                best_err, best, implied = err, (t0, centres), implied_t0
    block: dict[str, Any] = {"t0": best[0], "centres": best[1], "beta": beta,
                             "backends": backends}
    res = _residuals(rows, metric, block)
    sigma = max(spread(res) * inflation, SIGMA_FLOOR)
    sigmas: dict[str, float] = {"": sigma}
    for k in sorted({group_key(f, LEVELS[metric][0]) for f in feats}):
        sel = np.array([group_key(f, LEVELS[metric][0]) == k for f in feats])
        if sel.sum() >= SIGMA_GROUP_MIN_ROWS:
            s = spread(res[sel]) * inflation
            sigmas[k] = max(s, SIGMA_FLOOR)
    block["sigma"] = sigmas
    block["sigma_inflation"] = round(inflation, 3)
    block["n_rows"] = len(rows)
    block["n_gpus"] = len({r.gpu_id for r in rows})
    block["in_sample_median_abs_pct"] = round(100 * float(np.median(np.abs(np.expm1(res)))), 2)
    del implied
    return block


def predict_log(parts: Parts, block: dict[str, Any]) -> tuple[float, float]:
    """(p50 of the metric, lognormal sigma of the time or score) from a fitted block."""
    metric = parts.metric
    centre = lookup(block["centres"], parts.features, metric)
    sigmas = block.get("sigma", {"": 0.0})
    sigma = float(sigmas.get(group_key(parts.features, LEVELS[metric][0]), sigmas[""]))
    if metric == "cycles":
        backends = list(block["backends"])
        b = parts.features["backend"]
        beta = np.array(block["beta"])
        intercept = float(beta[backends.index(b)]) if b in backends else float(
            np.mean(beta[:len(backends)]))
        value = float(np.exp(intercept + np.dot(beta[len(backends):], parts.x) + centre))
        return value, sigma
    return parts.value(float(np.exp(centre)), float(block["t0"])), sigma


def _residuals(rows: Sequence[Row], metric: str, block: dict[str, Any]) -> np.ndarray:
    """log(predicted / measured) per row."""
    if metric == "cycles" and "beta" in block and block["beta"]:
        return np.array([np.log(predict_log(r.parts, block)[0] / r.value) for r in rows])
    out = np.empty(len(rows))
    t0 = float(block["t0"])
    for i, r in enumerate(rows):
        eff = float(np.exp(lookup(block["centres"], r.parts.features, metric)))
        out[i] = np.log(r.parts.value(eff, t0) / r.value)
    return out


def spread(res: np.ndarray) -> float:
    """Lognormal sigma whose ±1.2816 sigma band holds 80 % of the residuals: the 80th
    percentile of |log residual| / 1.2816 (residuals are heavier-tailed than normal, so a
    MAD-based sigma would cover too little)."""
    return float(np.quantile(np.abs(res), 0.8)) / 1.2815515655446004


def logo_residuals(metric: str, rows: Sequence[Row]) -> np.ndarray:
    """log(predicted / measured) for every row, each predicted by a fit without its GPU."""
    out = []
    for gid in sorted({r.gpu_id for r in rows}):
        train = [r for r in rows if r.gpu_id != gid]
        if not train:
            continue
        block = fit_metric(metric, train)
        out += [np.log(predict_log(r.parts, block)[0] / r.value) for r in rows
                if r.gpu_id == gid]
    return np.array(out)


def logo_inflation(metric: str, rows: Sequence[Row]) -> float:
    """How much wider leave-one-GPU-out errors are than in-sample ones (ratio of spreads)."""
    in_sample = _residuals(rows, metric, fit_metric(metric, rows))
    return max(spread(logo_residuals(metric, rows)) / max(spread(in_sample), 1e-6), 1.0)


def fit_all(rows: Sequence[Row], inflation: dict[str, float] | None = None,
            ) -> dict[str, dict[str, Any]]:
    by_metric: dict[str, list[Row]] = {}
    for r in rows:
        by_metric.setdefault(r.parts.metric, []).append(r)
    infl = inflation or {}
    return {m: fit_metric(m, rs, infl.get(m, SIGMA_INFLATION))
            for m, rs in sorted(by_metric.items())}
