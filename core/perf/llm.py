"""LLM inference (llama.cpp-style): bytes and FLOPs per token, VRAM, and the offload split.

Decode is memory-bound: each generated token reads every active weight once plus the KV cache
so far. Prefill is compute-bound: ~2 FLOPs per active weight per prompt token plus attention.
Everything here is architecture arithmetic; efficiencies come from `core.perf.efficiency`.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.schema.model import ModelSpec
from core.units import GIB

KV_BYTES_PER_VALUE = 2.0  # llama.cpp default KV cache type is f16
# Runtime overhead: CUDA/Metal context, compute buffers, output logits. Estimate from llama.cpp
# logs (a 7B model reports ~0.3-0.6 GiB of compute buffers at 4k context) plus the context.
OVERHEAD_FIXED_BYTES = 0.7 * GIB
OVERHEAD_SHARE = 0.03  # of the weights (scratch tensors scale with the model width)


def _quantized_bytes(count: float, bits: float) -> float:
    return count * bits / 8.0


def weight_bytes(model: ModelSpec, bits_per_weight: float) -> float:
    """Bytes of all weights at `bits_per_weight`, with the parts kept unquantized at their own
    bits (ModelSpec.unquantized_bits)."""
    unq = model.unquantized_params
    return (_quantized_bytes(model.params - unq, bits_per_weight)
            + _quantized_bytes(unq, model.unquantized_bits))


def attended(model: ModelSpec, tokens: float) -> float:
    """Layer-tokens that `tokens` of context put in attention: every one in the layers that
    attend to the whole context, at most `kv_window` in the others (none where those keep a
    fixed-size state instead: linear attention)."""
    full = model.kv_layers or model.layers
    return full * tokens + (model.layers - full) * min(tokens, float(model.kv_window))


def kv_bytes(model: ModelSpec, context_tokens: float) -> float:
    """KV cache for `context_tokens` (keys and values, f16, in the layers that keep them)."""
    per_layer_token = 2.0 * model.kv_heads * model.head_dim * KV_BYTES_PER_VALUE
    return per_layer_token * attended(model, context_tokens)


def read_bytes_per_token(model: ModelSpec, bits_per_weight: float, context_tokens: float) -> float:
    """Bytes one decode step reads: active weights (the input embedding is one row, so it is
    not read whole) plus the KV cache at `context_tokens`."""
    embed_in = float(model.vocab * model.hidden)
    unq = model.unquantized_params
    if unq > 0.0:
        # the unquantized part (attention, embeddings: gpt-oss's model card) holds the input
        # embedding, which the card's active count leaves out: the active quantized weights
        # are what is left of the active count beside the unquantized weights a token reads
        # (subtracting the whole unquantized part had dropped 0.58 B of gpt-oss-20b's experts)
        plain = max(unq - embed_in, 0.0)
        quantized = max(model.active - plain, 0.0)
    else:
        quantized = max(model.active - embed_in, 0.0)
        plain = 0.0
    return (_quantized_bytes(quantized, bits_per_weight)
            + _quantized_bytes(plain, model.unquantized_bits) + kv_bytes(model, context_tokens))


def flops_per_prompt_token(model: ModelSpec, prompt_tokens: float) -> float:
    """FLOPs per prompt token: 2 per active weight plus causal attention (QK and AV over on
    average half the prompt)."""
    attention = 4.0 * model.heads * model.head_dim * attended(model, prompt_tokens / 2.0)
    return 2.0 * model.active + attention


@dataclass(frozen=True, slots=True)
class LlmMemory:
    weights: float
    kv: float
    overhead: float

    @property
    def total(self) -> float:
        return self.weights + self.kv + self.overhead


def memory(model: ModelSpec, bits_per_weight: float, context_tokens: float) -> LlmMemory:
    w = weight_bytes(model, bits_per_weight)
    return LlmMemory(w, kv_bytes(model, context_tokens),
                     OVERHEAD_FIXED_BYTES + OVERHEAD_SHARE * w)


def gpu_share_of_weights(mem: LlmMemory, usable_bytes: float) -> float:
    """Share of the weights that fit on the GPU once KV cache and overhead are placed there
    (llama.cpp keeps the KV cache of offloaded layers on the GPU by default). 1.0 = all fit."""
    room = usable_bytes - mem.kv - mem.overhead
    if mem.weights <= 0.0:
        return 1.0
    return min(max(room / mem.weights, 0.0), 1.0)
