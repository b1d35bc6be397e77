"""How much wider the fit's errors are on a GPU it never saw: leave-one-GPU-out residuals, the
widening they give each group's sigma, and how the band grows when a card's group falls back to a
parent (used by tools/fit_calibration.py when it writes efficiency.json)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.perf.fit import (
    BASE_METRIC,
    LEVELS,
    centre_of,
    fit_metric,
    predict_log,
    residuals,
)
from core.perf.fit_row import Row
from core.perf.fit_spread import SIGMA_GROUP_MIN_ROWS, sigma_groups, spread, thin_factor
from core.schema.assumption import Assumption


def logo_residuals(metric: str, rows: Sequence[Row], with_gap: bool = False,
                   base_rows: Sequence[Row] = ()) -> np.ndarray:
    """log(predicted / measured) for every row, each predicted by a fit without its GPU and
    divided by the widening that fit gives it for a thinly fitted group (core.perf.fit.
    thin_factor), so that what is measured here is what sigma stands for (with_gap: a second
    column, how many levels short its group was). `base_rows`: the rows of the metric it
    borrows from (video: image), refitted without that GPU too."""
    out: list[tuple[float, int]] = []
    for gid in sorted({r.gpu_id for r in rows}):
        train = [r for r in rows if r.gpu_id != gid]
        if not train:
            continue
        base = None
        if base_rows:
            base = fit_metric(BASE_METRIC[metric], [r for r in base_rows if r.gpu_id != gid])
        block = fit_metric(metric, train, base=base)
        for r in rows:
            if r.gpu_id == gid:
                gap = centre_of(block, r.parts.features, metric)[1]
                err = float(np.log(predict_log(r.parts, block)[0] / r.value))
                out.append((err / thin_factor(block, r.parts.features, LEVELS[metric]), gap))
    arr = np.array(out).reshape(-1, 2)
    return arr if with_gap else arr[:, 0]


def logo_inflation(metric: str, rows: Sequence[Row], base_rows: Sequence[Row] = (),
                   gap_growth: Sequence[float] = ()) -> dict[str, float]:
    """How much wider leave-one-GPU-out errors are than in-sample ones (ratio of spreads, at
    least 1), for rows whose own group the fit still had: '' overall, per first-level group
    (backend) and per card class with enough rows of their own. `gap_growth`: the widening
    (logo_gap_growth) a row whose group falls back gets, divided out of its error."""
    base = fit_metric(BASE_METRIC[metric], base_rows) if base_rows else None
    in_sample = residuals(rows, metric, fit_metric(metric, rows, base=base))
    logo = logo_residuals(metric, rows, with_gap=True, base_rows=base_rows)
    if len(gap_growth):
        # predictions widen a row `gap` levels short by gap_growth[gap] anyway: a group whose
        # own rows are too few to judge on rows with their group fitted is judged on all its
        # rows with that widening taken out, not counted twice (Intel decode had been 2.5 x
        # 1.7 times its spread)
        short = np.minimum(logo[:, 1].astype(int), len(gap_growth) - 1)
        logo[:, 0] = logo[:, 0] / np.asarray(gap_growth, dtype=float)[short]
    # logo_residuals' order: GPU by GPU (sorted ids), each GPU's rows in order
    order = [i for gid in sorted({r.gpu_id for r in rows})
             for i, r in enumerate(rows) if r.gpu_id == gid]
    level = LEVELS[metric][0]

    def ratio(sel_in: np.ndarray, sel_logo: np.ndarray) -> float:
        near = logo[sel_logo & (logo[:, 1] == 0), 0]
        if len(near) < SIGMA_GROUP_MIN_ROWS:
            near = logo[sel_logo, 0]
        return max(spread(near) / max(spread(in_sample[sel_in]), 1e-6), 1.0)

    everything = np.ones(len(rows), dtype=bool)
    out = {"": ratio(everything, everything)}
    for k, sel in sigma_groups([r.parts.features for r in rows], level).items():
        out[k] = ratio(sel, sel[order])
    return out


GAP_MIN_ROWS = 6
GAP_GROWTH_MAX = Assumption(
    "largest widening for a row whose group falls back", 2.5, "x sigma",
    "estimate: the few rows far from any fitted group are often odd backends (an experimental "
    "HIP build, Vulkan on an iGPU) whose errors would otherwise set every fallback's band")


def logo_gap_growth(metric: str, rows: Sequence[Row],
                    base_rows: Sequence[Row] = ()) -> list[float]:
    """Per number of missing levels g: spread of leave-one-GPU-out errors of rows g levels short
    / that of rows with their own group; never shrinking as g grows (too few rows: as g-1)."""
    logo = logo_residuals(metric, rows, with_gap=True, base_rows=base_rows)
    base = max(spread(logo[logo[:, 1] == 0, 0]) or spread(logo[:, 0]), 1e-6)
    out = [1.0]
    for g in range(1, len(LEVELS[metric]) + 1):
        sel = logo[logo[:, 1] >= g, 0]
        s = spread(sel) / base if len(sel) >= GAP_MIN_ROWS else out[-1]
        out.append(min(max(s, out[-1]), GAP_GROWTH_MAX.value))
    return out
