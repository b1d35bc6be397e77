"""Which input moves the decision most: usage, electricity price, card prices, rental prices.

Each input is scaled down and up (the other inputs at their central values); the swing is how
much the recommended plan's monthly advantage over the runner-up changes, and a flip is when
another plan would win at either end.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.plan import wording
from core.plan.costing import Packed, nominal
from core.schema.message import Message, Money
from core.schema.plan import Sensitivity

INPUTS = (
    # input id, label, index into the kernel's scale vector (usage, tariff, card, rent)
    ("usage", Message(wording.USAGE), 0),
    ("tariff", Message(wording.TARIFF), 1),
    ("card_price", Message(wording.CARD_PRICES), 2),
    ("rental_price", Message(wording.RENTAL_PRICES), 3),
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
    lead = float(base[runner] - base[best])  # today's
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
            end = wording.FLIPS_IF_HALVED if winners[0] != best else wording.FLIPS_IF_HIGHER
            detail = Message(end, input=label, plan=flips_to)
        elif swing < 0.005:  # "moves the lead by $0.00": both plans pay it alike (or neither)
            detail = Message(wording.NO_EFFECT, input=label, plan=labels[runner])
        else:
            # the most the lead moves from today's at either end (the swing is end to end)
            most = max(abs(g - lead) for g in gaps)
            detail = Message(wording.HOLDS, input=label, plan=labels[runner],
                             swing=Money(most, currency))
        out.append(Sensitivity(ident, label, LOW, HIGH, swing, flips_to is not None, flips_to,
                               detail))
    out.sort(key=lambda s: (not s.flips, -s.swing))
    return tuple(out)


__all__ = ["HIGH", "INPUTS", "LOW", "rank_inputs"]
