"""Pack options into the arrays the cost kernel reads, draw the Monte Carlo inputs, run it.

All money is USD here; recommend() converts to the profile currency at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.cost.local import (
    HOUSEHOLD_KWH,
    Assumption,
    idle_kwh_month,
    ownership_monthly,
    resale_monthly,
    resale_sigma,
    tariff_arrays_usd,
)
from core.cost.rental import RentalTerms, min_credit_month, rental_terms
from core.kernels.engine import monthly_cost_quantiles
from core.plan.feasibility import Cell, is_hourly
from core.plan.options import Option
from core.schema import CurrencyRates, Profile, Tariff, Workload
from core.units import HOUR

USAGE_SIGMA = Assumption(
    "spread of actual against planned usage", 0.25, "lognormal sigma",
    "estimate: creators' weekly output varies by about ±30% around plan")
CARD_PRICE_SIGMA = Assumption(
    "spread of card street prices", 0.08, "lognormal sigma",
    "estimate: street prices move ~±10% around the catalog's dated price")
RENT_SIGMA = Assumption(
    "spread of on-demand rental prices", 0.10, "lognormal sigma",
    "estimate: per-hour prices move ~±10% between snapshots")
SPOT_SIGMA = Assumption(
    "spread of spot/community rental prices", 0.25, "lognormal sigma",
    "estimate: spot and marketplace prices swing more than on-demand")
TARIFF_SIGMA = Assumption(
    "spread of the electricity price", 0.05, "lognormal sigma",
    "estimate: tariffs change a few percent a year")

ASSUMPTIONS = (USAGE_SIGMA, CARD_PRICE_SIGMA, RENT_SIGMA, SPOT_SIGMA, TARIFF_SIGMA)


@dataclass(frozen=True, slots=True)
class Draws:
    """Standard normal draws shared by every plan (common random numbers)."""

    usage: np.ndarray  # (samples, workloads)
    time: np.ndarray  # (samples, workloads)
    card: np.ndarray
    rent: np.ndarray
    tariff: np.ndarray
    resale: np.ndarray

    @staticmethod
    def make(samples: int, n_workloads: int, seed: int) -> Draws:
        """The same draws for the same arguments; the last few are kept (a GUI edit re-plans
        with the same sample count and seed, and drawing 50,000 normals was ~2 ms a run).
        The kernel only reads them."""
        key = (samples, n_workloads, seed)
        hit = _DRAWS.get(key)
        if hit is None:
            rng = np.random.default_rng(seed)
            hit = Draws(rng.standard_normal((samples, n_workloads)),
                        rng.standard_normal((samples, n_workloads)),
                        rng.standard_normal(samples), rng.standard_normal(samples),
                        rng.standard_normal(samples), rng.standard_normal(samples))
            if len(_DRAWS) >= 4:
                _DRAWS.pop(next(iter(_DRAWS)))
            _DRAWS[key] = hit
        return hit

    @staticmethod
    def zero(n_workloads: int) -> Draws:
        z = np.zeros((1, n_workloads))
        return Draws(z, z, np.zeros(1), np.zeros(1), np.zeros(1), np.zeros(1))


_DRAWS: dict[tuple[int, int, int], Draws] = {}


@dataclass(frozen=True, slots=True)
class Packed:
    """Arrays for core.kernels.plan_mc, one row per option."""

    jobs: np.ndarray
    hw_monthly: np.ndarray
    resale_monthly: np.ndarray  # the resale's share of hw_monthly, given back (RESALE_SIGMA)
    idle_kwh_month: np.ndarray
    local_t50: np.ndarray
    local_sigma: np.ndarray
    local_power: np.ndarray
    cloud_t50: np.ndarray
    cloud_sigma: np.ndarray
    usd_per_s: np.ndarray
    granularity: np.ndarray
    minimum: np.ndarray
    overhead_s: np.ndarray
    download_s: np.ndarray
    fixed_month: np.ndarray
    floor_month: np.ndarray  # the least a plan that rents spends a month (minimum credit)
    rerun: np.ndarray
    per_job: np.ndarray
    session_cap: np.ndarray
    rent_sigma: np.ndarray
    bounds: np.ndarray
    prices: np.ndarray
    base_kwh: float
    terms: tuple[RentalTerms | None, ...]
    resale_sigma: float = 0.0  # the resale's spread at the horizon (core.cost.local)

    def take(self, idx: np.ndarray) -> Packed:
        """The rows `idx` only (the arrays of workloads and tariff stay whole)."""
        return Packed(
            self.jobs, self.hw_monthly[idx], self.resale_monthly[idx], self.idle_kwh_month[idx],
            self.local_t50[idx],
            self.local_sigma[idx], self.local_power[idx], self.cloud_t50[idx],
            self.cloud_sigma[idx], self.usd_per_s[idx], self.granularity[idx],
            self.minimum[idx], self.overhead_s[idx], self.download_s[idx],
            self.fixed_month[idx], self.floor_month[idx], self.rerun[idx], self.per_job[idx],
            self.session_cap[idx],
            self.rent_sigma[idx], self.bounds, self.prices, self.base_kwh,
            tuple(self.terms[i] for i in idx), self.resale_sigma)


def work_units(w: Workload) -> float:
    """Jobs a week, or hours a week for live work (then one 'job' is an hour)."""
    return w.hours_per_week if is_hourly(w) else w.jobs_per_week


def measured_watts(profile: Profile) -> float | None:
    """The user's own measurement of their card's draw under load (profile `[extra]`
    `measured_gpu_w`), which replaces the TDP-based figure for the card they have."""
    raw = profile.extra.get("measured_gpu_w")
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"profile '{profile.name}': extra.measured_gpu_w must be a number of "
                         f"watts, got {raw!r}") from None
    if not 0 < value < 5000:
        raise ValueError(f"profile '{profile.name}': extra.measured_gpu_w must be between 0 "
                         f"and 5000 W, got {value:g}")
    return value


def household_kwh(profile: Profile) -> float:
    raw = profile.extra.get("household_kwh_per_month")
    if raw is None:
        return HOUSEHOLD_KWH.value
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"profile '{profile.name}': extra.household_kwh_per_month must be a "
                         f"number, got {raw!r}") from None
    if not 0 <= value < 1e6:
        raise ValueError(f"profile '{profile.name}': extra.household_kwh_per_month must be "
                         f"between 0 and 1e6, got {value:g}")
    return value


def pack(options: Sequence[Option], workloads: Sequence[Workload],
         local_cells: Sequence[Sequence[Cell | None]],
         cloud_cells: Sequence[Sequence[Cell | None]], profile: Profile, tariff: Tariff,
         rates: CurrencyRates, current_gpu_id: str | None = None) -> Packed:
    """`local_cells[p][w]` / `cloud_cells[p][w]`: the perf cell where option p runs workload w
    locally / in the cloud (None elsewhere). Work that cannot run costs nothing here: such
    plans are rejected, and their costs are shown only as a rough guide. The user's measured
    power (if given) applies to `current_gpu_id`, the card they have."""
    measured = measured_watts(profile)
    n_p, n_w = len(options), len(workloads)
    jobs = np.array([work_units(w) for w in workloads], dtype=float)
    shape = (n_p, n_w)
    lt, ls, lp = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    ct, cs = np.zeros(shape), np.zeros(shape)
    hw = np.zeros(n_p)
    back = np.zeros(n_p)
    idle = np.zeros(n_p)
    fields = {k: np.zeros(n_p) for k in ("usd_per_s", "granularity", "minimum", "overhead_s",
                                         "download_s", "fixed_month", "floor_month", "rerun",
                                         "session_cap",
                                         "rent_sigma")}
    per_job = np.zeros(n_p, dtype=np.bool_)
    terms: list[RentalTerms | None] = []
    for p, opt in enumerate(options):
        hw[p] = ownership_monthly(opt.purchase_usd, profile.horizon_months, opt.extra_usd)
        back[p] = resale_monthly(opt.purchase_usd, profile.horizon_months)
        busy = 0.0
        model_bytes = 0.0
        cloud_jobs = 0.0
        for w, wl in enumerate(workloads):
            lc = local_cells[p][w]
            if lc is not None and lc.runnable:
                hourly = is_hourly(wl)
                kept = 1.0 - opt.share_rented(w)  # the rest of a split workload is rented
                lt[p, w] = HOUR if hourly else lc.t50 * kept
                ls[p, w] = 0.0 if hourly else lc.sigma
                own = (measured is not None and opt.purchase_usd == 0 and opt.local_gpu
                       is not None and opt.local_gpu.id == current_gpu_id)
                lp[p, w] = measured if own and measured is not None else lc.power_w
                busy += wl.hours_per_week if hourly else wl.jobs_per_week * lc.t50 * kept / HOUR
            cc = cloud_cells[p][w]
            if cc is not None and cc.runnable and not is_hourly(wl):
                rented = opt.share_rented(w) or 1.0  # all of it, or the split's share
                ct[p, w] = cc.t50 * rented
                cs[p, w] = cc.sigma
                model_bytes += cc.vram
                cloud_jobs += wl.jobs_per_week * rented
        if opt.local_gpu is not None:
            # studio boxes run one job per card: busy hours are shared by the cards
            idle[p] = idle_kwh_month(opt.local_gpu, opt.local_n, profile.hours_per_day_online,
                                     busy / max(1, opt.local_n))
        t = None
        if opt.offer is not None and cloud_jobs > 0:
            t = rental_terms(opt.offer, model_bytes, cloud_jobs)
            fields["usd_per_s"][p] = t.usd_per_s
            fields["granularity"][p] = t.granularity_s
            fields["minimum"][p] = t.minimum_s
            fields["overhead_s"][p] = t.overhead_s
            fields["download_s"][p] = t.download_s
            fields["fixed_month"][p] = t.fixed_month
            fields["floor_month"][p] = min_credit_month(opt.offer.provider,
                                                        profile.horizon_months)
            fields["rerun"][p] = t.rerun
            fields["session_cap"][p] = t.session_cap
            per_job[p] = t.per_job
            spotty = opt.offer.interruptible or opt.offer.tier in ("spot", "community")
            fields["rent_sigma"][p] = (SPOT_SIGMA if spotty else RENT_SIGMA).value
        terms.append(t)
    bounds, prices = tariff_arrays_usd(tariff, rates)
    base = household_kwh(profile)
    return Packed(jobs, hw, back, idle, lt, ls, lp, ct, cs, fields["usd_per_s"],
                  fields["granularity"], fields["minimum"], fields["overhead_s"],
                  fields["download_s"], fields["fixed_month"], fields["floor_month"],
                  fields["rerun"], per_job,
                  fields["session_cap"], fields["rent_sigma"], bounds, prices, base,
                  tuple(terms), resale_sigma(profile.horizon_months))


def quantiles(packed: Packed, draws: Draws,
              scales: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)) -> np.ndarray:
    """(plans, 3) p10/p50/p90 of monthly cost in USD. scales: usage, tariff, card, rent."""
    if packed.hw_monthly.shape[0] == 0:
        return np.zeros((0, 3))
    result: np.ndarray = monthly_cost_quantiles(
        packed.jobs, draws.usage, draws.time, draws.card, draws.rent, draws.tariff,
        draws.resale, USAGE_SIGMA.value, CARD_PRICE_SIGMA.value, packed.rent_sigma,
        TARIFF_SIGMA.value, packed.resale_sigma, packed.hw_monthly, packed.resale_monthly,
        packed.idle_kwh_month, packed.local_t50, packed.local_sigma,
        packed.local_power, packed.cloud_t50, packed.cloud_sigma, packed.usd_per_s,
        packed.granularity, packed.minimum, packed.overhead_s, packed.download_s,
        packed.fixed_month, packed.floor_month, packed.rerun, packed.per_job,
        packed.session_cap, packed.bounds,
        packed.prices, packed.base_kwh, np.array(scales, dtype=float))
    return result


def nominal(packed: Packed,
            scales: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)) -> np.ndarray:
    """Monthly cost in USD at the central values (every draw zero)."""
    out: np.ndarray = quantiles(packed, Draws.zero(packed.jobs.shape[0]), scales)[:, 1]
    return out


__all__ = ["ASSUMPTIONS", "Draws", "Packed", "household_kwh", "measured_watts", "nominal",
           "pack", "quantiles", "work_units"]
