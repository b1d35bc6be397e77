"""The one object that owns the current project and runs core off the UI thread.

Every core call (catalog loading, detection, planning) runs as a task in a QThreadPool; results
come back as signals on the GUI thread. The compute pool has exactly one thread, so numba's
parallel kernels are never entered twice at once (its workqueue layer aborts the process if they
are). Plan requests are coalesced: while one runs, further edits only mark the input stale, and
when it finishes the newest input is planned and the stale result is dropped.
"""

from __future__ import annotations

import contextlib
import gc
import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from core.catalogs.value import Catalogs
from core.schema.message import Message, said

if TYPE_CHECKING:
    from core.perf import PerfModel
    from core.prices.refresh import RefreshReport
    from core.schema import Profile
    from core.schema.hardware import LocalMachine
    from core.schema.plan import PlanResult

T = TypeVar("T")

DETECT_TIMEOUT_S = 5.0
# The quick first pass of a plan: the Monte Carlo part of a plan with 1,000 samples costs about a
# tenth of the full 10,000, so an edit shows numbers sooner; the full pass replaces them. When
# the rest of recommend() dominates (measured: the quick pass takes more than QUICK_WORTH of the
# full one), the quick pass only delays the full answer, so it is skipped, and tried again every
# QUICK_RETRY plans in case the cost has shifted. Measured here (bench/gui_update.py): quick
# 56 ms, full 75 ms in the worker; first results 70 ms with the quick pass, 85 ms without.
QUICK_SAMPLES = 1000
QUICK_WORTH = 0.85
QUICK_RETRY = 20
PRICE_PROVIDER = "runpod"  # the provider with a live price source (core.prices.refresh)
PRICE_TIMEOUT_S = 10.0


def load_catalogs() -> tuple[Catalogs, PerfModel | None]:
    """Every catalog (one that fails is reported in `errors` and the others still load) and
    the performance model over them (None, with a line in `errors`, when it cannot be built)."""
    from core.catalogs.bundle import load_catalogs as load
    from core.perf import PerfModel

    cats = load(strict=False)
    try:
        perf = PerfModel.from_catalogs(cats)
    except (ValueError, OSError) as exc:
        return replace(cats, errors=(*cats.errors, f"performance model: {exc}")), None
    return cats, perf


def error_text(exc: BaseException) -> str:
    """One line for the status bar; the traceback goes to stderr for bug reports. The Message
    the error carries where core gave it one (a workload the planner cannot time), so the
    window can say it in its language."""
    traceback.print_exception(exc)
    carried = said(exc)
    if isinstance(carried, Message):
        return carried
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)  # object: a str signal would keep only a Message's English


class _Task(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], object]) -> None:
        super().__init__()
        self.ticket = ticket
        self.fn = fn
        # Created on the GUI thread, so its signals are delivered there (queued connections).
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported as a signal, never lost in a thread
            self._emit(self.relay.failed, error_text(exc))
            return
        self._emit(self.relay.done, result)

    def _emit(self, signal: Any, payload: object) -> None:  # a SignalInstance (untyped)
        # RuntimeError: the window closed while this ran, so nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.ticket, payload)


