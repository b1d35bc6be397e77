"""Run an external tool with a hard timeout and never raise.

A hung driver makes `nvidia-smi` or `system_profiler` block forever; a tool may be missing,
print garbage, or print without end. Every probe goes through a `Runner` so the app cannot hang
on one, and so tests can feed recorded outputs into the real parsing code.

What `run_command` guarantees: it returns within about `timeout_s` (plus a second or two to stop
the tool); it holds at most MAX_OUTPUT_BYTES of each stream in memory (the output is capped while
it is read, and a tool that prints more is stopped); and it leaves no process behind on any way
out, Ctrl+C included: the tool runs in its own process group, which is killed whenever the tool
is still running or has left a background child holding its output open.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Protocol

from core.hardware import wording as say
from core.schema.message import Message

# Output beyond this is cut: diagnostics must stay pasteable into a bug report.
MAX_OUTPUT_CHARS = 200_000
# What is kept of each stream while it is read (UTF-8 takes up to 4 bytes a character); a tool
# that prints more is stopped: no probe's real output comes near it.
MAX_OUTPUT_BYTES = 4 * MAX_OUTPUT_CHARS
# The longest a tool may run, whatever timeout is asked for (a timeout of 1e308 or inf would
# overflow the clock arithmetic and leave the tool running).
MAX_TIMEOUT_S = 3600.0
# After the tool exits, how long a child it left in the background may keep its output open
# before that child is stopped and the output taken as it is.
EXIT_GRACE_S = 0.5
_CHUNK = 65536


@dataclass(frozen=True, slots=True)
class CommandResult:
    """What a command did. `error` is None when it ran and exited 0; otherwise a plain
    sentence (missing, timed out, exit code). `stdout` holds whatever it printed."""

    command: str
    returncode: int | None
    stdout: str
    stderr: str
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.error is None


class Runner(Protocol):
    def __call__(self, argv: Sequence[str], timeout_s: float) -> CommandResult: ...


def bounded_timeout(timeout_s: float) -> float:
    """`timeout_s` as a number of seconds the clock can handle: NaN and negatives are 0, and
    anything over MAX_TIMEOUT_S (inf, 1e308) is MAX_TIMEOUT_S."""
    if not timeout_s > 0:
        return 0.0
    return min(float(timeout_s), MAX_TIMEOUT_S)


# Tools running now, so that a Ctrl+C in the main thread, while probes run in worker threads,
# can still stop them (stop_running_tools), and so can the interpreter's exit.
_running: set[subprocess.Popen[bytes]] = set()
_running_lock = threading.Lock()


def _kill(proc: subprocess.Popen[bytes]) -> None:
    # The tool may have started children that keep the pipes open; on POSIX it runs in its own
    # session, so killing the group stops them too (the group outlives its leader while any
    # member is alive).
    try:
        if sys.platform != "win32":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass


def stop_running_tools() -> None:
    """Kill every tool run_command has started and not yet finished with (all threads)."""
    with _running_lock:
        procs = list(_running)
    for proc in procs:
        _kill(proc)


atexit.register(stop_running_tools)  # a probe thread still running when the app quits


def _exited(proc: subprocess.Popen[bytes]) -> bool:
    """Whether the tool has exited, without reaping it on POSIX: until _stop has killed its
    process group, its id must stay taken, or the kill could reach a new process given it."""
    if proc.returncode is not None:
        return True
    if sys.platform != "win32" and hasattr(os, "waitid"):
        try:
            return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
        except ChildProcessError:
            pass
    return proc.poll() is not None


def _cut(buf: bytearray, chunk: bytes) -> bool:
    """Append `chunk` to `buf` up to MAX_OUTPUT_BYTES; True when something did not fit."""
    room = MAX_OUTPUT_BYTES - len(buf)
    buf += chunk[:max(room, 0)]
    return len(chunk) > room


class _Watch:
    """When to stop reading a tool's pipes: past the deadline ("timeout"), or EXIT_GRACE_S
    after the tool exited while something still holds its pipes ("lingering")."""

    def __init__(self, proc: subprocess.Popen[bytes], deadline: float) -> None:
        self.proc, self.deadline = proc, deadline
        self.exited_at: float | None = None
        self.now = time.monotonic()

    def why_stop(self) -> str | None:
        self.now = time.monotonic()
        if self.exited_at is None and _exited(self.proc):
            self.exited_at = self.now
        if self.exited_at is not None and self.now - self.exited_at > EXIT_GRACE_S:
            return "lingering"
        if self.now >= self.deadline:
            return "timeout"
        return None


def _pump_posix(proc: subprocess.Popen[bytes], deadline: float,
                bufs: dict[IO[bytes], bytearray]) -> str | None:
    """Read both pipes until they close; "timeout", "flood" or "lingering" when it stops
    early (deadline, too much output, a background child holding them after the tool exited)."""
    watch = _Watch(proc, deadline)
    with selectors.DefaultSelector() as sel:
        for pipe, buf in bufs.items():
            sel.register(pipe, selectors.EVENT_READ, buf)
        while sel.get_map():
            why = watch.why_stop()
            if why is not None:
                return why
            for key, _ in sel.select(min(deadline - watch.now, 0.1)):
                chunk = os.read(key.fd, _CHUNK)
                if not chunk:
                    sel.unregister(key.fileobj)
                elif _cut(key.data, chunk):
                    return "flood"
    return None


def _pump_threads(proc: subprocess.Popen[bytes], deadline: float,
                  bufs: dict[IO[bytes], bytearray]) -> str | None:
    """_pump_posix for Windows, where pipes cannot be selected: a reader thread per pipe (left
    to end by itself when the tool is killed)."""
    flooded = threading.Event()

    def read(pipe: IO[bytes], buf: bytearray) -> None:
        with contextlib.suppress(OSError, ValueError):
            while chunk := os.read(pipe.fileno(), _CHUNK):
                if _cut(buf, chunk):
                    flooded.set()
                    return

    readers = [threading.Thread(target=read, args=item, daemon=True) for item in bufs.items()]
    for reader in readers:
        reader.start()
    watch = _Watch(proc, deadline)
    while any(r.is_alive() for r in readers):
        if flooded.is_set():
            return "flood"
        why = watch.why_stop()
        if why is not None:
            return why
        readers[0].join(0.05)
    return "flood" if flooded.is_set() else None


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill the tool's group (what it left running too; the tool itself if it still runs),
    close our ends of its pipes and reap it."""
    if sys.platform != "win32" or proc.poll() is None:
        _kill(proc)
    if sys.platform != "win32":  # Windows reader threads may still be blocked on them
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=2.0)


