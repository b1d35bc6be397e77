"""Which input moves the decision most: usage, electricity price, card prices, rental prices.

Each input is scaled down and up (the other inputs at their central values); the swing is how
much the recommended plan's monthly advantage over the runner-up changes, and a flip is when
another plan would win at either end.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.plan import reasons as say
from core.plan.costing import Packed, nominal
from core.schema.plan import Sensitivity

INPUTS = (
    # input id, label, index into the kernel's scale vector (usage, tariff, card, rent)
    ("usage", "how much you work (jobs and hours a week)", 0),
    ("tariff", "electricity price", 1),
    ("card_price", "card prices", 2),
    ("rental_price", "cloud rental prices", 3),
)
LOW, HIGH = 0.5, 1.5


def rank_inputs(packed: Packed, labels: Sequence[str], fx: float,
                currency: str) -> tuple[Sensitivity, ...]:
    """`packed` holds the feasible plans, best first; `labels` their plan labels."""
    n = packed.hw_monthly.shape[0]
    if n < 2:
        return ()
    base = nominal(packed) * fx
    best = int(np.argmin(base))
    runner = int(np.argsort(base)[1])
    out = []
    for ident, label, k in INPUTS:
        gaps = []
        winners = []
        for factor in (LOW, HIGH):
            scales = [1.0, 1.0, 1.0, 1.0]
            scales[k] = factor
            costs = nominal(packed, (scales[0], scales[1], scales[2], scales[3])) * fx
            gaps.append(float(costs[runner] - costs[best]))
            winners.append(int(np.argmin(costs)))
        swing = abs(gaps[1] - gaps[0])
        flips_to = next((labels[w] for w in winners if w != best), None)
        if flips_to is not None:
            end = "halved" if winners[0] != best else "50% higher"
            detail = f"With {label} {end}, {flips_to} would win instead."
        else:
            detail = (f"Halving or raising {label} by half moves the lead over "
                      f"{labels[runner]} by {say.money(swing, currency)} a month; "
                      "the choice holds.")
        out.append(Sensitivity(ident, label, LOW, HIGH, swing, flips_to is not None, flips_to,
                               detail))
    out.sort(key=lambda s: (not s.flips, -s.swing))
    return tuple(out)


__all__ = ["HIGH", "INPUTS", "LOW", "rank_inputs"]
