"""Turn one calibrated task (LLM token, diffusion job, Cycles score) on one GPU into model parts.

Every calibrated metric is modelled as a time  t = c / efficiency + fixed + m0 · t0 (+ ops · a):
`c` is the work divided by the spec peak (seconds at 100 % efficiency), `fixed` the part no GPU
efficiency changes (PCIe transfers, host RAM), and `t0` a fitted overhead (LLM: kernel launches
per token; image: per-job work per GB of model weights) that `m0` counts; LLM decode adds the
instructions it runs per weight (`ops`, Parts.ops). The metric is
`k / t` for rates or `t` itself. Cycles is different: its score is a log-linear fit on specs
(`features` carries them).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from core.catalogs.model_names import unknown_model_hint
from core.gpu_name_tags import backend_from_name
from core.hosts import HOSTS, default_host
from core.kinds import maximum as field_maximum
from core.perf import diffusion, llm
from core.perf import notes as say
from core.perf.cardclass import card_class, dies, diffusion_flops, family, llm_prompt_flops
from core.perf.memory_limits import HOST_RAM_SHARE, usable_bytes
from core.perf.resolve import DEFAULT_BACKEND, IMAGE_BACKEND, VIDEO_BACKEND, render_backend
from core.schema import GpuSpec
from core.schema.message import Bytes, Message
from core.schema.model import ModelSpec, QuantFormat, asked_quant
from core.units import GB, GIB

# Estimates (no calibration row measures them): dual-channel DDR4-3200 is 51.2 GB/s peak; a
# PCIe 4.0 x16 link moves ~25 GB/s in practice; offload streaming overlaps about half with compute.
HOST_RAM_BPS = 50.0 * GB
PCIE_BPS = 25.0 * GB
OFFLOAD_OVERLAP = 0.5
# Multi-GPU sequence parallel keeps this share of linear speed-up per doubling of GPUs
# (estimate from the AniSora/CogVideoX-5B rows: 609 s on 1 A800, 356 s on 2, 224 s on 4).
SP_EFFICIENCY_PER_DOUBLING = 0.84
# Denoisers this big are shipped and run in fp8 by the common UIs when bf16 does not fit.
FP8_FALLBACK_PARAMS = 4e9
# A job that swaps its text encoder out runs its sampling loop at full speed where the card
# has room to spare beside it: a UI runs short of memory in the loop only with less than this
# left (A1111/Forge --medvram moving modules per step: SDXL on 8 GB cards, 1.3 GiB to spare,
# about 45 % slower than resident). FLUX on a 24 GB card in fp8 (9 GiB to spare) or on a 32 GB
# one in bf16 (5 GiB) had taken that penalty: the RTX 4090's own fp8 weight-only loop rows
# (1.7 it/s at 1024²) were predicted at 1.2. Leave-one-GPU-out: images 20.5 -> 20.0 %, video
# 14.8 -> 17.5 % (within its 25 % aim; the 4090's DiT image level, which video builds on,
# moves).
SWAP_SPARE_BYTES = 2.0 * GIB
# Streaming weights from system RAM needs this share of the card for the working memory (the
# rest holds the layers in flight); a card where even that does not fit cannot run the job.
STREAM_ROOM_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Parts:
    metric: str  # llm_tg | llm_pp | image | video | cycles
    c: float
    fixed: float
    m0: float
    k: float  # metric = k / t (rates); 0 means the metric is the time t itself
    features: dict[str, str] = field(default_factory=dict)
    x: tuple[float, ...] = ()  # cycles: log fp32, log bandwidth, rt generation
    vram_required: float = 0.0
    fits: bool = True
    offload: bool = False
    runnable: bool = True
    note: str = ""
    # A fixed cost per step (diffusion) or per token (LLM decode) that bounds fast cards:
    # kernel launches and host work. `floor` counts its units (steps x blocks; layers) and the
    # fitted seconds per unit multiply it; it competes with `c_loop`, the share of `c` spent in
    # that loop: time = max(c_loop / eff, floor x f) + (c - c_loop) / eff + fixed + m0 x t0.
    floor: float = 0.0
    c_loop: float = 0.0
    peak: float = 0.0  # the spec that bounds the metric (B/s or FLOP/s): extrapolation check
    # LLM decode also executes instructions for every weight it reads (unpack the quantized
    # blocks, scale, multiply-add): `ops` is the seconds one instruction per active weight
    # takes at the card's FP32 rate, and the fitted instructions per weight (one value for
    # every backend, core.perf.fit.OPS_GRID) multiply it. HBM data-centre cards have bandwidth
    # far ahead of their FP32 rate (A100 PCIe: 1935 GB/s, 19.5 TFLOPS; RTX 4090: 1008 GB/s,
    # 82.6 TFLOPS), so bandwidth alone predicted them 40-70 % too fast.
    ops: float = 0.0

    def value(self, eff: float, t0: float, f: float = 0.0, a: float = 0.0) -> float:
        t = self.time(eff, t0, f, a)
        return self.k / t if self.k > 0.0 else t

    def scaled(self, eff: float, f: float = 0.0) -> float:
        """The efficiency-bound time, floor included (the uncertain part)."""
        return max(self.c_loop / eff, self.floor * f) + (self.c - self.c_loop) / eff

    def time(self, eff: float, t0: float, f: float = 0.0, a: float = 0.0) -> float:
        return self.scaled(eff, f) + self.fixed + self.m0 * t0 + self.ops * a


def compute_flops(gpu: GpuSpec) -> float:
    """Peak matrix throughput a framework can use (FP16 tensor, or FP32 where that is faster)."""
    return max(gpu.fp16_tensor_flops, gpu.fp32_flops)


def _features(gpu: GpuSpec, backend: str, **more: str) -> dict[str, str]:
    return {"backend": backend, "vendor": gpu.vendor, "cls": card_class(gpu),
            "arch": family(gpu), "form": gpu.form_factor, **more}


class ModelFinder(Protocol):
    """Where model and weight-format names are looked up (core.catalogs.value.Catalogs)."""

    @property
    def models(self) -> Mapping[str, ModelSpec]: ...

    def find_model(self, name: str) -> ModelSpec | None: ...

    def find_quant(self, name: str) -> QuantFormat | None: ...


def need_model(name: Any, kinds: tuple[str, ...], where: str,
               catalogs: ModelFinder) -> ModelSpec:
    if name is None or name == "":
        raise ValueError(f"{where}: field 'model' is missing")
    if not isinstance(name, str):
        raise ValueError(f"{where}: field 'model' must be a model name (text), got "
                         f"{repr(name)[:40]}")
    model = catalogs.find_model(name)
    if model is None or model.kind not in kinds:
        hint = unknown_model_hint(name, catalogs.models.values(), kinds)
        raise ValueError(f"{where}: unknown {'/'.join(kinds)} model '{name}'.{hint}")
    return model


def llm_parts(model: ModelSpec, bits: float, quant: str, test: str, gpu: GpuSpec,
              backend: str | None = None, host_ram_bytes: float | None = None,
              context: float | None = None, kv_read_tokens: float | None = None,
              host: str | None = None) -> Parts:
    """One token of prompt processing ('ppN') or generation ('tgN').

    `context` is the KV cache allocated (memory; default N); `kv_read_tokens` the cache a
    generated token reads on average (default N/2: llama-bench generates N tokens from empty).
    `host`: where llama.cpp runs (HOSTS; the card's own by default), whose CPU does each
    token's host work (core.perf.fit_software.T0_BY_HOST).
    """
    kind, n = test[:2], int(test[2:])
    backend = backend or DEFAULT_BACKEND[gpu.vendor]
    ctx = float(context if context is not None else n)
    mem = llm.memory(model, bits, ctx)
    share = 1.0 if gpu.vendor == "apple" else llm.gpu_share_of_weights(mem, usable_bytes(gpu))
    fits = share >= 1.0 and mem.total <= usable_bytes(gpu)
    runnable = True
    note: str = ""
    if gpu.vendor == "apple" and mem.total > usable_bytes(gpu):
        runnable, fits = False, False
        note = Message(say.NOTE_MAC_MEMORY, need=Bytes(mem.total), usable=Bytes(usable_bytes(gpu)))
    cpu_weights = mem.weights * (1.0 - share)
    if host_ram_bytes is not None and cpu_weights > host_ram_bytes * HOST_RAM_SHARE:
        runnable = False
        note = Message(say.NOTE_NO_ROOM_WITH_RAM)
    feats = _features(gpu, backend, quant=quant, model=model.id, dies=str(dies(gpu)),
                      host=host or default_host(gpu))
    if model.is_moe:
        # a spread of its own (core.perf.fit_spread.SIGMA_GROUPS): models with many small
        # experts run 1.5-3x slower than their active weights say, gpt-oss does not
        feats["moe"] = "yes"
    if kind == "tg":
        ctx_read = float(kv_read_tokens if kv_read_tokens is not None else n / 2.0)
        read = llm.read_bytes_per_token(model, bits, ctx_read)
        # offloaded layers read their weights from system RAM (the KV cache stays on the GPU);
        # the KV term must be at the same context as `read`'s, else long generations on an
        # offloading card came out with a negative system-RAM time
        on_gpu = read - (1.0 - share) * (read - llm.kv_bytes(model, ctx_read))
        c = on_gpu / gpu.mem_bandwidth_bps
        fixed = (read - on_gpu) / HOST_RAM_BPS
        metric = "llm_tg"
    else:
        flops = llm.flops_per_prompt_token(model, float(n))
        c = flops / llm_prompt_flops(gpu)
        # llama.cpp streams offloaded weights over PCIe once per 512-token batch
        fixed = cpu_weights / PCIE_BPS / 512.0
        metric = "llm_pp"
    if not fits and runnable and not note:
        note = Message(say.NOTE_OFFLOADS_WEIGHTS, percent=100 * (1 - share))
    # decode: one set of kernels per layer per token, whatever the card (see Parts.floor)
    floor = float(model.layers) if kind == "tg" else 0.0
    # offloaded layers run on the CPU, inside `fixed`
    ops = share * model.active / gpu.fp32_flops if kind == "tg" and gpu.fp32_flops > 0 else 0.0
    return Parts(metric, c, fixed, 1.0, 1.0, feats, vram_required=mem.total, fits=fits,
                 offload=not fits and runnable, runnable=runnable, note=note,
                 floor=floor, c_loop=c if floor else 0.0, ops=ops,
                 peak=gpu.mem_bandwidth_bps if kind == "tg" else llm_prompt_flops(gpu))


def _reloaded(model: ModelSpec, mem: diffusion.DiffusionMemory, room: float,
              denoiser_only: bool) -> float:
    """Seconds a DiT's job spends loading back the part of its denoiser that made room for the
    text encoder (ComfyUI unloads only as much as the encoder needs); the UNets' UIs move
    their models in the fitted per-job overhead instead (diffusion.job_overhead_units)."""
    if model.denoiser == "unet" or denoiser_only:
        return 0.0
    evicted = min(max(mem.resident - mem.activations - room, 0.0), mem.denoiser)
    return evicted / PCIE_BPS


def _text_encoder_swap_mode(room: float, need: float) -> str:
    """The memory mode (a crossed effect of the image fit) of a job that swaps only its text
    encoder out: once per job, outside the sampling loop, which runs as a resident one where
    the card has SWAP_SPARE_BYTES to spare (else a UI short of memory slows it)."""
    return "resident" if room - need >= SWAP_SPARE_BYTES else "swap"


def diffusion_parts(model: ModelSpec, gpu: GpuSpec, width: int, height: int, frames: int,
                    steps: int, batch: int, cfg: bool, n_gpus: int = 1,
                    backend: str | None = None, denoiser_only: bool = False,
                    fp8_matmul: bool = False, host: str | None = None) -> Parts:
    """One image job (batch images, `steps` steps) or one video clip.

    `denoiser_only`: the time of the sampling loop alone, as a progress bar's it/s measures it
    (no text encoders, VAE decode or per-job overhead); the default is the whole job.
    `fp8_matmul`: the denoiser holds fp8 weights and multiplies in fp8 (flux-fp8-api, ComfyUI
    --fast): its FLOPs run at the card's FP8 tensor rate where it has one; the default is
    16-bit compute.
    `host`: where the software runs ("desktop" or "server", HOSTS), which sets the per-step
    floor; the default is the card's own (default_host).
    """
    is_video = model.kind == "video"
    backend = backend or (VIDEO_BACKEND if is_video else IMAGE_BACKEND)[gpu.vendor]
    f = max(frames, 1) if is_video else 1
    passes = diffusion.passes_per_step(cfg)
    linear, attention = diffusion.step_flops_split(model, width, height, f)
    denoise = steps * passes * (linear + attention) * batch
    flops = 0.0 if denoiser_only else (diffusion.text_encoder_flops(model)
                                       + diffusion.vae_decode_flops(model, width, height, f)
                                       * batch)
    speedup = 1.0
    if n_gpus > 1:
        speedup = n_gpus * SP_EFFICIENCY_PER_DOUBLING ** math.log2(n_gpus)
    peak = diffusion_flops(gpu)
    c_loop = denoise / peak / speedup
    if fp8_matmul and gpu.fp8_tensor_flops:
        # the weight matmuls at the FP8 rate (scaled like the 16-bit one on pro cards);
        # attention stays 16-bit
        fp8_peak = max(peak, gpu.fp8_tensor_flops * peak / compute_flops(gpu))
        c_loop = steps * passes * batch * (linear / fp8_peak + attention / peak) / speedup
    c = c_loop + flops / peak / speedup
    room = usable_bytes(gpu)
    mem = diffusion.memory(model, width, height, f, batch, cfg,
                           weight_bits=8.0 if fp8_matmul else None)
    fixed = 0.0
    fits = mem.resident <= room
    need = mem.resident  # the memory the mode the estimate assumes holds
    loaded = mem  # the weights the job holds (8-bit ones where it falls back to fp8)
    offload = False
    runnable = True
    note: str = ""
    mode = "resident"
    if not fits:
        # What ComfyUI/Forge/diffusers do, in order: drop the text encoder after encoding;
        # then, for big DiTs, also load 8-bit (fp8) weights; finally stream weights from
        # system RAM. Each step needs less memory and never runs faster than the one before,
        # so more work (a bigger batch, more frames) never comes out quicker.
        small = mem
        if model.params >= FP8_FALLBACK_PARAMS and model.weight_bits > 8:
            small = diffusion.memory(model, width, height, f, batch, cfg, weight_bits=8)
        # the text encoder is swapped once per job: outside a sampling-loop timing
        swap = 0.0 if denoiser_only else mem.text_encoder / PCIE_BPS
        # Unloading the text encoder after encoding, and fp8 weights for a big DiT, are how
        # ComfyUI and Forge run such a model on such a card: it fits, in that mode, and the note
        # says which mode the estimate assumes (SDXL in fp16 on an 8 GB card; FLUX on 24 GB).
        if mem.sequential <= room:
            fits, need = True, mem.sequential
            fixed = swap + _reloaded(model, mem, room, denoiser_only)
            mode = _text_encoder_swap_mode(room, need)
            note = Message(say.NOTE_SWAPS_TEXT_ENCODER if mode == "swap"
                           else say.NOTE_SWAPS_TEXT_ENCODER_ROOMY)
        elif small is not mem and small.sequential <= room:
            fits, loaded, need = True, small, small.sequential
            fixed = swap + _reloaded(model, small, room, denoiser_only)
            mode = _text_encoder_swap_mode(room, need)
            note = Message(say.NOTE_FP8_AND_SWAP)
        elif small.experts > 1 and small.staged <= room:
            # experts taking turns: the next one is loaded from system RAM when the steps
            # reach it, and the first one again for the next job
            fits, loaded, need, mode = True, small, small.staged, "swap"
            fixed = swap + small.expert / PCIE_BPS * (1 if denoiser_only else small.experts)
            note = Message(say.NOTE_FP8_EXPERTS_IN_TURN if small is not mem
                           else say.NOTE_EXPERTS_IN_TURN, n=small.experts)
        elif small.activations + diffusion.RUNTIME_OVERHEAD_BYTES < room * STREAM_ROOM_SHARE:
            # the mode: 8-bit weights where the model falls back to them, text encoder swapped,
            # the rest streamed from system RAM (of the expert that runs, where experts take
            # turns); what it holds (card + RAM) is that footprint, not the 16-bit one (the
            # memory rule, core.perf.memory_rule, judges it)
            offload, loaded, need, mode = True, small, small.staged, "stream"
            streamed = small.expert - (room * STREAM_ROOM_SHARE - small.activations
                                       - diffusion.RUNTIME_OVERHEAD_BYTES)
            streamed = max(streamed, 0.0)
            fixed = (streamed / PCIE_BPS * steps * passes * OFFLOAD_OVERLAP
                     + (0.0 if denoiser_only else small.text_encoder / PCIE_BPS))
            note = Message(say.NOTE_FP8_STREAMS_WEIGHTS if small is not mem
                           else say.NOTE_STREAMS_WEIGHTS, size=Bytes(streamed))
        else:
            # the smallest card that could stream it: said as the need ("needs 42 GiB" had
            # been the 16-bit all-resident footprint, beside 18 GiB for the same job on a card
            # that streams it)
            runnable = False
            need = (small.activations + diffusion.RUNTIME_OVERHEAD_BYTES) / STREAM_ROOM_SHARE
            note = Message(say.NOTE_ACTIVATIONS_TOO_BIG)
    if runnable and not denoiser_only and (
            mem.vae + diffusion.vae_decode_bytes(model, width, height, f)
            + diffusion.RUNTIME_OVERHEAD_BYTES > room):
        # the UIs unload the denoiser and text encoder before decoding; what still does not
        # fit in one piece is decoded in overlapping tiles, which decode the overlaps twice
        c += (diffusion.vae_decode_flops(model, width, height, f) * batch
              * (diffusion.VAE_TILE_WORK - 1.0) / peak / speedup)
        note = (Message(say.NOTE_WITH_VAE_TILES, note=note) if note
                else Message(say.NOTE_VAE_TILES))
    k = float(steps * batch) if not is_video else 0.0
    # image: t0 is a per-job overhead per GB of the weights the UI moves
    # (diffusion.job_overhead_units)
    m0 = (0.0 if is_video or denoiser_only
          else diffusion.job_overhead_units(loaded, model, mode))
    feats = _features(gpu, backend, model=model.id, denoiser=model.denoiser or "",
                      host=host or default_host(gpu), mem=mode)
    if feats["cls"] == "workstation":
        # a workstation or GDDR data-centre card runs diffusion like its GeForce twin (same
        # die; see cardclass.diffusion_flops): it shares the consumer groups, where its
        # architecture has many rows, instead of a class level fitted on one or two cards
        feats["cls"] = "consumer"
    return Parts("video" if is_video else "image", c, fixed, m0, k, feats,
                 vram_required=need, fits=fits, offload=offload, runnable=runnable,
                 note=note, floor=steps * diffusion.launch_blocks(model), c_loop=c_loop,
                 peak=peak)


def cycles_parts(gpu: GpuSpec, backend: str | None = None,
                 blender_version: str | None = None) -> Parts:
    """Blender 5.x unless `blender_version` names an older one ('4.5.0'; 'pooled' = mixed)."""
    backend = (backend or render_backend(gpu)).upper()
    v = str(blender_version or "5")
    v5 = 1.0 if v[:1].isdigit() and int(v.split(".")[0]) >= 5 else 0.0
    x = (math.log(gpu.fp32_flops / 1e12), math.log(gpu.mem_bandwidth_bps / 1e9),
         float(gpu.rt_gen), v5)
    return Parts("cycles", 0.0, 0.0, 0.0, 1.0, _features(gpu, backend), x,
                 peak=gpu.fp32_flops)


# Largest values a query may carry (the profile loader's limits): beyond them the arithmetic
# overflows to inf, or int() of a huge float fails, instead of giving an answer.
QUERY_MAXIMUM = {**{name: int(field_maximum(name) or 0)
                    for name in ("width", "height", "steps", "batch", "frames")},
                 "n_gpus": 1024}
MAX_TEST_TOKENS = int(field_maximum("prompt_tokens") or 0)  # as a profile's token counts
_TEST = re.compile(r"(pp|tg)([0-9]{1,8})")


def _int(q: dict[str, Any], name: str, default: int | None, where: str,
         minimum: int = 1) -> int:
    v = q.get(name, default)
    if v is None:
        raise ValueError(f"{where}: field '{name}' is missing")
    top = QUERY_MAXIMUM.get(name, 10**9)
    if (isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v)
            or v != int(v) or not minimum <= v <= top):
        raise ValueError(f"{where}: field '{name}' must be a whole number from {minimum} to "
                         f"{top}, got {repr(v)[:40]}")
    return int(v)


_BLENDER = re.compile(r"\d{1,2}(\.\d{1,3}){0,2}|pooled")


def _backend(q: dict[str, Any], where: str, task: str) -> str | None:
    """The query's backend as written (a backend the fit has no group for is answered from
    its parent groups, with a wider range: published rows name backends in their own
    words), else the one a tag in its GPU name says ('RX 7900 XTX (ZLUDA)', as `task`'s fit
    spells it), or None for the card's default."""
    backend = q.get("backend")
    if backend is None or backend == "":
        return backend_from_name(str(q.get("gpu", "")), task)
    if not isinstance(backend, str):
        raise ValueError(f"{where}: field 'backend' must be text (CUDA, Metal, ROCm, ...), got "
                         f"{repr(backend)[:40]}")
    return backend[:80]


