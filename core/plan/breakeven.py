"""Break-even of buying against renting: the month a purchase pays off, and the sweep of that
month over usage (hours a week) × electricity price for the top buy plan against the top rent
plan (core.kernels.plan_breakeven does the arithmetic)."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from core.cost.local import RESALE_ANNUAL_KEEP, RESALE_FIRST_KEEP, WEEKS_PER_MONTH
from core.kernels.engine import breakeven_month, breakeven_sweep
from core.schema.plan import BreakevenGrid

MAX_MONTHS = 120  # ten years: beyond that a card is obsolete, "never" is the honest answer
HOURS_GRID = (1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 60.0, 80.0, 100.0, 120.0, 150.0)
TARIFF_FACTORS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


def month_of_breakeven(purchase: float, extra: float, running_monthly: float,
                       rent_monthly: float, max_months: int = MAX_MONTHS) -> float | None:
    """First month at which owning (bought for `purchase` + `extra`, resold at the curve's
    value) has cost no more than renting; None when not within `max_months`."""
    if purchase + extra <= 0:
        return None
    m = float(breakeven_month(purchase + extra, purchase, RESALE_FIRST_KEEP.value,
                              RESALE_ANNUAL_KEEP.value, running_monthly, rent_monthly,
                              max_months))
    return m if math.isfinite(m) else None


def cumulative(purchase: float, extra: float, running_monthly: float,
               horizon: int) -> tuple[float, ...]:
    """Money spent by the end of each month 0..horizon, net of what the card would fetch if
    sold then (so the curve at the horizon is the plan's total cost of ownership)."""
    up = purchase + extra
    return tuple(up - purchase * keep + m * running_monthly
                 for m, keep in enumerate(resale_share(horizon)))


@lru_cache(maxsize=16)
def resale_share(horizon: int) -> tuple[float, ...]:
    """Share of the price a card fetches used after 0..horizon months (the same for every
    plan: computed once, not with numpy for each of a few hundred plans)."""
    return tuple(RESALE_FIRST_KEEP.value * RESALE_ANNUAL_KEEP.value ** (m / 12.0)
                 for m in range(horizon + 1))


def sweep(buy_plan_id: str, rent_plan_id: str, currency: str, fx: float, purchase: float,
          extra: float, buy_busy_h_week: float, buy_kwh_month: float, buy_idle_kwh: float,
          rent_local_kwh_month: float, rent_idle_kwh: float, rent_variable_monthly: float,
          rent_fixed_monthly: float, tariff_usd_per_kwh: float) -> BreakevenGrid | None:
    """The grid for `buy` vs `rent` (USD inputs; `fx` converts USD to the profile currency).

    Usage scales both plans' work together: hour h of the axis is an hour of work timed on the
    bought card. Energy the rent plan still draws locally (live or private work on the current
    card) is subtracted from the buy side, since both pay for it.
    """
    if buy_busy_h_week <= 0 or tariff_usd_per_kwh <= 0:
        return None
    per_hour = buy_busy_h_week * WEEKS_PER_MONTH
    buy_kw = (buy_kwh_month - rent_local_kwh_month) / per_hour
    rent_per_hour = rent_variable_monthly / per_hour
    hours = np.array(HOURS_GRID)
    tariffs = np.array([tariff_usd_per_kwh * f for f in TARIFF_FACTORS])
    months = breakeven_sweep(hours, tariffs, purchase + extra, purchase, RESALE_FIRST_KEEP.value,
                             RESALE_ANNUAL_KEEP.value, buy_kw, buy_idle_kwh - rent_idle_kwh,
                             rent_per_hour, rent_fixed_monthly, WEEKS_PER_MONTH, MAX_MONTHS)
    return BreakevenGrid(
        buy_plan_id=buy_plan_id, rent_plan_id=rent_plan_id, currency=currency,
        hours_per_week=tuple(float(h) for h in hours),
        tariff_per_kwh=tuple(float(t * fx) for t in tariffs),
        months=tuple(tuple(float(v) for v in row) for row in months),
        current_hours_per_week=buy_busy_h_week,
        current_tariff_per_kwh=tariff_usd_per_kwh * fx)


__all__ = ["HOURS_GRID", "MAX_MONTHS", "TARIFF_FACTORS", "cumulative", "month_of_breakeven",
           "resale_share", "sweep"]
