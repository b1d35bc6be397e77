"""recommend(cancelled=...) stops between its steps when the answer is no longer wanted, and
otherwise changes nothing (hand-made perf numbers and prices, tests/core/plan/fakes.py)."""

from __future__ import annotations

import pytest

from core.hardware.machine import machine_from_gpu_ids
from core.plan import PlanCancelled, recommend
from core.schema import Profile, Workload
from core.schema.plan import PlanResult
from tests.core.plan.fakes import GPUS, OFFERS, RATES, FakeEvaluate, tariff
from tests.shipped import with_data

PROFILE = Profile(
    name="cancel", creator_type="custom", budget_usd=None, psu_w=1000, hours_per_day_online=8.0,
    workloads=(Workload(id="clip", kind="video", label="clip", jobs_per_week=14,
                        deadline_s=3 * 3600),
               Workload(id="img", kind="image", label="image", jobs_per_week=40,
                        deadline_s=600)))


def _run(cancelled=None) -> PlanResult:  # type: ignore[no-untyped-def]
    m = machine_from_gpu_ids(["mid-16"], ram_gib=64, catalog=GPUS)
    return recommend(PROFILE, m,
                     with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff()}, rates=RATES),
                     FakeEvaluate(), samples=300, seed=3, cancelled=cancelled)


def test_a_plan_that_is_never_cancelled_is_the_same_plan() -> None:
    asked: list[int] = []

    def never() -> bool:
        asked.append(1)
        return False

    plain, checked = _run(), _run(never)
    assert len(asked) >= 4  # asked between the steps, not only once at the start
    assert [p.id for p in checked.plans] == [p.id for p in plain.plans]
    assert [p.monthly_cost_p50 for p in checked.plans] == [p.monthly_cost_p50
                                                          for p in plain.plans]
    assert checked.recommendation == plain.recommendation


@pytest.mark.parametrize("after", [0, 1, 2, 3])
def test_a_cancelled_plan_stops_at_the_next_step(after: int) -> None:
    asked: list[int] = []

    def cancel_after() -> bool:
        asked.append(1)
        return len(asked) > after

    with pytest.raises(PlanCancelled):
        _run(cancel_after)
    assert len(asked) == after + 1  # stopped at the first check that said so
