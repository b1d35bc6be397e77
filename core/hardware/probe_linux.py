"""Linux GPUs without vendor tools: sysfs `/sys/class/drm` and `lspci -mm -nn`; WSL2 signs.

sysfs is driver-level (no ROCm needed): amdgpu exposes `mem_info_vram_total` and friends
(kernel Documentation/gpu/amdgpu/driver-misc.rst). lspci lists "3D controller" devices too —
Optimus dGPUs and datacenter cards are not "VGA compatible controller" — and gives names from
pci.ids. Reading sysfs never wakes a suspended laptop GPU.
"""

from __future__ import annotations

import re
import shlex
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.hardware import wording as say
from core.hardware._common import (
    GIB,
    MIB,
    ProbeResult,
    bus_id,
    failed,
    hex4,
    looks_integrated,
    to_float,
    to_int,
    vendor_of,
)
from core.hardware.run import Runner
from core.schema.hardware import ProbeRecord
from core.schema.message import Message

SYSFS = "sysfs"
LSPCI = "lspci"

# PCI classes of display devices: VGA, XGA, 3D controller, other display controller.
GPU_CLASSES = ("0300", "0301", "0302", "0380")
# Microsoft's virtual adapters (WSL2's /dev/dxg bridge, Basic Render Driver) are not GPUs.
SKIP_VENDORS = ("1414",)

# PCIe transfer rate (GT/s) -> generation.
_GEN = {2.5: 1, 5.0: 2, 8.0: 3, 16.0: 4, 32.0: 5, 64.0: 6}


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None


def _uevent(device: Path) -> dict[str, str]:
    text = _read(device / "uevent") or ""
    out = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            out[key.strip()] = value.strip()
    return out


def probe_sysfs(root: Path) -> ProbeResult:
    """Read every /sys/class/drm/cardN/device under `root` (tests pass a fixture tree)."""
    start = time.monotonic()
    drm = root / "sys" / "class" / "drm"
    try:
        cards = sorted(p for p in drm.iterdir() if re.fullmatch(r"card\d+", p.name))
    except OSError:
        return failed(SYSFS, Message(say.NO_DRM, path=str(drm)),
                      str(drm))
    gpus: list[dict[str, Any]] = []
    log: list[str] = []
    seen: set[str] = set()
    for card in cards:
        device = card / "device"
        gpu = _sysfs_gpu(device, log, card.name)
        if gpu is None:
            continue
        key = gpu.get("pci_bus_id") or card.name
        if key in seen:  # a device can own several cardN nodes (e.g. simpledrm handover)
            continue
        seen.add(key)
        gpus.append(gpu)
    output = "\n".join(log)
    seconds = time.monotonic() - start
    if not gpus:
        return failed(SYSFS, Message(say.NO_DRM_DEVICE, path=str(drm)), str(drm), output,
                      seconds)
    return ProbeResult(ProbeRecord(SYSFS, True, f"{len(gpus)} GPU(s) in {drm}", str(drm),
                                   output, seconds), gpus)


def _sysfs_gpu(device: Path, log: list[str], card: str) -> dict[str, Any] | None:
    files = ("vendor", "device", "class", "mem_info_vram_total", "mem_info_vram_used",
             "mem_info_gtt_total", "product_name", "boot_vga", "max_link_speed",
             "max_link_width")
    raw = {f: _read(device / f) for f in files}
    # Diagnostics only: whether a laptop dGPU was asleep (runtime PM) when we looked.
    raw["power/runtime_status"] = _read(device / "power" / "runtime_status")
    ev = _uevent(device)
    log.append(f"{card}: " + ", ".join(f"{k}={v}" for k, v in raw.items() if v is not None)
               + (f", PCI_SLOT_NAME={ev.get('PCI_SLOT_NAME')}, DRIVER={ev.get('DRIVER')}"
                  if ev else ""))
    klass = (raw["class"] or "").lower().removeprefix("0x")
    if klass[:4] not in GPU_CLASSES:
        return None
    vendor_id, device_id = hex4(raw["vendor"]), hex4(raw["device"])
    if vendor_id is None or vendor_id in SKIP_VENDORS:
        return None
    gpu: dict[str, Any] = {"pci_vendor_id": vendor_id, "vendor": vendor_of(vendor_id)}
    if device_id:
        gpu["pci_device_id"] = device_id
    slot = bus_id(ev.get("PCI_SLOT_NAME")) or bus_id(device.resolve().name)
    if slot:
        gpu["pci_bus_id"] = slot
    if raw["product_name"]:
        gpu["name"] = raw["product_name"]
    vram = to_int(raw["mem_info_vram_total"])
    gtt = to_int(raw["mem_info_gtt_total"])
    if vram is not None and vram >= 64 * MIB:
        used = to_int(raw["mem_info_vram_used"])
        # An APU's "VRAM" is a small BIOS carve-out; its real working memory is GTT.
        # Ollama's rule (ollama/ollama discover/amd.go): VRAM <= 4 GiB, GTT >= 8 GiB and
        # GTT >= 4 x VRAM means an integrated GPU.
        apu = gtt is not None and vram <= 4 * GIB and gtt >= 8 * GIB and gtt >= 4 * vram
        if apu:
            gpu["integrated"] = True
        gpu["vram_total_bytes"] = float(vram)
        if used is not None and 0 <= used <= vram:
            gpu["vram_free_bytes"] = float(vram - used)
    if vendor_id == "8086" and slot and slot.endswith(":00:02.0"):
        gpu["integrated"] = True  # Intel's iGPU always sits at 00:02.0 on the root bus
    if raw["boot_vga"] == "1":
        gpu["drives_display"] = True  # firmware brought the console up on this GPU
    speed = to_float((raw["max_link_speed"] or "").split(" ")[0])
    if speed is not None and speed in _GEN:
        gpu["pcie_gen"] = _GEN[speed]
    width = to_int(raw["max_link_width"])
    if width:
        gpu["pcie_width"] = width
    return gpu


