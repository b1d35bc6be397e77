"""Diffusion UIs: the sampler's tqdm progress bar (ComfyUI, A1111, Forge: "20/20 [00:13<00:00,
1.50it/s]", or "s/it" when slower than one step a second) and ComfyUI's "Prompt executed in N
seconds".

A progress bar times the sampling loop alone (timing = "denoiser"): no text encoder, VAE decode
or model loading. A1111 and Forge count one iteration per step of the whole batch, so with
`batch` images the contract's it/s (image-steps per second) is the bar's rate × batch.
"Prompt executed in" times the whole job (timing = "job"); the first prompt after start also
loads the models, so several prompts give their median.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median
from typing import Any

from core.measure.reading import Found

_BAR = re.compile(r"^(?P<label>.*?)\s*(?P<pct>\d{1,3})%\|[^|]*\|\s*(?P<n>\d+)/(?P<total>\d+)\s*"
                  r"\[(?P<elapsed>[\d:]+)<[^,\]]*,\s*(?P<rate>[0-9.]+)\s*(?P<unit>it/s|s/it)\s*\]")
_EXECUTED = re.compile(r"Prompt executed in ([0-9.]+) seconds")
# ComfyUI's loading lines name the model class; A1111/Forge name the checkpoint file.
_CLASS_HINTS = (
    (re.compile(r"Requested to load (SDXL|SDXLRefiner)\b"), "sdxl"),
    (re.compile(r"Requested to load Flux\b"), "flux1-dev"),
    (re.compile(r"Requested to load SD3\b"), "sd3.5-large"),
    (re.compile(r"Requested to load BaseModel\b"), "sd15"),
)
_CHECKPOINT = re.compile(r"(?i)(?:loading weights|loading model|model selected|checkpoint)"
                         r".*?([\w.\-]+)\.(?:safetensors|ckpt|gguf|sft)")
_FILE_HINTS = (
    (re.compile(r"(?i)flux.*schnell"), "flux1-schnell"),
    (re.compile(r"(?i)flux"), "flux1-dev"),
    (re.compile(r"(?i)sd3\.?5"), "sd3.5-large"),
    (re.compile(r"(?i)xl"), "sdxl"),
    (re.compile(r"(?i)v1-5|sd-?15|sd_?1\.5"), "sd15"),
)
_SAMPLER_LABELS = ("", "sampling", "sample", "ksampler")


def guess_image_model(lines: list[str]) -> tuple[str | None, str]:
    """(catalog image model, the line that says so) from a UI's loading messages."""
    for line in lines:
        for pattern, model in _CLASS_HINTS:
            if pattern.search(line):
                return model, line.strip()
        m = _CHECKPOINT.search(line)
        if m:
            for pattern, model in _FILE_HINTS:
                if pattern.search(m.group(1)):
                    return model, m.group(1)
    return None, ""


def read_progress(lines: list[str], gpu: str | None, ui: str,
                  batch: int | None) -> tuple[list[Found], list[str]]:
    """Completed sampler progress bars -> one it/s finding per bar (their median later)."""
    bars: list[tuple[int, float]] = []
    unread: list[str] = []
    for line in lines:
        m = _BAR.search(line)
        if not m:
            continue
        label = m.group("label").strip().rstrip(":").strip().lower()
        n, total = int(m.group("n")), int(m.group("total"))
        if n != total or total == 0:
            continue  # a bar still running (a terminal prints every update)
        if label not in _SAMPLER_LABELS:
            if label != "total progress":
                unread.append(f"progress bar '{m.group('label').strip()}': not a sampler's")
            continue
        rate = float(m.group("rate"))
        if m.group("unit") == "s/it":
            rate = 1.0 / rate
        bars.append((total, rate))
    if not bars:
        return [], unread
    steps, _ = Counter(t for t, _ in bars).most_common(1)[0]
    others = sorted({t for t, _ in bars if t != steps})
    if others:
        unread.append(f"progress bars of {', '.join(map(str, others))} steps besides the "
                      f"{steps}-step ones (a hires-fix or refiner pass?): left out")
    model, hint = guess_image_model(lines)
    fields: dict[str, Any] = {"task": "image", "timing": "denoiser", "steps": steps,
                              "source": f"{ui} progress bar"}
    notes = []
    if model:
        fields["model"] = model
        notes.append(f"model read from '{hint[:60]}': {model}; give --model if it was another")
    b = batch or 1
    if b > 1:
        fields["batch"] = b
        notes.append(f"the bar counts steps of the whole batch: it/s × {b} images")
    found = [Found(dict(fields, value=rate * b), f"{ui} progress bar {steps}/{steps} at "
                   f"{rate:.3g} it/s", gpu, notes)
             for total, rate in bars if total == steps]
    return found, unread


def read_executed(lines: list[str], gpu: str | None, steps: int | None,
                  batch: int | None) -> tuple[list[Found], list[str]]:
    """ComfyUI's "Prompt executed in N seconds" -> end-to-end it/s (needs the step count)."""
    times = [float(m.group(1)) for line in lines if (m := _EXECUTED.search(line))]
    if not times:
        return [], []
    if steps is None:
        return [], [f"'Prompt executed in {times[0]:g} seconds': the step count is needed to "
                    "turn a job time into it/s (give --steps, or paste the progress bar too)"]
    seconds = median(times)
    b = batch or 1
    fields: dict[str, Any] = {"task": "image", "timing": "job", "steps": steps,
                              "value": steps * b / seconds,
                              "source": "ComfyUI 'Prompt executed in'"
                              + (f" (median of {len(times)})" if len(times) > 1 else "")}
    if b > 1:
        fields["batch"] = b
    model, _ = guess_image_model(lines)
    if model:
        fields["model"] = model
    notes = []
    if len(times) == 1:
        notes.append("one 'Prompt executed' time: if it was the first prompt after start it "
                     "includes loading the model (paste a later run for the speed alone)")
    return [Found(fields, f"ComfyUI job of {steps} steps in {seconds:g} s", gpu, notes)], []
