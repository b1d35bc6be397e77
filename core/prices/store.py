"""The refreshed-price cache: atomic writes, validated reads, and the offers in use right now.

One JSON file per provider in `<user cache>/prices/<provider>.json` (`RIGSIZER_CACHE_DIR`
overrides the cache folder). A refreshed provider's offers replace the snapshot's pod-style
offers for the same GPUs; everything else (serverless, multi-GPU machines, other providers)
stays from the snapshot. A cache file that cannot be read is ignored with a note, never fatal.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from core.atomic_file import write_text_atomic
from core.catalogs._validate import CatalogError
from core.catalogs.clouds import CloudCatalog, offer_from_entry
from core.schema import CloudOffer, CloudProvider
from core.units import GIB

SCHEMA_VERSION = 1
APP_NAME = "RigSizer"
# Tiers a refresh of pod prices covers: a refreshed GPU's old prices in these tiers are replaced.
POD_TIERS = frozenset({"secure", "community", "spot", "on-demand"})
_PROVIDER_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
_MAX_CACHE_BYTES = 4 * 1024 * 1024


def cache_dir() -> Path:
    """The user's cache folder for RigSizer ($RIGSIZER_CACHE_DIR, else the platform's)."""
    override = os.environ.get("RIGSIZER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def cache_path(provider: str) -> Path:
    if not _PROVIDER_ID.match(provider):
        raise ValueError(f"not a provider id: {provider!r}")
    return cache_dir() / "prices" / f"{provider}.json"


# --- writing ------------------------------------------------------------------------------------

def offer_to_entry(offer: CloudOffer) -> dict[str, Any]:
    """The cache form of an offer: the same keys as an [[offer]] table in the snapshot files."""
    entry: dict[str, Any] = {
        "id": offer.id,
        "gpu_id": offer.gpu_id,
        "gpu_count": offer.gpu_count,
        "tier": offer.tier,
        "usd_per_hour": offer.usd_per_hour,
        "billing_granularity_s": offer.billing_granularity_s,
        "minimum_billed_s": offer.minimum_billed_s,
        "billing_source": offer.billing_source or "not stated",
        "start_overhead_s": offer.start_overhead_s,
        "start_source": offer.start_source or "not stated",
        "storage_usd_per_gb_month": offer.storage_usd_per_gb_month,
        "interruptible": offer.interruptible,
        "always_on": offer.always_on,
        "snapshot_date": offer.snapshot_date,
        "source": offer.source,
    }
    if offer.usd_per_hour_range is not None:
        entry["usd_per_hour_low"], entry["usd_per_hour_high"] = offer.usd_per_hour_range
    optional: dict[str, Any] = {
        "gpu_pool": list(offer.gpu_pool), "instance": offer.instance, "region": offer.region,
        "vcpus": offer.vcpus, "notes": offer.notes,
        "ram_gib": None if offer.ram_bytes is None else offer.ram_bytes / GIB,
    }
    entry.update({k: v for k, v in optional.items() if v})
    if offer.idle_billed_s > 0:
        entry["idle_billed_s"] = offer.idle_billed_s
        entry["idle_source"] = "as the shipped Runpod serverless offers"
    if offer.min_balance_s > 0:
        entry["min_balance_s"] = offer.min_balance_s
        entry["min_balance_source"] = "as the shipped Runpod pod offers"
    return entry


def write_atomic(path: Path, text: str) -> None:
    """Write `text` so that `path` holds either the old or the new content, never a mix
    (core.atomic_file), creating the cache folder first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)


