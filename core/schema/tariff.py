"""Electricity tariffs and currency rates, each with its source and date."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TariffTier:
    """Price for monthly consumption up to `up_to_kwh_per_month` (None = no upper bound)."""

    up_to_kwh_per_month: float | None
    price_per_kwh: float


@dataclass(frozen=True, slots=True)
class Tariff:
    """An electricity price for a region, in its own currency per kWh, tiered where it is."""

    id: str
    region: str
    currency: str
    tiers: tuple[TariffTier, ...]
    period: str
    source: str
    date: str
    notes: str = ""

    @property
    def flat_price_per_kwh(self) -> float:
        return self.tiers[0].price_per_kwh


@dataclass(frozen=True, slots=True)
class CurrencyRates:
    """Units of each currency per 1 USD, as of `date`."""

    per_usd: dict[str, float]
    date: str
    source: str

    def convert(self, amount: float, from_ccy: str, to_ccy: str) -> float:
        return amount / self.per_usd[from_ccy] * self.per_usd[to_ccy]
