"""Accuracy on data the fit has not seen: leave-one-GPU-out and left-out card families.

Leave-one-GPU-out refits every metric without one GPU's rows and predicts them; family-out
refits without a whole card class (every HBM data-centre card, every Apple chip) and predicts
that class. Both score the median |error| of p50 and the share of measurements inside
[p10, p90], overall and per card class; bench/accuracy.py prints them and the test suite holds
them to the aims of issue #12.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from core.perf.efficiency import Efficiency
from core.perf.fit import BASE_METRIC, fit_metric
from core.perf.fit_row import Row
from core.perf.fit_software import floor_groups, hosts_fitted_apart
from core.perf.job import calibrated

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

Z90 = 1.2815515655446004
METRICS = ("llm_tg", "llm_pp", "cycles", "image", "video")
LABELS = {"llm_tg": "LLM decode", "llm_pp": "LLM prefill", "cycles": "Blender Cycles",
          "image": "image it/s", "video": "video time"}
# issue #12: median |error| of p50 on held-out data, per metric (%)
AIMS = {"llm_tg": 10.0, "llm_pp": 12.0, "cycles": 12.0, "image": 18.0, "video": 25.0}
COVERAGE_AIM = (0.70, 0.90)
VIDEO_RATIO_AIM = 3.0
FAMILY_OUT = ("datacenter", "apple")


@dataclass(frozen=True, slots=True)
class Scored:
    metric: str
    cls: str
    gpu_id: str
    value: float
    p10: float
    p50: float
    p90: float

    @property
    def error(self) -> float:
        return abs(self.p50 / self.value - 1.0)

    @property
    def inside(self) -> bool:
        return self.p10 <= self.value <= self.p90


def interval(row: Row, block: dict[str, Any]) -> tuple[float, float, float]:
    """(p10, p50, p90) of the metric for one row under a fitted block (as predict does, with
    the efficiency-bound part lognormal and the rest fixed)."""
    p = row.parts
    scaled, fixed, sigma, value = calibrated(p, Efficiency({p.metric: block}))
    if p.metric == "cycles":
        return value * math.exp(-Z90 * sigma), value, value * math.exp(Z90 * sigma)
    t10 = scaled * math.exp(-Z90 * sigma) + fixed
    t90 = scaled * math.exp(Z90 * sigma) + fixed
    if p.k > 0:
        return p.k / t90, value, p.k / t10
    return t10, value, t90


def _score(rows: Sequence[Row], block: dict[str, Any]) -> list[Scored]:
    out = []
    for r in rows:
        p10, p50, p90 = interval(r, block)
        out.append(Scored(r.parts.metric, r.parts.features.get("cls", ""), r.gpu_id, r.value,
                          p10, p50, p90))
    return out


def _shipped(metric: str) -> tuple[dict[str, float], list[float]]:
    block = _shipped_block(metric)
    inflation = {"": float(block.get("sigma_inflation", 1.3)),
                 **block.get("sigma_inflation_groups", {})}
    return inflation, list(block.get("gap_growth") or [1.0])


def _shipped_block(metric: str) -> dict[str, Any]:
    from core.perf.efficiency import load_efficiency

    block: dict[str, Any] = load_efficiency()["metrics"].get(metric, {})
    return block


def _hyper(metric: str, quick: bool) -> dict[str, Any] | None:
    """quick: keep the shipped fit's overhead and floors (chosen on all rows) and refit only
    the groups: seconds instead of a minute, for the test suite's regression guard."""
    return _shipped_block(metric) if quick and metric != "cycles" else None


def leave_one_gpu_out(metric: str, rows: Sequence[Row], quick: bool = False) -> list[Scored]:
    """Each GPU's rows predicted by a fit on every other GPU's rows (with the spread factors
    the shipped fit measured)."""
    gids = sorted({r.gpu_id for r in rows if r.parts.metric == metric})
    return [s for gid in gids for s in one_gpu_out(metric, rows, gid, quick)]


