"""Fit efficiencies (and their spread) on calibration rows; shared by tools/fit_calibration.py,
bench/accuracy.py (leave-one-GPU-out) and the tests.

For each metric, efficiency is estimated per group with partial pooling: the root is the median
over all rows, and each finer group (backend, then vendor, architecture, ...) moves away from its
parent only as far as its own rows justify: the median of its residuals from the parent,
shrunk by n / (n + PRIOR_ROWS). A small
overhead t0 (per LLM token; per GB of weights per image job), the per-step or per-token floors
and LLM decode's instructions per weight are picked from grids to minimise a clipped mean of
the |log errors| (LOSS_CAP).
Cycles scores are a least-squares fit of log score on log FP32, log bandwidth and RT generation
with one intercept per backend, and the same pooled group offsets on top.
The spread of the log residuals (their 80th percentile, widened to what leave-one-GPU-out
shows) gives sigma, the lognormal width used for p10/p90.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from core.perf.fit_across import ACROSS, across_centre
from core.perf.fit_cycles import cycles_score, fit_cycles_specs
from core.perf.fit_row import Row
from core.perf.fit_software import (
    FLOOR_FALLBACK_SIGMA,
    floor_groups,
    floor_of,
    host_t0_candidates,
    ops_of,
    own_floor,
    t0_of,
)
from core.perf.fit_spread import (
    OUT_OF_RANGE_SIGMA_PER_EFOLD,
    between_spread,
    group_key,
    row_sigma,
    sigma_groups,
    spread,
    thin_factor,
)
from core.perf.parts import Parts
from core.schema.assumption import Assumption

PRIOR_ROWS = 3.0
# Out-of-sample errors are wider than in-sample residuals (the fit has seen the row). The tool
# measures the ratio per metric by leave-one-GPU-out (`logo_inflation`) and stores it; this is
# the default before that is known.
SIGMA_INFLATION = 1.3
SIGMA_FLOOR = 0.08  # calibration rows are community medians, noisy by ±10-25 %

# Levels of partial pooling. `cls` is the card class (core.perf.cardclass: consumer,
# workstation, HBM datacenter, apple, amd, intel): a class has its own level, so a family the
# fit has never seen falls back to what its class (then its backend) shares.
LEVELS: dict[str, tuple[tuple[str, ...], ...]] = {
    "llm_tg": (("backend",), ("backend", "cls"), ("backend", "cls", "arch")),
    # sustained compute (prompts, Cycles) last splits an architecture by form factor: laptop
    # and passively cooled data-centre cards hold lower clocks than their spec (L4 at 72 W,
    # A10, A10G: Cycles 30-50 % below their desktop kin). Leave-one-GPU-out: prefill 5.1 ->
    # 4.6 %, Cycles 8.6 -> 7.3 %; decode, bound by memory, 6.1 -> 6.6 % and images 20.5 ->
    # 21.5 % with it, so not there.
    "llm_pp": (("backend",), ("backend", "cls"), ("backend", "cls", "quant"),
               ("backend", "cls", "quant", "arch"), ("backend", "cls", "quant", "arch", "form")),
    # image: backend, class, UNet vs DiT, then the architecture; the model is a crossed effect
    # (CROSSED). With DiT before the architecture a card whose architecture has no DiT rows
    # (RTX 5090) gets its class's DiT level, not its UNet rows' (5090/4090 on FLUX 0.88 ->
    # 1.19); leave-one-GPU-out: image 27.2 vs 27.0 %, video 18.1 vs 19.9 %
    "image": (("backend",), ("backend", "cls"), ("backend", "cls", "denoiser"),
              ("backend", "cls", "denoiser", "arch")),
    # video: on top of the card's image efficiency (BASE_METRIC), the card class, then each
    # model within it; leave-one-GPU-out chose this over model first (19 vs 22 %; the consumer
    # cards 19 vs 73 %)
    "video": (("cls",), ("cls", "model")),
    "cycles": (("backend",), ("backend", "cls"), ("backend", "cls", "arch"),
               ("backend", "cls", "arch", "form")),
}
# Per-step (diffusion: seconds per block per step) and per-token (LLM decode: seconds per
# layer) floors tried; 0 = no floor. The root is fitted first, then each backend with rows.
FLOOR_GRID: dict[str, tuple[float, ...]] = {
    "llm_tg": (0.0, 2.5e-5, 5e-5, 1e-4, 1.5e-4, 2e-4),
    "llm_pp": (0.0,),
    "image": (0.0, 2e-4, 4e-4, 6e-4, 8e-4, 1e-3, 1.2e-3),
    "video": (0.0, 4e-4, 8e-4, 1.2e-3),
    "cycles": (0.0,),
}
# Instructions LLM decode runs per active weight (Parts.ops); 0 = bandwidth alone. One value
# for every backend: fitted per backend it followed a handful of rows (leave-one-GPU-out of
# the data-centre cards 21 % with one value, 14-36 % per backend depending on the grid).
OPS_GRID: dict[str, tuple[float, ...]] = {"llm_tg": (0.0, 2.0, 4.0, 6.0, 8.0, 12.0, 16.0)}
# A row whose floor explains this share of its measured time says little about efficiency
# (any faster card would measure the same): it is left out of the efficiency groups.
FLOOR_BOUND_SHARE = 0.8
T0_GRID: dict[str, tuple[float, ...]] = {
    # the per-token constant is host work (sampling, graph launch), a millisecond at most
    # (estimate); the 2-3 ms the grid once allowed fitted the rows' spread, not a cost
    "llm_tg": (0.0, 2.5e-4, 5e-4, 1e-3),
    "llm_pp": (0.0, 5e-6, 1e-5, 2e-5, 5e-5),
    # image: seconds per GB of model weights, once per job (diffusion.job_overhead_units)
    "image": (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6),
    "video": (0.0,),
    "cycles": (0.0,),
}


def _implied_log(rows: Sequence[Row], t0: float, floors: dict[str, float],
                 ops: dict[str, float] | None = None,
                 t0_by: dict[str, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per row: log efficiency that reproduces the measurement, and whether the row says
    anything about efficiency (False where the floor explains the time)."""
    out = np.empty(len(rows))
    use = np.ones(len(rows), dtype=bool)
    block = {"floor": floors, "ops": ops, "t0": t0, "t0_by": t0_by}
    for i, r in enumerate(rows):
        p = r.parts
        t_meas = p.k / r.value if p.k > 0.0 else r.value
        rest = max(t_meas - p.fixed - p.m0 * t0_of(block, p.features)
                   - p.ops * ops_of(block, p.features),
                   0.05 * t_meas)
        floor = p.floor * floor_of(block, p.features)
        if floor > 0.0 and floor >= FLOOR_BOUND_SHARE * rest:
            use[i] = False
        out[i] = np.log(p.c / rest)
    return out, use


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else 0.5 * (xs[n // 2 - 1] + xs[n // 2])


def _level_keys(feats: Sequence[dict[str, str]], metric: str) -> list[list[str]]:
    """group_key of every row at every level of `metric` (computed once per fit)."""
    return [[group_key(f, level) for f in feats] for level in LEVELS[metric]]


def _pool(values: np.ndarray, feats: Sequence[dict[str, str]], metric: str,
          root: float, use: np.ndarray | None = None,
          keys_by_level: list[list[str]] | None = None) -> dict[str, float]:
    """Shrunk group centres, level by level, keyed by group_key ('' is the root)."""
    centres: dict[str, float] = {"": root}
    all_keys = keys_by_level if keys_by_level is not None else _level_keys(feats, metric)
    if use is not None:
        values = values[use]
        all_keys = [[k for k, u in zip(ks, use, strict=True) if u] for ks in all_keys]
    vals = [float(v) for v in values]
    parent = [root] * len(vals)
    for depth, keys in enumerate(all_keys):
        parent_keys = [""] * len(vals) if depth == 0 else all_keys[depth - 1]
        members: dict[str, list[float]] = {}
        first_parent: dict[str, str] = {}
        for v, p, k, pk in zip(vals, parent, keys, parent_keys, strict=True):
            members.setdefault(k, []).append(v - p)
            first_parent.setdefault(k, pk)
        for k, res in members.items():
            # median: robust to a wild community row; n/(n+prior): few rows move little
            n = len(res)
            centres[k] = centres[first_parent[k]] + _median(res) * n / (n + PRIOR_ROWS)
        parent = [centres[k] for k in keys]
    return centres


def lookup_depth(centres: dict[str, Any], features: dict[str, str],
                 metric: str) -> tuple[float, int]:
    """(centre of the deepest fitted group this row belongs to, how many levels short of the
    deepest level it is: 0 = its own group was fitted)."""
    levels = LEVELS[metric]
    for gap, level in enumerate(reversed(levels)):
        k = group_key(features, level)
        if k in centres:
            across = (across_centre(centres, features, levels, ACROSS[metric], level)
                      if gap and metric in ACROSS else None)
            return float(centres[k]) if across is None else across, gap
    return float(centres[""]), len(levels)


def lookup(centres: dict[str, Any], features: dict[str, str], metric: str) -> float:
    """The deepest fitted group this row belongs to (its parents were shrunk into it)."""
    return lookup_depth(centres, features, metric)[0]


# Video borrows what a card reaches on image diffusion (same PyTorch DiT kernels, many more
# cards measured): its log efficiency is the image fit's group centre for the card (backend,
# class, architecture) plus the video fit's own per-model and per-class offsets.
BASE_METRIC = {"video": "image"}


def _base(block: dict[str, Any], features: dict[str, str], metric: str) -> float:
    base = block.get("base_centres")
    if not base or metric not in BASE_METRIC:
        return 0.0
    return lookup(base, features, BASE_METRIC[metric])


# Effects crossed with the card hierarchy: a model's offset is shared by every card (FLUX's big
# matmuls reach more of a card's peak than SD1.5's small ones, on any card), so a card the fit
# has not seen still gets it; fitted by backfitting against the card groups.
# The memory mode a job runs in (core.perf.parts.diffusion_parts: everything resident, the text
# encoder swapped out, weights streamed) is crossed too: a UI short of memory runs slower than
# its PCIe transfers alone say (SDXL on 8 GB cards: 57 % slower than predicted without it).
# An LLM's decode offset is crossed too: llama.cpp decodes some models further from their bytes
# than others on every card (a many-expert MoE, Llama 3 8B in F16), which had shown up in the
# groups of whichever cards measured them. Leave-one-GPU-out decode 6.4 -> 6.1 %, data-centre
# 21 -> 8 %, all data-centre cards out 27 -> 14 %, all Apple out 9.5 -> 7.1 %; prefill 6.0 ->
# 6.1 % with it (workstation 12.8 -> 15.4 %), so not there.
CROSSED: dict[str, tuple[tuple[str, ...], ...]] = {"image": (("model",), ("mem",)),
                                                    "llm_tg": (("dies",), ("model",))}
CROSSED_MIN_GPUS = 2
# Crossed levels in the order they hold less in memory: a later one is never fitted faster
# than an earlier one (else a bigger batch that tips a job into streaming could finish sooner).
ORDERED: dict[str, tuple[str, ...]] = {"mem": ("resident", "swap", "stream")}
BACKFIT_ROUNDS = 3


def _crossed(block: dict[str, Any], features: dict[str, str], metric: str) -> float:
    offsets = block.get("crossed")
    if not offsets or metric not in CROSSED:
        return 0.0
    return sum(float(offsets.get(group_key(features, effect), 0.0))
               for effect in CROSSED[metric])


def _ordered(offsets: dict[str, float]) -> dict[str, float]:
    """`offsets` of one crossed effect with ORDERED levels made non-increasing (running min)."""
    for name, levels in ORDERED.items():
        lowest = math.inf
        for level in levels:
            key = f"{name}={level}"
            if key in offsets:
                lowest = offsets[key] = min(offsets[key], lowest)
    return offsets


def _card_centre(centres: dict[str, float], keys_by_level: list[list[str]], i: int) -> float:
    """Row i's deepest fitted group centre from its precomputed keys (lookup_depth's answer
    without building the keys again); the root's where none of its groups was fitted (a group
    of floor-bound rows only)."""
    return next((centres[ks[i]] for ks in reversed(keys_by_level) if ks[i] in centres),
                centres[""])


def centre_of(block: dict[str, Any], features: dict[str, str], metric: str) -> tuple[float, int]:
    """(log efficiency, levels short) of a row under a fitted block."""
    centre, gap = lookup_depth(block["centres"], features, metric)
    return centre + _base(block, features, metric) + _crossed(block, features, metric), gap


def _fit_efficiency(metric: str, rows: Sequence[Row],
                    base: dict[str, Any] | None = None,
                    hyper: dict[str, Any] | None = None) -> dict[str, Any]:
    """t0, floors and group centres minimising the clipped loss (_loss) over grids (on top of
    `base`, the fitted image block, for video)."""
    feats = [r.parts.features for r in rows]
    best: tuple[float, dict[str, Any]] = (np.inf, {})
    extra = {"base_centres": base["centres"]} if base and metric in BASE_METRIC else {}
    offsets = np.array([_base(extra, f, metric) for f in feats])
    keys_by_level = _level_keys(feats, metric)

    # one list of row keys per crossed effect
    cross_keys = [[group_key(f, effect) for f in feats] for effect in CROSSED.get(metric, ())]

    def attempt(t0: float, floors: dict[str, float], ops: dict[str, float] | None = None,
                t0_by: dict[str, float] | None = None) -> tuple[float, dict[str, Any]]:
        implied, use = _implied_log(rows, t0, floors, ops, t0_by)
        implied = implied - offsets
        if not use.any():
            use = np.ones(len(rows), dtype=bool)
        cross: dict[str, float] = {}
        shift = np.zeros(len(rows))
        for _ in range(BACKFIT_ROUNDS if cross_keys else 1):
            y = implied - shift
            centres = _pool(y, feats, metric, float(np.median(y[use])), use, keys_by_level)
            if not cross_keys:
                break
            card = np.array([_card_centre(centres, keys_by_level, i) for i in range(len(rows))])
            shifts = [np.zeros(len(rows)) for _ in cross_keys]  # each crossed effect's
            cross = {}
            for e, keys in enumerate(cross_keys):
                others = sum((p for j, p in enumerate(shifts) if j != e), np.zeros(len(rows)))
                members: dict[str, list[float]] = {}
                cards: dict[str, set[str]] = {}
                for i, k in enumerate(keys):
                    if use[i]:
                        members.setdefault(k, []).append(float(implied[i] - card[i]
                                                               - others[i]))
                        cards.setdefault(k, set()).add(rows[i].gpu_id)
                # an effect shared by every card is told from one card's own way with it only
                # where more than one card measured it (Qwen3.6 35B A3B, on the Arc Pro B70's
                # SYCL build alone, would have made every card 47 % slower on it)
                offs = _ordered({k: _median(v) * len(v) / (len(v) + PRIOR_ROWS)
                                 if len(cards[k]) >= CROSSED_MIN_GPUS else 0.0
                                 for k, v in members.items()})
                shifts[e] = np.array([offs.get(k, 0.0) for k in keys])
                cross.update(offs)
            shift = sum(shifts, np.zeros(len(rows)))
        block = {"t0": t0, "floor": dict(floors), "centres": centres, **extra}
        if ops is not None:
            block["ops"] = dict(ops)
        if t0_by:
            block["t0_by"] = dict(t0_by)
        if cross_keys:
            block["crossed"] = cross
        res = residuals(rows, metric, block, keys_by_level, offsets + shift)
        return _loss(res), block

    if hyper is not None:
        # t0, floors and instructions per weight given (a quick refit of the groups alone)
        return attempt(float(hyper["t0"]), dict(hyper.get("floor") or {"": 0.0}),
                       dict(hyper["ops"]) if hyper.get("ops") else None,
                       dict(hyper.get("t0_by") or {}))[1]
    for t0 in T0_GRID[metric]:
        for f in FLOOR_GRID[metric]:
            for a in OPS_GRID.get(metric, (None,)):
                cand = attempt(t0, {"": f}, None if a is None else {"": a})
                if cand[0] < best[0]:
                    best = cand
    floors: dict[str, float] = dict(best[1]["floor"])
    t0 = float(best[1]["t0"])
    ops = best[1].get("ops")
    if len(FLOOR_GRID[metric]) > 1:
        for key in floor_groups(feats, metric):
            # recorded even where the root's value stays best: this software's floor was
            # fitted (predict_full widens only floors borrowed by unmeasured software); the
            # same floor value, so the same fit and loss
            best = (best[0], {**best[1], "floor": {**floors, key: floors.get("", 0.0)}})
            for f in FLOOR_GRID[metric]:
                cand = attempt(t0, {**floors, key: f}, ops)
                if cand[0] < best[0] - 1e-9:
                    best = cand
            floors = dict(best[1]["floor"])
    for t0_by in host_t0_candidates(rows, metric, t0):  # a server's, beside a desktop's
        cand = attempt(t0, floors, ops, t0_by)
        if cand[0] < best[0] - 1e-9:
            best = cand
    return best[1]


LOSS_CAP = Assumption(
    "largest |log error| one row adds to the loss that picks overheads and floors", 0.5,
    "log", "a clipped mean: every row counts (the median of |log error| jumped between grid "
    "points as one row crossed the middle: decode's held-out error went 10 -> 36 % for the "
    "data-centre cards with one more t0 grid point), and a wild community row counts no more "
    "than a 65 % miss; 0.3-1.0 give the same held-out figures")


def _loss(res: np.ndarray) -> float:
    """What the overhead, floor and instruction grids minimise over the rows' log errors."""
    return float(np.mean(np.minimum(np.abs(res), LOSS_CAP.value)))


def fit_metric(metric: str, rows: Sequence[Row],
               inflation: float | Mapping[str, float] = SIGMA_INFLATION,
               gap_growth: Sequence[float] = (),
               base: dict[str, Any] | None = None,
               hyper: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit one metric; returns the JSON-able block efficiency.json stores for it.
    `gap_growth[g]`: how much wider errors are for rows whose group is missing g levels (from
    leave-one-GPU-out; see `logo_gap_growth`). `hyper`: a fitted block whose overhead t0 and
    floors are kept instead of searched (the groups are refitted). `inflation`: one factor, or
    one per first-level group ('' for the rest; see `logo_inflation`)."""
    infl = dict(inflation) if isinstance(inflation, Mapping) else {"": float(inflation)}
    feats = [r.parts.features for r in rows]
    beta: list[float] = []
    backends: list[str] = []
    if metric == "cycles":
        backends = sorted({f["backend"] for f in feats})
        beta, rest, extra = fit_cycles_specs(rows, backends)
        block: dict[str, Any] = {"t0": 0.0, "floor": {"": 0.0},
                                 "centres": _pool(rest, feats, metric, 0.0), **extra}
    else:
        block = _fit_efficiency(metric, rows, base, hyper)
    block["beta"] = beta
    block["backends"] = backends
    res = residuals(rows, metric, block)
    sigma = max(spread(res) * infl[""], SIGMA_FLOOR)
    sigmas: dict[str, float] = {"": sigma}
    for k, sel in sigma_groups(feats, LEVELS[metric][0]).items():
        sigmas[k] = max(spread(res[sel]) * infl.get(k, infl[""]), SIGMA_FLOOR)
    block["sigma"] = sigmas
    block["sigma_inflation"] = round(infl[""], 3)
    block["sigma_inflation_groups"] = {k: round(v, 3) for k, v in infl.items() if k}
    block["gap_growth"] = [round(float(g), 3) for g in gap_growth] or [1.0]
    peaks = [r.parts.peak for r in rows if r.parts.peak > 0.0]
    block["peak_range"] = [min(peaks), max(peaks)] if peaks else []
    block["n_rows"] = len(rows)
    block["n_gpus"] = len({r.gpu_id for r in rows})
    members: dict[str, set[str]] = {}
    for r in rows:
        for level in LEVELS[metric]:
            members.setdefault(group_key(r.parts.features, level), set()).add(r.gpu_id)
    block["group_gpus"] = {k: len(v) for k, v in sorted(members.items())}
    block["between"] = between_spread(block, LEVELS[metric], metric)
    block["in_sample_median_abs_pct"] = round(100 * float(np.median(np.abs(np.expm1(res)))), 2)
    return block


def predict_full(parts: Parts, block: dict[str, Any]) -> tuple[float, float, float, float]:
    """(efficiency-bound time, fixed time, sigma, metric p50) from a fitted block; for Cycles
    the first two are 0 and the value is the score. Sigma grows where the row's group falls
    back to a parent (gap_growth), where few cards fitted it (thin_factor) and where its card
    lies outside the calibrated range."""
    metric = parts.metric
    centre, gap = centre_of(block, parts.features, metric)
    sigmas = block.get("sigma", {"": 0.0})
    own, kind = row_sigma(sigmas, parts.features, LEVELS[metric][0])
    growth = list(block.get("gap_growth") or [1.0])
    sigma = own * float(growth[min(gap, len(growth) - 1)])
    between = list(block.get("between") or [])
    if gap and between:
        # a group the fit never saw is as far off as such groups lie from their parents: at
        # least that on top of the cards' own spread (leave-one-GPU-out's widening, measured on
        # cards one level short, says too little when a whole class or backend is missing)
        missing = between[len(between) - gap:]
        sigma = max(sigma, float(np.hypot(own, np.hypot.reduce(np.array(missing)))))
    # the model kind's own uncertainty adds to the card's, not multiplied by its widening (a
    # mixture of experts on a card one level short had been 2.5 x its kind's spread: gpt-oss
    # on a Radeon 8060S 13-234 t/s)
    sigma = float(np.hypot(sigma, kind))
    sigma *= thin_factor(block, parts.features, LEVELS[metric])
    lo_hi = block.get("peak_range") or []
    if metric != "cycles" and parts.peak > 0.0 and len(lo_hi) == 2:
        # (Cycles widens in its own branch below, by its spec columns, log FP32 among them:
        # both would count one FP32 shortfall twice)
        # below the slowest card calibrated only: widening a card faster than the fastest
        # would let more speed lengthen p90 where fixed costs dominate
        beyond = max(np.log(lo_hi[0] / parts.peak), 0.0)
        sigma = float(np.hypot(sigma, OUT_OF_RANGE_SIGMA_PER_EFOLD.value * beyond))
    if metric == "cycles":
        value, beyond = cycles_score(parts, block, centre)
        sigma = float(np.hypot(sigma, OUT_OF_RANGE_SIGMA_PER_EFOLD.value * beyond))
        return 0.0, 0.0, sigma, value
    eff = float(np.exp(centre))
    t0 = t0_of(block, parts.features)
    f = floor_of(block, parts.features)
    a = ops_of(block, parts.features)
    if parts.floor * f > parts.c_loop / eff and not own_floor(block, parts.features):
        # the floor sets the time but was never measured for this software: as uncertain as
        # floors of different software are apart
        sigma = float(np.hypot(sigma, FLOOR_FALLBACK_SIGMA.value))
    return (parts.scaled(eff, f), parts.fixed + parts.m0 * t0 + parts.ops * a, sigma,
            parts.value(eff, t0, f, a))


def predict_log(parts: Parts, block: dict[str, Any]) -> tuple[float, float]:
    """(p50 of the metric, lognormal sigma of the time or score) from a fitted block."""
    _, _, sigma, value = predict_full(parts, block)
    return value, sigma


def residuals(rows: Sequence[Row], metric: str, block: dict[str, Any],
               keys_by_level: list[list[str]] | None = None,
               offsets: np.ndarray | None = None) -> np.ndarray:
    """log(predicted / measured) per row (`keys_by_level`, `offsets`: the rows' group keys
    and base centres, where the caller has them)."""
    if metric == "cycles" and "beta" in block and block["beta"]:
        return np.array([np.log(predict_log(r.parts, block)[0] / r.value) for r in rows])
    out = np.empty(len(rows))
    centres = block["centres"]
    for i, r in enumerate(rows):
        if keys_by_level is not None and offsets is not None:
            centre = _card_centre(centres, keys_by_level, i) + float(offsets[i])
        else:
            centre = centre_of(block, r.parts.features, metric)[0]
        f = floor_of(block, r.parts.features)
        a = ops_of(block, r.parts.features)
        t0 = t0_of(block, r.parts.features)
        out[i] = math.log(r.parts.value(math.exp(centre), t0, f, a) / r.value)
    return out


def fit_all(rows: Sequence[Row], inflation: Mapping[str, Any] | None = None,
            gap_growth: dict[str, list[float]] | None = None,
            ) -> dict[str, dict[str, Any]]:
    by_metric: dict[str, list[Row]] = {}
    for r in rows:
        by_metric.setdefault(r.parts.metric, []).append(r)
    infl = inflation or {}
    gaps = gap_growth or {}
    out: dict[str, dict[str, Any]] = {}
    # metrics others borrow from first
    order = sorted(by_metric, key=lambda m: (m in BASE_METRIC, m))
    for m in order:
        base = out.get(BASE_METRIC.get(m, ""))
        out[m] = fit_metric(m, by_metric[m], infl.get(m, SIGMA_INFLATION), gaps.get(m, ()),
                            base=base)
    return dict(sorted(out.items()))
