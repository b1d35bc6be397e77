"""The performance model: every workload on every GPU, with Monte Carlo p10/p50/p90.

`PerfModel` is built once from the catalogs (`PerfModel.from_catalogs`) and owns its caches.
Per (workload, GPU) the kind modules give a `JobParts` (pure arithmetic on specs and the fit,
cached because a GUI change re-evaluates the same pairs); one kernel call then turns all pairs
into quantiles. Workloads are validated first (core.perf.validate): a bad field raises
ValueError naming the workload id and the field.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from statistics import NormalDist
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from core import config
from core.perf import cpu, media, memory_rule, realtime, render
from core.perf import notes as say
from core.perf.efficiency import Efficiency, shipped_efficiency
from core.perf.job import NOT_RUNNABLE, JobParts
from core.perf.jobs import POWER_SHARE, diffusion_job, llm_job
from core.perf.measured import Measured, load_measured
from core.perf.montecarlo import quantiles
from core.perf.validate import MODEL_KINDS, validate
from core.schema import Estimate, GpuSpec, Workload
from core.schema.estimate import Basis, PerfMatrix
from core.schema.message import Message
from core.schema.model import ModelSpec, QuantFormat

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

Z90 = NormalDist().inv_cdf(0.9)
QUANTILES = np.array([0.1, 0.5, 0.9])
# How many entries each cache keeps before it starts afresh (a long GUI session edits many
# workloads; each entry is small, but they should not grow without end).
MAX_WORKLOADS = 2000
MAX_VALIDATED = 10_000
MAX_ROWS = 2000
MAX_QUANTILE_ROWS = 500

Row = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray,
            np.ndarray, np.ndarray, np.ndarray, tuple[str, ...], tuple[str, ...]]


def spec_key(gpu: GpuSpec) -> tuple[object, ...]:
    """What the caches know a GPU by: its id and origin plus the figures the model reads.

    The id alone is not enough: a Mac's entry is re-sized to the machine's unified memory
    under the same id (core.hardware.machine.with_unified_memory), and it must not be given
    the catalog entry's cached answer (a 96 GB Mac was told a 70B model needs more memory).
    """
    return (gpu.id, gpu.origin, gpu.vram_bytes, gpu.usable_vram_bytes, gpu.mem_bandwidth_bps,
            gpu.fp32_flops, gpu.fp16_tensor_flops, gpu.int8_tensor_ops, gpu.fp8_tensor_flops,
            gpu.tdp_w)


class PerfModel:
    """Time, memory fit and energy of workloads on GPUs, from the catalogs it was built with.

    The catalogs it reads (models, weight formats, GPUs a render workload names as its
    reference), the fitted efficiencies and the measured rows are given once; the caches of
    validated workloads, job parts, kernel rows and their quantiles live on the instance (a
    new catalog or fit means a new PerfModel, never a stale cache).
    """

    def __init__(self, *, models: Mapping[str, ModelSpec], quants: Mapping[str, QuantFormat],
                 gpus: Sequence[GpuSpec], efficiency: Efficiency, measured: Measured,
                 catalogs: Catalogs | None = None) -> None:
        if catalogs is None:
            from core.catalogs.value import Catalogs

            catalogs = Catalogs(gpus=tuple(gpus), models=models, quants=quants)
        # where `predict` looks up the names a query gives (GPU, model, weight format)
        self.catalogs = catalogs
        self.models = models
        self.quants = quants
        self.gpus_by_id = {g.id: g for g in gpus}
        self.efficiency = efficiency
        self.measured = measured
        self._valid: dict[Workload, ModelSpec | None] = {}
        self._pairs: dict[Workload, dict[tuple[object, ...], JobParts]] = {}
        self._rows: dict[tuple[object, ...], Row] = {}
        # Each row's time quantiles, by (row key, samples, seed). Exact to cache per row: the
        # kernel uses the same draws for every pair and a pair's quantiles depend only on its
        # own parameters. An edit that leaves the workloads alone (horizon, tariff, budget)
        # re-plans without the kernel.
        self._quants: dict[tuple[object, ...], np.ndarray] = {}

    @classmethod
    def from_catalogs(cls, catalogs: Catalogs, efficiency: Efficiency | None = None,
                      measured: Measured | None = None) -> PerfModel:
        """The model over `catalogs` with the shipped fit and measured rows (or those given)."""
        return cls(models=catalogs.models, quants=catalogs.quants, gpus=catalogs.gpus,
                   efficiency=shipped_efficiency() if efficiency is None else efficiency,
                   measured=load_measured(catalogs) if measured is None else measured,
                   catalogs=catalogs)

    def with_models(self, extra: Sequence[ModelSpec]) -> PerfModel:
        """This model, its names also finding `extra` models (a profile's own): the same fit
        and measured rows, fresh caches; itself where there are none."""
        if not extra:
            return self
        cats = self.catalogs.with_models(extra)
        return PerfModel(models=cats.models, quants=self.quants, gpus=cats.gpus,
                         efficiency=self.efficiency, measured=self.measured, catalogs=cats)

    # -- one workload ---------------------------------------------------------------------------
    def validate(self, w: Workload) -> ModelSpec | None:
        """validate(w) against this model's catalogs, once per distinct workload."""
        if w not in self._valid:
            model = validate(w, self.models, self.quants)
            if len(self._valid) > MAX_VALIDATED:
                self._valid.clear()
            self._valid[w] = model
        return self._valid[w]

    def _pair_table(self, w: Workload) -> dict[tuple[object, ...], JobParts]:
        table = self._pairs.get(w)
        if table is None:
            if len(self._pairs) > MAX_WORKLOADS:
                self._pairs.clear()
            table = self._pairs[w] = {}
        return table

    def job_parts(self, w: Workload, gpu: GpuSpec, n_gpus: int = 1,
                  host_ram_bytes: float | None = None, host: str | None = None,
                  _pairs: dict[tuple[object, ...], JobParts] | None = None,
                  _spec: tuple[object, ...] | None = None) -> JobParts:
        """The kernel's inputs for one job of `w` on `n_gpus` × `gpu` (validates `w`), in a
        machine with `host_ram_bytes` of RAM on `host` (core.hosts.HOSTS; None: the
        card's own).

        Cached per workload, then per (GPU spec, count, RAM, host): hashing a Workload walks all its
        fields, so `_row` looks the workload up once and passes its table in `_pairs` (and the
        GPU's `spec_key` in `_spec`).
        """
        pairs = _pairs if _pairs is not None else self._pair_table(w)
        key = (_spec if _spec is not None else spec_key(gpu), n_gpus, host_ram_bytes, host)
        hit = pairs.get(key)
        if hit is None:
            # one rule for what runs offloaded, with this machine's RAM (estimate and plan)
            hit = pairs[key] = memory_rule.apply(
                self._job(w, self.validate(w), gpu, n_gpus, host_ram_bytes, host), w.kind,
                gpu, n_gpus, host_ram_bytes)
        return hit

    def _job(self, w: Workload, model: ModelSpec | None, gpu: GpuSpec, n_gpus: int,
             host_ram_bytes: float | None, host: str | None) -> JobParts:
        eff = self.efficiency
        if w.kind == "llm":
            assert model is not None
            quant = self.quants[model.weight_format(w.quant)]
            return llm_job(w, model, quant, gpu, n_gpus, host_ram_bytes, eff, host)
        if w.kind in ("image", "video"):
            assert model is not None
            return diffusion_job(w, model, gpu, n_gpus, eff, host)
        if w.kind == "render":
            ref = self.gpus_by_id.get(w.ref_gpu) if w.ref_gpu else None
            return render.job(w, gpu, n_gpus, ref, eff, self.measured)
        if w.kind == "realtime":
            return realtime.job(w, gpu, model)
        if w.kind == "encode":
            return media.encode_job(w, gpu)
        if w.kind == "upscale":
            assert model is not None
            return media.upscale_job(w, gpu, model, n_gpus, eff)
        if w.kind == "tts":
            assert model is not None
            return media.tts_job(w, gpu, model, eff)
        if w.kind == "cpu":
            return JobParts(cpu.cpu_job_seconds(w), cpu.CPU_SIGMA, power_w=0.0,
                            note=Message(say.NOTE_CPU_ONLY))
        return NOT_RUNNABLE  # pragma: no cover - WorkloadKind is closed

    # -- rows of the matrix ---------------------------------------------------------------------
    def _row(self, w: Workload, gpus: Sequence[GpuSpec], columns: tuple[tuple[object, ...], ...],
             counts: tuple[int, ...], host_ram_bytes: float | None, host: str | None) -> Row:
        """One workload across all GPU columns, as kernel input arrays (cached: a GUI edit
        re-evaluates one workload, the others come from here)."""
        key = (w, columns, counts, host_ram_bytes, host)
        hit = self._rows.get(key)
        if hit is not None:
            return hit
        pairs = self._pair_table(w)
        jobs = [self.job_parts(w, g, k, host_ram_bytes, host, pairs, spec)
                for g, k, spec in zip(gpus, counts, columns, strict=True)]
        ok = np.array([j.runnable for j in jobs], dtype=bool)

        def col(name: str) -> np.ndarray:
            return np.array([getattr(j, name) for j in jobs], dtype=np.float64)

        a, sa, b, sb, c = (np.where(ok, col(n), 0.0) for n in ("a", "sa", "b", "sb", "c"))
        row: Row = (a, sa, b, sb, c, col("vram_required"), col("power_w"),
                    np.array([j.fits for j in jobs], dtype=bool),
                    np.array([j.offload for j in jobs], dtype=bool), ok,
                    tuple(j.note for j in jobs), tuple(j.range_note for j in jobs))
        if len(self._rows) > MAX_ROWS:
            self._rows.clear()
        self._rows[key] = row
        return row

    def _row_quantiles(self, key: tuple[object, ...], row: Row, samples: int,
                       seed: int) -> np.ndarray:
        """The time quantiles of one row's pairs (read-only: evaluate copies them)."""
        qkey = (key, samples, seed)
        hit = self._quants.get(qkey)
        if hit is None:
            a, sa, b, sb, c = row[:5]
            hit = quantiles(a, sa, b, sb, c, QUANTILES, samples, seed)
            hit.setflags(write=False)
            if len(self._quants) > MAX_QUANTILE_ROWS:
                self._quants.clear()
            self._quants[qkey] = hit
        return hit

    # -- the public calls -----------------------------------------------------------------------
    def evaluate(self, workloads: Sequence[Workload], gpus: Sequence[GpuSpec],
                 n_gpus: Sequence[int] | None = None, *, host_ram_bytes: float | None = None,
                 host: str | None = None, samples: int = config.MC_SAMPLES,
                 seed: int | None = None) -> PerfMatrix:
        """Every workload on every GPU column (`n_gpus[j]` cards of `gpus[j]`, default 1), in a
        machine with `host_ram_bytes` of RAM (None: enough) on `host` ("desktop" or "server",
        core.hosts.HOSTS: diffusion's per-step floor and an LLM token's host work are the
        host's; None: each card's own, a data-centre card's a server)."""
        counts = [1] * len(gpus) if n_gpus is None else [int(n) for n in n_gpus]
        if len(counts) != len(gpus):
            raise ValueError(f"n_gpus has {len(counts)} entries for {len(gpus)} GPUs")
        if any(n < 1 for n in counts):
            raise ValueError("n_gpus: every entry must be at least 1")
        if samples < 10:
            raise ValueError(f"samples must be at least 10, got {samples}")
        shape = (len(workloads), len(gpus))
        columns = tuple(spec_key(g) for g in gpus)
        seed = config.MC_SEED if seed is None else seed
        keys = [(w, columns, tuple(counts), host_ram_bytes, host) for w in workloads]
        rows = [self._row(w, gpus, columns, tuple(counts), host_ram_bytes, host)
                for w in workloads]
        vram, power = (np.concatenate([r[k] for r in rows]) if rows else np.zeros(0)
                       for k in (5, 6))
        fits, offload, runnable = (np.concatenate([r[k] for r in rows]) if rows
                                   else np.zeros(0, dtype=bool) for k in range(7, 10))
        notes = [r[10] for r in rows]
        range_notes = [r[11] for r in rows]
        q = np.concatenate([self._row_quantiles(k, r, samples, seed)
                            for k, r in zip(keys, rows, strict=True)]
                           ) if rows else np.zeros((0, len(QUANTILES)))
        q[~runnable] = np.nan
        t10, t50, t90 = (q[:, k].reshape(shape) for k in range(3))
        with np.errstate(invalid="ignore", divide="ignore"):
            sigma = np.where(runnable.reshape(shape), np.log(t90 / t10) / (2.0 * Z90), np.nan)
        return PerfMatrix(
            workload_ids=tuple(w.id for w in workloads), gpu_ids=tuple(g.id for g in gpus),
            n_gpus=np.array(counts, dtype=np.int64), t50=t50, t10=t10, t90=t90, sigma=sigma,
            vram_required=vram.reshape(shape), fits=fits.reshape(shape),
            offload=offload.reshape(shape), runnable=runnable.reshape(shape),
            power_w=power.reshape(shape), notes=tuple(notes), samples=samples,
            range_notes=tuple(range_notes))

    def estimate(self, workload: Workload, gpu: GpuSpec, n_gpus: int = 1, *,
                 host_ram_bytes: float | None = None, host: str | None = None) -> Estimate:
        """One workload on `n_gpus` × `gpu`: job time p10/p50/p90, memory fit and energy."""
        m = self.evaluate([workload], [gpu], [n_gpus], host_ram_bytes=host_ram_bytes,
                          host=host)
        return estimate_of(m, workload, gpu, n_gpus)


def estimate_of(m: PerfMatrix, workload: Workload, gpu: GpuSpec, n_gpus: int,
                basis: Basis = "model") -> Estimate:
    """The Estimate in cell (0, 0) of a one-workload, one-card perf matrix."""
    t10, t50, t90 = float(m.t10[0, 0]), float(m.t50[0, 0]), float(m.t90[0, 0])
    power = float(m.power_w[0, 0])
    return Estimate(
        workload_id=workload.id, gpu_id=gpu.id, n_gpus=n_gpus, seconds_p10=t10,
        seconds_p50=t50, seconds_p90=t90, vram_required_bytes=float(m.vram_required[0, 0]),
        fits=bool(m.fits[0, 0]), offload=bool(m.offload[0, 0]),
        runnable=bool(m.runnable[0, 0]), power_w=power,
        energy_j_p50=power * t50 if math.isfinite(t50) else math.nan, basis=basis,
        note=m.notes[0][0], range_note=m.range_notes[0][0] if m.range_notes else "")


def time_quantiles(t50: npt.ArrayLike, sigma: npt.ArrayLike,
                   q: float | npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Lognormal quantile(s) q of a time with median `t50` and log-sigma `sigma`
    (broadcasts: t50/sigma arrays with a scalar q, or scalars with an array of q)."""
    qs = np.asarray(q, dtype=np.float64)
    if np.any((qs <= 0) | (qs >= 1)):
        raise ValueError(f"quantiles must lie strictly between 0 and 1, got {q!r}")
    z = np.vectorize(NormalDist().inv_cdf, otypes=[np.float64])(qs)
    out: npt.NDArray[np.float64] = np.asarray(t50, dtype=np.float64) * np.exp(
        np.asarray(sigma, dtype=np.float64) * z)
    return out


__all__ = ["MODEL_KINDS", "POWER_SHARE", "QUANTILES", "PerfModel", "estimate_of", "spec_key",
           "time_quantiles"]
