"""Refresh one provider's prices: fetch, validate, cache atomically; errors keep the old cache."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.prices import wording as say
from core.prices.runpod import RunpodSource
from core.prices.source import PriceSource, RefreshError
from core.prices.store import write_cache
from core.schema.message import Message

DEFAULT_TIMEOUT_S = 10.0
PROVIDERS = ("runpod",)  # providers with a live source; others plug in via `source_for`


@dataclass(frozen=True, slots=True)
class RefreshReport:
    provider: str
    n_offers: int
    endpoint: str
    fetched_at: datetime
    path: Path
    notes: tuple[str, ...]

    def describe(self) -> str:
        if self.notes:
            return Message(say.REFRESHED_DROPPED, n=self.n_offers, provider=self.provider,
                           endpoint=self.endpoint, dropped=len(self.notes))
        return Message(say.REFRESHED, n=self.n_offers, provider=self.provider,
                       endpoint=self.endpoint)


def source_for(provider: str) -> PriceSource:
    if provider == "runpod":
        return RunpodSource()
    raise RefreshError(Message(say.NO_SOURCE, provider=provider, providers=", ".join(PROVIDERS)))


def refresh_prices(provider: str, api_key: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                   source: PriceSource | None = None) -> RefreshReport:
    """Fetch and cache `provider`'s prices. RefreshError (one sentence) leaves the cache as it was.

    Runs in the caller's thread: the GUI calls it from a worker, never the UI thread.
    """
    if not api_key:
        raise RefreshError(Message(say.NO_KEY, provider=provider))
    src = source or source_for(provider)
    result = src.fetch(api_key, timeout_s)
    try:
        path = write_cache(src.provider, result.offers, result.fetched_at, result.endpoint,
                           result.notes)
    except OSError as exc:
        raise RefreshError(Message(say.NOT_SAVED, error=str(exc.strerror or exc))) from None
    return RefreshReport(src.provider, len(result.offers), result.endpoint, result.fetched_at,
                         path, result.notes)
