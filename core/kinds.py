"""What each workload kind needs, in one table: its fields, the limits of every field, the model
kinds it may name, the choices a field offers.

It imports nothing of RigSizer (`rigsizer --help` reads the kinds without loading numpy); the
kinds are core.schema.workload.WorkloadKind's, in its order (tests/core/test_kinds.py).

Read by the profile loader (its keys and limits) and saver (which fields it writes), the
performance model's validator (which model a kind needs), `predict` (the same size limits for a
query), `rigsizer estimate` (the kinds) and the GUI's work form (the fields of each kind).
A new kind, or a new field of one, starts here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

FieldType = Literal["str", "int", "number", "bool"]
CODECS = ("h264", "hevc", "av1")


@dataclass(frozen=True, slots=True)
class WorkloadField:
    """One key of a `[[workload]]` table. Numbers must be > 0 unless `nonnegative` (>= 0)."""

    name: str
    type: FieldType = "str"
    required: bool = False
    maximum: float | None = None
    nonnegative: bool = False
    choices: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One workload kind: the fields only it uses (in the order a form shows them), the model
    catalog kinds it may name, and whether it must name one."""

    name: str  # a core.schema.workload.WorkloadKind
    fields: tuple[str, ...]
    model_kinds: tuple[str, ...] = ()
    model_required: bool = False


KIND_ORDER = ("llm", "image", "video", "render", "realtime", "encode", "upscale", "tts", "cpu")

# Every key of a [[workload]] table, in file order. deadline_min and deadline_s are the file's
# two ways to write Workload.deadline_s.
WORKLOAD_FIELDS: tuple[WorkloadField, ...] = (
    WorkloadField("id", required=True),
    WorkloadField("kind", required=True, choices=KIND_ORDER),
    WorkloadField("label", required=True),
    WorkloadField("jobs_per_week", "number", nonnegative=True, maximum=1e6),
    WorkloadField("hours_per_week", "number", nonnegative=True, maximum=168),
    WorkloadField("model"),
    WorkloadField("width", "int", maximum=16384),
    WorkloadField("height", "int", maximum=16384),
    WorkloadField("frames", "int", maximum=10_000_000),
    WorkloadField("steps", "int", maximum=10_000),
    WorkloadField("batch", "int", maximum=4096),
    WorkloadField("cfg", "bool"),
    WorkloadField("quant"),
    # tokens: the most one `predict` query times (core.perf.parts.MAX_TEST_TOKENS)
    WorkloadField("prompt_tokens", "int", nonnegative=True, maximum=10_000_000),
    WorkloadField("output_tokens", "int", nonnegative=True, maximum=10_000_000),
    WorkloadField("context_tokens", "int", nonnegative=True, maximum=10_000_000),
    WorkloadField("fps", "number", maximum=1000),
    WorkloadField("codec", choices=CODECS),
    WorkloadField("scene"),
    # seconds: the largest a [[measurement]] records (core.measure.tables), a render reference
    # being one; a deadline of 1e9 minutes is 1,900 years
    WorkloadField("ref_seconds_per_frame", "number", maximum=1e9),
    WorkloadField("ref_gpu"),
    WorkloadField("deadline_min", "number", maximum=1e9),
    WorkloadField("deadline_s", "number", maximum=6e10),
    WorkloadField("private", "bool"),
    WorkloadField("live", "bool"),
    WorkloadField("cpu_seconds", "number", nonnegative=True, maximum=1e9),
)
FIELDS: Mapping[str, WorkloadField] = MappingProxyType({f.name: f for f in WORKLOAD_FIELDS})
DEADLINE_KEYS = ("deadline_min", "deadline_s")
# The Workload fields a saved profile writes (when not at their default), in file order.
SAVED_FIELDS = tuple(f.name for f in WORKLOAD_FIELDS
                     if not f.required and f.name not in DEADLINE_KEYS)

KINDS: Mapping[str, KindSpec] = MappingProxyType({k.name: k for k in (
    KindSpec("llm", ("model", "quant", "prompt_tokens", "output_tokens", "context_tokens"),
             ("llm",), True),
    KindSpec("image", ("model", "width", "height", "steps", "cfg", "batch"), ("image",), True),
    KindSpec("video", ("model", "width", "height", "frames", "steps", "cfg"), ("video",), True),
    KindSpec("render", ("width", "height", "frames", "ref_seconds_per_frame", "ref_gpu")),
    KindSpec("realtime", ("width", "height", "fps"), ("face",)),  # a face model is optional
    KindSpec("encode", ("width", "height", "fps", "codec", "frames")),
    KindSpec("upscale", ("model", "width", "height", "frames"), ("upscale",), True),
    KindSpec("tts", ("model", "frames"), ("tts",), True),
    KindSpec("cpu", ("cpu_seconds",)),
)})
KIND_NAMES: tuple[str, ...] = tuple(KINDS)  # == KIND_ORDER


def maximum(name: str) -> float | None:
    """The largest value field `name` may hold (None: no limit)."""
    return FIELDS[name].maximum


__all__ = ["CODECS", "DEADLINE_KEYS", "FIELDS", "KINDS", "KIND_NAMES", "SAVED_FIELDS",
           "WORKLOAD_FIELDS", "KindSpec", "WorkloadField", "maximum"]
