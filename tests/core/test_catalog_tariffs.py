"""Electricity tariffs and currency rates: the shipped files, the tier arithmetic, bad files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.tariffs import (
    check_currencies,
    get_tariff,
    load_rates,
    load_rates_from,
    load_tariffs,
    load_tariffs_from,
)
from core.schema import Tariff, TariffTier

SHARED_CSV = Path(__file__).resolve().parents[3] / "shared" / "reference" / "electricity_prices.csv"

GOOD_TARIFF = """
[[tariff]]
id = "xx"
region = "Somewhere"
currency = "EUR"
price_per_kwh = 0.30
period = "2025 H1"
source = "https://example.org/tariffs"
date = "2025-10-29"
"""


def write(tmp_path: Path, text: str, name: str = "tariffs.toml") -> Path:
    path = tmp_path / "catalogs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_tariffs_cover_us_states_eu_and_china() -> None:
    tariffs = load_tariffs()
    for region in ("us", "us-ca", "us-tx", "us-ny", "eu", "de", "cn-beijing"):
        assert region in tariffs
    assert tariffs["us-ca"].currency == "USD"
    assert tariffs["de"].currency == "EUR"
    assert tariffs["cn-beijing"].currency == "CNY"
    for t in tariffs.values():
        assert t.source and t.date
        assert all(0 < tier.price_per_kwh < 1.0 for tier in t.tiers), t.id


@pytest.mark.skipif(not SHARED_CSV.is_file(), reason="shared/ reference data not beside the repo")
def test_flat_tariffs_match_the_reference_csv() -> None:
    """Each flat tariff is the CSV's figure for its region and period, cents turned to dollars."""
    with SHARED_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_region_period = {(r["region"], r["period"]): r for r in rows}
    for t in load_tariffs().values():
        if len(t.tiers) != 1:
            continue
        row = by_region_period.get((t.region.replace(", non-household", ""), t.period))
        if t.id == "eu-business":
            row = next(r for r in rows if r["region"] == "EU non-household")
        assert row is not None, t.id
        value = float(row["value"])
        expected = value / 100 if row["unit"].startswith("US cents") else value
        assert t.flat_price_per_kwh == pytest.approx(expected, rel=1e-9), t.id


def test_beijing_tiers_are_the_yearly_bands_per_month() -> None:
    beijing = get_tariff("cn-beijing")
    assert [t.up_to_kwh_per_month for t in beijing.tiers] == [240.0, 400.0, None]
    assert [t.price_per_kwh for t in beijing.tiers] == [0.4883, 0.5383, 0.7883]


def test_tiered_monthly_cost_applies_each_price_to_its_band() -> None:
    tariff = Tariff("t", "T", "CNY", (TariffTier(100.0, 0.5), TariffTier(200.0, 0.6),
                                      TariffTier(None, 0.9)), "p", "s", "2025-01")
    assert tariff.monthly_cost(50) == pytest.approx(25.0)
    assert tariff.monthly_cost(150) == pytest.approx(50 + 30)
    assert tariff.monthly_cost(300) == pytest.approx(50 + 60 + 90)
    # A GPU adding 150 kWh to a household already at 150 pays 50 kWh at 0.6 and 100 at 0.9.
    assert tariff.marginal_price(150, 150) == pytest.approx((50 * 0.6 + 100 * 0.9) / 150)
    assert tariff.price_at(99) == 0.5
    assert tariff.price_at(250) == 0.9


def test_flat_tariff_cost_is_linear(tmp_path: Path) -> None:
    tariff = load_tariffs_from(write(tmp_path, GOOD_TARIFF))["xx"]
    assert tariff.monthly_cost(123.0) == pytest.approx(123.0 * 0.30)
    assert tariff.marginal_price(500, 10) == pytest.approx(0.30)


def test_rates_convert_through_usd() -> None:
    rates = load_rates()
    assert rates.per_usd["USD"] == 1.0
    assert set(rates.per_usd) >= {"USD", "EUR", "CNY"}
    # ECB 2026-10-30: 1 EUR = 7.4326 CNY.
    assert rates.convert(1.0, "EUR", "CNY") == pytest.approx(7.4326, rel=1e-5)
    assert rates.convert(1.1172, "USD", "EUR") == pytest.approx(1.0, rel=1e-5)
    assert rates.date == "2026-10-30"
    assert "ECB" in rates.source


def test_every_shipped_tariff_currency_has_a_rate() -> None:
    for t in load_tariffs().values():
        assert t.currency in load_rates().per_usd


def test_unknown_region_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"no electricity tariff for region 'mars'.*us-ca"):
        get_tariff("mars")


