"""Diffusion UIs: the sampler's tqdm progress bar (ComfyUI, A1111, Forge: "20/20 [00:13<00:00,
1.50it/s]", or "s/it" when slower than one step a second) and ComfyUI's "Prompt executed in N
seconds".

A progress bar times the sampling loop alone (timing = "denoiser"): no text encoder, VAE decode
or model loading. A1111 and Forge count one iteration per step of the whole batch, so with
`batch` images the contract's it/s (image-steps per second) is the bar's rate × batch.
"Prompt executed in" times the whole job (timing = "job"); the first prompt after start also
loads the models, so several prompts give their median. A prompt ComfyUI answered from its cache
also prints one ("Prompt executed in 0.00 seconds") and is no run: see `_job_times`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from statistics import median
from typing import Any

from core.measure import wording as say
from core.measure.reading import Found, Line, Unreadable, at, clip, number, whole
from core.schema.message import Message, said

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


def guess_image_model(lines: Sequence[str]) -> tuple[str | None, str]:
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


def _finished(m: re.Match[str]) -> bool:
    """Whether a bar is at its end (a terminal prints every update of a running one)."""
    steps = Message(say.WORD_STEPS)
    n, total = whole(m.group("n"), steps), whole(m.group("total"), steps)
    return n == total and total > 0


def _label(m: re.Match[str]) -> str:
    return m.group("label").strip().rstrip(":").strip().lower()


def _rate(m: re.Match[str]) -> float:
    """A bar's speed in it/s; Unreadable when its rate is no speed (a zero would divide)."""
    rate = number(m.group("rate"), Message(say.WORD_RATE))
    if rate <= 0:
        raise Unreadable(Message(say.NOT_A_SPEED, rate=f"{m.group('rate')}{m.group('unit')}"))
    return 1.0 / rate if m.group("unit") == "s/it" else rate


def read_progress(lines: Sequence[Line], gpu: str | None, ui: str,
                  batch: int | None) -> tuple[list[Found], list[str]]:
    """Completed sampler progress bars -> one it/s finding per bar (their median later)."""
    bars: list[tuple[int, float]] = []
    unread: list[str] = []
    for line in lines:
        m = _BAR.search(line)
        if not m:
            continue
        try:
            if not _finished(m):
                continue
            if _label(m) not in _SAMPLER_LABELS:
                if _label(m) != "total progress":
                    unread.append(Message(say.NOT_A_SAMPLER, label=clip(m.group("label").strip())))
                continue
            bars.append((int(m.group("total")), _rate(m)))
        except Unreadable as exc:
            unread.append(at(line, Message(say.PROGRESS_BAR, error=said(exc))))
    if not bars:
        return [], unread
    steps, _ = Counter(t for t, _ in bars).most_common(1)[0]
    others = sorted({t for t, _ in bars if t != steps})
    if others:
        unread.append(Message(say.OTHER_BARS, others=", ".join(map(str, others)), steps=steps))
    model, hint = guess_image_model(lines)
    fields: dict[str, Any] = {"task": "image", "timing": "denoiser", "steps": steps,
                              "source": f"{ui} progress bar"}
    notes: list[str] = []
    if model:
        fields["model"] = model
        notes.append(Message(say.MODEL_READ_FROM, hint=hint[:60], model=model,
                             ask=Message(say.ASK_MODEL_IF_OTHER)))
    b = batch or 1
    if b > 1:
        fields["batch"] = b
        notes.append(Message(say.BATCH_BAR, n=b))
    found = [Found(dict(fields, value=rate * b),
                   Message(say.FOUND_SAMPLER_BAR, steps=steps, rate=f"{rate:.3g}")
                   if ui == "sampler" else
                   Message(say.FOUND_BAR, ui=ui, steps=steps, rate=f"{rate:.3g}"), gpu, notes)
             for total, rate in bars if total == steps]
    return found, unread


# The rate a bar prints is rounded and smoothed over its last steps: a real job may seem a
# little faster than its own sampling loop, never this much.
_RATE_SLACK = 0.9


def _sampling_seconds(bars: list[re.Match[str]]) -> tuple[str, float]:
    """What the sampler bars of one prompt show: 'ran' (a bar finished), 'interrupted' (bars,
    none finished) or 'none'; and the least time the finished bars' steps take at their rates."""
    state, seconds = "none", 0.0
    for m in bars:
        if _label(m) not in _SAMPLER_LABELS:
            continue
        try:
            if not _finished(m):
                state = "interrupted" if state == "none" else state
                continue
            state = "ran"
            seconds += int(m.group("total")) / _rate(m)
        except Unreadable:
            state = "ran"  # read_progress says what is wrong with the bar
    return state, seconds


def _not_a_run(seconds: float, bars: list[re.Match[str]], bars_in_text: bool) -> str | None:
    """Why a 'Prompt executed' time cannot be a real run of the prompt's steps, or None."""
    if bars_in_text:
        state, took = _sampling_seconds(bars)
        if state == "none":
            return Message(say.NO_STEPS_RAN)
        if state == "interrupted":
            return Message(say.INTERRUPTED)
        if seconds < took * _RATE_SLACK:
            return Message(say.CACHED_SHORT, seconds=f"{seconds:g}", took=f"{took:.3g}")
    if seconds <= 0:
        return Message(say.CACHED_NO_RUN, seconds=f"{seconds:g}")
    return None


def _job_times(lines: Sequence[Line]) -> tuple[list[float], list[str]]:
    """The 'Prompt executed' times of prompts that really ran, and why the others are left out.

    ComfyUI answers a prompt whose outputs it has cached without running anything, in "0.00
    seconds"; as a job time that is thousands of it/s. ComfyUI runs one prompt at a time, so
    the bars printed since the last 'Prompt executed' line are this prompt's ('got prompt' is
    printed when a prompt is queued, maybe while another runs, so it does not mark a start).
    When the text shows sampler bars at all, a time is kept only if its prompt finished a bar
    and took at least the time the bar's steps take; a text of times alone (with --steps) can
    be checked only for a time above zero.
    """
    bars_in_text = any((m := _BAR.search(ln)) and _label(m) in _SAMPLER_LABELS for ln in lines)
    times: list[float] = []
    unread: list[str] = []
    since_last: list[re.Match[str]] = []
    for line in lines:
        bar = _BAR.search(line)
        if bar:
            since_last.append(bar)
            continue
        m = _EXECUTED.search(line)
        if not m:
            continue
        bars, since_last = since_last, []
        try:
            seconds = number(m.group(1), Message(say.WORD_TIME))
        except Unreadable as exc:
            unread.append(at(line, said(exc)))
            continue
        why = _not_a_run(seconds, bars, bars_in_text)
        if why:
            unread.append(at(line, why))
        else:
            times.append(seconds)
    return times, unread


def read_executed(lines: Sequence[Line], gpu: str | None, steps: int | None,
                  batch: int | None) -> tuple[list[Found], list[str]]:
    """ComfyUI's "Prompt executed in N seconds" -> end-to-end it/s (needs the step count)."""
    times, unread = _job_times(lines)
    if not times:
        return [], unread
    if steps is None:
        return [], [*unread, Message(say.NEEDS_STEPS, seconds=f"{times[0]:g}",
                                     ask=Message(say.ASK_STEPS))]
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
    notes: list[str] = []
    if len(times) == 1:
        notes.append(Message(say.ONE_PROMPT_EXECUTED))
    return [Found(fields, Message(say.FOUND_JOB, steps=steps, seconds=f"{seconds:g}"), gpu,
                  notes)], unread
