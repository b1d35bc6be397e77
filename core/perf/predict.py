"""`rigsizer predict`: answer published-measurement queries (DESIGN.md, the validation contract).

Each query is answered on its own: a bad one gets an answer whose `error` says why, in a plain
sentence, and the others are unaffected. p10/p50/p90 come from the same Monte Carlo kernel as
every other time (rates are the inverse of times, so their p10 is the time's p90).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from core import config
from core.perf.job import calibrated
from core.perf.montecarlo import quantiles
from core.perf.parts import METRIC_NAME, query_parts
from core.perf.resolve import resolve_gpu_name, unresolved_reason

if TYPE_CHECKING:
    from core.perf.evaluate import PerfModel

TASK_METRIC = {"llm": "tokens_per_s", "cycles": "opendata_score", "image": "it_per_s",
               "video": "seconds"}
QUANTILES = np.array([0.1, 0.5, 0.9])


def _answer(qid: Any, gpu_id: str | None, metric: str | None, error: str | None,
            basis: str = "model") -> dict[str, Any]:
    return {"id": qid, "gpu_id": gpu_id, "metric": metric, "p10": None, "p50": None,
            "p90": None, "basis": basis, "error": error}


def predict(queries: list[Any], model: PerfModel, *, measured: bool = True,
            samples: int = config.MC_SAMPLES) -> list[dict[str, Any]]:
    """One answer per query, in order, from `model`'s fit and measured rows; the names a query
    gives are looked up in the catalogs `model` was built from. `measured=False` answers
    everything from the model. The user's own measurements move these answers afterwards
    (core.measure.compare.apply_user).
    """
    answers: list[dict[str, Any]] = []
    # per answer to compute: (index, a, sigma, c, k, kind) with kind "time", "rate" or "value"
    pending: list[tuple[int, float, float, float, float, str]] = []
    for i, q in enumerate(queries):
        if not isinstance(q, dict):
            answers.append(_answer(None, None, None, f"query {i + 1} is not a JSON object"))
            continue
        qid = q.get("id")
        task = q.get("task")
        metric = TASK_METRIC.get(task) if isinstance(task, str) else None
        name = q.get("gpu")
        if metric is None:
            answers.append(_answer(qid, None, None, f"unknown task {task!r}; expected llm, "
                                   "cycles, image or video"))
            continue
        if name is not None and not isinstance(name, str):
            answers.append(_answer(qid, None, metric, "field 'gpu' must be a GPU name (text), "
                                   f"got {repr(name)[:40]}"))
            continue
        if not isinstance(name, str) or not name.strip():
            answers.append(_answer(qid, None, metric, "the query names no GPU ('gpu' field)"))
            continue
        gpu = resolve_gpu_name(name, model.catalogs)
        if gpu is None:
            answers.append(_answer(qid, None, metric, unresolved_reason(name, model.catalogs)))
            continue
        # Validate before the measured lookup: the lookup builds a table key from the raw
        # fields, so a list or a text width would fail there instead of getting its answer.
        try:
            parts = query_parts(q, gpu, model.catalogs)
        except ValueError as exc:
            answers.append(_answer(qid, gpu.id, metric, str(exc).replace("query ", "Query ", 1)))
            continue
        if measured:
            hit = model.measured.lookup(q, gpu)
            if hit is not None:
                value, sigma = hit
                answers.append(_answer(qid, gpu.id, metric, None, "measured"))
                pending.append((i, value, sigma, 0.0, 0.0, "value"))
                continue
        # Macs come in several memory sizes and the catalog lists one; a measurement of the
        # chip shows a configuration that ran it, so the speed question still has an answer.
        if not parts.runnable and gpu.vendor != "apple":
            answers.append(_answer(qid, gpu.id, metric, f"cannot run on {gpu.name}: {parts.note}"))
            continue
        answers.append(_answer(qid, gpu.id, METRIC_NAME[parts.metric], None))
        scaled, fixed, sigma, value = calibrated(parts, model.efficiency)
        if parts.metric == "cycles":
            pending.append((i, value, sigma, 0.0, 0.0, "value"))
        else:
            pending.append((i, scaled, sigma, fixed, parts.k, "rate" if parts.k > 0 else "time"))
    if pending:
        a = np.array([p[1] for p in pending])
        sa = np.array([p[2] for p in pending])
        c = np.array([p[3] for p in pending])
        zeros = np.zeros(len(pending))
        q = quantiles(a, sa, zeros, zeros, c, QUANTILES, samples, config.MC_SEED)
        for (i, _, _, _, k, kind), (t10, t50, t90) in zip(pending, q, strict=True):
            if kind == "rate":
                lo, mid, hi = k / t90, k / t50, k / t10
            else:
                lo, mid, hi = t10, t50, t90
            ans = answers[i]
            ans["p10"], ans["p50"], ans["p90"] = (round_answer(x) for x in (lo, mid, hi))
            if None in (ans["p10"], ans["p50"], ans["p90"]):
                # the contract: a null number always comes with a reason
                ans["p10"] = ans["p50"] = ans["p90"] = None
                ans["error"] = "the model gives no finite answer for these sizes"
    return answers


def round_answer(x: float) -> float | None:
    """A figure as an answer gives it: 5 significant digits; None when not finite."""
    if not math.isfinite(x):
        return None
    return float(f"{x:.5g}")
