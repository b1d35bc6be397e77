"""Break-even month of buying against renting, and its sweep over usage × electricity price.

Owning until month m costs `upfront - resale(m) + m * buy_monthly`, where resale(m) =
`resale_base * first_year_keep * annual_keep ** (m / 12)` (what the card fetches used; the curve's
parameters and source are in core.cost.local). Renting costs `m * rent_monthly`. The break-even
month is the first m at which owning is no dearer, interpolated linearly between whole months;
+inf when it does not happen within `max_months`.
"""

from __future__ import annotations

import numpy as np

from core.kernels._jit import kernel


@kernel()
def owned_cost(m: float, upfront: float, resale_base: float, first_keep: float,
               annual_keep: float, buy_monthly: float) -> float:
    keep: float = annual_keep ** (m / 12.0)
    return upfront - resale_base * first_keep * keep + m * buy_monthly


@kernel()
def breakeven_month(upfront: float, resale_base: float, first_keep: float, annual_keep: float,
                    buy_monthly: float, rent_monthly: float, max_months: int) -> float:
    prev = owned_cost(0.0, upfront, resale_base, first_keep, annual_keep, buy_monthly)
    if prev <= 0.0:
        return 0.0
    for m in range(1, max_months + 1):
        gap = owned_cost(float(m), upfront, resale_base, first_keep, annual_keep,
                         buy_monthly) - m * rent_monthly
        if gap <= 0.0:
            # prev is the gap at m - 1 (> 0); the crossing lies between m - 1 and m
            return m - 1 + prev / (prev - gap)
        prev = gap
    return np.inf


@kernel()
def breakeven_sweep(hours: np.ndarray, tariffs: np.ndarray, upfront: float, resale_base: float,
                    first_keep: float, annual_keep: float, buy_kw: float,
                    buy_idle_kwh_month: float, rent_usd_per_hour: float,
                    rent_fixed_monthly: float, weeks_per_month: float,
                    max_months: int) -> np.ndarray:
    """months[i, j] for `hours[i]` hours of work per week (timed on the bought card) and an
    electricity price of `tariffs[j]` per kWh. `rent_usd_per_hour` is the rental cost of the same
    hour of work (card-speed ratio, billing and overheads folded in by the caller)."""
    out = np.empty((hours.shape[0], tariffs.shape[0]))
    for i in range(hours.shape[0]):
        rent = hours[i] * weeks_per_month * rent_usd_per_hour + rent_fixed_monthly
        kwh = hours[i] * weeks_per_month * buy_kw + buy_idle_kwh_month
        for j in range(tariffs.shape[0]):
            out[i, j] = breakeven_month(upfront, resale_base, first_keep, annual_keep,
                                        kwh * tariffs[j], rent, max_months)
    return out
