"""Tiered electricity cost: what `kwh` per month costs on a tariff with monthly tiers."""

from __future__ import annotations

import numpy as np

from core.kernels._jit import kernel


@kernel()
def tiered_cost(kwh: float, bounds: np.ndarray, prices: np.ndarray) -> float:
    """Cost of `kwh` in one month. Tier i prices the kWh between bounds[i-1] and bounds[i]
    (bounds[-1] is +inf for the open last tier). A flat tariff is one tier with bound inf."""
    total = 0.0
    lower = 0.0
    for i in range(bounds.shape[0]):
        if kwh <= lower:
            break
        upper = bounds[i]
        amount = (kwh if kwh < upper else upper) - lower
        total += amount * prices[i]
        lower = upper
    return total


@kernel()
def marginal_energy_cost(extra_kwh: float, base_kwh: float, bounds: np.ndarray,
                         prices: np.ndarray) -> float:
    """What `extra_kwh` a month adds to a household bill that already uses `base_kwh`: on a
    tiered tariff the GPU's energy lands in the tiers above the household's own use."""
    return tiered_cost(base_kwh + extra_kwh, bounds, prices) - tiered_cost(base_kwh, bounds,
                                                                            prices)
