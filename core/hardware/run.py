"""Run an external tool with a hard timeout and never raise.

A hung driver makes `nvidia-smi` or `system_profiler` block forever; a tool may be missing or
print garbage. Every probe goes through a `Runner` so the app cannot hang on one, and so tests
can feed recorded outputs into the real parsing code.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from core.hardware import wording as say
from core.schema.message import Message

# Output beyond this is cut: diagnostics must stay pasteable into a bug report.
MAX_OUTPUT_CHARS = 200_000


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


def _kill(proc: subprocess.Popen[bytes]) -> None:
    # The tool may have started children that keep the pipes open; on POSIX it runs in its own
    # session, so killing the group closes them and communicate() can return.
    try:
        if sys.platform != "win32":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass


def run_command(argv: Sequence[str], timeout_s: float) -> CommandResult:
    """Run `argv` (no shell) for at most `timeout_s` seconds."""
    command = " ".join(argv)
    start = time.monotonic()
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
    except OSError as exc:
        return CommandResult(command, None, "", "",
                             Message(say.TOOL_CANNOT_START, tool=argv[0], error=str(exc)),
                             time.monotonic() - start)
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        _kill(proc)
        try:
            out, err = proc.communicate(timeout=2.0)
        except subprocess.TimeoutExpired:
            # a grandchild in its own session still holds the pipes: stop reading, close our
            # ends and reap the killed tool, or it stays a zombie with two open descriptors.
            # (Windows reads the pipes in threads that may still be blocked: not closed there.)
            out, err = b"", b""
            for pipe in (proc.stdout, proc.stderr) if sys.platform != "win32" else ():
                if pipe is not None:
                    pipe.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=2.0)
        return CommandResult(command, None, _text(out), _text(err),
                             Message(say.TOOL_TIMED_OUT, tool=argv[0], seconds=timeout_s),
                             time.monotonic() - start)
    seconds = time.monotonic() - start
    stdout, stderr = _text(out), _text(err)
    if proc.returncode != 0:
        first = (stderr.strip() or stdout.strip()).splitlines()
        error = (Message(say.TOOL_EXIT_CODE_SAID, tool=argv[0], code=proc.returncode,
                         error=first[0][:200]) if first
                 else Message(say.TOOL_EXIT_CODE, tool=argv[0], code=proc.returncode))
        return CommandResult(command, proc.returncode, stdout, stderr, error, seconds)
    return CommandResult(command, 0, stdout, stderr, None, seconds)


def _text(data: bytes | None) -> str:
    if not data:
        return ""
    return data.decode("utf-8", errors="replace")[:MAX_OUTPUT_CHARS]


__all__ = ["MAX_OUTPUT_CHARS", "CommandResult", "Runner", "run_command"]
