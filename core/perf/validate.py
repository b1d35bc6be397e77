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
from core.perf import wording as say
from core.schema import Workload
from core.schema.message import Join, Message, Param
from core.schema.model import ModelSpec, QuantFormat, canonical_quant

# the model catalog kinds each workload kind may name (core.kinds)
MODEL_KINDS = {k: spec.model_kinds for k, spec in KINDS.items() if spec.model_kinds}


def _fail(w: Workload, field: str, problem: str, **values: Param) -> ValueError:
    """The error, its one argument a Message (English as str(), translated in the window)."""
    return ValueError(Message(say.AT_FIELD, workload=w.id, field=field,
                              problem=Message(problem, **values)))


def validate(w: Workload, models: Mapping[str, ModelSpec],
             quants: Mapping[str, QuantFormat]) -> ModelSpec | None:
    """Check the fields `w.kind` uses against the model catalog `models` and the weight formats
    `quants`; returns its model (None for kinds without one)."""
    for name in ("jobs_per_week", "hours_per_week", "cpu_seconds"):
        v = getattr(w, name)
        if not math.isfinite(v) or v < 0:
            raise _fail(w, name, say.NUMBER_NOT_NEGATIVE, value=repr(v))
    for name in ("width", "height", "frames", "steps", "prompt_tokens", "output_tokens",
                 "context_tokens"):
        if getattr(w, name) < 0:
            raise _fail(w, name, say.NOT_NEGATIVE, value=repr(getattr(w, name)))
    if w.batch < 1:
        raise _fail(w, "batch", say.AT_LEAST_1_GOT, value=repr(w.batch))
    model: ModelSpec | None = None
    spec = KINDS[w.kind]
    if spec.model_kinds and (w.model is not None or spec.model_required):
        if not w.model:
            raise _fail(w, "model", say.MODEL_REQUIRED_AN if article(w.kind) == "an"
                        else say.MODEL_REQUIRED_A, kind=w.kind)
        model = w.model_spec if w.model_spec is not None else models.get(w.model)
        if model is None or model.kind not in MODEL_KINDS[w.kind]:
            hint = unknown_model_hint(w.model, models.values(), MODEL_KINDS[w.kind])
            raise _fail(w, "model", say.NO_SUCH_MODEL, kinds="/".join(MODEL_KINDS[w.kind]),
                        model=repr(w.model), hint=hint)
    if w.kind == "llm":
        if w.quant is not None and quants.get(canonical_quant(w.quant)) is None:
            raise _fail(w, "quant", say.UNKNOWN_QUANT, value=repr(w.quant))
        if w.prompt_tokens + w.output_tokens <= 0:
            raise _fail(w, "output_tokens", say.TOKENS_NEEDED)
        _check_context(w, model)
    elif w.kind in ("image", "video"):
        assert model is not None
        if w.steps == 0 and model.default_steps == 0:
            raise _fail(w, "steps", say.AT_LEAST_1)
    elif w.kind == "render":
        if w.frames < 1:
            raise _fail(w, "frames", say.AT_LEAST_1_GOT, value=repr(w.frames))
        if w.ref_seconds_per_frame is not None:
            if not (math.isfinite(w.ref_seconds_per_frame) and w.ref_seconds_per_frame > 0):
                raise _fail(w, "ref_seconds_per_frame", say.POSITIVE_NUMBER,
                            value=repr(w.ref_seconds_per_frame))
            if not w.ref_gpu:
                raise _fail(w, "ref_gpu", say.REF_GPU_NEEDED)
        elif w.scene is not None and w.scene not in render.SCENE_SAMPLES_1080P:
            raise _fail(w, "scene", say.ONE_OF, choices=Join(tuple(render.SCENE_SAMPLES_1080P)),
                        value=repr(w.scene))
    elif w.kind == "realtime":
        if not (math.isfinite(w.fps) and w.fps > 0):
            raise _fail(w, "fps", say.POSITIVE_NUMBER, value=repr(w.fps))
        if w.scene is not None and w.scene not in realtime.SCENE_FLOPS_1080P:
            raise _fail(w, "scene", say.ONE_OF, choices=Join(tuple(realtime.SCENE_FLOPS_1080P)),
                        value=repr(w.scene))
    elif w.kind == "encode":
        if w.codec is not None and w.codec.lower() not in media.CODEC_FACTOR:
            raise _fail(w, "codec", say.CODEC, value=repr(w.codec))
        if not (math.isfinite(w.fps) and w.fps >= 0):  # NaN slipped past "fps <= 0"
            raise _fail(w, "fps", say.NUMBER_NOT_NEGATIVE, value=repr(w.fps))
        if w.frames == 0 and w.fps <= 0:
            raise _fail(w, "frames", say.FRAMES_OR_FPS)
    elif w.kind == "upscale":
        if w.width < 1 or w.height < 1:
            raise _fail(w, "width", say.WIDTH_AND_HEIGHT)
    elif w.kind == "tts":
        if w.frames < 1:
            raise _fail(w, "frames", say.SPEECH_SECONDS)
    elif w.kind == "cpu" and w.cpu_seconds <= 0:
        raise _fail(w, "cpu_seconds", say.CPU_SECONDS)
    return model


def _check_context(w: Workload, model: ModelSpec | None) -> None:
    """An LLM request within its context window: llama.cpp stops where the window is full, so
    beyond it the model would time a KV cache that is never allocated (a 10-million-token
    window priced as billions of dollars of rented memory). 0 means "the request's size"."""
    request = w.prompt_tokens + w.output_tokens
    if 0 < w.context_tokens < request:
        raise _fail(w, "context_tokens", say.CONTEXT_TOO_SMALL, context=w.context_tokens,
                    prompt=w.prompt_tokens, output=w.output_tokens, request=request)
    limit = model.context_max if model is not None else 0
    if not limit:  # not known for this model
        return
    assert model is not None
    if w.context_tokens > limit:
        raise _fail(w, "context_tokens", say.CONTEXT_OVER_MODEL, limit=limit, model=model.name,
                    context=w.context_tokens)
    if request > limit:
        raise _fail(w, "prompt_tokens", say.REQUEST_OVER_MODEL, prompt=w.prompt_tokens,
                    output=w.output_tokens, model=model.name, limit=limit)


__all__ = ["MODEL_KINDS", "validate"]
