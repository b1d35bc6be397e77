"""Monte Carlo of monthly plan cost: ownership + electricity + rental, per plan and sample.

Inputs are packed by core.plan (one row per plan, one column per workload); all money in USD,
times in seconds, energy per job in joules. Common random numbers: every plan sees the same
draws `z_*`, so differences between plans are not sampling noise, and the laws "more work never
costs less" and "a higher tariff never makes a plan cheaper" hold sample by sample.
"""

from __future__ import annotations

import math

import numpy as np

from core.kernels._jit import jit
from core.kernels.cost_tariff import marginal_energy_cost

KWH = 3.6e6
WEEKS_PER_MONTH = 365.25 / 12 / 7


@jit()
def billed_seconds(seconds: float, granularity: float, minimum: float) -> float:
    """Time a provider bills for one session: at least `minimum`, rounded up to `granularity`."""
    if seconds <= 0.0:
        return 0.0
    s = seconds if seconds > minimum else minimum
    if granularity > 0.0:
        # tolerate float noise: 120.0000000001 s on per-minute billing is 2 minutes, not 3
        return float(math.ceil(s / granularity - 1e-9) * granularity)
    return s


@jit()
def select_inplace(a: np.ndarray, lo: int, hi: int, k: int) -> float:
    """The k-th smallest of a[lo:hi+1] (quickselect, median-of-three pivot); reorders `a`."""
    while hi > lo:
        mid = (lo + hi) >> 1
        x = a[lo]
        y = a[mid]
        z = a[hi]
        if x > y:
            x, y = y, x
        if y > z:
            y = z
        if x > y:
            y = x
        pivot = y
        i = lo
        j = hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            return float(a[k])
    return float(a[k])


@jit()
def quantile_ranks(n: int) -> tuple[int, int, int]:
    """Ranks of p10, p50, p90 among n sorted samples (nearest rank, no interpolation)."""
    return (n - 1) // 10, (n - 1) // 2, ((n - 1) * 9) // 10


@jit()
def monthly_cost_quantiles(jobs: np.ndarray, z_usage: np.ndarray, z_time: np.ndarray,
                           z_card: np.ndarray, z_rent: np.ndarray, z_tariff: np.ndarray,
                           usage_sigma: float, card_sigma: float, rent_sigma: np.ndarray,
                           tariff_sigma: float, hw_monthly: np.ndarray,
                           idle_kwh_month: np.ndarray, local_t50: np.ndarray,
                           local_sigma: np.ndarray, local_power: np.ndarray,
                           cloud_t50: np.ndarray, cloud_sigma: np.ndarray,
                           usd_per_s: np.ndarray,
                           granularity: np.ndarray, minimum: np.ndarray, overhead_s: np.ndarray,
                           download_s: np.ndarray, fixed_month: np.ndarray, rerun: np.ndarray,
                           per_job: np.ndarray, session_cap: np.ndarray, bounds: np.ndarray,
                           prices: np.ndarray, base_kwh: float,
                           scales: np.ndarray) -> np.ndarray:
    """(n_plans, 3) array of p10/p50/p90 monthly cost over the samples (rows of z_*).

    Per plan and sample: ownership × card-price factor; electricity for the local jobs' energy
    (usage × time factor × power) plus idle draw, on the (tiered) tariff × its factor; rental
    billed per session (start + download + the session's share of compute, rounded up to the
    granularity, at least the minimum) × price factor, plus storage. What does not depend on
    the plan (usage, card-price and tariff factors) is computed once per sample.
    """
    n_p = hw_monthly.shape[0]
    n_s = z_usage.shape[0]
    n_w = jobs.shape[0]
    out = np.empty((n_p, 3))
    buf = np.empty(n_s)
    k10, k50, k90 = quantile_ranks(n_s)
    # workload-major copies so the inner loops run over contiguous samples
    units = np.empty((n_w, n_s))
    ztime = np.empty((n_w, n_s))
    card = np.empty(n_s)
    tariff = np.empty(n_s)
    for s in range(n_s):
        for w in range(n_w):
            units[w, s] = jobs[w] * scales[0] * math.exp(usage_sigma * z_usage[s, w])
            ztime[w, s] = z_time[s, w]
        card[s] = scales[2] * math.exp(card_sigma * z_card[s])
        tariff[s] = scales[1] * math.exp(tariff_sigma * z_tariff[s])
    flat = bounds.shape[0] == 1
    local_j = np.empty(n_s)
    compute = np.empty(n_s)
    cloud_n = np.empty(n_s)
    per_job_billed = np.empty(n_s)
    for p in range(n_p):
        local_j[:] = 0.0
        compute[:] = 0.0
        cloud_n[:] = 0.0
        per_job_billed[:] = 0.0
        for w in range(n_w):
            lt = local_t50[p, w]
            if lt > 0.0:
                sg = local_sigma[p, w]
                k = lt * local_power[p, w]
                if sg != 0.0:
                    for s in range(n_s):
                        local_j[s] += units[w, s] * k * math.exp(sg * ztime[w, s])
                else:
                    for s in range(n_s):
                        local_j[s] += units[w, s] * k
            ct = cloud_t50[p, w]
            if ct > 0.0:
                sg = cloud_sigma[p, w]
                k = ct * (1.0 + rerun[p])
                if per_job[p]:
                    for s in range(n_s):
                        t = k * math.exp(sg * ztime[w, s])
                        per_job_billed[s] += units[w, s] * billed_seconds(
                            overhead_s[p] + t, granularity[p], minimum[p])
                else:
                    for s in range(n_s):
                        compute[s] += units[w, s] * k * math.exp(sg * ztime[w, s])
                        cloud_n[s] += units[w, s]
        hw = hw_monthly[p]
        idle = idle_kwh_month[p]
        cap = session_cap[p]
        fixed_start = overhead_s[p] + download_s[p]
        rate = usd_per_s[p] * scales[3] * WEEKS_PER_MONTH
        rs = rent_sigma[p]
        for s in range(n_s):
            kwh = local_j[s] / KWH * WEEKS_PER_MONTH + idle
            if flat:
                energy = kwh * prices[0] * tariff[s]
            else:
                energy = marginal_energy_cost(kwh, base_kwh, bounds, prices) * tariff[s]
            total = hw * card[s] + energy
            billed = per_job_billed[s]
            c = compute[s]
            if c > 0.0:
                n = cloud_n[s] if cloud_n[s] < cap else cap
                n = n if n > 1e-9 else 1e-9
                billed += n * billed_seconds(fixed_start + c / n, granularity[p], minimum[p])
            if billed > 0.0:
                total += billed * rate * math.exp(rs * z_rent[s]) + fixed_month[p]
            buf[s] = total
        out[p, 1] = select_inplace(buf, 0, n_s - 1, k50)
        # after selecting the median, the lower ranks lie left of it and the higher right
        out[p, 0] = select_inplace(buf, 0, k50, k10)
        out[p, 2] = select_inplace(buf, k50, n_s - 1, k90)
    return out
