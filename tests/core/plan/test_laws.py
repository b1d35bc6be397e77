"""The laws every recommendation must obey, checked on hand-made perf numbers and prices
(tests/core/plan/fakes.py states the fake perf model in full).

- more work never costs less;
- a faster card never takes longer;
- a tighter deadline never admits more options;
- raising the tariff never favours buying;
- cost is never negative.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.schema import Profile, Workload
from core.schema.hardware import LocalMachine
from core.schema.plan import PlanResult
from tests.core.plan.fakes import GPUS, OFFERS, RATES, FakeEvaluate, gpu, tariff
from tests.shipped import with_data

SAMPLES = 400
FAST = settings(max_examples=12, deadline=None, derandomize=True)


def profile(clips: float = 14, images: float = 40, clip_deadline: float | None = 1800,
            image_deadline: float | None = 120, budget: float | None = 2500) -> Profile:
    return Profile(name="law", creator_type="ai_video_blogger", budget_usd=budget, psu_w=750,
                   workloads=(
                       Workload(id="clip", kind="video", label="clip", jobs_per_week=clips,
                                deadline_s=clip_deadline),
                       Workload(id="img", kind="image", label="image", jobs_per_week=images,
                                deadline_s=image_deadline),
                   ))


def run(p: Profile, machine: LocalMachine | None = None, price: float = 0.15,
        gpus: tuple = GPUS, ev: FakeEvaluate | None = None) -> PlanResult:  # type: ignore[type-arg]
    m = machine if machine is not None else machine_from_gpu_ids(["small-8"], ram_gib=32,
                                                                 catalog=GPUS)
    data = with_data(gpus=gpus, offers=OFFERS, tariffs={"us": tariff(price)}, rates=RATES)
    return recommend(p, m, data, ev or FakeEvaluate(), samples=SAMPLES, seed=7)


def all_plans(r: PlanResult) -> dict[str, float]:
    return {pl.id: pl.monthly_cost_p50 for pl in (*r.plans, *(x.plan for x in r.rejected))}


@FAST
@given(base=st.floats(0.5, 40), more=st.floats(1.0, 4.0), which=st.sampled_from(["clips",
                                                                                 "images"]))
def test_more_work_never_costs_less(base: float, more: float, which: str) -> None:
    a = run(profile(**{which: base}))
    b = run(profile(**{which: base * more}))
    before, after = all_plans(a), all_plans(b)
    for pid, cost in before.items():
        if pid in after:
            assert after[pid] >= cost - 1e-9 * max(1.0, cost), pid
    if a.best is not None and b.best is not None:
        assert b.best.monthly_cost_p50 >= a.best.monthly_cost_p50 - 1e-9


def test_a_faster_card_never_takes_longer() -> None:
    slow = gpu("card-slow", 80, 24, 900, tdp=300)
    fast = gpu("card-fast", 160, 24, 900, tdp=300)
    r = run(profile(budget=None), gpus=(*GPUS, slow, fast))
    a, b = r.plan("buy:card-slow"), r.plan("buy:card-fast")
    for fa, fb in zip(a.workloads, b.workloads, strict=True):
        assert fb.seconds_p50 <= fa.seconds_p50
        assert fb.feasible or not fa.feasible
    assert b.hours_per_week <= a.hours_per_week
    assert b.gate("latency").value <= a.gate("latency").value


@FAST
@given(d1=st.floats(5, 7200), shrink=st.floats(0.05, 1.0))
def test_tighter_deadline_never_admits_more_options(d1: float, shrink: float) -> None:
    loose = run(profile(clip_deadline=d1 * 10, image_deadline=d1))
    tight = run(profile(clip_deadline=d1 * 10 * shrink, image_deadline=d1 * shrink))
    assert option_keys(tight) <= option_keys(loose)


def option_keys(r: PlanResult) -> set[str]:
    """Feasible options, keyed by the decision they stand for: the card you own (kept or
    bought, with or without cloud bursts for what it cannot do in time) or the offer you rent.
    A hybrid is generated only when its local card misses something, and rents the cheapest
    offer that meets the deadlines, so "buy X" and "buy X + cloud" are one option here."""
    keys = set()
    for p in r.plans:
        base = p.id.split("+")[0].removeprefix("hybrid:")
        keys.add(base)
    return keys


def test_no_deadline_admits_at_least_as_much_as_any_deadline() -> None:
    free = run(profile(clip_deadline=None, image_deadline=None))
    timed = run(profile())
    assert option_keys(timed) <= option_keys(free)


def _gap(r: PlanResult) -> float | None:
    """Best feasible buy minus best feasible rent (positive: renting is cheaper)."""
    buys = [p.monthly_cost_p50 for p in r.plans if p.kind == "buy"]
    rents = [p.monthly_cost_p50 for p in r.plans if p.kind == "rent"]
    return min(buys) - min(rents) if buys and rents else None


@FAST
@given(price=st.floats(0.02, 0.5), rise=st.floats(1.01, 5.0),
       with_machine=st.booleans())
def test_raising_the_tariff_never_favours_buying(price: float, rise: float,
                                                 with_machine: bool) -> None:
    machine = None if not with_machine else machine_from_gpu_ids(["small-8"], catalog=GPUS)
    p = profile(clips=30, budget=None)
    low = run(p, machine if machine is not None else LocalMachine(), price)
    high = run(p, machine if machine is not None else LocalMachine(), price * rise)
    g_low, g_high = _gap(low), _gap(high)
    if g_low is not None and g_high is not None:
        assert g_high >= g_low - 1e-6
    # and no plan gets cheaper when electricity costs more
    lo, hi = all_plans(low), all_plans(high)
    for pid in lo.keys() & hi.keys():
        assert hi[pid] >= lo[pid] - 1e-9


@FAST
@given(clips=st.floats(0, 200), images=st.floats(0, 2000), price=st.floats(0.01, 1.0),
       deadline=st.one_of(st.none(), st.floats(1, 1e5)))
def test_cost_is_never_negative(clips: float, images: float, price: float,
                                deadline: float | None) -> None:
    if clips == 0 and images == 0:
        clips = 1.0
    r = run(profile(clips=clips, images=images, clip_deadline=deadline), price=price)
    for pl in (*r.plans, *(x.plan for x in r.rejected)):
        assert pl.monthly_cost_p10 >= 0
        assert pl.monthly_cost_p10 <= pl.monthly_cost_p50 <= pl.monthly_cost_p90
        assert pl.upfront_cost >= 0
        assert min(pl.cumulative_cost) >= 0
        assert all(v >= 0 for v in pl.cost_breakdown.values())


def test_ranking_is_by_monthly_cost_and_every_ranked_plan_is_feasible() -> None:
    r = run(profile())
    costs = [p.monthly_cost_p50 for p in r.plans]
    # within 1% of each other plans are tied and time saved decides; beyond that, cheaper first
    assert all(b >= a * 0.99 for a, b in itertools.pairwise(costs))
    assert all(p.feasible and all(g.passed for g in p.gates) for p in r.plans)
    assert all(not x.plan.feasible for x in r.rejected)
    assert r.best is not None and r.best.label in r.recommendation


def test_same_seed_same_answer_and_currency_converts() -> None:
    a = run(profile())
    b = run(profile())
    assert [p.monthly_cost_p50 for p in a.plans] == [p.monthly_cost_p50 for p in b.plans]
    cny = run(replace(profile(), currency="CNY"))
    assert cny.best is not None and a.best is not None
    assert cny.best.id == a.best.id
    assert cny.best.monthly_cost_p50 == __import__("pytest").approx(
        a.best.monthly_cost_p50 * 7.1)
    assert "¥" in cny.recommendation
