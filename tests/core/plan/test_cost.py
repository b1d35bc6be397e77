"""Ownership and rental arithmetic against numbers worked by hand."""

from __future__ import annotations

import math

import pytest

from core.cost import local, rental
from core.schema import TariffTier
from core.units import GB
from tests.core.plan.fakes import BIG, RATES, SMALL, offer, tariff


def test_resale_curve_and_ownership() -> None:
    # 0.85 right after purchase, then 20% less each year: after 24 months 0.85 * 0.8^2 = 0.544
    assert local.resale_fraction(0) == pytest.approx(0.85)
    assert local.resale_fraction(24) == pytest.approx(0.544)
    # $1,000 card over 24 months: (1000 - 544) / 24 = $19.00 a month; a $130 PSU adds 130/24
    assert local.ownership_monthly(1000, 24) == pytest.approx(19.0)
    assert local.ownership_monthly(1000, 24, 130) == pytest.approx(19.0 + 130 / 24)
    assert local.ownership_monthly(0, 24) == 0.0
    with pytest.raises(ValueError, match="horizon"):
        local.ownership_monthly(100, 0)


def test_a_bought_cards_range_holds_its_resale_as_well_as_its_price() -> None:
    from tests.core.plan.test_breakeven_sensitivity import heavy

    # the resale's spread grows as a random walk's: four times the time, twice the spread
    assert local.resale_sigma(48) == pytest.approx(2 * local.resale_sigma(12))
    assert local.resale_sigma(0) == 0.0
    # what a card costs over the horizon is what it gives back plus what it costs net
    assert (local.resale_monthly(1800, 36) + local.ownership_monthly(1800, 36)
            == pytest.approx(1800 / 36))
    r = heavy(400)
    buy = r.plan("buy:big-24")
    assert buy.feasible
    own = local.ownership_monthly(1800, 36)  # the card's share of the plan, $28 of $50
    # the whole plan's p10-p90 (its electricity and usage spread too) was 0.59 × the card's
    # share with the price's spread alone; the resale's, drawn apart, adds to it
    assert buy.monthly_cost_p90 - buy.monthly_cost_p10 > 0.7 * own


def test_psu_upgrade_only_when_the_card_outgrows_the_psu() -> None:
    # (450 W + 150 W) / 0.7 = 857 W > 750 W: upgrade; 115 W card: 379 W, no upgrade
    assert local.psu_upgrade_usd(BIG, 1, 750) == local.PSU_UPGRADE_USD.value
    assert local.psu_upgrade_usd(BIG, 1, 1000) == 0.0
    assert local.psu_upgrade_usd(SMALL, 1, 450) == 0.0
    assert local.psu_upgrade_usd(BIG, 1, None) == 0.0


def test_tiered_electricity_in_another_currency() -> None:
    beijing = tariff(tiers=(TariffTier(240, 0.4883), TariffTier(400, 0.5383),
                            TariffTier(None, 0.7883)), currency="CNY")
    # household at 200 kWh + 100 kWh of GPU: 40 kWh at 0.4883 and 60 at 0.5383 CNY, in USD
    want = (40 * 0.4883 + 60 * 0.5383) / 7.1
    assert local.energy_cost_monthly(100, beijing, RATES, base_kwh=200) == pytest.approx(want)
    with pytest.raises(ValueError, match="negative"):
        local.energy_cost_monthly(-1, beijing, RATES)


def test_job_energy() -> None:
    # 10 jobs a week of 1 h at 300 W = 3 kWh a week = 3 * 365.25/12/7 kWh a month
    assert local.job_kwh_month(10, 3600, 300) == pytest.approx(3 * 365.25 / 12 / 7)


def test_pod_billing_rounds_each_session_and_adds_start_time() -> None:
    o = offer("o", "big-24", 0.60, granularity=60, minimum=60, start=120, storage=0.0)
    t = rental.rental_terms(o, model_bytes=0.0, jobs_per_week=14)
    # 14 jobs of 100 s in 7 sessions: 120 s start + 200 s work = 320 s -> 360 s billed each
    assert t.billed_week(14, 100) == pytest.approx(7 * 360)
    assert t.monthly_usd(14, 100) == pytest.approx(7 * 360 / 3600 * 0.60 * 365.25 / 12 / 7)


