"""Monte Carlo of monthly plan cost: ownership + electricity + rental, per plan and sample.

Inputs are packed by core.plan (one row per plan, one column per workload); all money in USD,
times in seconds, energy per job in joules. Common random numbers: every plan sees the same
draws `z_*`, so differences between plans are not sampling noise, and the laws "more work never
costs less" and "a higher tariff never makes a plan cheaper" hold sample by sample.
"""

from __future__ import annotations

import math

import numpy as np

from core.kernels._jit import kernel
from core.kernels.cost_tariff import tiered_cost
from core.kernels.order_stats import p10_p50_p90, select_inplace
from core.units import KWH, WEEKS_PER_MONTH


@kernel()
def billed_seconds(seconds: float, granularity: float, minimum: float) -> float:
    """Time a provider bills for one session: at least `minimum`, rounded up to `granularity`."""
    if seconds <= 0.0:
        return 0.0
    s = seconds if seconds > minimum else minimum
    if granularity > 0.0:
        # tolerate float noise: 120.0000000001 s on per-minute billing is 2 minutes, not 3
        return float(math.ceil(s / granularity - 1e-9) * granularity)
    return s


BUCKETS = 4096


@kernel()
def three_order_stats(buf: np.ndarray, k10: int, k50: int, k90: int, counts: np.ndarray,
                      tmp: np.ndarray) -> tuple[float, float, float]:
    """Exact k10-th, k50-th and k90-th smallest values of `buf` (k ascending).

    A counting pass over BUCKETS equal-width buckets (remembering each value's bucket) finds
    the bucket each rank falls in; one more pass copies the values of those (at most three)
    buckets into `tmp`, and only those few are selected among. Same answer as sorting, in
    three linear passes (the quantiles were half the kernel's time with a scan per rank).
    """
    n = buf.shape[0]
    lo = buf[0]
    hi = buf[0]
    for x in buf:
        if x < lo:
            lo = x
        elif x > hi:
            hi = x
    if not hi > lo:
        return lo, lo, lo
    scale = BUCKETS / (hi - lo)
    counts[:] = 0
    top = BUCKETS - 1
    which = np.empty(n, dtype=np.int32)
    for j in range(n):
        b = int((buf[j] - lo) * scale)
        b = b if b < top else top
        which[j] = b
        counts[b] += 1
    ranks = (k10, k50, k90)
    bucket = np.empty(3, dtype=np.int64)
    below = np.empty(3, dtype=np.int64)
    seen = 0
    b = 0
    for i in range(3):
        k = ranks[i]
        while seen + counts[b] <= k:
            seen += counts[b]
            b += 1
        bucket[i] = b
        below[i] = seen
    # the values of each distinct target bucket go to their own segment of tmp
    start = np.zeros(3, dtype=np.int64)
    m = 0
    for i in range(3):
        if i > 0 and bucket[i] == bucket[i - 1]:
            start[i] = start[i - 1]
            continue
        start[i] = m
        m += counts[bucket[i]]
    b0 = bucket[0]
    b1 = bucket[1]
    b2 = bucket[2]
    s1 = start[1]
    s2 = start[2]
    f0 = 0
    f1 = 0
    f2 = 0
    for j in range(n):
        w = which[j]
        if w == b0:
            tmp[f0] = buf[j]
            f0 += 1
        elif w == b1:
            tmp[s1 + f1] = buf[j]
            f1 += 1
        elif w == b2:
            tmp[s2 + f2] = buf[j]
            f2 += 1
    out = np.empty(3)
    for i in range(3):
        first = start[i]
        last = first + counts[bucket[i]] - 1
        out[i] = select_inplace(tmp, first, last, first + ranks[i] - below[i])
    return out[0], out[1], out[2]


LOG2E = 1.4426950408889634
LN2_HI = 6.93147180369123816490e-01  # ln 2 split in two (Cody-Waite): k * LN2_HI is exact
LN2_LO = 1.90821492927058770002e-10
SHIFTER = 6755399441055744.0  # 1.5 * 2**52: adding it rounds to an integer kept in the low bits
EXP_SAFE = 700.0  # |x| beyond this: math.exp (the table below would over/underflow its exponent)
INV_FACT = (1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
            1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600)


