"""Each shipped creator profile on three hand-given machines, with the real catalogs, prices and
performance model: the recommendation must be one a knowledgeable person agrees with.

Machines (issue 5): a laptop with an RTX 4060 Laptop GPU (8 GB, 16 GiB RAM), a desktop with an
RTX 3060 12 GB (32 GiB RAM), an M2 Pro Mac (19-core GPU, 32 GB). What must hold, and why, is
written next to each check.
"""

from __future__ import annotations

from functools import cache

import pytest

from core.catalogs.gpus import gpus_by_id
from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.schema.plan import Plan, PlanResult
from core.units import GIB
from tests.shipped import catalogs, evaluate

MACHINES = {
    "laptop-4060": ("nvidia-rtx-4060-laptop", 16),
    "desktop-3060": ("nvidia-rtx-3060-12gb", 32),
    "mac-m2-pro": ("apple-m2-pro-19c", 32),
}
SAMPLES = 1000


@cache
def result(profile: str, machine: str) -> PlanResult:
    gpu, ram = MACHINES[machine]
    return recommend(load_profiles()[profile], machine_from_gpu_ids([gpu], ram_gib=ram),
                     catalogs(), evaluate, samples=SAMPLES)


def fit(plan: Plan, workload_id: str):  # type: ignore[no-untyped-def]
    return next(f for f in plan.workloads if f.workload_id == workload_id)


def best(profile: str, machine: str) -> Plan:
    r = result(profile, machine)
    assert r.best is not None, f"{profile} on {machine}: {r.recommendation}"
    return r.best


@pytest.mark.parametrize("machine", MACHINES)
def test_wan_video_blogger_rents_or_buys_a_24gb_card(machine: str) -> None:
    # Wan 2.1 14B needs far more than 8-12 GB (weights alone are ~28 GB in 16-bit): none of
    # these machines can make a clip in 30 min. The answer must be the cloud for the clips, or a
    # card with 24 GB or more; never "keep what you have".
    r = result("ai_video_blogger", machine)
    plan = best("ai_video_blogger", machine)
    clip = fit(plan, "wan14b-clip")
    if clip.where == "local":
        assert gpus_by_id()[clip.device_id].vram_bytes >= 24 * GIB
    else:
        assert clip.where == "cloud"
    keep = r.plan("keep")
    assert not keep.feasible
    assert "Wan 2.1 14B" in next(x.why for x in r.rejected if x.plan.id == "keep")
    assert clip.seconds_p50 <= 30 * 60


@pytest.mark.parametrize("machine", MACHINES)
def test_vtuber_live_work_stays_on_the_pc(machine: str) -> None:
    # The avatar and the stream encode happen live in front of the camera: no plan may put them
    # in the cloud, whatever it costs.
    r = result("vtuber", machine)
    for plan in r.plans:
        for wid in ("live-avatar", "stream-encode"):
            assert fit(plan, wid).where == "local", plan.id
    for x in r.rejected:
        for wid in ("live-avatar", "stream-encode"):
            f = fit(x.plan, wid)
            assert f.where != "cloud" or not f.feasible


@pytest.mark.parametrize("machine", ["laptop-4060", "desktop-3060"])
def test_vtuber_on_an_rtx_card_keeps_it(machine: str) -> None:
    # A 60 fps face-tracked avatar, NVENC streaming, short TTS lines and a few SDXL images a week
    # are light work for an RTX 4060 Laptop or 3060: buying or renting would waste money.
    plan = best("vtuber", machine)
    assert plan.kind == "keep"
    assert plan.upfront_cost == 0


@pytest.mark.parametrize("machine", MACHINES)
def test_game_modder_private_dialogue_never_leaves_the_pc(machine: str) -> None:
    r = result("game_modder", machine)
    for plan in r.plans:
        assert fit(plan, "npc-dialogue").where == "local", plan.id


def test_game_modder_on_a_3060_12gb_keeps_it() -> None:
    # 12 GB holds Qwen2.5 14B at Q4_K_M (~9 GB) and SDXL: nothing to buy. (The texture upscale
    # takes 25 min typically but up to 60.3 min at p90, past its 60 min limit since issue 14:
    # that one may be rented for cents a month.)
    plan = best("game_modder", "desktop-3060")
    assert plan.kind in ("keep", "hybrid") and plan.upfront_cost == 0
    assert plan.gpu_id == "nvidia-rtx-3060-12gb"
    for w in ("npc-dialogue", "sdxl-concepts"):
        assert fit(plan, w).where == "local", w


