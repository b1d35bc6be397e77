"""How measurements move estimates: the three steps in core.measure.adjust, by hand-made cases."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from core.measure.adjust import (
    TRANSFER,
    TRANSFER_SPREAD,
    USER_SIGMA,
    Known,
    effect,
    setting_of,
    shifted,
)
from core.schema import GpuSpec
from core.schema.measurement import Measurement
from tests.shipped import catalogs

SDXL = setting_of({"task": "image", "model": "sdxl"}, catalogs())
SD15 = setting_of({"task": "image", "model": "sd15", "width": 512, "height": 512}, catalogs())


def known(gpu_id: str, ratio: float, setting: tuple[object, ...] | None = SDXL,
          family: str = "image", vendor: str = "nvidia") -> Known:
    m = Measurement(gpu="x", task="image", value=1.0, source="test", model="sdxl")
    return Known(m, gpu_id, gpu_id, vendor, family, setting or (), 1.0, math.log(ratio))


def card(gpu_id: str, vendor: str = "nvidia") -> GpuSpec:
    from core.catalogs.gpus import load_gpus

    return replace(load_gpus()[0], id=gpu_id, vendor=vendor)


def test_setting_ignores_steps_and_timing_but_not_size() -> None:
    a = setting_of({"task": "image", "model": "SDXL", "steps": 20, "timing": "denoiser"},
                   catalogs())
    b = setting_of({"task": "image", "model": "sdxl", "width": 1024, "height": 1024,
                    "steps": 30, "batch": 1}, catalogs())
    assert a == b
    assert a != setting_of({"task": "image", "model": "sdxl", "width": 832, "height": 1216},
                           catalogs())


def test_measured_card_and_setting_is_the_measurement_with_a_narrow_range() -> None:
    e = effect([known("a", 1.5)], card("a"), "image", SDXL, sigma=0.35)
    assert e is not None and e.how == "measured"
    assert e.factor == pytest.approx(1.5)
    assert e.sigma == USER_SIGMA


def test_readings_that_disagree_keep_their_spread() -> None:
    e = effect([known("a", 1.2), known("a", 1.8)], card("a"), "image", SDXL, sigma=0.35)
    assert e is not None
    assert e.factor == pytest.approx(math.sqrt(1.2 * 1.8))
    assert e.sigma == pytest.approx(math.log(1.8 / 1.2) / 2 / 1.2816, rel=1e-3)


def test_other_setting_on_the_card_takes_the_whole_ratio_and_keeps_its_range() -> None:
    e = effect([known("a", 1.5)], card("a"), "image", SD15, sigma=0.35)
    assert e is not None and e.how == "same card"
    assert (e.factor, e.sigma) == (pytest.approx(1.5), 0.35)


@pytest.mark.parametrize("rented", [False, True])
def test_other_card_or_rented_moves_part_of_the_way_with_a_wider_range(rented: bool) -> None:
    gpu = "a" if rented else "b"
    e = effect([known("a", 1.5)], card(gpu), "image", SDXL, sigma=0.35, rented=rented)
    assert e is not None and e.how == "other card"
    assert 1.0 < e.factor < 1.5
    assert e.factor == pytest.approx(1.5 ** TRANSFER)
    assert e.sigma == pytest.approx(math.hypot(0.35, TRANSFER_SPREAD * math.log(1.5)))


def test_other_cards_average_per_measured_card_not_per_reading() -> None:
    many = [known("a", 2.0)] * 10 + [known("c", 0.5)]
    e = effect(many, card("b"), "image", SDXL, sigma=0.3)
    assert e is not None and e.factor == pytest.approx(1.0)


def test_other_families_are_not_moved() -> None:
    assert effect([known("a", 1.5)], card("a"), "video", None, sigma=0.3) is None
    assert effect([known("a", 1.5, family="llm_tg")], card("a"), "llm_pp", None, sigma=0.3) is None


def test_shifted_rates_go_up_and_times_go_down_by_the_factor() -> None:
    e = effect([known("a", 2.0)], card("a"), "image", SD15, sigma=0.2)
    assert e is not None
    lo, mid, hi = shifted(0.8, 1.0, 1.25, e, "it_per_s")
    assert mid == pytest.approx(2.0)
    assert math.log(hi / lo) == pytest.approx(2 * 1.2816 * 0.2, rel=1e-3)
    _, t, _ = shifted(8.0, 10.0, 12.5, e, "seconds")
    assert t == pytest.approx(5.0)


def test_another_vendor_is_not_moved_by_this_vendors_software() -> None:
    assert effect([known("a", 1.5)], card("b", "amd"), "image", SDXL, sigma=0.3) is None
    e = effect([known("a", 1.5), known("c", 2.0, vendor="amd")], card("b", "amd"), "image",
               SDXL, sigma=0.3)
    assert e is not None and e.factor == pytest.approx(2.0 ** TRANSFER)


def _on(host: str | None, ratio: float) -> Known:
    m = Measurement(gpu="x", task="image", value=1.0, source="test", model="sdxl", host=host)
    return Known(m, "a", "a", "nvidia", "image", SDXL, 1.0, math.log(ratio),
                 host or "desktop")


def test_a_reading_on_a_rented_pod_moves_renting_that_card_in_full_and_owning_it_in_part() -> None:
    pod = [_on("server", 1.5)]
    rented = effect(pod, card("a"), "image", SDXL, sigma=0.35, rented=True)
    owned = effect(pod, card("a"), "image", SDXL, sigma=0.35)
    assert rented is not None and rented.how == "measured"
    assert rented.factor == pytest.approx(1.5)
    assert owned is not None and owned.how == "other card"
    assert owned.factor == pytest.approx(1.5 ** TRANSFER)


def test_a_reading_at_home_moves_owning_the_card_in_full_and_renting_it_in_part() -> None:
    home = [_on(None, 1.5)]
    owned = effect(home, card("a"), "image", SDXL, sigma=0.35)
    rented = effect(home, card("a"), "image", SDXL, sigma=0.35, rented=True)
    assert owned is not None and owned.how == "measured"
    assert rented is not None and rented.factor == pytest.approx(1.5 ** TRANSFER)


def test_a_reading_on_a_rented_pod_is_compared_with_a_servers_typical_figure() -> None:
    from core.measure.compare import compare
    from tests.shipped import perf_model

    home = Measurement(gpu="RTX 4090", task="image", value=30.0, source="test", model="sd15",
                       width=512, height=512, steps=20)
    pod = replace(home, host="server")
    at_home, on_pod = compare((home, pod), perf_model())
    # a server's CPU launches SD 1.5's steps more slowly: the same reading says more there
    assert on_pod.typical < at_home.typical
    assert (at_home.host, on_pod.host) == ("desktop", "server")
