"""Probe tools are bounded in memory and time and leave nothing running (issue 17, items 3, 10
and part of 14). Each tool is a small shell script in tmp_path standing in for nvidia-smi."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.hardware.detect import detect_machine
from core.hardware.run import MAX_OUTPUT_BYTES, MAX_OUTPUT_CHARS, run_command
from tests.core.hardware.hwfakes import make_env

pytestmark = [pytest.mark.timeout(60),
              pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts as tools")]

ROOT = Path(__file__).resolve().parents[2]


def _tool(folder: Path, name: str, body: str) -> str:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return str(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead but not yet reaped by its parent (init, here): not "left running"
    with contextlib.suppress(OSError):
        return " Z " not in Path(f"/proc/{pid}/stat").read_text().split(")", 1)[1][:4]
    return True


def _wait_for_pids(pidfile: Path, count: int) -> list[int]:
    for _ in range(200):
        if pidfile.exists():
            pids = [int(x) for x in pidfile.read_text().split()]
            if len(pids) >= count:
                return pids
        time.sleep(0.02)
    raise AssertionError(f"the fake tool did not start: {pidfile}")


def _kill_all(pids: list[int]) -> None:
    for pid in pids:  # ours: stop them by id if the code under test did not
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


FLOOD = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), resource.RLIM_INFINITY))
from core.hardware.run import run_command
start = time.monotonic()
result = run_command([sys.argv[1]], 30.0)
print(len(result.stdout), round(time.monotonic() - start, 1), result.error)
"""


def test_a_flooding_tool_is_read_with_a_cap_and_stopped(tmp_path: Path) -> None:
    """`yes` as nvidia-smi: the old runner read it all into memory until the timeout (gigabytes);
    now the output is capped as it is read and the tool is stopped at the cap. The child Python
    gets a 512 MB address space: reading without a cap would end in MemoryError."""
    tool = _tool(tmp_path, "nvidia-smi", "exec yes 'GPU 0: NVIDIA GeForce RTX 3060'\n")
    done = subprocess.run([sys.executable, "-c", FLOOD, tool, str(512 * 2**20)],
                          env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr
    size, seconds, error = done.stdout.split(" ", 2)
    assert int(size) == min(MAX_OUTPUT_BYTES, MAX_OUTPUT_CHARS)
    assert float(seconds) < 10  # stopped at the cap, not at the 30 s timeout
    assert "printed more than" in error and "was stopped" in error


def test_a_background_child_holding_stdout_keeps_the_output(tmp_path: Path) -> None:
    """The tool prints its answer and exits 0, but a child it left in the background keeps
    stdout open: the answer counts (it used to be lost as a timeout), the child is stopped."""
    pidfile = tmp_path / "pids"
    tool = _tool(tmp_path, "nvidia-smi",
                 f"sleep 30 &\necho $! >> {pidfile}\necho 'the answer'\nexit 0\n")
    start = time.monotonic()
    result = run_command([tool], 10.0)
    took = time.monotonic() - start
    pids = _wait_for_pids(pidfile, 1)
    try:
        assert result.ok, result.error
        assert result.stdout == "the answer\n" and result.returncode == 0
        assert took < 5
        time.sleep(0.2)
        assert not _alive(pids[0])  # the background child was stopped
    finally:
        _kill_all(pids)


@pytest.mark.parametrize("timeout", [1e308, float("inf")])
def test_a_huge_timeout_is_bounded(tmp_path: Path, timeout: float) -> None:
    """A timeout of 1e308 (or inf) overflowed the clock arithmetic: detection failed with
    OverflowError while its probe threads left their tools running. Now it is capped."""
    tool = _tool(tmp_path, "nvidia-smi", "echo 'no devices were found'\nexit 6\n")
    base = make_env("linux", tmp_path)
    env = type(base)(**{**base.__dict__, "runner": run_command,
                        "which": lambda n: tool if n == "nvidia-smi" else None})
    machine = detect_machine(timeout, env=env, matcher=None)
    assert "unexpectedly" not in machine.reason, machine.reason
    assert "nvidia-smi exited with code 6: no devices were found" in machine.reason
    assert run_command([tool], timeout).returncode == 6


CTRL_C = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tests.core.hardware.hwfakes import make_env
from core.hardware.run import run_command
from core.hardware.detect import detect_machine
tool = sys.argv[1]
base = make_env("linux", Path(sys.argv[3]))
env = type(base)(**{**base.__dict__, "runner": run_command,
                    "which": lambda n: tool if n == "nvidia-smi" else None})
print("detecting", flush=True)
try:
    detect_machine(float(sys.argv[4]), env=env, matcher=None)
except KeyboardInterrupt:
    print("interrupted", flush=True)
    sys.exit(130)
print("returned", flush=True)
"""


@pytest.mark.parametrize("timeout", ["20", "1e308"])
def test_ctrl_c_during_detection_leaves_no_tool_running(tmp_path: Path, timeout: str) -> None:
    pidfile = tmp_path / "pids"
    tool = _tool(tmp_path, "nvidia-smi",
                 f"sleep 60 &\necho $! >> {pidfile}\necho $$ >> {pidfile}\nwait\n")
    proc = subprocess.Popen([sys.executable, "-c", CTRL_C, tool, str(ROOT), str(tmp_path),
                             timeout], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    pids: list[int] = []
    try:
        pids = _wait_for_pids(pidfile, 2)  # the tool and its child are running
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        assert "interrupted" in out, (out, err)
        time.sleep(0.2)
        assert [p for p in pids if _alive(p)] == []  # the tool's group was killed
    finally:
        proc.kill()
        _kill_all(pids)