@pytest.mark.parametrize("machine", MACHINES)
def test_educator_needs_more_render_speed_than_the_current_card(machine: str) -> None:
    # 1,800 4K frames at 40 s a frame on an RTX 3060 is 20 h, past the 12 h overnight limit; the
    # 4060 Laptop and M2 Pro are no faster at Cycles. So keeping the card alone fails, and the
    # winning plan renders the lesson faster (a quicker card bought, or rented), while the fluid
    # bake stays on the CPU in every plan.
    r = result("educator", machine)
    assert not r.plan("keep").feasible
    plan = best("educator", machine)
    render = fit(plan, "lesson-render")
    assert render.seconds_p50 <= 12 * 3600
    assert plan.kind != "keep"
    for p in r.plans:
        assert fit(p, "fluid-bake").device_id == "cpu"


@pytest.mark.parametrize("profile", ["ai_video_blogger", "vtuber", "game_modder", "educator"])
@pytest.mark.parametrize("machine", MACHINES)
def test_every_recommendation_is_explained_with_numbers_and_dates(profile: str,
                                                                  machine: str) -> None:
    r = result(profile, machine)
    assert r.recommendation and any(ch.isdigit() for ch in r.recommendation)
    assert r.top_reasons and any("Monthly cost" in x for x in r.top_reasons)
    assert r.alternatives
    assert r.provenance.price_snapshot_date and r.provenance.tariff_date
    assert r.provenance.rate_date
    for x in r.rejected:
        assert x.why and "\n" not in x.why


@pytest.mark.parametrize("profile", ["ai_video_blogger", "vtuber", "game_modder", "educator"])
def test_a_faster_card_never_takes_longer_with_the_real_model(profile: str) -> None:
    # The RTX 5090 beats the RTX 5060 Ti 16 GB on every figure that sets a job's time (tensor
    # and shader throughput, bandwidth, memory): no workload may take longer on it. (RTX 40
    # cards are out of production: without a dated used price they are no longer bought.)
    r = result(profile, "desktop-3060")
    fast, slow = r.plan("buy:nvidia-rtx-5090"), r.plan("buy:nvidia-rtx-5060-ti-16gb")
    g = gpus_by_id()
    a, b = g["nvidia-rtx-5090"], g["nvidia-rtx-5060-ti-16gb"]
    assert (a.fp16_tensor_flops > b.fp16_tensor_flops and a.fp32_flops > b.fp32_flops
            and a.mem_bandwidth_bps > b.mem_bandwidth_bps and a.vram_bytes > b.vram_bytes)
    for f_fast, f_slow in zip(fast.workloads, slow.workloads, strict=True):
        if f_fast.device_id == "cpu":
            continue
        # a job the slower card cannot run at all (offloading past what is practical) takes
        # forever there
        assert f_fast.seconds_p50 <= f_slow.seconds_p50, f_fast.workload_id
        assert f_fast.feasible or not f_slow.feasible, f_fast.workload_id


def test_small_studio_sizes_a_shared_box_and_keeps_client_work_in_house() -> None:
    # 140 Wan clips, 600 FLUX images and 300 private 32B LLM answers a week: a 3060 12 GB cannot
    # hold Wan 14B, the LLM must stay in the studio, and one card's queue must stay below the
    # load at which jobs miss their deadlines.
    r = result("small_studio", "desktop-3060")
    plan = best("small_studio", "desktop-3060")
    assert plan.kind != "keep"
    assert fit(plan, "client-llm").where == "local"
    thr = plan.gate("throughput")
    assert thr.passed and thr.value <= thr.limit
    # multi-GPU boxes are among the options weighed
    assert any(p.kind == "studio" for p in (*r.plans, *(x.plan for x in r.rejected)))