def write_cache(provider: str, offers: Iterable[CloudOffer], fetched_at: datetime,
                endpoint: str, notes: Iterable[str] = ()) -> Path:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "provider": provider,
        "fetched_at": fetched_at.astimezone(UTC).isoformat(timespec="seconds"),
        "endpoint": endpoint,
        "notes": list(notes),
        "offers": [offer_to_entry(o) for o in offers],
    }
    path = cache_path(provider)
    write_atomic(path, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return path


# --- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CachedPrices:
    provider: str
    offers: tuple[CloudOffer, ...]
    fetched_at: datetime
    endpoint: str
    path: Path
    notes: tuple[str, ...]
    # what reading the file found wrong with it but could work around (a dropped offer, an
    # ignored field): shown with the prices, unlike the refresh's own saved notes
    read_notes: tuple[str, ...] = ()


class CacheError(ValueError):
    """The cache file is unusable; `str()` says why in one sentence."""


def read_cache(provider: str, known_gpus: set[str] | None = None,
               now: datetime | None = None) -> CachedPrices | None:
    """The cached refresh for `provider`, None when there is none; CacheError when unusable.

    Offers whose GPU is no longer in `known_gpus` are dropped with a note.
    """
    path = cache_path(provider)
    if not path.is_file():
        return None
    label = f"prices/{path.name}"
    try:
        if path.stat().st_size > _MAX_CACHE_BYTES:
            raise CacheError(f"{label} is too large to be a price cache")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CacheError(f"{label} cannot be read ({type(exc).__name__})") from None
    if not isinstance(doc, dict):
        raise CacheError(f"{label} is not a price cache")
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise CacheError(f"{label} has schema version {doc.get('schema_version')!r}, "
                         f"expected {SCHEMA_VERSION}")
    if doc.get("provider") != provider:
        raise CacheError(f"{label} holds prices of another provider")
    try:
        fetched_at = datetime.fromisoformat(str(doc.get("fetched_at")))
    except ValueError:
        raise CacheError(f"{label} has no valid fetch time") from None
    if fetched_at.tzinfo is None:
        raise CacheError(f"{label} has a fetch time without a time zone")
    try:  # year 1 at +14:00 is before the first instant a datetime can hold in UTC
        fetched_at = fetched_at.astimezone(UTC)
    except (OverflowError, ValueError):
        raise CacheError(f"{label} has no valid fetch time") from None
    now = now or datetime.now(UTC)
    if (fetched_at - now).total_seconds() > 86400:
        raise CacheError(f"{label} claims a fetch time in the future")
    raw_offers = doc.get("offers")
    if not isinstance(raw_offers, list) or not raw_offers:
        raise CacheError(f"{label} holds no offers")
    raw_notes = doc.get("notes", [])
    read_notes: list[str] = []
    if isinstance(raw_notes, list):
        notes = [n for n in raw_notes if isinstance(n, str)][:200]
    else:  # the refresh's own remarks: the offers are still good without them
        notes = []
        read_notes.append(f"{label}: field 'notes' must be a list of text, got "
                          f"{repr(raw_notes)[:40]}; ignored it")
    offers: list[CloudOffer] = []
    try:
        for i, raw in enumerate(raw_offers):
            offer = offer_from_entry(raw, label, i, provider, origin="refreshed")
            if known_gpus is not None and offer.gpu_id not in known_gpus:
                read_notes.append(f"dropped cached offer '{offer.id}': GPU '{offer.gpu_id}' is "
                                  "no longer in the GPU catalog")
                continue
            offers.append(offer)
    except CatalogError as exc:
        raise CacheError(str(exc)) from None
    if not offers:
        raise CacheError(f"{label} holds no offer for a known GPU")
    return CachedPrices(provider, tuple(offers), fetched_at, str(doc.get("endpoint", "")), path,
                        tuple(notes + read_notes), tuple(read_notes))


# --- what is in use -----------------------------------------------------------------------------

STALE_DAYS = 90  # a price older than this gets a warning and the offer to refresh


@dataclass(frozen=True, slots=True)
class ProviderPrices:
    """Where one provider's prices come from right now.

    Every offer keeps its own date (`CloudOffer.snapshot_date`, the date its source gives; the
    fetch date for a refreshed one): `newest` and `oldest` are the range of those dates over
    the provider's offers, `n_stale` how many are older than STALE_DAYS. `as_of` is `newest`
    for shipped prices, the refresh time (ISO 8601 UTC) for refreshed ones.
    """

    provider: str
    name: str
    origin: Literal["shipped", "refreshed"]
    as_of: str  # the newest offer date, or the refresh time in ISO 8601 UTC
    age_s: float
    source: str
    n_offers: int
    # After a refresh, offers the refresh does not cover (serverless, multi-GPU) stay from the
    # snapshot: how many, and the snapshot's date.
    n_from_snapshot: int = 0
    snapshot_date: str | None = None
    newest: str = ""
    oldest: str = ""
    n_stale: int = 0

    def dates(self) -> str:
        """"2026-11-09", or "2025-07-13 to 2026-11-09" when the offers' dates differ."""
        if not self.oldest or self.oldest == self.newest:
            return self.newest or self.as_of
        return f"{self.oldest} to {self.newest}"

    def describe(self) -> str:
        stale = (f"; {self.n_stale} of {self.n_offers} older than {STALE_DAYS} days"
                 if self.n_stale else "")
        if self.origin == "refreshed":
            when = self.as_of.replace("T", " ").replace("+00:00", " UTC")
            text = f"{self.name} prices refreshed {when} ({format_age(self.age_s)} ago)"
            if self.n_from_snapshot:
                text += (f", {self.n_from_snapshot} other {self.name} offers from the shipped "
                         f"snapshot, dated {self.dates()}{stale}")
            return text
        return (f"{self.name} prices dated {self.dates()} (shipped snapshot, newest "
                f"{format_age(self.age_s)} old{stale})")


@dataclass(frozen=True, slots=True)
class PriceSnapshotInfo:
    """Which snapshot each provider's prices come from, how old they are, and any warnings."""

    providers: tuple[ProviderPrices, ...]
    notes: tuple[str, ...] = ()

    @property
    def refreshed(self) -> bool:
        return any(p.origin == "refreshed" for p in self.providers)

    def for_provider(self, provider: str) -> ProviderPrices | None:
        return next((p for p in self.providers if p.provider == provider), None)

    def describe(self) -> str:
        return "; ".join(p.describe() for p in self.providers) + "."


def format_age(seconds: float) -> str:
    seconds = max(0.0, seconds)
    for unit, size in (("day", 86400.0), ("hour", 3600.0), ("minute", 60.0)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "less than a minute"


def _date_age_s(date: str, now: datetime) -> float:
    parts = [int(p) for p in date.split("-")] + [1]
    day = datetime(parts[0], parts[1], parts[2], tzinfo=UTC)
    return max(0.0, (now - day).total_seconds())


def merge_offers(snapshot: Iterable[CloudOffer],
                 refreshed: Mapping[str, tuple[CloudOffer, ...]]) -> tuple[CloudOffer, ...]:
    """Snapshot offers with each refreshed provider's single-GPU pod offers replaced.

    For every GPU a refresh covers, the snapshot's offers of that provider in the pod tiers
    (one GPU) are dropped, and so are its serverless workers whose GPU (or a GPU of whose pool)
    the refresh prices as serverless; the refreshed offers are added. Multi-GPU machines are not
    in the price list and stay.
    """
    pods = {(p, o.gpu_id) for p, offers in refreshed.items() for o in offers
            if o.tier in POD_TIERS}
    serverless = {(p, o.gpu_id) for p, offers in refreshed.items() for o in offers
                  if o.tier == "serverless"}

    def replaced(o: CloudOffer) -> bool:
        if o.tier in POD_TIERS:
            return o.gpu_count == 1 and (o.provider, o.gpu_id) in pods
        if o.tier == "serverless" and not o.always_on:
            return any((o.provider, g) in serverless for g in (o.gpu_id, *o.gpu_pool))
        return False

    kept = [o for o in snapshot if not replaced(o)]
    for offers in refreshed.values():
        kept.extend(offers)
    return tuple(kept)


def current_offers(snapshot: CloudCatalog, known_gpus: set[str] | None,
                   now: datetime | None = None
                   ) -> tuple[tuple[CloudOffer, ...], PriceSnapshotInfo]:
    """The offers to plan with (`snapshot` with the user's refreshed prices laid over it) and
    which snapshot each provider's prices come from. Cached offers whose GPU is not in
    `known_gpus` are dropped (None: nothing is dropped).

    Never raises for a bad cache: it is skipped and `info.notes` says why.
    """
    now = now or datetime.now(UTC)
    refreshed: dict[str, tuple[CloudOffer, ...]] = {}
    cached: dict[str, CachedPrices] = {}
    notes: list[str] = []
    for provider in snapshot.providers.values():
        try:
            got = read_cache(provider.id, known_gpus, now)
        except CacheError as exc:
            notes.append(f"The refreshed {provider.name} prices were not used: {exc}; using the "
                         "shipped snapshot.")
            continue
        if got is not None:
            cached[provider.id] = got
            refreshed[provider.id] = got.offers
            notes.extend(got.read_notes)
    offers = merge_offers(snapshot.offers, refreshed)
    infos = [_provider_info(p, offers, cached.get(p.id), now)
             for p in snapshot.providers.values() if any(o.provider == p.id for o in offers)]
    return offers, PriceSnapshotInfo(tuple(infos), tuple(notes))


def date_age_days(date: str, now: datetime | None = None) -> float:
    """Days from a price's date (YYYY-MM-DD, YYYY-MM, or an ISO time) to `now`."""
    now = now or datetime.now(UTC)
    if "T" in date:
        when = datetime.fromisoformat(date)
        return max(0.0, (now - when).total_seconds() / 86400.0)
    return _date_age_s(date, now) / 86400.0


def stale_age(date: str, now: datetime | None = None,
              days: float = STALE_DAYS) -> float | None:
    """Days since a price's date where that is more than `days` (a price that old is shown
    with its age and warned about), else None."""
    age = date_age_days(date, now)
    return age if age > days else None


def offer_date(offer: CloudOffer) -> str:
    """The one date of an offer's price, as every view shows it."""
    return offer.snapshot_date


def stale_offers(offers: Iterable[CloudOffer], now: datetime | None = None,
                 days: float = STALE_DAYS) -> list[tuple[CloudOffer, float]]:
    """(offer, age in days) for each offer whose price is older than `days`."""
    now = now or datetime.now(UTC)
    aged = ((o, stale_age(offer_date(o), now, days)) for o in offers)
    return [(o, age) for o, age in aged if age is not None]


def _provider_info(provider: CloudProvider, offers: tuple[CloudOffer, ...],
                   cached: CachedPrices | None, now: datetime) -> ProviderPrices:
    mine = [o for o in offers if o.provider == provider.id]
    n = len(mine)
    dates = sorted({offer_date(o) for o in mine})  # ISO dates sort as text
    oldest, newest = (dates[0], dates[-1]) if dates else ("", "")
    n_stale = len(stale_offers(mine, now))
    if cached is not None:
        old = [o for o in mine if o.origin == "shipped"]
        old_dates = sorted({offer_date(o) for o in old})
        return ProviderPrices(provider.id, provider.name, "refreshed",
                              cached.fetched_at.astimezone(UTC).isoformat(timespec="seconds"),
                              max(0.0, (now - cached.fetched_at).total_seconds()),
                              cached.endpoint, n, len(old), provider.snapshot_date,
                              newest=old_dates[-1] if old_dates else "",
                              oldest=old_dates[0] if old_dates else "",
                              n_stale=len(stale_offers(old, now)))
    date = newest or provider.snapshot_date or "undated"
    age = _date_age_s(date, now) if date != "undated" else 0.0
    return ProviderPrices(provider.id, provider.name, "shipped", date, age, provider.source, n,
                          newest=newest, oldest=oldest, n_stale=n_stale)

