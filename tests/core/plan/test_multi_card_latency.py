"""An image job on a node of several cards: the week's work spreads over the cards, one job
does not wait less than its batch allows."""

from __future__ import annotations

import dataclasses
import math

import pytest

from core.plan.feasibility import Cell, estimate, fit_cloud, fit_local, hours_per_week
from core.plan.options import Option
from core.schema import Workload
from tests.core.plan.fakes import BIG, offer

# what the perf model gives for 8 cards: one card's 40 s image spread over them
ONE_CARD_S = 40.0
SIGMA = 0.2


def _cell(n: int) -> Cell:
    return Cell(ONE_CARD_S / n, SIGMA, 10e9, True, False, True, 450.0 * n, "")


def _image(batch: int, deadline: float | None = 60.0) -> Workload:
    return Workload(id="img", kind="image", label="image", jobs_per_week=700.0, model="sdxl",
                    batch=batch, deadline_s=deadline)


def _rent(n: int) -> Option:
    o = offer(f"big-x{n}", BIG.id, 0.69 * n, count=n)
    return Option("rent", "rent", "", None, 1, -1, 0.0, 0.0, o, 0, ("cloud",))


def test_one_image_on_eight_rented_cards_waits_one_cards_time() -> None:
    w = _image(batch=1)
    f = fit_cloud(w, _rent(8), "8× BIG", BIG, _cell(8))
    assert f.seconds_p50 == pytest.approx(ONE_CARD_S)  # not 40 / 8 = 5 s
    assert f.seconds_sure == pytest.approx(ONE_CARD_S * math.exp(1.2815515655446004 * SIGMA))
    # the node still gets through eight images at a time: a week's hours are the shared ones
    assert f.hours_per_week == pytest.approx(hours_per_week(w, ONE_CARD_S / 8))


def test_the_plans_estimate_says_one_images_time_and_one_images_energy() -> None:
    e = estimate(_image(batch=1), BIG.id, 8, _cell(8), "model")
    assert e.seconds_p50 == pytest.approx(ONE_CARD_S)
    assert e.seconds_p10 < ONE_CARD_S < e.seconds_p90
    # one card busy for 40 s at 450 W, not eight cards' 3,600 W for 40 s
    assert e.energy_j_p50 == pytest.approx(ONE_CARD_S * 450.0)


def test_a_deadline_one_card_misses_is_missed_on_eight_for_a_single_image() -> None:
    # 40 s typical, about 52 s at p90: a 45 s limit is missed however many cards the node has
    w = _image(batch=1, deadline=45.0)
    assert not fit_cloud(w, _rent(8), "8× BIG", BIG, _cell(8)).feasible
    assert not fit_cloud(w, _rent(1), "BIG", BIG, _cell(1)).feasible


def test_a_batch_splits_over_as_many_cards_as_it_has_images() -> None:
    w = _image(batch=4)
    # four images on eight cards: four cards busy, one image each (the batch's time / 4)
    assert fit_cloud(w, _rent(8), "8× BIG", BIG, _cell(8)).seconds_p50 == pytest.approx(
        ONE_CARD_S / 4)
    # four images on two cards: two each
    assert fit_cloud(w, _rent(2), "2× BIG", BIG, _cell(2)).seconds_p50 == pytest.approx(
        ONE_CARD_S / 2)


def test_a_local_box_of_cards_is_timed_one_card_at_a_time() -> None:
    # the planner times a studio box's cards singly (one job per card; local_capacity counts
    # the cards): one image on an 8-card box waits one card's time, not eight times it
    w = _image(batch=1)
    f = fit_local(w, BIG, 8, _cell(1))
    assert f.seconds_p50 == pytest.approx(ONE_CARD_S)
    assert f.hours_per_week == pytest.approx(hours_per_week(w, ONE_CARD_S))


def test_other_kinds_keep_the_perf_models_time_on_several_cards() -> None:
    # a video clip's frames and an LLM's layers split within one job (core.perf.jobs)
    clip = Workload(id="clip", kind="video", label="clip", jobs_per_week=7.0, model="wan2.1-14b",
                    deadline_s=3600.0)
    assert fit_cloud(clip, _rent(8), "8× BIG", BIG, _cell(8)).seconds_p50 == pytest.approx(
        ONE_CARD_S / 8)


def test_an_upscale_splits_over_as_many_cards_as_it_has_frames() -> None:
    # one 4K image upscaled on an 8-card node waits one card's time (it had been judged at
    # an eighth of it); a 100-frame clip's frames spread over all eight
    still = Workload(id="up", kind="upscale", label="upscale", jobs_per_week=10.0,
                     model="realesrgan-x4plus", width=4096, height=4096, frames=1)
    clip = dataclasses.replace(still, frames=100)
    assert fit_cloud(still, _rent(8), "8× BIG", BIG, _cell(8)).seconds_p50 == pytest.approx(
        ONE_CARD_S)
    assert fit_cloud(clip, _rent(8), "8× BIG", BIG, _cell(8)).seconds_p50 == pytest.approx(
        ONE_CARD_S / 8)
