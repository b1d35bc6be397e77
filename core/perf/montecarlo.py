"""Monte Carlo plumbing around the quantile kernel: shared normal draws (cached per seed, with
their sorted copies) and nearest ranks. Every time in core.perf goes through `quantiles`."""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt

from core.kernels.engine import mc_time_quantiles
from core.kernels.ranks import nearest_ranks

Array = npt.NDArray[np.float64]


def quantile_ranks(qs: npt.ArrayLike, n_samples: int) -> npt.NDArray[np.int64]:
    """Nearest ranks for quantiles `qs` (ascending) among `n_samples` sorted samples
    (core.kernels.ranks, the one definition every Monte Carlo uses)."""
    return nearest_ranks(qs, n_samples)


@cache
def normal_draws(n_samples: int, seed: int) -> tuple[Array, Array, Array, Array]:
    """Two standard-normal draw vectors for a seed, and each sorted (read-only, shared)."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((2, n_samples))
    out = (np.ascontiguousarray(z[0]), np.ascontiguousarray(z[1]), np.sort(z[0]),
           np.sort(z[1]))
    for x in out:
        x.setflags(write=False)
    return out


def quantiles(a: Array, sa: Array, b: Array, sb: Array, c: Array, qs: npt.ArrayLike,
              samples: int, seed: int) -> Array:
    """Quantiles `qs` of a·exp(sa·z1) + b·exp(sb·z2) + c per pair (see the kernel)."""
    z1, z2, z1s, z2s = normal_draws(samples, seed)
    out: Array = mc_time_quantiles(a, sa, b, sb, c, z1, z2, z1s, z2s,
                                   quantile_ranks(qs, samples))
    return out
