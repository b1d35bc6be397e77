"""Offline 3D render (Cycles-like): device throughput on the Blender Open Data scale.

A GPU's score (samples per minute, sum of the three benchmark scenes) is the calibrated Cycles
model. A job is frames × time per frame; the time per frame comes from the user's reference
("one frame took 40 s on my card") scaled by the ratio of scores, or from a scene preset.
"""

from __future__ import annotations

import math

from core.perf.assumptions import POWER_RENDER, SAME_CARD_SIGMA
from core.perf.efficiency import Efficiency
from core.perf.job import JobParts, calibrated
from core.perf.measured import Measured
from core.perf.parts import cycles_parts
from core.perf.range_basis import range_note
from core.perf.resolve import render_backend
from core.schema import GpuSpec, Workload

# Scene presets: Open Data samples (at the benchmark scenes' own size) one frame needs, for
# 1920x1080; other sizes scale with pixels. Estimates, not measurements: "light" ~ a simple
# product shot at 128 samples, "typical" ~ an interior at 512, "heavy" ~ volumetrics at 2048.
SCENE_SAMPLES_1080P = {"light": 128.0, "typical": 512.0, "heavy": 2048.0}
SCENES_PER_SCORE = 3.0  # the score sums three scenes' samples per minute
POWER_SHARE = POWER_RENDER.value  # of board power while rendering (core.perf.assumptions)


def _open_data(gpu: GpuSpec, rows: Measured) -> tuple[float, float] | None:
    """Blender Open Data's median for the card on its default render backend, if it has one."""
    return rows.lookup({"task": "cycles", "gpu": gpu.name, "backend": render_backend(gpu)}, gpu)


def score(gpu: GpuSpec, eff: Efficiency, rows: Measured) -> tuple[float, float]:
    """(p50 Open Data score, lognormal sigma) for the GPU's default render backend: the
    measured median where Blender Open Data has this card, else the calibrated model."""
    hit = _open_data(gpu, rows)
    if hit is not None:
        return hit
    backend = render_backend(gpu)
    _, _, sigma, value = calibrated(cycles_parts(gpu, backend), eff)
    return value, sigma


def seconds_per_frame(w: Workload, gpu: GpuSpec, ref: GpuSpec | None, eff: Efficiency,
                      rows: Measured) -> tuple[float, float]:
    """(p50 seconds per frame, sigma) on `gpu` for workload `w`."""
    s, sigma = score(gpu, eff, rows)
    if w.ref_seconds_per_frame is not None:
        if ref is None:
            raise ValueError(f"workload '{w.id}': field 'ref_gpu' names no catalog GPU "
                             f"({w.ref_gpu!r})")
        if ref.id == gpu.id:
            # the user's own measurement on this very card: only frame-to-frame noise
            return w.ref_seconds_per_frame, SAME_CARD_SIGMA.value
        s_ref, sigma_ref = score(ref, eff, rows)
        return w.ref_seconds_per_frame * s_ref / s, math.hypot(sigma, sigma_ref)
    preset = w.scene or "typical"
    samples = SCENE_SAMPLES_1080P[preset]
    pixels = (w.width or 1920) * (w.height or 1080) / (1920 * 1080)
    return samples * pixels / (s / SCENES_PER_SCORE) * 60.0, sigma


def job(w: Workload, gpu: GpuSpec, n_gpus: int, ref: GpuSpec | None, eff: Efficiency,
        rows: Measured) -> JobParts:
    spf, sigma = seconds_per_frame(w, gpu, ref, eff, rows)
    frames = max(w.frames, 1)
    own_frame = w.ref_seconds_per_frame is not None and ref is not None and ref.id == gpu.id
    modelled = not own_frame and _open_data(gpu, rows) is None
    # frames split across cards: linear, each card renders whole frames
    return JobParts(frames * spf / n_gpus, sigma, power_w=POWER_SHARE * gpu.tdp_w * n_gpus,
                    range_note=range_note(cycles_parts(gpu, render_backend(gpu)), eff)
                    if modelled else "")
