"""Owning a GPU: price − resale after the horizon, electricity at the workload's power, idle
draw, and a power-supply upgrade when the card needs more than the user's PSU gives."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from core.kernels.engine import marginal_energy_cost
from core.schema import CurrencyRates, GpuSpec, Tariff
from core.schema.assumption import Assumption
from core.units import HOUR, KWH, WEEKS_PER_MONTH

# Resale: the fraction of the purchase price a used card fetches. Immediately after purchase it
# is already "used" (first_keep), then it loses a constant share a year.
RESALE_FIRST_KEEP = Assumption(
    "resale right after purchase", 0.85, "× price",
    "estimate: used-market listings of current-generation cards sell ~10-20% under new")
RESALE_ANNUAL_KEEP = Assumption(
    "resale kept per year", 0.80, "× per year",
    "estimate: e.g. RTX 3090 (launch $1,499, 2020-09) sold used for ~$700-800 in 2024, "
    "about 0.85 × 0.8^3.5 of launch; consistent with a 20%/year decline")
RESALE_SIGMA = Assumption(
    "spread of a card's resale price, per year it is kept", 0.17, "lognormal sigma per √year",
    "estimate: used-card prices swing with demand, not age alone (RTX 3090s sold used for "
    "about $600-900 between 2023 and 2025, RTX 4090s above their launch price in 2025), and "
    "the further off the sale, the wider: as a random walk, 0.30 over three years")
# Idle power of a card in a PC that is on but not computing.
IDLE_SHARE_OF_TDP = Assumption(
    "idle draw", 0.06, "× TDP",
    "estimate: desktop cards idle at ~10-30 W (about 5-8% of TDP) in reviews' idle power tests")
IDLE_MIN_W = 8.0
# Power supply sizing: GPU board power + the rest of a PC under load, at most 70% of the rating
# (NVIDIA recommends 850 W for the 450 W RTX 4090: (450 + 150) / 0.7 = 857 W).
REST_OF_PC_W = Assumption("rest of the PC under load", 150.0, "W",
                          "estimate: CPU, board, drives and fans of a typical creator desktop")
PSU_LOAD_SHARE = 0.70
PSU_UPGRADE_USD = Assumption(
    "PSU upgrade", 130.0, "USD",
    "estimate: street price of an 850-1000 W 80+ Gold ATX power supply, 2025")
HOUSEHOLD_KWH = Assumption(
    "household use before the PC", 200.0, "kWh/month",
    "estimate: typical urban household consumption; on tiered tariffs the PC's energy is "
    "priced in the tiers above it")
# Studio boxes: chassis, CPU, RAM, PSUs and networking around the GPUs.
STUDIO_BASE_USD = Assumption(
    "multi-GPU workstation/server without GPUs", 4000.0, "USD",
    "estimate: workstation chassis, CPU with enough PCIe lanes, 256 GB RAM and 2 kW PSUs")

# A card needs a desktop to go in: a laptop or Mac owner who buys one buys the PC around it too.
NEW_PC_USD = Assumption(
    "desktop PC around a bought card", 700.0, "USD",
    "estimate: mid-range 2025 build without GPU (6-8 core CPU, board, 32 GB RAM, 1 TB SSD, "
    "850 W PSU, case)")

ASSUMPTIONS = (NEW_PC_USD, RESALE_FIRST_KEEP, RESALE_ANNUAL_KEEP, RESALE_SIGMA, IDLE_SHARE_OF_TDP,
               REST_OF_PC_W, PSU_UPGRADE_USD, HOUSEHOLD_KWH, STUDIO_BASE_USD)


def card_price_usd(gpu: GpuSpec, overrides: Mapping[str, float] | None = None) -> float | None:
    """What buying the card costs today: the user's own price for it, else the catalog's dated
    street, used or machine price, else the launch price (GpuSpec.purchase_price); None when
    none applies (a discontinued card with no dated used price)."""
    if overrides and gpu.id in overrides:
        return overrides[gpu.id]
    price = gpu.purchase_price()
    return None if price is None else price.usd


def resale_fraction(months: float) -> float:
    """Share of the purchase price a card fetches used after `months`."""
    if months < 0:
        raise ValueError(f"months must not be negative, got {months}")
    keep: float = RESALE_ANNUAL_KEEP.value ** (months / 12.0)
    return RESALE_FIRST_KEEP.value * keep


def ownership_monthly(price_usd: float, horizon_months: int, extra_usd: float = 0.0) -> float:
    """Purchase price net of resale at the horizon, plus `extra_usd` (a PSU, a chassis, with no
    resale), spread evenly over the horizon."""
    if horizon_months <= 0:
        raise ValueError(f"horizon must be at least one month, got {horizon_months}")
    if price_usd < 0 or extra_usd < 0:
        raise ValueError("prices must not be negative")
    net = price_usd * (1.0 - resale_fraction(horizon_months)) + extra_usd
    return net / horizon_months


def resale_sigma(horizon_months: int) -> float:
    """Lognormal sigma of the resale at the horizon: RESALE_SIGMA per √year held (a card
    sold a month after it was bought fetches close to what such cards fetch today)."""
    return RESALE_SIGMA.value * math.sqrt(max(horizon_months, 0) / 12.0)


def resale_monthly(price_usd: float, horizon_months: int) -> float:
    """What selling the card at the horizon gives back, spread over the horizon (the part of
    ownership_monthly that the resale's spread, RESALE_SIGMA, moves)."""
    return price_usd * resale_fraction(horizon_months) / horizon_months


def idle_watts(gpu: GpuSpec) -> float:
    return max(IDLE_MIN_W, IDLE_SHARE_OF_TDP.value * gpu.tdp_w)


def psu_upgrade_usd(gpu: GpuSpec, n_gpus: int, psu_w: float | None) -> float:
    """PSU upgrade cost when `n_gpus` × this card outgrow the user's PSU (0 when no PSU limit
    is given, for laptops and Macs, which come with their own power)."""
    if psu_w is None or gpu.form_factor in ("laptop", "soc"):
        return 0.0
    need = (n_gpus * gpu.tdp_w + REST_OF_PC_W.value) / PSU_LOAD_SHARE
    return PSU_UPGRADE_USD.value if need > psu_w else 0.0


def idle_kwh_month(gpu: GpuSpec, n_gpus: int, hours_online_per_day: float,
                   busy_hours_per_week: float) -> float:
    """Energy the cards draw while the PC is on but they are not working."""
    idle_h_week = max(0.0, hours_online_per_day * 7.0 - busy_hours_per_week)
    return n_gpus * idle_watts(gpu) * idle_h_week * HOUR / KWH * WEEKS_PER_MONTH


def tariff_arrays_usd(tariff: Tariff, rates: CurrencyRates) -> tuple[np.ndarray, np.ndarray]:
    """Tier bounds (kWh/month, +inf for the last) and prices converted to USD per kWh."""
    bounds = np.array([math.inf if t.up_to_kwh_per_month is None else t.up_to_kwh_per_month
                       for t in tariff.tiers])
    prices = np.array([rates.convert(t.price_per_kwh, tariff.currency, "USD")
                       for t in tariff.tiers])
    return bounds, prices


def energy_cost_monthly(kwh_month: float, tariff: Tariff, rates: CurrencyRates,
                        base_kwh: float = HOUSEHOLD_KWH.value) -> float:
    """USD a month for `kwh_month` on top of the household's own use (tiered where it is)."""
    if kwh_month < 0:
        raise ValueError(f"energy must not be negative, got {kwh_month}")
    bounds, prices = tariff_arrays_usd(tariff, rates)
    return float(marginal_energy_cost(kwh_month, base_kwh, bounds, prices))


def job_kwh_month(jobs_per_week: float, seconds_per_job: float, power_w: float) -> float:
    return jobs_per_week * seconds_per_job * power_w / KWH * WEEKS_PER_MONTH


__all__ = [
    "ASSUMPTIONS",
    "HOUSEHOLD_KWH",
    "NEW_PC_USD",
    "RESALE_ANNUAL_KEEP",
    "RESALE_FIRST_KEEP",
    "STUDIO_BASE_USD",
    "WEEKS_PER_MONTH",
    "Assumption",
    "card_price_usd",
    "energy_cost_monthly",
    "idle_kwh_month",
    "idle_watts",
    "job_kwh_month",
    "ownership_monthly",
    "psu_upgrade_usd",
    "resale_fraction",
    "tariff_arrays_usd",
]
