"""Cycles' covariates for the log-linear score fit (core.perf.fit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
    """Cycles covariates: log FP32, log bandwidth and hardware ray-tracing generation (one
    column per backend that uses it: OptiX RT cores, Metal on M3 and later, HIP-RT, Embree on
    Arc). Blender 5.x is not among them: see `version_effects`."""
    log_fp32, log_bw, rt = parts.x[:3]
    b = parts.features.get("backend", "")
    rts = [rt if b == name else 0.0 for name in CYCLES_RT_BACKENDS]
    return np.array([log_fp32, log_bw, *rts])


def is_v5(parts: Parts) -> float:
    """1.0 for a Blender 5.x score, else 0.0."""
    return float(parts.x[3]) if len(parts.x) == 4 else 0.0


# How many cards' pairs a backend's own Blender 5.x change counts as against the change of
# every backend's pairs together (a backend measured on one card is pulled halfway to it).
VERSION_PRIOR_CARDS = 1.0


def version_effects(rows: Sequence[Row]) -> dict[str, float]:
    """Log change of the score from Blender 4.x to 5.x per backend ('' for a backend without
    pairs), from cards measured on both: the same card's community medians (its 5.x rows
    against its older ones, each side averaged in logs) say what the release changed with
    nothing about the card in between. Blender 5.0/5.1 moved the
    backends apart (OptiX 0.99x, HIP 1.09x, Metal 1.15x, oneAPI 1.17x over 21, 6, 2 and 2
    cards); one 5.x column for all of them, fitted beside the cards' specs, had given the
    oneAPI cards OptiX's change and the Arc B580's 5.x scores 18-20 % under their p10...p90."""
    scores: dict[tuple[str, str], dict[float, list[float]]] = {}
    for r in rows:
        key = (r.gpu_id, r.parts.features.get("backend", ""))
        scores.setdefault(key, {}).setdefault(is_v5(r.parts), []).append(np.log(r.value))
    pairs: dict[str, list[float]] = {}
    for (_, backend), by_version in scores.items():
        if 0.0 in by_version and 1.0 in by_version:
            pairs.setdefault(backend, []).append(float(np.mean(by_version[1.0])
                                                       - np.mean(by_version[0.0])))
    every = [d for ds in pairs.values() for d in ds]
    overall = float(np.median(every)) if every else 0.0
    out = {"": round(overall, 4)}
    for backend, ds in sorted(pairs.items()):
        out[backend] = round((sum(ds) + VERSION_PRIOR_CARDS * overall)
                             / (len(ds) + VERSION_PRIOR_CARDS), 4)
    return out


def version_offset(parts: Parts, effects: dict[str, float]) -> float:
    """The log change a row's Blender version makes to its score under `effects`."""
    if not is_v5(parts):
        return 0.0
    return float(effects.get(parts.features.get("backend", ""), effects.get("", 0.0)))


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


def fit_cycles_specs(rows: Sequence[Row], backends: Sequence[str]
                     ) -> tuple[list[float], np.ndarray, dict[str, Any]]:
    """Cycles' log-linear fit of the scores on the backends' intercepts and the cards' specs,
    with each row's Blender release taken out first: (coefficients, each row's log residual
    for the groups to pool, the block's `versions` and `spec_range`)."""
    x = cycles_design(rows, backends)
    versions = version_effects(rows)
    y = np.log([r.value for r in rows]) - np.array([version_offset(r.parts, versions)
                                                    for r in rows])
    beta = [float(b) for b in np.linalg.lstsq(x, y, rcond=None)[0]]
    specs = x[:, len(backends):len(backends) + CYCLES_SPEC_COLUMNS]
    spec_range = [[float(lo), float(hi)]
                  for lo, hi in zip(specs.min(axis=0), specs.max(axis=0), strict=True)]
    return beta, y - x @ np.array(beta), {"versions": versions, "spec_range": spec_range}


def cycles_score(parts: Parts, block: dict[str, Any], centre: float) -> tuple[float, float]:
    """(Open Data score of a row under a fitted block whose group centre is `centre`, the
    e-folds its specs lie below the calibrated range): a backend the fit never saw takes the
    mean of the backends' intercepts."""
    backends = list(block["backends"])
    b = parts.features["backend"]
    beta = np.array(block["beta"])
    intercept = float(beta[backends.index(b)]) if b in backends else float(
        np.mean(beta[:len(backends)]))
    x, beyond = within_range(cycles_x(parts), block.get("spec_range") or [])
    value = float(np.exp(intercept + np.dot(beta[len(backends):], x) + centre
                         + version_offset(parts, block.get("versions") or {})))
    return value, beyond
