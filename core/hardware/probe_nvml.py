"""NVIDIA GPUs through NVML (the `nvidia-ml-py` package, imported as `pynvml`).

Every per-field call sits in its own try/except, as gpustat does: laptops and WSL answer
NotSupported for power limits and some clocks, old drivers lack newer functions. The values
each call returned are kept (as JSON) for `rigsizer detect --diagnostics`; tests replay such
a recording through a stand-in module with the same function names.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import time
from collections.abc import Callable
from typing import Any

from core.hardware import wording as say
from core.hardware._common import MIB, ProbeResult, bus_id, failed, hex4
from core.schema.hardware import ProbeRecord
from core.schema.message import Message

PROBE = "nvml"


def load_pynvml() -> Any:
    """Import pynvml lazily: a missing package must not stop the app from starting."""
    return importlib.import_module("pynvml")


def _err(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if text != type(exc).__name__ else text


def probe_nvml(load: Callable[[], Any] = load_pynvml) -> ProbeResult:
    start = time.monotonic()
    try:
        nvml = load()
    except Exception as exc:  # ImportError or a broken install: just no NVML
        return failed(PROBE, Message(say.NO_NVML_PACKAGE, error=_err(exc)),
                      seconds=time.monotonic() - start)
    try:
        nvml.nvmlInit()
    except Exception as exc:  # LibraryNotFound, DriverNotLoaded, NoPermission...
        return failed(PROBE, Message(say.NVML_CANNOT_START, error=_err(exc)),
                      seconds=time.monotonic() - start)
    recorded: dict[str, Any] = {}
    gpus: list[dict[str, Any]] = []
    try:
        driver = _call(recorded, "nvmlSystemGetDriverVersion", nvml.nvmlSystemGetDriverVersion)
        count = _call(recorded, "nvmlDeviceGetCount", nvml.nvmlDeviceGetCount)
        devices: list[dict[str, Any]] = []
        recorded["devices"] = devices
        for index in range(count if isinstance(count, int) else 0):
            rec: dict[str, Any] = {}
            devices.append(rec)
            gpu = _device(nvml, index, rec)
            if gpu is None:
                continue
            if isinstance(driver, str):
                gpu["driver_version"] = driver
            gpus.append(gpu)
    finally:
        with contextlib.suppress(Exception):  # shutdown failing changes nothing we report
            nvml.nvmlShutdown()
    output = json.dumps(recorded, indent=1, default=str)
    seconds = time.monotonic() - start
    if not gpus:
        why = Message(say.NVML_NO_GPU if count == 0 else say.NVML_CANNOT_READ)
        return failed(PROBE, why, "nvml", output, seconds)
    names = ", ".join(g["name"] for g in gpus)
    return ProbeResult(ProbeRecord(PROBE, True, f"{len(gpus)} NVIDIA GPU(s): {names}", "nvml",
                                   output, seconds), gpus)


def _call(rec: dict[str, Any], key: str, fn: Callable[..., Any], *args: Any,
          **kwargs: Any) -> Any:
    """Call one NVML function; record what it returned (or its error) under `key`.
    Returns None when it failed."""
    try:
        value = fn(*args, **kwargs)
    except Exception as exc:  # NVMLError_NotSupported and friends, per field
        rec[key] = {"error": _err(exc)}
        return None
    if isinstance(value, bytes):  # bindings before 11.5 returned bytes
        value = value.decode("utf-8", errors="replace")
    rec[key] = _plain(value)
    return value


def _plain(value: Any) -> Any:
    """A JSON-able copy of an NVML return value (ctypes structs become dicts of their fields)."""
    fields = getattr(value, "_fields_", None)
    if fields is not None:
        out = {}
        for item in fields:
            name = item[0]
            v = getattr(value, name, None)
            out[name] = v.decode("utf-8", "replace") if isinstance(v, bytes) else v
        return out
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _attr(value: Any, name: str) -> Any:
    if isinstance(value, dict):
        return value.get(name)
    v = getattr(value, name, None)
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else v


def _device(nvml: Any, index: int, rec: dict[str, Any]) -> dict[str, Any] | None:
    handle = _call(rec, "nvmlDeviceGetHandleByIndex", nvml.nvmlDeviceGetHandleByIndex, index)
    if handle is None:
        return None
    rec["nvmlDeviceGetHandleByIndex"] = index  # the handle itself is a pointer: record the index
    name = _call(rec, "nvmlDeviceGetName", nvml.nvmlDeviceGetName, handle)
    if not isinstance(name, str) or not name.strip():
        return None
    gpu: dict[str, Any] = {"name": name.strip(), "vendor": "nvidia", "pci_vendor_id": "10de",
                           "integrated": False}
    uuid = _call(rec, "nvmlDeviceGetUUID", nvml.nvmlDeviceGetUUID, handle)
    if isinstance(uuid, str):
        gpu["uuid"] = uuid

    # Memory: v2 first (v1 mis-reports `used` on drivers >= 515); older bindings have no
    # `version` argument and older drivers no v2 function, so fall back to v1.
    mem = None
    v2 = getattr(nvml, "nvmlMemory_v2", None)
    if v2 is not None:
        mem = _call(rec, "nvmlDeviceGetMemoryInfo_v2", nvml.nvmlDeviceGetMemoryInfo, handle,
                    version=v2)
    if mem is None:
        mem = _call(rec, "nvmlDeviceGetMemoryInfo", nvml.nvmlDeviceGetMemoryInfo, handle)
    if mem is not None:
        total, free = _attr(mem, "total"), _attr(mem, "free")
        if isinstance(total, int) and total >= 64 * MIB:
            gpu["vram_total_bytes"] = float(total)
            if isinstance(free, int) and 0 <= free <= total:
                gpu["vram_free_bytes"] = float(free)

    limit = _call(rec, "nvmlDeviceGetPowerManagementLimit",
                  nvml.nvmlDeviceGetPowerManagementLimit, handle)
    if not isinstance(limit, int):
        limit = _call(rec, "nvmlDeviceGetEnforcedPowerLimit",
                      nvml.nvmlDeviceGetEnforcedPowerLimit, handle)
    if isinstance(limit, int) and limit > 0:
        gpu["power_limit_w"] = limit / 1000.0  # NVML reports milliwatts

    for key, clock, field_name in (("SM", "NVML_CLOCK_SM", "max_sm_clock_mhz"),
                                   ("MEM", "NVML_CLOCK_MEM", "max_mem_clock_mhz")):
        mhz = _call(rec, f"nvmlDeviceGetMaxClockInfo_{key}", nvml.nvmlDeviceGetMaxClockInfo,
                    handle, getattr(nvml, clock, 1 if key == "SM" else 2))
        if isinstance(mhz, int) and mhz > 0:
            gpu[field_name] = float(mhz)

    pci = _call(rec, "nvmlDeviceGetPciInfo", nvml.nvmlDeviceGetPciInfo, handle)
    if pci is not None:
        bid = bus_id(_attr(pci, "busId"))
        if bid:
            gpu["pci_bus_id"] = bid
        combined = _attr(pci, "pciDeviceId")  # device id << 16 | vendor id
        if isinstance(combined, int) and combined:
            gpu["pci_device_id"] = hex4(combined >> 16)
            gpu["pci_vendor_id"] = hex4(combined & 0xFFFF)

    # Max link, not current: the current generation drops while the card idles.
    gen = _call(rec, "nvmlDeviceGetMaxPcieLinkGeneration",
                nvml.nvmlDeviceGetMaxPcieLinkGeneration, handle)
    if isinstance(gen, int) and gen > 0:
        gpu["pcie_gen"] = gen
    width = _call(rec, "nvmlDeviceGetMaxPcieLinkWidth", nvml.nvmlDeviceGetMaxPcieLinkWidth,
                  handle)
    if isinstance(width, int) and width > 0:
        gpu["pcie_width"] = width

    display = _call(rec, "nvmlDeviceGetDisplayActive", nvml.nvmlDeviceGetDisplayActive, handle)
    if isinstance(display, int):
        gpu["drives_display"] = bool(display)
    return gpu


__all__ = ["PROBE", "load_pynvml", "probe_nvml"]
