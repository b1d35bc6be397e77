"""CPU model, core and thread counts, RAM and OS, through psutil, platform and the OS.

`platform.processor()` is useless for a name on Linux ("x86_64") and Windows ("Intel64 Family
6 Model 183 ..."), so the name comes from /proc/cpuinfo, the registry's ProcessorNameString,
or `sysctl machdep.cpu.brand_string`.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.hardware._common import to_int
from core.hardware.run import Runner
from core.schema.hardware import ProbeRecord

PROBE = "cpu"


def load_psutil() -> Any:
    import psutil

    return psutil


def cpu_name_from_cpuinfo(text: str) -> str:
    """The CPU model from /proc/cpuinfo: x86 "model name", ARM "Model"/"Hardware"."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and value.strip() and key not in found:
            found[key] = value.strip()
    for key in ("model name", "model", "hardware", "cpu model", "processor"):
        value = found.get(key, "")
        if value and not value.isdigit():
            return value
    return ""


def ram_from_meminfo(text: str) -> float | None:
    for line in text.splitlines():
        if line.startswith("MemTotal:"):
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                return float(parts[1]) * 1024  # the kernel's "kB" are KiB
    return None


def windows_version(release: str, version: str) -> str:
    """Python < 3.12 reports Windows 11 as release "10"; build 22000 and later is 11."""
    parts = version.split(".")
    build = to_int(parts[2]) if len(parts) >= 3 else None
    if release == "10" and build is not None and build >= 22000:
        return f"11 (build {build})"
    return f"{release} (build {build})" if build is not None else release


def _windows_cpu_name() -> str:
    if sys.platform != "win32":
        return ""
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                             r"HARDWARE\DESCRIPTION\System\CentralProcessor\0")
        with key:
            value, _ = winreg.QueryValueEx(key, "ProcessorNameString")
        return str(value).strip()
    except OSError:
        return ""


def probe_cpu(root: Path, runner: Runner, system: str, timeout_s: float,
              psutil_loader: Callable[[], Any] = load_psutil) -> tuple[dict[str, Any],
                                                                         ProbeRecord]:
    """Facts for LocalMachine's CPU/RAM/OS fields, and what was read."""
    start = time.monotonic()
    facts: dict[str, Any] = {}
    log: list[str] = []
    try:
        psutil = psutil_loader()
    except Exception as exc:  # psutil missing or broken: use the OS files
        psutil = None
        log.append(f"psutil unavailable: {exc}")
    if psutil is not None:
        for key, call in (("cpu_cores", lambda: psutil.cpu_count(logical=False)),
                          ("cpu_threads", lambda: psutil.cpu_count(logical=True)),
                          ("ram_bytes", lambda: float(psutil.virtual_memory().total))):
            try:
                value = call()
            except Exception as exc:  # one field failing must not stop others
                log.append(f"psutil {key}: {exc}")
                continue
            if value:
                facts[key] = value
    if system == "linux":
        try:
            cpuinfo = (root / "proc" / "cpuinfo").read_text(errors="replace")
        except OSError as exc:
            cpuinfo = ""
            log.append(f"/proc/cpuinfo: {exc}")
        facts["cpu_name"] = cpu_name_from_cpuinfo(cpuinfo)
        if "ram_bytes" not in facts:
            try:
                ram = ram_from_meminfo((root / "proc" / "meminfo").read_text())
            except OSError:
                ram = None
            if ram:
                facts["ram_bytes"] = ram
        facts["os_name"] = "Linux"
        facts["os_version"] = platform.release() if root == Path("/") else ""
    elif system == "darwin":
        result = runner(["sysctl", "-n", "machdep.cpu.brand_string"], timeout_s)
        facts["cpu_name"] = result.stdout.strip() if result.ok else ""
        log.append(f"$ {result.command}: {result.stdout.strip() or result.error}")
        facts["os_name"] = "macOS"
        facts["os_version"] = platform.mac_ver()[0]
    elif system == "windows":
        facts["cpu_name"] = _windows_cpu_name()
        facts["os_name"] = "Windows"
        facts["os_version"] = windows_version(platform.release(), platform.version())
    else:
        facts["os_name"] = platform.system()
        facts["os_version"] = platform.release()
    if not facts.get("cpu_name"):
        facts["cpu_name"] = platform.processor() or platform.machine() or "unknown CPU"
    message = (f"{facts['cpu_name']}, {facts.get('cpu_cores', '?')} cores / "
               f"{facts.get('cpu_threads', '?')} threads, RAM "
               f"{facts['ram_bytes'] / 2**30:.1f} GiB" if facts.get("ram_bytes") else
               f"{facts['cpu_name']}, RAM unknown")
    return facts, ProbeRecord(PROBE, True, message, "psutil + platform", "\n".join(log),
                              time.monotonic() - start)


__all__ = ["PROBE", "cpu_name_from_cpuinfo", "probe_cpu", "ram_from_meminfo",
           "windows_version"]
