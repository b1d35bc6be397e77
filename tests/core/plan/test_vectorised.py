"""The numpy twins (core.kernels.vectorised) give the compiled kernels' floats exactly.

The window plans with the twins until the compiled kernels are ready and then switches, so any
difference would make a figure change by itself a few seconds after launch. Equality here is
exact (==), not approximate.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.catalogs.profiles import load_profiles
from core.kernels import engine, plan_breakeven, plan_mc, vectorised
from core.kernels.mc_quantiles import mc_time_quantiles
from core.perf import PerfModel
from core.perf.montecarlo import normal_draws, quantile_ranks
from tests.core.plan.test_kernels import KERNEL_ORDER, TIERS, _random_args
from tests.shipped import catalogs


@pytest.mark.parametrize(("seed", "flat", "n_s"), [
    (1, False, 1001), (2, True, 1000), (3, False, 7)])
def test_cost_quantiles_equal_the_kernel(seed: int, flat: bool, n_s: int) -> None:
    rng = np.random.default_rng(seed)
    a = _random_args(rng, 40, 3, n_s)
    if flat:
        a["bounds"], a["prices"] = np.array([math.inf]), np.array([0.21])
    scales = np.array([1.0, 1.3, 0.9, 1.1])
    args = [a[k] for k in KERNEL_ORDER]
    want = plan_mc.monthly_cost_quantiles(*args, scales)
    got = vectorised.monthly_cost_quantiles(*args, scales)
    assert got.tolist() == want.tolist()


def test_exp_row_equals_the_kernel_also_past_its_safe_range() -> None:
    z = np.random.default_rng(4).standard_normal(5000)
    for sigma in (0.0, 0.08, 0.5, -1.7, 300.0):
        want, scratch = np.empty_like(z), np.empty_like(z)
        plan_mc.exp_row(sigma, z, want, scratch)
        assert vectorised.exp_row(sigma, z).tolist() == want.tolist()


def test_breakeven_equals_the_kernel() -> None:
    hours = np.array([1.0, 2.0, 5.0, 10.0, 40.0, 150.0])
    tariffs = np.array([0.03, 0.15, 0.45, 1.2])
    for args in [(1800.0, 1700.0, 0.85, 0.8, 0.4, 3.0, 0.69, 2.0, 365.25 / 12 / 7, 120),
                 (500.0, 400.0, 0.7, 0.9, 0.2, 0.1, 0.05, 0.0, 4.35, 60),
                 (0.0, 0.0, 0.8, 0.8, 0.3, 1.0, 0.5, 1.0, 4.35, 120)]:
        want = plan_breakeven.breakeven_sweep(hours, tariffs, *args)
        assert vectorised.breakeven_sweep(hours, tariffs, *args).tolist() == want.tolist()
    for month_args in [(1200.0, 0.0, 0.0, 1.0, 0.0, 100.0, 120),
                       (1000.0, 1000.0, 0.85, 0.8, 50.0, 40.0, 120),
                       (1999.0, 1999.0, 0.85, 0.8, 12.5, 80.0, 120),
                       (100.0, 200.0, 0.85, 0.8, 1.0, 2.0, 120)]:
        assert vectorised.breakeven_month(*month_args) == \
            plan_breakeven.breakeven_month(*month_args)


def test_energy_cost_equals_the_kernel() -> None:
    from core.kernels import cost_tariff

    for extra, base in [(0.0, 0.0), (100.0, 200.0), (500.0, 390.0), (1e4, 0.0)]:
        assert vectorised.marginal_energy_cost(extra, base, *TIERS) == \
            cost_tariff.marginal_energy_cost(extra, base, *TIERS)


def test_time_quantiles_equal_the_kernel() -> None:
    z1, z2, z1s, z2s = normal_draws(3001, 11)
    ranks = quantile_ranks(np.array([0.1, 0.5, 0.9]), 3001)
    rng = np.random.default_rng(9)
    n = 30
    a, b, c = rng.uniform(0, 5, n), rng.uniform(0, 5, n), rng.uniform(0, 1, n)
    sa, sb = rng.choice([0.0, 0.1, 0.3, -0.2], n), rng.choice([0.0, 0.25, 0.6], n)
    b[:5] = 0.0
    a[5:8] = 0.0
    args = (a, sa, b, sb, c, z1, z2, z1s, z2s, ranks)
    assert vectorised.mc_time_quantiles(*args).tolist() == mc_time_quantiles(*args).tolist()


@pytest.mark.parametrize("key", sorted(load_profiles()))
def test_whole_plans_are_the_same_on_both_paths(key: str) -> None:
    """Every shipped profile, planned end to end on each path: the same result value."""
    from core.plan import recommend

    profile = load_profiles()[key]
    assert engine.compiled()
    # a model each: one model's caches would hand the second run the first run's time quantiles
    compiled = recommend(profile, None, catalogs(), PerfModel.from_catalogs(catalogs()).evaluate,
                         samples=600, seed=5)
    engine.use_compiled(False)
    try:
        twins = recommend(profile, None, catalogs(), PerfModel.from_catalogs(catalogs()).evaluate,
                          samples=600, seed=5)
    finally:
        engine.use_compiled(True)
    # repr: every float written exactly, and NaN (a model that cannot run) equal to NaN
    assert repr(twins) == repr(compiled)
    assert twins.plans  # the comparison covered real plans
