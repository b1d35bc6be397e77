"""Detect the machine once: run the probes for this OS, merge what they saw, match the catalog.

Probe order is priority order: the first probe to report a field gives it (NVML before
nvidia-smi, WMI/registry, sysfs, lspci, system_profiler), and `field_sources` records which
probe that was. GPUs seen by several probes are merged by PCI bus address, else by PCI
vendor:device id, else by name. Every subprocess runs with a timeout, NVML runs in a worker
thread that is abandoned if the driver hangs, and `detect_machine` never raises: when it finds
no GPU, `LocalMachine.reason` says why. It runs once and never polls: querying a sleeping
laptop dGPU wakes it, and polling would keep it awake.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from core.gpu_name_tags import clean_gpu_name
from core.hardware import probe_linux, probe_macos, probe_nvidia_smi, probe_windows
from core.hardware import wording as say
from core.hardware._common import ProbeResult, failed, looks_integrated, vendor_of
from core.hardware.probe_cpu import load_psutil, probe_cpu
from core.hardware.probe_nvml import load_pynvml, probe_nvml
from core.hardware.run import Runner, bounded_timeout, run_command, stop_running_tools
from core.schema.hardware import DetectedGpu, LocalMachine, MatchResult
from core.schema.message import Message

DEFAULT_TIMEOUT_S = 10.0

_GPU_FIELDS = frozenset(f.name for f in fields(DetectedGpu)) - {
    "gpu_id", "match_how", "match_exact", "spec", "field_sources"}


def _system() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "darwin"
    return "linux" if sys.platform.startswith("linux") else sys.platform


@dataclass(frozen=True)
class ProbeEnv:
    """Everything detection touches outside Python, so tests can replace it: the OS kind, the
    filesystem root for /sys, /proc and /dev, the command runner, environment variables, how
    executables are found, and the NVML and psutil modules."""

    system: str = field(default_factory=_system)
    root: Path = Path("/")
    runner: Runner = run_command
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    which: Callable[[str], str | None] = shutil.which
    exists: Callable[[str], bool] = os.path.exists
    load_nvml: Callable[[], Any] = load_pynvml
    load_psutil: Callable[[], Any] = load_psutil


def _find(env: ProbeEnv, name: str, extra: Sequence[str] = ()) -> str | None:
    found = env.which(name)
    if found:
        return found
    for path in extra:
        if env.exists(path):
            return path
    return None


class _Background:
    """A probe running in a daemon thread: probes run side by side, so detection with every
    tool hung takes about one timeout, not one per probe. (A daemon thread because an NVML
    call into a hung driver cannot be interrupted and must not keep the app from exiting.)"""

    def __init__(self, fn: Callable[[], ProbeResult], probe: str) -> None:
        self.probe = probe
        self.start = time.monotonic()
        self._box: list[ProbeResult] = []
        self._errors: list[BaseException] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(fn,),
                                        name=f"rigsizer-probe-{probe}", daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], ProbeResult]) -> None:
        try:
            self._box.append(fn())
        except BaseException as exc:  # reported as this probe's failure
            self._errors.append(exc)
        finally:
            self._done.set()

    def wait(self, seconds: float) -> ProbeResult | None:
        """Its result, or None if it has not answered within `seconds` from now."""
        if not self._done.wait(max(0.0, seconds)):
            return None
        if self._box:
            return self._box[0]
        exc = self._errors[0]
        return failed(self.probe, Message(say.PROBE_FAILED, probe=self.probe,
                                          error=f"{type(exc).__name__}: {exc}"),
                      seconds=time.monotonic() - self.start)

    def finish(self, timeout_s: float) -> ProbeResult:
        """Its result by `timeout_s` after it started, else a "did not answer" failure."""
        got = self.wait(self.start + timeout_s - time.monotonic())
        if got is not None:
            return got
        return failed(self.probe, Message(say.PROBE_HUNG, probe=self.probe, seconds=timeout_s),
                      seconds=time.monotonic() - self.start)


# A tool run is stopped at its timeout, then given up to 2 s to close its output and 2 s to be
# reaped (core.hardware.run); a probe runs at most two tools. Past this a probe thread is
# treated as hung: it can only be a bug, and detection must still return.
def _tool_bound(timeout_s: float) -> float:
    return 2 * (timeout_s + 4.0)


def nvml_grace(timeout_s: float) -> float:
    """How long NVML may take before nvidia-smi is started beside it (NVML answers in well
    under a second when the driver is healthy; nvidia-smi is only needed when it does not)."""
    return min(1.0, timeout_s / 4)


def run_probes(env: ProbeEnv, timeout_s: float) -> tuple[list[ProbeResult], dict[str, Any]]:
    """Every GPU probe that applies to `env.system`, in priority order; and OS notes.

    The probes run side by side, so the slowest one sets the time (about `timeout_s` when
    every tool hangs, not the sum of them). nvidia-smi, the fallback for NVML, starts when NVML
    has failed or has not answered within nvml_grace(); its result is used only if NVML's
    is not."""
    results: list[ProbeResult] = []
    notes: dict[str, Any] = {}
    nvml_job: _Background | None = None
    if env.system in ("linux", "windows"):
        nvml_job = _Background(lambda: probe_nvml(env.load_nvml), "nvml")
    platform: list[_Background] = []
    if env.system == "windows":
        exe = _find(env, "powershell", (r"C:\Windows\System32\WindowsPowerShell\v1.0"
                                        r"\powershell.exe",))
        platform.append(_Background(lambda: _guard(
            lambda: probe_windows.probe_windows(env.runner, exe, timeout_s), "wmi"), "wmi"))
    elif env.system == "linux":
        notes["is_wsl"] = probe_linux.is_wsl(env.root, env.environ)
        notes["has_dxg"] = probe_linux.has_dxg(env.root)
        lspci = _find(env, "lspci")
        platform.append(_Background(lambda: _guard(lambda: probe_linux.probe_sysfs(env.root),
                                                   "sysfs"), "sysfs"))
        platform.append(_Background(lambda: _guard(lambda: probe_linux.probe_lspci(
            env.runner, lspci, timeout_s), "lspci"), "lspci"))
    elif env.system == "darwin":
        profiler = _find(env, "system_profiler", ("/usr/sbin/system_profiler",))
        sysctl = _find(env, "sysctl", ("/usr/sbin/sysctl",))
        platform.append(_Background(lambda: _guard(lambda: probe_macos.probe_macos(
            env.runner, profiler, sysctl, timeout_s), "system_profiler"), "system_profiler"))
    else:
        results.append(failed("os", Message(say.OS_NOT_SUPPORTED, os=env.system)))
    if nvml_job is not None:
        nvml = nvml_job.wait(nvml_grace(timeout_s))
        smi_job: _Background | None = None
        if nvml is None or not nvml.record.ok:
            exe = _find(env, "nvidia-smi", probe_nvidia_smi.EXTRA_PATHS)
            smi_job = _Background(lambda: _guard(lambda: probe_nvidia_smi.probe_nvidia_smi(
                env.runner, exe, timeout_s), "nvidia-smi"), "nvidia-smi")
        if nvml is None:
            nvml = nvml_job.finish(timeout_s)
        results.append(nvml)
        if smi_job is not None and not nvml.record.ok:
            results.append(smi_job.finish(_tool_bound(timeout_s)))
    results += [job.finish(_tool_bound(timeout_s)) for job in platform]
    return results, notes


def _guard(fn: Callable[[], ProbeResult], probe: str) -> ProbeResult:
    try:
        return fn()
    except Exception as exc:  # a parser bug must cost one probe, not detection
        return failed(probe, Message(say.PROBE_CRASHED, probe=probe,
                                     error=f"{type(exc).__name__}: {exc}"))


def _key_name(name: Any) -> str:
    return " ".join(str(name or "").lower().split())


def _pci(gpu: Mapping[str, Any]) -> str | None:
    v, d = gpu.get("pci_vendor_id"), gpu.get("pci_device_id")
    return f"{v}:{d}" if v and d else None


def _conflict(a: Mapping[str, Any], b: Mapping[str, Any], key: str) -> bool:
    return bool(a.get(key)) and bool(b.get(key)) and a.get(key) != b.get(key)


def _find_same(merged: list[dict[str, Any]], gpu: Mapping[str, Any],
               used: set[int]) -> dict[str, Any] | None:
    bus = gpu.get("pci_bus_id")
    if bus:
        for m in merged:
            if m.get("pci_bus_id") == bus:
                return m
    free = [m for m in merged if id(m) not in used and not _conflict(m, gpu, "pci_bus_id")]
    pci = _pci(gpu)
    if pci:
        for m in free:
            if _pci(m) == pci:
                return m
    name = _key_name(gpu.get("name"))
    if name:
        for m in free:
            if _key_name(m.get("name")) == name and not _conflict(m, gpu, "pci_device_id"):
                return m
    return None


def _finite(value: Any) -> bool:
    """False for a NaN or infinite number, which no probe's field can honestly be."""
    return not isinstance(value, float) or math.isfinite(value)


