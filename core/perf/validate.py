"""Is a workload complete and sensible for its kind? One ValueError naming the workload and field.

The performance model validates every workload before it times it (core.perf.evaluate); the
catalogs a workload names into (its model, its weight format) are passed in.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from core.catalogs.model_names import article, unknown_model_hint
from core.kinds import KINDS
from core.perf import media, realtime, render
from core.schema import Workload
from core.schema.model import ModelSpec, QuantFormat

# the model catalog kinds each workload kind may name (core.kinds)
MODEL_KINDS = {k: spec.model_kinds for k, spec in KINDS.items() if spec.model_kinds}


def _fail(w: Workload, field: str, problem: str) -> ValueError:
    return ValueError(f"workload '{w.id}': field '{field}' {problem}")


def validate(w: Workload, models: Mapping[str, ModelSpec],
             quants: Mapping[str, QuantFormat]) -> ModelSpec | None:
    """Check the fields `w.kind` uses against the model catalog `models` and the weight formats
    `quants`; returns its model (None for kinds without one)."""
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
    spec = KINDS[w.kind]
    if spec.model_kinds and (w.model is not None or spec.model_required):
        if not w.model:
            raise _fail(w, "model", f"is required for {article(w.kind)} {w.kind} workload")
        model = w.model_spec if w.model_spec is not None else models.get(w.model)
        if model is None or model.kind not in MODEL_KINDS[w.kind]:
            hint = unknown_model_hint(w.model, models.values(), MODEL_KINDS[w.kind])
            raise _fail(w, "model", f"names no {'/'.join(MODEL_KINDS[w.kind])} model in the "
                        f"catalog: {w.model!r}.{hint}")
    if w.kind == "llm":
        if w.quant is not None and quants.get(w.quant.strip().upper()) is None:
            raise _fail(w, "quant", f"is not a known weight format: {w.quant!r}")
        if w.prompt_tokens + w.output_tokens <= 0:
            raise _fail(w, "output_tokens", "must be > 0 (or prompt_tokens must be)")
        _check_context(w, model)
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


def _check_context(w: Workload, model: ModelSpec | None) -> None:
    """An LLM request within its context window: llama.cpp stops where the window is full, so
    beyond it the model would time a KV cache that is never allocated (a 10-million-token
    window priced as billions of dollars of rented memory). 0 means "the request's size"."""
    request = w.prompt_tokens + w.output_tokens
    if 0 < w.context_tokens < request:
        raise _fail(w, "context_tokens", f"({w.context_tokens:,} tokens) cannot hold the "
                    f"request's {w.prompt_tokens:,} + {w.output_tokens:,} tokens; give at least "
                    f"{request:,}, or 0 for the request's own size")
    limit = model.context_max if model is not None else 0
    if not limit:  # not known for this model
        return
    assert model is not None
    if w.context_tokens > limit:
        raise _fail(w, "context_tokens", f"must be at most {limit:,}, the context window of "
                    f"{model.name}; got {w.context_tokens:,}")
    if request > limit:
        raise _fail(w, "prompt_tokens", f"and output_tokens: {w.prompt_tokens:,} + "
                    f"{w.output_tokens:,} tokens do not fit {model.name}'s context window of "
                    f"{limit:,} tokens")


__all__ = ["MODEL_KINDS", "validate"]
