"""Issue 15's "done when": a pasted ComfyUI progress line for SDXL on the user's card moves that
card's SDXL estimate to the measured speed with a narrower range, moves the other cards' the
same way by less, and the plan's reasons say so."""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache

from core.catalogs.gpus import gpus_by_id
from core.hardware.machine import machine_from_gpu_ids
from core.measure.adjust import TRANSFER
from core.measure.parse import Context, read_text
from core.perf.predict import predict
from core.plan import wording
from core.plan.recommend import recommend
from core.schema import Profile, Workload
from core.schema.plan import Plan, PlanResult
from tests.shipped import catalogs, perf_model

CARD = "nvidia-rtx-3060-12gb"
LINE = "100%|██████████████████████████████| 20/20 [00:13<00:00,  1.50it/s]"
SAMPLES = 1000


def measurements() -> tuple:  # type: ignore[type-arg]
    reading = read_text(LINE, Context(gpu="RTX 3060 12GB", model="sdxl", date="2026-12-01"),
                        catalogs())
    assert len(reading.measurements) == 1
    return reading.measurements


PROFILE = Profile(name="Thumbnails", creator_type="custom", workloads=(
    Workload(id="thumbs", kind="image", label="Thumbnails", jobs_per_week=200, model="sdxl",
             width=1024, height=1024, steps=20),))


@cache
def plans(measured: bool) -> PlanResult:
    p = replace(PROFILE, measurements=measurements() if measured else ())
    return recommend(p, machine_from_gpu_ids([CARD], ram_gib=32), catalogs(),
                     perf_model().evaluate, samples=SAMPLES)


def every(r: PlanResult) -> list[Plan]:
    return list(r.plans) + [x.plan for x in r.rejected]


def plan(r: PlanResult, plan_id: str) -> Plan:
    return next(p for p in every(r) if p.id == plan_id)


def thumbs(p: Plan):  # type: ignore[no-untyped-def]
    return next(e for e in p.estimates if e.workload_id == "thumbs")


def spread(e) -> float:  # type: ignore[no-untyped-def]
    return math.log(e.seconds_p90 / e.seconds_p10)


def typical_ratio() -> float:
    """measured / typical it/s of the sampling loop on the user's card, from `predict`."""
    (m,) = measurements()
    (a,) = predict([m.query()], perf_model(), measured=False)
    return 1.5 / a["p50"]


def test_the_measured_card_runs_at_the_measured_speed_with_a_narrower_range() -> None:
    before, after = thumbs(plan(plans(False), "keep")), thumbs(plan(plans(True), "keep"))
    ratio = typical_ratio()
    assert abs(math.log(ratio)) > 0.1  # the line says something the model did not know
    # the typical sampling loop on this card ran at 1.5/ratio it/s; the user's runs at 1.5
    assert before.seconds_p50 / after.seconds_p50 == pytest_approx(ratio)
    assert spread(after) < spread(before)
    assert after.basis == "user-measured"


def test_other_cards_move_the_same_way_by_less_with_a_wider_range() -> None:
    ratio = typical_ratio()
    moved = kept = 0
    for p in every(plans(True)):
        if p.id == "keep" or not p.estimates:
            continue
        e_after = thumbs(p)
        e_before = thumbs(plan(plans(False), p.id))
        if not e_after.runnable or e_after.gpu_id == CARD:
            continue  # (an "add a card" plan may run it on the measured card itself)
        if gpus_by_id()[e_after.gpu_id].vendor != "nvidia":
            # a CUDA setup says nothing about ROCm, SYCL or Metal: left as it was
            assert e_after == e_before
            kept += 1
            continue
        factor = e_before.seconds_p50 / e_after.seconds_p50
        assert factor == pytest_approx(ratio ** TRANSFER)
        assert spread(e_after) > spread(e_before)
        assert e_after.basis == "user-adjusted"
        moved += 1
    assert moved > 5 and kept > 0  # buy and rent plans alike


def test_the_reasons_say_which_measurement_moved_the_estimate() -> None:
    ratio = typical_ratio()
    keep = plan(plans(True), "keep")
    said = [r for r in keep.reasons if getattr(r, "template", None) == wording.MEASURED_HERE]
    assert len(said) == 1
    text = str(said[0])
    name = gpus_by_id()[CARD].name
    assert text.startswith(f"Your measurement on the {name}: 1.5 it/s, {ratio:.2f}× the "
                           "typical figure")
    other = next(p for p in every(plans(True)) if p.id != "keep" and p.estimates)
    assert any(getattr(r, "template", None) == wording.MEASURED_OTHER_CARD
               for r in other.reasons)
    # and nothing of the sort without a measurement
    assert not any("Your measurement" in str(r) for p in every(plans(False))
                   for r in p.reasons)


def pytest_approx(x: float):  # type: ignore[no-untyped-def]
    import pytest

    return pytest.approx(x, rel=1e-6)


