"""Display formatting: units, money and price dates as people read them."""

from __future__ import annotations

import pytest

from app.gui import format as fmt
from core.schema import CloudOffer, CurrencyRates
from core.units import GIB


@pytest.mark.parametrize(("seconds", "text"), [
    (0.0167, "17 ms"), (0.004, "4.0 ms"), (2.5, "2.5 s"), (42, "42 s"), (300, "5.0 min"),
    (1200, "20 min"), (7200, "2.0 h"), (3 * 86400, "3.0 days"), (float("nan"), "—"),
])
def test_duration_picks_a_short_unit(seconds: float, text: str) -> None:
    assert fmt.duration(seconds) == text


@pytest.mark.parametrize(("amount", "ccy", "text"), [
    (1234.4, "USD", "$1,234"), (9.5, "CNY", "¥9.50"), (-12.25, "EUR", "-€12.25"),
    (100.0, "CHF", "CHF 100"), (float("inf"), "USD", "—"), (None, "USD", "—"),
])
def test_money(amount: float | None, ccy: str, text: str) -> None:
    assert fmt.money(amount, ccy) == text


def test_usd_money_converts_only_with_a_known_rate() -> None:
    rates = CurrencyRates(per_usd={"USD": 1.0, "CNY": 7.0}, date="2025-07-01", source="test")
    assert fmt.usd_money(10, "CNY", rates) == "¥70.00"
    assert fmt.usd_money(10, "EUR", rates) == "$10.00"  # no EUR rate: stays in dollars


def test_gib_and_months() -> None:
    assert fmt.gib(24 * GIB) == "24.0 GiB"
    assert fmt.gib(None) == "—"
    assert fmt.months(9.0) == "9.0 months"
    assert fmt.months(float("inf")) == "never"


def _offer(provider: str, date: str) -> CloudOffer:
    return CloudOffer(id=f"{provider}-{date}", provider=provider, gpu_id="nvidia-rtx-4090",
                      gpu_count=1, tier="community", usd_per_hour=0.5,
                      billing_granularity_s=1, minimum_billed_s=0, start_overhead_s=60,
                      storage_usd_per_gb_month=0.1, interruptible=False, snapshot_date=date,
                      source="test")


def test_prices_as_of_names_each_provider_with_the_range_of_its_offers_dates() -> None:
    offers = [_offer("runpod", "2025-07-13"), _offer("runpod", "2025-06-01"),
              _offer("vast", "2025-05-02")]
    assert fmt.snapshot_dates(offers) == {"runpod": "2025-07-13", "vast": "2025-05-02"}
    assert fmt.date_ranges(offers) == {"runpod": ("2025-06-01", "2025-07-13"),
                                       "vast": ("2025-05-02", "2025-05-02")}
    names = {"runpod": "Runpod", "vast": "Vast.ai"}
    assert fmt.prices_as_of(offers, names) == ("Runpod prices dated 2025-06-01 to 2025-07-13; "
                                               "Vast.ai prices dated 2025-05-02")
    assert fmt.prices_as_of(offers, {}).startswith("runpod prices dated")  # no name: the id
    assert fmt.price_with_date(0.69, "2025-07-13") == "$0.69 (as of 2025-07-13)"
