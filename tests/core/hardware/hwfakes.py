"""Test doubles at the OS boundary — a command runner that replays recorded outputs, a pynvml
stand-in that replays recorded NVML values, sysfs trees — and a small GPU catalog.

The code under test (parsers, merging, matching) is always the real one; only what the OS or
driver would return is replayed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pynvml

from core.hardware.detect import ProbeEnv
from core.hardware.run import CommandResult
from core.schema.gpu import GpuSpec
from core.units import GB, GIB, TFLOPS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "detect"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# -- command runner ----------------------------------------------------------------------------

Reply = tuple[int | None, str] | CommandResult


class ReplayRunner:
    """Answers a command by the first rule whose words all appear in the command line.
    A reply is (exit code, stdout); exit code None means the tool timed out."""

    def __init__(self, rules: Mapping[str, Reply]) -> None:
        self.rules = dict(rules)
        self.calls: list[list[str]] = []

    def __call__(self, argv: Sequence[str], timeout_s: float) -> CommandResult:
        self.calls.append(list(argv))
        command = " ".join(argv)
        for pattern, reply in self.rules.items():
            if all(word in command for word in pattern.split()):
                if isinstance(reply, CommandResult):
                    return reply
                code, out = reply
                if code is None:
                    return CommandResult(command, None, "", "", f"{argv[0]} did not answer "
                                         f"within {timeout_s:g} s and was stopped", timeout_s)
                error = None if code == 0 else f"{argv[0]} exited with code {code}"
                return CommandResult(command, code, out, "", error, 0.01)
        return CommandResult(command, None, "", "", f"{argv[0]} is not installed (not found)",
                             0.0)


# -- NVML ----------------------------------------------------------------------------------------

_ERRORS = {cls.__name__: code for code, cls in pynvml.NVMLError._valClassMapping.items()}


def _raise(recorded: Mapping[str, Any]) -> None:
    name = str(recorded["error"]).split(":")[0]
    raise pynvml.NVMLError(_ERRORS[name])


class FakeNvml:
    """The subset of pynvml that probe_nvml calls, answering from a recording in the format
    probe_nvml writes to diagnostics. A call missing from the recording raises
    FunctionNotFound, as an old driver does."""

    NVML_CLOCK_SM = pynvml.NVML_CLOCK_SM
    NVML_CLOCK_MEM = pynvml.NVML_CLOCK_MEM
    nvmlMemory_v2 = pynvml.nvmlMemory_v2

    def __init__(self, recording: Mapping[str, Any]) -> None:
        self.rec = recording
        self.shutdown_calls = 0

    def _top(self, key: str) -> Any:
        if key not in self.rec:
            raise pynvml.NVMLError(pynvml.NVML_ERROR_FUNCTION_NOT_FOUND)
        value = self.rec[key]
        if isinstance(value, dict) and "error" in value:
            _raise(value)
        return value

    def _dev(self, handle: int, key: str) -> Any:
        device = self.rec["devices"][handle]
        if key not in device:
            raise pynvml.NVMLError(pynvml.NVML_ERROR_FUNCTION_NOT_FOUND)
        value = device[key]
        if isinstance(value, dict) and "error" in value:
            _raise(value)
        return SimpleNamespace(**value) if isinstance(value, dict) else value

    def nvmlInit(self) -> None:
        if "nvmlInit" in self.rec:
            self._top("nvmlInit")

    def nvmlShutdown(self) -> None:
        self.shutdown_calls += 1

    def nvmlSystemGetDriverVersion(self) -> str:
        return str(self._top("nvmlSystemGetDriverVersion"))

    def nvmlDeviceGetCount(self) -> int:
        return int(self._top("nvmlDeviceGetCount"))

    def nvmlDeviceGetHandleByIndex(self, index: int) -> int:
        return int(self._dev(index, "nvmlDeviceGetHandleByIndex"))

    def nvmlDeviceGetName(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetName")

    def nvmlDeviceGetUUID(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetUUID")

    def nvmlDeviceGetMemoryInfo(self, h: int, version: int | None = None) -> Any:
        return self._dev(h, "nvmlDeviceGetMemoryInfo_v2" if version else
                         "nvmlDeviceGetMemoryInfo")

    def nvmlDeviceGetPowerManagementLimit(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetPowerManagementLimit")

    def nvmlDeviceGetEnforcedPowerLimit(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetEnforcedPowerLimit")

    def nvmlDeviceGetMaxClockInfo(self, h: int, clock: int) -> Any:
        suffix = {pynvml.NVML_CLOCK_SM: "SM", pynvml.NVML_CLOCK_MEM: "MEM"}[clock]
        return self._dev(h, f"nvmlDeviceGetMaxClockInfo_{suffix}")

    def nvmlDeviceGetPciInfo(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetPciInfo")

    def nvmlDeviceGetMaxPcieLinkGeneration(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetMaxPcieLinkGeneration")

    def nvmlDeviceGetMaxPcieLinkWidth(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetMaxPcieLinkWidth")

    def nvmlDeviceGetDisplayActive(self, h: int) -> Any:
        return self._dev(h, "nvmlDeviceGetDisplayActive")


def nvml_from(fixture: str) -> Callable[[], FakeNvml]:
    recording = json.loads(fixture_text(fixture))
    return lambda: FakeNvml(recording)


def no_nvml() -> Any:
    raise pynvml.NVMLError(pynvml.NVML_ERROR_LIBRARY_NOT_FOUND)


class FakePsutil:
    def __init__(self, cores: int = 8, threads: int = 16, ram_gib: float = 32) -> None:
        self.cores, self.threads, self.ram = cores, threads, ram_gib * GIB

    def cpu_count(self, logical: bool = True) -> int:
        return self.threads if logical else self.cores

    def virtual_memory(self) -> Any:
        return SimpleNamespace(total=int(self.ram))


def make_env(system: str, root: Path, *, runner: ReplayRunner | None = None,
             nvml: Callable[[], Any] = no_nvml, tools: Sequence[str] = (),
             paths: Sequence[str] = (), environ: Mapping[str, str] | None = None,
             psutil: FakePsutil | None = None) -> ProbeEnv:
    """A ProbeEnv for `system` whose PATH holds `tools` and whose filesystem has `paths`."""
    return ProbeEnv(
        system=system, root=root, runner=runner or ReplayRunner({}),
        environ=dict(environ or {}),
        which=lambda name: f"/usr/bin/{name}" if name in tools else None,
        exists=lambda path: path in paths,
        load_nvml=nvml, load_psutil=lambda: psutil or FakePsutil(),
    )


# -- sysfs ---------------------------------------------------------------------------------------

def write_card(root: Path, card: str, slot: str, files: Mapping[str, str],
               driver: str) -> None:
    """/sys/class/drm/<card>/device as the kernel lays it out: a symlink into the PCI tree."""
    pci_dir = root / "sys" / "devices" / "pci0000:00" / slot
    pci_dir.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (pci_dir / name).write_text(text + "\n")
    vendor, device = files["vendor"][2:].upper(), files["device"][2:].upper()
    (pci_dir / "uevent").write_text(
        f"DRIVER={driver}\nPCI_CLASS={files['class'][2:].lstrip('0').upper()}\n"
        f"PCI_ID={vendor}:{device}\nPCI_SUBSYS_ID=1DA2:E471\nPCI_SLOT_NAME={slot}\n"
        f"MODALIAS=pci:v0000{vendor}d0000{device}sv00001DA2sd0000E471bc03sc00i00\n")
    card_dir = root / "sys" / "class" / "drm" / card
    card_dir.mkdir(parents=True, exist_ok=True)
    (card_dir / "device").symlink_to(pci_dir)
    # Connector nodes live beside the cards and must be ignored.
    (root / "sys" / "class" / "drm" / f"{card}-DP-1").mkdir(exist_ok=True)


def amd_desktop_tree(root: Path) -> None:
    """An RX 7900 XTX (24 GiB) and a Ryzen 7000 iGPU (512 MiB carve-out, 16 GiB GTT)."""
    write_card(root, "card0", "0000:03:00.0", {
        "vendor": "0x1002", "device": "0x744c", "class": "0x030000",
        "mem_info_vram_total": "25753026560", "mem_info_vram_used": "1170735104",
        "mem_info_gtt_total": "33554432000", "boot_vga": "1",
        "max_link_speed": "16.0 GT/s PCIe", "max_link_width": "16",
    }, "amdgpu")
    write_card(root, "card1", "0000:0e:00.0", {
        "vendor": "0x1002", "device": "0x164e", "class": "0x030000",
        "mem_info_vram_total": "536870912", "mem_info_vram_used": "61206528",
        "mem_info_gtt_total": "16777216000", "boot_vga": "0",
        "max_link_speed": "16.0 GT/s PCIe", "max_link_width": "16",
    }, "amdgpu")


def hybrid_laptop_tree(root: Path) -> None:
    """Intel UHD iGPU at 00:02.0 driving the panel, NVIDIA dGPU as a 3D controller."""
    write_card(root, "card0", "0000:00:02.0", {
        "vendor": "0x8086", "device": "0xa7a8", "class": "0x030000", "boot_vga": "1",
    }, "i915")
    write_card(root, "card1", "0000:01:00.0", {
        "vendor": "0x10de", "device": "0x28e0", "class": "0x030200",
        "max_link_speed": "16.0 GT/s PCIe", "max_link_width": "8",
    }, "nvidia")


# -- a small catalog -----------------------------------------------------------------------------

def spec(ident: str, name: str, vram_gib: float, *, vendor: str = "nvidia",
         form: str = "desktop", aliases: Sequence[str] = (), pci: Sequence[str] = (),
         cores: int | None = None) -> GpuSpec:
    return GpuSpec(
        id=ident, name=name, aliases=tuple(aliases), vendor=vendor,  # type: ignore[arg-type]
        architecture="test", form_factor=form,  # type: ignore[arg-type]
        vram_bytes=vram_gib * GIB, mem_bandwidth_bps=500 * GB, fp32_flops=20 * TFLOPS,
        fp16_tensor_flops=80 * TFLOPS, tdp_w=200.0, release_date="2023-01",
        source="test catalog", retrieved="2026-11-22", pci_ids=tuple(pci), gpu_cores=cores,
    )


CATALOG: tuple[GpuSpec, ...] = (
    spec("nvidia-rtx-4090", "GeForce RTX 4090", 24, aliases=["NVIDIA GeForce RTX 4090"],
         pci=["10de:2684"]),
    spec("nvidia-rtx-4070-super", "GeForce RTX 4070 SUPER", 12, pci=["10de:2783"]),
    spec("nvidia-rtx-4070", "GeForce RTX 4070", 12, pci=["10de:2786"]),
    spec("nvidia-rtx-4060", "GeForce RTX 4060", 8, pci=["10de:2882"]),
    spec("nvidia-rtx-4060-laptop", "GeForce RTX 4060 Laptop GPU", 8, form="laptop",
         pci=["10de:28e0"]),
    spec("nvidia-rtx-4060-ti-8gb", "GeForce RTX 4060 Ti 8 GB", 8),
    spec("nvidia-rtx-4060-ti-16gb", "GeForce RTX 4060 Ti 16 GB", 16),
    spec("nvidia-rtx-3060-12gb", "GeForce RTX 3060 12 GB", 12, pci=["10de:2503"]),
    spec("nvidia-rtx-3060-8gb", "GeForce RTX 3060 8 GB", 8),
    spec("nvidia-rtx-3080", "GeForce RTX 3080", 10),
    spec("nvidia-rtx-3080-12gb", "GeForce RTX 3080 12 GB", 12),
    spec("nvidia-rtx-3090", "GeForce RTX 3090", 24, pci=["10de:2204"]),
    spec("nvidia-h100-sxm", "H100 SXM5 80 GB", 80, form="datacenter", pci=["10de:2330"]),
    spec("nvidia-h100-pcie", "H100 PCIe 80 GB", 80, form="datacenter"),
    spec("nvidia-a100-sxm-80gb", "A100 SXM4 80 GB", 80, form="datacenter"),
    spec("nvidia-a100-pcie-40gb", "A100 PCIe 40 GB", 40, form="datacenter"),
    spec("nvidia-rtx-pro-6000-blackwell-max-q", "RTX PRO 6000 Blackwell Max-Q Workstation "
         "Edition", 96, form="workstation"),
    spec("amd-rx-7900-xtx", "Radeon RX 7900 XTX", 24, vendor="amd", pci=["1002:744c"]),
    spec("amd-rx-7900-xt", "Radeon RX 7900 XT", 20, vendor="amd", pci=["1002:744c"]),
    spec("amd-rx-7900-gre", "Radeon RX 7900 GRE", 16, vendor="amd", pci=["1002:744c"]),
    spec("intel-arc-b580", "Arc B580", 12, vendor="intel", aliases=["Intel Arc B580 Graphics"]),
    spec("apple-m2-pro-19c", "Apple M2 Pro (19-core GPU)", 16, vendor="apple", form="soc",
         cores=19),
    spec("apple-m2-pro-16c", "Apple M2 Pro (16-core GPU)", 16, vendor="apple", form="soc",
         cores=16),
    spec("apple-m3-max-40c", "Apple M3 Max (40-core GPU)", 48, vendor="apple", form="soc",
         cores=40),
    # Named without its core count on purpose: the matcher must use `gpu_cores`.
    spec("apple-m3-max-30c", "Apple M3 Max", 36, vendor="apple", form="soc", cores=30),
)
