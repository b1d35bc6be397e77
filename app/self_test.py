"""`rigsizer --self-test`: prove an install works end to end, without a display.

It loads every shipped catalog, runs estimates through the numba kernels, plans the default
profile, runs the hardware detection chain and imports the GUI libraries, printing one line per
check. It exits 0 when every check passes and 1 otherwise, naming what failed; it never shows a
traceback, because its readers are creators checking an install and CI checking a frozen bundle.

A part of the app that is missing from the install (a module not built or not bundled) is
reported as "<part> not available: <why>", which is different from a part that is there but
fails ("<part> failed: <why>").
"""

from __future__ import annotations

import importlib
import math
import os
import pkgutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

# The card the estimate check runs on when the catalog has it: every workload kind is modelled
# for it and it has enough memory for the shipped profiles, so a failure points at the code.
PREFERRED_GPU = "nvidia-rtx-4090"
DETECT_TIMEOUT_S = 10.0
# Small: the check proves the Monte Carlo kernels run, it does not need tight percentiles.
PLAN_SAMPLES = 2_000


class Unavailable(Exception):
    """A part of the app is not in this install (import failed or a contract name is missing)."""


class CheckFailed(Exception):
    """A part is there but its result is wrong; str() says how."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def _import(module: str, attr: str | None, part: str) -> Any:
    """Import `module` (and take `attr` from it), turning a missing piece into Unavailable."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{part} not available: {exc}") from exc
    if attr is None:
        return mod
    try:
        return getattr(mod, attr)
    except AttributeError as exc:
        raise Unavailable(f"{part} not available: {module} has no {attr}()") from exc


