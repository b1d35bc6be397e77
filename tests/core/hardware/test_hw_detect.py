"""Recorded tool outputs through the real probes, merging and matching, per platform."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hwfakes import (
    FakePsutil,
    ReplayRunner,
    amd_desktop_tree,
    fixture_text,
    hybrid_laptop_tree,
    make_env,
    nvml_from,
)

from core.hardware.detect import detect_machine
from core.hardware.probe_nvidia_smi import FULL_FIELDS, parse_csv
from core.schema.hardware import LocalMachine
from core.units import GIB

MIB = 2**20
SMI = "nvidia-smi --query-gpu"


def smi_runner(fixture: str, **more: tuple[int | None, str]) -> ReplayRunner:
    return ReplayRunner({SMI: (0, fixture_text(fixture)), **more})


def probe(machine: LocalMachine, name: str) -> str:
    return next(r.message for r in machine.probe_log if r.probe == name)


# -- nvidia-smi CSV --------------------------------------------------------------------------------

def test_nvidia_smi_single_gpu_fields() -> None:
    gpus, bad = parse_csv(fixture_text("nvidia_smi_single_4090.csv"), FULL_FIELDS)
    assert bad == []
    (g,) = gpus
    assert g["name"] == "NVIDIA GeForce RTX 4090"
    assert (g["pci_vendor_id"], g["pci_device_id"]) == ("10de", "2684")
    assert g["pci_bus_id"] == "0000:01:00.0"
    assert g["vram_total_bytes"] == 24564 * MIB and g["vram_free_bytes"] == 22987 * MIB
    assert g["power_limit_w"] == 450.0 and g["max_sm_clock_mhz"] == 3120.0
    assert (g["pcie_gen"], g["pcie_width"], g["drives_display"]) == (4, 16, True)
    assert g["driver_version"] == "560.94"


def test_nvidia_smi_laptop_not_available_fields_are_unknown(tmp_path: Path,
                                                            catalog: object) -> None:
    env = make_env("linux", tmp_path, runner=smi_runner("nvidia_smi_laptop_4060.csv"),
                   tools=["nvidia-smi"])
    (g,) = detect_machine(1.0, env=env).gpus
    assert g.power_limit_w is None  # "[N/A]" on this laptop
    assert g.vram_total_bytes == 8188 * MIB and g.pcie_width == 8
    assert g.gpu_id == "nvidia-rtx-4060-laptop"
    assert g.field_sources["vram_total_bytes"] == "nvidia-smi"


def test_nvidia_smi_multi_gpu_keeps_identical_cards_apart(tmp_path: Path,
                                                          catalog: object) -> None:
    env = make_env("linux", tmp_path, runner=smi_runner("nvidia_smi_multi_3090x2_3060.csv"),
                   tools=["nvidia-smi"])
    machine = detect_machine(1.0, env=env)
    assert [g.gpu_id for g in machine.gpus] == [
        "nvidia-rtx-3090", "nvidia-rtx-3090", "nvidia-rtx-3060-12gb"]
    assert [g.pci_bus_id for g in machine.gpus] == [
        "0000:01:00.0", "0000:21:00.0", "0000:4b:00.0"]
    assert machine.gpus[2].match_how.endswith("VRAM 12 GiB")  # the 3060 split by memory
    assert machine.reason == ""


# -- NVML --------------------------------------------------------------------------------------

def test_nvml_two_h100s(tmp_path: Path, catalog: object) -> None:
    runner = ReplayRunner({})
    env = make_env("linux", tmp_path, runner=runner, nvml=nvml_from("nvml_h100_sxm_x2.json"),
                   tools=["nvidia-smi"])
    machine = detect_machine(1.0, env=env)
    assert len(machine.gpus) == 2
    for g in machine.gpus:
        assert g.name == "NVIDIA H100 80GB HBM3" and g.gpu_id == "nvidia-h100-sxm"
        assert g.vram_total_bytes == 85520809984 and g.vram_free_bytes == 84954578944
        assert g.power_limit_w == 700.0 and g.max_mem_clock_mhz == 2619.0
        assert (g.pcie_gen, g.pcie_width, g.driver_version) == (5, 16, "550.90.07")
        assert g.pci_id == "10de:2330" and g.drives_display is False
        assert set(g.field_sources.values()) == {"nvml"}
    assert machine.gpus[1].pci_bus_id == "0000:2a:00.0"
    assert not any("nvidia-smi" in c[0] for c in runner.calls), "fallback ran though NVML worked"


def test_nvml_old_driver_and_not_supported_fields() -> None:
    from core.hardware.probe_nvml import probe_nvml

    fake = nvml_from("nvml_laptop_4060.json")()
    result = probe_nvml(lambda: fake)
    (g,) = result.gpus
    assert g["vram_total_bytes"] == 8188 * MIB  # memory v1, after v2 was not found
    assert "power_limit_w" not in g  # both limit calls NotSupported
    assert g["max_sm_clock_mhz"] == 3105.0 and g["drives_display"] is False
    assert "NVMLError_NotSupported" in result.record.output
    assert fake.shutdown_calls == 1


def test_nvml_driver_not_loaded_falls_back_to_nvidia_smi(tmp_path: Path) -> None:
    def broken() -> object:
        fake = nvml_from("nvml_laptop_4060.json")()
        fake.rec = {"nvmlInit": {"error": "NVMLError_DriverNotLoaded: Driver Not Loaded"}}
        return fake

    env = make_env("linux", tmp_path, runner=smi_runner("nvidia_smi_single_4090.csv"),
                   nvml=broken, tools=["nvidia-smi"])
    machine = detect_machine(1.0, env=env, matcher=None)
    assert [g.name for g in machine.gpus] == ["NVIDIA GeForce RTX 4090"]
    assert "Driver Not Loaded" in probe(machine, "nvml")


# -- Linux: sysfs, lspci, hybrid laptops, WSL2 -----------------------------------------------------

def test_hybrid_laptop_lists_both_and_flags_the_igpu(tmp_path: Path, catalog: object) -> None:
    hybrid_laptop_tree(tmp_path)
    runner = ReplayRunner({"lspci -mm -nn": (0, fixture_text(
        "lspci_hybrid_laptop_uhd_4060.txt"))})
    env = make_env("linux", tmp_path, runner=runner, nvml=nvml_from("nvml_laptop_4060.json"),
                   tools=["lspci"])
    machine = detect_machine(1.0, env=env)
    dgpu, igpu = machine.gpus
    assert dgpu.name == "NVIDIA GeForce RTX 4060 Laptop GPU" and dgpu.integrated is False
    assert dgpu.gpu_id == "nvidia-rtx-4060-laptop"
    assert dgpu.field_sources["name"] == "nvml" and dgpu.field_sources["pcie_width"] == "nvml"
    assert igpu.name == "Intel UHD Graphics" and igpu.integrated is True
    assert igpu.drives_display is True and igpu.field_sources["drives_display"] == "sysfs"
    assert igpu.field_sources["name"] == "lspci"
    assert igpu.pci_id == "8086:a7a8" and igpu.gpu_id is None
    assert machine.reason == ""


def test_amd_sysfs_with_lspci_names(tmp_path: Path, catalog: object) -> None:
    amd_desktop_tree(tmp_path)
    runner = ReplayRunner({"lspci": (0, fixture_text("lspci_amd_7900xtx_raphael.txt"))})
    env = make_env("linux", tmp_path, runner=runner, tools=["lspci"])
    machine = detect_machine(1.0, env=env)
    dgpu, apu = machine.gpus
    assert dgpu.vram_total_bytes == 25753026560
    assert dgpu.vram_free_bytes == 25753026560 - 1170735104
    assert dgpu.field_sources["vram_total_bytes"] == "sysfs"
    assert dgpu.name == "AMD Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M"
    assert dgpu.gpu_id == "amd-rx-7900-xtx"  # PCI id 1002:744c split by its 24 GiB
    assert (dgpu.drives_display, dgpu.pcie_gen, dgpu.pcie_width) == (True, 4, 16)
    assert apu.integrated is True and apu.field_sources["integrated"] == "sysfs"
    assert apu.name == "AMD Raphael" and apu.gpu_id is None


def test_sysfs_alone_still_finds_the_cards(tmp_path: Path) -> None:
    amd_desktop_tree(tmp_path)
    machine = detect_machine(1.0, env=make_env("linux", tmp_path), matcher=None)
    assert [g.pci_id for g in machine.gpus] == ["1002:744c", "1002:164e"]
    assert machine.gpus[0].name == "AMD GPU 1002:744c"
    assert "lspci is not installed" in probe(machine, "lspci")


def test_wsl2_uses_the_windows_drivers_nvidia_smi(tmp_path: Path, catalog: object) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "dxg").write_text("")
    runner = ReplayRunner({
        "/usr/lib/wsl/lib/nvidia-smi": (0, fixture_text("nvidia_smi_wsl2_4070super.csv")),
        "lspci": (0, fixture_text("lspci_wsl2.txt")),
    })
    env = make_env("linux", tmp_path, runner=runner, tools=["lspci"],
                   paths=["/usr/lib/wsl/lib/nvidia-smi"], environ={"WSL_DISTRO_NAME": "Ubuntu"})
    machine = detect_machine(1.0, env=env)
    (g,) = machine.gpus  # the virtual "Basic Render Driver" is not a GPU
    assert g.gpu_id == "nvidia-rtx-4070-super" and g.pcie_gen is None
    assert machine.is_wsl and "WSL" in machine.reason


def test_wsl_without_gpu_access_says_so(tmp_path: Path) -> None:
    (tmp_path / "proc" / "sys" / "kernel").mkdir(parents=True)
    (tmp_path / "proc" / "sys" / "kernel" / "osrelease").write_text(
        "5.15.153.1-microsoft-standard-WSL2\n")
    machine = detect_machine(1.0, env=make_env("linux", tmp_path))
    assert machine.gpus == () and machine.is_wsl
    assert "/dev/dxg" in machine.reason


# -- Windows ---------------------------------------------------------------------------------------

def wmi_env(tmp_path: Path, fixture: str, **smi: tuple[int | None, str]) -> object:
    runner = ReplayRunner({"powershell": (0, fixture_text(fixture)), **smi})
    tools = ["powershell", *(["nvidia-smi"] if smi else [])]
    return make_env("windows", tmp_path, runner=runner, tools=tools)


def test_windows_vram_comes_from_the_registry_not_adapter_ram(tmp_path: Path,
                                                              catalog: object) -> None:
    machine = detect_machine(1.0, env=wmi_env(tmp_path, "wmi_desktop_4090_uhd770.json"))
    rtx, uhd = machine.gpus
    assert rtx.vram_total_bytes == 24 * GIB  # AdapterRAM says 4293918720
    assert rtx.field_sources["vram_total_bytes"] == "registry"
    assert rtx.field_sources["name"] == "wmi" and rtx.drives_display is True
    assert rtx.gpu_id == "nvidia-rtx-4090"
    assert uhd.name == "Intel(R) UHD Graphics 770" and uhd.integrated is True
    assert uhd.vram_total_bytes == 128 * MIB and uhd.drives_display is False


def test_windows_nvidia_smi_and_wmi_merge_into_one_card(tmp_path: Path,
                                                        catalog: object) -> None:
    env = wmi_env(tmp_path, "wmi_desktop_4090_uhd770.json",
                  **{SMI: (0, fixture_text("nvidia_smi_single_4090.csv"))})
    machine = detect_machine(1.0, env=env)
    assert [g.name for g in machine.gpus] == ["NVIDIA GeForce RTX 4090",
                                              "Intel(R) UHD Graphics 770"]
    rtx = machine.gpus[0]
    assert rtx.field_sources["vram_total_bytes"] == "nvidia-smi"  # first source wins
    assert rtx.vram_total_bytes == 24564 * MIB and rtx.power_limit_w == 450.0


def test_windows_hybrid_laptop(tmp_path: Path, catalog: object) -> None:
    machine = detect_machine(1.0, env=wmi_env(tmp_path, "wmi_laptop_780m_4060.json"))
    rtx, radeon = machine.gpus  # the remote display adapter is not a GPU
    assert rtx.gpu_id == "nvidia-rtx-4060-laptop" and rtx.vram_total_bytes == 8 * GIB
    assert radeon.integrated is True and radeon.drives_display is True
    assert radeon.vram_total_bytes == 512 * MIB  # from the REG_BINARY MemorySize


def test_windows_registry_is_matched_by_name_not_position(tmp_path: Path,
                                                          catalog: object) -> None:
    (g,) = detect_machine(1.0, env=wmi_env(tmp_path, "wmi_amd_7900xtx.json")).gpus
    assert g.vram_total_bytes == 25753026560  # not the stale RX 6800 XT key listed first
    assert g.gpu_id == "amd-rx-7900-xtx"


# -- macOS -----------------------------------------------------------------------------------------

def mac_env(tmp_path: Path, fixture: str, memsize: int, wired: tuple[int | None, str] = (
        0, "0\n")) -> object:
    runner = ReplayRunner({
        "system_profiler SPDisplaysDataType -json": (0, fixture_text(fixture)),
        "sysctl -n hw.memsize": (0, f"{memsize}\n"),
        "sysctl -n iogpu.wired_limit_mb": wired,
        "sysctl -n machdep.cpu.brand_string": (0, "Apple M2 Pro\n"),
    })
    return make_env("darwin", tmp_path, runner=runner, tools=["system_profiler", "sysctl"])


def test_apple_m2_pro_usable_memory_is_two_thirds(tmp_path: Path, catalog: object) -> None:
    machine = detect_machine(1.0, env=mac_env(tmp_path, "system_profiler_m2_pro.json",
                                              16 * GIB))
    (g,) = machine.gpus
    assert g.gpu_cores == 19 and g.gpu_id == "apple-m2-pro-19c"
    assert g.unified_memory and g.integrated and g.drives_display
    assert g.vram_total_bytes == pytest.approx(16 * GIB * 2 / 3)
    assert "estimate" in g.field_sources["vram_total_bytes"]
    assert machine.cpu_name == "Apple M2 Pro" and machine.os_name == "macOS"


def test_apple_m3_max_above_36_gib_gets_three_quarters(tmp_path: Path,
                                                       catalog: object) -> None:
    (g,) = detect_machine(1.0, env=mac_env(tmp_path, "system_profiler_m3_max.json",
                                           48 * GIB)).gpus
    assert g.gpu_id == "apple-m3-max-40c"
    assert g.vram_total_bytes == pytest.approx(36 * GIB)
    # The planner sizes work by the spec: it must carry this Mac's limit, not the catalog's.
    assert g.spec is not None and g.spec.usable_memory_bytes == pytest.approx(36 * GIB)


def test_apple_wired_limit_override_wins(tmp_path: Path) -> None:
    env = mac_env(tmp_path, "system_profiler_m3_max.json", 48 * GIB, wired=(0, "40960\n"))
    (g,) = detect_machine(1.0, env=env, matcher=None).gpus
    assert g.vram_total_bytes == 40 * GIB
    assert "wired_limit_mb" in g.field_sources["vram_total_bytes"]


def test_intel_mac_with_amd_dgpu(tmp_path: Path, catalog: object) -> None:
    env = mac_env(tmp_path, "system_profiler_intel_mac_5500m.json", 16 * GIB,
                  wired=(1, "sysctl: unknown oid 'iogpu.wired_limit_mb'\n"))
    radeon, uhd = detect_machine(1.0, env=env).gpus
    assert radeon.name == "AMD Radeon Pro 5500M" and radeon.integrated is False
    assert radeon.vram_total_bytes == 8 * GIB and radeon.pci_id == "1002:7340"
    assert radeon.pcie_width == 16 and radeon.drives_display is True
    assert radeon.gpu_id is None and radeon.match_how == "unknown GPU with 8 GiB"
    assert uhd.name == "Intel UHD Graphics 630" and uhd.integrated is True
    assert uhd.vram_total_bytes == 1536 * MIB and not uhd.unified_memory


# -- probes that fail ----------------------------------------------------------------------------

@pytest.mark.parametrize(("reply", "expected"), [
    ((9, "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."),
     "exited with code 9"),
    ((0, "Segmentation fault\n\x00\x01 garbage"), "not the expected CSV"),
    ((None, ""), "did not answer within 1 s"),
    ((0, ""), "printed no GPU"),
])
def test_nvidia_smi_failures_give_a_reason(tmp_path: Path, reply: tuple[int | None, str],
                                           expected: str) -> None:
    env = make_env("linux", tmp_path, runner=ReplayRunner({SMI: reply}), tools=["nvidia-smi"])
    machine = detect_machine(1.0, env=env)
    assert machine.gpus == ()
    assert expected in machine.reason and "No discrete GPU was found" in machine.reason


@pytest.mark.parametrize(("system", "rule", "tool", "text"), [
    ("windows", "powershell", "powershell", "{\"cim\": [ {\"Name\": "),
    ("windows", "powershell", "powershell", "Get-CimInstance : Access denied"),
    ("darwin", "system_profiler", "system_profiler", "<?xml version=\"1.0\"?><plist>"),
    ("darwin", "system_profiler", "system_profiler", "{\"SPHardwareDataType\": []}"),
])
def test_garbage_from_os_tools_gives_a_reason(tmp_path: Path, system: str, rule: str,
                                              tool: str, text: str) -> None:
    env = make_env(system, tmp_path, runner=ReplayRunner({rule: (0, text)}),
                   tools=[tool, "sysctl"])
    machine = detect_machine(1.0, env=env)
    assert machine.gpus == () and machine.reason.startswith("No discrete GPU was found")
    assert "JSON" in machine.reason


@pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX shell script as the tool")
def test_a_hung_nvidia_smi_is_stopped(tmp_path: Path) -> None:
    """A real process that never answers: detection returns soon after the timeout."""
    import time

    from core.hardware.run import run_command

    script = tmp_path / "nvidia-smi"
    script.write_text("#!/bin/sh\nsleep 30\n")
    script.chmod(0o755)
    env = make_env("linux", tmp_path, runner=None, tools=[])
    env = type(env)(**{**env.__dict__, "runner": run_command,
                       "which": lambda n: str(script) if n == "nvidia-smi" else None})
    start = time.monotonic()
    machine = detect_machine(0.5, env=env, matcher=None)
    assert time.monotonic() - start < 5
    assert "did not answer within 0.5 s" in machine.reason


def test_a_hung_nvml_is_abandoned(tmp_path: Path) -> None:
    import threading

    release = threading.Event()

    class Hung:
        def nvmlInit(self) -> None:
            release.wait(10)

    env = make_env("linux", tmp_path, nvml=Hung)
    try:
        machine = detect_machine(0.3, env=env, matcher=None)
    finally:
        release.set()
    assert "nvml did not answer within 0.3 s" in machine.reason


def test_detection_never_raises(tmp_path: Path) -> None:
    def exploding_runner(argv: object, timeout_s: float) -> object:
        raise RuntimeError("boom")

    def exploding_matcher(gpu: object) -> object:
        raise RuntimeError("catalog broken")

    amd_desktop_tree(tmp_path)
    env = make_env("linux", tmp_path, tools=["lspci", "nvidia-smi"])
    env = type(env)(**{**env.__dict__, "runner": exploding_runner,
                       "load_psutil": lambda: 1 / 0})
    machine = detect_machine(1.0, env=env, matcher=exploding_matcher)  # type: ignore[arg-type]
    assert len(machine.gpus) == 2  # sysfs still answered
    assert machine.gpus[0].match_how.startswith("not matched: RuntimeError")
    assert "failed unexpectedly" in probe(machine, "lspci")
    assert machine.ram_bytes is None and machine.cpu_name


def test_cpu_and_ram_on_linux(tmp_path: Path) -> None:
    (tmp_path / "proc").mkdir()
    (tmp_path / "proc" / "cpuinfo").write_text(
        "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 97\n"
        "model name\t: AMD Ryzen 9 7950X 16-Core Processor\n")
    env = make_env("linux", tmp_path, psutil=FakePsutil(cores=16, threads=32, ram_gib=64))
    machine = detect_machine(1.0, env=env, matcher=None)
    assert machine.cpu_name == "AMD Ryzen 9 7950X 16-Core Processor"
    assert (machine.cpu_cores, machine.cpu_threads, machine.ram_bytes) == (16, 32, 64 * GIB)
    assert machine.os_name == "Linux"


def test_a_slow_nvml_still_wins_over_the_nvidia_smi_started_beside_it(tmp_path: Path) -> None:
    """NVML answering after its grace: nvidia-smi was started in case NVML hangs, but NVML's
    fuller answer is the one used, and the fallback's is left out of the report."""
    import time

    from core.hardware.detect import nvml_grace

    timeout = 2.0
    real = nvml_from("nvml_h100_sxm_x2.json")

    def slow() -> object:
        fake = real()
        init = fake.nvmlInit

        def late_init() -> None:
            time.sleep(nvml_grace(timeout) + 0.3)
            init()

        fake.nvmlInit = late_init
        return fake

    runner = smi_runner("nvidia_smi_single_4090.csv")
    env = make_env("linux", tmp_path, runner=runner, nvml=slow, tools=["nvidia-smi"])
    machine = detect_machine(timeout, env=env, matcher=None)
    assert any("nvidia-smi" in c[0] for c in runner.calls)  # started beside the slow NVML
    assert [g.name for g in machine.gpus] == ["NVIDIA H100 80GB HBM3"] * 2
    assert [r.probe for r in machine.probe_log if r.probe.startswith("nv")] == ["nvml"]


