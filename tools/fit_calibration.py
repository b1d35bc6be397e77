"""Fit the performance model's efficiencies on the calibration data and write
assets/calibration/efficiency.json (fit date, data files used, per-metric groups and spread).

Run:  .venv/bin/python tools/fit_calibration.py [--check]
`--check` fits and prints the summary without writing the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalogs.bundle import load_catalogs
from core.perf.calibration import FILES, measured_dir
from core.perf.efficiency import calibration_rows, efficiency_path
from core.perf.fit import (
    BASE_METRIC,
    LEVELS,
    PRIOR_ROWS,
    fit_all,
)
from core.perf.fit_logo import logo_gap_growth, logo_inflation


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the fit, do not write it")
    args = ap.parse_args()
    rows, unused = calibration_rows(load_catalogs(prices=False))
    by_metric: dict[str, list] = {}
    for r in rows:
        by_metric.setdefault(r.parts.metric, []).append(r)
    def base(m: str) -> list:
        return by_metric.get(BASE_METRIC.get(m, ""), [])

    gaps = {m: logo_gap_growth(m, rs, base(m)) for m, rs in by_metric.items()}
    inflation = {m: logo_inflation(m, rs, base(m), gaps[m]) for m, rs in by_metric.items()}
    metrics = fit_all(rows, inflation, gaps)
    files = []
    for name in sorted(FILES.values()):
        data = (measured_dir() / name).read_bytes()
        files.append({"file": f"assets/calibration/measured/{name}",
                      "copied_from": f"../shared/calibration/{name}",
                      "sha256": hashlib.sha256(data).hexdigest()})
    doc = {
        "fit_date": dt.date.today().isoformat(),
        "tool": "tools/fit_calibration.py",
        "method": ("per metric: log efficiency per group, partially pooled "
                   f"(prior {PRIOR_ROWS:g} rows) along levels {json.dumps(LEVELS)}; "
                   "overhead t0 from a grid (LLM: per token; image: per GB of model weights "
                   "per job, inside the uncertain part); Cycles: least squares of log score on "
                   "log FP32 TFLOPS, log bandwidth and RT generation with backend intercepts; "
                   "sigma = 80th percentile of |log residual| / 1.2816 x sigma_inflation, where "
                   "sigma_inflation = the same spread of leave-one-GPU-out log errors / that of "
                   "in-sample ones, per metric (at least 1), for rows whose own group was fitted; "
                   "kept per backend (12 rows or more), per card class and for mixture-of-"
                   "experts LLMs (5 or more; MoE rows count only in their own), a row taking "
                   "the widest that applies; leave-one-GPU-out errors of rows whose group fell "
                   "back are divided by gap_growth before they set sigma_inflation; "
                   "gap_growth[g] = how much wider leave-one-GPU-out errors are for rows whose "
                   "group falls back g levels; card class (cls) levels keep consumer, "
                   "workstation, HBM datacenter, Apple, AMD and Intel apart; per-step "
                   "(diffusion) and per-token (LLM decode) floors from grids, per software "
                   "family or backend; LLM decode also runs `ops` instructions per active "
                   "weight at the card's FP32 rate; grids minimise the mean |log error| "
                   "capped at 0.5; sigma x sqrt(1 + 1/n) for a group fitted on n cards "
                   "(leave-one-GPU-out errors are measured with that factor taken out)"),
        "data_files": files,
        "rows_used": len(rows),
        "rows_unused": len(unused),
        "unused_reasons": sorted({reason for _, _, reason in unused})[:50],
        "metrics": metrics,
    }
    for m, block in metrics.items():
        print(f"{m:8s} rows {block['n_rows']:4d}  gpus {block['n_gpus']:3d}  "
              f"t0 {block['t0']:.2g}  sigma {block['sigma']['']:.3f} "
              f"(x{block['sigma_inflation']:.2f})  "
              f"in-sample median |err| {block['in_sample_median_abs_pct']:.1f} %")
    print(f"unused rows: {len(unused)}")
    if not args.check:
        efficiency_path().write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n",
                                     encoding="utf-8")
        print(f"wrote {efficiency_path()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
