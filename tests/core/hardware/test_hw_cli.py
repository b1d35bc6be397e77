"""`rigsizer detect` on this machine: text, --json and --diagnostics, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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
    assert "--- diagnostics" in out and "[cpu] ok" in out
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
