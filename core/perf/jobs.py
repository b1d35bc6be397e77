"""Job builders of the generative kinds: an LLM answer and a diffusion image or video clip.

Like the other kinds' builders (core.perf.media, render, realtime) each turns one job of a
workload on `n_gpus` × a card into the Monte Carlo kernel's inputs (core.perf.job.JobParts),
with the fitted efficiencies `eff`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from core.perf import assumptions as assume
from core.perf.efficiency import Efficiency
from core.perf.job import JobParts, calibrated
from core.perf.parts import diffusion_parts, llm_parts
from core.perf.range_basis import joined, range_note
from core.schema import GpuSpec, Workload
from core.schema.model import ModelSpec, QuantFormat

# Average board power while a job runs, as a share of TDP (core.perf.assumptions).
POWER_SHARE = {"llm_pp": assume.POWER_LLM_PROMPT.value, "llm_tg": assume.POWER_LLM_DECODE.value,
               "image": assume.POWER_DIFFUSION.value, "video": assume.POWER_DIFFUSION.value}
# An LLM job's range note names a part's fallback only where that part is at least this share
# of the job's time (a 1,500-token prompt read in 0.2 s of a 9 s answer says nothing about
# how wide the job's range is)
SAYS_RANGE = 0.2


def llm_job(w: Workload, model: ModelSpec, quant: QuantFormat, gpu: GpuSpec, n_gpus: int,
             host_ram_bytes: float | None, eff: Efficiency, host: str | None = None) -> JobParts:
    """One answer of `w` (`host`: where llama.cpp runs, core.hosts.HOSTS; None: the
    card's own)."""
    # memory holds the whole window; a generated token reads, on average, the prompt plus
    # half of the answer so far
    ctx = float(max(w.context_tokens, w.prompt_tokens + w.output_tokens))
    kv_read = w.prompt_tokens + w.output_tokens / 2.0
    device = pooled(gpu, n_gpus) if n_gpus > 1 else gpu
    # (several cards: layers split across them, llama.cpp's default; memory adds up, speed
    # stays one card's)
    pp, tg = (llm_parts(model, quant.bits_per_weight, quant.id, test, device,
                        host_ram_bytes=host_ram_bytes, context=ctx, kv_read_tokens=kv_read,
                        host=host)
              for test in (f"pp{max(w.prompt_tokens, 1)}", f"tg{max(w.output_tokens, 1)}"))
    if not tg.runnable:
        return JobParts(np.nan, 0.0, runnable=False, fits=False, note=tg.note,
                        vram_required=tg.vram_required)
    a, fa, sa, _ = calibrated(pp, eff)
    b, fb, sb, _ = calibrated(tg, eff)
    t_pp = w.prompt_tokens * (a + fa)
    t_tg = w.output_tokens * (b + fb)
    power = gpu.tdp_w * n_gpus * (POWER_SHARE["llm_pp"] * t_pp + POWER_SHARE["llm_tg"] * t_tg) \
        / max(t_pp + t_tg, 1e-12)
    return JobParts(w.prompt_tokens * a, sa, w.output_tokens * b, sb,
                    w.prompt_tokens * fa + w.output_tokens * fb, tg.vram_required, tg.fits,
                    tg.offload, True, power, tg.note,
                    joined(range_note(pp, eff) if t_pp >= SAYS_RANGE * (t_pp + t_tg) else "",
                           range_note(tg, eff) if t_tg >= SAYS_RANGE * (t_pp + t_tg) else ""))


def pooled(gpu: GpuSpec, n: int) -> GpuSpec:
    """n cards of one kind seen as one device with n× memory (for layer-split LLMs)."""
    usable = gpu.usable_vram_bytes * n if gpu.usable_vram_bytes is not None else None
    return replace(gpu, vram_bytes=gpu.vram_bytes * n, usable_vram_bytes=usable)


def diffusion_job(w: Workload, model: ModelSpec, gpu: GpuSpec, n_gpus: int,
                   eff: Efficiency, host: str | None = None) -> JobParts:
    """One image or clip of `w` (`host`: where it runs, core.hosts.HOSTS; None: the
    card's own)."""
    video = model.kind == "video"
    parts = diffusion_parts(
        model, gpu, w.width or model.default_width, w.height or model.default_height,
        (w.frames or model.default_frames) if video else 1, w.steps or model.default_steps,
        w.batch, w.cfg and model.default_cfg, n_gpus if video else 1, host=host)
    if not parts.runnable:
        return JobParts(np.nan, 0.0, runnable=False, fits=False, note=parts.note,
                        vram_required=parts.vram_required)
    a, fixed, sigma, _ = calibrated(parts, eff)
    share = POWER_SHARE[parts.metric]
    if not video and n_gpus > 1:
        a, fixed = a / n_gpus, fixed / n_gpus  # independent images spread over the cards
    return JobParts(a, sigma, c=fixed, vram_required=parts.vram_required, fits=parts.fits,
                    offload=parts.offload, power_w=share * gpu.tdp_w * n_gpus, note=parts.note,
                    range_note=range_note(parts, eff, model.name))


def parts_of_one_job(w: Workload) -> int | None:
    """Into how many pieces one job of `w` splits across cards, where a job's time here is
    spread over all of them (diffusion_job for images, media.upscale_job: time / n, what the
    cards get through side by side); None where one job splits wholly (a video's frames, an
    LLM's layers). An image job's batch; an upscale's frames."""
    if w.kind == "image":
        return max(1, w.batch)
    if w.kind == "upscale":
        return max(1, w.frames)
    return None


__all__ = ["POWER_SHARE", "diffusion_job", "llm_job", "parts_of_one_job", "pooled"]
