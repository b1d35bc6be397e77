"""Held-out accuracy as a regression guard (issue #12): leave-one-GPU-out on the shipped
calibration rows, per metric, for the data-centre cards, and with whole families left out.

Quick mode keeps the shipped fit's overhead and floors (chosen on all rows) and refits the group
efficiencies per left-out GPU: about a second for everything. bench/accuracy.py runs the full
refit and prints the tables the README quotes. Bounds are the issue's aims where the model
meets them; where it does not yet, the figure reached now plus a small margin, with the aim named.
"""

from __future__ import annotations

import math

import pytest

from core.catalogs.bundle import load_catalogs
from core.perf import crossval as cv
from core.perf.efficiency import calibration_rows

CATALOGS = load_catalogs(prices=False)
ROWS, _ = calibration_rows(CATALOGS)

# metric -> (median |error| of p50 at most, share inside [p10, p90] at least)
BOUNDS = {
    # (figures: bench/accuracy.py's full refits on 2026-12-05; this test refits quickly)
    "llm_tg": (0.08, 0.70),  # aim 10 %, 70-90 % inside: 6.7 %, 82 %
    "llm_pp": (0.12, 0.70),
    "cycles": (0.12, 0.70),
    "image": (0.22, 0.70),  # aim 18 % not met: 20.0 % (community rows, unknown settings)
    "video": (0.25, 0.70),
}
# the data-centre cards each predicted without their own rows: median |error| at most
# (LLM: A100, V100, MI60, MI100 with old llama.cpp builds; decode 7.1 % now that it pays for
# their low FP32 rate, was 47 %; prefill 30 %, not met; images: the H200 alone measured on a
# server, whose per-step floor no other card shows, and a P100: 44 %)
DATACENTER = {"llm_tg": 0.20, "llm_pp": 0.40, "cycles": 0.25, "image": 0.50, "video": 0.25}
# every data-centre card left out of the fit at once (images: the H200 is the only card
# measured on a server, whose per-step floor no other card shows: 75 % now)
# Cycles: HBM cards without RT cores, held to the bandwidth of the cards fitted (24 %; 58 % when
# the log-linear fit ran on to 8 TB/s)
DATACENTER_OUT = {"image": 0.75, "video": 0.30, "llm_pp": 0.45, "llm_tg": 0.20, "cycles": 0.30}


@pytest.fixture(scope="module")
def logo() -> dict[str, list[cv.Scored]]:
    return {m: cv.leave_one_gpu_out(m, ROWS, quick=True) for m in cv.METRICS}


@pytest.mark.parametrize("metric", cv.METRICS)
def test_leave_one_gpu_out_error_and_coverage(logo: dict, metric: str) -> None:
    s = cv.Summary.of(logo[metric])
    assert s.rows >= 30 and s.gpus >= 3
    err, cover = BOUNDS[metric]
    assert s.median_error <= err, f"{metric}: {100 * s.median_error:.1f} %"
    assert cover <= s.coverage <= 0.95, f"{metric}: {100 * s.coverage:.0f} % inside"


def test_video_ranges_are_narrow_enough_to_choose_with(logo: dict) -> None:
    # a 4090 and a rented H100 must be told apart: p90/p10 at most about 3
    assert cv.Summary.of(logo["video"]).ratio <= 3.0


@pytest.mark.parametrize("metric", cv.METRICS)
def test_every_card_class_with_ten_rows_or_more_is_mostly_inside_its_range(
        logo: dict, metric: str) -> None:
    # aim 70-90 % in every family; classes of 10-15 rows move 7-10 points a row, so 60 % is
    # the guard: Intel decode is 9 of 15 inside, and three of its misses are mixture-of-experts
    # rows on the Arc Pro B70's SYCL build, which no other card measures (AMD prefill: 9 of 12,
    # was 7 of 12 before classes had a spread of their own)
    for cls, s in cv.by_class(logo[metric]).items():
        if s.rows >= 10:
            assert s.coverage >= 0.60, f"{metric} {cls}: {100 * s.coverage:.0f} % inside"


@pytest.mark.parametrize("metric", sorted(DATACENTER))
def test_datacenter_cards_left_out_one_at_a_time(logo: dict, metric: str) -> None:
    dc = [s for s in logo[metric] if s.cls == "datacenter"]
    assert len(dc) >= 5
    assert cv.Summary.of(dc).median_error <= DATACENTER[metric]


@pytest.mark.parametrize("metric", sorted(DATACENTER_OUT))
def test_every_datacenter_card_left_out_at_once(metric: str) -> None:
    s = cv.Summary.of(cv.family_out(metric, ROWS, "datacenter", quick=True))
    assert s.rows >= 5
    assert s.median_error <= DATACENTER_OUT[metric]
    if metric == "llm_tg":
        # a token's instructions per weight, half an HBM card's time, are uncertain like its
        # bandwidth efficiency: held fixed, 4 of 6 were inside in this quick refit (2 of 6 in
        # bench/accuracy.py's full one); 5 of 6 now
        assert s.coverage >= 0.75, f"{100 * s.coverage:.0f} % inside"


def test_apple_chips_left_out_still_get_llm_decode_right() -> None:
    s = cv.Summary.of(cv.family_out("llm_tg", ROWS, "apple", quick=True))
    assert s.rows >= 30 and s.median_error <= 0.15 and s.coverage >= 0.70


def test_an_interval_holds_its_median() -> None:
    for s in cv.leave_one_gpu_out("llm_pp", ROWS, quick=True)[:20]:
        assert s.p10 <= s.p50 <= s.p90 and math.isfinite(s.p90)


def test_gpu_names_of_the_calibration_files_resolve() -> None:
    ok, total, missing = cv.name_resolution(CATALOGS)
    # the rest are generic iGPU names ("AMD Radeon Graphics") and chips not in the catalog yet
    assert ok / total >= 0.95, missing


def test_a_held_out_card_does_not_keep_a_floor_only_its_own_rows_set() -> None:
    # the H200's image rows are the only ones that set a server's per-step floor (the P100's
    # three server rows cannot): left out, its quick refit must not borrow that floor back
    quick = cv.one_gpu_out("image", ROWS, "nvidia-h200", quick=True)
    assert len(quick) >= 5
    assert cv.Summary.of(quick).median_error > 0.5  # 4 % had been read with its own floor