@kernel()
def exp_row(sigma: float, z: np.ndarray, out: np.ndarray, scratch: np.ndarray) -> None:
    """out[s] = exp(sigma * z[s]) for every s, to within a few ulp of math.exp.

    Written so the compiler vectorises it (math.exp is one libm call per value, and the time
    factors were ~40% of the kernel): x = k·ln2 + r with k = round(x·log2 e) and |r| <= ln2/2,
    exp(r) by its Taylor series to r^12 (truncation below 2e-16), times 2^k built from k's
    bits. `scratch` is a float64 array as long as z.
    """
    n = z.shape[0]
    big = 0.0
    for s in range(n):
        a = abs(sigma * z[s])
        big = a if a > big else big
    if big > EXP_SAFE:
        for s in range(n):
            out[s] = math.exp(sigma * z[s])
        return
    for s in range(n):
        x = sigma * z[s]
        kf = x * LOG2E + SHIFTER
        k = kf - SHIFTER
        r = (x - k * LN2_HI) - k * LN2_LO
        p = INV_FACT[12]
        p = p * r + INV_FACT[11]
        p = p * r + INV_FACT[10]
        p = p * r + INV_FACT[9]
        p = p * r + INV_FACT[8]
        p = p * r + INV_FACT[7]
        p = p * r + INV_FACT[6]
        p = p * r + INV_FACT[5]
        p = p * r + INV_FACT[4]
        p = p * r + INV_FACT[3]
        p = p * r + INV_FACT[2]
        p = p * r + INV_FACT[1]
        out[s] = p * r + INV_FACT[0]
        scratch[s] = kf + 1023.0  # low mantissa bits now hold k + 1023 (the biased exponent)
    bits = scratch.view(np.int64)
    for s in range(n):
        bits[s] = bits[s] << 52  # the biased exponent moved to the exponent field: 2^k
    for s in range(n):
        out[s] *= scratch[s]


@kernel()
def slot(value: float, keys: np.ndarray, start: int, stop: int) -> int:
    """Index of `value` among keys[start:stop], or `stop` when it is not there yet."""
    for k in range(start, stop):
        if keys[k] == value:
            return k
    return stop


@kernel()
def key_of(value: float, tag: int, keys: np.ndarray, tags: np.ndarray, start: int,
           stop: int) -> int:
    """Index of `value` among keys[start:stop]; when absent it is appended at `stop`, with
    `tag` beside it in `tags` (the caller's count of keys grows by one)."""
    k = slot(value, keys, start, stop)
    if k == stop:
        keys[k] = value
        tags[k] = tag
    return k