def one_gpu_out(metric: str, rows: Sequence[Row], gid: str,
                quick: bool = False) -> list[Scored]:
    """The rows of `metric` on GPU `gid`, in their order, predicted by a fit on every other
    GPU's rows."""
    inflation, gaps = _shipped(metric)
    mrows = [r for r in rows if r.parts.metric == metric]
    train = [r for r in mrows if r.gpu_id != gid]
    if not train:
        return []
    block = fit_metric(metric, train, inflation, gaps,
                       base=_base(metric, rows, gid=gid, quick=quick),
                       hyper=_seen(_hyper(metric, quick), train, metric))
    return _score([r for r in mrows if r.gpu_id == gid], block)


def family_out(metric: str, rows: Sequence[Row], cls: str,
               quick: bool = False) -> list[Scored]:
    """A whole card class predicted by a fit that has none of it."""
    inflation, gaps = _shipped(metric)
    mrows = [r for r in rows if r.parts.metric == metric]
    train = [r for r in mrows if r.parts.features.get("cls") != cls]
    test = [r for r in mrows if r.parts.features.get("cls") == cls]
    if not train or not test:
        return []
    return _score(test, fit_metric(metric, train, inflation, gaps,
                                   base=_base(metric, rows, cls=cls, quick=quick),
                                   hyper=_seen(_hyper(metric, quick), train, metric)))


def _base(metric: str, rows: Sequence[Row], gid: str = "", cls: str = "",
          quick: bool = False) -> dict[str, Any] | None:
    """The fit a metric borrows from (video: image), without the held-out GPU or class."""
    if metric not in BASE_METRIC:
        return None
    other = BASE_METRIC[metric]
    train = [r for r in rows if r.parts.metric == other and r.gpu_id != gid
             and (not cls or r.parts.features.get("cls") != cls)]
    if not train:
        return None
    return fit_metric(other, train, hyper=_seen(_hyper(other, quick), train, other))


def _seen(hyper: dict[str, Any] | None, train: Sequence[Row],
          metric: str) -> dict[str, Any] | None:
    """The shipped floors and host overheads of `metric` only for groups the training rows
    could still fit, by the full fit's own rules (fit_software.floor_groups and
    hosts_fitted_apart). The H200's image rows set a server's per-step floor:
    left out, the P100's three server rows cannot, and it is not known."""
    if hyper is None:
        return None
    groups = set(floor_groups([r.parts.features for r in train], metric))
    floors = {k: v for k, v in (hyper.get("floor") or {"": 0.0}).items()
              if not k or k in groups}
    hosts = set(hosts_fitted_apart(train))
    t0_by = {k: v for k, v in (hyper.get("t0_by") or {}).items() if k in hosts}
    return {**hyper, "floor": floors, "t0_by": t0_by}


@dataclass(frozen=True, slots=True)
class Summary:
    rows: int
    gpus: int
    median_error: float  # fraction
    coverage: float  # fraction inside [p10, p90]
    ratio: float  # median p90/p10 of the metric

    @staticmethod
    def of(scored: Sequence[Scored]) -> Summary:
        if not scored:
            return Summary(0, 0, math.nan, math.nan, math.nan)
        return Summary(len(scored), len({s.gpu_id for s in scored}),
                       float(np.median([s.error for s in scored])),
                       float(np.mean([s.inside for s in scored])),
                       float(np.median([s.p90 / s.p10 for s in scored])))


def by_class(scored: Sequence[Scored]) -> dict[str, Summary]:
    classes = sorted({s.cls for s in scored})
    return {c: Summary.of([s for s in scored if s.cls == c]) for c in classes}


def name_resolution(catalogs: Catalogs) -> tuple[int, int, list[str]]:
    """(resolved, total, unresolved names) over the distinct GPU names of the calibration
    files, as benchmarks print them, against the GPUs of `catalogs`."""
    from core.perf.calibration import load_observations
    from core.perf.resolve import resolve_gpu_name

    obs, _ = load_observations()
    names = sorted({o.gpu for o in obs})
    missing = [n for n in names if resolve_gpu_name(n, catalogs) is None]
    return len(names) - len(missing), len(names), missing
