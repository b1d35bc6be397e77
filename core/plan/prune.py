"""No nonsense purchases (issue 14): a purchase that costs more than another plan and is no
faster on any workload is not worth a row.

Plan B dominates plan A when B costs less a month (p50), asks no more up front, and every
workload is done at least as fast under B (its typical time and the time its deadline is
judged at). A dominated plan that buys something leaves the table for the ruled-out list, with
the plan that beats it named. Because B is as fast everywhere and no dearer up front, any limit
A meets B meets too: a tighter deadline still never admits more options.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.plan import wording
from core.schema.message import Message
from core.schema.plan import Plan, Rejected, WorkloadFit


def _sure(f: WorkloadFit) -> float:
    return f.seconds_sure if f.seconds_sure > 0 else f.seconds_p90


def dominates(b: Plan, a: Plan) -> bool:
    """`b` costs less a month than `a`, no more up front, and is no slower at any workload."""
    if not (b.monthly_cost_p50 < a.monthly_cost_p50 and b.upfront_cost <= a.upfront_cost):
        return False
    for fb, fa in zip(b.workloads, a.workloads, strict=True):
        if fb.seconds_p50 > fa.seconds_p50 * (1 + 1e-9) or _sure(fb) > _sure(fa) * (1 + 1e-9):
            return False
    return True


def drop_dominated(ranked: Sequence[Plan]) -> tuple[tuple[Plan, ...], tuple[Rejected, ...]]:
    """`ranked` (cheapest first) split into the plans kept and the purchases another plan
    dominates (as Rejected, saying which plan). The cheapest plan always stays."""
    kept: list[Plan] = []
    dropped: list[Rejected] = []
    for a in ranked:
        if a.upfront_cost > 0:
            by = next((b for b in kept if dominates(b, a)), None)
            if by is not None:
                why = Message(wording.DOMINATED, other=by.label)
                dropped.append(Rejected(replace(a, feasible=False, reasons=(why, *a.reasons)),
                                        why))
                continue
        kept.append(a)
    return tuple(kept), tuple(dropped)


__all__ = ["dominates", "drop_dominated"]