BAD_TARIFFS = [
    (GOOD_TARIFF + 'colour = "red"\n', r"entry 'xx': key 'colour': unknown key"),
    (GOOD_TARIFF + GOOD_TARIFF, r"entry 'xx': key 'id': duplicate tariff id"),
    (GOOD_TARIFF.replace("0.30", "-0.30"), r"key 'price_per_kwh': must be a positive number"),
    (GOOD_TARIFF.replace("0.30", "nan"), r"key 'price_per_kwh': must be a finite number"),
    (GOOD_TARIFF.replace("0.30", "1e6"), r"key 'price_per_kwh': must be at most 10000"),
    (GOOD_TARIFF.replace('source = "https://example.org/tariffs"\n', ""),
     r"entry 'xx': key 'source': is required but missing"),
    (GOOD_TARIFF.replace('"https://example.org/tariffs"', '" "'),
     r"key 'source': must be a non-empty string"),
    (GOOD_TARIFF.replace('"2025-10-29"', '"last year"'), r"key 'date': must be a date"),
    (GOOD_TARIFF.replace('"EUR"', '"euro"'), r"key 'currency': must be a three-letter"),
    (GOOD_TARIFF + "[[tariff.tier]]\nprice_per_kwh = 0.4\n",
     r"entry 'xx': key 'price_per_kwh': give either price_per_kwh or"),
    (GOOD_TARIFF.replace("price_per_kwh = 0.30\n", ""), r"give either price_per_kwh or"),
    (GOOD_TARIFF.replace("price_per_kwh = 0.30\n", "")
     + "[[tariff.tier]]\nup_to_kwh_per_month = 200.0\nprice_per_kwh = 0.4\n"
     + "[[tariff.tier]]\nup_to_kwh_per_month = 100.0\nprice_per_kwh = 0.5\n"
     + "[[tariff.tier]]\nprice_per_kwh = 0.6\n",
     r"key 'tier\[1\].up_to_kwh_per_month': tiers must rise"),
    (GOOD_TARIFF.replace("price_per_kwh = 0.30\n", "")
     + "[[tariff.tier]]\nup_to_kwh_per_month = 200.0\nprice_per_kwh = 0.4\n",
     r"the last tier must be unbounded"),
    (GOOD_TARIFF.replace("price_per_kwh = 0.30\n", "")
     + "[[tariff.tier]]\nprice_per_kwh = 0.4\n[[tariff.tier]]\nprice_per_kwh = 0.5\n",
     r"only the last tier may be unbounded"),
    (GOOD_TARIFF.replace("price_per_kwh = 0.30\n", "")
     + "[[tariff.tier]]\nprice_per_kwh = 0.4\nwatts = 3\n", r"key 'watts': unknown key"),
    (GOOD_TARIFF.replace("price_per_kwh = 0.30\n", "tier = 5\n"), r"key 'tier': must be a list"),
    ("[[tariff]\nid = 1", r"tariffs.toml: is not valid TOML"),
    ("title = 'no tariffs'\n", r"must contain at least one \[\[tariff\]\] entry"),
]


@pytest.mark.parametrize(("text", "message"), BAD_TARIFFS)
def test_bad_tariff_files_get_one_line_naming_file_entry_and_key(
        tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message) as info:
        load_tariffs_from(write(tmp_path, text))
    assert str(info.value).startswith("tariffs.toml")
    assert "\n" not in str(info.value)


GOOD_RATES = """
[[currency]]
id = "USD"
name = "US dollar"
per_usd = 1.0
source = "definition"
date = "2026-10-30"

[[currency]]
id = "EUR"
name = "Euro"
per_usd = 0.9
source = "ECB"
date = "2026-10-01"
"""


def test_rates_file_is_as_old_as_its_oldest_rate(tmp_path: Path) -> None:
    rates = load_rates_from(write(tmp_path, GOOD_RATES, "currencies.toml"))
    assert rates.date == "2026-10-01"
    assert rates.per_usd == {"USD": 1.0, "EUR": 0.9}


@pytest.mark.parametrize(("text", "message"), [
    (GOOD_RATES.replace("per_usd = 1.0", "per_usd = 2.0"), r"entry 'USD': key 'per_usd': USD"),
    (GOOD_RATES.replace("0.9", "0"), r"entry 'EUR': key 'per_usd': must be a positive"),
    (GOOD_RATES.replace('id = "EUR"', 'id = "USD"'), r"duplicate currency id"),
    (GOOD_RATES.replace('source = "ECB"\n', ""), r"entry 'EUR': key 'source': is required"),
])
def test_bad_rates_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        load_rates_from(write(tmp_path, text, "currencies.toml"))


def test_tariff_in_a_currency_without_rate_is_rejected(tmp_path: Path) -> None:
    tariffs = load_tariffs_from(write(tmp_path, GOOD_TARIFF.replace("EUR", "JPY")))
    with pytest.raises(CatalogError, match=r"entry 'xx': key 'currency': currency JPY has no rate"):
        check_currencies(tariffs, load_rates(), "tariffs.toml")


def test_truncated_tariff_files_fail_with_one_line_never_a_crash(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "assets" / "catalogs" / "tariffs.toml"
    text = shipped.read_bytes()
    for cut in range(0, len(text), max(1, len(text) // 50)):
        path = write(tmp_path, "")
        path.write_bytes(text[:cut])
        try:
            load_tariffs_from(path)
        except CatalogError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("tariffs.toml")
