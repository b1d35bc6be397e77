"""Fields worked out when first read (core.schema.later), and the plans that use them."""

from __future__ import annotations

import dataclasses
import itertools
import pickle

import pytest

from core.schema.later import Later
from core.schema.plan import Gate
from tests.shipped import catalogs, evaluate


def test_a_later_value_is_worked_out_once_on_first_read() -> None:
    calls: list[int] = []

    def write(gate: Gate) -> str:
        calls.append(1)
        return f"{gate.value:g} h of {gate.limit:g} h a week"

    g = Gate("throughput", True, 3.0, 40.0, "h/week", Later(write))
    assert calls == []  # nothing written yet
    assert g.detail == "3 h of 40 h a week"
    assert g.detail == "3 h of 40 h a week"
    assert calls == [1]


def test_a_gate_with_a_later_detail_is_an_ordinary_dataclass_outside() -> None:
    lazy = Gate("tco", True, 10.0, 20.0, "total", Later(lambda _g: "fine"))
    plain = Gate("tco", True, 10.0, 20.0, "total", "fine")
    assert lazy == plain and hash(lazy) == hash(plain)
    assert repr(lazy) == repr(plain)
    assert dataclasses.replace(lazy, passed=False).detail == "fine"
    assert dataclasses.asdict(lazy)["detail"] == "fine"
    # a lambda does not pickle; the worked-out value does
    assert pickle.loads(pickle.dumps(Gate("tco", True, 1.0, 2.0, "total",
                                          Later(lambda _g: "kept")))).detail == "kept"
    with pytest.raises(dataclasses.FrozenInstanceError):
        lazy.detail = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Gate("tco", True, 1.0, 2.0, "total")  # type: ignore[call-arg]  # still required


def test_every_plan_explains_itself_however_far_down_it_ranks() -> None:
    # Before the sentences were written on first read, only the first 25 plans and the best
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
