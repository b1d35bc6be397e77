"""macOS GPUs: `system_profiler SPDisplaysDataType -json` plus `sysctl` for unified memory.

Apple Silicon GPUs share the SoC's unified memory, but Metal lets a process wire only part of
it (`recommendedMaxWorkingSetSize`). Without calling Metal we estimate that limit with the rule
llama.cpp users observe: about 2/3 of RAM on machines with up to 36 GiB, 3/4 above; a user's
`sysctl iogpu.wired_limit_mb` override, when set (non-zero), replaces the rule.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

from core.hardware import wording as say
from core.hardware._common import MIB, ProbeResult, failed, hex4, looks_integrated, vendor_of
from core.hardware.run import Runner
from core.schema.hardware import ProbeRecord
from core.schema.message import Message
from core.units import GIB

PROBE = "system_profiler"
SYSCTL = "sysctl"

SMALL_MAC_RAM = 36 * GIB  # at or below this, the working-set limit is about 2/3 of RAM
SMALL_FRACTION = 2 / 3
LARGE_FRACTION = 3 / 4


def apple_working_set(ram_bytes: float, wired_limit_mb: int | None = None) -> tuple[float, str]:
    """Bytes of unified memory the GPU can use, and where that figure came from."""
    if wired_limit_mb is not None and wired_limit_mb > 0:
        return min(wired_limit_mb * MIB, ram_bytes), "sysctl iogpu.wired_limit_mb (user override)"
    fraction = SMALL_FRACTION if ram_bytes <= SMALL_MAC_RAM else LARGE_FRACTION
    return ram_bytes * fraction, (
        f"estimate: {'2/3' if fraction == SMALL_FRACTION else '3/4'} of RAM (macOS GPU "
        "working-set limit: ~2/3 up to 36 GiB, ~3/4 above)")


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(MB|GB|TB)", re.IGNORECASE)


def _size(text: Any) -> float | None:
    m = _SIZE.search(str(text or ""))
    if not m:
        return None
    # system_profiler's "8 GB" / "1536 MB" are binary units (an 8 GiB card shows "8 GB").
    scale = {"mb": MIB, "gb": GIB, "tb": 1024 * GIB}[m.group(2).lower()]
    return float(m.group(1)) * scale


def _vendor_text(text: str) -> str:
    return text.lower().removeprefix("sppci_vendor_")


def parse_displays(text: str, ram_bytes: float | None,
                   wired_limit_mb: int | None) -> list[dict[str, Any]]:
    """system_profiler's JSON -> GPU dicts; raises ValueError naming what is wrong."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"system_profiler printed something that is not JSON ({exc.msg})") \
            from None
    items = doc.get("SPDisplaysDataType") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ValueError("system_profiler's JSON has no SPDisplaysDataType list")
    gpus = []
    for item in items:
        if not isinstance(item, dict):
            continue
        name = str(item.get("sppci_model") or item.get("_name") or "").strip()
        if not name:
            continue
        vendor_field = _vendor_text(str(item.get("spdisplays_vendor") or ""))
        vendor = vendor_of(None, f"{vendor_field} {name}")
        if vendor == "other" and "ati" in vendor_field:
            vendor = "amd"
        gpu: dict[str, Any] = {"name": name, "vendor": vendor}
        sources: dict[str, str] = {}
        device_id = hex4(item.get("spdisplays_device-id"))
        if device_id:
            gpu["pci_device_id"] = device_id
            gpu["pci_vendor_id"] = {"nvidia": "10de", "amd": "1002", "intel": "8086"}.get(vendor)
        cores = item.get("sppci_cores")
        if cores is not None and str(cores).isdigit():
            gpu["gpu_cores"] = int(str(cores))
        displays = item.get("spdisplays_ndrvs")
        gpu["drives_display"] = isinstance(displays, list) and len(displays) > 0
        width = re.fullmatch(r"x(\d+)", str(item.get("spdisplays_pcie_width") or ""))
        if width:
            gpu["pcie_width"] = int(width.group(1))
        if vendor == "apple":
            gpu["integrated"] = True
            gpu["unified_memory"] = True
            if ram_bytes:
                usable, how = apple_working_set(ram_bytes, wired_limit_mb)
                gpu["vram_total_bytes"] = usable
                sources["vram_total_bytes"] = f"{SYSCTL}: {how}"
        else:
            builtin = str(item.get("sppci_bus") or "") == "spdisplays_builtin"
            gpu["integrated"] = builtin or looks_integrated(name, vendor)
            vram = _size(item.get("spdisplays_vram")) or _size(
                item.get("spdisplays_vram_shared"))
            if vram:
                gpu["vram_total_bytes"] = vram
        gpu["_sources"] = sources
        gpus.append(gpu)
    return gpus


def _sysctl_int(runner: Runner, exe: str, key: str, timeout_s: float,
                log: list[str]) -> int | None:
    result = runner([exe, "-n", key], timeout_s)
    log.append(f"$ {result.command}\n{result.stdout.strip() or result.error}")
    if not result.ok:
        return None
    text = result.stdout.strip()
    return int(text) if text.isdigit() else None


def probe_macos(runner: Runner, profiler: str | None, sysctl: str | None,
                timeout_s: float) -> ProbeResult:
    start = time.monotonic()
    if profiler is None:
        return failed(PROBE, Message(say.NO_SYSTEM_PROFILER))
    log: list[str] = []
    ram = _sysctl_int(runner, sysctl, "hw.memsize", timeout_s, log) if sysctl else None
    wired = _sysctl_int(runner, sysctl, "iogpu.wired_limit_mb", timeout_s, log) if sysctl \
        else None
    result = runner([profiler, "SPDisplaysDataType", "-json"], timeout_s)
    output = result.stdout + ("\n" + "\n".join(log) if log else "")
    seconds = time.monotonic() - start
    if not result.ok:
        return failed(PROBE, result.error or Message(say.TOOL_FAILED, tool="system_profiler"),
                      result.command,
                      output + result.stderr, seconds)
    try:
        gpus = parse_displays(result.stdout, float(ram) if ram else None, wired)
    except ValueError as exc:
        return failed(PROBE, str(exc), result.command, output, seconds)
    if not gpus:
        return failed(PROBE, Message(say.SYSTEM_PROFILER_NO_GPU), result.command, output,
                      seconds)
    names = ", ".join(g["name"] for g in gpus)
    return ProbeResult(ProbeRecord(PROBE, True, f"{len(gpus)} GPU(s): {names}",
                                   result.command, output, seconds), gpus)


__all__ = ["PROBE", "apple_working_set", "parse_displays", "probe_macos"]