class SelfTest:
    """The checks, in order; later checks reuse what earlier ones loaded."""

    def __init__(self) -> None:
        self.gpus: tuple[Any, ...] = ()
        self.profile: Any = None
        self.machine: Any = None
        self.catalogs: Any = None  # core.catalogs.value.Catalogs, loaded once
        self.perf: Any = None  # core.perf.PerfModel, built once

    def _loaded(self, *parts: str) -> Any:
        """The catalogs (loaded once, every part tried); CheckFailed if one of `parts` failed."""
        if self.catalogs is None:
            load_catalogs = _import("core.catalogs.bundle", "load_catalogs", "catalogs")
            self.catalogs = load_catalogs(strict=False)
        for part in parts:
            for error in self.catalogs.errors:
                if error.startswith(f"{part}: "):
                    raise CheckFailed(f"failed: {error.removeprefix(f'{part}: ')}")
        return self.catalogs

    def _model(self) -> Any:
        """The performance model over the catalogs (built once)."""
        if self.perf is None:
            perf_model = _import("core.perf", "PerfModel", "performance model")
            self.perf = perf_model.from_catalogs(self._loaded())
        return self.perf

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("numba cache", self.numba_cache),
            ("kernel sources", self.kernel_sources),
            ("GPU catalog", self.gpu_catalog),
            ("cloud offers", self.cloud_offers),
            ("tariffs and currency rates", self.tariffs),
            ("model catalog", self.models),
            ("creator profiles", self.profiles),
            ("estimate", self.estimate),
            ("performance matrix", self.matrix),
            ("hardware detection", self.detection),
            ("plan", self.plan),
            ("GUI libraries", self.gui_libraries),
        ]

    # -- environment -------------------------------------------------------------------------

    def numba_cache(self) -> str:
        folder = os.environ.get("NUMBA_CACHE_DIR", "")
        if not folder:
            raise CheckFailed("NUMBA_CACHE_DIR is not set, so compiled kernels may land in a "
                              "folder that changes between launches (every start recompiles)")
        path = Path(folder)
        try:
            path.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path, prefix=".rigsizer-self-test-"):
                pass
        except OSError as exc:
            raise CheckFailed(f"cannot write to {path} ({exc.strerror or exc}); kernels will be "
                              "recompiled on every start") from exc
        return str(path)

    def kernel_sources(self) -> str:
        """numba caches a kernel only when its module's source file exists on disk.

        In a frozen bundle that holds only if the spec collected core.kernels as .py files; a
        kernel module imported from the bundle's zip archive compiles fine but never caches.
        """
        kernels = _import("core.kernels", None, "numeric kernels")
        names = sorted(m.name for m in pkgutil.iter_modules(kernels.__path__)
                       if not m.name.startswith("_"))
        if not names:
            raise Unavailable("numeric kernels not available: core/kernels has no kernel modules")
        missing: list[str] = []
        for name in names:
            module = _import(f"core.kernels.{name}", None, "numeric kernels")
            source = getattr(module, "__file__", None)
            if not source or not source.endswith(".py") or not Path(source).is_file():
                missing.append(f"core.kernels.{name} ({source or 'no file'})")
        if missing:
            raise CheckFailed("not on disk as source, so numba cannot cache them: "
                              + ", ".join(missing))
        return f"{len(names)} kernel modules on disk ({', '.join(names)})"

    # -- catalogs ----------------------------------------------------------------------------

    def gpu_catalog(self) -> str:
        self.gpus = tuple(self._loaded("GPU catalog").gpus)
        if not self.gpus:
            from core.paths import catalogs_dir

            raise CheckFailed(f"no GPUs in {catalogs_dir() / 'gpus'}")
        vendors: dict[str, int] = {}
        for gpu in self.gpus:
            vendors[gpu.vendor] = vendors.get(gpu.vendor, 0) + 1
        per_vendor = ", ".join(f"{v} {n}" for v, n in sorted(vendors.items()))
        return f"{len(self.gpus)} GPUs ({per_vendor})"

    def cloud_offers(self) -> str:
        offers = tuple(self._loaded("cloud prices").offers)
        if not offers:
            raise CheckFailed("the price snapshot has no offers")
        providers = {o.provider for o in offers}
        dates = sorted({o.snapshot_date for o in offers})
        return (f"{len(offers)} offers from {len(providers)} providers, "
                f"prices as of {dates[-1]}")

    def tariffs(self) -> str:
        cats = self._loaded("electricity tariffs", "currency rates")
        tariffs, rates = cats.tariffs, cats.rates
        if not tariffs:
            raise CheckFailed("no electricity tariffs")
        return (f"{len(tariffs)} regions; {len(rates.per_usd)} currencies as of {rates.date}")

    def models(self) -> str:
        models = self._loaded("model catalog").models
        if not models:
            raise CheckFailed("no models")
        return f"{len(models)} models"

    def profiles(self) -> str:
        profiles = self._loaded("creator profiles").profiles
        if not profiles:
            raise CheckFailed("no shipped creator profiles")
        self.profile = _default_profile(profiles)
        return f"{len(profiles)} profiles; planning with '{self.profile.name}'"

    # -- models ------------------------------------------------------------------------------

    def _need(self, what: str) -> None:
        if what == "gpus" and not self.gpus:
            raise CheckFailed("skipped: the GPU catalog did not load")
        if what == "profile" and self.profile is None:
            raise CheckFailed("skipped: the creator profiles did not load")

    def _reference_gpu(self) -> Any:
        by_id = {g.id: g for g in self.gpus}
        if PREFERRED_GPU in by_id:
            return by_id[PREFERRED_GPU]
        return max(self.gpus, key=lambda g: (g.vram_bytes, g.id))

    def estimate(self) -> str:
        self._need("gpus")
        self._need("profile")
        estimate = self._model().estimate
        gpu = self._reference_gpu()
        notes: list[str] = []
        for workload in self.profile.workloads:
            est = estimate(workload, gpu)
            if not est.runnable:
                notes.append(f"{workload.id}: {est.note}")
                continue
            p10, p50, p90 = est.seconds_p10, est.seconds_p50, est.seconds_p90
            if not all(math.isfinite(x) and x > 0 for x in (p10, p50, p90)) \
                    or not p10 <= p50 <= p90:
                raise CheckFailed(f"{workload.id} on {gpu.id}: times p10/p50/p90 = "
                                  f"{p10!r}/{p50!r}/{p90!r} are not ordered positive numbers")
            return (f"{workload.id} on {gpu.id}: p50 {_seconds(p50)} "
                    f"(p10 {_seconds(p10)}, p90 {_seconds(p90)}, basis {est.basis})")
        raise CheckFailed(f"no workload of '{self.profile.name}' runs on {gpu.id}: "
                          + "; ".join(notes))

    def matrix(self) -> str:
        self._need("gpus")
        self._need("profile")
        evaluate = self._model().evaluate
        started = time.perf_counter()
        m = evaluate(self.profile.workloads, self.gpus)
        took = time.perf_counter() - started
        shape = (len(self.profile.workloads), len(self.gpus))
        if tuple(m.t50.shape) != shape:
            raise CheckFailed(f"t50 has shape {tuple(m.t50.shape)}, expected {shape}")
        runnable = int(m.runnable.sum())
        if runnable == 0:
            raise CheckFailed(f"no workload of '{self.profile.name}' runs on any catalog GPU")
        bad = [(w, g) for w in range(shape[0]) for g in range(shape[1])
               if m.runnable[w, g] and not (math.isfinite(m.t50[w, g]) and m.t50[w, g] > 0)]
        if bad:
            w, g = bad[0]
            raise CheckFailed(f"{len(bad)} runnable cells have no positive time, e.g. "
                              f"{m.workload_ids[w]} on {m.gpu_ids[g]}: {m.t50[w, g]!r}")
        return (f"{shape[0]} workloads x {shape[1]} GPUs, {runnable} runnable, "
                f"{took * 1000:.0f} ms including any compile")

    # -- detection and planning ----------------------------------------------------------------

    def detection(self) -> str:
        detect_machine = _import("core.hardware.detect", "detect_machine", "hardware detection")
        machine = detect_machine(timeout_s=DETECT_TIMEOUT_S)
        self.machine = machine
        sources = ", ".join(machine.sources) or "no probe"
        if not machine.gpus:
            # The first sentence; `rigsizer detect --diagnostics` has every probe's story.
            why = (machine.reason or "no reason given").split(". ")[0].rstrip(".")
            return f"no GPU found ({why}); via {sources}"
        names = "; ".join(f"{g.name} -> {g.gpu_id or 'not in catalog'}" for g in machine.gpus)
        return f"{len(machine.gpus)} GPU(s): {names}; via {sources}"

    def plan(self) -> str:
        recommend = _import("core.plan", "recommend", "planner")
        self._need("profile")
        result = recommend(self.profile, self.machine, self._loaded(), self._model().evaluate,
                           samples=PLAN_SAMPLES, seed=1)
        best = result.best
        if best is None:
            return (f"no feasible plan for '{self.profile.name}' "
                    f"({len(result.rejected)} rejected): {result.recommendation}")
        cost = best.monthly_cost_p50
        if not math.isfinite(cost) or cost < 0:
            raise CheckFailed(f"best plan '{best.id}' costs {cost!r} per month")
        return f"best of {len(result.plans)}: {best.label}, {cost:,.0f} {best.currency}/month p50"

    def gui_libraries(self) -> str:
        # Import only: a QApplication needs a display, and the point here is that the bundle
        # carries Qt, pyqtgraph and the window code at all.
        qtwidgets = _import("PySide6.QtWidgets", None, "Qt (PySide6)")
        _import("pyqtgraph", None, "pyqtgraph")
        _import("app.launch", "launch_gui_or_text", "window launcher")
        _import("app.gui.app", "run_gui", "window")
        _import("app.gui.main_window", "MainWindow", "window")
        qt = importlib.import_module("PySide6.QtCore").qVersion()
        return f"Qt {qt}, {qtwidgets.__name__}, pyqtgraph and the window code import"


