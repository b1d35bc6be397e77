"""Accuracy of the performance model on data it was not fitted on.

Leave-one-GPU-out (LOGO): for every GPU with calibration rows, refit without that GPU's rows and
predict them. Family-out: refit without a whole card class (every HBM data-centre card, every
Apple chip) and predict it. Prints per metric and per card class: rows, GPUs, median |error| of
p50, the share of measurements inside [p10, p90], the median p90/p10; the aims of issue #12;
for LLM decode the llmfit baseline (bandwidth / model size x 0.55) on the same rows; and the
share of GPU names in the calibration files that resolve to a catalog card.

Run:  .venv/bin/python bench/accuracy.py [--markdown]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalogs.bundle import load_catalogs
from core.perf import crossval as cv
from core.perf.efficiency import calibration_rows
from core.perf.fit_row import Row

LLMFIT_FACTOR = 0.55


def _pct(x: float) -> str:
    return "—" if not np.isfinite(x) else f"{100 * x:.1f} %"


def _line(label: str, s: cv.Summary, aim: str = "") -> str:
    return (f"| {label} | {s.rows} | {s.gpus} | {_pct(s.median_error)} | {_pct(s.coverage)} "
            f"| {s.ratio:.2f} | {aim} |")


def _image_by_pooling(rows: Sequence[Row]) -> list[tuple[str, cv.Summary]]:
    """The image rows' held-out scores split by the `n_systems` column of their CSV row: the
    community medians of vladmandic/sd-data pool one to many systems; rows of other sources
    (published single runs, the H200's eager diffusers) have no count."""
    import csv

    from core.perf.calibration import measured_dir

    counts: dict[tuple[str, int], int] = {}
    files = {r.origin[0] for r in rows if r.parts.metric == "image"}
    for name in files:
        with (measured_dir() / name).open(encoding="utf-8", newline="") as fh:
            for line, raw in enumerate(csv.DictReader(fh), start=2):
                text = (raw.get("n_systems") or "").strip()
                counts[(name, line)] = int(text) if text.isdigit() else 0
    mrows = [r for r in rows if r.parts.metric == "image"]
    scored = cv.leave_one_gpu_out("image", rows)
    # leave_one_gpu_out scores GPU by GPU (sorted ids), each GPU's rows in their order
    ordered = [r for gid in sorted({r.gpu_id for r in mrows}) for r in mrows if r.gpu_id == gid]
    pooled = [counts.get(r.origin, 0) for r in ordered]
    groups: tuple[tuple[str, Callable[[int], bool]], ...] = (
        ("  rows pooled from 3 or more systems", lambda n: n >= 3),
        ("  rows from 1 or 2 systems", lambda n: 0 < n < 3),
        ("  rows of other sources (no count)", lambda n: n == 0))
    return [(label, cv.Summary.of([s for s, n in zip(scored, pooled, strict=True) if keep(n)]))
            for label, keep in groups]


def main() -> int:
    ap = argparse.ArgumentParser(description="held-out accuracy tables")
    ap.add_argument("--markdown", action="store_true", help="only the Markdown tables")
    args = ap.parse_args()
    started = time.perf_counter()
    catalogs = load_catalogs(prices=False)
    rows, unused = calibration_rows(catalogs)
    if not args.markdown:
        print(f"calibration rows used: {len(rows)}  (not usable: {len(unused)})\n")
    head = ("| metric / card class | rows | GPUs | median \\|error\\| of p50 | in [p10, p90] "
            "| p90/p10 | aim |\n|---|---:|---:|---:|---:|---:|---|")
    print("Leave-one-GPU-out:\n")
    print(head)
    for metric in cv.METRICS:
        scored = cv.leave_one_gpu_out(metric, rows)
        if not scored:
            continue
        aim = f"≤ {cv.AIMS[metric]:.0f} %, 70–90 % inside"
        if metric == "video":
            aim += f", p90/p10 ≤ {cv.VIDEO_RATIO_AIM:.0f}"
        print(_line(f"**{cv.LABELS[metric]}**", cv.Summary.of(scored), aim))
        for cls, s in cv.by_class(scored).items():
            print(_line(f"  {cls}", s))
    print("\nFamily left out (fit on every other class, predict this one):\n")
    print(head)
    for metric in cv.METRICS:
        for cls in cv.FAMILY_OUT:
            scored = cv.family_out(metric, rows, cls)
            if scored:
                print(_line(f"{cv.LABELS[metric]}: all {cls}", cv.Summary.of(scored)))
    print("\nImage it/s by how many systems a community row pools (the same leave-one-GPU-out "
          "predictions):\n")
    print(head)
    for label, s in _image_by_pooling(rows):
        print(_line(label, s))
    ok, total, missing = cv.name_resolution(catalogs)
    print(f"\nGPU names in the calibration files that resolve: {ok} of {total} "
          f"({100 * ok / total:.0f} %)")
    if not args.markdown:
        print("unresolved: " + "; ".join(missing))
        print(f"\naims: median error per metric as above; coverage 70-90 % in every family; "
              f"video p90/p10 <= 3; >= 95 % of names resolve.  took "
              f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
