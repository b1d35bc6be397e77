"""What the text readers share: the settings the user adds, what a reader found, and the
finishing step that turns findings into validated `Measurement`s.

A reader returns `Found` items (the fields it read, as a `[[measurement]]` table would hold
them) and plain sentences about what it saw but could not use. `finish` fills in what the user
said (`Context`: the GPU, the model, sizes the text does not print), validates each table with
the same checks as a file (core.measure.tables), folds repeats of one setting into their median,
and says why any finding was left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import TYPE_CHECKING, Any

from core.catalogs import wording as say_file
from core.catalogs._validate import CatalogError
from core.measure import wording as say
from core.measure.tables import MODEL_TASKS, measurement_from_table
from core.schema.measurement import QUERY_FIELDS, Measurement
from core.schema.message import Message
from core.shorten import shorten

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


@dataclass(frozen=True, slots=True)
class Context:
    """What the user says about a run that its text may not: `gpu` and `model` replace what the
    text says; the other fields fill in only what the text leaves out."""

    gpu: str | None = None
    model: str | None = None
    quant: str | None = None
    backend: str | None = None
    width: int | None = None
    height: int | None = None
    steps: int | None = None
    batch: int | None = None
    frames: int | None = None
    scene: str | None = None
    date: str = ""
    source: str | None = None  # replaces the reader's own source text
    # where it ran (core.hosts.HOSTS): "server" for a rented pod; said only for the tasks whose
    # time depends on the host's CPU (a token's host work, a diffusion step's launches)
    host: str | None = None


@dataclass(slots=True)
class Found:
    """One finding: `fields` as a [[measurement]] table (without gpu/date), `what` the text it
    came from, for messages ("ComfyUI progress bar 20/20 at 1.50it/s")."""

    fields: dict[str, Any]
    what: str
    gpu: str | None = None  # the GPU the text itself names, if any
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a text gave: measurements, what was recognised, notes on guesses, what was not read."""

    measurements: tuple[Measurement, ...]
    recognised: tuple[str, ...]
    notes: tuple[str, ...]
    unread: tuple[str, ...]


class Line(str):
    """One line of a text, with `number`: its line in the file as `grep -n` counts them, so
    that a "not read" note can say where to look (a terminal's carriage-return rewrites of a
    progress bar share the number of the line they are on)."""

    number: int

    def __new__(cls, text: str, number: int) -> Line:
        line = super().__new__(cls, text)
        line.number = number
        return line


def lines_of(text: str) -> list[Line]:
    """Lines, with a terminal's carriage-return rewrites (progress bars) as lines of their own."""
    out: list[Line] = []
    for number, line in enumerate(re.split(r"\r\n|\n", text), 1):
        out.extend(Line(part, number) for part in line.split("\r"))
    return out


class Unreadable(ValueError):
    """A number in a line of text that is not one ("1.2.3it/s", "in . seconds"): the line is
    left out with a note, and the rest of the text is still read."""


def clip(text: str, width: int = 60) -> str:
    """`text` cut to `width` characters (an ellipsis marks the cut): text quoted from a paste
    in a sentence, which a 1 MB line must not become."""
    return shorten(text, width)


def number(text: str, what: str) -> float:
    """`text`, which a pattern took for a number, as a finite float; else Unreadable. A pattern
    such as [0-9.]+ also takes "1.2.3" and "."; thousands of digits make an infinity."""
    try:
        value = float(text)
    except ValueError:
        raise Unreadable(Message(say.NOT_A_NUMBER, what=what, text=clip(text, 30))) from None
    if not math.isfinite(value):
        raise Unreadable(Message(say.TOO_LARGE_A_NUMBER, what=what, text=clip(text, 30)))
    return value


def whole(text: str, what: str) -> int:
    """`text`, which a pattern took for digits, as an int; else Unreadable (int() refuses more
    than 4300 digits)."""
    try:
        return int(text)
    except ValueError:
        raise Unreadable(Message(say.NOT_A_WHOLE_NUMBER, what=what,
                                 text=clip(text, 30))) from None


def at(line: Line, problem: str) -> str:
    """A "not read" sentence about one line: where it is, how it starts, what was wrong."""
    return Message(say.AT_LINE, n=line.number, text=clip(line.strip()), problem=problem)


