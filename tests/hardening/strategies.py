"""Hypothesis strategies for valid workloads of every kind, bounded like the profile loader's
keys (core/catalogs/profiles.py WORKLOAD_KEYS), so every value here is one a user can type."""

from __future__ import annotations

from hypothesis import strategies as st

from core.catalogs.models import load_models, load_quants
from core.schema import Workload

_MODELS = load_models()


def model_ids(kind: str) -> list[str]:
    return sorted(m.id for m in _MODELS.values() if m.kind == kind)


QUANTS = sorted(load_quants())
SIDES = st.integers(64, 8192)
JOBS = st.floats(0.01, 1e4)
DEADLINE = st.one_of(st.none(), st.floats(1.0, 1e6))


@st.composite
def llm(draw: st.DrawFn) -> Workload:
    model = draw(st.sampled_from(model_ids("llm")))
    # the request and the window within the model's context window (core.perf.validate)
    limit = _MODELS[model].context_max or 1_000_000
    prompt = draw(st.integers(0, min(200_000, limit - 1)))
    out = draw(st.integers(0 if prompt else 1, min(100_000, limit - prompt)))
    return Workload(
        id="llm-w", kind="llm", label="chat", jobs_per_week=draw(JOBS), model=model,
        quant=draw(st.one_of(st.none(), st.sampled_from(QUANTS))),
        prompt_tokens=prompt, output_tokens=out,
        context_tokens=draw(st.one_of(st.just(0), st.integers(prompt + out, limit))),
        deadline_s=draw(DEADLINE))


@st.composite
def image(draw: st.DrawFn) -> Workload:
    return Workload(
        id="img-w", kind="image", label="art", jobs_per_week=draw(JOBS),
        model=draw(st.sampled_from(model_ids("image"))), width=draw(SIDES), height=draw(SIDES),
        steps=draw(st.integers(0, 200)), batch=draw(st.integers(1, 16)), cfg=draw(st.booleans()))


@st.composite
def video(draw: st.DrawFn) -> Workload:
    return Workload(
        id="vid-w", kind="video", label="clip", jobs_per_week=draw(JOBS),
        model=draw(st.sampled_from(model_ids("video"))),
        width=draw(st.integers(0, 1920)), height=draw(st.integers(0, 1080)),
        frames=draw(st.integers(0, 400)), steps=draw(st.integers(0, 100)),
        cfg=draw(st.booleans()))


@st.composite
def render(draw: st.DrawFn) -> Workload:
    ref = draw(st.booleans())
    return Workload(
        id="render-w", kind="render", label="anim", jobs_per_week=draw(JOBS),
        frames=draw(st.integers(1, 100_000)), width=draw(st.integers(0, 8192)),
        height=draw(st.integers(0, 8192)),
        scene=None if ref else draw(st.one_of(st.none(),
                                              st.sampled_from(["light", "typical", "heavy"]))),
        ref_seconds_per_frame=draw(st.floats(0.01, 3600)) if ref else None,
        ref_gpu=draw(st.sampled_from(["nvidia-rtx-3060-12gb", "nvidia-rtx-4090",
                                      "amd-rx-7900-xtx", "apple-m2-pro-19c"])) if ref else None)


@st.composite
def realtime(draw: st.DrawFn) -> Workload:
    return Workload(
        id="live-w", kind="realtime", label="avatar", hours_per_week=draw(st.floats(0.1, 168)),
        fps=draw(st.floats(1.0, 240.0)),
        model=draw(st.one_of(st.none(), st.sampled_from(model_ids("face")))),
        scene=draw(st.one_of(st.none(), st.sampled_from(["avatar-2d", "avatar-3d",
                                                         "engine-preview"]))),
        width=draw(st.integers(0, 3840)), height=draw(st.integers(0, 2160)), live=True)


@st.composite
def encode(draw: st.DrawFn) -> Workload:
    live = draw(st.booleans())
    return Workload(
        id="enc-w", kind="encode", label="encode", jobs_per_week=draw(JOBS),
        frames=0 if live else draw(st.integers(1, 1_000_000)),
        fps=draw(st.floats(1.0, 240.0)) if live else 0.0,
        codec=draw(st.one_of(st.none(), st.sampled_from(["h264", "hevc", "av1"]))),
        width=draw(st.integers(0, 7680)), height=draw(st.integers(0, 4320)), live=live)


@st.composite
def upscale(draw: st.DrawFn) -> Workload:
    return Workload(
        id="up-w", kind="upscale", label="upscale", jobs_per_week=draw(JOBS),
        model=draw(st.sampled_from(model_ids("upscale"))), width=draw(st.integers(1, 4096)),
        height=draw(st.integers(1, 4096)), frames=draw(st.integers(0, 100_000)),
        batch=draw(st.integers(1, 8)))


@st.composite
def tts(draw: st.DrawFn) -> Workload:
    return Workload(
        id="tts-w", kind="tts", label="voice", jobs_per_week=draw(JOBS),
        model=draw(st.sampled_from(model_ids("tts"))), frames=draw(st.integers(1, 36_000)))


@st.composite
def cpu(draw: st.DrawFn) -> Workload:
    return Workload(id="cpu-w", kind="cpu", label="bake", jobs_per_week=draw(JOBS),
                    cpu_seconds=draw(st.floats(0.1, 1e6)))


BY_KIND = {"llm": llm(), "image": image(), "video": video(), "render": render(),
           "realtime": realtime(), "encode": encode(), "upscale": upscale(), "tts": tts(),
           "cpu": cpu()}
ANY_WORKLOAD = st.one_of(*BY_KIND.values())
