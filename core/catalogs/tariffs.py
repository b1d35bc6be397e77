"""Load assets/catalogs/tariffs.toml and currencies.toml: electricity prices and currency rates.

A tariff is flat (`price_per_kwh`) or tiered (`[[tariff.tier]]` tables, each for monthly use up to
`up_to_kwh_per_month`, the last one unbounded). Prices stay in the region's own currency; the
cost layer converts with `load_rates()`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from core.catalogs._validate import (
    CatalogError,
    Key,
    check_entry,
    check_unique,
    display_name,
    entries,
    read_toml,
)
from core.paths import catalogs_dir
from core.schema import CurrencyRates, Tariff, TariffTier

_MAX_PRICE_PER_KWH = 10_000.0  # above any currency's real tariff (KRW, IDR are in the 100s-1000s)

TARIFF_KEYS = (
    Key("id"),
    Key("region"),
    Key("sector", required=False),
    Key("currency"),
    Key("price_per_kwh", "number", required=False, maximum=_MAX_PRICE_PER_KWH),
    Key("period"),
    Key("source"),
    Key("date", "date"),
    Key("notes", required=False),
    Key("vat_rate", "number", required=False, nonnegative=True, maximum=0.5),
    Key("vat_source", required=False),
)

TIER_KEYS = (
    Key("up_to_kwh_per_month", "number", required=False, maximum=1e7),
    Key("price_per_kwh", "number", maximum=_MAX_PRICE_PER_KWH),
)

CURRENCY_KEYS = (
    Key("id"),
    Key("name"),
    Key("per_usd", "number", maximum=1e6),
    Key("source"),
    Key("date", "date"),
)


def _tiers(raw_tiers: Any, file: str, ident: str) -> tuple[TariffTier, ...]:
    if not isinstance(raw_tiers, list) or not raw_tiers:
        raise CatalogError(file, "must be a list of [[tariff.tier]] tables", ident, "tier")
    tiers: list[TariffTier] = []
    previous = 0.0
    for i, raw in enumerate(raw_tiers):
        v = check_entry(raw, TIER_KEYS, file, ident)
        upper = v.get("up_to_kwh_per_month")
        last = i == len(raw_tiers) - 1
        where = f"tier[{i}].up_to_kwh_per_month"
        if upper is None and not last:
            raise CatalogError(file, "only the last tier may be unbounded", ident, where)
        if upper is not None and last:
            raise CatalogError(file, "the last tier must be unbounded (no limit)", ident, where)
        if upper is not None:
            if upper <= previous:
                raise CatalogError(file, f"tiers must rise; {upper:g} is not above {previous:g}",
                                   ident, where)
            previous = float(upper)
        tiers.append(TariffTier(None if upper is None else float(upper),
                                float(v["price_per_kwh"])))
    return tuple(tiers)


def tariff_from_entry(raw: Any, file: str, index: int) -> Tariff:
    """Validate one `[[tariff]]` table: exactly one of `price_per_kwh` and `[[tariff.tier]]`."""
    # The tier list is checked by `_tiers`; every other key goes through the shared validator.
    has_tiers = isinstance(raw, dict) and "tier" in raw
    body = {k: val for k, val in raw.items() if k != "tier"} if has_tiers else raw
    v = check_entry(body, TARIFF_KEYS, file, f"#{index + 1}")
    ident = v["id"]
    if ("price_per_kwh" in v) == has_tiers:
        raise CatalogError(file, "give either price_per_kwh or [[tariff.tier]] tables, not both "
                           "or neither", ident, "price_per_kwh")
    if has_tiers:
        tiers = _tiers(raw["tier"], file, ident)
    else:
        tiers = (TariffTier(None, float(v["price_per_kwh"])),)
    currency = v["currency"]
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise CatalogError(file, f"must be a three-letter currency code like EUR, got {currency!r}",
                           ident, "currency")
    return Tariff(
        id=ident,
        region=v["region"],
        currency=currency,
        tiers=tiers,
        period=v["period"],
        source=v["source"],
        date=v["date"],
        notes=v.get("notes", ""),
        sector=v.get("sector", ""),
        vat_rate=float(v.get("vat_rate", 0.0)),
        vat_source=v.get("vat_source", ""),
    )


def load_tariffs_from(path: Path) -> dict[str, Tariff]:
    file = display_name(path)
    tariffs = [tariff_from_entry(raw, file, i)
               for i, raw in enumerate(entries(read_toml(path), "tariff", file))]
    check_unique(((t.id, file) for t in tariffs), "tariff")
    return {t.id: t for t in tariffs}


def load_rates_from(path: Path) -> CurrencyRates:
    file = display_name(path)
    rows = [check_entry(raw, CURRENCY_KEYS, file, f"#{i + 1}")
            for i, raw in enumerate(entries(read_toml(path), "currency", file))]
    check_unique(((r["id"], file) for r in rows), "currency")
    per_usd = {r["id"]: float(r["per_usd"]) for r in rows}
    if per_usd.get("USD") != 1.0:
        raise CatalogError(file, "USD must be listed with per_usd = 1.0 (rates are per US dollar)",
                           "USD", "per_usd")
    # The rates are used together, so the set is as old as its oldest rate.
    date = min(r["date"] for r in rows)
    sources = sorted({r["source"] for r in rows if r["id"] != "USD"}) or ["definition"]
    return CurrencyRates(per_usd=per_usd, date=date, source="; ".join(sources))


def check_currencies(tariffs: dict[str, Tariff], rates: CurrencyRates, file: str) -> None:
    """Every tariff's currency must have a rate, or its cost could not be converted."""
    for t in tariffs.values():
        if t.currency not in rates.per_usd:
            raise CatalogError(file, f"currency {t.currency} has no rate in currencies.toml",
                               t.id, "currency")