def test_a_blender_render_time_times_the_render_work_and_says_so() -> None:
    from pathlib import Path

    log = Path(__file__).resolve().parents[2] / "fixtures" / "measure" / "blender_render.log"
    ms = read_text(log.read_text(), Context(gpu="RTX 3060 12GB"), catalogs()).measurements
    renders = Workload(id="lecture", kind="render", label="Fluid lecture", jobs_per_week=2,
                       frames=240)
    p = Profile(name="Lectures", creator_type="educator", workloads=(renders,), measurements=ms)
    r = recommend(p, machine_from_gpu_ids([CARD], ram_gib=32), catalogs(),
                  perf_model().evaluate, samples=SAMPLES)
    keep = plan(r, "keep")
    est = next(e for e in keep.estimates if e.workload_id == "lecture")
    # 240 frames at the measured 41.23 s a frame (the median of the log's three frames), to
    # the Monte Carlo median's precision
    assert abs(est.seconds_p50 / (240 * 41.23) - 1) < 1e-3
    assert any(getattr(x, "template", None) == wording.MEASURED_RENDER for x in keep.reasons)
    assert "41.2 s a frame" in " ".join(map(str, keep.reasons))


def test_a_blender_benchmark_score_moves_render_work_and_ollama_moves_llm_generation() -> None:
    from pathlib import Path

    from core.measure.compare import compare
    from core.measure.estimates import effect_for

    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "measure"
    bench = read_text((fixtures / "blender_benchmark.json").read_text(),
                      Context(gpu="RTX 3060 12GB"), catalogs()).measurements
    ollama = read_text("eval rate: 45.3 tokens/s",
                       Context(gpu="RTX 3060 12GB", model="llama-3-8b"),
                       catalogs()).measurements
    known = compare(bench + ollama, perf_model())
    score, gen = sorted(known, key=lambda k: k.family)[0], sorted(known, key=lambda k: k.family)[1]
    assert (score.family, gen.family) == ("cycles", "llm_tg")
    card = catalogs().gpu(CARD)
    render = Workload(id="r", kind="render", label="r", jobs_per_week=1, frames=10)
    e = effect_for(known, render, card, 1, 0.2, perf_model(), rented=False)
    assert e is not None and e.factor == pytest_approx(score.ratio)
    chat = Workload(id="c", kind="llm", label="c", jobs_per_week=1, model="llama-3-8b",
                    quant="Q4_K_M", prompt_tokens=0, output_tokens=500)
    e = effect_for(known, chat, card, 1, 0.2, perf_model(), rented=False)
    assert e is not None and e.factor == pytest_approx(gen.ratio)  # all of it is generation


def test_a_video_clip_time_on_the_card_is_its_estimate() -> None:
    from core.measure.compare import compare
    from core.measure.estimates import effect_for
    from core.schema.measurement import Measurement

    m = Measurement(gpu="RTX 4090", task="video", value=240.0, source="ComfyUI",
                    model="wan2.1-t2v-1.3b")
    known = compare((m,), perf_model())
    clip = Workload(id="v", kind="video", label="v", jobs_per_week=5, model="wan2.1-t2v-1.3b")
    card = catalogs().gpu("nvidia-rtx-4090")
    e = effect_for(known, clip, card, 1, 0.3, perf_model(), rented=False)
    assert e is not None and e.how == "measured"
    (k,) = known
    # seconds: the speed ratio is typical time / measured time
    assert e.factor == pytest_approx(k.typical / 240.0)
    render = Workload(id="r", kind="render", label="r", jobs_per_week=1, frames=10,
                      ref_seconds_per_frame=30.0, ref_gpu="nvidia-rtx-4090")
    assert effect_for(known, render, card, 1, 0.3, perf_model(), rented=False) is None


def test_the_transfer_is_a_stated_assumption_of_plans_with_measurements() -> None:
    from core.measure.adjust import TRANSFER_SHARE

    def stated(r: PlanResult) -> str:
        return " ".join(map(str, r.provenance.assumptions))

    assert f"{TRANSFER_SHARE.name}: 0.5 × its log" in stated(plans(True))
    assert TRANSFER_SHARE.name not in stated(plans(False))


def test_a_job_measured_on_the_card_runs_there_however_far_the_model_says_it_offloads() -> None:
    # FLUX.1 dev at 1024² needs more than a 12 GB card holds: the model offloads it. A user who
    # ran it at 1.1 s/it shows it runs, at that speed.
    flux = Workload(id="flux", kind="image", label="FLUX", jobs_per_week=20, model="flux1-dev",
                    width=1024, height=1024, steps=20)
    bar = "100%|#####| 20/20 [00:22<00:00,  1.10s/it]"
    ms = read_text(bar, Context(gpu="RTX 3060 12GB", model="flux1-dev"), catalogs()).measurements
    p = Profile(name="F", creator_type="custom", workloads=(flux,))
    machine = machine_from_gpu_ids([CARD], ram_gib=32)

    def keep_fit(profile: Profile):  # type: ignore[no-untyped-def]
        r = recommend(profile, machine, catalogs(), perf_model().evaluate, samples=SAMPLES)
        return plan(r, "keep").workloads[0]

    # (Since issue 14 the model itself runs it, in 8-bit with part of the weights streamed,
    # 12.2 GiB against the card's 12: far slower than the user measured.)
    model_only = keep_fit(p)
    assert not model_only.feasible or model_only.seconds_p50 > 20 * 1.1 * 2
    fit = keep_fit(replace(p, measurements=ms))
    assert fit.feasible and fit.offload
    # the sampling loop at 1.1 s/it, plus the little the rest of the job adds
    assert 20 * 1.1 <= fit.seconds_p50 < 20 * 1.1 * 1.25
