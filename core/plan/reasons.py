"""Plain-words sentences with real numbers: why a workload fits or not, why a plan wins or loses.

Formatting lives here so the CLI, the GUI and the reports read the same sentences. Each sentence
is a `Message` (core.schema.message) built from a template in core.plan.wording: its str value is
the English text, and the GUI and `rigsizer plan --lang` render it in another language.
"""

from __future__ import annotations

from functools import lru_cache

from core.perf.memory_limits import usable_bytes
from core.perf.notes import NOTE_OFFLOAD_TOO_FAR, NOTE_RAM_TOO_SMALL
from core.plan import wording as say
from core.schema import GpuSpec, Workload
from core.schema.message import (
    SYMBOLS,
    Bytes,
    Label,
    Message,
    Money,
    Param,
    Seconds,
    bytes_apart,
    format_duration,
    format_gib,
    format_money,
)


def money(amount: float, currency: str) -> str:
    """"$1,234", "¥8,900", "€12.50" (cents only below 100)."""
    return format_money(amount, currency)


def duration(seconds: float) -> str:
    """"16.7 ms", "12 s", "41 min", "2.5 h", "3.1 days"."""
    return format_duration(seconds)


def gib(nbytes: float) -> str:
    return format_gib(nbytes)


# Clauses every plan repeats for the same card or deadline: built once (a plan run makes
# thousands of sentences, and each Message costs a few microseconds).
@lru_cache(maxsize=1024)
def on_local(gpu_name: str) -> Message:
    return Message(say.ON_LOCAL, gpu=gpu_name)


@lru_cache(maxsize=1024)
def on_rented(gpu_name: str) -> Message:
    return Message(say.ON_RENTED, gpu=gpu_name)


@lru_cache(maxsize=1024)
def your_limit(seconds: float, sure: float = 0.0, confidence: float = 0.5) -> Message:
    """" (your limit 30 min)", or with the time the limit is judged at when that is not the
    median: " (90% of jobs within 13 min; your limit 30 min)"."""
    if sure > 0 and confidence > 0.5:
        return Message(say.SURE_LIMIT, pct=round(confidence * 100, 1), sure=Seconds(sure),
                       limit=Seconds(seconds))
    return Message(say.YOUR_LIMIT, limit=Seconds(seconds))


def what(w: Workload) -> Label:
    """The workload's name for a sentence: a `Label`, so a shipped profile's name is said in
    the reader's language and a user's own name exactly as typed."""
    return _label(w.label or w.id)


@lru_cache(maxsize=1024)
def _label(text: str) -> Label:  # every plan names the same few workloads
    return Label(text)


# notes that already say what the job needs and the card has
_SAYS_MEMORY = (NOTE_OFFLOAD_TOO_FAR, NOTE_RAM_TOO_SMALL)


def cannot_run(w: Workload, gpu_name: str, note: str, vram_required: float,
               gpu: GpuSpec | None) -> Message:
    if getattr(note, "template", None) in _SAYS_MEMORY:
        return Message(say.CANNOT_RUN_NOTE, gpu=gpu_name, work=what(w), note=note)
    if vram_required > 0 and gpu is not None and vram_required > usable_bytes(gpu):
        needs, has = bytes_apart(vram_required, usable_bytes(gpu))
        return Message(say.CANNOT_HOLD_NOTE if note else say.CANNOT_HOLD, gpu=gpu_name,
                       work=what(w), needs=needs, has=has, note=note)
    return Message(say.CANNOT_RUN_NOTE if note else say.CANNOT_RUN, gpu=gpu_name, work=what(w),
                   note=note)


def misses_deadline(w: Workload, gpu_name: str, seconds: float, deadline: float,
                    offload: bool, gpu: GpuSpec | None, vram_required: float,
                    typical: float | None = None) -> Message:
    """`seconds`: the job time at the deadline confidence (what missed); `typical`: its p50."""
    common: dict[str, Param] = {"gpu": gpu_name, "work": what(w),
                                "time": Seconds(seconds, deadline),
                                "limit": Seconds(deadline),
                                "typical": Seconds(seconds if typical is None else typical)}
    if offload and gpu is not None and vram_required > usable_bytes(gpu):
        needs, has = bytes_apart(vram_required, usable_bytes(gpu))
        return Message(say.LATE_CANNOT_HOLD, has=has, needs=needs, **common)
    return Message(say.LATE_OFFLOADING if offload else say.LATE, **common)


def longer_than_day(w: Workload, gpu_name: str, seconds: float, day_s: float) -> Message:
    return Message(say.LONGER_THAN_DAY, work=what(w), time=Seconds(seconds), gpu=gpu_name,
                   day=Seconds(day_s))


def offload_too_far(w: Workload, gpu_name: str, vram_required: float, memory: float,
                    ratio: float) -> Message:
    return Message(say.OFFLOAD_TOO_FAR, gpu=gpu_name, work=what(w), needs=Bytes(vram_required),
                   ratio=ratio, has=Bytes(memory))


def misses_frame_budget(w: Workload, gpu_name: str, seconds: float, note: str) -> Message:
    budget = 1.0 / w.fps if w.fps > 0 else 0.0
    return Message(say.OVER_FRAME_BUDGET_NOTE if note else say.OVER_FRAME_BUDGET, work=what(w),
                   time=Seconds(seconds), gpu=gpu_name, budget=Seconds(budget), fps=w.fps,
                   note=note)


def live_not_in_cloud(w: Workload) -> Message:
    return Message(say.LIVE_NOT_IN_CLOUD, work=what(w))


def private_not_in_cloud(w: Workload) -> Message:
    return Message(say.PRIVATE_NOT_IN_CLOUD, work=what(w))


def no_local_gpu(w: Workload) -> Message:
    return Message(say.NO_LOCAL_GPU, work=what(w))


def over_capacity(gpu_name: str, hours: float, capacity: float) -> Message:
    return Message(say.OVER_CAPACITY, gpu=gpu_name, hours=hours, capacity=capacity)


def over_budget(price: float, budget: float, currency: str) -> Message:
    """What a purchase costs against the budget (shown beside the plan, which names it)."""
    if budget <= 0:  # "over your $0.00 budget"
        return Message(say.OVER_NO_BUDGET, price=Money(price, currency))
    return Message(say.OVER_BUDGET, price=Money(price, currency),
                   budget=Money(budget, currency))


__all__ = [
    "SYMBOLS",
    "cannot_run",
    "duration",
    "gib",
    "live_not_in_cloud",
    "longer_than_day",
    "misses_deadline",
    "misses_frame_budget",
    "money",
    "no_local_gpu",
    "offload_too_far",
    "on_local",
    "on_rented",
    "over_budget",
    "over_capacity",
    "private_not_in_cloud",
    "what",
    "your_limit",
]
