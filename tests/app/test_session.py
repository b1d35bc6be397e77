"""The Session runs core off the UI thread, one compute job at a time, newest input winning."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QThread

from app.gui.session import Session
from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids
from tests.app.conftest import TEST_GPU, TEST_SAMPLES


def _session(qtbot) -> Session:  # type: ignore[no-untyped-def]
    s = Session(samples=TEST_SAMPLES)
    with qtbot.waitSignal(s.catalogs_ready, timeout=60_000):
        s.load_catalogs()
    s.set_machine(machine_from_gpu_ids([TEST_GPU], ram_gib=32))
    return s


def test_compute_pool_has_a_single_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    # numba's parallel kernels abort the process if two threads enter them at once
    s = Session()
    assert s.compute_pool.maxThreadCount() == 1


def test_plan_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = _session(qtbot)
    seen: list[bool] = []
    s.plan_ready.connect(
        lambda _r: seen.append(QThread.currentThread() is QCoreApplication.instance().thread()))
    profile = load_profiles()["vtuber"]
    with qtbot.waitSignal(s.plan_ready, timeout=180_000) as blocker:
        s.set_profile(profile)
    assert blocker.args[0].profile == profile
    assert seen == [True]
    s.wait_idle()


def test_rapid_edits_are_coalesced_and_the_newest_wins(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = _session(qtbot)
    base = load_profiles()["ai_video_blogger"]
    with qtbot.waitSignal(s.plan_ready, timeout=180_000):
        s.set_profile(base)
    started: list[int] = []
    ready: list[object] = []
    s.plan_started.connect(lambda: started.append(1))
    s.plan_ready.connect(ready.append)
    first = base.workloads[0]
    profiles = []
    for n in range(1, 21):  # twenty edits in one burst, like typing into a field
        w = dataclasses.replace(first, jobs_per_week=float(n))
        profiles.append(dataclasses.replace(base, workloads=(w, *base.workloads[1:])))
        s.set_profile(profiles[-1])
    qtbot.waitUntil(lambda: bool(ready) and not s._plan_running and not s._plan_stale,
                    timeout=180_000)
    assert len(started) < 20  # bursts merge instead of queueing every intermediate input
    assert ready[-1].profile == profiles[-1]  # type: ignore[attr-defined]
    assert s.result.profile.workloads[0].jobs_per_week == 20.0
    s.wait_idle()


def test_a_failing_plan_is_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = _session(qtbot)
    bad = dataclasses.replace(load_profiles()["vtuber"], region="no-such-region")
    with qtbot.waitSignal(s.plan_failed, timeout=180_000) as blocker:
        s.set_profile(bad)
    assert "no-such-region" in blocker.args[0]
    assert s.result is None
    s.wait_idle()


def test_warm_up_indicator_shows_until_the_first_plan(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    assert window.session.warming
    assert window.warm_progress.isVisible() and window.warm_label.isVisible()
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=180_000)
    assert not window.session.warming
    assert not window.warm_progress.isVisible()
    assert window.plan_label.text().startswith("Results updated in")


def test_pages_are_reachable_from_the_keyboard(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = make_window(wait=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # shortcuts need an active window
    for n, page in enumerate(("start", "machine", "work", "results", "settings"), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
    window.session.wait_idle()
