"""Live cloud prices: refresh on request, cache atomically, lay over the shipped snapshot.

Nothing here runs unless the user asks for a refresh. `current_offers()` lays the cache over a
snapshot (called when the catalogs are loaded, core.catalogs.bundle); `refresh_prices()` fetches,
validates and caches one provider's prices; `PriceSource` is where a provider plugs in.
"""

from core.prices.keys import forget_api_key, get_api_key, store_api_key
from core.prices.refresh import RefreshReport, refresh_prices, source_for
from core.prices.source import FetchResult, PriceSource, RefreshError
from core.prices.store import (
    STALE_DAYS,
    PriceSnapshotInfo,
    ProviderPrices,
    cache_dir,
    cache_path,
    current_offers,
    date_age_days,
    offer_date,
    stale_offers,
)

__all__ = [
    "STALE_DAYS",
    "FetchResult",
    "PriceSnapshotInfo",
    "PriceSource",
    "ProviderPrices",
    "RefreshError",
    "RefreshReport",
    "cache_dir",
    "cache_path",
    "current_offers",
    "date_age_days",
    "forget_api_key",
    "get_api_key",
    "offer_date",
    "refresh_prices",
    "source_for",
    "stale_offers",
    "store_api_key",
]
