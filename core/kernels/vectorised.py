"""numpy twins of the kernels the planner calls: the same answers, bit for bit, without numba.

A first launch has no compiled kernels yet, and compiling them takes seconds. Until they are
ready (core.kernels.engine decides which path runs), these twins answer. They do the kernels'
arithmetic in the kernels' order, one whole sample row at a time, so every float is the same:
IEEE operations are exact functions of their operands, and the few library calls (exp, pow) go
through Python's math module, which calls the same C library functions as the compiled code
(numpy's own exp may differ in the last bit). Order statistics come from np.partition: the k-th
smallest value is the same whichever algorithm finds it.

This module never imports numba.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from core.kernels.ranks import p10_p50_p90
from core.units import KWH, WEEKS_PER_MONTH

Array = npt.NDArray[np.float64]

GRID = 33  # core.kernels.mc_quantiles.GRID
LOG2E = 1.4426950408889634
LN2_HI = 6.93147180369123816490e-01
LN2_LO = 1.90821492927058770002e-10
SHIFTER = 6755399441055744.0
EXP_SAFE = 700.0
INV_FACT = (1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
            1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600)


def libm_exp(x: Array) -> Array:
    """exp of every element through math.exp (the C library's exp, as compiled code calls)."""
    values = np.ravel(x).tolist()
    try:
        out = np.fromiter(map(math.exp, values), dtype=np.float64, count=len(values))
    except OverflowError:  # math.exp raises where the C function returns inf
        out = np.fromiter(map(_exp_or_inf, values), dtype=np.float64, count=len(values))
    return out.reshape(np.shape(x))


def _exp_or_inf(v: float) -> float:
    try:
        return math.exp(v)
    except OverflowError:
        return math.inf


# ---- core.kernels.cost_tariff ----------------------------------------------------------------

def tiered_cost(kwh: float, bounds: Array, prices: Array) -> float:
    total = 0.0
    lower = 0.0
    for upper, price in zip(bounds.tolist(), prices.tolist(), strict=True):
        if kwh <= lower:
            break
        amount = (kwh if kwh < upper else upper) - lower
        total += amount * price
        lower = upper
    return total


def marginal_energy_cost(extra_kwh: float, base_kwh: float, bounds: Array,
                         prices: Array) -> float:
    return tiered_cost(base_kwh + extra_kwh, bounds, prices) - tiered_cost(base_kwh, bounds,
                                                                            prices)


def tiered_cost_rows(kwh: Array, bounds: Array, prices: Array) -> Array:
    """tiered_cost of every element of `kwh` (tiers ascend, so once a tier is empty, all later
    ones are too: the kernel's `break`)."""
    total = np.zeros_like(kwh)
    lower = 0.0
    for upper, price in zip(bounds.tolist(), prices.tolist(), strict=True):
        inside = kwh > lower
        amount = np.where(kwh < upper, kwh, upper) - lower
        total = np.where(inside, total + amount * price, total)
        lower = upper
    return total


# ---- core.kernels.plan_breakeven -------------------------------------------------------------

def _owned(upfront: float, resale_base: float, first_keep: float, annual_keep: float,
           max_months: int) -> tuple[Array, Array]:
    """Month numbers 0..max_months and owned_cost's first two terms for each (no running cost)."""
    m = np.arange(max_months + 1, dtype=np.float64)
    keep = np.array([annual_keep ** (k / 12.0) for k in m.tolist()])
    return m, upfront - resale_base * first_keep * keep


def _first_crossing(gap: Array) -> Array:
    """breakeven_month from the gap owning − renting at months 0..M along the last axis."""
    prev0 = gap[..., 0]
    below = gap[..., 1:] <= 0.0
    hit = below.any(axis=-1)
    m = np.argmax(below, axis=-1) + 1  # first month with gap <= 0
    g = np.take_along_axis(gap, m[..., None], axis=-1)[..., 0]
    p = np.take_along_axis(gap, (m - 1)[..., None], axis=-1)[..., 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = (m - 1) + p / (p - g)
    out = np.where(hit, crossing, np.inf)
    out = np.where(prev0 <= 0.0, 0.0, out)
    return np.asarray(out, dtype=np.float64)


def breakeven_month(upfront: float, resale_base: float, first_keep: float, annual_keep: float,
                    buy_monthly: float, rent_monthly: float, max_months: int) -> float:
    m, base = _owned(upfront, resale_base, first_keep, annual_keep, max_months)
    gap = base + m * buy_monthly - m * rent_monthly
    gap[0] = base[0] + 0.0 * buy_monthly  # the kernel's owned_cost(0.0), nothing subtracted
    return float(_first_crossing(gap))


def breakeven_sweep(hours: Array, tariffs: Array, upfront: float, resale_base: float,
                    first_keep: float, annual_keep: float, buy_kw: float,
                    buy_idle_kwh_month: float, rent_usd_per_hour: float,
                    rent_fixed_monthly: float, weeks_per_month: float,
                    max_months: int) -> Array:
    m, base = _owned(upfront, resale_base, first_keep, annual_keep, max_months)
    rent = hours * weeks_per_month * rent_usd_per_hour + rent_fixed_monthly
    kwh = hours * weeks_per_month * buy_kw + buy_idle_kwh_month
    buy = kwh[:, None] * tariffs[None, :]  # (hours, tariffs)
    gap = (base + m * buy[..., None]) - m * rent[:, None, None]
    gap[..., 0] = base[0] + 0.0 * buy
    return _first_crossing(gap)


# ---- core.kernels.plan_mc --------------------------------------------------------------------

def exp_row(sigma: float, z: Array) -> Array:
    """plan_mc.exp_row: the kernel's own exp (Taylor series around k·ln2), operation by op."""
    x = sigma * z
    if x.shape[0] and float(np.max(np.abs(x))) > EXP_SAFE:
        return libm_exp(x)
    kf = x * LOG2E + SHIFTER
    k = kf - SHIFTER
    r = (x - k * LN2_HI) - k * LN2_LO
    p = np.full_like(x, INV_FACT[12])
    for c in INV_FACT[11::-1]:
        p = p * r + c
    scale = kf + 1023.0
    bits = scale.view(np.int64)
    bits <<= 52
    return np.asarray(p * scale, dtype=np.float64)


def _billed(seconds: Array, granularity: float, minimum: float) -> Array:
    s = np.where(seconds > minimum, seconds, minimum)
    if granularity > 0.0:
        s = np.ceil(s / granularity - 1e-9) * granularity
    return np.where(seconds <= 0.0, 0.0, s)


def monthly_cost_quantiles(jobs: Array, z_usage: Array, z_time: Array, z_card: Array,
                           z_rent: Array, z_tariff: Array, z_resale: Array, usage_sigma: float,
                           card_sigma: float, rent_sigma: Array, tariff_sigma: float,
                           resale_sigma: float, hw_monthly: Array, resale_monthly: Array,
                           idle_kwh_month: Array, local_t50: Array,
                           local_sigma: Array, local_power: Array, cloud_t50: Array,
                           cloud_sigma: Array, usd_per_s: Array, granularity: Array,
                           minimum: Array, overhead_s: Array, download_s: Array,
                           fixed_month: Array, floor_month: Array, rerun: Array,
                           per_job: npt.NDArray[np.bool_], session_cap: Array, bounds: Array,
                           prices: Array, base_kwh: float, scales: Array) -> Array:
    """plan_mc.monthly_cost_quantiles, one plan at a time over whole sample rows."""
    n_p = hw_monthly.shape[0]
    n_s = z_usage.shape[0]
    n_w = jobs.shape[0]
    out = np.empty((n_p, 3))
    ranks = p10_p50_p90(n_s)
    s0, s1, s2, s3 = (float(v) for v in scales.tolist())
    units = [float(jobs[w]) * s0 * libm_exp(usage_sigma * z_usage[:, w]) for w in range(n_w)]
    card = s2 * libm_exp(card_sigma * z_card)
    kept = 1.0 - libm_exp(resale_sigma * z_resale)  # 1 - the resale's factor
    tariff = s1 * libm_exp(tariff_sigma * z_tariff)
    factors: dict[tuple[int, float], Array] = {}

    def factor(w: int, sigma: float) -> Array:
        got = factors.get((w, sigma))
        if got is None:
            got = factors[(w, sigma)] = exp_row(sigma, np.ascontiguousarray(z_time[:, w]))
        return got

    rent_factors: dict[float, Array] = {}
    flat = bounds.shape[0] == 1
    base_bill = tiered_cost(base_kwh, bounds, prices)
    to_kwh = WEEKS_PER_MONTH / KWH
    zeros = np.zeros(n_s)
    for p in range(n_p):
        local_j = zeros
        compute = zeros
        cloud_n = zeros
        per_job_billed = zeros
        rented = False
        for w in range(n_w):
            u = units[w]
            lt = float(local_t50[p, w])
            if lt > 0.0:
                local_j = local_j + u * (lt * float(local_power[p, w])) * factor(
                    w, float(local_sigma[p, w]))
            ct = float(cloud_t50[p, w])
            if ct > 0.0:
                rented = True
                f = factor(w, float(cloud_sigma[p, w]))
                k = ct * (1.0 + float(rerun[p]))
                if per_job[p]:
                    per_job_billed = per_job_billed + u * _billed(
                        float(overhead_s[p]) + k * f, float(granularity[p]), float(minimum[p]))
                else:
                    compute = compute + u * k * f
                    cloud_n = cloud_n + u
        own = (float(hw_monthly[p]) + float(resale_monthly[p]) * kept) * card
        idle = float(idle_kwh_month[p])
        if flat:
            buf = own + (local_j * to_kwh + idle) * float(prices[0]) * tariff
        else:
            buf = own + (tiered_cost_rows(base_kwh + (local_j * to_kwh + idle), bounds,
                                          prices) - base_bill) * tariff
        if rented:
            sigma = float(rent_sigma[p])
            rf = rent_factors.get(sigma)
            if rf is None:
                rf = rent_factors[sigma] = libm_exp(sigma * z_rent)
            cap = float(session_cap[p])
            n = np.where(cloud_n < cap, cloud_n, cap)
            n = np.where(n > 1e-9, n, 1e-9)
            sess = (float(overhead_s[p]) + float(download_s[p])) + compute / n
            least = float(minimum[p])
            sess = np.where(sess > least, sess, least)
            step = float(granularity[p])
            if step > 0.0:
                sess = np.ceil(sess / step - 1e-9) * step
            billed = per_job_billed + np.where(compute > 0.0, n * sess, 0.0)
            rate = float(usd_per_s[p]) * s3 * WEEKS_PER_MONTH
            rent = np.where(billed > 0.0, billed * rate * rf + float(fixed_month[p]), 0.0)
            floor = float(floor_month[p])
            buf = buf + np.where((rent > floor) | (billed <= 0.0), rent, floor)
        part = np.partition(buf, ranks)
        out[p] = part[list(ranks)]
    return out


# ---- core.kernels.mc_quantiles ---------------------------------------------------------------

def mc_time_quantiles(a: Array, sa: Array, b: Array, sb: Array, c: Array, z1: Array,
                      z2: Array, z1_sorted: Array, z2_sorted: Array,
                      ranks: npt.NDArray[np.int64]) -> Array:
    """mc_quantiles.mc_time_quantiles: rank-`ranks` samples of a·exp(sa·z1) + b·exp(sb·z2) + c."""
    n = a.shape[0]
    m = z1.shape[0]
    rk = [int(r) for r in ranks.tolist()]
    out = np.empty((n, len(rk)))
    tables: dict[tuple[float, float], list[list[float]]] = {}
    z1s = z1_sorted.tolist()
    z2s = z2_sorted.tolist()
    for i in range(n):
        ai, sai, bi, sbi, ci = (float(a[i]), float(sa[i]), float(b[i]), float(sb[i]),
                                float(c[i]))
        one_a = bi == 0.0 or sbi == 0.0
        one_b = ai == 0.0 or sai == 0.0
        if one_a or one_b:
            for q, r in enumerate(rk):
                if one_a:
                    k = r if sai >= 0.0 else m - 1 - r
                    out[i, q] = ai * math.exp(sai * z1s[k]) + ci + bi
                else:
                    k = r if sbi >= 0.0 else m - 1 - r
                    out[i, q] = bi * math.exp(sbi * z2s[k]) + ci + ai
            continue
        grid = tables.get((sai, sbi))
        if grid is None:
            e1 = libm_exp(sai * z1)
            e2 = libm_exp(sbi * z2)
            grid = []
            for g in range(GRID):
                r_ = g / (GRID - 1)
                part = np.partition((1.0 - r_) * e1 + r_ * e2, rk)
                grid.append([float(part[r]) for r in rk])
            tables[(sai, sbi)] = grid
        total = ai + bi
        pos = bi / total * (GRID - 1)
        g0 = min(int(pos), GRID - 2)
        w = pos - g0
        for q in range(len(rk)):
            wq = (1.0 - w) * grid[g0][q] + w * grid[g0 + 1][q]
            out[i, q] = total * wq + ci
    return out
