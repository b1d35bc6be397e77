"""Plain-Python twins of the plan and cost kernels (core/kernels/cost_*.py, plan_*.py).

Written from the kernels' docstrings, loop by loop, with no numpy and no numba, so a test can
compare the compiled kernel against an independent reading of the same rules.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

KWH = 3.6e6
WEEKS_PER_MONTH = 365.25 / 12 / 7


def tiered_cost(kwh: float, bounds: Sequence[float], prices: Sequence[float]) -> float:
    total, lower = 0.0, 0.0
    for upper, price in zip(bounds, prices, strict=True):
        if kwh <= lower:
            break
        total += (min(kwh, upper) - lower) * price
        lower = upper
    return total


def marginal_energy_cost(extra: float, base: float, bounds: Sequence[float],
                         prices: Sequence[float]) -> float:
    return tiered_cost(base + extra, bounds, prices) - tiered_cost(base, bounds, prices)


def billed_seconds(seconds: float, granularity: float, minimum: float) -> float:
    if seconds <= 0:
        return 0.0
    s = max(seconds, minimum)
    return math.ceil(s / granularity - 1e-9) * granularity if granularity > 0 else s


def plan_cost(p: int, s: int, a: dict, scales: Sequence[float]) -> float:  # type: ignore[type-arg]
    """Monthly cost of plan p in sample s; `a` holds the kernel's arguments by name."""
    local_j = compute = cloud_n = per_job_billed = 0.0
    for w in range(len(a["jobs"])):
        u = a["jobs"][w] * scales[0] * math.exp(a["usage_sigma"] * a["z_usage"][s][w])
        if a["local_t50"][p][w] > 0:
            t = a["local_t50"][p][w] * math.exp(a["local_sigma"][p][w] * a["z_time"][s][w])
            local_j += u * t * a["local_power"][p][w]
        if a["cloud_t50"][p][w] > 0:
            t = (a["cloud_t50"][p][w] * math.exp(a["cloud_sigma"][p][w] * a["z_time"][s][w])
                 * (1 + a["rerun"][p]))
            if a["per_job"][p]:
                per_job_billed += u * billed_seconds(a["overhead_s"][p] + t,
                                                     a["granularity"][p], a["minimum"][p])
            else:
                compute += u * t
                cloud_n += u
    kwh = local_j / KWH * WEEKS_PER_MONTH + a["idle_kwh_month"][p]
    tariff = scales[1] * math.exp(a["tariff_sigma"] * a["z_tariff"][s])
    energy = marginal_energy_cost(kwh, a["base_kwh"], a["bounds"], a["prices"]) * tariff
    back = a["resale_monthly"][p] * (1.0 - math.exp(a["resale_sigma"] * a["z_resale"][s]))
    hw = (a["hw_monthly"][p] + back) * scales[2] * math.exp(a["card_sigma"] * a["z_card"][s])
    billed = per_job_billed
    if compute > 0:
        n = max(min(cloud_n, a["session_cap"][p]), 1e-9)
        billed += n * billed_seconds(a["overhead_s"][p] + a["download_s"][p] + compute / n,
                                     a["granularity"][p], a["minimum"][p])
    rent = 0.0
    if billed > 0:
        rent = (billed * a["usd_per_s"][p] * scales[3]
                * math.exp(a["rent_sigma"][p] * a["z_rent"][s]) * WEEKS_PER_MONTH
                + a["fixed_month"][p])
        rent = max(rent, a["floor_month"][p])  # the smallest credit purchase, over the horizon
    return hw + energy + rent


def quantiles(values: Sequence[float]) -> tuple[float, float, float]:
    """Nearest-rank p10, p50, p90: rank q·(n-1) of the sorted list, rounded half to even."""
    v = sorted(values)
    n = len(v)
    return v[round(0.1 * (n - 1))], v[round(0.5 * (n - 1))], v[round(0.9 * (n - 1))]


def breakeven_month(upfront: float, resale_base: float, first_keep: float, annual_keep: float,
                    buy_monthly: float, rent_monthly: float, max_months: int) -> float:
    def gap(m: int) -> float:
        owned = upfront - resale_base * first_keep * annual_keep ** (m / 12) + m * buy_monthly
        return owned - m * rent_monthly

    if gap(0) <= 0:
        return 0.0
    for m in range(1, max_months + 1):
        g = gap(m)
        if g <= 0:
            prev = gap(m - 1)
            return m - 1 + prev / (prev - g)
    return math.inf


def breakeven_sweep(hours: Sequence[float], tariffs: Sequence[float], upfront: float,
                    resale_base: float, first_keep: float, annual_keep: float, buy_kw: float,
                    idle_kwh: float, rent_per_hour: float, rent_fixed: float, wpm: float,
                    max_months: int) -> list[list[float]]:
    return [[breakeven_month(upfront, resale_base, first_keep, annual_keep,
                             (h * wpm * buy_kw + idle_kwh) * c,
                             h * wpm * rent_per_hour + rent_fixed, max_months)
             for c in tariffs] for h in hours]
