"""The performance model's stated estimates that no calibration row fits: the share of board
power a job draws, the memory a voice model needs beside its weights, the spread of a time the
user measured on the very card. Each is an `Assumption` with its source, like the planner's."""

from __future__ import annotations

from core.schema.assumption import Assumption

# Average board power while a job runs, as a share of TDP.
POWER_LLM_PROMPT = Assumption(
    "board power, LLM prompt processing", 0.9, "× TDP",
    "estimate: prompt processing is compute-bound, the shaders close to fully busy")
POWER_LLM_DECODE = Assumption(
    "board power, LLM generation", 0.6, "× TDP",
    "estimate: decode is memory-bound and leaves the shaders half idle")
POWER_DIFFUSION = Assumption(
    "board power, image and video diffusion", 0.95, "× TDP",
    "estimate: diffusion saturates the tensor units")
POWER_RENDER = Assumption(
    "board power, 3D render", 0.9, "× TDP",
    "estimate: GPU-bound path tracing, tensor cores idle")
POWER_UPSCALE = Assumption(
    "board power, AI upscaling", 0.8, "× TDP",
    "estimate: tiled inference with gaps for tile transfers")
POWER_TTS = Assumption(
    "board power, text to speech", 0.5, "× TDP",
    "estimate: small autoregressive model, memory-bound like LLM decode")
# Text to speech: memory beside the weights.
TTS_MEMORY_FACTOR = Assumption(
    "text-to-speech memory", 1.5, "× weights",
    "estimate: weights plus the GPT-style KV cache")
TTS_MEMORY_EXTRA = Assumption(
    "text-to-speech working memory", 0.7e9, "bytes",
    "estimate: vocoder buffers and runtime")
# A render time the user measured on the very card planned for.
SAME_CARD_SIGMA = Assumption(
    "spread of your own render time on the same card", 0.05, "log sigma",
    "estimate: frame-to-frame noise of one scene on one machine")

ASSUMPTIONS = (POWER_LLM_PROMPT, POWER_LLM_DECODE, POWER_DIFFUSION, POWER_RENDER, POWER_UPSCALE,
               POWER_TTS, TTS_MEMORY_FACTOR, TTS_MEMORY_EXTRA, SAME_CARD_SIGMA)

__all__ = ["ASSUMPTIONS", "POWER_DIFFUSION", "POWER_LLM_DECODE", "POWER_LLM_PROMPT",
           "POWER_RENDER", "POWER_TTS", "POWER_UPSCALE", "SAME_CARD_SIGMA", "TTS_MEMORY_EXTRA",
           "TTS_MEMORY_FACTOR"]