_DEVICE_LINES = (
    # llama.cpp CUDA/ROCm/SYCL: "  Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, ..."
    re.compile(r"^\s*Device \d+: ([^,]+),"),
    # llama.cpp Vulkan: "ggml_vulkan: 0 = NVIDIA GeForce RTX 3060 (NVIDIA) | uma: 0 | ..."
    re.compile(r"ggml_vulkan: \d+ = (.+?) \(.*?\) \|"),
    # llama.cpp Metal: "ggml_metal_init: found device: Apple M2 Max" / "GPU name:   Apple M2 Max"
    re.compile(r"ggml_metal\w*: (?:found device:|GPU name:)\s*(.+?)\s*$"),
    # ComfyUI / Forge: "Device: cuda:0 NVIDIA GeForce RTX 3060 : cudaMallocAsync"
    re.compile(r"^Device: \w+:\d+ (.+?) : \S+\s*$"),
)


def gpu_in_text(lines: Sequence[str]) -> str | None:
    """The first GPU a tool's start-up lines name, or None."""
    for line in lines:
        for pattern in _DEVICE_LINES:
            m = pattern.search(line)
            if m:
                return m.group(1).strip()
    return None


def finish(found: list[Found], ctx: Context, recognised: list[str],
           unread: list[str], catalogs: Catalogs) -> Reading:
    """Validate findings into Measurements (repeats of one setting -> their median)."""
    notes: list[str] = []
    out: list[Measurement] = []
    groups: dict[tuple[Any, ...], list[tuple[Found, dict[str, Any]]]] = {}
    no_gpu: list[str] = []
    for f in found:
        table = dict(f.fields)
        gpu = ctx.gpu or f.gpu
        if not gpu:
            no_gpu.append(f.what)
            continue
        table["gpu"] = gpu
        if ctx.model and table["task"] in MODEL_TASKS:
            # a Blender time pasted with a model chosen is still a render, not that model's
            table["model"] = ctx.model
        for name in ("quant", "backend", "width", "height", "steps", "batch", "frames",
                     "scene", "host"):
            value = getattr(ctx, name)
            if value is not None and name not in table and _applies(name, table["task"]):
                table[name] = value
        if ctx.source:
            table["source"] = ctx.source
        if ctx.date:
            table["date"] = ctx.date
        key = tuple((k, table.get(k)) for k in ("gpu", "task", *QUERY_FIELDS))
        groups.setdefault(key, []).append((f, table))
    if no_gpu:
        what = (Message(say.AND_MORE, what=no_gpu[0], n=len(no_gpu) - 1) if len(no_gpu) > 1
                else no_gpu[0])
        unread.append(Message(say.NO_GPU_NAMED, what=what, ask=Message(say.ASK_GPU)))
    for members in groups.values():
        f, table = members[0]
        if len(members) > 1:
            table = dict(table, value=median(float(t["value"]) for _, t in members))
            what = Message(say.FOUND_MEDIAN, n=len(members), what=f.what)
            table["source"] = f"{table['source']} (median of {len(members)})"
        else:
            what = f.what
        table["value"] = float(f"{float(table['value']):.6g}")
        if "model" not in table and table.get("task") in MODEL_TASKS:
            # the usual gap (a progress bar never names its model): said as the GPU's is
            unread.append(Message(say.NO_MODEL_NAMED, what=what, ask=Message(say.ASK_MODEL)))
            continue
        try:
            m = measurement_from_table(table, "text", len(out), catalogs)
        except CatalogError as exc:
            problem = (Message(say_file.KEY_ONLY, key=exc.key, problem=exc.problem) if exc.key
                       else exc.problem)
            ask = {"model": say.ASK_MODEL, "gpu": say.ASK_GPU}.get(exc.key or "")
            unread.append(Message(say.NOT_USABLE_ASK, what=what, problem=problem,
                                  ask=Message(ask)) if ask
                          else Message(say.NOT_USABLE, what=what, problem=problem))
            continue
        out.append(m)
        notes.extend(f.notes)
    return Reading(tuple(out), tuple(dict.fromkeys(recognised)), tuple(dict.fromkeys(notes)),
                   tuple(unread))


_TASK_FIELDS = {
    "llm": {"quant", "backend", "host"},
    "image": {"backend", "width", "height", "steps", "batch", "host"},
    "video": {"backend", "width", "height", "steps", "frames", "host"},
    "cycles": {"backend"},
    "render": {"backend", "scene"},
}


def _applies(name: str, task: str) -> bool:
    return name in _TASK_FIELDS.get(task, set())
