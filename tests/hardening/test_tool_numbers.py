"""A broken tool's "nan" or "inf" costs one field, not the probe (issue 17, item 14): `nan` in
one nvidia-smi field made to_int raise, so the whole probe failed and a valid second GPU was
lost with it; `inf` VRAM was accepted and `detect --json` printed `Infinity`, which is not
JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from core.hardware._common import to_float, to_int
from core.hardware.detect import detect_machine
from core.hardware.machine import machine_to_dict
from core.hardware.run import run_command
from tests.core.hardware.hwfakes import make_env

pytestmark = [pytest.mark.timeout(60),
              pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script as tool")]

# index, uuid, name, bus id, device id, memory.total, memory.free, driver, power limit,
# max SM clock, max memory clock, PCIe gen, PCIe width, display active
ROWS = (
    "0, GPU-a, NVIDIA GeForce RTX 3060, 00000000:01:00.0, 0x250310DE, 12288, 11000, 550.54, "
    "170.00, 1900, 7501, nan, 16, Disabled\n"
    "1, GPU-b, NVIDIA GeForce RTX 4090, 00000000:02:00.0, 0x268410DE, inf, 20000, 550.54, "
    "NaN, 2520, 10501, 4, 16, Enabled\n"
)


def test_nan_and_inf_from_nvidia_smi(tmp_path: Path) -> None:
    data = tmp_path / "rows.csv"
    data.write_text(ROWS)
    tool = tmp_path / "nvidia-smi"
    tool.write_text(f"#!/bin/sh\ncat {data}\n")
    tool.chmod(0o755)
    base = make_env("linux", tmp_path)
    env = type(base)(**{**base.__dict__, "runner": run_command,
                        "which": lambda n: str(tool) if n == "nvidia-smi" else None})
    machine = detect_machine(10.0, env=env, matcher=None)
    by_name = {g.name: g for g in machine.gpus}
    assert set(by_name) == {"NVIDIA GeForce RTX 3060", "NVIDIA GeForce RTX 4090"}, machine.reason
    first, second = by_name["NVIDIA GeForce RTX 3060"], by_name["NVIDIA GeForce RTX 4090"]
    assert first.pcie_gen is None and first.pcie_width == 16  # only the nan field is lost
    assert first.vram_total_bytes == 12288 * 2**20
    assert second.vram_total_bytes is None and second.power_limit_w is None
    assert second.pcie_gen == 4
    text = json.dumps(machine_to_dict(machine), allow_nan=False)  # no NaN, no Infinity
    assert "Infinity" not in text and "NaN" not in text


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "Infinity", "1e999", float("nan")])
def test_non_finite_numbers_are_not_numbers(text: object) -> None:
    assert to_float(text) is None and to_int(text) is None
