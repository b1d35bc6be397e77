"""The warm-up compiles every kernel version the planner calls, so after it nothing compiles."""

from __future__ import annotations

import importlib
import pkgutil

import core.kernels
from app.kernel_warmup import warm_kernels
from core.catalogs.gpus import load_gpus
from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids, with_ram
from core.plan import recommend
from tests.shipped import catalogs, evaluate


def _signatures() -> dict[str, int]:
    counts = {}
    for info in pkgutil.iter_modules(core.kernels.__path__):
        module = importlib.import_module(f"core.kernels.{info.name}")
        for name, obj in vars(module).items():
            if hasattr(obj, "signatures") and hasattr(obj, "py_func"):
                counts[f"{info.name}.{name}"] = len(obj.signatures)
    return counts


def test_after_the_warm_up_planning_compiles_nothing_new() -> None:
    assert warm_kernels(samples=16) == 2 * len(load_profiles())
    before = _signatures()
    assert before["plan_mc.monthly_cost_quantiles"] >= 1
    gpus = load_gpus()
    amd = next(g for g in gpus if g.vendor == "amd")
    machine = with_ram(machine_from_gpu_ids([amd.id, amd.id], catalog=gpus), 64)
    profiles = load_profiles()
    for profile in profiles.values():
        recommend(profile, machine, catalogs(), evaluate, samples=500, seed=3)
    assert _signatures() == before


def test_session_plans_on_the_twins_then_switches_to_the_same_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.gui.session import Session
    from app.gui.warmup import KernelWarmup
    from core.kernels import engine
    from tests.app.conftest import TEST_GPU, TEST_SAMPLES

    warmup = KernelWarmup()
    s = Session(samples=TEST_SAMPLES)
    try:
        with qtbot.waitSignal(warmup.finished, timeout=300_000) as finished:
            warmup.start()  # a real process, compiling into this test run's numba cache
            assert not engine.compiled()  # the twins answer from the start
            with qtbot.waitSignal(s.catalogs_ready, timeout=60_000):
                s.load_catalogs()
            s.set_machine(machine_from_gpu_ids([TEST_GPU], ram_gib=32))
            with qtbot.waitSignal(s.plan_ready, timeout=60_000):
                s.set_profile(load_profiles()["vtuber"])
            qtbot.waitUntil(lambda: not s._plan_running, timeout=60_000)
            on_twins = repr(s.result)
        assert finished.args == [True], warmup.output
        with qtbot.waitSignal(s.kernels_compiled, timeout=120_000):
            s.use_compiled_kernels(True)
        assert engine.compiled()
        with qtbot.waitSignal(s.plan_ready, timeout=60_000):
            s.request_plan()
        qtbot.waitUntil(lambda: not s._plan_running, timeout=60_000)
        assert repr(s.result) == on_twins
    finally:
        warmup.stop()
        engine.use_compiled(True)
        s.wait_idle()


def test_compiled_kernels_load_after_the_first_results_not_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A warm cache makes the warm-up process finish before the first plan; loading the
    kernels then would hold the GIL ahead of the first results, so it waits for them."""
    from app.gui.session import Session
    from core.kernels import engine
    from tests.app.conftest import TEST_GPU, TEST_SAMPLES

    engine.use_compiled(False)
    s = Session(samples=TEST_SAMPLES)
    order: list[str] = []
    s.plan_ready.connect(lambda _r: order.append("results"))
    s.kernels_compiled.connect(lambda: order.append("compiled"))
    try:
        s.use_compiled_kernels(True)  # before any plan: remembered, not loaded
        assert not engine.compiled()
        with qtbot.waitSignal(s.catalogs_ready, timeout=60_000):
            s.load_catalogs()
        s.set_machine(machine_from_gpu_ids([TEST_GPU], ram_gib=32))
        with qtbot.waitSignal(s.kernels_compiled, timeout=120_000):
            s.set_profile(load_profiles()["vtuber"])
        assert order[0] == "results" and "compiled" in order and engine.compiled()
    finally:
        engine.use_compiled(True)
        s.wait_idle()
