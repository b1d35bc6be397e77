"""Frozen dataclasses shared by every layer of core (and read, never mutated, by app)."""

from core.schema.cloud import CloudOffer, CloudProvider, Policy, StoragePrice, Tier
from core.schema.estimate import Basis, Estimate
from core.schema.gpu import FormFactor, GpuSpec, Origin, PurchasePrice, Vendor
from core.schema.tariff import CurrencyRates, Tariff, TariffTier
from core.schema.workload import Profile, Workload, WorkloadKind

__all__ = [
    "Basis",
    "CloudOffer",
    "CloudProvider",
    "CurrencyRates",
    "Estimate",
    "FormFactor",
    "GpuSpec",
    "Origin",
    "Policy",
    "Profile",
    "PurchasePrice",
    "StoragePrice",
    "Tariff",
    "TariffTier",
    "Tier",
    "Vendor",
    "Workload",
    "WorkloadKind",
]
