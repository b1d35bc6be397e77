"""Load and validate the data in assets/catalogs into schema objects.

Every loader raises `CatalogError` with a one-line message naming file, entry and key. The
per-kind modules: gpus (GpuSpec), clouds (CloudOffer), models (ModelSpec), tariffs (Tariff,
CurrencyRates), profiles (Profile).
"""

from __future__ import annotations

from core.catalogs._validate import CatalogError

__all__ = ["CatalogError"]
