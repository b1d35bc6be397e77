"""The plan/cost kernels against their plain-Python twins in tests/core/reference_plan.py."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.kernels import cost_tariff, order_stats, plan_breakeven, plan_mc, ranks
from tests.core import reference_plan as ref

TIERS = (np.array([240.0, 400.0, math.inf]), np.array([0.4883, 0.5383, 0.7883]))


@pytest.mark.parametrize("kwh", [0.0, 10.0, 239.9, 240.0, 300.0, 400.0, 1000.0])
def test_tiered_cost_matches_twin_and_hand_numbers(kwh: float) -> None:
    got = cost_tariff.tiered_cost(kwh, *TIERS)
    assert got == pytest.approx(ref.tiered_cost(kwh, list(TIERS[0]), list(TIERS[1])))
    if kwh == 300.0:
        # 240 kWh at 0.4883 + 60 kWh at 0.5383, done by hand
        assert got == pytest.approx(240 * 0.4883 + 60 * 0.5383)


def test_marginal_energy_lands_in_upper_tiers() -> None:
    # a household at 200 kWh adding 100 kWh: 40 kWh in tier 1, 60 kWh in tier 2
    got = cost_tariff.marginal_energy_cost(100.0, 200.0, *TIERS)
    assert got == pytest.approx(40 * 0.4883 + 60 * 0.5383)


@pytest.mark.parametrize(("s", "g", "m", "want"), [
    (0.0, 60.0, 60.0, 0.0), (1.0, 60.0, 60.0, 60.0), (61.0, 60.0, 0.0, 120.0),
    (120.0, 60.0, 0.0, 120.0), (12.3, 1.0, 0.0, 13.0), (5.0, 0.0, 30.0, 30.0),
])
def test_billed_seconds(s: float, g: float, m: float, want: float) -> None:
    assert plan_mc.billed_seconds(s, g, m) == want
    assert ref.billed_seconds(s, g, m) == want


def _random_args(rng: np.random.Generator, n_p: int, n_w: int, n_s: int) -> dict:  # type: ignore[type-arg]
    def mask(shape: tuple[int, int]) -> np.ndarray:
        return rng.random(shape) < 0.6

    a = {
        "jobs": rng.uniform(0.5, 50, n_w),
        "z_usage": rng.standard_normal((n_s, n_w)), "z_time": rng.standard_normal((n_s, n_w)),
        "z_card": rng.standard_normal(n_s), "z_rent": rng.standard_normal(n_s),
        "z_tariff": rng.standard_normal(n_s), "z_resale": rng.standard_normal(n_s),
        "usage_sigma": 0.25, "card_sigma": 0.08, "rent_sigma": rng.uniform(0, 0.3, n_p),
        "tariff_sigma": 0.05, "hw_monthly": rng.uniform(0, 80, n_p) * (rng.random(n_p) < 0.5),
        "resale_sigma": 0.3,
        "idle_kwh_month": rng.uniform(0, 10, n_p),
        "local_t50": rng.uniform(1, 3000, (n_p, n_w)) * mask((n_p, n_w)),
        "local_sigma": rng.uniform(0, 0.5, (n_p, n_w)),
        "local_power": rng.uniform(50, 700, (n_p, n_w)),
        "cloud_t50": rng.uniform(1, 3000, (n_p, n_w)) * mask((n_p, n_w)),
        "cloud_sigma": rng.uniform(0, 0.5, (n_p, n_w)),
        "usd_per_s": rng.uniform(0.1, 4, n_p) / 3600, "granularity": rng.choice([0, 1, 60], n_p),
        "minimum": rng.choice([0.0, 60.0, 300.0], n_p), "overhead_s": rng.uniform(0, 300, n_p),
        "download_s": rng.uniform(0, 400, n_p), "fixed_month": rng.uniform(0, 5, n_p),
        "floor_month": rng.uniform(0, 40, n_p) * (rng.random(n_p) < 0.5),
        "rerun": rng.choice([0.0, 0.15], n_p), "per_job": rng.random(n_p) < 0.3,
        "session_cap": np.full(n_p, 7.0),
        "bounds": TIERS[0], "prices": TIERS[1] / 7.1, "base_kwh": 200.0,
    }
    a["granularity"] = a["granularity"].astype(float)
    a["resale_monthly"] = a["hw_monthly"] * rng.uniform(0.3, 1.5, n_p)
    return a


KERNEL_ORDER = ("jobs", "z_usage", "z_time", "z_card", "z_rent", "z_tariff", "z_resale",
                "usage_sigma", "card_sigma", "rent_sigma", "tariff_sigma", "resale_sigma",
                "hw_monthly", "resale_monthly", "idle_kwh_month",
                "local_t50", "local_sigma", "local_power", "cloud_t50", "cloud_sigma",
                "usd_per_s", "granularity", "minimum", "overhead_s", "download_s",
                "fixed_month", "floor_month", "rerun", "per_job", "session_cap", "bounds", "prices",
                "base_kwh")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_monte_carlo_quantiles_match_twin(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_p, n_w, n_s = 6, 3, 201
    a = _random_args(rng, n_p, n_w, n_s)
    scales = np.array([1.0, 1.3, 0.9, 1.1])
    got = plan_mc.monthly_cost_quantiles(*(a[k] for k in KERNEL_ORDER), scales)
    lists = {k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in a.items()}
    for p in range(n_p):
        samples = [ref.plan_cost(p, s, lists, scales.tolist()) for s in range(n_s)]
        assert got[p] == pytest.approx(ref.quantiles(samples), rel=1e-9, abs=1e-9)
        assert got[p, 0] <= got[p, 1] <= got[p, 2]


def test_quickselect_handles_ties_and_tiny_inputs() -> None:
    for values in ([5.0], [2.0, 2.0, 2.0], [3.0, 1.0, 2.0, 1.0], list(range(100, 0, -1))):
        arr = np.array(values, dtype=float)
        k10, k50, k90 = order_stats.p10_p50_p90(len(values))
        buf = arr.copy()
        m = order_stats.select_inplace(buf, 0, len(values) - 1, k50)
        assert m == sorted(values)[k50]
        assert order_stats.select_inplace(buf, 0, k50, k10) == sorted(values)[k10]
        assert order_stats.select_inplace(buf, k50, len(values) - 1, k90) == sorted(values)[k90]
        # the partition a later selection relies on: nothing left of k50 is larger
        assert max(buf[:k50 + 1]) == buf[k50] == min(buf[k50:])


def test_nearest_ranks_one_definition_compiled_and_plain() -> None:
    # the kernel is core.kernels.ranks compiled; the plain function is its twin, and both say
    # what numpy's "nearest" quantile method says (halves to even: 0.5 of 1002 samples -> 500)
    for n in (1, 2, 3, 10, 11, 101, 1000, 1001, 1002, 10_000):
        assert order_stats.p10_p50_p90(n) == ranks.p10_p50_p90(n)
        for q in (0.0, 0.1, 0.25, 0.5, 0.9, 1.0):
            want = int(np.quantile(np.arange(n), q, method="nearest"))
            assert order_stats.nearest_rank(q, n) == ranks.nearest_rank(q, n) == want
    assert ranks.nearest_rank(0.5, 1002) == 500 and ranks.nearest_rank(0.5, 1000) == 500
    assert list(ranks.nearest_ranks([0.1, 0.5, 0.9], 10_000)) == [1000, 5000, 8999]


def test_breakeven_month_by_hand() -> None:
    # no resale: $1,200 up front, owning costs $0/month, renting $100/month -> month 12
    assert plan_breakeven.breakeven_month(1200.0, 0.0, 0.0, 1.0, 0.0, 100.0, 120) == \
        pytest.approx(12.0)
    # renting cheaper than running the card: never
    assert math.isinf(plan_breakeven.breakeven_month(1000.0, 1000.0, 0.85, 0.8, 50.0, 40.0, 120))


def test_breakeven_sweep_matches_twin() -> None:
    hours = np.array([1.0, 5.0, 20.0, 80.0])
    tariffs = np.array([0.05, 0.15, 0.45])
    args = (1800.0, 1700.0, 0.85, 0.8, 0.4, 3.0, 0.69, 2.0, 365.25 / 12 / 7, 120)
    got = plan_breakeven.breakeven_sweep(hours, tariffs, *args)
    want = ref.breakeven_sweep(hours.tolist(), tariffs.tolist(), *args)
    for row_got, row_want in zip(got.tolist(), want, strict=True):
        assert row_got == pytest.approx(row_want)
    # more hours never delays break-even here (renting costs more per hour than power does)
    finite = np.where(np.isinf(got), 1e9, got)
    assert (np.diff(finite, axis=0) <= 1e-9).all()
    # a dearer tariff never brings break-even earlier
    assert (np.diff(finite, axis=1) >= -1e-9).all()


@pytest.mark.parametrize("case", ["uniform", "lognormal-tail", "ties", "constant", "tiny", "two"])
def test_three_order_stats_equal_sorting(case: str) -> None:
    rng = np.random.default_rng(5)
    values = {
        "uniform": rng.random(10_001),
        "lognormal-tail": np.exp(rng.standard_normal(9_999) * 3.0),  # most values in 1 bucket
        "ties": np.round(rng.random(5_000) * 3.0),
        "constant": np.full(100, 7.5),
        "tiny": np.array([3.0]),
        "two": np.array([2.0, 1.0]),
    }[case]
    n = values.size
    k = order_stats.p10_p50_p90(n)
    got = plan_mc.three_order_stats(values.copy(), *k, np.zeros(plan_mc.BUCKETS, np.int64),
                                    np.empty(n))
    want = np.sort(values)[list(k)]
    assert list(got) == list(want)
    assert ref.quantiles(values.tolist()) == tuple(want)


@pytest.mark.parametrize("sigma", [0.0, 0.05, 0.3195810558564461, 1.0, -0.7, 80.0, 1.01])
def test_exp_row_equals_math_exp(sigma: float) -> None:
    # the vectorised exp behind the time factors: within a few ulp of libm everywhere the
    # kernel uses it (80 * 8 reaches e^640), and the fallback past the safe range (1.01 * 700)
    z = np.concatenate([np.random.default_rng(9).standard_normal(5_000) * 2.0,
                        [0.0, -4.0, 4.0, 1e-300, -1e-300] + ([700.0, -700.0] if sigma == 1.01
                                                            else [])])
    out = np.empty_like(z)
    plan_mc.exp_row(sigma, z, out, np.empty_like(z))
    want = np.array([math.exp(sigma * x) for x in z])
    assert np.all(np.abs(out / want - 1.0) < 4e-16)


def test_slot_finds_a_value_or_the_next_free_index() -> None:
    keys = np.array([0.3, 0.1, 0.3, 0.2, 9.9])
    # the first match at or after `start`, before `stop`; `stop` when absent (append there)
    for value, start, stop in ((0.3, 0, 4), (0.3, 1, 4), (0.2, 0, 3), (0.2, 0, 4), (9.9, 0, 4),
                               (0.1, 2, 4), (0.5, 0, 0)):
        window = list(keys[start:stop])
        want = start + window.index(value) if value in window else stop
        assert plan_mc.slot(value, keys, start, stop) == want


def test_key_of_appends_a_new_value_once_with_its_tag() -> None:
    keys = np.zeros(4)
    tags = np.zeros(4, dtype=np.int64)
    n = 0
    seen: list[tuple[float, int]] = []  # the twin: a list of (value, tag), first tag wins
    for value, tag in ((0.5, 1), (0.2, 2), (0.5, 3), (0.9, 4), (0.2, 5)):
        k = plan_mc.key_of(value, tag, keys, tags, 0, n)
        n = max(n, k + 1)
        want = next((i for i, (v, _t) in enumerate(seen) if v == value), len(seen))
        if want == len(seen):
            seen.append((value, tag))
        assert k == want
    assert n == 3
    assert list(zip(keys[:n].tolist(), tags[:n].tolist(), strict=True)) == seen