def test_the_fastest_affordable_card_is_offered_as_an_alternative_with_its_time() -> None:
    # A creator renting Wan clips asks "what if I bought the fast card?": the answer names it,
    # what it costs more a month, and how much sooner a clip is done. (Deadlines judged at the
    # median here: at p90, issue 14, no card offloading Wan 14B makes 30 minutes, so no card
    # is within the limits and there is no such line. On the desktop: the laptop's 16 GiB of
    # RAM cannot hold the 17 GiB a 24 GB card offloads of Wan 14B.)
    from dataclasses import replace

    gpu, ram = MACHINES["desktop-3060"]
    profile = replace(load_profiles()["ai_video_blogger"], deadline_confidence=0.5)
    r = recommend(profile, machine_from_gpu_ids([gpu], ram_gib=ram), catalogs(), evaluate,
                  samples=SAMPLES)
    line = next((a for a in r.alternatives if "fastest card within your limits" in a), None)
    buys = [p for p in r.plans if p.kind == "buy"]
    if line is None:  # every purchase is beaten by a plan as fast that costs less (issue 14)
        assert not buys
        return
    fastest = min(buys, key=lambda p: p.hours_per_week)
    assert line.startswith(fastest.label)
    assert "a month more" in line
    # A job it names is done sooner on it than under the recommended plan; where it does no
    # job sooner, the line names none. (Which, if any, depends on prices and estimates: with
    # 2026 street prices a $2,500 budget buys no card faster than a rented RTX 4090 at Wan
    # clips, and since issue #12 a workstation card no longer counts its full-rate
    # FP32-accumulate tensor figure for diffusion.)
    top = r.best
    assert top is not None
    named = [w for w in fastest.workloads if w.label in line]
    assert all(w.seconds_p50 < fit(top, w.workload_id).seconds_p50 for w in named)
    sooner = [w for w in fastest.workloads
              if w.seconds_p50 < fit(top, w.workload_id).seconds_p50]
    assert ("instead of" in line) == bool(named) and (bool(named) or not sooner)
    at_p90 = result("ai_video_blogger", "desktop-3060")
    if not any(p.kind == "buy" for p in at_p90.plans):
        assert not any("fastest card within your limits" in a for a in at_p90.alternatives)


def test_a_job_on_8_bit_weights_says_so_in_the_reasons() -> None:
    # Wan 2.1 14B (28 GB in 16-bit) on a 24 GB card, or FLUX's 24 GB on one, runs with fp8
    # weights: the plan's line for it says so, the quality trade-off with it
    plan = best("ai_video_blogger", "desktop-3060")
    for f in plan.workloads:
        gpu = gpus_by_id().get(f.device_id) or next(
            (gpus_by_id()[o.gpu_id] for o in catalogs().offers if o.id == f.device_id), None)
        small = gpu is not None and gpu.vram_bytes < 40 * GIB
        assert f.fp8 == (f.workload_id in ("wan14b-clip", "flux-thumbnail") and small), f
    lines = [str(x) for x in plan.reasons if "with 8-bit (fp8) weights" in str(x)]
    assert len(lines) == sum(f.fp8 for f in plan.workloads) > 0
    assert all("slightly lower quality than 16-bit" in x for x in lines)


def test_no_card_slower_than_the_one_kept_is_offered_as_faster_or_as_an_alternative() -> None:
    # A VTuber with an RTX 4090 is told to keep it. The fastest card the budget buys is far
    # slower; "Add GeForce RTX 5050 beside your GeForce RTX 4090 is the fastest card within
    # your limits" and "Buy GeForce RTX 5050 costs $3.96 a month more" had been offered as
    # the obvious alternatives: each costs more and gets nothing done sooner.
    r = recommend(load_profiles()["vtuber"],
                  machine_from_gpu_ids(["nvidia-rtx-4090"], ram_gib=64), catalogs(), evaluate,
                  samples=SAMPLES)
    top = r.best
    assert top is not None and top.kind == "keep"
    named = {p.label: p for p in r.plans}
    for line in r.alternatives:
        plan = next((p for label, p in named.items() if line.startswith(label)), None)
        if plan is not None:  # a plan said as the alternative: it must be faster
            assert plan.hours_per_week < top.hours_per_week, line
    assert not any("fastest card within your limits" in a for a in r.alternatives)
    # where no purchase is faster, the nearest ruled-out one still says why (over budget)
    assert any(a.startswith("Buy ") and "budget" in a for a in r.alternatives)