class Session(QObject):
    """Current profile, machine, catalogs and plan result; runs core work in the background."""

    catalogs_ready = Signal(object)  # Catalogs
    profile_changed = Signal(object)  # Profile
    machine_changed = Signal(object)  # LocalMachine | None
    detecting_changed = Signal(bool)
    plan_started = Signal()
    plan_ready = Signal(object)  # PlanResult (`preliminary` says whether it is the quick pass)
    plan_failed = Signal(object)  # why (a str; a core Message where core said it)
    warming_changed = Signal(bool)  # True until the first plan has finished
    kernels_compiled = Signal()  # plans now run the compiled kernels (see use_compiled_kernels)
    message = Signal(str)
    refreshing_changed = Signal(bool)
    # one sentence each (a core Message where core said it, so the page can say it in the
    # user's language; hence object, not str, which would keep only the English):
    prices_refreshed = Signal(object)  # what the refresh fetched
    prices_failed = Signal(object)  # why it failed (the old prices are kept)

    def __init__(self, parent: QObject | None = None, *, samples: int = 10_000,
                 seed: int | None = 20251122, quick_samples: int = QUICK_SAMPLES) -> None:
        super().__init__(parent)
        self.compute_pool = QThreadPool(self)
        self.compute_pool.setMaxThreadCount(1)
        # Detection only waits on subprocesses and drivers, never numba, so it gets its own
        # thread and cannot hold up a plan.
        self.io_pool = QThreadPool(self)
        self.io_pool.setMaxThreadCount(1)
        self.samples = samples
        # No quick pass when the full pass is no bigger (the tests plan with 1,000 samples).
        self.quick_samples = quick_samples if 0 < quick_samples < samples else 0
        self.preliminary = False  # True while the shown result is the quick pass
        # Seconds the last warm quick and full passes took in the worker (None: not measured).
        self.pass_seconds: dict[str, float | None] = {"quick": None, "full": None}
        self._plans_without_quick = 0
        self.cancelled_passes = 0  # passes stopped part-way because a newer edit came in
        self.refreshing = False
        self.refresh_error_kind = ""  # RefreshError.kind of the last failed refresh ("auth", ...)
        self.seed = seed  # fixed, so an unchanged input gives the same numbers after every edit
        self.catalogs = Catalogs()
        self.perf: PerfModel | None = None  # built with the catalogs, in the worker
        self.profile: Profile | None = None
        self.machine: LocalMachine | None = None
        self.result: PlanResult | None = None
        self.plan_error: str | None = None
        self.last_plan_seconds: float | None = None
        self.warming = True
        self._compiled_pending = False  # the kernels are ready, to be loaded after the first plan
        self.detecting = False
        self._tasks: dict[int, _Task] = {}
        self._ticket = 0
        self._plan_running = False
        self._plan_stale = False
        self._catalogs_loaded = False

    # ---- generic task plumbing -------------------------------------------------------------
    def _submit(self, pool: QThreadPool, fn: Callable[[], T],
                on_done: Callable[[T], None], on_failed: Callable[[str], None]) -> int:
        self._ticket += 1
        task = _Task(self._ticket, fn)
        task.setAutoDelete(False)  # kept alive by self._tasks until its signal has arrived
        self._tasks[task.ticket] = task

        def done(ticket: int, result: object) -> None:
            self._tasks.pop(ticket, None)
            on_done(cast("T", result))  # what `fn` returned, through the relay's signal

        def failed(ticket: int, text: str) -> None:
            self._tasks.pop(ticket, None)
            on_failed(text)

        task.relay.done.connect(done)
        task.relay.failed.connect(failed)
        pool.start(task)
        return task.ticket

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Process events until every task has reported back (for shutdown and tests).

        Not QThreadPool.waitForDone: PySide keeps the GIL during that call, so a worker still
        running Python (a plan) could never finish and both threads would wait forever.
        """
        deadline = time.monotonic() + msecs / 1000
        while self._tasks and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self._tasks

    # ---- catalogs ---------------------------------------------------------------------------
    @property
    def loaded_catalogs(self) -> Catalogs | None:
        """The session's catalogs once loaded (what a project file opened now is checked
        against); None before, when core's loaders read the same shipped files themselves."""
        return self.catalogs if self._catalogs_loaded else None

    def load_catalogs(self) -> None:
        def done(loaded: tuple[Catalogs, PerfModel | None]) -> None:
            cats, self.perf = loaded
            self.catalogs = cats
            self._catalogs_loaded = True
            for err in cats.errors:
                self.message.emit(err)
            self.catalogs_ready.emit(cats)
            if self.profile is not None:
                self.request_plan()

        self._submit(self.compute_pool, load_catalogs, done, self.message.emit)

    # ---- compiled kernels -------------------------------------------------------------------
    def use_compiled_kernels(self, ready: bool) -> None:
        """The warm-up process finished (app.gui.warmup): load the compiled kernels from the
        cache on the compute thread, then plan with them. Until then, and for good when the
        warm-up failed, the exact numpy twins answer (the same figures, only slower)."""
        if not ready:
            return
        if self.warming:
            # Loading them takes the GIL for a moment (numba's import, one cache file per
            # kernel): after the first results, not before them.
            self._compiled_pending = True
            return

        def load() -> bool:
            from app.kernel_warmup import warm_kernels

            warm_kernels(samples=16)  # loads each kernel version from the cache
            return True

        def done(_: object) -> None:
            from core.kernels import engine

            engine.use_compiled(True)
            self.pass_seconds = {"quick": None, "full": None}  # timed on the twins
            self.kernels_compiled.emit()

        def failed(text: str) -> None:
            from core.kernels import engine

            engine.use_compiled(False)
            self.message.emit(text)

        self._submit(self.compute_pool, load, done, failed)

    # ---- inputs -----------------------------------------------------------------------------
    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.request_plan()  # first: the plan runs while the pages show the edit
        self.profile_changed.emit(profile)

    def set_machine(self, machine: LocalMachine | None) -> None:
        self.machine = machine
        self.request_plan()
        self.machine_changed.emit(machine)

    def detect(self) -> None:
        if self.detecting:
            return
        self.detecting = True
        self.detecting_changed.emit(True)

        def run() -> LocalMachine:
            from core.hardware.detect import detect_machine

            return detect_machine(timeout_s=DETECT_TIMEOUT_S)

        def done(machine: LocalMachine) -> None:
            self.detecting = False
            self.detecting_changed.emit(False)
            self.set_machine(machine)

        def failed(text: str) -> None:
            self.detecting = False
            self.detecting_changed.emit(False)
            self.message.emit(text)

        self._submit(self.io_pool, run, done, failed)

    # ---- planning ---------------------------------------------------------------------------
    @property
    def planning(self) -> bool:
        """Whether a plan is running (a later result or failure will be reported)."""
        return self._plan_running

    def request_plan(self) -> None:
        """Ask for a plan of the current input; bursts of calls produce one plan of the newest.

        Starts at once when no plan runs: the worker computes while the GUI thread redraws the
        edited page. While one runs, the call only marks it outdated: it stops at its next
        step (recommend's `cancelled`) and a plan of the newest input follows. A burst of
        keystrokes so costs one cancelled pass, not a queue of plans nor a fixed delay (a
        15 ms timer was 15 ms of each edit's 100 ms budget)."""
        if self.profile is None or not self._catalogs_loaded:
            return
        self._plan_stale = True
        if not self._plan_running:
            self._launch_plan()

    @Slot()
    def _launch_plan(self) -> None:
        if self._plan_running or not self._plan_stale or self.profile is None:
            return
        self._plan_stale = False
        self._plan_running = True
        profile, machine, seed = self.profile, self.machine, self.seed
        # the catalogs now: a price refresh replaces them, and the passes of this plan keep these
        cats = self.catalogs
        started = time.perf_counter()
        self.plan_started.emit()
        if self._quick_pays():
            self._run_pass(profile, machine, cats, seed, self.quick_samples, started, True)
        else:
            self._run_pass(profile, machine, cats, seed, self.samples, started, False)

    def _warmed(self) -> None:
        """The first plan is done: numba compiled, catalogs, Qt and the plots loaded."""
        self.warming = False
        if self._compiled_pending:
            self._compiled_pending = False
            QTimer.singleShot(0, self, lambda: self.use_compiled_kernels(True))
        # What exists now lives as long as the window; the cyclic collector need not scan it
        # again. Measured: a full collection scanned ~130k objects for ~100 ms, once every few
        # plans, and landed inside an edit's 100 ms now and then; frozen, ~35 ms at most.
        gc.freeze()
        self.warming_changed.emit(False)

    def _quick_pays(self) -> bool:
        """Whether to run the quick pass first (see QUICK_WORTH)."""
        if not self.quick_samples:
            return False
        quick, full = self.pass_seconds["quick"], self.pass_seconds["full"]
        if quick is None or full is None or quick <= QUICK_WORTH * full:
            return True
        self._plans_without_quick += 1
        if self._plans_without_quick >= QUICK_RETRY:
            self._plans_without_quick = 0
            return True
        return False

    def _run_pass(self, profile: Profile, machine: LocalMachine | None, cats: Catalogs,
                  seed: int | None, samples: int, started: float, quick: bool) -> None:
        """One pass of a plan; a quick pass that is still current chains the full pass."""
        warm = not self.warming  # the first pass compiles numba: not a measure of its cost

        def run() -> PlanResult | None:  # None: stopped for a newer input
            from core.plan import PlanCancelled, recommend

            t0 = time.perf_counter()
            if self.perf is None:
                raise ValueError("the performance model could not be loaded (see the messages)")
            try:
                result = recommend(profile, machine, cats, self.perf.evaluate, samples=samples,
                                   seed=seed, cancelled=lambda: self._plan_stale)
            except PlanCancelled:
                return None  # done() sees the input changed and plans the newest
            if warm:
                self.pass_seconds["quick" if quick else "full"] = time.perf_counter() - t0
            return result

        def outdated(finished: bool = True) -> bool:
            self.last_plan_seconds = time.perf_counter() - started
            if self.warming and finished:  # a cancelled pass may not have compiled it all
                self._warmed()
            if self._plan_stale:  # input changed meanwhile: this answer is outdated
                self._plan_running = False
                self._launch_plan()
                return True
            return False

        def full_pass() -> None:
            if self._plan_stale:  # edited while the quick pass was drawn: plan the newest
                self._plan_running = False
                self._launch_plan()
            else:
                self._run_pass(profile, machine, cats, seed, self.samples, started, False)

        def done(result: PlanResult | None) -> None:
            finished = result is not None
            if not finished:  # only a newer edit cancels, so the input is outdated
                self.cancelled_passes += 1
            stale = outdated(finished)
            if stale or result is None:
                return
            self.result = result
            self.preliminary = quick
            self.plan_error = None
            if not quick:
                self._plan_running = False
            self.plan_ready.emit(result)
            if quick:
                # The full pass starts once the quick result has been drawn (a queued call
                # runs after the repaint the pages asked for): started at once, its Python
                # took the GIL from that drawing about half the time, and the quick result
                # showed ~40 ms later. _plan_running stays set until the full pass ends.
                QTimer.singleShot(0, self, full_pass)

        def failed(text: str) -> None:
            if quick and not self._plan_stale:
                # The full pass would fail the same way: report once, from the quick pass.
                self._plan_running = False
                self.last_plan_seconds = time.perf_counter() - started
                if self.warming:
                    self._warmed()
            elif outdated():
                return
            self._plan_running = False
            self.result = None
            self.preliminary = False
            self.plan_error = text
            self.plan_failed.emit(text)

        self._submit(self.compute_pool, run, done, failed)

    # ---- live prices ------------------------------------------------------------------------
    def refresh_prices(self, api_key: str, provider: str = PRICE_PROVIDER,
                       timeout_s: float = PRICE_TIMEOUT_S) -> bool:
        """Fetch live prices off the UI thread; on success plan again with them.

        A failure keeps the offers in use and reports one sentence on `prices_failed`. Returns
        False when a refresh is already running.
        """
        if self.refreshing:
            return False
        self.refreshing = True
        self.refreshing_changed.emit(True)

        cats = self.catalogs

        def run() -> tuple[RefreshReport, Catalogs] | Exception:
            from core.catalogs.bundle import with_current_prices
            from core.prices import RefreshError, refresh_prices

            try:
                report = refresh_prices(provider, api_key, timeout_s=timeout_s)
            except RefreshError as exc:
                # Raised as a plain one-sentence error: error_text prints tracebacks for bugs,
                # and a refused key or an offline machine is not one.
                return exc
            return report, with_current_prices(cats)

        def done(got: tuple[RefreshReport, Catalogs] | Exception) -> None:
            self.refreshing = False
            self.refreshing_changed.emit(False)
            if isinstance(got, Exception):
                self.refresh_error_kind = str(getattr(got, "kind", "other"))
                self.prices_failed.emit(said(got))
                return
            self.refresh_error_kind = ""
            report, self.catalogs = got
            self.prices_refreshed.emit(report.describe())
            self.request_plan()

        def failed(text: str) -> None:
            self.refreshing = False
            self.refreshing_changed.emit(False)
            self.refresh_error_kind = "other"
            self.prices_failed.emit(text)

        self._submit(self.io_pool, run, done, failed)
        return True
