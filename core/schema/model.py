"""Workload models (LLMs, diffusion, upscalers, TTS, face tracking): the numbers time and VRAM need.

One dataclass covers every kind; only the fields a kind uses are set (the catalog loader checks
which are required per kind). Sizes are counts of parameters (not billions) and FLOPs, in SI.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

ModelKind = Literal["llm", "image", "video", "upscale", "tts", "face"]
DenoiserArch = Literal["unet", "dit"]


@dataclass(frozen=True, slots=True)
class QuantFormat:
    """A weight format (llama.cpp quant type or a plain float width) and its storage cost."""

    id: str
    bits_per_weight: float
    source: str
    retrieved: str
    notes: str = ""


# an LLM that names no weight format, of a model that ships in none: the usual GGUF download
DEFAULT_QUANT = "Q4_K_M"

# Other spellings of weight formats: llama.cpp quantize's aliases, float widths as benchmarks
# write them, and llama-bench's type names ('Q4_K - Medium', 'IQ4_XS - 4.25 bpw', 'MXFP4 MoE').
QUANT_SPELLINGS = {"Q3_K": "Q3_K_M", "Q4_K": "Q4_K_M", "Q5_K": "Q5_K_M", "FP16": "F16",
                   "FP32": "F32"}
_QUANT_SIZE = re.compile(r"(Q\d_K) - (SMALL|MEDIUM|LARGE)")
_QUANT_TAIL = re.compile(r"(?: - [\d.]+ BPW| MOE)$")


# A llama.cpp weight format inside a model's or file's name ("Llama-3-8B-Instruct-Q4_K_M.gguf",
# llama-bench's "llama 8B Q4_K - Medium")
QUANT_TAG = re.compile(r"\b(Q\d_K - (?:Small|Medium|Large)|I?Q\d_K(?:_[SML])?|I?Q\d_\d|"
                       r"IQ\d_[A-Z]+|BF16|F16|F32|MXFP4)\b", re.IGNORECASE)


def quant_in(text: str) -> str | None:
    """'llama 8B Q4_K - Medium' -> 'Q4_K_M'; 'model-Q8_0.gguf' -> 'Q8_0'."""
    m = QUANT_TAG.search(text)
    return canonical_quant(m.group(1)) if m else None


def named_quant(model: str, given: str | None) -> str | None:
    """The weight format a job asks for: `given`, else the one its model's name carries (a GGUF
    file's, "Llama-3-8B-Instruct-Q8_0.gguf"), else None. ValueError where both say one and they
    differ: one of them is wrong, and neither is guessed."""
    named = quant_in(model)
    if named and given and canonical_quant(given) != named:
        raise ValueError(f"model {model[:80]!r} names {named} weights but the weight format "
                         f"given is {given[:40]!r}")
    return given or named


def asked_quant(query: Mapping[str, Any]) -> str | None:
    """`named_quant` of a predict query's "model" and "quant" fields (ValueError where they
    disagree)."""
    given = query.get("quant")
    return named_quant(str(query.get("model", "")), None if given is None else str(given))


def canonical_quant(name: str) -> str:
    """A weight format as the catalog keys it: 'q4_k_m', 'Q4_K' and 'Q4_K - Medium' ->
    'Q4_K_M'; 'FP16' -> 'F16'; 'IQ4_XS - 4.25 bpw' -> 'IQ4_XS'; 'MXFP4 MoE' -> 'MXFP4'."""
    q = " ".join(name.split())[:40].upper()
    size = _QUANT_SIZE.fullmatch(q)
    if size:
        return f"{size.group(1)}_{size.group(2)[0]}"
    q = _QUANT_TAIL.sub("", q)
    return QUANT_SPELLINGS.get(q, q)


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """One model. `params` is the total weight count; `active_params` what one token touches (MoE).

    LLM fields: layers, hidden, heads, kv_heads, head_dim, vocab (KV cache and bytes per token).
    Diffusion fields: `denoiser` (unet|dit) with `params` its weights, `text_encoder_params`,
    `vae_params`, latent compression (`vae_spatial`, `vae_temporal`), `patch`/`patch_t`,
    `default_*` settings and, for UNets, `step_flops_ref` at `ref_pixels` (their FLOPs do not
    follow from the parameter count). `vae_decode_flops_per_pixel` is per output pixel (× frames).
    Upscale/face: `flops_per_pixel` of the input frame; `scale` for upscalers.
    TTS: `audio_tokens_per_s` for autoregressive models (memory-bound like an LLM).
    """

    id: str
    kind: ModelKind
    name: str
    params: float
    source: str
    retrieved: str
    aliases: tuple[str, ...] = ()
    active_params: float | None = None
    # LLM architecture
    layers: int = 0
    hidden: int = 0
    heads: int = 0
    kv_heads: int = 0
    head_dim: int = 0
    # layers that attend to the whole context and keep its keys and values (0: every layer);
    # the others attend to the last `kv_window` tokens (Gemma's and gpt-oss's sliding-window
    # layers) or, with a window of 0, keep a fixed-size state (Qwen3.5's Gated DeltaNet)
    kv_layers: int = 0
    kv_window: int = 0
    vocab: int = 0
    context_max: int = 0
    native_quant: str | None = None  # the format the model ships in (MXFP4 for gpt-oss)
    # weights that stay unquantized whatever the quant (gpt-oss attention + embeddings), and
    # the bits they are stored in (16 in the original checkpoint; llama.cpp's GGUF of gpt-oss
    # keeps them in Q8_0)
    unquantized_params: float = 0.0
    unquantized_bits: float = 16.0
    # diffusion architecture
    denoiser: DenoiserArch | None = None
    text_encoder_params: float = 0.0
    vae_params: float = 0.0
    vae_spatial: int = 8
    vae_temporal: int = 1
    patch: int = 1
    patch_t: int = 1
    step_flops_ref: float = 0.0
    ref_pixels: float = 0.0
    attention_share_ref: float = 0.0  # UNet: share of step FLOPs in attention at ref_pixels
    vae_decode_flops_per_pixel: float = 0.0
    weight_bits: float = 16.0
    # denoiser experts that take turns by timestep (Wan2.2 A14B: a high-noise expert for the
    # early steps, a low-noise one for the rest), `params` split evenly among them: one runs
    # at a time, so a card that cannot hold all of them holds one and loads the next when the
    # steps reach it (ComfyUI, and Wan2.2's own code with offload_model)
    stage_experts: int = 1
    default_width: int = 0
    default_height: int = 0
    default_frames: int = 0
    default_steps: int = 0
    default_cfg: bool = True
    # steps of the model's distilled variant (a Lightning LoRA, a distilled checkpoint), which
    # runs without CFG; 0 when none is known. A workload sets `steps` (and cfg = false) to use it.
    distilled_steps: int = 0
    fps_out: float = 0.0  # video: frames per second of the generated clip
    text_tokens: int = 0  # prompt tokens the denoiser attends to (DiT joint attention)
    # upscale / face / tts
    flops_per_pixel: float = 0.0
    scale: int = 1
    audio_tokens_per_s: float = 0.0
    notes: str = ""

    def weight_format(self, given: object = None) -> str:
        """The weight format an LLM runs in: the one `given` (a workload's, or a query's or a
        measurement's value as read from JSON or TOML), else the one the model ships in
        (gpt-oss: MXFP4), else DEFAULT_QUANT, what creators download. One rule for a plan's
        workload, an `estimate`, a `predict` query and a measurement's setting (predict had
        read a query without one as F16: 54 t/s where estimate said 149)."""
        return canonical_quant(str(given or "") or self.native_quant or DEFAULT_QUANT)

    @property
    def active(self) -> float:
        """Weights touched per token: the active set for MoE models, else all of them."""
        return self.active_params if self.active_params is not None else self.params

    @property
    def is_moe(self) -> bool:
        return self.active_params is not None and self.active_params < self.params
