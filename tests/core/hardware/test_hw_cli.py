"""`rigsizer detect` on this machine: text, --json and --diagnostics, never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hwfakes import ReplayRunner, fixture_text, make_env

from app import cli


def test_detect_json_reports_cpu_ram_and_why_no_gpu(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["detect", "--json", "--timeout", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cpu_name"] and data["ram_bytes"] > 0 and data["cpu_threads"] >= 1
    assert data["os_name"]
    assert {r["probe"] for r in data["probe_log"]} >= {"cpu"}
    if not data["gpus"]:  # a machine without a GPU (like the build machine) says why
        assert "No discrete GPU was found" in data["reason"] or "integrated" in data["reason"]
    for gpu in data["gpus"]:
        assert gpu["name"] and gpu["match_how"]


def test_detect_text_and_diagnostics(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["detect", "--diagnostics"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CPU: ") and "\nRAM: " in out and "\nOS:  " in out
    assert "--- RigSizer hardware diagnostics" in out and "[cpu] ok" in out
    if "GPU: none found." in out:
        assert "Note: No discrete GPU was found" in out


def test_bad_timeout_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["detect", "--timeout", "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rigsizer: error: --timeout must be a positive")
    assert "Traceback" not in err


def test_detect_runs_as_a_process() -> None:
    proc = subprocess.run([sys.executable, "-m", "app.cli", "detect", "--json"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "cpu_name" in json.loads(proc.stdout)


def test_text_shows_each_gpu_its_match_and_a_tip_for_unknown_cards(
        tmp_path: Path, catalog: object) -> None:
    from app.commands.detect import write_text
    from core.hardware.detect import detect_machine

    runner = ReplayRunner({
        "system_profiler": (0, fixture_text("system_profiler_intel_mac_5500m.json")),
        "hw.memsize": (0, str(16 * 2**30)),
    })
    env = make_env("darwin", tmp_path, runner=runner, tools=["system_profiler", "sysctl"])
    out = io.StringIO()
    write_text(detect_machine(1.0, env=env), out)
    text = out.getvalue()
    assert "GPU 1: AMD Radeon Pro 5500M [discrete, drives a display]" in text
    assert "8.0 GiB VRAM" in text and "PCIe ? x16" in text
    assert "catalog: not in the catalog: unknown GPU with 8 GiB" in text
    assert "GPU 2: Intel UHD Graphics 630 [integrated]" in text
    assert "Tip: to plan with a card detection could not identify" in text
