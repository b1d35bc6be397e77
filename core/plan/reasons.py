"""Plain-words sentences with real numbers: why a workload fits or not, why a plan wins or loses.

Formatting lives here so the CLI, the GUI and the reports read the same sentences.
"""

from __future__ import annotations

import math

from core.schema import GpuSpec, Workload
from core.units import GIB

SYMBOLS = {"USD": "$", "CNY": "¥", "EUR": "€"}


def money(amount: float, currency: str) -> str:
    """"$1,234", "¥8,900", "€12.50" (cents only below 100)."""
    if not math.isfinite(amount):
        return "—"
    sym = SYMBOLS.get(currency, currency + " ")
    sign = "-" if amount < 0 else ""
    a = abs(amount)
    body = f"{a:,.2f}" if a < 100 else f"{a:,.0f}"
    return f"{sign}{sym}{body}"


def duration(seconds: float) -> str:
    """"16.7 ms", "12 s", "41 min", "2.5 h", "3.1 days"."""
    if not math.isfinite(seconds):
        return "never"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def gib(nbytes: float) -> str:
    return f"{nbytes / GIB:.0f} GiB" if nbytes >= 10 * GIB else f"{nbytes / GIB:.1f} GiB"


def what(w: Workload) -> str:
    return w.label or w.id


def cannot_run(w: Workload, gpu_name: str, note: str, vram_required: float,
               gpu: GpuSpec | None) -> str:
    if vram_required > 0 and gpu is not None and vram_required > gpu.usable_memory_bytes:
        base = (f"The {gpu_name} cannot hold {what(w)} (needs {gib(vram_required)}, "
                f"has {gib(gpu.usable_memory_bytes)})")
        return base + (f": {note}" if note else ".")
    return f"The {gpu_name} cannot run {what(w)}" + (f": {note}" if note else ".")


def misses_deadline(w: Workload, gpu_name: str, seconds: float, deadline: float,
                    offload: bool, gpu: GpuSpec | None, vram_required: float) -> str:
    if offload and gpu is not None and vram_required > gpu.usable_memory_bytes:
        return (f"The {gpu_name} cannot hold {what(w)} in its {gib(gpu.usable_memory_bytes)} "
                f"(needs {gib(vram_required)}); offloading makes each job take "
                f"{duration(seconds)}, past your {duration(deadline)} limit.")
    if offload:
        return (f"{what(w)} runs on the {gpu_name} only by offloading part of it to system "
                f"RAM; each job takes {duration(seconds)}, past your {duration(deadline)} "
                "limit.")
    return (f"{what(w)} takes {duration(seconds)} per job on the {gpu_name}, past your "
            f"{duration(deadline)} limit.")


def offload_too_far(w: Workload, gpu_name: str, vram_required: float, memory: float,
                    ratio: float) -> str:
    return (f"The {gpu_name} cannot hold {what(w)}: it needs {gib(vram_required)}, more than "
            f"{ratio:g}× the card's {gib(memory)}, too much to offload to system RAM at a "
            "usable speed.")


def misses_frame_budget(w: Workload, gpu_name: str, seconds: float, note: str) -> str:
    budget = 1.0 / w.fps if w.fps > 0 else 0.0
    text = (f"{what(w)} needs {duration(seconds)} a frame on the {gpu_name}, over the "
            f"{duration(budget)} budget of {w.fps:g} fps")
    return text + (f" ({note})." if note else ".")


def live_not_in_cloud(w: Workload) -> str:
    return f"{what(w)} is live work: it has to run on your own PC, not in the cloud."


def private_not_in_cloud(w: Workload) -> str:
    return f"{what(w)} is marked private: it stays on your own hardware."


def no_local_gpu(w: Workload) -> str:
    return f"{what(w)} needs a GPU on your PC, and none was recognised."


def over_capacity(gpu_name: str, hours: float, capacity: float) -> str:
    return (f"The planned work keeps the {gpu_name} busy {hours:.0f} h a week, more than the "
            f"{capacity:.0f} h it can take on while your PC is on (80% of that time, so jobs "
            "do not queue past their deadlines).")


def over_budget(gpu_name: str, price: float, budget: float, currency: str) -> str:
    return (f"{gpu_name} costs {money(price, currency)}, over your {money(budget, currency)} "
            "budget.")


__all__ = [
    "cannot_run",
    "duration",
    "gib",
    "live_not_in_cloud",
    "misses_deadline",
    "misses_frame_budget",
    "money",
    "no_local_gpu",
    "offload_too_far",
    "over_budget",
    "over_capacity",
    "private_not_in_cloud",
    "what",
]
