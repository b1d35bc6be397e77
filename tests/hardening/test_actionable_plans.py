"""Plans a creator can act on (issue 14), with the REAL performance model and catalogs:
deadlines met at the user's confidence (p90 by default), one rule for what runs with the
system RAM (estimate and plan alike), serverless cold starts that grow with the weights, storage
and minimum credit, and the laws that keep holding: a stricter confidence never admits more
options, more RAM never makes a job impossible.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.catalogs.profiles import load_profiles
from core.cost import rental
from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.schema import Profile, Workload
from core.schema.message import format_duration_beside
from core.schema.plan import Plan, PlanResult
from core.units import GIB, HOUR
from tests.shipped import catalogs, estimate, evaluate

pytestmark = pytest.mark.timeout(180)

SAMPLES = 200
LAWS = settings(max_examples=6, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
PROFILES = load_profiles()
NAMES = sorted(PROFILES)


def run(profile: Profile, gpus: list[str], ram_gib: float | None = 32) -> PlanResult:
    machine = machine_from_gpu_ids(gpus, ram_gib=ram_gib, catalog=catalogs().gpus)
    return recommend(profile, machine, catalogs(), evaluate,
                     samples=SAMPLES, seed=5)


def gpus_by_id() -> dict[str, object]:
    return {g.id: g for g in catalogs().gpus}


def every_plan(r: PlanResult) -> list[Plan]:
    return [*r.plans, *(x.plan for x in r.rejected)]


def test_a_deadline_is_met_at_p90_not_at_the_median() -> None:
    # "Rent RTX A5000: 21 min (p90 40 min) ✓ all met" against a 30-minute limit
    r = run(PROFILES["ai_video_blogger"], ["nvidia-rtx-4090"])
    deadlines = {w.id: w.deadline_s for w in r.profile.workloads}
    checked = 0
    for p in r.plans:
        for f in p.workloads:
            limit = deadlines[f.workload_id]
            if limit is None or f.device_id == "cpu":
                continue
            assert f.seconds_p90 <= limit * (1 + 1e-9), (p.id, f)
            checked += 1
    assert checked
    # plans whose typical job makes it but whose p90 does not are refused, and say both times
    late = [(x, f) for x in r.rejected for f in x.plan.workloads
            if deadlines[f.workload_id] is not None and f.where != "none"
            and f.seconds_p50 <= (deadlines[f.workload_id] or 0) < f.seconds_sure]
    assert late
    for x, f in late:
        assert not f.feasible and "up to" in f.reason and "typically" in f.reason, x.plan.id
    lat = r.plans[0].gate("latency")
    assert lat.passed and lat.value <= lat.limit


@LAWS
@given(name=st.sampled_from(NAMES), low=st.floats(0.5, 0.95), more=st.floats(0.0, 0.04))
def test_a_stricter_confidence_never_admits_more_options(name: str, low: float,
                                                         more: float) -> None:
    base = PROFILES[name]
    loose = run(replace(base, deadline_confidence=low), ["nvidia-rtx-3060-12gb"])
    strict = run(replace(base, deadline_confidence=min(0.99, low + more + 0.01)),
                 ["nvidia-rtx-3060-12gb"])
    # options keyed by the card owned or the offer rented: "buy X" and "buy X + cloud bursts"
    # are one option (a hybrid exists only when its card misses something)
    def options(r: PlanResult) -> set[str]:
        return {p.id.split("+")[0].removeprefix("hybrid:") for p in r.plans}

    assert options(strict) <= options(loose)


def test_a_job_longer_than_the_pc_is_on_a_day_is_flagged() -> None:
    work = Workload(id="film", kind="render", label="film", jobs_per_week=0.1, frames=300,
                    scene="heavy")
    short_days = Profile(name="t", creator_type="custom", workloads=(work,),
                         hours_per_day_online=2.0)
    r = run(short_days, ["nvidia-rtx-3060-12gb"])
    keep = next(p for p in every_plan(r) if p.kind == "keep")
    fit = keep.workloads[0]
    assert fit.seconds_sure > 2 * HOUR  # longer than the two hours the PC is on a day
    # flagged, not refused: the PC can stay on for it
    assert fit.feasible and "your PC is on a day" in fit.reason
    assert any("your PC is on a day" in r for r in keep.reasons)
    long_days = run(replace(short_days, hours_per_day_online=24.0), ["nvidia-rtx-3060-12gb"])
    fit = next(p for p in every_plan(long_days) if p.kind == "keep").workloads[0]
    assert fit.feasible and "your PC is on a day" not in fit.reason


WAN = Workload(id="clip", kind="video", label="clip", jobs_per_week=7, model="wan2.1-t2v-14b",
               width=832, height=480, frames=81)


@pytest.mark.parametrize("gpu", ["nvidia-rtx-4090", "nvidia-rtx-3060-12gb",
                                 "nvidia-rtx-4060-laptop"])
@pytest.mark.parametrize("ram_gib", [8, 16, 32, 128, None])
def test_estimate_and_plan_apply_one_rule_with_the_ram(gpu: str, ram_gib: float | None) -> None:
    # `estimate` said Wan 14B runs on a 3060 12GB (72 min), `plan` that it cannot hold it; and
    # --ram-gib 8 and 128 gave the same offloaded time
    spec = gpus_by_id()[gpu]
    e = estimate(WAN, spec, host_ram_bytes=None if ram_gib is None else ram_gib * GIB)
    r = run(Profile(name="t", creator_type="custom", workloads=(WAN,)), [gpu], ram_gib)
    keep = next(p for p in every_plan(r) if p.kind == "keep")
    assert keep.workloads[0].where == "local"
    runs = math.isfinite(keep.workloads[0].seconds_p50)
    assert runs == e.runnable, (gpu, ram_gib, e.note, keep.workloads[0].reason)
    if runs:
        assert keep.workloads[0].seconds_p50 == pytest.approx(e.seconds_p50, rel=0.05)


def test_system_ram_decides_whether_an_offloading_job_runs() -> None:
    # Wan 14B in 8-bit on a 12 GB card keeps ~6 GiB in system RAM, which 4 GiB cannot spare
    spec = gpus_by_id()["nvidia-rtx-3060-12gb"]
    small = estimate(WAN, spec, host_ram_bytes=4 * GIB)
    big = estimate(WAN, spec, host_ram_bytes=128 * GIB)
    assert big.runnable and big.offload
    assert not small.runnable and "system RAM" in small.note


@LAWS
@given(gpu=st.sampled_from(["nvidia-rtx-4090", "nvidia-rtx-3060-12gb", "nvidia-rtx-4070",
                            "nvidia-rtx-4060-laptop", "amd-rx-7900-xtx"]),
       ram=st.floats(4.0, 256.0), more=st.floats(1.0, 4.0),
       model=st.sampled_from(["wan2.1-t2v-14b", "flux1-dev", "sdxl", "hunyuanvideo"]))
def test_more_ram_never_makes_a_job_impossible(gpu: str, ram: float, more: float,
                                               model: str) -> None:
    spec = gpus_by_id().get(gpu)
    if spec is None:
        pytest.skip(f"{gpu} not in the catalog")
    kind = "video" if model in ("wan2.1-t2v-14b", "hunyuanvideo") else "image"
    w = Workload(id="w", kind=kind, label="w", jobs_per_week=1, model=model)
    if estimate(w, spec, host_ram_bytes=ram * GIB).runnable:
        assert estimate(w, spec, host_ram_bytes=ram * more * GIB).runnable


def test_serverless_cold_starts_grow_with_the_weights_loaded() -> None:
    # every serverless offer started in a fixed 30 s, and a 139 GiB Llama 70B F16 on a B200
    # cost $16 a month with no storage
    chat = Workload(id="chat", kind="llm", label="chat", jobs_per_week=10, model="llama-3-70b",
                    quant="F16", prompt_tokens=1000, output_tokens=500, deadline_s=3600)
    r = run(Profile(name="t", creator_type="custom", workloads=(chat,)), ["nvidia-rtx-3060-12gb"])
    b200 = next(p for p in every_plan(r) if p.id == "rent:runpod-serverless-flex-b200")
    fit = b200.workloads[0]
    assert fit.seconds_sure - fit.seconds_p90 > 100  # loading ~140 GB of weights
    offer = next(o for o in catalogs().offers if o.id == "runpod-serverless-flex-b200")
    assert rental.cold_start_s(offer, 140e9) > rental.cold_start_s(offer, 7e9) + 100
    storage = sum(v for k, v in b200.cost_breakdown.items() if "storage" in k)
    assert storage >= 140 * 0.05  # the weights kept on a volume between sessions


def test_one_image_a_month_still_buys_the_smallest_credit() -> None:
    img = Workload(id="img", kind="image", label="image", jobs_per_week=12 / 52,
                   model="sdxl")
    r = run(Profile(name="t", creator_type="custom", workloads=(img,), horizon_months=24),
            ["nvidia-rtx-3060-12gb"])
    for p in every_plan(r):
        if p.kind == "rent" and p.id.startswith("rent:runpod"):
            assert p.monthly_cost_p50 >= 10 / 24 - 1e-9, p.id


def test_times_next_to_their_limit_read_apart() -> None:
    assert format_duration_beside(97.8, 120) == "1.63 min"
    assert format_duration_beside(1700, 1800) == "28 min"
    assert format_duration_beside(120, 120) == "2 min"


def test_sentences_a_person_would_say() -> None:
    r = run(replace(PROFILES["ai_video_blogger"], budget_usd=0.0), ["nvidia-rtx-3060-12gb"])
    text = " ".join(str(x.why) for x in r.rejected) + " ".join(
        str(s.detail) for s in r.sensitivity)
    assert "$0.00 budget" not in text and "Halving or raising" not in text
    assert "budget allows no purchase" in text


def test_the_table_is_cheapest_first_adds_up_and_names_offers_as_people_do() -> None:
    # the 4090 blogger plan: 19 inversions, "about $7.10: electricity $0.23, cloud compute
    # $6.74", the same AWS L4 twice, labels carrying catalog ids
    r = run(PROFILES["ai_video_blogger"], ["nvidia-rtx-4090"])
    costs = [round(p.monthly_cost_p50, 2) for p in r.plans]
    assert costs == sorted(costs)
    for p in every_plan(r):
        if p.feasible and p.cost_breakdown:
            assert sum(p.cost_breakdown.values()) == pytest.approx(p.monthly_cost_p50,
                                                                   rel=1e-9, abs=1e-9)
        for o in p.offer_ids:
            assert o not in str(p.label), p.label
    labels = [str(p.label) for p in every_plan(r) if p.kind == "rent"]
    assert len(labels) == len(set(labels))


def test_break_even_compares_a_purchase_with_buying_nothing() -> None:
    # a 4090 owner saw "Buy RTX 5090 ... 4 months" against renting, though keeping is cheaper
    r = run(PROFILES["game_modder"], ["nvidia-rtx-4090"])
    free = [p for p in r.plans if p.upfront_cost == 0]
    assert free
    horizon = r.profile.horizon_months
    cheapest_free = min(p.cumulative_cost[horizon] for p in free)
    for p in r.plans:
        if p.upfront_cost > 0 and p.breakeven_month is not None \
                and p.breakeven_month <= horizon - 1:
            # paid off within the horizon: by its end it has cost less than buying nothing
            assert p.cumulative_cost[horizon] <= cheapest_free * (1 + 1e-6), p.id


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("gpu", ["nvidia-rtx-3060-12gb", "nvidia-rtx-4060-laptop",
                                 "nvidia-rtx-4090"])
def test_no_purchase_is_shown_that_another_plan_beats_at_everything(name: str,
                                                                    gpu: str) -> None:
    # "Buy GeForce GTX 1080 Ti + rent RTX A5000" for a 4060 Laptop owner; "Buy Arc A580 +
    # rent ..." where the A580 only takes over the LLM the user's 3060 already runs
    from core.plan.prune import dominates

    r = run(PROFILES[name], [gpu])
    for a in r.plans:
        if a.upfront_cost > 0:
            assert not any(dominates(b, a) for b in r.plans), a.id
    keep = next((p for p in every_plan(r) if p.kind == "keep"), None)
    assert keep is not None
    own = {f.workload_id for f in keep.workloads if f.feasible and f.device_id != "cpu"}
    for p in every_plan(r):
        # (an overflow plan may buy a faster card for work the own card does: it needs fewer
        # hours, so less is rented; the dominance check above covers it)
        if p.id.startswith("hybrid:") and p.upfront_cost > 0:
            local = {f.workload_id for f in p.workloads
                     if f.where == "local" and f.device_id != "cpu"}
            assert not local <= own, (p.id, "buys a card for work the own card does")
    for x in r.rejected:
        if "not worth making" in x.why:
            assert not x.plan.feasible and x.why in x.plan.reasons


def test_every_card_the_machine_has_is_named_and_takes_work() -> None:
    # `--gpu "RTX 4090" --gpu "GeForce RTX 3060 12GB"` never used or named the 3060; two
    # 4090s were "your GeForce RTX 4090"
    two = run(PROFILES["vtuber"], ["nvidia-rtx-4090", "nvidia-rtx-4090"])
    keep = next(p for p in every_plan(two) if p.kind == "keep")
    assert str(keep.label) == "Keep your 2× GeForce RTX 4090"
    mixed = run(PROFILES["game_modder"], ["nvidia-rtx-3060-12gb", "nvidia-rtx-4060"])
    keep = next(p for p in every_plan(mixed) if p.kind == "keep")
    assert "GeForce RTX 3060 12GB" in str(keep.label) and "GeForce RTX 4060" in str(keep.label)
    used = {f.device_id for f in keep.workloads if f.where == "local" and f.device_id != "cpu"}
    assert used == {"nvidia-rtx-3060-12gb", "nvidia-rtx-4060"}
    # each job on the owned card that meets its limit soonest: never slower than the first
    # card alone
    alone = run(PROFILES["game_modder"], ["nvidia-rtx-3060-12gb"])
    first = next(p for p in every_plan(alone) if p.kind == "keep")
    for f_both, f_one in zip(keep.workloads, first.workloads, strict=True):
        if f_one.feasible and f_one.device_id != "cpu":
            assert f_both.feasible and f_both.seconds_sure <= f_one.seconds_sure * (1 + 1e-9)


def test_a_busy_card_keeps_working_and_only_the_overflow_is_rented() -> None:
    # an RTX 4090 owner with 200 Wan clips a week (more hours than the card can take) was told
    # to rent everything and leave the 4090 idle
    base = PROFILES["ai_video_blogger"]
    busy = replace(base, workloads=tuple(replace(w, jobs_per_week=200)
                                         if w.id == "wan14b-clip" else w
                                         for w in base.workloads))
    r = run(busy, ["nvidia-rtx-4090"], 64)
    keep = next(p for p in every_plan(r) if p.kind == "keep")
    assert not keep.gate("throughput").passed
    over = [p for p in r.plans if p.id.startswith("overflow:keep+")]
    assert over, [p.id for p in r.plans[:5]]
    o = over[0]
    thr = o.gate("throughput")
    assert thr.passed and thr.value > 0.8 * thr.limit  # the card kept busy
    rent_all = min(p.monthly_cost_p50 for p in r.plans if p.kind == "rent")
    assert o.monthly_cost_p50 < rent_all
    assert r.best is not None and r.best.monthly_cost_p50 <= o.monthly_cost_p50
    # more clips never cost less under the same overflow plan
    more = run(replace(busy, workloads=tuple(replace(w, jobs_per_week=w.jobs_per_week * 1.1)
                                             if w.id == "wan14b-clip" else w
                                             for w in busy.workloads)), ["nvidia-rtx-4090"], 64)
    again = [p for p in every_plan(more) if p.id == o.id]
    if again:
        assert again[0].monthly_cost_p50 >= o.monthly_cost_p50 * (1 - 1e-9)


def test_a_second_card_can_be_added_beside_the_first_where_a_slot_and_power_allow() -> None:
    desk = run(PROFILES["game_modder"], ["nvidia-rtx-3060-12gb"])
    adds = [p for p in every_plan(desk) if p.id.startswith("add:")]
    assert adds
    for p in adds:
        assert str(p.label).startswith("Add ") and "beside your GeForce RTX 3060 12GB" in str(
            p.label)
        assert p.upfront_cost > 0
    # both cards take work where the new one is quicker: no job slower than on the 3060 alone
    keep = next(p for p in every_plan(desk) if p.kind == "keep")
    for p in adds:
        for f_add, f_keep in zip(p.workloads, keep.workloads, strict=True):
            if f_keep.feasible and f_keep.device_id != "cpu":
                assert f_add.seconds_sure <= f_keep.seconds_sure * (1 + 1e-9), p.id
    # a laptop has no slot; a machine that already has two cards is not offered a third
    assert not any(p.id.startswith("add:") for p in every_plan(
        run(PROFILES["game_modder"], ["nvidia-rtx-4060-laptop"])))
    assert not any(p.id.startswith("add:") for p in every_plan(
        run(PROFILES["game_modder"], ["nvidia-rtx-3060-12gb", "nvidia-rtx-4060"])))


def test_an_added_card_has_its_own_hours_and_a_hybrid_on_it_names_both_cards() -> None:
    # small_studio on an RTX 4090: "Add Arc Pro B70 beside your GeForce RTX 4090" had been
    # feasible by counting two cards' hours while every job ran on the 4090 (the B70 takes
    # no Wan clip within its hour), and its hybrids read "Buy 2× Arc Pro B70 + rent …"
    r = run(PROFILES["small_studio"], ["nvidia-rtx-4090"], 64)
    adds = [p for p in every_plan(r) if p.id.startswith("add:")]
    assert adds
    b70 = next(p for p in adds if p.id == "add:intel-arc-pro-b70")
    thr = b70.gate("throughput")
    on_4090 = sum(f.hours_per_week for f in b70.workloads
                  if f.where == "local" and f.device_id == "nvidia-rtx-4090")
    # the B70 takes no clip within its hour: what it can take off the 4090 is not enough
    assert not b70.feasible and not thr.passed and "GeForce RTX 4090" in str(thr.detail)
    assert thr.limit < thr.value <= on_4090 * (1 + 1e-9)
    for p in adds:
        for f in p.workloads:  # each job is given to one of the two cards (or the CPU)
            assert f.device_id in ("nvidia-rtx-4090", p.gpu_id, "cpu", "")
    hybrids = [p for p in every_plan(r) if p.id.startswith(("hybrid:add:", "overflow:add:"))]
    assert hybrids
    for p in hybrids:
        label = str(p.label)
        assert label.startswith("Add ") and "beside your GeForce RTX 4090 + rent " in label
        assert "2× " not in label


def test_a_hybrid_on_a_studio_box_calls_its_chassis_a_chassis() -> None:
    from core.plan import wording
    r = run(PROFILES["small_studio"], [], 64)
    on_studio = [p for p in every_plan(r) if p.id.startswith(("hybrid:studio:",
                                                               "overflow:studio:"))]
    assert on_studio
    for p in on_studio:
        items = {str(k) for k in p.cost_breakdown}
        assert wording.CHASSIS in items and wording.PSU_UPGRADE not in items, p.id


def test_a_card_no_better_but_for_a_faster_live_frame_is_not_offered() -> None:
    # vtuber on an RTX 3060 12GB: "Buy Arc B570" was feasible because its face-tracking frame
    # was a hair quicker (both far inside the frame budget), though slower at SDXL
    r = run(PROFILES["vtuber"], ["nvidia-rtx-3060-12gb"])
    keep = next(p for p in every_plan(r) if p.kind == "keep")
    for p in every_plan(r):
        if p.kind != "buy" or p.id.startswith("add:"):
            continue
        timed = [(a, b) for a, b in zip(p.workloads, keep.workloads, strict=True)
                 if b.feasible and b.device_id not in ("cpu", "")
                 and a.device_id == p.gpu_id and not math.isinf(a.seconds_p50)]
        live = {w.id for w in r.profile.workloads if w.live or w.kind == "realtime"}
        gains = [a for a, b in timed if a.workload_id not in live
                 and a.seconds_p50 < b.seconds_p50]
        bigger = gpus_by_id()[p.gpu_id].vram_bytes > gpus_by_id()["nvidia-rtx-3060-12gb"].vram_bytes
        assert gains or bigger or any(not b.feasible for b in keep.workloads), p.id


def test_owned_cards_count_alike_whatever_order_they_are_listed_in() -> None:
    # RTX 3060 + 2× RTX 4090 listed after it had counted one 4090 (keep refused, 107 h on the
    # one), listed first two (keep recommended)
    a = run(PROFILES["small_studio"], ["nvidia-rtx-3060-12gb", "nvidia-rtx-4090",
                                        "nvidia-rtx-4090"], 64)
    b = run(PROFILES["small_studio"], ["nvidia-rtx-4090", "nvidia-rtx-4090",
                                        "nvidia-rtx-3060-12gb"], 64)
    keeps = [next(p for p in every_plan(r) if p.kind == "keep") for r in (a, b)]
    assert keeps[0].feasible == keeps[1].feasible
    for k in keeps:
        assert "2× GeForce RTX 4090" in str(k.label)
        thr = k.gate("throughput")
        assert thr.passed and thr.value <= thr.limit * (1 + 1e-9)


def test_a_card_short_of_hours_passes_jobs_to_the_other_card() -> None:
    # an RTX 5090 added beside a 4090 takes the Wan clips (faster) but has 67 h of the 85 h
    # they need; the 4090, which makes them in time, takes the rest instead of renting it
    r = run(PROFILES["small_studio"], ["nvidia-rtx-4090"], 64)
    add = next(p for p in every_plan(r) if p.id == "add:nvidia-rtx-5090")
    thr = add.gate("throughput")
    assert add.feasible and thr.passed, (thr.value, thr.limit, thr.detail)
    on_5090 = sum(f.hours_per_week for f in add.workloads if f.device_id == "nvidia-rtx-5090")
    assert on_5090 > thr.limit  # the jobs given to it alone would not have fitted


def test_a_card_quicker_at_one_light_job_and_slower_at_the_week_is_not_offered() -> None:
    # vtuber on an RTX 3060 12GB: "Buy Arc B580" was offered for a voice line 8 % quicker
    # (1.54 s against 1.67 s) though its SDXL thumbnails take 41 s against 29 s
    r = run(PROFILES["vtuber"], ["nvidia-rtx-3060-12gb"])
    ids = {p.id for p in every_plan(r)}
    assert "buy:intel-arc-b580" not in ids
    keep = next(p for p in every_plan(r) if p.kind == "keep")
    timed = {w.id for w in r.profile.workloads
             if not (w.live or w.kind == "realtime") and w.jobs_per_week > 0}
    cards = gpus_by_id()
    own = cards["nvidia-rtx-3060-12gb"].vram_bytes  # type: ignore[attr-defined]
    for p in every_plan(r):  # every card bought alone with no more memory is quicker at the
        if p.kind != "buy" or p.id.startswith("add:"):  # week's timed jobs
            continue
        if cards[p.gpu_id].vram_bytes > own:  # type: ignore[attr-defined]
            continue  # more memory is a gain of its own
        pairs = [(a, b) for a, b in zip(p.workloads, keep.workloads, strict=True)
                 if a.workload_id in timed and a.feasible and b.feasible
                 and a.device_id == p.gpu_id and b.device_id != "cpu"]
        if pairs and all(not math.isinf(a.hours_per_week) for a, _ in pairs):
            assert (sum(a.hours_per_week for a, _ in pairs)
                    < sum(b.hours_per_week for _, b in pairs) * (1 + 1e-9)), p.id
