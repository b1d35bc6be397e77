"""A plan's report states every figure its estimates rest on that is not a catalog fact: the
planner's and the cost model's, and the performance model's (the share of TDP a job draws, which
sets the electricity bill, and the host costs a rented pod adds to each step and token)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import core.cost
import core.perf
import core.plan
from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids
from core.perf.efficiency import Efficiency
from core.perf.stated import fitted_host_costs
from core.plan import recommend
from core.schema.assumption import Assumption
from core.schema.plan import PlanResult
from tests.shipped import catalogs, evaluate

# Figures that shape how the shipped fit was made, not what a plan assumes: the fit's method
# (assets/calibration/efficiency.json, "method") and the README's accuracy section state them.
FIT_TIME_ONLY = {"LOSS_CAP", "GAP_GROWTH_MAX"}


@cache
def _result() -> PlanResult:
    return recommend(load_profiles()["ai_video_blogger"],
                     machine_from_gpu_ids(["nvidia-rtx-3060-12gb"]), catalogs(), evaluate,
                     samples=300)


def _defined_assumptions() -> dict[str, Assumption]:
    """Every module-level Assumption of the performance, cost and plan packages, by the name of
    the variable that defines it."""
    found: dict[str, Assumption] = {}
    for package in (core.perf, core.cost, core.plan):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for var, value in vars(module).items():
                if isinstance(value, Assumption) and var not in FIT_TIME_ONLY:
                    found.setdefault(var, value)
    return found


def test_every_assumption_the_model_makes_is_in_the_plans_report() -> None:
    stated = "\n".join(str(a) for a in _result().provenance.assumptions)
    defined = _defined_assumptions()
    assert len(defined) > 30  # the scan found the packages' assumptions
    missing = [var for var, a in defined.items() if f"{a.name}:" not in stated]
    assert not missing, f"defined but not stated in a plan: {missing}"


def test_the_report_says_what_a_diffusion_job_draws_and_what_a_pod_adds() -> None:
    stated = [str(a) for a in _result().provenance.assumptions]
    assert any(s.startswith("board power, image and video diffusion: 0.95 × TDP") for s in stated)
    pod = next(s for s in stated if "diffusion step on a server or rented pod" in s)
    desktop = next(s for s in stated if "diffusion step on a desktop PC" in s)
    # the fitted figures, in ms, as the plan used them: a pod's CPU is the slower one
    assert float(pod.split(": ")[1].split()[0]) > float(desktop.split(": ")[1].split()[0]) > 0


def test_fitted_host_costs_read_the_fit_they_are_given() -> None:
    fit = Efficiency({"image": {"floor": {"": 0.0004, "host=server": 0.0009}},
                      "llm_tg": {"t0": 0.002, "t0_by": {"host=server": 0.003}}})
    values = [(a.name, a.value, a.unit) for a in fitted_host_costs(fit)]
    assert values == [
        ("kernel launches of a diffusion step on a desktop PC", 0.4, "ms per denoiser block"),
        ("kernel launches of a diffusion step on a server or rented pod", 0.9,
         "ms per denoiser block"),
        ("host work per generated LLM token on a desktop PC", 2.0, "ms per token"),
        ("host work per generated LLM token on a server or rented pod", 3.0, "ms per token")]
    # a fit without an image block states only what it has
    only_llm = fitted_host_costs(Efficiency({"llm_tg": {"t0": 0.001}}))
    assert [a.value for a in only_llm] == [1.0, 1.0]
