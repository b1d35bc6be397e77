"""Speed of a change in the GUI: from an edit to new results on the Results page.

Drives the real MainWindow (offscreen) with the product's 10,000 samples, warm (after the first
plan compiled numba). Each round edits the profile (the horizon, through the undo stack, as the
Settings page does) and times, on the GUI thread:
  * edit → preliminary results shown (the quick pass, Session.quick_samples, default 1,000);
  * edit → full results shown (the 10,000-sample pass that replaces them);
  * edit → results shown with the quick pass switched off (one 10,000-sample pass, as before);
  * the same with the Session's own rule (quick pass only while it costs ≤ QUICK_WORTH of the full);
  * how long recommend() itself took in the worker for each pass.
"Shown" is when the Results page's plan_ready handler has run (table, cards and plots set);
the clock stops in a slot connected after it; "painted" is the recommendation's first repaint
after that. Budget (DESIGN.md): ≤ 100 ms. The GUI runs Qt's own event loop meanwhile, as the
app does (see _pump_until).

Run:  NUMBA_NUM_THREADS=1 .venv/bin/python bench/gui_update.py [rounds]
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NUMBA_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("RIGSIZER_CONFIG_DIR", tempfile.mkdtemp(prefix="rigsizer-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.gui import session as session_mod
from app.gui.main_window import MainWindow
from app.gui.settings import AppSettings
from core.hardware.machine import machine_from_gpu_ids


def _pump_until(session, cond, timeout_s: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    """Run Qt's event loop, as the app does, until `cond()` holds after a Session signal.

    A real event loop, not processEvents() in a loop with short sleeps (nor a 1 ms timer):
    that polling took the GIL every millisecond and slowed the planning thread ~1.5×
    (measured: recommend 46-56 ms in the worker under an event loop, 61-72 ms when polled), so
    it timed the benchmark, not the app. `cond` is checked after each plan_ready/plan_failed,
    once the handlers have run."""
    loop = QEventLoop()
    failed: list[bool] = []

    def check() -> None:
        if cond():
            loop.quit()

    def later(*_: object) -> None:
        QTimer.singleShot(0, check)

    def give_up() -> None:
        failed.append(True)
        loop.quit()

    session.plan_ready.connect(later)
    session.plan_failed.connect(later)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(int(timeout_s * 1000))
    if not cond():
        loop.exec()
    timer.stop()
    session.plan_ready.disconnect(later)
    session.plan_failed.disconnect(later)
    if failed:
        raise TimeoutError("the GUI did not finish planning")


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4  # edits per configuration and cycle
    app = QApplication.instance() or QApplication([])
    settings = AppSettings(theme="light", language="en", creator_type="ai_video_blogger",
                           samples=10_000)
    window = MainWindow(app_settings=settings, detect=False, restore_state=False)
    window.resize(1280, 860)
    window.show()
    s = window.session
    s.set_machine(machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32))
    t0 = time.perf_counter()
    _pump_until(s, lambda: s.result is not None and not s._plan_running)
    print(f"first plan (catalogs, numba compile or cache load): {time.perf_counter() - t0:.2f} s")

    marks: list[tuple[float, bool]] = []
    s.plan_ready.connect(lambda _r: marks.append((time.perf_counter(), s.preliminary)))
    # When the new recommendation is on screen: the first paint of the headline after the
    # handlers ran (a horizon edit changes its cost, so it repaints with every result).
    paints: list[float] = []

    class PaintClock(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's name
            if event.type() == QEvent.Type.Paint:
                paints.append(time.perf_counter())
            return False

    clock = PaintClock()
    window.results_page.view.headline.installEventFilter(clock)
    painted: list[float] = []

    worker: dict[str, list[float]] = {"quick": [], "full": []}

    def run(quick: int) -> tuple[list[float], list[float]]:
        s.quick_samples = quick
        first: list[float] = []
        full: list[float] = []
        s.pass_seconds = {"quick": None, "full": None}
        for i in range(rounds + 1):  # round 0 warms this configuration
            marks.clear()
            paints.clear()
            p = s.profile
            start = time.perf_counter()
            window.edit_profile(dataclasses.replace(p, horizon_months=12 + (i % 2) * 12 + i),
                                "bench edit")
            _pump_until(s, lambda: not s._plan_running and not s._plan_stale and bool(marks))
            if i == 0:
                continue
            for k, v in s.pass_seconds.items():
                if v is not None and quick:
                    worker[k].append(v * 1000)
            first.append((marks[0][0] - start) * 1000)
            full.append((marks[-1][0] - start) * 1000)
            after = [t for t in paints if t >= marks[0][0]]
            if after:
                painted.append((after[0] - start) * 1000)
        return first, full

    # Interleaved, so a burst of load on the machine hits every configuration alike.
    quick_first: list[float] = []
    quick_full: list[float] = []
    adaptive_first: list[float] = []
    adaptive_full: list[float] = []
    single: list[float] = []
    worth = session_mod.QUICK_WORTH
    for _ in range(3):
        session_mod.QUICK_WORTH = float("inf")  # always take the quick pass
        a, b = run(1000)
        quick_first += a
        quick_full += b
        session_mod.QUICK_WORTH = worth
        a, b = run(1000)
        adaptive_first += a
        adaptive_full += b
        single += run(0)[1]
    med = statistics.median
    print(f"edits: {3 * rounds} per configuration, samples {s.samples:,}, "
          f"quick pass {1000:,} samples")
    print(f"edit -> preliminary results shown (quick pass): median {med(quick_first):.0f} ms, "
          f"min {min(quick_first):.0f}, max {max(quick_first):.0f}")
    print(f"edit -> full results shown (after the quick pass): median {med(quick_full):.0f} ms, "
          f"min {min(quick_full):.0f}, max {max(quick_full):.0f}")
    print(f"edit -> first new results painted on screen (all configurations): median "
          f"{med(painted):.0f} ms, min {min(painted):.0f}, max {max(painted):.0f} "
          f"({len(painted)} edits)")
    print(f"edit -> results shown, quick pass off (one full pass): median {med(single):.0f} ms, "
          f"min {min(single):.0f}, max {max(single):.0f}")
    print(f"Session's rule: first results median {med(adaptive_first):.0f} ms, full results "
          f"median {med(adaptive_full):.0f} ms")
    for k, v in worker.items():
        if v:
            print(f"recommend() in the worker, {k} pass: median {med(v):.0f} ms")
    window.undo_stack.setClean()
    window.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