@kernel()
def monthly_cost_quantiles(jobs: np.ndarray, z_usage: np.ndarray, z_time: np.ndarray,
                           z_card: np.ndarray, z_rent: np.ndarray, z_tariff: np.ndarray,
                           z_resale: np.ndarray,
                           usage_sigma: float, card_sigma: float, rent_sigma: np.ndarray,
                           tariff_sigma: float, resale_sigma: float, hw_monthly: np.ndarray,
                           resale_monthly: np.ndarray,
                           idle_kwh_month: np.ndarray, local_t50: np.ndarray,
                           local_sigma: np.ndarray, local_power: np.ndarray,
                           cloud_t50: np.ndarray, cloud_sigma: np.ndarray,
                           usd_per_s: np.ndarray,
                           granularity: np.ndarray, minimum: np.ndarray, overhead_s: np.ndarray,
                           download_s: np.ndarray, fixed_month: np.ndarray,
                           floor_month: np.ndarray, rerun: np.ndarray, per_job: np.ndarray,
                           session_cap: np.ndarray, bounds: np.ndarray,
                           prices: np.ndarray, base_kwh: float,
                           scales: np.ndarray) -> np.ndarray:
    """(n_plans, 3) array of p10/p50/p90 monthly cost over the samples (rows of z_*).

    Per plan and sample: ownership (net of the resale, which has a factor of its own:
    hw + resale_monthly × (1 - resale factor)) × card-price factor; electricity for the local
    jobs' energy (usage × time factor × power) plus idle draw, on the (tiered) tariff × its
    factor; rental billed per session (start + download + the session's share of compute,
    rounded up to the granularity, at least the minimum) × price factor, plus storage; a plan
    that rents at all spends at least `floor_month` on it (a provider's smallest credit
    purchase over the horizon).
    What does not depend on the plan (usage, card-price and tariff factors) is computed once per
    sample.
    """
    n_p = hw_monthly.shape[0]
    n_s = z_usage.shape[0]
    n_w = jobs.shape[0]
    out = np.empty((n_p, 3))
    buf = np.empty(n_s)
    k10, k50, k90 = p10_p50_p90(n_s)
    # workload-major copies so the inner loops run over contiguous samples
    units = np.empty((n_w, n_s))
    ztime = np.empty((n_w, n_s))
    card = np.empty(n_s)
    resale = np.empty(n_s)
    tariff = np.empty(n_s)
    for s in range(n_s):
        for w in range(n_w):
            units[w, s] = jobs[w] * scales[0] * math.exp(usage_sigma * z_usage[s, w])
            ztime[w, s] = z_time[s, w]
        card[s] = scales[2] * math.exp(card_sigma * z_card[s])
        resale[s] = math.exp(resale_sigma * z_resale[s])
        tariff[s] = scales[1] * math.exp(tariff_sigma * z_tariff[s])
    # Time factors exp(sigma * z): plans on the same card share a sigma, so one row per distinct
    # (workload, sigma) is computed once and looked up (a third of the exps on a full catalog).
    # Distinct values are found by linear search (a few dozen per workload), not np.unique:
    # np.unique and the sort it brings cost ~5 s of compile time on a first launch.
    local_key = np.full((n_p, n_w), -1, dtype=np.int64)
    cloud_key = np.full((n_p, n_w), -1, dtype=np.int64)
    key_sigma = np.empty(2 * n_p * n_w + 1)
    key_w = np.empty(2 * n_p * n_w + 1, dtype=np.int64)
    n_keys = 0
    for w in range(n_w):
        first = n_keys
        for p in range(n_p):
            if local_t50[p, w] > 0.0:
                local_key[p, w] = key_of(local_sigma[p, w], w, key_sigma, key_w, first, n_keys)
                n_keys = max(n_keys, local_key[p, w] + 1)
            if cloud_t50[p, w] > 0.0:
                cloud_key[p, w] = key_of(cloud_sigma[p, w], w, key_sigma, key_w, first, n_keys)
                n_keys = max(n_keys, cloud_key[p, w] + 1)
    factor = np.empty((n_keys, n_s))
    scratch = np.empty(n_s)
    for k in range(n_keys):
        exp_row(key_sigma[k], ztime[key_w[k]], factor[k], scratch)
    rent_sigmas = np.empty(max(n_p, 1))
    rent_key = np.empty(n_p, dtype=np.int64)
    n_rent = 0
    for p in range(n_p):
        k = slot(rent_sigma[p], rent_sigmas, 0, n_rent)
        if k == n_rent:
            rent_sigmas[k] = rent_sigma[p]
            n_rent += 1
        rent_key[p] = k
    rent_factor = np.empty((n_rent, n_s))
    for k in range(n_rent):
        for s in range(n_s):
            rent_factor[k, s] = math.exp(rent_sigmas[k] * z_rent[s])
    flat = bounds.shape[0] == 1
    base_bill = tiered_cost(base_kwh, bounds, prices)
    to_kwh = WEEKS_PER_MONTH / KWH  # joules a week -> kWh a month
    counts = np.zeros(BUCKETS, dtype=np.int64)
    tmp = np.empty(n_s)
    local_j = np.empty(n_s)
    compute = np.empty(n_s)
    cloud_n = np.empty(n_s)
    per_job_billed = np.empty(n_s)
    # Loops below run over whole sample rows (1-D views) with no branch inside where possible,
    # so the compiler vectorises them; a plan with no cloud work skips the billing loop.
    for p in range(n_p):
        local_j[:] = 0.0
        compute[:] = 0.0
        cloud_n[:] = 0.0
        per_job_billed[:] = 0.0
        rented = False
        for w in range(n_w):
            u = units[w]
            lt = local_t50[p, w]
            if lt > 0.0:
                f = factor[local_key[p, w]]
                k = lt * local_power[p, w]
                for s in range(n_s):
                    local_j[s] += u[s] * k * f[s]
            ct = cloud_t50[p, w]
            if ct > 0.0:
                rented = True
                f = factor[cloud_key[p, w]]
                k = ct * (1.0 + rerun[p])
                if per_job[p]:
                    for s in range(n_s):
                        per_job_billed[s] += u[s] * billed_seconds(
                            overhead_s[p] + k * f[s], granularity[p], minimum[p])
                else:
                    for s in range(n_s):
                        compute[s] += u[s] * k * f[s]
                        cloud_n[s] += u[s]
        hw = hw_monthly[p]
        back = resale_monthly[p]
        idle = idle_kwh_month[p]
        if flat:
            price = prices[0]
            for s in range(n_s):
                buf[s] = ((hw + back * (1.0 - resale[s])) * card[s]
                          + (local_j[s] * to_kwh + idle) * price * tariff[s])
        else:
            # marginal_energy_cost with the household's own bill computed once, not per sample
            for s in range(n_s):
                buf[s] = ((hw + back * (1.0 - resale[s])) * card[s]
                          + (tiered_cost(base_kwh + (local_j[s] * to_kwh + idle), bounds,
                                         prices) - base_bill) * tariff[s])
        if rented:
            cap = session_cap[p]
            fixed_start = overhead_s[p] + download_s[p]
            rate = usd_per_s[p] * scales[3] * WEEKS_PER_MONTH
            rf = rent_factor[rent_key[p]]
            fixed = fixed_month[p]
            floor = floor_month[p]
            # billed_seconds written out with selects instead of branches, so this loop (the
            # kernel's most expensive: two divisions a sample) runs vectorised
            least = minimum[p]
            step = granularity[p]
            round_up = step > 0.0
            unit = step if round_up else 1.0
            for s in range(n_s):
                c = compute[s]
                n = cloud_n[s] if cloud_n[s] < cap else cap
                n = n if n > 1e-9 else 1e-9
                sess = fixed_start + c / n
                sess = sess if sess > least else least
                sess = math.ceil(sess / unit - 1e-9) * unit if round_up else sess
                billed = per_job_billed[s] + (n * sess if c > 0.0 else 0.0)
                rent = billed * rate * rf[s] + fixed if billed > 0.0 else 0.0
                buf[s] += rent if rent > floor or billed <= 0.0 else floor
        out[p, 0], out[p, 1], out[p, 2] = three_order_stats(buf, k10, k50, k90, counts, tmp)
    return out
