"""The fitted efficiencies: assets/calibration/efficiency.json, written by tools/fit_calibration.py.

The file records when and on what it was fitted, and per metric: the group centres (log
efficiency), the per-unit overhead t0, Cycles' regression, and sigma (lognormal spread of the
residuals) that sets p10/p90. Kinds without calibration data (realtime, encode, upscale, TTS)
borrow a calibrated metric's efficiency and state a wider, assumed sigma (see core.perf.media).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.paths import assets_dir
from core.perf.fit_row import Row
from core.perf.parts import query_parts

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


def efficiency_path() -> Path:
    return assets_dir() / "calibration" / "efficiency.json"


@cache
def load_efficiency() -> dict[str, Any]:
    """The fit document; a missing or broken file is a one-line ValueError naming it."""
    path = efficiency_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{path.name}: cannot be read ({exc.strerror or exc}); "
                         "run tools/fit_calibration.py") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name}: is not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("metrics"), dict):
        raise ValueError(f"{path.name}: has no 'metrics' table; run tools/fit_calibration.py")
    return doc


@dataclass(frozen=True, slots=True)
class Efficiency:
    """The fit document as the model reads it: one block per calibrated metric."""

    metrics: Mapping[str, dict[str, Any]]

    def block(self, metric: str) -> dict[str, Any]:
        if metric not in self.metrics:
            raise ValueError(f"efficiency.json: no fit for metric '{metric}'")
        return self.metrics[metric]


def shipped_efficiency() -> Efficiency:
    """The shipped fit (assets/calibration/efficiency.json)."""
    return Efficiency(load_efficiency()["metrics"])


def metric_block(metric: str) -> dict[str, Any]:
    """The shipped fit's block for `metric` (tools and benchmarks; the model reads its own
    Efficiency)."""
    return shipped_efficiency().block(metric)


def calibration_rows(catalogs: Catalogs) -> tuple[list[Row], list[tuple[str, int, str]]]:
    """Every calibration observation whose GPU and model resolve in `catalogs` (the fit tools
    load them once with `load_catalogs(prices=False)`), as fit rows; the others with the
    reason they cannot be used."""
    from core.hardware.typed import cards_printing
    from core.perf.calibration import load_observations
    from core.perf.resolve import resolve_gpu_name

    obs, skipped = load_observations()
    rows: list[Row] = []
    unused = list(skipped)
    for o in obs:
        shared = cards_printing(o.gpu, catalogs.gpus)
        if len(shared) > 1:
            # one name for chips of different speeds (Meteor Lake's 7 and 8 Xe-core GPUs):
            # a row pooled over it times neither; a family of one chip in several memory
            # sizes ("RTX 4060 Ti") is read as its default variant below
            names = " or ".join(g.name for g in shared)
            unused.append((o.file, o.line, f"GPU '{o.gpu}' may be {names}"))
            continue
        gpu = resolve_gpu_name(o.gpu, catalogs)
        if gpu is None:
            unused.append((o.file, o.line, f"GPU '{o.gpu}' not in the catalog"))
            continue
        try:
            parts = query_parts(o.query, gpu, catalogs)
        except ValueError as exc:
            unused.append((o.file, o.line, str(exc)))
            continue
        if not parts.runnable and gpu.vendor != "apple":  # see core.perf.predict on Macs
            unused.append((o.file, o.line, f"model says it cannot run: {parts.note}"))
            continue
        rows.append(Row(parts, o.value, gpu.id, o.query, (o.file, o.line)))
    return rows, unused
