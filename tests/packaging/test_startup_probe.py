"""The start-up probe bench/startup.py times the app with: milestones in order, then exit.

The window here is a small stand-in with the contract the probe relies on (a top-level widget
whose `session` has `plan_ready`/`plan_failed` signals), so the probe is tested on its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

APP = """
from app import runtime_env
runtime_env.prepare()
runtime_env.prepare()  # entry points may prepare twice (cli.main, then the launcher)
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Session(QObject):
    plan_ready = Signal(object)
    plan_failed = Signal(str)

app = QApplication([])
window = QLabel("stand-in")
window.session = Session()
window.show()
QTimer.singleShot(200, lambda: {finish})
QTimer.singleShot(5000, lambda: print("not stopped by the probe", flush=True) or app.quit())
app.exec()
print("exec returned", flush=True)
"""


def _run(mode: str, finish: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RIGSIZER_STARTUP_PROBE=mode)
    return subprocess.run([sys.executable, "-c", APP.format(finish=finish)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def _marks(out: str) -> list[str]:
    return [line.split(None, 1)[1] for line in out.splitlines()
            if line.startswith("RIGSIZER_PROBE ")]


@pytest.mark.parametrize("mode, finish, marks, rc", [
    ("window", "window.session.plan_ready.emit(1)", ["window"], 0),
    ("results", "window.session.plan_ready.emit(1)", ["window", "results"], 0),
    ("results", "window.session.plan_failed.emit('no  catalog')", ["window", "failed no catalog"],
     1),
])
def test_probe_reports_milestones_and_ends_the_process(mode: str, finish: str,
                                                       marks: list[str], rc: int) -> None:
    proc = _run(mode, finish)
    assert _marks(proc.stdout) == marks, proc.stdout + proc.stderr
    assert proc.returncode == rc
    assert "exec returned" not in proc.stdout  # the probe ended it, not the app


def test_unknown_mode_is_refused_with_a_line() -> None:
    proc = _run("everything", "None")
    assert _marks(proc.stdout) == ["error unknown mode 'everything' (use window or results)"]
    assert proc.returncode == 2
