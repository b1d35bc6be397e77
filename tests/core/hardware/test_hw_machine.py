"""Hand-built machines, the JSON form, the subprocess runner and the CPU/OS parsers."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from hwfakes import CATALOG, ReplayRunner, fixture_text, make_env

from core.hardware.detect import detect_machine
from core.hardware.machine import (
    add_gpu,
    machine_from_dict,
    machine_from_gpu_ids,
    machine_to_dict,
    remove_gpu,
    with_gpu_override,
    with_ram,
)
from core.hardware.probe_cpu import cpu_name_from_cpuinfo, ram_from_meminfo, windows_version
from core.hardware.probe_macos import apple_working_set
from core.hardware.probe_windows import registry_bytes
from core.hardware.run import run_command
from core.units import GIB


def test_machine_from_ids_and_names() -> None:
    m = machine_from_gpu_ids(["nvidia-rtx-4090", "nvidia-rtx-4090", "RTX 4070S"], ram_gib=64,
                             cpu="Ryzen 9 7950X", catalog=CATALOG)
    assert [g.gpu_id for g in m.gpus] == ["nvidia-rtx-4090", "nvidia-rtx-4090",
                                          "nvidia-rtx-4070-super"]
    g = m.gpus[0]
    assert g.vram_total_bytes == 24 * GIB and g.spec is not None and g.match_exact
    assert g.field_sources["vram_total_bytes"] == "user" and g.match_how == "chosen by hand"
    assert m.ram_bytes == 64 * GIB and m.hand_edited and m.cpu_name == "Ryzen 9 7950X"


def test_apple_by_hand_is_unified_memory() -> None:
    (g,) = machine_from_gpu_ids(["apple-m3-max-40c"], catalog=CATALOG).gpus
    assert g.unified_memory and g.integrated and g.gpu_cores == 40


def test_unknown_gpu_id_is_a_one_line_error(catalog: object) -> None:
    with pytest.raises(ValueError, match="unknown GPU 'nvidia-rtx-9999'") as info:
        machine_from_gpu_ids(["nvidia-rtx-9999"], catalog=CATALOG)
    assert "\n" not in str(info.value)
    with pytest.raises(ValueError, match="RAM must be a positive"):
        machine_from_gpu_ids([], ram_gib=0, catalog=CATALOG)


def test_override_add_remove(tmp_path: Path) -> None:
    runner = ReplayRunner({"nvidia-smi": (0, fixture_text("nvidia_smi_laptop_4060.csv"))})
    detected = detect_machine(1.0, env=make_env("linux", tmp_path, runner=runner,
                                                tools=["nvidia-smi"]), matcher=None)
    assert not detected.hand_edited and detected.gpus[0].gpu_id is None
    fixed = with_gpu_override(detected, "nvidia-rtx-4060-laptop", catalog=CATALOG)
    assert [g.gpu_id for g in fixed.gpus] == ["nvidia-rtx-4060-laptop"] and fixed.hand_edited
    assert fixed.cpu_name == detected.cpu_name  # the rest of the machine is kept
    more = add_gpu(fixed, "nvidia-rtx-3090", catalog=CATALOG)
    assert [g.gpu_id for g in more.gpus] == ["nvidia-rtx-4060-laptop", "nvidia-rtx-3090"]
    fewer = remove_gpu(more, 0)
    assert [g.gpu_id for g in fewer.gpus] == ["nvidia-rtx-3090"]
    empty = remove_gpu(fewer, 0)
    assert empty.gpus == () and empty.reason
    with pytest.raises(ValueError, match="no GPU number 2"):
        remove_gpu(fewer, 1)
    added = with_gpu_override(empty, "nvidia-rtx-4090", catalog=CATALOG)
    assert [g.gpu_id for g in added.gpus] == ["nvidia-rtx-4090"]
    assert with_ram(added, 32).ram_bytes == 32 * GIB


def test_json_round_trip(catalog: object) -> None:
    m = machine_from_gpu_ids(["amd-rx-7900-xtx"], ram_gib=32, catalog=CATALOG)
    data = json.loads(json.dumps(machine_to_dict(m)))
    assert data["gpus"][0]["spec"] == {"id": "amd-rx-7900-xtx", "name": "Radeon RX 7900 XTX",
                                       "origin": "catalog"}
    again = machine_from_dict(data, catalog=CATALOG)
    assert again.gpus[0].spec is not None and again.gpus[0].gpu_id == "amd-rx-7900-xtx"
    assert again.ram_bytes == m.ram_bytes and again.hand_edited
    gone = machine_from_dict(data, catalog=CATALOG[:3])
    assert gone.gpus[0].gpu_id is None and gone.gpus[0].name == "Radeon RX 7900 XTX"


def test_diagnostics_carry_raw_outputs(tmp_path: Path) -> None:
    text = fixture_text("nvidia_smi_single_4090.csv")
    runner = ReplayRunner({"nvidia-smi": (0, text)})
    m = detect_machine(1.0, env=make_env("linux", tmp_path, runner=runner,
                                         tools=["nvidia-smi"]), matcher=None)
    plain = machine_to_dict(m)
    full = machine_to_dict(m, diagnostics=True)
    smi = next(r for r in full["probe_log"] if r["probe"] == "nvidia-smi")
    assert text.strip() in smi["output"] and "--query-gpu=" in smi["command"]
    assert all("output" not in r for r in plain["probe_log"])


# -- subprocess runner ----------------------------------------------------------------------------

def test_run_command_output_exit_codes_and_missing_tools() -> None:
    ok = run_command([sys.executable, "-c", "print('hello')"], 30)
    assert ok.ok and ok.stdout.strip() == "hello" and ok.returncode == 0
    bad = run_command([sys.executable, "-c", "import sys; sys.stderr.write('no driver'); "
                       "sys.exit(9)"], 30)
    assert not bad.ok and bad.returncode == 9 and bad.error is not None
    assert "exited with code 9: no driver" in bad.error
    missing = run_command(["/nonexistent/nvidia-smi"], 30)
    assert missing.error == "/nonexistent/nvidia-smi is not installed (not found)"


@pytest.mark.skipif(sys.platform == "win32", reason="uses /bin/sh")
def test_run_command_kills_a_hung_tool_and_its_children() -> None:
    # The child's own child keeps stdout open; only killing the group lets us return.
    start = time.monotonic()
    result = run_command(["/bin/sh", "-c", "sleep 30 & sleep 30"], 0.5)
    assert time.monotonic() - start < 5
    assert result.returncode is None and "did not answer within 0.5 s" in (result.error or "")


# -- small parsers ----------------------------------------------------------------------------

def test_cpu_and_memory_parsers() -> None:
    arm = "processor\t: 0\nBogoMIPS\t: 48.00\n\nHardware\t: BCM2835\nModel\t\t: " \
          "Raspberry Pi 5 Model B Rev 1.0\n"
    assert cpu_name_from_cpuinfo(arm) == "Raspberry Pi 5 Model B Rev 1.0"
    assert cpu_name_from_cpuinfo("garbage without colons") == ""
    assert ram_from_meminfo("MemTotal:       32768000 kB\nMemFree: 1 kB\n") == 32768000 * 1024
    assert ram_from_meminfo("nothing") is None
    assert windows_version("10", "10.0.22631") == "11 (build 22631)"
    assert windows_version("10", "10.0.19045") == "10 (build 19045)"


def test_apple_working_set_rule() -> None:
    assert apple_working_set(36 * GIB)[0] == pytest.approx(24 * GIB)  # 2/3 at 36 GiB
    assert apple_working_set(64 * GIB)[0] == pytest.approx(48 * GIB)  # 3/4 above
    usable, how = apple_working_set(16 * GIB, wired_limit_mb=14336)
    assert usable == 14 * GIB and "override" in how


def test_registry_sizes() -> None:
    assert registry_bytes(25769803776) == 24 * GIB  # REG_QWORD
    assert registry_bytes([0, 0, 0, 32]) == 512 * 2**20  # REG_BINARY, little-endian
    assert registry_bytes(None) is None and registry_bytes("24 GB") is None
    assert registry_bytes(True) is None


def test_apple_gpu_is_sized_to_the_ram_entered() -> None:
    """An M2 Pro with 32 GiB can give its GPU ~2/3 of it, not the catalog's 16 GiB config."""
    small = machine_from_gpu_ids(["apple-m2-pro-19c"], ram_gib=16)
    big = machine_from_gpu_ids(["apple-m2-pro-19c"], ram_gib=32)
    small_spec, big_spec = small.gpus[0].spec, big.gpus[0].spec
    assert small_spec is not None and big_spec is not None
    assert big_spec.usable_memory_bytes == pytest.approx(32 * GIB * 2 / 3)
    assert small_spec.usable_memory_bytes == pytest.approx(16 * GIB * 2 / 3)
    assert big.gpus[0].vram_total_bytes == big_spec.usable_memory_bytes
    # Above 36 GiB macOS lets the GPU wire about 3/4.
    huge = with_ram(machine_from_gpu_ids(["apple-m3-max-40c"]), 128)
    assert huge.gpus[0].spec is not None
    assert huge.gpus[0].spec.usable_memory_bytes == pytest.approx(96 * GIB)


def test_discrete_gpu_memory_ignores_system_ram() -> None:
    m = machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=64)
    assert m.gpus[0].spec is not None
    assert m.gpus[0].spec.usable_memory_bytes == pytest.approx(12 * GIB)
