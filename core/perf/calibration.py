"""The shipped calibration measurements (assets/calibration/measured/*.csv) as predict queries.

The CSV files are verbatim copies of ../shared/calibration/. Each usable row becomes an
`Observation`: the `predict` query that asks for it, the measured value, and the row's origin.
Rows whose setting cannot be expressed as a query (seconds per image with unknown steps, an
unnamed FLUX variant) are skipped with the reason recorded, so nothing is dropped silently.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from core.paths import assets_dir

FILES = {
    "llm": "llm_llamacpp.csv",
    "cycles": "blender_opendata.csv",
    "image": "diffusion.csv",
    "video": "video_gen.csv",
    "recent": "benchmarks_2026.csv",
    "h200": "h200_measured.csv",
}


def measured_dir() -> Path:
    return assets_dir() / "calibration" / "measured"


@dataclass(frozen=True, slots=True)
class Observation:
    """One measurement as the query `predict` would answer, and its measured value."""

    query: dict[str, Any]
    value: float
    file: str
    line: int  # 1-based line in the CSV (header is line 1)
    software: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def task(self) -> str:
        return str(self.query["task"])

    @property
    def gpu(self) -> str:
        return str(self.query["gpu"])


def _number(text: str) -> float | None:
    """'~240' -> 240, '18.79-20.62' -> the midpoint, '' -> None."""
    t = text.strip().lstrip("~").replace(",", "")
    if not t:
        return None
    m = re.fullmatch(r"([0-9.]+)\s*-\s*([0-9.]+)", t)
    if m:
        return (float(m.group(1)) + float(m.group(2))) / 2.0
    m = re.match(r"([0-9.]+)", t)
    return float(m.group(1)) if m else None


def _resolution(text: str) -> tuple[int, int] | None:
    """'512x768' -> (512, 768); '1024px' -> (1024, 1024); '480P (832x480) ...' -> (832, 480)."""
    m = re.search(r"(\d+)\s*x\s*(\d+)", text)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"\s*(\d+)\s*px\s*", text)
    if m:
        return int(m.group(1)), int(m.group(1))
    return None


def llm_test(text: str) -> str | None:
    """'tg1024 (avg of 1024 generated tokens)' -> 'tg1024'; 'pp~1024 (...)' -> 'pp1024'."""
    m = re.match(r"\s*(pp|tg)~?(\d+)", text)
    return f"{m.group(1)}{m.group(2)}" if m else None


def _read(name: str) -> list[dict[str, str]]:
    with (measured_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def load_observations() -> tuple[tuple[Observation, ...], tuple[tuple[str, int, str], ...]]:
    """(usable observations, skipped rows as (file, line, reason))."""
    obs: list[Observation] = []
    skipped: list[tuple[str, int, str]] = []
    name = FILES["llm"]
    for i, r in enumerate(_read(name), start=2):
        test = llm_test(r["test"])
        value = _number(r["tokens_per_s"])
        if test is None or value is None:
            skipped.append((name, i, "test or value not readable"))
            continue
        q: dict[str, Any] = {"task": "llm", "gpu": r["gpu"], "model": r["model"],
                             "quant": r["quant"], "test": test, "backend": r["backend"]}
        if _rented(r["source"]) and not r["gpu"].lower().startswith("apple"):
            q["host"] = "server"  # a table of cards its author rented (the Macs were theirs)
        obs.append(Observation(q, value, name, i, r["backend"]))
    name = FILES["cycles"]
    for i, r in enumerate(_read(name), start=2):
        value = _number(r["samples_per_min"])
        if value is None:
            skipped.append((name, i, "no score"))
            continue
        version = r["blender_version"] if r["blender_version"][:1].isdigit() else "pooled"
        q = {"task": "cycles", "gpu": r["gpu"], "backend": r["backend"],
             "blender_version": version}
        obs.append(Observation(q, value, name, i, r["backend"]))
    name = FILES["image"]
    for i, r in enumerate(_read(name), start=2):
        value = _number(r["it_per_s"])
        res = _resolution(r["resolution"])
        if value is None:
            skipped.append((name, i, "seconds per image without a step count: no it/s"))
            continue
        if res is None:
            skipped.append((name, i, "resolution not stated"))
            continue
        steps = _number(r["steps"])
        # 'SD1.x (checkpoint hash e6e8e1fc)' is an SD1.x checkpoint: the parenthesis is a note
        model = re.sub(r"\s*\(.*\)$", "", r["model"])
        batch = int(_number(r["batch"]) or 1)
        notes = r["notes"].lower()
        if batch > 1 and "batch-iterations/s" in notes:
            # A1111's progress bar counts one iteration per step of the whole batch; the
            # contract's it/s counts image-steps (steps x batch / time)
            value *= batch
        q = {"task": "image", "gpu": r["gpu"], "model": model, "width": res[0],
             "height": res[1], "batch": batch}
        if steps is not None:
            q["steps"] = int(steps)
        if _times_denoiser_loop(notes):
            q["timing"] = "denoiser"
        software = r["software"].lower()
        if "flux-fp8-api" in software and "weight-only" not in software:
            # aredden/flux-fp8-api multiplies in fp8 ("quantized fp8 matmul", its README); the
            # "bfl codebase fp8 weight-only" rows store fp8 weights but compute in bf16
            q["precision"] = "fp8"
        obs.append(Observation(q, value, name, i, r["software"]))
    name = FILES["video"]
    for i, r in enumerate(_read(name), start=2):
        value = _number(r["seconds"])
        res = _resolution(r["resolution"])
        if value is None or res is None:
            skipped.append((name, i, "time or resolution not readable"))
            continue
        model = r["model"]
        qv: dict[str, Any] = {
            "task": "video", "gpu": r["gpu"], "model": re.sub(r"\s*\(.*\)$", "", model),
            "width": max(res), "height": min(res), "n_gpus": int(_number(r["n_gpus"]) or 1)}
        m = re.search(r"(\d+)\s*frames", r["frames"])
        frames = float(m.group(1)) if m else _number(r["frames"])
        steps = _number(r["steps"])
        if frames is not None:
            qv["frames"] = int(frames)
        if steps is not None:
            qv["steps"] = int(steps)
        cfg_text = (r["software_config"] + " " + r["notes"]).lower()
        if "cfg off" in cfg_text or "cfgdistill" in model.lower().replace("-", ""):
            qv["cfg"] = False
        if "teacache" in cfg_text:
            # step caching reuses earlier denoiser outputs: fewer passes than the steps say
            skipped.append((name, i, "TeaCache skips denoiser passes: not the stated steps"))
            continue
        precision = _precision(r["software_config"])
        if precision == "fp8":
            qv["precision"] = "fp8"  # LightX2V's FP8 modes multiply in fp8
        obs.append(Observation(qv, value, name, i, r["software_config"],
                               {"precision": precision}))
    _recent(obs, skipped)
    _h200(obs, skipped)
    return tuple(obs), tuple(skipped)


def _recent(obs: list[Observation], skipped: list[tuple[str, int, str]]) -> None:
    """benchmarks_2026.csv: llama-bench rows (one card), Blender 5.x Open Data medians and
    video clip times; rows without a usable setting are skipped with the reason."""
    name = FILES["recent"]
    for i, r in enumerate(_read(name), start=2):
        kind, value = r["kind"], _number(r["value"])
        n_gpus = int(_number(r["n_gpus"]) or 1)
        if value is None or r["value"].strip().startswith("<"):
            skipped.append((name, i, "no value (or only a bound)"))
            continue
        if kind == "llm":
            test = llm_test(r["test"])
            software = r["software"].lower()
            if test is None or "llama" not in software or n_gpus != 1:
                skipped.append((name, i, "not a one-card llama-bench row"))
                continue
            backend = next((b for b in ("SYCL", "Vulkan", "ROCm", "Metal", "CUDA")
                            if b.lower() in software), "CUDA")
            q: dict[str, Any] = {"task": "llm", "gpu": r["gpu"],
                                 "model": re.sub(r"\s*\(.*\)$", "", r["model"]),
                                 "quant": r["precision_or_quant"].removeprefix("UD-"),
                                 "test": test, "backend": backend}
            obs.append(Observation(q, value, name, i, r["software"]))
        elif kind == "blender":
            m = re.search(r"Blender\s+([0-9.]+)", r["software"])
            backend = r["test"].split()[-1].upper()
            q = {"task": "cycles", "gpu": r["gpu"], "backend": backend,
                 "blender_version": m.group(1) if m else "pooled"}
            obs.append(Observation(q, value, name, i, r["software"]))
        elif kind == "image":
            res, steps = _resolution(r["resolution"]), _number(r["steps"])
            if (res is None or steps is None or "first run" in r["test"].lower()
                    or "seconds per image" not in r["metric"].lower()):
                skipped.append((name, i, "image run without its resolution or step count, or "
                                         "a first run with model loading"))
                continue
            batch = int(_number(r["batch"]) or 1)
            qi: dict[str, Any] = {"task": "image", "gpu": r["gpu"],
                                  "model": re.sub(r"\s*\(.*\)$", "", r["model"]),
                                  "width": res[0], "height": res[1], "steps": int(steps),
                                  "batch": batch}
            if _distilled_lora(r["precision_or_quant"]):
                qi["cfg"] = False
            # seconds per image, end to end: image-steps per second as the contract counts them
            obs.append(Observation(qi, steps * batch / value, name, i, r["software"]))
        elif kind == "video":
            res = _resolution(r["resolution"])
            timed = r["metric"].lower()
            if (res is None or n_gpus != 1 or "per denoising step" in timed
                    or "first run" in r["test"].lower()):
                skipped.append((name, i, "no resolution, a per-step time, several cards or a "
                                         "first run with model loading"))
                continue
            qv: dict[str, Any] = {"task": "video", "gpu": r["gpu"],
                                  "model": re.sub(r"\s*\(.*\)$", "", r["model"]),
                                  "width": max(res), "height": min(res)}
            frames, steps = _number(r["frames"]), _number(r["steps"])
            if steps is None and "comfy" in r["software"].lower():
                # a UI workflow's own step count (ComfyUI's Wan2.2 template's is not the
                # reference code's 40) is not in the row: the work done is unknown. A library
                # run without one used the pipeline's default, the model's (default_steps).
                skipped.append((name, i, "a UI workflow's run without its step count"))
                continue
            if frames is not None:
                qv["frames"] = int(frames)
            if steps is not None:
                qv["steps"] = int(steps)
            if _distilled_lora(r["precision_or_quant"]):
                qv["cfg"] = False  # step-distilled LoRAs run at CFG 1: one pass per step
            obs.append(Observation(qv, value, name, i, r["software"],
                                   {"precision": _precision(r["precision_or_quant"])}))
        else:
            skipped.append((name, i, f"{kind} rows are not calibrated"))


def _h200(obs: list[Observation], skipped: list[tuple[str, int, str]]) -> None:
    """h200_measured.csv: diffusers runs on an H200 SXM (shared/tools/gpu_diffusers_bench.py).
    Image rows time the denoiser loop (image-steps/s, batch counted); video rows the denoising
    loop (and the VAE decode where stated), without the text encoder. They ran on a server (a
    16-core Xeon VM, the rows' software column says), whose per-step floor they measure."""
    name = FILES["h200"]
    for i, r in enumerate(_read(name), start=2):
        value = _number(r["value"])
        if value is None:
            skipped.append((name, i, "no value"))
            continue
        q: dict[str, Any] = {"task": r["task"], "gpu": r["gpu"], "model": r["model"],
                             "width": int(r["width"]), "height": int(r["height"]),
                             "steps": int(r["steps"]), "host": "server"}
        if r["task"] == "image":
            q["batch"] = int(r["batch"] or 1)
            q["timing"] = "denoiser"
        else:
            q["width"], q["height"] = max(q["width"], q["height"]), min(q["width"], q["height"])
            q["frames"] = int(r["frames"])
        obs.append(Observation(q, value, name, i, r["software"],
                               {"precision": "bf16", "timed": r["what_was_timed"]}))


def _times_denoiser_loop(notes: str) -> bool:
    """Rows timed by the sampler's own counter (a progress bar's it/s, a loop average, ms per
    step) leave out the text encoders, the VAE decode and per-job work: they are not
    end-to-end."""
    return any(s in notes for s in ("of the denoiser loop", "a1111 reports", "ms/it"))


def _distilled_lora(text: str) -> bool:
    """'fp8_scaled + 4-step LoRA', 'Lightning LoRA': a step-distilled LoRA (lightx2v,
    Lightning), which runs without classifier-free guidance."""
    t = text.lower()
    return "lora" in t and ("step" in t or "lightning" in t or "lightx2v" in t)


def _rented(source: str) -> bool:
    """Whether a source says its cards were rented (they ran on a provider's servers, not on
    a desktop): 'GPUs rented on RunPod'."""
    return re.search(r"\brented\b", source, re.IGNORECASE) is not None


def _precision(config: str) -> str:
    c = config.lower()
    if "fp8" in c:
        return "fp8"
    if "int8" in c:
        return "int8"
    return "bf16"
