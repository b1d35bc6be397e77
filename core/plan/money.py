"""Step 4 of a plan: the money. Every option costed at the central values, the feasible ones by
Monte Carlo (p10/p50/p90 a month), each plan's cost split into items and its month-by-month
curve, and the break-even grid of the best purchase against the best rental.

The arithmetic lives in core.plan.costing (packing the options into arrays for the kernel
core.kernels.plan_mc) and core.plan.breakeven; this module runs them for one plan run. All
money is USD until `Inputs.fx` turns it into the profile's currency.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from core.cost.local import NEW_PC_USD, energy_cost_monthly, job_kwh_month
from core.kernels.engine import marginal_energy_cost
from core.plan import breakeven as be
from core.plan import costing, wording
from core.plan.inputs import Inputs
from core.plan.judge import Judge
from core.plan.options import Option
from core.schema.message import Message
from core.schema.plan import BreakevenGrid, Plan


@dataclass(frozen=True, slots=True)
class Costed:
    """The options packed for the kernel and their central monthly cost (USD)."""

    packed: costing.Packed
    central: np.ndarray


def central_costs(inp: Inputs, judge: Judge, options: Sequence[Option],
                  current_id: str | None) -> Costed:
    """Every option at the central values (every draw zero), USD a month."""
    workloads = inp.workloads
    local_cells = [[judge.cell(judge.perf_local, w, o.col_of(i)) if pl == "local" else None
                    for i, (w, pl) in enumerate(zip(workloads, o.place, strict=True))]
                   for o in options]
    cloud_cells = [[judge.cell(judge.perf_cloud, w, o.cloud_col)
                    if pl == "cloud" or o.share_rented(i) > 0 else None
                    for i, (w, pl) in enumerate(zip(workloads, o.place, strict=True))]
                   for o in options]
    packed = costing.pack(options, workloads, local_cells, cloud_cells, inp.profile, inp.tariff,
                          inp.rates, current_id)
    return Costed(packed, costing.nominal(packed))


def monthly_quantiles(inp: Inputs, costed: Costed, feasible_idx: np.ndarray) -> np.ndarray:
    """(options, 3) p10/p50/p90 a month in the profile currency: Monte Carlo for the feasible
    options, the central value three times for the others."""
    q = np.repeat(costed.central[:, None], 3, axis=1)
    if feasible_idx.size:
        draws = costing.Draws.make(inp.samples, len(inp.workloads), inp.seed)
        q[feasible_idx] = costing.quantiles(costed.packed.take(feasible_idx), draws)
    return q * inp.fx


def breakdown(inp: Inputs, o: Option, p: int, packed: costing.Packed,
              central_usd: float) -> tuple[dict[str, float], float, float]:
    """Central monthly cost by item (profile currency), the local kWh a month, and the
    running (non-ownership) USD a month."""
    horizon, fx = inp.profile.horizon_months, inp.fx
    ownership = float(packed.hw_monthly[p])
    kwh = float(packed.idle_kwh_month[p])
    for w in range(len(inp.workloads)):
        if packed.local_t50[p, w] > 0:
            kwh += job_kwh_month(float(packed.jobs[w]), float(packed.local_t50[p, w]),
                                 float(packed.local_power[p, w]))
    # the packed tariff arrays: energy_cost_monthly would rebuild them for every plan
    energy = float(marginal_energy_cost(kwh, packed.base_kwh, packed.bounds, packed.prices))
    fixed = float(packed.fixed_month[p])
    cloud = max(0.0, float(central_usd) - ownership - energy)
    items: dict[str, float] = {}
    if ownership > 0:
        net = ownership - o.extra_usd / horizon
        items[Message(wording.CARD_NET)] = net * fx
        if o.extra_usd > 0:
            # several alike cards bought come in a studio chassis, a hybrid built on one too
            # (its $4,000 chassis had been called a PSU upgrade)
            studio = o.kind == "studio" or (o.local_n > 1 and not o.cards)
            what = (wording.CHASSIS if studio else wording.DESKTOP_PC
                    if o.extra_usd == NEW_PC_USD.value else wording.PSU_UPGRADE)
            items[Message(what)] = o.extra_usd / horizon * fx
    items[Message(wording.ELECTRICITY)] = energy * fx
    if cloud > 0:
        items[Message(wording.CLOUD_COMPUTE)] = float(cloud - min(fixed, cloud)) * fx
        if fixed > 0:
            items[Message(wording.CLOUD_FIXED)] = min(fixed, cloud) * fx
    return items, kwh, central_usd - ownership


def cumulative(inp: Inputs, options: Sequence[Option],
               running_usd: Sequence[float]) -> list[tuple[float, ...]]:
    """Each option's money spent by the end of each month 0..horizon (profile currency), net of
    resale (core.plan.breakeven.cumulative, for all options at once: the same arithmetic in
    the same order, so the same floats)."""
    purchase = np.array([o.purchase_usd for o in options], dtype=np.float64)[:, None]
    up = purchase + np.array([o.extra_usd for o in options], dtype=np.float64)[:, None]
    share = np.array(be.resale_share(inp.profile.horizon_months))[None, :]
    months = np.arange(share.shape[1], dtype=np.float64)[None, :]
    running = np.array(running_usd, dtype=np.float64)[:, None]
    curves = (up - purchase * share + months * running) * inp.fx
    return [tuple(row) for row in curves.tolist()]


def breakeven_month(o: Option, p: int, running_usd: float, best_rent: int | None,
                    central: np.ndarray) -> float | None:
    """The month buying `o` pays off against `best_rent`, the cheapest feasible plan that buys
    nothing (keep, rent or both) (None: never, or not a purchase)."""
    if best_rent is None or o.purchase_usd + o.extra_usd <= 0 or p == best_rent:
        return None
    return be.month_of_breakeven(o.purchase_usd, o.extra_usd, running_usd,
                                 float(central[best_rent]))


def grid(inp: Inputs, ranked: Sequence[Plan], options: Sequence[Option], costed: Costed,
         index: Mapping[str, int]) -> BreakevenGrid | None:
    """Break-even month over usage × electricity price: the best buy against the best rent."""
    buy = next((pl for pl in ranked if pl.kind in ("buy", "studio")), None)
    rent = next((pl for pl in ranked if pl.kind == "rent"), None)
    if buy is None or rent is None:
        return None
    packed, central = costed.packed, costed.central
    b, r = index[buy.id], index[rent.id]
    _, buy_kwh, _ = breakdown(inp, options[b], b, packed, float(central[b]))
    _, rent_kwh, _ = breakdown(inp, options[r], r, packed, float(central[r]))
    busy = sum(f.hours_per_week for f in buy.workloads if f.device_id != "cpu")
    buy_idle = float(packed.idle_kwh_month[b])
    rent_idle = float(packed.idle_kwh_month[r])
    # the flat price the sweep scales: the marginal price the plan's energy pays now
    kwh = max(buy_kwh, 1e-9)
    price = energy_cost_monthly(kwh, inp.tariff, inp.rates, packed.base_kwh) / kwh
    rent_fixed = float(packed.fixed_month[r])
    rent_energy = energy_cost_monthly(rent_kwh, inp.tariff, inp.rates, packed.base_kwh)
    rent_variable = float(central[r]) - rent_energy - rent_fixed
    o = options[b]
    return be.sweep(buy.id, rent.id, inp.ccy, inp.fx, o.purchase_usd, o.extra_usd, busy,
                    buy_kwh - buy_idle, buy_idle, rent_kwh - rent_idle, rent_idle,
                    max(0.0, rent_variable), rent_fixed, price)


__all__ = ["Costed", "breakdown", "breakeven_month", "central_costs", "cumulative", "grid",
           "monthly_quantiles"]
