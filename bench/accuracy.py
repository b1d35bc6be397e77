"""Leave-one-GPU-out cross-validation of the performance model on the calibration data.

For every GPU with calibration rows: refit the efficiencies without that GPU's rows, predict its
rows, and score the predictions. Prints per metric: rows, GPUs, median absolute % error of p50,
the share of measurements inside [p10, p90], and for LLM decode the llmfit baseline
(bandwidth ÷ model size × 0.55) on the same rows.

Run:  .venv/bin/python bench/accuracy.py
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalogs.gpus import gpus_by_id
from core.catalogs.models import find_model, find_quant
from core.perf import llm
from core.perf.efficiency import calibration_rows, load_efficiency
from core.perf.fit import Row, fit_metric, predict_log
from core.perf.job import calibrated

Z90 = 1.2815515655446004
METRICS = (("llm_tg", "LLM decode tg"), ("llm_pp", "LLM prefill pp"),
           ("cycles", "Blender score"), ("image", "image it/s"), ("video", "video seconds"))
AIMS = {"llm_tg": 12.0, "llm_pp": 20.0, "cycles": 15.0, "image": 25.0, "video": 25.0}
LLMFIT_FACTOR = 0.55


def interval(row: Row, block: dict) -> tuple[float, float, float]:
    """(p10, p50, p90) of the metric for one row under a fitted block (as predict does)."""
    p = row.parts
    scaled, fixed, sigma, value = calibrated(p, block)
    if p.metric == "cycles":
        return value * math.exp(-Z90 * sigma), value, value * math.exp(Z90 * sigma)
    t10 = scaled * math.exp(-Z90 * sigma) + fixed
    t90 = scaled * math.exp(Z90 * sigma) + fixed
    if p.k > 0:
        return p.k / t90, value, p.k / t10
    return t10, value, t90


def llmfit(row: Row, query: dict) -> float:
    gpu = gpus_by_id()[row.gpu_id]
    model = find_model(query["model"])
    quant = find_quant(query["quant"])
    assert model is not None and quant is not None
    size = llm.weight_bytes(model, quant.bits_per_weight)
    return gpu.mem_bandwidth_bps / size * LLMFIT_FACTOR


def main() -> int:
    ap = argparse.ArgumentParser(description="leave-one-GPU-out accuracy table")
    ap.parse_args()
    started = time.perf_counter()
    rows, unused = calibration_rows()
    queries = _queries(rows)
    print(f"calibration rows used: {len(rows)}  (not usable: {len(unused)})")
    image = [q for q in queries if q["task"] == "image"]
    # no image row is excluded: rows that time only the sampling loop or multiply in fp8 are
    # predicted as what they measure (core.perf.calibration reads that from their notes)
    print(f"image rows: {len(image)}, of them timed over the sampling loop only: "
          f"{sum(q.get('timing') == 'denoiser' for q in image)}, fp8 matmuls: "
          f"{sum(q.get('precision') == 'fp8' for q in image)}; excluded: 0")
    print(f"{'metric':16s} {'rows':>5s} {'GPUs':>5s} {'LOGO med|err|':>14s} {'in [p10,p90]':>13s}"
          f" {'aim':>6s} {'in-sample':>10s}  baseline")
    results = {}
    shipped = load_efficiency()["metrics"]
    for metric, label in METRICS:
        sel = [i for i, r in enumerate(rows) if r.parts.metric == metric]
        if not sel:
            continue
        mrows = [rows[i] for i in sel]
        # the spread factor the shipped fit measured (leave-one-GPU-out) for this metric
        inflation = float(shipped[metric]["sigma_inflation"])
        full = fit_metric(metric, mrows, inflation)
        gpu_ids = sorted({r.gpu_id for r in mrows})
        errs, inside, base_errs, in_errs = [], [], [], []
        for gid in gpu_ids:
            train = [r for r in mrows if r.gpu_id != gid]
            test = [(i, r) for i, r in zip(sel, mrows, strict=True) if r.gpu_id == gid]
            if not train:
                continue
            block = fit_metric(metric, train, inflation)
            for i, r in test:
                p10, p50, p90 = interval(r, block)
                errs.append(abs(p50 / r.value - 1.0))
                inside.append(p10 <= r.value <= p90)
                in_errs.append(abs(predict_log(r.parts, full)[0] / r.value - 1.0))
                if metric == "llm_tg":
                    base_errs.append(abs(llmfit(r, queries[i]) / r.value - 1.0))
        if not errs:
            continue
        med = 100 * float(np.median(errs))
        cov = 100 * float(np.mean(inside))
        base = f"llmfit {100 * float(np.median(base_errs)):.1f} %" if base_errs else ""
        results[metric] = (med, cov)
        print(f"{label:16s} {len(errs):5d} {len(gpu_ids):5d} {med:12.1f} % {cov:11.1f} %"
              f" {AIMS[metric]:5.0f}% {100 * float(np.median(in_errs)):8.1f} %  {base}")
    print(f"coverage aim: 70-90 %.  took {time.perf_counter() - started:.1f} s")
    return 0


def _queries(rows: list[Row]) -> list[dict]:
    """The predict query behind each row (same order as calibration_rows)."""
    from core.perf.calibration import load_observations
    from core.perf.parts import query_parts
    from core.perf.resolve import resolve_gpu_name

    out = []
    obs, _ = load_observations()
    for o in obs:
        gpu = resolve_gpu_name(o.gpu)
        if gpu is None:
            continue
        try:
            parts = query_parts(o.query, gpu)
        except ValueError:
            continue
        if not parts.runnable and gpu.vendor != "apple":
            continue
        out.append(o.query)
    assert len(out) == len(rows)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