@cache
def load_rates() -> CurrencyRates:
    """The shipped currency rates (units per USD), read once per process."""
    return load_rates_from(catalogs_dir() / "currencies.toml")


@cache
def load_tariffs() -> dict[str, Tariff]:
    """The shipped tariffs keyed by region id ("us", "us-ca", "de", "cn-beijing", ...).

    The dict is shared by every caller (it is cached): treat it as read-only.
    """
    path = catalogs_dir() / "tariffs.toml"
    tariffs = load_tariffs_from(path)
    check_currencies(tariffs, load_rates(), display_name(path))
    return tariffs


def own_tariff(price_per_kwh: float, currency: str, region: str) -> Tariff:
    """The user's own electricity price as a flat tariff (it replaces the region's)."""
    if not (math.isfinite(price_per_kwh) and price_per_kwh > 0):
        raise ValueError(f"electricity price must be a positive number per kWh, got "
                         f"{price_per_kwh!r}")
    return Tariff(id="own", region=f"your own price ({region})", currency=currency,
                  tiers=(TariffTier(None, float(price_per_kwh)),), period="as you entered it",
                  source="your profile (electricity_price_per_kwh)",
                  date=date.today().isoformat(), sector="your own price")


def own_price_currency(region: str, tariffs: Mapping[str, Tariff],
                       own_currency: str | None = None) -> str:
    """The currency a user's own price per kWh is in: its own, else the region tariff's (the
    one on the user's bill), else USD."""
    base = tariffs.get(region)
    return own_currency or (base.currency if base else "USD")


def tariff_for(region: str, tariffs: Mapping[str, Tariff], own_price: float | None = None,
               own_currency: str | None = None) -> Tariff:
    """The tariff a plan uses: the user's own price per kWh when given, else the region's.
    `own_currency` defaults to the region tariff's currency."""
    if own_price is None:
        return tariffs[region]
    base = tariffs.get(region)
    own = own_tariff(own_price, own_price_currency(region, tariffs, own_currency), region)
    if base is None:
        return own
    return replace(own, vat_rate=base.vat_rate, vat_source=base.vat_source)  # still the region


def get_tariff(region_id: str) -> Tariff:
    try:
        return load_tariffs()[region_id]
    except KeyError:
        known = ", ".join(sorted(load_tariffs()))
        raise KeyError(f"no electricity tariff for region '{region_id}' (known: {known})") from None


__all__ = [
    "CURRENCY_KEYS",
    "TARIFF_KEYS",
    "check_currencies",
    "get_tariff",
    "load_rates",
    "load_rates_from",
    "load_tariffs",
    "load_tariffs_from",
    "own_price_currency",
    "own_tariff",
    "tariff_for",
    "tariff_from_entry",
]