# -- an integrated GPU a tool names generically: its processor says which ----------------------

@pytest.mark.parametrize(("printed", "vendor", "cpu", "expected"), [
    # Windows names Meteor Lake's 7 and 8 Xe-core GPUs alike
    ("Intel(R) Arc(TM) Graphics", "intel", "Intel(R) Core(TM) Ultra 7 155H",
     "intel-arc-graphics-mtl-8xe"),
    ("Intel(R) Arc(TM) Graphics", "intel", "Intel(R) Core(TM) Ultra 5 125H",
     "intel-arc-graphics-mtl-7xe"),
    # older AMD drivers print no model; AMD's processor names carry it
    ("AMD Radeon(TM) Graphics", "amd", "AMD Ryzen 7 8845HS w/ Radeon 780M Graphics",
     "amd-radeon-780m"),
    # a processor with no integrated GPU of the card's vendor leaves it unknown
    ("AMD Radeon(TM) Graphics", "amd", "AMD Ryzen 9 7950X 16-Core Processor", None),
    ("Intel(R) Arc(TM) Graphics", "intel", "AMD Ryzen 7 8845HS w/ Radeon 780M Graphics", None),
])
def test_an_integrated_gpu_named_generically_is_its_processors(
        printed: str, vendor: str, cpu: str, expected: str | None) -> None:
    from core.hardware.detect import _match, default_matcher
    from core.schema.hardware import DetectedGpu

    # Windows reports an iGPU's small dedicated share as its VRAM: it tells no chip apart
    detected = DetectedGpu(name=printed, vendor=vendor, integrated=True,  # type: ignore[arg-type]
                           vram_total_bytes=512 * MIB)
    (gpu,) = _match([detected], default_matcher, None, cpu)
    assert gpu.gpu_id == expected
    if expected is None:
        assert "unknown" in gpu.match_how or "ambiguous" in gpu.match_how
    else:
        assert "processor" in gpu.match_how and not gpu.match_exact


def test_a_discrete_card_is_never_read_from_the_processor() -> None:
    from core.hardware.detect import _match, default_matcher
    from core.schema.hardware import DetectedGpu

    detected = DetectedGpu(name="Mystery GPU 9000", vendor="intel", integrated=False,
                           vram_total_bytes=8 * GIB)
    (gpu,) = _match([detected], default_matcher, None, "Intel(R) Core(TM) Ultra 7 155H")
    assert gpu.gpu_id is None
