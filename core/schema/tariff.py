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
    sector: str = ""  # "residential", "household (incl. taxes)", "non-household"
    # Value-added tax a buyer in this region pays on goods (0.19 = 19 %): shop prices there
    # include it, while the catalog's street and launch prices are US prices before tax.
    vat_rate: float = 0.0
    vat_source: str = ""

    @property
    def flat_price_per_kwh(self) -> float:
        return self.tiers[0].price_per_kwh

    def monthly_cost(self, kwh_per_month: float) -> float:
        """What `kwh_per_month` costs in a month, each tier's price applied to its own band."""
        total = 0.0
        lower = 0.0
        for tier in self.tiers:
            upper = tier.up_to_kwh_per_month
            band_top = kwh_per_month if upper is None else min(kwh_per_month, upper)
            if band_top > lower:
                total += (band_top - lower) * tier.price_per_kwh
            if upper is None or kwh_per_month <= upper:
                break
            lower = upper
        return total

    def marginal_price(self, base_kwh_per_month: float, extra_kwh_per_month: float) -> float:
        """Average price per kWh of `extra` kWh on top of a household's `base` monthly use.

        This is what a GPU's consumption really costs under a tiered tariff: it lands in the
        tiers above what the household already uses.
        """
        if extra_kwh_per_month <= 0:
            return self.price_at(base_kwh_per_month)
        top = self.monthly_cost(base_kwh_per_month + extra_kwh_per_month)
        return (top - self.monthly_cost(base_kwh_per_month)) / extra_kwh_per_month

    def price_at(self, kwh_per_month: float) -> float:
        """The price of the next kWh after `kwh_per_month` have been used this month."""
        for tier in self.tiers:
            if tier.up_to_kwh_per_month is None or kwh_per_month < tier.up_to_kwh_per_month:
                return tier.price_per_kwh
        return self.tiers[-1].price_per_kwh


@dataclass(frozen=True, slots=True)
class CurrencyRates:
    """Units of each currency per 1 USD, as of `date`."""

    per_usd: dict[str, float]
    date: str
    source: str

    def convert(self, amount: float, from_ccy: str, to_ccy: str) -> float:
        return amount / self.per_usd[from_ccy] * self.per_usd[to_ccy]
