"""The batch call: every workload on every GPU, with Monte Carlo p10/p50/p90.

Per (workload, GPU) the kind modules give a `JobParts` (pure arithmetic on specs and the fit,
cached because a GUI change re-evaluates the same pairs); one kernel call then turns all pairs
into quantiles. Workloads are validated first: a bad field raises ValueError naming the
workload id and the field.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from statistics import NormalDist

import numpy as np
import numpy.typing as npt

from core import config
from core.catalogs.gpus import gpus_by_id
from core.catalogs.models import find_quant, load_models
from core.perf import cpu, media, realtime, render
from core.perf import notes as say
from core.perf.job import NOT_RUNNABLE, JobParts, calibrated
from core.perf.montecarlo import quantiles
from core.perf.parts import diffusion_parts, llm_parts
from core.schema import Estimate, GpuSpec, Workload
from core.schema.estimate import PerfMatrix
from core.schema.message import Message
from core.schema.model import ModelSpec

Z90 = NormalDist().inv_cdf(0.9)
QUANTILES = np.array([0.1, 0.5, 0.9])
MODEL_KINDS = {"llm": ("llm",), "image": ("image",), "video": ("video",),
               "upscale": ("upscale",), "tts": ("tts",), "realtime": ("face",)}
# Average board power while a job runs, as a share of TDP (estimates: decode is memory-bound and
# leaves the shaders half idle; diffusion saturates the tensor units).
POWER_SHARE = {"llm_pp": 0.9, "llm_tg": 0.6, "image": 0.95, "video": 0.95}


@cache
def _models() -> dict[str, ModelSpec]:
    return load_models()


def _fail(w: Workload, field: str, problem: str) -> ValueError:
    return ValueError(f"workload '{w.id}': field '{field}' {problem}")


def validate(w: Workload) -> ModelSpec | None:
    """Check the fields `w.kind` uses; returns its model (None for kinds without one)."""
    for name in ("jobs_per_week", "hours_per_week", "cpu_seconds"):
        v = getattr(w, name)
        if not math.isfinite(v) or v < 0:
            raise _fail(w, name, f"must be a number >= 0, got {v!r}")
    for name in ("width", "height", "frames", "steps", "prompt_tokens", "output_tokens",
                 "context_tokens"):
        if getattr(w, name) < 0:
            raise _fail(w, name, f"must not be negative, got {getattr(w, name)!r}")
    if w.batch < 1:
        raise _fail(w, "batch", f"must be at least 1, got {w.batch!r}")
    model: ModelSpec | None = None
    if w.kind in MODEL_KINDS and (w.model is not None or w.kind != "realtime"):
        if not w.model:
            raise _fail(w, "model", "is required for a " + w.kind + " workload")
        model = _models().get(w.model)
        if model is None or model.kind not in MODEL_KINDS[w.kind]:
            raise _fail(w, "model", f"names no {'/'.join(MODEL_KINDS[w.kind])} model in the "
                        f"catalog: {w.model!r}")
    if w.kind == "llm":
        if w.quant is not None and find_quant(w.quant) is None:
            raise _fail(w, "quant", f"is not a known weight format: {w.quant!r}")
        if w.prompt_tokens + w.output_tokens <= 0:
            raise _fail(w, "output_tokens", "must be > 0 (or prompt_tokens must be)")
    elif w.kind in ("image", "video"):
        assert model is not None
        if w.steps == 0 and model.default_steps == 0:
            raise _fail(w, "steps", "must be at least 1")
    elif w.kind == "render":
        if w.frames < 1:
            raise _fail(w, "frames", f"must be at least 1, got {w.frames!r}")
        if w.ref_seconds_per_frame is not None:
            if not (math.isfinite(w.ref_seconds_per_frame) and w.ref_seconds_per_frame > 0):
                raise _fail(w, "ref_seconds_per_frame",
                            f"must be a positive number, got {w.ref_seconds_per_frame!r}")
            if not w.ref_gpu:
                raise _fail(w, "ref_gpu", "is required with ref_seconds_per_frame")
        elif w.scene is not None and w.scene not in render.SCENE_SAMPLES_1080P:
            raise _fail(w, "scene", f"must be one of {', '.join(render.SCENE_SAMPLES_1080P)}, "
                        f"got {w.scene!r}")
    elif w.kind == "realtime":
        if not (math.isfinite(w.fps) and w.fps > 0):
            raise _fail(w, "fps", f"must be a positive number, got {w.fps!r}")
        if w.scene is not None and w.scene not in realtime.SCENE_FLOPS_1080P:
            raise _fail(w, "scene", "must be one of "
                        f"{', '.join(realtime.SCENE_FLOPS_1080P)}, got {w.scene!r}")
    elif w.kind == "encode":
        if w.codec is not None and w.codec.lower() not in media.CODEC_FACTOR:
            raise _fail(w, "codec", f"must be h264, hevc or av1, got {w.codec!r}")
        if not (math.isfinite(w.fps) and w.fps >= 0):  # NaN slipped past "fps <= 0"
            raise _fail(w, "fps", f"must be a number >= 0, got {w.fps!r}")
        if w.frames == 0 and w.fps <= 0:
            raise _fail(w, "frames", "must be > 0 (a file) or fps must be set (live)")
    elif w.kind == "upscale":
        if w.width < 1 or w.height < 1:
            raise _fail(w, "width", "and height must be at least 1 pixel")
    elif w.kind == "tts":
        if w.frames < 1:
            raise _fail(w, "frames", "(seconds of speech per job) must be at least 1")
    elif w.kind == "cpu" and w.cpu_seconds <= 0:
        raise _fail(w, "cpu_seconds", "must be > 0 for a cpu workload")
    return model


def _llm_job(w: Workload, model: ModelSpec, gpu: GpuSpec, n_gpus: int,
             host_ram_bytes: float | None) -> JobParts:
    quant = find_quant(w.quant or model.native_quant or "Q4_K_M")
    assert quant is not None
    # memory holds the whole window; a generated token reads, on average, the prompt plus
    # half of the answer so far
    ctx = float(max(w.context_tokens, w.prompt_tokens + w.output_tokens))
    kv_read = w.prompt_tokens + w.output_tokens / 2.0
    device = _pooled(gpu, n_gpus) if n_gpus > 1 else gpu
    # (several cards: layers split across them, llama.cpp's default; memory adds up, speed
    # stays one card's)
    pp, tg = (llm_parts(model, quant.bits_per_weight, quant.id, test, device,
                        host_ram_bytes=host_ram_bytes, context=ctx, kv_read_tokens=kv_read)
              for test in (f"pp{max(w.prompt_tokens, 1)}", f"tg{max(w.output_tokens, 1)}"))
    if not tg.runnable:
        return JobParts(np.nan, 0.0, runnable=False, fits=False, note=tg.note,
                        vram_required=tg.vram_required)
    a, fa, sa, _ = calibrated(pp)
    b, fb, sb, _ = calibrated(tg)
    t_pp = w.prompt_tokens * (a + fa)
    t_tg = w.output_tokens * (b + fb)
    power = gpu.tdp_w * n_gpus * (POWER_SHARE["llm_pp"] * t_pp + POWER_SHARE["llm_tg"] * t_tg) \
        / max(t_pp + t_tg, 1e-12)
    return JobParts(w.prompt_tokens * a, sa, w.output_tokens * b, sb,
                    w.prompt_tokens * fa + w.output_tokens * fb, tg.vram_required, tg.fits,
                    tg.offload, True, power, tg.note)


def _pooled(gpu: GpuSpec, n: int) -> GpuSpec:
    """n cards of one kind seen as one device with n× memory (for layer-split LLMs)."""
    from dataclasses import replace

    usable = gpu.usable_vram_bytes * n if gpu.usable_vram_bytes is not None else None
    return replace(gpu, vram_bytes=gpu.vram_bytes * n, usable_vram_bytes=usable)


def _diffusion_job(w: Workload, model: ModelSpec, gpu: GpuSpec, n_gpus: int) -> JobParts:
    video = model.kind == "video"
    parts = diffusion_parts(
        model, gpu, w.width or model.default_width, w.height or model.default_height,
        (w.frames or model.default_frames) if video else 1, w.steps or model.default_steps,
        w.batch, w.cfg and model.default_cfg, n_gpus if video else 1)
    if not parts.runnable:
        return JobParts(np.nan, 0.0, runnable=False, fits=False, note=parts.note,
                        vram_required=parts.vram_required)
    a, fixed, sigma, _ = calibrated(parts)
    share = POWER_SHARE[parts.metric]
    if not video and n_gpus > 1:
        a, fixed = a / n_gpus, fixed / n_gpus  # independent images spread over the cards
    return JobParts(a, sigma, c=fixed, vram_required=parts.vram_required, fits=parts.fits,
                    offload=parts.offload, power_w=share * gpu.tdp_w * n_gpus, note=parts.note)


def spec_key(gpu: GpuSpec) -> tuple[object, ...]:
    """What the caches know a GPU by: its id and origin plus the figures the model reads.

    The id alone is not enough: a Mac's entry is re-sized to the machine's unified memory
    under the same id (core.hardware.machine.with_unified_memory), and it must not be given
    the catalog entry's cached answer (a 96 GB Mac was told a 70B model needs more memory).
    """
    return (gpu.id, gpu.origin, gpu.vram_bytes, gpu.usable_vram_bytes, gpu.mem_bandwidth_bps,
            gpu.fp32_flops, gpu.fp16_tensor_flops, gpu.int8_tensor_ops, gpu.fp8_tensor_flops,
            gpu.tdp_w)


def job_parts(w: Workload, gpu: GpuSpec, n_gpus: int = 1,
              host_ram_bytes: float | None = None,
              _pairs: dict[tuple[object, ...], JobParts] | None = None,
              _spec: tuple[object, ...] | None = None) -> JobParts:
    """The kernel's inputs for one job of `w` on `n_gpus` × `gpu` (validates `w`).

    Cached per workload, then per (GPU spec, count, RAM): hashing a Workload walks all its
    fields, so `_row` looks the workload up once and passes its table in `_pairs` (and the
    GPU's `spec_key` in `_spec`).
    """
    pairs = _pairs if _pairs is not None else _pair_table(w)
    key = (_spec if _spec is not None else spec_key(gpu), n_gpus, host_ram_bytes)
    hit = pairs.get(key)
    if hit is not None:
        return hit
    model = _validated(w)
    if w.kind == "llm":
        assert model is not None
        job = _llm_job(w, model, gpu, n_gpus, host_ram_bytes)
    elif w.kind in ("image", "video"):
        assert model is not None
        job = _diffusion_job(w, model, gpu, n_gpus)
    elif w.kind == "render":
        ref = gpus_by_id().get(w.ref_gpu) if w.ref_gpu else None
        job = render.job(w, gpu, n_gpus, ref)
    elif w.kind == "realtime":
        job = realtime.job(w, gpu, model)
    elif w.kind == "encode":
        job = media.encode_job(w, gpu)
    elif w.kind == "upscale":
        assert model is not None
        job = media.upscale_job(w, gpu, model, n_gpus)
    elif w.kind == "tts":
        assert model is not None
        job = media.tts_job(w, gpu, model)
    elif w.kind == "cpu":
        job = JobParts(cpu.cpu_job_seconds(w), cpu.CPU_SIGMA, power_w=0.0,
                       note=Message(say.NOTE_CPU_ONLY))
    else:  # pragma: no cover - WorkloadKind is closed
        job = NOT_RUNNABLE
    pairs[key] = job
    return job


_CACHE: dict[Workload, dict[tuple[object, ...], JobParts]] = {}


def _pair_table(w: Workload) -> dict[tuple[object, ...], JobParts]:
    table = _CACHE.get(w)
    if table is None:
        if len(_CACHE) > 2000:
            _CACHE.clear()
        table = _CACHE[w] = {}
    return table
_VALID: dict[Workload, ModelSpec | None] = {}


def _validated(w: Workload) -> ModelSpec | None:
    """validate(w), once per distinct workload."""
    if w not in _VALID:
        model = validate(w)
        if len(_VALID) > 10_000:
            _VALID.clear()
        _VALID[w] = model
    return _VALID[w]
Row = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray,
            np.ndarray, np.ndarray, np.ndarray, tuple[str, ...]]
_ROWS: dict[tuple[object, ...], Row] = {}
# Each row's time quantiles, by (row key, samples, seed). Exact to cache per row: the kernel
# uses the same draws for every pair and a pair's quantiles depend only on its own parameters.
# An edit that leaves the workloads alone (horizon, tariff, budget) re-plans without the kernel.
_QUANTS: dict[tuple[object, ...], np.ndarray] = {}


def clear_cache() -> None:
    """Forget cached pairs (after the efficiency fit or a catalog changed in-process)."""
    _CACHE.clear()
    _ROWS.clear()
    _QUANTS.clear()
    _VALID.clear()


def _row(w: Workload, gpus: Sequence[GpuSpec], columns: tuple[tuple[object, ...], ...],
         counts: tuple[int, ...], host_ram_bytes: float | None) -> Row:
    """One workload across all GPU columns, as kernel input arrays (cached: a GUI edit
    re-evaluates one workload, the others come from here)."""
    key = (w, columns, counts, host_ram_bytes)
    hit = _ROWS.get(key)
    if hit is not None:
        return hit
    pairs = _pair_table(w)
    jobs = [job_parts(w, g, k, host_ram_bytes, pairs, spec)
            for g, k, spec in zip(gpus, counts, columns, strict=True)]
    ok = np.array([j.runnable for j in jobs], dtype=bool)

    def col(name: str) -> np.ndarray:
        return np.array([getattr(j, name) for j in jobs], dtype=np.float64)

    a, sa, b, sb, c = (np.where(ok, col(n), 0.0) for n in ("a", "sa", "b", "sb", "c"))
    row: Row = (a, sa, b, sb, c, col("vram_required"), col("power_w"),
                np.array([j.fits for j in jobs], dtype=bool),
                np.array([j.offload for j in jobs], dtype=bool), ok,
                tuple(j.note for j in jobs))
    if len(_ROWS) > 2000:
        _ROWS.clear()
    _ROWS[key] = row
    return row


def _row_quantiles(key: tuple[object, ...], row: Row, samples: int, seed: int) -> np.ndarray:
    """The time quantiles of one row's pairs (a copy: evaluate writes NaN into its result)."""
    qkey = (key, samples, seed)
    hit = _QUANTS.get(qkey)
    if hit is None:
        a, sa, b, sb, c = row[:5]
        hit = quantiles(a, sa, b, sb, c, QUANTILES, samples, seed)
        hit.setflags(write=False)
        if len(_QUANTS) > 500:
            _QUANTS.clear()
        _QUANTS[qkey] = hit
    return hit


def evaluate(workloads: Sequence[Workload], gpus: Sequence[GpuSpec],
             n_gpus: Sequence[int] | None = None, *, host_ram_bytes: float | None = None,
             samples: int = config.MC_SAMPLES, seed: int | None = None) -> PerfMatrix:
    """Every workload on every GPU column (`n_gpus[j]` cards of `gpus[j]`, default 1)."""
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
    keys = [(w, columns, tuple(counts), host_ram_bytes) for w in workloads]
    rows = [_row(w, gpus, columns, tuple(counts), host_ram_bytes) for w in workloads]
    vram, power = (np.concatenate([r[k] for r in rows]) if rows else np.zeros(0)
                   for k in (5, 6))
    fits, offload, runnable = (np.concatenate([r[k] for r in rows]) if rows
                               else np.zeros(0, dtype=bool) for k in range(7, 10))
    notes = [r[10] for r in rows]
    q = np.concatenate([_row_quantiles(k, r, samples, seed) for k, r in zip(keys, rows,
                                                                            strict=True)]
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
        power_w=power.reshape(shape), notes=tuple(notes), samples=samples)


def estimate(workload: Workload, gpu: GpuSpec, n_gpus: int = 1, *,
             host_ram_bytes: float | None = None) -> Estimate:
    """One workload on `n_gpus` × `gpu`: job time p10/p50/p90, memory fit and energy."""
    m = evaluate([workload], [gpu], [n_gpus], host_ram_bytes=host_ram_bytes)
    t10, t50, t90 = float(m.t10[0, 0]), float(m.t50[0, 0]), float(m.t90[0, 0])
    power = float(m.power_w[0, 0])
    return Estimate(
        workload_id=workload.id, gpu_id=gpu.id, n_gpus=n_gpus, seconds_p10=t10,
        seconds_p50=t50, seconds_p90=t90, vram_required_bytes=float(m.vram_required[0, 0]),
        fits=bool(m.fits[0, 0]), offload=bool(m.offload[0, 0]),
        runnable=bool(m.runnable[0, 0]), power_w=power,
        energy_j_p50=power * t50 if math.isfinite(t50) else math.nan, basis="model",
        note=m.notes[0][0])


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