def merge(results: Sequence[ProbeResult]) -> list[DetectedGpu]:
    """Merge the successful probes' GPUs; the first probe to give a field wins."""
    merged: list[dict[str, Any]] = []
    sources: dict[int, dict[str, str]] = {}
    for result in results:
        if not result.record.ok:
            continue
        used: set[int] = set()
        for gpu in result.gpus:
            target = _find_same(merged, gpu, used)
            if target is None:
                target = {}
                merged.append(target)
                sources[id(target)] = {}
            used.add(id(target))
            own = gpu.get("_sources") or {}
            for key, value in gpu.items():
                if key not in _GPU_FIELDS or value is None or key in target or not _finite(value):
                    continue
                target[key] = value
                sources[id(target)][key] = own.get(key, result.record.probe)
    out = []
    for m in merged:
        src = sources[id(m)]
        vendor = m.get("vendor") or vendor_of(m.get("pci_vendor_id"), m.get("name", ""))
        m["vendor"] = vendor
        if not m.get("name"):
            m["name"] = f"{vendor.upper() if vendor != 'other' else 'Unknown'} GPU " \
                        f"{_pci(m) or ''}".strip()
            src["name"] = "pci id"
        if m.get("integrated") is None:
            m["integrated"] = looks_integrated(m["name"], vendor)
        out.append(DetectedGpu(**m, field_sources=dict(src)))
    # Discrete GPUs first: they are what RigSizer sizes work for.
    return sorted(out, key=lambda g: g.integrated is True)


