"""An old electricity price is said where it weighs in the plan's cost (data ages: a price older
than 90 days is shown with its age), and never for the user's own price."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.plan.pricedates import TARIFF_WEIGHT, stale_tariff_warning
from core.plan.wording import ELECTRICITY
from core.schema.message import Message
from tests.shipped import catalogs, evaluate


def _vtuber(**changes: object):  # type: ignore[no-untyped-def]
    profile = replace(load_profiles()["vtuber"], **changes)
    return recommend(profile, machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32),
                     catalogs(), evaluate, samples=200)


def _share(plan) -> float:  # type: ignore[no-untyped-def]
    energy = sum(v for k, v in plan.cost_breakdown.items() if k == ELECTRICITY)
    return energy / plan.monthly_cost_p50


def test_a_plan_paying_for_electricity_at_an_old_tariff_says_how_old() -> None:
    result = _vtuber()
    best = result.best
    assert best is not None and _share(best) >= TARIFF_WEIGHT  # the live avatar runs at home
    tariff = catalogs().tariffs["us"]
    (line,) = [w for w in result.price_warnings if "electricity price" in w]
    age = (datetime.now(UTC) - datetime.fromisoformat(tariff.date).replace(tzinfo=UTC)).days
    assert f"is dated {tariff.date}, {age} days ago" in line
    assert f"{round(100 * _share(best))}% of this plan's cost" in line
    # a tariff dated within the last 90 days says nothing
    recent = replace(tariff, date=(datetime.now(UTC) - timedelta(days=30)).date().isoformat())
    assert stale_tariff_warning(best, recent, "United States") == ""


def test_a_plan_that_pays_little_for_electricity_or_uses_your_price_is_not_warned() -> None:
    tariff = catalogs().tariffs["us"]
    best = _vtuber().best
    assert best is not None
    # the same plan with electricity a twentieth of its cost: the old price moves nothing
    light = replace(best, cost_breakdown={Message(ELECTRICITY): 0.05 * best.monthly_cost_p50})
    assert stale_tariff_warning(light, tariff, "United States") == ""
    own = _vtuber(electricity_price_per_kwh=0.21)
    assert not any("electricity price" in w for w in own.price_warnings)


def test_the_plan_text_gives_an_old_tariffs_age_and_a_fresh_ones_date_alone() -> None:
    from app.report.text import format_plan

    tariff = catalogs().tariffs["us"]
    age = (datetime.now(UTC) - datetime.fromisoformat(tariff.date).replace(tzinfo=UTC)).days
    text = format_plan(_vtuber())
    assert f"electricity 'United States' ({tariff.date}, {age} days old)" in text
    assert f"（{tariff.date}，已过 {age} 天）" in format_plan(_vtuber(), lang="zh_CN")
    # your own price is dated the day it is used: no age
    own = format_plan(_vtuber(electricity_price_per_kwh=0.21))
    assert "days old" not in own.splitlines()[1]
