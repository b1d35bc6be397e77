"""NVIDIA GPUs through `nvidia-smi --query-gpu` CSV: the fallback when NVML cannot be loaded.

nvidia-smi's output "is not guaranteed to be backwards compatible" (its man page), values may
be `[N/A]` or `[Not Supported]`, and an old driver rejects a field it does not know, so a
second, minimal query follows a failed full one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any

from core.hardware import wording as say
from core.hardware._common import MIB, ProbeResult, bus_id, failed, hex4, to_float, to_int
from core.hardware.run import CommandResult, Runner
from core.schema.hardware import ProbeRecord
from core.schema.message import Message

PROBE = "nvidia-smi"

FULL_FIELDS = (
    "index", "uuid", "name", "pci.bus_id", "pci.device_id", "memory.total", "memory.free",
    "driver_version", "power.limit", "clocks.max.sm", "clocks.max.memory",
    "pcie.link.gen.max", "pcie.link.width.max", "display_active",
)
MIN_FIELDS = ("index", "name", "memory.total", "driver_version")

# Where nvidia-smi lives when it is not on PATH: WSL2 mounts the Windows driver's tools here;
# Windows DCH drivers put it in System32, older drivers under NVSMI.
EXTRA_PATHS = (
    "/usr/lib/wsl/lib/nvidia-smi",
    r"C:\Windows\System32\nvidia-smi.exe",
    r"C:\Program Files\NVIDIA Corporation\NVSMI\nvidia-smi.exe",
)


def query_argv(exe: str, fields: Sequence[str]) -> list[str]:
    return [exe, f"--query-gpu={','.join(fields)}", "--format=csv,noheader,nounits"]


def probe_nvidia_smi(runner: Runner, exe: str | None, timeout_s: float) -> ProbeResult:
    if exe is None:
        return failed(PROBE, Message(say.NO_NVIDIA_SMI))
    result = runner(query_argv(exe, FULL_FIELDS), timeout_s)
    fields: Sequence[str] = FULL_FIELDS
    if not result.ok and result.returncode not in (None,) and "not a valid field" in (
            result.stdout + result.stderr):
        retry = runner(query_argv(exe, MIN_FIELDS), timeout_s)
        result = CommandResult(retry.command, retry.returncode, retry.stdout, retry.stderr,
                               retry.error, result.seconds + retry.seconds)
        fields = MIN_FIELDS
    return parse_result(result, fields)


def parse_result(result: CommandResult, fields: Sequence[str]) -> ProbeResult:
    raw = result.stdout + (("\n[stderr]\n" + result.stderr) if result.stderr else "")
    if not result.ok:
        return failed(PROBE, result.error or Message(say.TOOL_FAILED, tool="nvidia-smi"),
                      result.command, raw,
                      result.seconds)
    gpus, bad = parse_csv(result.stdout, fields)
    if not gpus:
        why = Message(say.NVIDIA_SMI_NO_GPU) if not bad else (
            Message(say.NVIDIA_SMI_ODD_OUTPUT, line=repr(bad[0][:120])))
        return failed(PROBE, why, result.command, raw, result.seconds)
    names = ", ".join(g["name"] for g in gpus)
    return ProbeResult(ProbeRecord(PROBE, True, f"{len(gpus)} NVIDIA GPU(s): {names}",
                                   result.command, raw, result.seconds), gpus)


_MISSING = ("[n/a]", "[not supported]", "n/a", "[unknown error]", "")


def _value(text: str) -> str | None:
    return None if text.strip().lower() in _MISSING else text.strip()


def parse_csv(text: str, fields: Sequence[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of `--format=csv,noheader,nounits` -> GPU dicts; also the lines that did not parse."""
    gpus: list[dict[str, Any]] = []
    bad: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        # GPU names contain no commas; csv handles the ", " separator with skipinitialspace.
        row = next(csv.reader(io.StringIO(line), skipinitialspace=True))
        if len(row) != len(fields):
            bad.append(line)
            continue
        values = {f: _value(v) for f, v in zip(fields, row, strict=True)}
        gpu = _gpu(values)
        if gpu is None:
            bad.append(line)
        else:
            gpus.append(gpu)
    return gpus, bad


def _set(gpu: dict[str, Any], key: str, value: Any, convert: Callable[[Any], Any]) -> None:
    converted = convert(value) if value is not None else None
    if converted is not None:
        gpu[key] = converted


def _gpu(v: dict[str, str | None]) -> dict[str, Any] | None:
    name = v.get("name")
    if not name or to_int(v.get("index")) is None:
        return None
    gpu: dict[str, Any] = {"name": name, "vendor": "nvidia", "pci_vendor_id": "10de",
                           "integrated": False}
    _set(gpu, "uuid", v.get("uuid"), str)
    _set(gpu, "pci_bus_id", v.get("pci.bus_id"), bus_id)
    combined = v.get("pci.device_id")  # "0x268410DE": device id, then vendor id
    if combined and combined.lower().startswith("0x") and len(combined) == 10:
        gpu["pci_device_id"] = hex4(combined[2:6])
        gpu["pci_vendor_id"] = hex4(combined[6:10])
    total = to_float(v.get("memory.total"))
    if total is not None and total > 64:
        gpu["vram_total_bytes"] = total * MIB  # nounits: MiB
        free = to_float(v.get("memory.free"))
        if free is not None and 0 <= free <= total:
            gpu["vram_free_bytes"] = free * MIB
    _set(gpu, "driver_version", v.get("driver_version"), str)
    power = to_float(v.get("power.limit"))
    if power is not None and power > 0:
        gpu["power_limit_w"] = power
    _set(gpu, "max_sm_clock_mhz", v.get("clocks.max.sm"), _positive)
    _set(gpu, "max_mem_clock_mhz", v.get("clocks.max.memory"), _positive)
    _set(gpu, "pcie_gen", v.get("pcie.link.gen.max"), to_int)
    _set(gpu, "pcie_width", v.get("pcie.link.width.max"), to_int)
    display = v.get("display_active")
    if display in ("Enabled", "Disabled"):
        gpu["drives_display"] = display == "Enabled"
    return gpu


def _positive(text: Any) -> float | None:
    value = to_float(text)
    return value if value is not None and value > 0 else None


__all__ = ["EXTRA_PATHS", "FULL_FIELDS", "MIN_FIELDS", "PROBE", "parse_csv",
           "probe_nvidia_smi", "query_argv"]
