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


def test_an_edit_shows_a_quick_pass_then_the_full_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = Session(samples=3000, quick_samples=500)
    with qtbot.waitSignal(s.catalogs_ready, timeout=60_000):
        s.load_catalogs()
    s.set_machine(machine_from_gpu_ids([TEST_GPU], ram_gib=32))
    base = load_profiles()["vtuber"]
    edited = dataclasses.replace(base, horizon_months=base.horizon_months + 6)
    shown: list[tuple[object, int, bool]] = []

    def on_ready(result) -> None:  # type: ignore[no-untyped-def]
        shown.append((result.profile, result.samples, s.preliminary))
        if len(shown) == 1:  # a newer edit arrives while the full pass of `base` runs
            s.set_profile(edited)

    s.plan_ready.connect(on_ready)
    s.set_profile(base)
    qtbot.waitUntil(lambda: len(shown) >= 3 and not s._plan_running and not s._plan_stale,
                    timeout=180_000)
    # base's full pass was outdated before it began: never run, never shown.
    assert shown == [(base, 500, True), (edited, 500, True), (edited, 3000, False)]
    assert s.result.samples == 3000 and not s.preliminary
    s.wait_idle()


def test_an_edit_stops_the_running_plan_and_plans_the_newest(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = Session(samples=3000, quick_samples=500)
    with qtbot.waitSignal(s.catalogs_ready, timeout=60_000):
        s.load_catalogs()
    s.set_machine(machine_from_gpu_ids([TEST_GPU], ram_gib=32))
    base = load_profiles()["vtuber"]
    with qtbot.waitSignal(s.plan_ready, timeout=180_000):  # warm: compiled and cached
        s.set_profile(base)
    qtbot.waitUntil(lambda: not s._plan_running, timeout=180_000)
    started: list[int] = []
    shown: list[tuple[object, int]] = []
    s.plan_started.connect(lambda: started.append(1))
    s.plan_ready.connect(lambda r: shown.append((r.profile, r.samples)))
    first = dataclasses.replace(base, horizon_months=base.horizon_months + 1)
    edited = dataclasses.replace(base, horizon_months=base.horizon_months + 6)
    s.set_profile(first)  # starts at once in the worker...
    s.set_profile(edited)  # ...and is outdated a moment later
    qtbot.waitUntil(lambda: len(shown) >= 2 and not s._plan_running and not s._plan_stale,
                    timeout=180_000)
    # the first plan stopped at its next step instead of running to the end
    assert s.cancelled_passes == 1
    assert len(started) == 2
    assert shown == [(edited, 500), (edited, 3000)]
    assert s.result.samples == 3000 and not s.preliminary
    s.wait_idle()


def test_the_status_bar_marks_the_quick_pass_as_preliminary(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    s = window.session
    s.samples, s.quick_samples = 3000, 500
    labels: list[str] = []
    s.plan_ready.connect(lambda _r: labels.append(window.plan_label.text()))
    window.edit_profile(dataclasses.replace(s.profile, horizon_months=30), "edit")
    qtbot.waitUntil(lambda: len(labels) == 2 and not s._plan_running, timeout=120_000)
    assert labels[0].startswith("Preliminary results (500 samples) in ")
    assert labels[0].endswith(" ms, refining…")
    assert labels[1].startswith("Results updated in ")
    s.wait_idle()


def test_the_quick_pass_is_skipped_while_it_saves_little(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.gui.session import QUICK_RETRY

    s = Session(samples=10_000, quick_samples=1000)
    assert s._quick_pays()  # nothing measured yet
    s.pass_seconds = {"quick": 0.02, "full": 0.15}
    assert s._quick_pays()
    s.pass_seconds = {"quick": 0.14, "full": 0.15}  # fixed costs dominate: only a delay
    assert [s._quick_pays() for _ in range(QUICK_RETRY)] == [False] * (QUICK_RETRY - 1) + [True]
    assert not Session(samples=1000, quick_samples=1000)._quick_pays()  # no smaller pass
