"""Plans are plain values: every field is worked out when recommend() makes the plan, so a
reader (the GUI thread, an export) runs no planner code by reading one."""

from __future__ import annotations

import dataclasses
import itertools
import pickle

import pytest

from core.schema.plan import Gate, Plan
from tests.shipped import catalogs, evaluate


def test_plans_and_gates_are_ordinary_frozen_dataclasses() -> None:
    # (They were dataclasses with fields written on first read, core.schema.later, which ran
    # planner code on whichever thread first read them; issue #16 point 3.)
    for cls in (Plan, Gate):
        assert dataclasses.is_dataclass(cls) and "__slots__" in vars(cls)
    g = Gate("tco", True, 10.0, 20.0, "total", "fine")
    assert not hasattr(g, "__dict__")  # nothing to fill in later
    assert g == Gate("tco", True, 10.0, 20.0, "total", "fine")
    assert dataclasses.replace(g, passed=False).detail == "fine"
    assert dataclasses.asdict(g)["detail"] == "fine"
    assert pickle.loads(pickle.dumps(g)) == g
    with pytest.raises(dataclasses.FrozenInstanceError):
        g.detail = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Gate("tco", True, 1.0, 2.0, "total")  # type: ignore[call-arg]  # detail is required


def test_every_plan_explains_itself_however_far_down_it_ranks() -> None:
    # Once only the first 25 plans and the best
    # of each kind had reasons; the rest of the table showed none.
    from core.catalogs.profiles import load_profiles
    from core.hardware.machine import machine_from_gpu_ids
    from core.plan import recommend

    result = recommend(load_profiles()["ai_video_blogger"],
                       machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32), catalogs(),
                       evaluate, samples=200)
    assert len(result.plans) > 30
    from core.plan import wording

    for plan in result.plans[25:]:
        costs = [r for r in plan.reasons
                 if getattr(r, "template", None) in (wording.MONTHLY, wording.MONTHLY_SPLIT)]
        assert len(costs) == 1, plan.id  # the cost line, with this plan's own median
        assert costs[0].params["cost"].amount == pytest.approx(plan.monthly_cost_p50)
        assert len(plan.reasons) > len(plan.workloads) - 1
        cum = plan.cumulative_cost
        assert len(cum) == result.profile.horizon_months + 1
        assert all(b >= a - 1e-9 for a, b in itertools.pairwise(cum))  # money spent only grows
        assert {e.workload_id for e in plan.estimates} <= {w.id for w in
                                                            result.profile.workloads}
        assert plan.estimates
    for r in result.rejected:  # a rejected plan says why
        assert r.plan.reasons and r.why in r.plan.reasons
    # and the whole result is data: it pickles, and a copy equals it field by field
    for plan in (*result.plans[:5], *(r.plan for r in result.rejected[:5])):
        twin = pickle.loads(pickle.dumps(plan))
        assert twin == plan and twin.reasons == plan.reasons
        assert twin.cumulative_cost == plan.cumulative_cost
