"""Monte Carlo quantiles of job times: t = a·exp(sa·z1) + b·exp(sb·z2) + c per (workload, GPU).

`a` and `b` are the two efficiency-bound parts of a job (LLM: prompt processing and generation;
other kinds use only `a`), each lognormal with its own sigma and its own standard normal draws
(z1, z2, shared by every pair so results are reproducible and pairs comparable); `c` is the part
no efficiency changes. Quantiles are nearest-rank: the value of rank k in the sorted samples.

Speed: where a pair has one uncertain part (b == 0 or sb == 0, or a == 0 or sa == 0), t is
monotone in a single shared draw, so its rank-k sample is the transform of the rank-k draw: one
sort of z per call replaces a sort per pair. True two-part pairs are reduced to one mixing
ratio; their quantiles come from a small table per distinct (sa, sb), filled by quickselect.
"""

from __future__ import annotations

import numpy as np

from core.kernels._jit import kernel
from core.kernels.order_stats import select_inplace


@kernel()
def _rank_near(buf: np.ndarray, small: np.ndarray, k: int, guess: float,
               width: float) -> float:
    """Value of rank k in buf (left unchanged), knowing it is within ±width·guess of `guess`.

    One pass counts the values below a bracket around the guess and copies those inside it to
    `small`; quickselect then runs on the few copied values. The bracket widens until it holds
    rank k; far-off guesses end in a full-width bracket, i.e. a plain quickselect.
    """
    m = buf.shape[0]
    while True:
        lo_v = guess * (1.0 - width)
        hi_v = guess * (1.0 + width)
        if width > 1.0:
            lo_v = -np.inf
            hi_v = np.inf
        below = 0
        inside = 0
        # branch-free: on random samples a data-dependent branch mispredicts half the time
        for j in range(m):
            x = buf[j]
            below += x < lo_v
            small[inside] = x
            inside += (x >= lo_v) & (x <= hi_v)
        if below <= k < below + inside:
            select_inplace(small, 0, inside - 1, k - below)
            return float(small[k - below])
        width *= 4.0


GRID = 33  # mixing ratios r = b / (a + b) at which two-part quantiles are computed exactly


@kernel()
def mc_time_quantiles(a: np.ndarray, sa: np.ndarray, b: np.ndarray, sb: np.ndarray,
                      c: np.ndarray, z1: np.ndarray, z2: np.ndarray, z1_sorted: np.ndarray,
                      z2_sorted: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """Rank-`ranks` samples of a·exp(sa·z1) + b·exp(sb·z2) + c for each pair.

    a, sa, b, sb, c: float64 arrays (n_pairs,), a, b, c >= 0; z1, z2: float64 (n_samples,)
    and the same draws sorted (sorting here would add seconds of compile time for np.sort);
    ranks: int64 ascending ranks in [0, n_samples). Returns float64 (n_pairs, len(ranks)).

    Two-part pairs: t - c = (a + b)·W(r) with W(r) = (1 - r)·exp(sa·z1) + r·exp(sb·z2) and
    r = b / (a + b). For each distinct (sa, sb) the rank-k values of W are computed exactly on
    GRID ratios (fill + quickselect) and interpolated linearly in r; the error is below 1e-3
    relative (tests check it against full sorting).
    """
    n = a.shape[0]
    m = z1.shape[0]
    nq = ranks.shape[0]
    out = np.empty((n, nq))
    z1s = z1_sorted
    z2s = z2_sorted
    buf = np.empty(m)
    small = np.empty(m)
    e1 = np.empty(m)
    e2 = np.empty(m)
    key_sa = np.empty(n)
    key_sb = np.empty(n)
    # at most one table per pair; preallocated (growing a 3D array costs compile time)
    grids = np.empty((max(n, 1), GRID, nq))
    n_keys = 0
    for i in range(n):
        one_a = b[i] == 0.0 or sb[i] == 0.0
        one_b = a[i] == 0.0 or sa[i] == 0.0
        if one_a or one_b:
            # monotone in one draw: rank k of t is t at rank k (or m-1-k) of that draw
            for q in range(nq):
                if one_a:
                    k = ranks[q] if sa[i] >= 0.0 else m - 1 - ranks[q]
                    out[i, q] = a[i] * np.exp(sa[i] * z1s[k]) + c[i] + b[i]
                else:
                    k = ranks[q] if sb[i] >= 0.0 else m - 1 - ranks[q]
                    out[i, q] = b[i] * np.exp(sb[i] * z2s[k]) + c[i] + a[i]
            continue
        key = -1
        for kk in range(n_keys):
            if key_sa[kk] == sa[i] and key_sb[kk] == sb[i]:
                key = kk
                break
        if key < 0:
            key = n_keys
            key_sa[key] = sa[i]
            key_sb[key] = sb[i]
            n_keys += 1
            for j in range(m):
                e1[j] = np.exp(sa[i] * z1[j])
                e2[j] = np.exp(sb[i] * z2[j])
            for g in range(GRID):
                r = g / (GRID - 1)
                for j in range(m):
                    buf[j] = (1.0 - r) * e1[j] + r * e2[j]
                if g == 0:
                    lo = 0
                    # ranks ascend: each selection leaves smaller ranks to its left
                    for q in range(nq):
                        select_inplace(buf, lo, m - 1, ranks[q])
                        grids[key, g, q] = buf[ranks[q]]
                        lo = ranks[q]
                    continue
                for q in range(nq):
                    # quantiles move smoothly with r: extrapolate the last two grid points
                    prev = grids[key, g - 1, q]
                    step = prev - grids[key, g - 2, q] if g >= 2 else 0.0
                    guess = prev + step
                    width = 2.0 * abs(step) / guess + 0.002
                    grids[key, g, q] = _rank_near(buf, small, ranks[q], guess, width)
        total = a[i] + b[i]
        pos = b[i] / total * (GRID - 1)
        g0 = min(int(pos), GRID - 2)
        w = pos - g0
        for q in range(nq):
            wq = (1.0 - w) * grids[key, g0, q] + w * grids[key, g0 + 1, q]
            out[i, q] = total * wq + c[i]
    return out
