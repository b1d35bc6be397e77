"""Windows GPUs of every vendor: CIM `Win32_VideoController` plus the display-class registry.

`Win32_VideoController.AdapterRAM` is a uint32, so every card with 4 GiB or more reports
4293918720; the real size is the registry value `HardwareInformation.qwMemorySize` (REG_QWORD,
bytes) that NVIDIA, AMD and Intel WDDM drivers write under the display adapter class key.
Registry entries are matched to adapters by `DriverDesc` name and PCI id, never by position
(the two enumerate in different orders). One PowerShell call reads both, with a timeout.
"""

from __future__ import annotations

import json
import re
from typing import Any

from core.hardware import wording as say
from core.hardware._common import MIB, ProbeResult, failed, hex4, looks_integrated, vendor_of
from core.hardware.run import Runner
from core.schema.hardware import ProbeRecord
from core.schema.message import Message

PROBE = "wmi"
REGISTRY = "registry"

DISPLAY_CLASS = (r"HKLM:\SYSTEM\CurrentControlSet\Control\Class"
                 r"\{4d36e968-e325-11ce-bfc1-08002be10318}")

# `0*` reads the adapter subkeys 0000, 0001, ... and skips "Properties", which is access-denied.
SCRIPT = (
    "$ErrorActionPreference='SilentlyContinue';"
    "$cim=@(Get-CimInstance -ClassName Win32_VideoController | Select-Object Name,"
    "AdapterCompatibility,AdapterRAM,DriverVersion,PNPDeviceID,VideoProcessor,"
    "CurrentHorizontalResolution,CurrentVerticalResolution,Status);"
    f"$reg=@(Get-ItemProperty -Path '{DISPLAY_CLASS}\\0*' | Select-Object PSChildName,"
    "DriverDesc,MatchingDeviceId,DriverVersion,'HardwareInformation.qwMemorySize',"
    "'HardwareInformation.MemorySize');"
    "@{cim=$cim;reg=$reg} | ConvertTo-Json -Depth 3"
)

# AdapterRAM's uint32 ceiling (4 GiB - 1 MiB as drivers write it) means "4 GiB or more".
ADAPTER_RAM_CAP = 4293918720
# Registry sizes below this are leftovers or garbage (llmfit#831 saw such values).
MIN_PLAUSIBLE = 64 * MIB


def powershell_argv(exe: str) -> list[str]:
    return [exe, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command",
            SCRIPT]


def probe_windows(runner: Runner, exe: str | None, timeout_s: float) -> ProbeResult:
    if exe is None:
        return failed(PROBE, Message(say.NO_POWERSHELL))
    result = runner(powershell_argv(exe), timeout_s)
    if not result.ok:
        return failed(PROBE, result.error or Message(say.TOOL_FAILED, tool="powershell"),
                      "powershell Get-CimInstance",
                      result.stdout + result.stderr, result.seconds)
    try:
        gpus = parse_cim_json(result.stdout)
    except ValueError as exc:
        return failed(PROBE, str(exc), "powershell Get-CimInstance", result.stdout,
                      result.seconds)
    if not gpus:
        return failed(PROBE, Message(say.WMI_NO_ADAPTER),
                      "powershell Get-CimInstance", result.stdout, result.seconds)
    names = ", ".join(g["name"] for g in gpus)
    return ProbeResult(ProbeRecord(PROBE, True, f"{len(gpus)} adapter(s): {names}",
                                   "powershell Get-CimInstance Win32_VideoController + registry",
                                   result.stdout, result.seconds), gpus)


def _as_list(value: Any) -> list[dict[str, Any]]:
    # ConvertTo-Json writes a one-element array as a bare object in Windows PowerShell 5.1.
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


_PCI = re.compile(r"VEN_([0-9A-F]{4})&DEV_([0-9A-F]{4})", re.IGNORECASE)


def _ids(text: Any) -> tuple[str | None, str | None]:
    m = _PCI.search(str(text or ""))
    return (hex4(m.group(1)), hex4(m.group(2))) if m else (None, None)


def registry_bytes(value: Any) -> int | None:
    """A memory size from the registry as PowerShell prints it: a number (REG_QWORD/DWORD)
    or an array of bytes (REG_BINARY, little-endian)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, list) and value and all(isinstance(b, int) and 0 <= b < 256
                                                 for b in value):
        return int.from_bytes(bytes(value), "little") or None
    return None


def parse_cim_json(text: str) -> list[dict[str, Any]]:
    """The SCRIPT's JSON -> GPU dicts; raises ValueError naming what is wrong."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"powershell printed something that is not JSON ({exc.msg} at "
                         f"line {exc.lineno})") from None
    if not isinstance(doc, dict) or "cim" not in doc:
        raise ValueError("powershell's JSON has no 'cim' list of video controllers")
    registry = _as_list(doc.get("reg"))
    gpus = []
    for row in _as_list(doc["cim"]):
        name = str(row.get("Name") or "").strip()
        vendor_id, device_id = _ids(row.get("PNPDeviceID"))
        # Only PCI devices: software adapters (ROOT\..., SWD\...) and Microsoft's Basic
        # Display/Render adapters (vendor 1414) are not GPUs.
        if not name or vendor_id is None or vendor_id == "1414":
            continue
        vendor = vendor_of(vendor_id, name)
        gpu: dict[str, Any] = {"name": name, "vendor": vendor, "pci_vendor_id": vendor_id,
                               "integrated": looks_integrated(name, vendor)}
        sources: dict[str, str] = {}
        if device_id:
            gpu["pci_device_id"] = device_id
        if row.get("DriverVersion"):
            gpu["driver_version"] = str(row["DriverVersion"])
        width = row.get("CurrentHorizontalResolution")
        gpu["drives_display"] = isinstance(width, int) and width > 0
        reg_size = _registry_size(registry, name, vendor_id, device_id)
        ram = row.get("AdapterRAM")
        if reg_size is not None:
            gpu["vram_total_bytes"] = float(reg_size)
            sources["vram_total_bytes"] = REGISTRY
        elif (isinstance(ram, int) and not isinstance(ram, bool) and MIN_PLAUSIBLE <= ram
              < ADAPTER_RAM_CAP):
            gpu["vram_total_bytes"] = float(ram)
        gpu["_sources"] = sources
        gpus.append(gpu)
    return gpus


def _registry_size(registry: list[dict[str, Any]], name: str, vendor_id: str,
                   device_id: str | None) -> int | None:
    for entry in registry:
        if str(entry.get("DriverDesc") or "").strip() != name:
            continue
        ven, dev = _ids(entry.get("MatchingDeviceId"))
        if ven is not None and (ven != vendor_id or (device_id and dev and dev != device_id)):
            continue  # same name, other device: an old driver's leftover key
        for key in ("HardwareInformation.qwMemorySize", "HardwareInformation.MemorySize"):
            size = registry_bytes(entry.get(key))
            if size is not None and size >= MIN_PLAUSIBLE:
                return size
    return None


__all__ = ["ADAPTER_RAM_CAP", "PROBE", "REGISTRY", "SCRIPT", "parse_cim_json",
           "powershell_argv", "probe_windows", "registry_bytes"]