_ID = re.compile(r"^(.*?)\s*\[([0-9a-fA-F]{4})\]$")


def _split_id(text: str) -> tuple[str, str | None]:
    m = _ID.match(text.strip())
    return (m.group(1), m.group(2).lower()) if m else (text.strip(), None)


def lspci_name(vendor: str, device: str) -> str:
    """A usable name from pci.ids strings: "AD102 [GeForce RTX 4090]" -> "NVIDIA GeForce RTX
    4090"; "Navi 31 [Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M]" keeps its bracket text (the
    matcher splits such variants by PCI id and VRAM)."""
    m = re.search(r"\[([^\[\]]+)\]\s*$", device)
    marketing = m.group(1).strip() if m else device.strip()
    low_vendor = vendor.lower()
    brand = ("NVIDIA" if "nvidia" in low_vendor else
             "AMD" if re.search(r"\b(amd|ati)\b", low_vendor) else
             "Intel" if "intel" in low_vendor else "")
    if brand and not marketing.lower().startswith(brand.lower()):
        return f"{brand} {marketing}"
    return marketing


def parse_lspci(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """`lspci -mm -nn` lines -> GPU dicts (display classes only); also unparsable lines."""
    gpus: list[dict[str, Any]] = []
    bad: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            parts = shlex.split(line)
        except ValueError:
            bad.append(line)
            continue
        fields = [p for p in parts if not re.fullmatch(r"-[rp][0-9a-fA-F]+", p)]
        if len(fields) < 4 or bus_id(fields[0]) is None:
            bad.append(line)
            continue
        _, klass = _split_id(fields[1])
        if klass is None or klass not in GPU_CLASSES:
            continue
        vendor_name, vendor_id = _split_id(fields[2])
        device_name, device_id = _split_id(fields[3])
        if vendor_id is None or vendor_id in SKIP_VENDORS:
            continue
        name = lspci_name(vendor_name, device_name)
        vendor = vendor_of(vendor_id, name)
        gpu: dict[str, Any] = {"name": name, "vendor": vendor, "pci_vendor_id": vendor_id,
                               "pci_bus_id": bus_id(fields[0])}
        if device_id:
            gpu["pci_device_id"] = device_id
        if vendor in ("intel", "amd"):
            gpu["integrated"] = looks_integrated(name, vendor)
        elif vendor == "nvidia":
            gpu["integrated"] = False
        gpus.append(gpu)
    return gpus, bad


def probe_lspci(runner: Runner, exe: str | None, timeout_s: float) -> ProbeResult:
    if exe is None:
        return failed(LSPCI, Message(say.NO_LSPCI))
    result = runner([exe, "-mm", "-nn"], timeout_s)
    if not result.ok:
        return failed(LSPCI, result.error or Message(say.TOOL_FAILED, tool="lspci"),
                      result.command,
                      result.stdout + result.stderr, result.seconds)
    gpus, bad = parse_lspci(result.stdout)
    if not gpus:
        why = (Message(say.LSPCI_NO_DISPLAY) if not bad else
               Message(say.LSPCI_ODD_OUTPUT, line=repr(bad[0][:120])))
        return failed(LSPCI, why, result.command, result.stdout, result.seconds)
    return ProbeResult(ProbeRecord(LSPCI, True, f"{len(gpus)} display device(s)",
                                   result.command, result.stdout, result.seconds), gpus)


def is_wsl(root: Path, environ: Mapping[str, str]) -> bool:
    """WSL2 (or WSL1): the kernel release names Microsoft, or WSL set its variables."""
    if environ.get("WSL_DISTRO_NAME") or environ.get("WSL_INTEROP"):
        return True
    release = _read(root / "proc" / "sys" / "kernel" / "osrelease") or ""
    return "microsoft" in release.lower()


def has_dxg(root: Path) -> bool:
    """/dev/dxg is WSL2's GPU paravirtualization device: the Windows driver is reachable."""
    return (root / "dev" / "dxg").exists()


__all__ = ["GPU_CLASSES", "LSPCI", "SYSFS", "has_dxg", "is_wsl", "lspci_name", "parse_lspci",
           "probe_lspci", "probe_sysfs"]
