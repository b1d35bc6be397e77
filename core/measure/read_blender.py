"""Blender: the render-time lines a render prints (`Saved: '...'` then ` Time: 00:41.65 (Saving:
00:00.41)`, or `Fra:1 ... | Time:00:41.23 | ... Finished`) and the JSON the Blender Benchmark
launcher saves (`benchmark ... --json`: one record per scene with samples per minute).

Render times are the user's own scene (task "render", seconds per frame); the Benchmark's three
scenes add up to the Open Data score (task "cycles", the `predict` metric).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from core.measure import wording as say
from core.measure.reading import Found, Line, Unreadable, at, number, whole
from core.schema.message import Message, said

OPENDATA_SCENES = ("monster", "junkshop", "classroom")
_SAVED_TIME = re.compile(r"^\s*Time:\s*([\d:.]+)\s*\(Saving:\s*([\d:.]+)\)")
_FRA = re.compile(r"^Fra:(\d+)\b.*?\|\s*Time:\s*([\d:.]+)\s*\|")
_VERSION = re.compile(r"^Blender (\d+\.\d+(?:\.\d+)?)")
_DEVICE = re.compile(r"--cycles-device\s+(\w+)")


def clock_seconds(text: str) -> float:
    """'00:41.23' -> 41.23; '01:02:03.5' -> 3723.5; Unreadable for '00:41.2.3' or '::'."""
    total = 0.0
    try:
        for part in text.split(":"):
            total = total * 60.0 + number(part, Message(say.WORD_TIME))
    except Unreadable:
        raise Unreadable(f"time '{text}' is not a clock time") from None
    return total


def read_render_times(lines: Sequence[Line], gpu: str | None) -> tuple[list[Found], list[str]]:
    """One finding per rendered frame (the finisher takes their median)."""
    saved: list[float] = []
    per_frame: dict[int, float] = {}
    unread: list[str] = []
    version = backend = None
    for line in lines:
        v = _VERSION.match(line)
        if v:
            version = v.group(1)
        d = _DEVICE.search(line)
        if d:
            backend = d.group(1).upper()
        try:
            _read_time(line, saved, per_frame)
        except Unreadable as exc:
            unread.append(at(line, Message(say.BLENDER_TIME, error=said(exc))))
    times = saved or list(per_frame.values())
    fields: dict[str, Any] = {"task": "render", "source": "Blender render time"}
    if version:
        fields["blender_version"] = version
    if backend:
        fields["backend"] = backend
    found = [Found(dict(fields, value=t), Message(say.FOUND_FRAME, seconds=f"{t:.2f}"), gpu)
             for t in times if t > 0]
    return found, unread


def _read_time(line: str, saved: list[float], per_frame: dict[int, float]) -> None:
    """Add a line's render time to `saved` (the time less saving) or `per_frame` (the longest
    time a frame's status lines show)."""
    m = _SAVED_TIME.match(line)
    if m:
        saved.append(clock_seconds(m.group(1)) - clock_seconds(m.group(2)))
        return
    f = _FRA.match(line)
    if f:
        frame = whole(f.group(1), Message(say.WORD_FRAME))
        per_frame[frame] = max(per_frame.get(frame, 0.0), clock_seconds(f.group(2)))


def is_benchmark(data: Any) -> bool:
    return (isinstance(data, list) and bool(data) and isinstance(data[0], dict)
            and "stats" in data[0] and "scene" in data[0])


def read_benchmark_json(data: list[Any]) -> tuple[list[Found], list[str]]:
    """Blender Benchmark launcher JSON -> one Open Data score per device and Blender version."""
    runs: dict[tuple[str, str, str], dict[str, float]] = {}
    unread: list[str] = []
    for record in data:
        try:
            scene = str(record["scene"]["label"]).lower()
            spm = float(record["stats"]["samples_per_minute"])
            device = record["device_info"]
            backend = str(device["device_type"]).upper()
            name = str(device["compute_devices"][0]["name"])
            version = str(record["blender_version"]["version"])
        except (KeyError, IndexError, TypeError, ValueError, OverflowError):  # float(10**400)
            unread.append(Message(say.BENCHMARK_INCOMPLETE))
            continue
        runs.setdefault((name, backend, version), {})[scene] = spm
    found: list[Found] = []
    for (name, backend, version), scenes in runs.items():
        missing = [s for s in OPENDATA_SCENES if s not in scenes]
        if missing:
            unread.append(Message(say.BENCHMARK_SCENES_MISSING, name=name,
                                  missing=", ".join(missing)))
            continue
        score = sum(scenes[s] for s in OPENDATA_SCENES)
        fields = {"task": "cycles", "value": score, "backend": backend,
                  "blender_version": version, "source": "Blender Benchmark launcher JSON"}
        found.append(Found(fields, Message(say.FOUND_BENCHMARK, score=f"{score:.1f}",
                                           backend=backend, version=version),
                           name if backend != "CPU" else None))
    return found, unread
