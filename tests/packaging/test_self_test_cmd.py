"""`rigsizer --self-test`: 0 on a good install, a named failing check on a broken one, and never
a traceback. Run as whole processes, as users and the frozen bundle's smoke test run it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import self_test

ROOT = Path(__file__).resolve().parents[2]


def _run_self_test(env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, "-m", "app.cli", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240, check=False)


def _check_lines(stdout: str) -> dict[str, str]:
    """{check name: whole line} for the 'ok  name: ...' / 'FAIL name: ...' lines."""
    lines = {}
    for line in stdout.splitlines():
        if line.startswith(("ok   ", "FAIL ")):
            name = line[5:].split(":", 1)[0]
            lines[name] = line
    return lines


def test_self_test_passes_on_this_checkout() -> None:
    proc = _run_self_test({})
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = _check_lines(proc.stdout)
    assert {"GPU catalog", "estimate", "plan", "hardware detection"} <= set(lines)
    assert all(line.startswith("ok") for line in lines.values())
    assert proc.stdout.rstrip().splitlines()[-1].startswith("self-test passed")


def test_self_test_names_a_broken_catalog_file(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(ROOT / "assets", assets)
    gpu_files = sorted((assets / "catalogs" / "gpus").glob("*.toml"))
    assert gpu_files, "the shipped GPU catalog has no files to break"
    broken = gpu_files[0]
    broken.write_text(broken.read_text(encoding="utf-8") + "\n[[gpu]]\nid = 'half-an-entry'\n",
                      encoding="utf-8")
    proc = _run_self_test({"RIGSIZER_ASSETS": str(assets)})
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out
    line = _check_lines(proc.stdout)["GPU catalog"]
    assert line.startswith("FAIL")
    assert broken.name in line
    assert "half-an-entry" in line or "#" in line  # the entry is named
    summary = proc.stdout.rstrip().splitlines()[-1]
    assert summary.startswith("self-test FAILED") and "GPU catalog" in summary


def test_every_kind_of_failure_becomes_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def ok() -> str:
        return "fine"

    def missing() -> str:
        raise self_test.Unavailable("performance model not available: No module named 'x'")

    def crash() -> str:
        return str(1 / 0)

    def bad_file() -> str:
        raise ValueError("gpus/a.toml: entry 'x': key 'tdp_w' must be a number")

    monkeypatch.setattr(self_test.SelfTest, "checks", lambda s: [
        ("first", ok), ("second", missing), ("third", crash), ("fourth", bad_file)])
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("ok   first: fine")
    assert lines[2].startswith("FAIL second: performance model not available: No module")
    assert lines[3].startswith("FAIL third: failed: ZeroDivisionError: division by zero")
    assert lines[4].startswith("FAIL fourth: failed: gpus/a.toml: entry 'x'")
    assert lines[5].startswith("self-test FAILED: 3 of 4 checks (second, third, fourth)")
    assert len(lines) == 6


def test_all_passing_checks_exit_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_test.SelfTest, "checks", lambda s: [("only", lambda: "fine")])
    out = io.StringIO()
    assert self_test.run_self_test(out) == 0
    assert out.getvalue().splitlines()[-1].startswith("self-test passed: 1 checks")


def test_kernel_source_check_fails_for_a_module_without_a_source_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What a bundle with kernels frozen into the archive looks like to the check."""
    import core.kernels

    names = [m.name for m in __import__("pkgutil").iter_modules(core.kernels.__path__)
             if not m.name.startswith("_")]
    if not names:
        pytest.skip("core/kernels has no kernel module yet")
    module = __import__(f"core.kernels.{names[0]}", fromlist=["_"])
    monkeypatch.setattr(module, "__file__", "core/kernels/x.pyc")
    with pytest.raises(self_test.CheckFailed, match=f"core.kernels.{names[0]}"):
        self_test.SelfTest().kernel_sources()
