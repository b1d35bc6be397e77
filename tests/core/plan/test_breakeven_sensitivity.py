"""Break-even months, the sweep grid and the sensitivity ranking on hand-made numbers."""

from __future__ import annotations

import math

import pytest

from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.plan.recommend import rank_order
from core.schema import Profile, Workload
from core.schema.message import Message
from core.schema.plan import PlanResult
from tests.core.plan.fakes import GPUS, OFFERS, RATES, FakeEvaluate, tariff
from tests.shipped import with_data


def heavy(clips: float) -> PlanResult:
    # a desktop with the 24 GB card's little brother; lots of clips make owning pay
    p = Profile(name="h", creator_type="ai_video_blogger", budget_usd=None, psu_w=1000,
                hours_per_day_online=24, horizon_months=36, workloads=(
                    Workload(id="clip", kind="video", label="clip", jobs_per_week=clips,
                             deadline_s=1800),))
    return recommend(p, machine_from_gpu_ids(["mid-16"], catalog=GPUS),
                     with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff(0.15)}, rates=RATES),
                     FakeEvaluate(), samples=500, seed=3)


def test_breakeven_month_is_where_the_cumulative_curves_cross() -> None:
    r = heavy(400)
    buy = r.plan("buy:big-24")
    assert buy.feasible and buy.breakeven_month is not None
    best_rent = next(p for p in r.plans if p.kind == "rent")
    m = buy.breakeven_month
    rent_monthly = best_rent.cumulative_cost[1] - best_rent.cumulative_cost[0]
    before, after = math.floor(m), math.ceil(m)
    assert after < len(buy.cumulative_cost)  # within the 36-month horizon here
    assert buy.cumulative_cost[before] > before * rent_monthly
    assert buy.cumulative_cost[after] <= after * rent_monthly + 1e-6


def test_light_use_never_pays_off_and_the_grid_says_so() -> None:
    light = heavy(5)
    buy = light.plan("buy:big-24")
    assert buy.breakeven_month is None or buy.breakeven_month > 24
    assert light.best is not None and light.best.kind == "rent"
    grid = heavy(400).breakeven
    assert grid is not None
    months = grid.months
    # more hours a week never delays break-even; a dearer tariff never brings it forward
    for i in range(1, len(months)):
        for j in range(len(months[0])):
            assert months[i][j] <= months[i - 1][j] + 1e-9
    for row in months:
        for j in range(1, len(row)):
            assert row[j] >= row[j - 1] - 1e-9


def test_usage_flips_a_close_decision() -> None:
    r = heavy(400)
    assert r.best is not None and r.best.kind == "buy"
    usage = next(s for s in r.sensitivity if s.input == "usage")
    assert usage.flips and usage.flips_to is not None and usage.flips_to.startswith("Rent")
    ordered = [(not s.flips, -s.swing) for s in r.sensitivity]
    assert ordered == sorted(ordered)
    assert {s.input for s in r.sensitivity} == {"usage", "tariff", "card_price",
                                                 "rental_price"}
    assert all(s.swing >= 0 for s in r.sensitivity)


def test_rank_order_is_cheapest_first_and_breaks_only_exact_ties_by_time() -> None:
    # issue 14: "cheapest first" held 19 inversions when plans within 1 % swapped for time
    keys = [(100.0, 10.0, "a"), (100.5, 5.0, "b"), (103.0, 1.0, "c"), (90.0, 50.0, "d"),
            (100.001, 2.0, "e")]
    assert [keys[i][2] for i in rank_order(keys)] == ["d", "e", "a", "b", "c"]


def test_without_a_machine_buying_includes_a_pc_and_live_work_cannot_be_placed() -> None:
    p = Profile(name="n", creator_type="vtuber", workloads=(
        Workload(id="img", kind="image", label="img", jobs_per_week=10, deadline_s=120),
        Workload(id="live", kind="realtime", label="avatar", hours_per_week=5, fps=60,
                 live=True)))
    r = recommend(p, None,
                  with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff()}, rates=RATES),
                  FakeEvaluate(), samples=200)
    assert all(pl.kind != "rent" for pl in r.plans)  # nowhere to run the avatar
    buy = r.plan("buy:mid-16")
    assert buy.label.endswith("in a new desktop PC")
    assert buy.upfront_cost > 550  # the card and the PC around it
    assert "desktop PC" in buy.cost_breakdown


def test_measured_power_replaces_the_tdp_figure_for_the_card_you_have() -> None:
    def keep_energy(extra: dict[str, str]) -> float:
        base = Profile(name="m", creator_type="custom", hours_per_day_online=0.0, extra=extra,
                       workloads=(Workload(id="img", kind="image", label="img",
                                           jobs_per_week=100),))
        r = recommend(base, machine_from_gpu_ids(["mid-16"], catalog=GPUS),
                      with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff()}, rates=RATES),
                      FakeEvaluate(), samples=100)
        return r.plan("keep").cost_breakdown["electricity"]

    # the fake model draws 0.8 × 220 W = 176 W; a measured 88 W halves the energy bill
    assert keep_energy({"measured_gpu_w": "88"}) == \
        pytest.approx(keep_energy({}) / 2)
    with pytest.raises(ValueError, match="measured_gpu_w"):
        keep_energy({"measured_gpu_w": "lots"})


def test_a_holding_choice_says_how_far_the_lead_moves_from_todays() -> None:
    # "at half or 1.5 times today's, the lead changes by at most $5.98" had said the whole
    # swing from half to 1.5 times: from today's it moves about half that either way
    from core.plan import wording
    r = heavy(100)  # renting wins whatever the inputs do
    holds = [s for s in r.sensitivity if isinstance(s.detail, Message)
             and s.detail.template == wording.HOLDS]
    assert holds
    for s in holds:
        said = float(s.detail.params["swing"].amount)  # type: ignore[union-attr]
        assert said < s.swing and said >= s.swing / 2 - 1e-9
