"""Pieces every probe shares: the probe result, PCI id helpers, and the integrated-GPU rule."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from core.schema.hardware import PCI_VENDORS, DetectedVendor, ProbeRecord
from core.units import GIB

MIB = 1024**2  # bytes in a MiB (nvidia-smi and WMI report MiB)

# Diagnostics keep this much of a probe's raw output (the rest is cut).
DIAG_CHARS = 20_000


@dataclass(slots=True)
class ProbeResult:
    """One probe's findings. Each GPU is a dict of DetectedGpu field names to values; the
    merger turns them into DetectedGpus and records this probe as each field's source."""

    record: ProbeRecord
    gpus: list[dict[str, Any]] = field(default_factory=list)


def failed(probe: str, message: str, command: str = "", output: str = "",
           seconds: float = 0.0) -> ProbeResult:
    return ProbeResult(ProbeRecord(probe, False, message, command, output[:DIAG_CHARS], seconds))


def hex4(value: Any) -> str | None:
    """A PCI vendor/device id as 4 lowercase hex digits: 0x10DE, "10de", 4318 -> "10de"."""
    if value is None:
        return None
    if isinstance(value, int):
        return f"{value & 0xFFFF:04x}" if value >= 0 else None
    text = str(value).strip().lower()
    text = text.removeprefix("0x")
    if re.fullmatch(r"[0-9a-f]{1,4}", text):
        return text.rjust(4, "0")
    return None


def bus_id(value: Any) -> str | None:
    """A PCI address as domain:bus:device.function with a 4-digit domain ("0000:01:00.0").

    NVML and nvidia-smi print an 8-digit domain ("00000000:01:00.0"), lspci none ("01:00.0").
    """
    if not value:
        return None
    text = str(value).strip().lower()
    m = re.fullmatch(r"(?:([0-9a-f]{4,8}):)?([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])", text)
    if not m:
        return None
    domain = int(m.group(1) or "0", 16)
    return f"{domain:04x}:{m.group(2)}:{m.group(3)}.{m.group(4)}"


def vendor_of(pci_vendor_id: str | None, name: str = "") -> DetectedVendor:
    if pci_vendor_id and pci_vendor_id in PCI_VENDORS:
        return PCI_VENDORS[pci_vendor_id]
    low = name.lower()
    for word, vendor in (("nvidia", "nvidia"), ("geforce", "nvidia"), ("quadro", "nvidia"),
                         ("tesla", "nvidia"), ("radeon", "amd"), ("amd", "amd"),
                         ("intel", "intel"), ("apple", "apple")):
        if word in low:
            return vendor  # type: ignore[return-value]
    return "other"


# Integrated GPUs by name, for probes that give no better signal (WMI, system_profiler).
# Intel's discrete cards are "Arc A…/B…" (A770, B580, Pro B60); "Intel Arc Graphics" alone
# is the Meteor/Lunar Lake iGPU. AMD iGPUs are "Radeon Graphics", "Radeon 780M", "8060S" …
_INTEGRATED = re.compile(
    r"(uhd|iris|hd graphics|intel\(r\) graphics|^intel graphics"
    r"|intel(\(r\))? arc(\(tm\))? graphics"
    r"|radeon(\(tm\))? graphics|radeon(\(tm\))? \d{3,4}m\b|radeon \d{4}s\b|vega \d+ graphics)",
    re.IGNORECASE,
)


def looks_integrated(name: str, vendor: str) -> bool:
    if vendor == "apple":
        return True  # Apple Silicon GPUs share the SoC's unified memory
    if vendor not in ("intel", "amd"):
        return False
    return bool(_INTEGRATED.search(name.strip()))


def to_float(text: Any) -> float | None:
    """A number from tool output; None for "[N/A]", "[Not Supported]", "", garbage, and for
    "nan" and "inf" (a broken tool's; as numbers they broke to_int and reached the JSON)."""
    if text is None or isinstance(text, bool):
        return None
    try:
        value = float(text) if isinstance(text, int | float) else float(str(text).strip())
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def to_int(text: Any) -> int | None:
    value = to_float(text)
    return None if value is None or value != int(value) else int(value)


__all__ = [
    "DIAG_CHARS",
    "GIB",
    "MIB",
    "ProbeResult",
    "bus_id",
    "failed",
    "hex4",
    "looks_integrated",
    "to_float",
    "to_int",
    "vendor_of",
]