def test_model_kept_on_a_volume_when_that_is_cheaper_than_downloading() -> None:
    o = offer("o", "big-24", 2.0, storage=0.07)
    t = rental.rental_terms(o, model_bytes=30 * GB, jobs_per_week=7)
    # downloading 30 GB at 100 MB/s is 300 s a session, $0.167 each, 7 a week: $5/month;
    # a 30 GB volume is 30 * 0.07 = $2.10/month -> keep it on a volume
    assert t.uses_volume and t.download_s == 0 and t.fixed_month == pytest.approx(2.1)
    cheap = rental.rental_terms(offer("c", "big-24", 0.1, storage=0.07), 30 * GB, 1)
    assert not cheap.uses_volume and cheap.download_s == pytest.approx(300)
    # a storage price the snapshot does not have (0) is no free volume: downloads are billed
    unknown = rental.rental_terms(offer("u", "big-24", 2.0, storage=0.0), 30 * GB, 7)
    assert not unknown.uses_volume and unknown.download_s == pytest.approx(300)
    assert unknown.fixed_month == 0.0
    assert unknown.monthly_usd(7, 600) > t.monthly_usd(7, 600) - t.fixed_month


def test_spot_reruns_and_serverless_bursts() -> None:
    spot = rental.rental_terms(offer("s", "big-24", 0.3, tier="spot", interruptible=True,
                                     granularity=1, minimum=0, start=0, storage=0), 0, 7)
    assert spot.billed_week(7, 1000) == pytest.approx(7 * 1150)  # 15% re-run share
    sl = rental.rental_terms(offer("f", "big-24", 1.0, tier="serverless", granularity=1,
                                   minimum=0, start=15, storage=0), 0, 70)
    # 70 jobs of 10 s in 7 bursts: each a 10 s worker start (no weights) + 100 s of jobs
    assert sl.billed_week(70, 10) == pytest.approx(7 * 110)
    assert sl.download_s == 0


def test_serverless_cold_starts_grow_with_the_weights_and_keep_them_on_a_volume() -> None:
    # issue 14: every serverless offer started in 30 s whatever the model, and a 139 GiB model
    # kept between sessions cost no storage
    o = offer("f", "big-24", 1.0, tier="serverless", granularity=1, minimum=0, start=30,
              storage=0.07)
    small, big = rental.cold_start_s(o, 7 * GB), rental.cold_start_s(o, 150 * GB)
    assert small == pytest.approx(10 + 7)  # worker start + 7 GB at 1 GB/s
    assert big == pytest.approx(10 + 150)
    t = rental.rental_terms(o, 150 * GB, 7)
    assert t.overhead_s == pytest.approx(big + o.idle_billed_s)
    assert t.fixed_month == pytest.approx(150 * 0.07)  # the weights kept on a network volume
    always = rental.rental_terms(offer("a", "big-24", 1.0, tier="serverless", start=0), 150 * GB,
                                 7)
    assert rental.cold_start_s(offer("a", "big-24", 1.0, tier="serverless", start=0),
                               150 * GB) == 0.0
    assert always.overhead_s == 0.0


def test_the_smallest_credit_purchase_is_spent_over_the_horizon() -> None:
    assert rental.min_credit_month("runpod", 24) == pytest.approx(10 / 24)
    assert rental.min_credit_month("runpod", 1) == pytest.approx(10)
    assert rental.min_credit_month("aws", 24) == 0.0  # billed afterwards: no prepaid credit


def test_rental_billing_is_never_negative_and_zero_without_work() -> None:
    t = rental.rental_terms(offer("o", "big-24", 1.0), 0.0, 0.0)
    assert t.billed_week(0, 100) == 0.0
    assert t.monthly_usd(0, 100) == 0.0
    assert rental.billed_seconds(math.nextafter(120.0, 200), 60, 0) == 120.0  # float noise


def test_a_reservation_bills_the_whole_month_once() -> None:
    # $14.80/h for an 8-GPU node reserved by the week: every hour of the month, not a week's
    # minimum for each of the week's sessions
    from dataclasses import replace

    base = offer("r", "big-24", 14.8, tier="reserved", granularity=3600, minimum=604800,
                 start=0, storage=0)
    for o in (base, replace(base, tier="on-demand")):  # a week's minimum alone says the same
        t = rental.rental_terms(o, 0.0, 21)
        assert t.monthly_usd(21, 600) == pytest.approx(14.8 * 365.25 / 12 * 24)
        assert t.monthly_usd(200, 600) == t.monthly_usd(21, 600)
