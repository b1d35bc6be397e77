"""Detection with hung probes returns in bounded time with a reason (issue 8).

tests/core/hardware/test_hw_detect.py already stops one hung nvidia-smi and abandons a hung
NVML. Added here: every external probe of each OS hung at once, a tool whose grandchild keeps
the output pipe open after the tool is killed, and a tool flooding its output. Each probe is
limited to the timeout (core.hardware.detect's contract) and the probes run side by side, so
everything hung costs about one timeout (nvidia-smi starts after NVML's grace), not one per
probe.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from core.hardware.detect import ProbeEnv, detect_machine, nvml_grace
from core.hardware.run import MAX_OUTPUT_CHARS, CommandResult, run_command
from tests.core.hardware.hwfakes import make_env

pytestmark = [pytest.mark.timeout(120),
              pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts as tools")]

TIMEOUT = 0.4
SLACK = 3.0  # process start-up and kill on a loaded 2-core machine


def _tool(folder: Path, name: str, body: str) -> str:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return str(path)


def _with(env: ProbeEnv, **changes: object) -> ProbeEnv:
    return type(env)(**{**env.__dict__, **changes})


def test_every_linux_probe_hung_at_once(tmp_path: Path) -> None:
    timeout = 1.5  # long enough that probes one after another (>= 4.5 s) fail the bound
    release = threading.Event()

    class HungNvml:
        def nvmlInit(self) -> None:
            release.wait(20)

    tools = {n: _tool(tmp_path, n, "sleep 30\n") for n in ("nvidia-smi", "lspci")}
    env = _with(make_env("linux", tmp_path, nvml=HungNvml), runner=run_command,
                which=tools.get)
    start = time.monotonic()
    try:
        machine = detect_machine(timeout, env=env, matcher=None)
    finally:
        release.set()
    took = time.monotonic() - start
    # side by side: nvidia-smi starts nvml_grace after NVML; lspci and the CPU from the start
    assert took < timeout + nvml_grace(timeout) + 1.5, took
    assert machine.gpus == ()
    for probe in ("nvml", "nvidia-smi", "lspci"):
        assert f"{probe} did not answer within {timeout:g} s" in machine.reason, machine.reason


class SleepyRunner:
    """A runner whose every command hangs until its timeout (what run_command reports)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, argv: Sequence[str], timeout_s: float) -> CommandResult:
        self.calls.append(Path(argv[0]).name)
        time.sleep(timeout_s)
        return CommandResult(" ".join(argv), None, "", "",
                             f"{argv[0]} did not answer within {timeout_s:g} s and was stopped",
                             timeout_s)


@pytest.mark.parametrize(("system", "tools"), [
    ("linux", ["nvidia-smi", "lspci"]),
    ("windows", ["nvidia-smi", "powershell"]),
    ("darwin", ["system_profiler", "sysctl"]),
])
def test_each_os_with_every_command_hung(system: str, tools: list[str], tmp_path: Path) -> None:
    runner = SleepyRunner()
    env = _with(make_env(system, tmp_path, tools=tools), runner=runner)
    start = time.monotonic()
    machine = detect_machine(TIMEOUT, env=env, matcher=None)
    took = time.monotonic() - start
    assert runner.calls  # the hung commands were really tried
    assert took < len(runner.calls) * TIMEOUT + SLACK, (took, runner.calls)
    assert machine.gpus == ()
    assert "did not answer" in machine.reason and "\n" not in machine.reason
    gpu_probes = [r for r in machine.probe_log if r.probe != "cpu"]
    assert gpu_probes and not any(r.ok for r in gpu_probes)


def test_a_grandchild_holding_the_pipe_does_not_hold_detection(tmp_path: Path) -> None:
    """The tool is killed at the timeout, but a daemon it started in its own session keeps
    stdout open: detection still returns (after run_command's 2 s grace)."""
    pidfile = tmp_path / "grandchild.pid"
    tool = _tool(tmp_path, "nvidia-smi",
                 f"setsid sh -c 'echo $$ > {pidfile}; exec sleep 30' &\nsleep 30\n")
    env = _with(make_env("linux", tmp_path, tools=[]), runner=run_command,
                which=lambda n: tool if n == "nvidia-smi" else None)
    start = time.monotonic()
    try:
        machine = detect_machine(TIMEOUT, env=env, matcher=None)
        took = time.monotonic() - start
    finally:
        for _ in range(50):  # the grandchild is ours: stop it by its id
            if pidfile.exists() and pidfile.read_text().strip():
                break
            time.sleep(0.05)
        if pidfile.exists() and pidfile.read_text().strip():
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pidfile.read_text()), signal.SIGKILL)
    assert took < TIMEOUT + 2.0 + SLACK, took
    assert "nvidia-smi did not answer" in machine.reason


def test_a_flood_of_output_is_cut_and_bounded(tmp_path: Path) -> None:
    tool = _tool(tmp_path, "lspci", "head -c 30000000 /dev/zero | tr '\\0' 'x'\n")
    start = time.monotonic()
    result = run_command([tool], timeout_s=10.0)
    assert time.monotonic() - start < 10.0 + SLACK
    assert len(result.stdout) <= MAX_OUTPUT_CHARS
    env = _with(make_env("linux", tmp_path, tools=[]), runner=run_command,
                which=lambda n: tool if n == "lspci" else None)
    machine = detect_machine(10.0, env=env, matcher=None)
    assert machine.gpus == () and machine.reason