def _default_profile(profiles: Mapping[str, Any]) -> Any:
    """The profile RigSizer opens with, else the first in a stable order."""
    for key in ("default", "ai_video_blogger"):
        if key in profiles:
            return profiles[key]
    return profiles[sorted(profiles)[0]]


def _seconds(s: float) -> str:
    if s < 1:
        return f"{s * 1000:.1f} ms"
    if s < 600:
        return f"{s:.1f} s"
    return f"{s / 60:.1f} min"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run_checks() -> Iterator[CheckResult]:
    suite = SelfTest()
    for name, check in suite.checks():
        started = time.perf_counter()
        try:
            detail, ok = check(), True
        except (Unavailable, CheckFailed) as exc:
            detail, ok = str(exc), False
        except ImportError as exc:
            # A module the check's code imports lazily is missing from this install.
            detail, ok = f"not available: {exc}", False
        except (ValueError, KeyError, OSError) as exc:
            # Loaders raise these with a message written for people (file, entry and key).
            detail, ok = f"failed: {exc.args[0] if isinstance(exc, KeyError) else exc}", False
        except Exception as exc:  # a self-test reports every failure as a line, never a traceback
            detail, ok = f"failed: {type(exc).__name__}: {exc}", False
        yield CheckResult(name, ok, _one_line(detail), time.perf_counter() - started)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; return the exit code (0 or 1)."""
    stream = out if out is not None else sys.stdout
    failed: list[str] = []
    total = 0
    started = time.perf_counter()
    print("RigSizer self-test", file=stream, flush=True)
    for result in run_checks():
        total += 1
        mark = "ok  " if result.ok else "FAIL"
        print(f"{mark} {result.name}: {result.detail} [{result.seconds:.2f} s]",
              file=stream, flush=True)
        if not result.ok:
            failed.append(result.name)
    took = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED: {len(failed)} of {total} checks ({', '.join(failed)}) "
              f"in {took:.1f} s", file=stream, flush=True)
        return 1
    print(f"self-test passed: {total} checks in {took:.1f} s", file=stream, flush=True)
    return 0