def _host(q: dict[str, Any], gpu: GpuSpec, where: str) -> str:
    """The query's host (HOSTS), the card's own where it names none."""
    host = q.get("host", default_host(gpu))
    if host not in HOSTS:
        raise ValueError(f"{where}: field 'host' must be one of {', '.join(HOSTS)}, got "
                         f"{repr(host)[:40]}")
    return str(host)


def query_parts(q: dict[str, Any], gpu: GpuSpec, catalogs: ModelFinder) -> Parts:
    """Parts for one `predict` query (see DESIGN.md, the validation contract); model and
    weight-format names are looked up in `catalogs`."""
    where = f"query '{q.get('id', '?')}'"
    task = q.get("task")
    if task == "llm":
        model = need_model(q.get("model"), ("llm",), where, catalogs)
        try:
            asked = asked_quant(q)  # a GGUF file's name says its weight format too
        except ValueError as e:
            raise ValueError(f"{where}: {e} in field 'quant'") from None
        quant_name = model.weight_format(asked)
        quant = catalogs.find_quant(quant_name)
        if quant is None:
            raise ValueError(f"{where}: unknown quant '{quant_name}'")
        test = str(q.get("test", ""))
        shape = _TEST.fullmatch(test)
        if shape is None or not 1 <= int(shape.group(2)) <= MAX_TEST_TOKENS:
            raise ValueError(f"{where}: field 'test' must look like pp512 or tg128 (at most "
                             f"{MAX_TEST_TOKENS} tokens), got {test[:40]!r}")
        return llm_parts(model, quant.bits_per_weight, quant.id, test, gpu,
                         _backend(q, where, "llm"),
                         host=_host(q, gpu, where))
    if task in ("image", "video"):
        model = need_model(q.get("model"), (str(task),), where, catalogs)
        width = _int(q, "width", model.default_width, where)
        height = _int(q, "height", model.default_height, where)
        steps = _int(q, "steps", model.default_steps, where)
        batch = _int(q, "batch", 1, where)
        frames = _int(q, "frames", model.default_frames or 1, where) if task == "video" else 1
        n_gpus = _int(q, "n_gpus", 1, where) if task == "video" else 1
        cfg = q.get("cfg", model.default_cfg)
        if not isinstance(cfg, bool):
            raise ValueError(f"{where}: field 'cfg' must be true or false, got {cfg!r}")
        backend = _backend(q, where, str(task))
        if task == "video" and "timing" in q:
            raise ValueError(f"{where}: field 'timing' applies to image queries only")
        timing = q.get("timing", "job")
        if timing not in ("job", "denoiser"):
            raise ValueError(f"{where}: field 'timing' must be 'job' (end to end) or "
                             f"'denoiser' (the sampling loop alone), got {repr(timing)[:40]}")
        precision = q.get("precision", "bf16")
        if precision not in ("bf16", "fp16", "fp8"):
            raise ValueError(f"{where}: field 'precision' must be bf16, fp16 or fp8, got "
                             f"{repr(precision)[:40]}")
        return diffusion_parts(model, gpu, width, height, frames, steps, batch, cfg, n_gpus,
                               backend, denoiser_only=timing == "denoiser",
                               fp8_matmul=precision == "fp8", host=_host(q, gpu, where))
    if task == "cycles":
        version = q.get("blender_version")
        if version is not None and (isinstance(version, bool) or not _BLENDER.fullmatch(
                str(version))):
            raise ValueError(f"{where}: field 'blender_version' must be a Blender release such "
                             f"as 4.5 or 5.1.1, got {repr(version)[:40]}")
        return cycles_parts(gpu, _backend(q, where, "cycles"),
                            str(version) if version is not None else None)
    raise ValueError(f"{where}: unknown task {task!r} (llm, cycles, image or video)")


METRIC_NAME = {"llm_tg": "tokens_per_s", "llm_pp": "tokens_per_s", "cycles": "opendata_score",
               "image": "it_per_s", "video": "seconds"}