Matcher = Callable[[DetectedGpu], MatchResult]


def default_matcher(gpu: DetectedGpu) -> MatchResult:
    from core.hardware.match import match_gpu

    return match_gpu(gpu.name, pci_id=gpu.pci_id,
                     vram_bytes=None if gpu.unified_memory else gpu.vram_total_bytes,
                     gpu_cores=gpu.gpu_cores)


def _by_processor(gpu: DetectedGpu, cpu_name: str, matcher: Matcher) -> MatchResult | None:
    """The catalog GPU of this processor, for an integrated GPU a tool names generically or
    ambiguously: Windows calls Meteor Lake's 7 and 8 Xe-core GPUs both "Intel(R) Arc(TM)
    Graphics", and older AMD drivers a 680M or 780M "AMD Radeon(TM) Graphics"; the processor
    ("Intel(R) Core(TM) Ultra 7 155H", "AMD Ryzen 7 8845HS w/ Radeon 780M Graphics") says
    which. Only an integrated card of the GPU's vendor is taken."""
    if gpu.integrated is False or not cpu_name.strip():
        return None
    found = matcher(replace(gpu, name=clean_gpu_name(cpu_name), pci_vendor_id=None,
                            pci_device_id=None, vram_total_bytes=None, gpu_cores=None))
    spec = found.gpu
    if spec is None or spec.form_factor != "soc" or spec.vendor != gpu.vendor:
        return None
    return MatchResult(spec, Message(say.BY_PROCESSOR, cpu=cpu_name), False)