def run_command(argv: Sequence[str], timeout_s: float) -> CommandResult:
    """Run `argv` (no shell) for at most `timeout_s` seconds (at most MAX_TIMEOUT_S)."""
    command = " ".join(argv)
    start = time.monotonic()
    timeout_s = bounded_timeout(timeout_s)
    kwargs: dict[str, object] = {}
    if sys.platform == "win32":
        # No console window flashes up when the GUI runs a probe.
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    else:
        kwargs["start_new_session"] = True
    try:
        proc = subprocess.Popen(  # argv is a fixed tool name and flags
            list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, **kwargs,  # type: ignore[call-overload]
        )
    except FileNotFoundError:
        return CommandResult(command, None, "", "", Message(say.TOOL_NOT_FOUND, tool=argv[0]),
                             time.monotonic() - start)
    except (OSError, ValueError) as exc:
        return CommandResult(command, None, "", "",
                             Message(say.TOOL_CANNOT_START, tool=argv[0], error=str(exc)),
                             time.monotonic() - start)
    assert proc.stdout is not None and proc.stderr is not None  # both are PIPE
    bufs = {proc.stdout: bytearray(), proc.stderr: bytearray()}
    with _running_lock:
        _running.add(proc)
    stopped: str | None = "interrupted"
    try:
        pump = _pump_threads if sys.platform == "win32" else _pump_posix
        stopped = pump(proc, start + timeout_s, bufs)
        while stopped is None and not _exited(proc):  # its output closed; it may still run
            if time.monotonic() >= start + timeout_s:
                stopped = "timeout"
            time.sleep(0.005)
    finally:
        # every way out, an exception or Ctrl+C included, leaves nothing running
        _stop(proc)
        with _running_lock:
            _running.discard(proc)
    seconds = time.monotonic() - start
    stdout, stderr = _text(bufs[proc.stdout]), _text(bufs[proc.stderr])
    if stopped == "timeout":
        return CommandResult(command, None, stdout, stderr,
                             Message(say.TOOL_TIMED_OUT, tool=argv[0], seconds=timeout_s), seconds)
    if stopped == "flood":
        return CommandResult(command, None, stdout, stderr,
                             Message(say.TOOL_FLOODED, tool=argv[0],
                                     size=f"{MAX_OUTPUT_BYTES // 1000} kB"), seconds)
    # it exited by itself ("lingering": a background child of it held the output open, and was
    # stopped; what the tool printed counts)
    if proc.returncode != 0:
        first = (stderr.strip() or stdout.strip()).splitlines()
        error = (Message(say.TOOL_EXIT_CODE_SAID, tool=argv[0], code=proc.returncode,
                         error=first[0][:200]) if first
                 else Message(say.TOOL_EXIT_CODE, tool=argv[0], code=proc.returncode))
        return CommandResult(command, proc.returncode, stdout, stderr, error, seconds)
    return CommandResult(command, 0, stdout, stderr, None, seconds)


def _text(data: bytes | bytearray | None) -> str:
    if not data:
        return ""
    return bytes(data).decode("utf-8", errors="replace")[:MAX_OUTPUT_CHARS]


__all__ = ["MAX_OUTPUT_BYTES", "MAX_OUTPUT_CHARS", "MAX_TIMEOUT_S", "CommandResult", "Runner",
           "bounded_timeout", "run_command", "stop_running_tools"]
