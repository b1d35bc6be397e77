"""How wide a fitted block's ranges are: the spread of log residuals, the group keys the
spread and the centres are stored under, and the two widenings a prediction gets from the
groups it was fitted on (few cards in its group; a group the fit never saw)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from core.schema.assumption import Assumption

Levels = tuple[tuple[str, ...], ...]


def group_key(features: dict[str, str], level: tuple[str, ...]) -> str:
    return "|".join(f"{name}={features.get(name, '')}" for name in level)


def spread(res: np.ndarray) -> float:
    """Lognormal sigma whose ±1.2816 sigma band holds 80 % of the residuals: the 80th
    percentile of |log residual| / 1.2816 (residuals are heavier-tailed than normal, so a
    MAD-based sigma would cover too little)."""
    if len(res) == 0:
        return 0.0
    return float(np.quantile(np.abs(res), 0.8)) / 1.2815515655446004


def between_spread(block: dict[str, Any], levels: Levels, metric: str) -> list[float]:
    """Per level: how far the groups of that level lie from their parents (the spread of the
    fitted offsets, as `spread` measures residuals); for Cycles the first entry also holds the
    spread of the backends' intercepts. What a card whose group the fit never saw can be off
    by, on top of the cards' own spread."""
    centres = block["centres"]
    out = []
    for depth in range(len(levels)):
        offsets = [v - centres.get("|".join(k.split("|")[:depth]), centres[""])
                   for k, v in centres.items() if k and k.count("|") == depth]
        out.append(round(spread(np.array(offsets)), 4))
    backends = block.get("backends") or []
    if metric == "cycles" and len(backends) > 1:
        intercepts = np.array(block["beta"][:len(backends)])
        out[0] = round(float(np.hypot(out[0], spread(intercepts - intercepts.mean()))), 4)
    return out


def thin_factor(block: dict[str, Any], features: dict[str, str], levels: Levels) -> float:
    """How much wider a row's range is for the few cards its group was fitted on: a group
    centre from n cards predicts another card with sqrt(1 + 1/n) times the spread of the cards
    around it (the prediction interval of a mean). Leave-one-GPU-out measures the spread with
    this factor taken out (core.perf.fit_logo), so it moves width from groups of many cards to
    groups of few instead of widening every range."""
    counts = block.get("group_gpus") or {}
    centres = block.get("centres") or {}
    for level in reversed(levels):
        k = group_key(features, level)
        if k in centres and counts.get(k):
            return math.sqrt(1.0 + 1.0 / float(counts[k]))
    return 1.0


# A backend has a spread of its own where it has this many rows.
SIGMA_GROUP_MIN_ROWS = 12
# A card class (core.perf.cardclass) has its own spread where it has this many rows: classes
# are small (AMD and Intel decode: 7-15 rows) and can scatter more than their backend's rows
# (leave-one-GPU-out: Intel decode 16 % off against 6 % overall). With the backend's spread
# alone 58-67 % of AMD's prompt and decode rows and 62 % of the data-centre Cycles rows were
# inside [p10, p90]; with their own, 67-88 %. Five rows is the least that gives an 80th
# percentile between two of them. A mixture-of-experts LLM (feature `moe`) has its own in the
# same way: gpt-oss runs as its active weights say, models with many small experts decode
# 1.5-3x slower (Gemma 4 26B A4B on an RTX 3090, Qwen3.6 35B-A3B on SYCL) and take prompts
# 5-7x slower (SYCL), so one is less certain.
GROUP_SIGMA_MIN_ROWS = 5
SIGMA_GROUPS = (("cls",), ("moe",))
# A row of such a model kind is left out of its card's groups' spreads: the MoE rows' scatter
# is the model's, and counted in it made every SYCL estimate 4.7x wide (p90/p10), dense or not.
MODEL_SIGMA_GROUPS = (("moe",),)


def sigma_keys(features: dict[str, str], first_level: tuple[str, ...]) -> list[tuple[str, int]]:
    """(group key, rows it needs) of each group a row's spread is kept for: its first-level
    group (the backend), and each of SIGMA_GROUPS the row has a value for."""
    out = [(group_key(features, first_level), SIGMA_GROUP_MIN_ROWS)]
    out += [(group_key(features, g), GROUP_SIGMA_MIN_ROWS) for g in SIGMA_GROUPS
            if all(features.get(name) for name in g)]
    return out


def sigma_groups(feats: Sequence[dict[str, str]],
                 first_level: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Each group with enough rows for a spread of its own: key -> which rows are in it (a
    row of a MODEL_SIGMA_GROUPS kind only in that group)."""
    members: dict[str, list[int]] = {}
    least: dict[str, int] = {}
    for i, f in enumerate(feats):
        only = {group_key(f, g) for g in MODEL_SIGMA_GROUPS
                if all(f.get(name) for name in g)}
        for key, n in sigma_keys(f, first_level):
            if not only or key in only:
                members.setdefault(key, []).append(i)
                least[key] = n
    out = {}
    for key in sorted(members):
        if len(members[key]) >= least[key]:
            sel = np.zeros(len(feats), dtype=bool)
            sel[members[key]] = True
            out[key] = sel
    return out


def row_sigma(sigmas: dict[str, float], features: dict[str, str],
              first_level: tuple[str, ...]) -> tuple[float, float]:
    """A row's spread in two parts: the card's (its backend's, else the whole metric's,
    widened to its card class's where wider; never narrower than the backend's, so a group
    that happens to fit well in-sample does not get a band its few rows cannot vouch for), and
    what its model kind adds to that (a mixture of experts: the kind's spread in quadrature
    beyond the card's, 0 for other models). The first grows where the card's group was never
    fitted; the second is the model's, whatever the card."""
    (backend, _), *more = sigma_keys(features, first_level)
    kinds = {group_key(features, g) for g in MODEL_SIGMA_GROUPS}
    card = max([float(sigmas.get(backend, sigmas.get("", 0.0))),
                *(float(sigmas.get(k, 0.0)) for k, _ in more if k not in kinds)])
    kind = max([0.0, *(float(sigmas.get(k, 0.0)) for k, _ in more if k in kinds)])
    return card, math.sqrt(max(kind * kind - card * card, 0.0))


OUT_OF_RANGE_SIGMA_PER_EFOLD = Assumption(
    "extra spread per e-fold below the calibrated spec range", 0.15, "log sigma (quadrature)",
    "estimate: no held-out card lies far enough outside to measure it")
