"""Compile the kernels in a background process from the moment the window starts.

Until that process reports success the planner runs the exact numpy twins (core.kernels.engine),
so the first results never wait for the compiler; afterwards the session loads the compiled
kernels from numba's cache and switches to them (Session.use_compiled_kernels). On a warm cache
the process only confirms the cache and exits within a second or two.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from app.kernel_warmup import WARM_FLAG

WARMUP_TIMEOUT_MS = 600_000  # a compile that takes longer than this has hung: stop waiting


def warmup_command() -> tuple[str, list[str]]:
    """The program and arguments that compile the kernels in a process of their own."""
    if getattr(sys, "frozen", False):  # the bundle's own executable takes the hidden flag
        return sys.executable, [WARM_FLAG]
    return sys.executable, ["-m", "app.kernel_warmup"]


class KernelWarmup(QObject):
    """Runs the warm-up process; `finished(ok)` says whether the compiled kernels are ready."""

    finished = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process = QProcess(self)
        self.ok: bool | None = None  # None while running
        self.output = ""
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def start(self) -> None:
        from core.kernels import engine

        engine.use_compiled(False)  # the twins answer until the compiled kernels are ready
        env = QProcessEnvironment.systemEnvironment()
        root = str(Path(__file__).resolve().parents[2])
        env.insert("PYTHONPATH", os.pathsep.join(
            p for p in (root, env.value("PYTHONPATH", "")) if p))
        env.remove("RIGSIZER_STARTUP_PROBE")  # the benchmark's probe is for the window only
        self.process.setProcessEnvironment(env)
        program, args = warmup_command()
        self.process.start(program, args)
        self._timer.start(WARMUP_TIMEOUT_MS)

    def _done(self, ok: bool) -> None:
        if self.ok is not None:
            return
        self._timer.stop()
        self.ok = ok
        if not ok:
            sys.stderr.write("RigSizer: the kernels could not be compiled in the background "
                             f"(planning continues without them): {self.output.strip()}\n")
        self.finished.emit(ok)

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self.output += bytes(self.process.readAll().data()).decode("utf-8", "replace")
        self._done(status == QProcess.ExitStatus.NormalExit and code == 0)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.output += f"could not start {warmup_command()[0]}"
            self._done(False)

    def _on_timeout(self) -> None:
        self.output += f"no answer after {WARMUP_TIMEOUT_MS // 1000} s"
        self.process.kill()
        self._done(False)

    def stop(self) -> None:
        """End the process (the window is closing); numba writes cache files atomically."""
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.ok = False  # stopped on purpose: nothing to report
            self.process.kill()
            self.process.waitForFinished(2000)
