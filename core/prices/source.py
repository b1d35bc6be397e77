"""The interface a price provider implements, and what a fetch returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from core.schema import CloudOffer


class RefreshError(Exception):
    """A refresh failed; `str()` is one sentence saying why. The previous prices are kept.

    `kind` sorts the cause: "auth" (key refused), "timeout", "network" (unreachable), "server"
    (HTTP 5xx/429), "format" (an answer that is not a usable price list), or "other".
    """

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        # a Message (core.prices.wording) where the sentence is one of ours: the window says
        # it in the user's language; str() is its English either way
        self.message = message
        self.kind = kind


@dataclass(frozen=True, slots=True)
class FetchResult:
    """Validated offers from one fetch, and a note for every row that was dropped."""

    provider: str
    offers: tuple[CloudOffer, ...]
    fetched_at: datetime  # UTC
    endpoint: str  # which API answered, in words ("Runpod REST catalog")
    notes: tuple[str, ...] = ()


class PriceSource(Protocol):
    """A provider's live price list. `fetch` never writes anything; the caller caches.

    `fetch` returns validated offers (GPU ids from the GPU catalog, prices in range) or raises
    RefreshError with one sentence. Each request it makes must finish within `timeout_s` (a
    source with a fallback, like Runpod's, makes at most two); it sends the API key only to the
    provider over HTTPS and never puts the key in errors or notes.
    """

    provider: str  # id used in offers and in the cache file name ("runpod")
    name: str  # for messages ("Runpod")

    def fetch(self, api_key: str, timeout_s: float) -> FetchResult: ...
