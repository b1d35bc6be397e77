"""Image and video diffusion: latent tokens, FLOPs per denoising step, per-job extras, VRAM.

DiT: a step costs ~2·params FLOPs per token (every linear layer) plus ~4·tokens²·hidden per
layer for attention (QKᵀ and AV). UNet: FLOPs are given at a reference resolution and scaled,
the attention share growing with tokens². CFG doubles the denoiser passes. Text encoders run once
per prompt, the VAE decoder once per output pixel (× frames).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.schema.model import ModelSpec
from core.units import GIB

CLIP_TOKENS = 77  # text encoders see at least one CLIP-length prompt
ACT_BYTES_PER_TOKEN_HIDDEN = 2.0 * 6.0  # estimate: bf16, ~6 live tensors per token per layer
# estimate: SD-class UNet activations (SDPA/xformers) per sample and CFG pass at the reference
# size; an A1111 run of SD1.x at batch 8, 1024x1024 on a 24 GB card bounds it (diffusion.csv)
UNET_ACT_BYTES_REF = 0.25 * GIB
RUNTIME_OVERHEAD_BYTES = 0.8 * GIB  # estimate: CUDA context + allocator slack in PyTorch UIs
# estimate: a VAE decoder's working memory per output pixel, decoding in one piece in 16-bit:
# at full resolution the SD/FLUX decoder holds a few 128-channel maps and its last upsampling
# conv a 256-channel input, about 1.5 KB. The causal video VAEs (Wan, HunyuanVideo) decode one
# latent frame (vae_temporal output frames) at a time, and the UIs split a batch of images.
VAE_DECODE_BYTES_PER_PIXEL = 1536.0
# estimate: tiled decoding, the UIs' fallback when one piece does not fit (ComfyUI: 512 px
# tiles with 64 px of overlap each side), decodes the overlaps twice: (512 + 128)² / 512²
VAE_TILE_WORK = 1.5625


def latent_frames(model: ModelSpec, frames: int) -> int:
    """Latent frames for `frames` video frames (causal VAEs keep the first frame apart)."""
    if model.kind != "video" or frames <= 1:
        return 1
    return (frames - 1) // model.vae_temporal + 1


def tokens(model: ModelSpec, width: int, height: int, frames: int = 1) -> float:
    """Denoiser tokens for one sample (image or clip), before adding text tokens."""
    s = model.vae_spatial * model.patch
    spatial = -(-width // s) * -(-height // s)
    t = -(-latent_frames(model, frames) // model.patch_t)
    return float(spatial * t)


def step_flops(model: ModelSpec, width: int, height: int, frames: int = 1) -> float:
    """FLOPs of one denoiser pass for one sample (no CFG, batch 1)."""
    linear, attention = step_flops_split(model, width, height, frames)
    return linear + attention


def step_flops_split(model: ModelSpec, width: int, height: int,
                     frames: int = 1) -> tuple[float, float]:
    """(FLOPs in the weight matmuls, FLOPs in attention's QKᵀ and AV) of one denoiser pass:
    fp8 modes quantize the weight matmuls, attention stays 16-bit."""
    if model.denoiser == "unet":
        r = (width * height) / model.ref_pixels
        a = model.attention_share_ref
        return model.step_flops_ref * (1.0 - a) * r, model.step_flops_ref * a * r * r
    n = tokens(model, width, height, frames) + model.text_tokens
    # Only the weights a token passes through cost 2 FLOPs each per token: in MMDiTs (FLUX,
    # SD3) a token uses its own stream's half of a dual-stream block, and the adaLN modulation
    # weights act once per step on the conditioning vector. `active_params` says how many
    # those are where the catalog knows (FLUX: 6.45 of 11.9 B); else every weight counts.
    per_token = model.active_params or model.params
    return 2.0 * per_token * n, 4.0 * model.layers * n * n * model.hidden


# Blocks that each launch their own kernels in one denoiser pass (ResNet blocks plus
# transformer blocks), counted from the diffusers UNet2DConditionModel configs: SD1.x has 22
# ResNet and 16 transformer blocks (one transformer layer per attention level); SDXL 17 ResNet
# and 70 transformer blocks (transformer_layers_per_block 1, 2, 10 with down, mid and up
# blocks). A DiT launches per layer (`layers`). An eager step on an H200 costs 31 ms for SD1.5
# and 71 ms for SDXL at any size and batch (h200_measured.csv): 0.8 ms per block.
UNET_BLOCKS = {"sd15": 38, "sdxl": 87}
UNET_BLOCKS_SMALL, UNET_BLOCKS_LARGE = 38, 87  # unknown UNets: SD1.x-like under 1.5 B weights


def launch_blocks(model: ModelSpec) -> float:
    """Units of the per-step floor (core.perf.parts.Parts.floor) for one denoising step."""
    if model.denoiser == "unet":
        if model.id in UNET_BLOCKS:
            return float(UNET_BLOCKS[model.id])
        return float(UNET_BLOCKS_SMALL if model.params < 1.5e9 else UNET_BLOCKS_LARGE)
    return float(max(model.layers, 1))


def job_overhead_units(loaded: DiffusionMemory, model: ModelSpec, mode: str) -> float:
    """What the fitted per-job overhead t0 (seconds per GB) is multiplied by for one image job:
    the GB of weights (denoiser, text encoders, VAE) the job loads, at the precision it loads
    them in; none for a DiT that keeps its weights on the card or swaps only its text encoder
    (`mode`, the memory mode core.perf.parts chose: those moves are timed there, over PCIe).

    End-to-end timings carry a per-job cost beyond the FLOPs that grows with the model, not
    with the steps: the UIs move models between system RAM and the card around each
    generation (Forge's "Moving model(s)", SD.Next's balanced offload, A1111's --medvram),
    and set up the text encoders and VAE. Batch-1 and batch-4 rows of one card and model
    (diffusion.csv, 512x512) separate it from the per-image time: about 0.3-0.6 s for SD1.5
    and 1-2 s for SDXL on fast NVIDIA cards, roughly their weight ratio (2.0 vs 6.9 GB); one
    constant per job fits the rows worse. The old per-step t0 charged the same for both models
    and grew with the step count.

    Those rows are the A1111 family's, which moves models around every generation even where
    they fit (SDXL on an RTX 4090: about 2 s a job), and so do its FLUX rows where the weights
    stream from system RAM (Forge on a 12 GB RTX 4070). The DiTs are otherwise run in
    ComfyUI, whose templates are their reference workflows: it keeps loaded weights on the
    card between jobs, and where the text encoder must make room it unloads only as much of
    the denoiser as that needs and loads it back (core.perf.parts times both moves over
    PCIe). FLUX.2 [klein] 4B distilled, 4 steps, on an RTX 5090 takes about 1.2 s an image in
    ComfyUI's docs (benchmarks_2026.csv; no stated resolution, so not a calibration row),
    where 0.2 s per GB of its 16 GB of weights alone would have made 3.2 s; FLUX.1-dev in bf16
    on the 5090 had come out barely faster than in fp8 on the RTX 4090 (1.04x a job against
    1.21x a step), by 0.2 s per GB of its 33 GB of weights. No calibration row times such a
    job end to end, so the fit is the same either way.
    """
    if model.denoiser != "unet" and mode != "stream":
        return 0.0
    return (loaded.denoiser + loaded.text_encoder + loaded.vae) / 1e9


def passes_per_step(cfg: bool) -> int:
    return 2 if cfg else 1


def text_encoder_flops(model: ModelSpec) -> float:
    """One prompt through the text encoders (once per job; CFG's empty prompt is cached)."""
    return 2.0 * model.text_encoder_params * max(model.text_tokens, CLIP_TOKENS)


def vae_decode_flops(model: ModelSpec, width: int, height: int, frames: int = 1) -> float:
    return model.vae_decode_flops_per_pixel * width * height * max(frames, 1)


def vae_decode_bytes(model: ModelSpec, width: int, height: int, frames: int = 1) -> float:
    """Working memory of the VAE decoder in one piece: one image, or one latent frame of a
    video (VAE_DECODE_BYTES_PER_PIXEL)."""
    chunk = min(max(frames, 1), max(model.vae_temporal, 1))
    return VAE_DECODE_BYTES_PER_PIXEL * width * height * chunk


@dataclass(frozen=True, slots=True)
class DiffusionMemory:
    denoiser: float
    text_encoder: float
    vae: float
    activations: float
    experts: int = 1  # denoiser experts taking turns by timestep (ModelSpec.stage_experts)

    @property
    def resident(self) -> float:
        """Everything loaded at once (the fast path)."""
        return (self.denoiser + self.text_encoder + self.vae + self.activations
                + RUNTIME_OVERHEAD_BYTES)

    @property
    def sequential(self) -> float:
        """Text encoder swapped out after encoding (the usual 'model offload' mode)."""
        return self.denoiser + self.vae + self.activations + RUNTIME_OVERHEAD_BYTES

    @property
    def expert(self) -> float:
        """The weights of the expert that runs (all of the denoiser's for a single one)."""
        return self.denoiser / self.experts

    @property
    def staged(self) -> float:
        """Text encoder swapped out and one expert held at a time (sequential for a single
        expert)."""
        return self.sequential - (self.denoiser - self.expert)


def memory(model: ModelSpec, width: int, height: int, frames: int, batch: int,
           cfg: bool, weight_bits: float | None = None) -> DiffusionMemory:
    bits = model.weight_bits if weight_bits is None else weight_bits
    if model.denoiser == "unet":
        # UIs batch the CFG pair for small UNets
        act = (UNET_ACT_BYTES_REF * (width * height) / model.ref_pixels
               * batch * passes_per_step(cfg))
    else:
        # DiT pipelines hold one layer's activations; big models run the CFG passes in turn
        n = tokens(model, width, height, frames) + model.text_tokens
        act = n * model.hidden * ACT_BYTES_PER_TOKEN_HIDDEN * batch
    return DiffusionMemory(
        denoiser=model.params * bits / 8.0,
        text_encoder=model.text_encoder_params * 2.0,
        vae=model.vae_params * 2.0,
        activations=act,
        experts=max(model.stage_experts, 1),
    )