def _match(gpus: Sequence[DetectedGpu], matcher: Matcher | None,
           ram_bytes: float | None = None, cpu_name: str = "") -> tuple[DetectedGpu, ...]:
    if matcher is None:
        return tuple(gpus)
    out = []
    for gpu in gpus:
        try:
            m = matcher(gpu)
            if m.gpu is None:
                m = _by_processor(gpu, cpu_name, matcher) or m
        except Exception as exc:  # a broken catalog must not break detection
            out.append(replace(gpu, match_how=Message(say.NOT_MATCHED,
                                                      error=f"{type(exc).__name__}: {exc}")))
            continue
        spec = m.gpu
        if spec is not None and gpu.unified_memory and gpu.vram_total_bytes:
            # The probe measured this Mac's working-set limit; the catalog's figure is for one
            # common memory size of the chip, so the measured one wins.
            from core.hardware.machine import with_unified_memory

            spec = with_unified_memory(spec, ram_bytes or gpu.vram_total_bytes,
                                       (gpu.vram_total_bytes, "detected on this Mac"))
        out.append(replace(gpu, gpu_id=m.gpu_id, match_how=m.how, match_exact=m.exact,
                           spec=spec))
    return tuple(out)


def _reason(gpus: Sequence[DetectedGpu], results: Sequence[ProbeResult],
            notes: Mapping[str, Any]) -> str:
    wsl = bool(notes.get("is_wsl"))
    if not gpus:
        why = say.chain(say.PROBE_AND_PROBE,
                        [r.record.message for r in results if not r.record.ok])
        if wsl and not notes.get("has_dxg"):
            return Message(say.NO_GPU_WSL, why=why)
        return Message(say.NO_DISCRETE_GPU, why=why) if why else Message(say.NO_GPU)
    if all(g.integrated for g in gpus):
        return Message(say.ONLY_INTEGRATED)
    if wsl:
        return Message(say.WSL_GPU)
    return ""


def detect_machine(timeout_s: float = DEFAULT_TIMEOUT_S, *, env: ProbeEnv | None = None,
                   matcher: Matcher | None = default_matcher) -> LocalMachine:
    """Detect GPUs, CPU, RAM and OS once. Never raises; each probe is limited to `timeout_s`
    seconds (at most core.hardware.run.MAX_TIMEOUT_S). `matcher=None` skips catalog matching
    (the GPUs keep gpu_id None). Ctrl+C stops the probe tools before it is passed on."""
    timeout_s = bounded_timeout(timeout_s)
    try:
        env = env or ProbeEnv()
        probe_env = env
        cpu_facts: list[dict[str, Any]] = []

        def read_cpu() -> ProbeResult:
            facts, record = probe_cpu(probe_env.root, probe_env.runner, probe_env.system,
                                      timeout_s, probe_env.load_psutil)
            cpu_facts.append(facts)
            return ProbeResult(record)

        # the CPU and RAM are read beside the GPU probes (it may run a tool of its own)
        cpu_job = _Background(read_cpu, "cpu")
        results, notes = run_probes(env, timeout_s)
        cpu_record = cpu_job.finish(_tool_bound(timeout_s)).record
        facts = cpu_facts[0] if cpu_facts and cpu_record.ok else {}  # CPU facts are optional
        facts = {k: v for k, v in facts.items() if _finite(v)}
        gpus = _match(merge(results), matcher, facts.get("ram_bytes"),
                      str(facts.get("cpu_name", "")))
        return LocalMachine(
            gpus=gpus,
            cpu_name=str(facts.get("cpu_name", "")),
            cpu_cores=facts.get("cpu_cores"),
            cpu_threads=facts.get("cpu_threads"),
            ram_bytes=facts.get("ram_bytes"),
            os_name=str(facts.get("os_name", "")),
            os_version=str(facts.get("os_version", "")),
            is_wsl=bool(notes.get("is_wsl")),
            reason=_reason(gpus, results, notes),
            probe_log=(*(r.record for r in results), cpu_record),
        )
    except Exception as exc:  # the contract: detection never raises
        return LocalMachine(reason=Message(say.DETECTION_FAILED,
                                           error=f"{type(exc).__name__}: {exc}"))
    except BaseException:
        # Ctrl+C (or SystemExit) in this thread while the probes run in theirs: their tools
        # run in sessions of their own, so nothing else would stop them.
        stop_running_tools()
        raise


__all__ = ["DEFAULT_TIMEOUT_S", "ProbeEnv", "default_matcher", "detect_machine", "merge",
           "run_probes"]
