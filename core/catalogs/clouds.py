"""Load assets/catalogs/clouds/*.toml: cloud GPU offers, their billing rules and storage prices.

One file per provider, generated from ../shared/reference/cloud_prices.csv by
tools/build_cloud_catalog.py: a `[provider]` table, `[[offer]]` tables (one price line each) and
`[[storage]]` tables. The same offer keys are used for refreshed prices in the user cache
(core.prices), so both go through `offer_from_entry`.

`load_catalog()` is the shipped snapshot; the offers RigSizer plans with are that snapshot with
any refreshed prices laid over it (`core.prices.current_offers`), merged once when the
catalogs are loaded (`core.catalogs.bundle.load_catalogs`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
    toml_files,
)
from core.paths import catalogs_dir
from core.schema import CloudOffer, CloudProvider, Policy, StoragePrice
from core.units import GIB, WEEK

TIERS = ("secure", "community", "spot", "serverless", "on-demand", "reserved")
MAX_USD_PER_HOUR = 1000.0  # a whole 8-GPU B200 machine is under $100/h; more is a typo

OFFER_KEYS = (
    Key("id"),
    Key("gpu_id"),
    Key("gpu_count", "int", maximum=64),
    Key("tier", choices=TIERS),
    Key("usd_per_hour", "number", maximum=MAX_USD_PER_HOUR),
    Key("usd_per_hour_low", "number", required=False, maximum=MAX_USD_PER_HOUR),
    Key("usd_per_hour_high", "number", required=False, maximum=MAX_USD_PER_HOUR),
    Key("gpu_pool", "str_list", required=False),
    Key("instance", required=False),
    Key("region", required=False),
    Key("vcpus", "int", required=False, maximum=1024),
    Key("ram_gib", "number", required=False, maximum=65536),
    Key("billing_granularity_s", "number", maximum=WEEK),
    Key("minimum_billed_s", "number", maximum=366 * 86400.0),
    Key("billing_source"),
    Key("start_overhead_s", "number", nonnegative=True, maximum=86400.0),
    Key("start_source"),
    Key("storage_usd_per_gb_month", "number", nonnegative=True, maximum=100.0),
    Key("interruptible", "bool"),
    Key("always_on", "bool"),
    Key("idle_billed_s", "number", required=False, nonnegative=True, maximum=86400.0),
    Key("idle_source", required=False),
    Key("min_balance_s", "number", required=False, nonnegative=True, maximum=WEEK),
    Key("min_balance_source", required=False),
    Key("snapshot_date", "date"),
    Key("source"),
    Key("csv_gpu", required=False),
    Key("csv_tier", required=False),
    Key("csv_file", required=False),
    Key("date_as_stated", required=False),
    Key("notes", required=False),
)

PROVIDER_KEYS = (
    Key("id"),
    Key("name"),
    Key("currency"),
    Key("source"),
    Key("snapshot_date", "date", required=False),
)

POLICY_KEYS = (
    Key("kind"),
    Key("text"),
    Key("source"),
    Key("date", "date"),
    Key("notes", required=False),
)

STORAGE_KEYS = (
    Key("kind"),
    Key("usd_per_gb_month", "number"),
    Key("min_gb", "number", required=False, nonnegative=True),
    Key("max_gb", "number", required=False),
    Key("billing"),
    Key("source"),
    Key("date"),  # as the source states it, which may be "undated"
    Key("notes", required=False),
)


@dataclass(frozen=True, slots=True)
class CloudCatalog:
    """Everything in a clouds folder: offers in file order, providers by id, and the file each
    offer came from (by offer id, for messages)."""

    offers: tuple[CloudOffer, ...]
    providers: Mapping[str, CloudProvider]
    files: Mapping[str, str] = field(default_factory=dict)


def offer_from_entry(raw: Any, file: str, index: int, provider: str,
                     origin: str = "shipped") -> CloudOffer:
    """Validate one `[[offer]]` table (or one cached refreshed offer) into a CloudOffer."""
    v = check_entry(raw, OFFER_KEYS, file, f"#{index + 1}")
    ident = v["id"]

    def fail(message: str, key: str) -> CatalogError:
        return CatalogError(file, message, ident, key)

    low, high = v.get("usd_per_hour_low"), v.get("usd_per_hour_high")
    if (low is None) != (high is None):
        raise fail("a price range needs both usd_per_hour_low and usd_per_hour_high",
                   "usd_per_hour_low")
    if low is not None and high is not None and not low <= v["usd_per_hour"] <= high:
        raise fail(f"must lie within usd_per_hour_low..usd_per_hour_high ({low:g}..{high:g})",
                   "usd_per_hour")
    pool = v.get("gpu_pool", ())
    if pool and v["gpu_id"] not in pool:
        raise fail("gpu_id must be one of gpu_pool", "gpu_id")
    if v["minimum_billed_s"] < v["billing_granularity_s"]:
        raise fail("cannot be shorter than billing_granularity_s", "minimum_billed_s")
    if v.get("idle_billed_s", 0.0) > 0 and "idle_source" not in v:
        raise fail("an idle billing time needs its source", "idle_source")
    if v.get("min_balance_s", 0.0) > 0 and "min_balance_source" not in v:
        raise fail("a minimum balance needs its source", "min_balance_source")
    notes = v.get("notes", "")
    if "idle_source" in v:
        notes = f"{notes} Idle billing: {v['idle_source']}.".strip()
    if "min_balance_source" in v:
        notes = f"{notes} Minimum balance: {v['min_balance_source']}.".strip()
    return CloudOffer(
        id=ident,
        provider=provider,
        gpu_id=v["gpu_id"],
        gpu_count=v["gpu_count"],
        tier=v["tier"],
        usd_per_hour=float(v["usd_per_hour"]),
        billing_granularity_s=float(v["billing_granularity_s"]),
        minimum_billed_s=float(v["minimum_billed_s"]),
        start_overhead_s=float(v["start_overhead_s"]),
        storage_usd_per_gb_month=float(v["storage_usd_per_gb_month"]),
        interruptible=v["interruptible"],
        snapshot_date=v["snapshot_date"],
        source=v["source"],
        notes=notes,
        instance=v.get("instance", ""),
        region=v.get("region", ""),
        always_on=v["always_on"],
        idle_billed_s=float(v.get("idle_billed_s", 0.0)),
        gpu_pool=pool,
        usd_per_hour_range=None if low is None or high is None else (float(low), float(high)),
        vcpus=v.get("vcpus"),
        ram_bytes=v["ram_gib"] * GIB if "ram_gib" in v else None,
        billing_source=v["billing_source"],
        start_source=v["start_source"],
        origin="refreshed" if origin == "refreshed" else "shipped",
        min_balance_s=float(v.get("min_balance_s", 0.0)),
    )


def storage_from_entry(raw: Any, file: str, index: int, provider: str) -> StoragePrice:
    v = check_entry(raw, STORAGE_KEYS, file, f"storage #{index + 1}")
    if "max_gb" in v and v["max_gb"] <= v.get("min_gb", 0.0):
        raise CatalogError(file, "must be above min_gb", f"storage #{index + 1}", "max_gb")
    return StoragePrice(
        provider=provider,
        kind=v["kind"],
        usd_per_gb_month=float(v["usd_per_gb_month"]),
        billing=v["billing"],
        source=v["source"],
        date=v["date"],
        min_gb=float(v.get("min_gb", 0.0)),
        max_gb=v.get("max_gb"),
        notes=v.get("notes", ""),
    )


def _provider_file(path: Path) -> tuple[CloudProvider, list[CloudOffer]]:
    file = display_name(path)
    doc = read_toml(path)
    allowed = {"provider", "offer", "storage", "policy"}
    for name in doc:
        if name not in allowed:
            raise CatalogError(file, "unknown table (typo?)", key=name)
    if "provider" not in doc:
        raise CatalogError(file, "needs a [provider] table")
    p = check_entry(doc["provider"], PROVIDER_KEYS, file, "provider")
    if p["id"] != path.stem:
        raise CatalogError(file, f"must match the file name '{path.stem}'", "provider", "id")
    storage = tuple(storage_from_entry(raw, file, i, p["id"])
                    for i, raw in enumerate(entries(doc, "storage", file)
                                            if "storage" in doc else ()))
    raw_offers = entries(doc, "offer", file) if "offer" in doc or not storage else []
    offers = [offer_from_entry(raw, file, i, p["id"]) for i, raw in enumerate(raw_offers)]
    if offers and "snapshot_date" not in p:
        raise CatalogError(file, "is required when the file has offers", "provider",
                           "snapshot_date")
    policies = tuple(
        Policy(p["id"], v["kind"], v["text"], v["source"], v["date"], v.get("notes", ""))
        for v in (check_entry(raw, POLICY_KEYS, file, f"policy #{i + 1}")
                  for i, raw in enumerate(entries(doc, "policy", file) if "policy" in doc
                                          else ())))
    provider = CloudProvider(id=p["id"], name=p["name"], currency=p["currency"],
                             source=p["source"], snapshot_date=p.get("snapshot_date"),
                             storage=storage, policies=policies)
    return provider, offers


def load_clouds_from(folder: Path) -> CloudCatalog:
    """Load and validate every provider file in `folder`; the first problem raises CatalogError."""
    providers: dict[str, CloudProvider] = {}
    offers: list[CloudOffer] = []
    origin: list[tuple[str, str]] = []
    for path in toml_files(folder):
        provider, file_offers = _provider_file(path)
        providers[provider.id] = provider
        offers.extend(file_offers)
        origin.extend((o.id, display_name(path)) for o in file_offers)
    if not offers:
        raise CatalogError(display_name(folder), "has no cloud offers")
    check_unique(origin, "offer")
    return CloudCatalog(offers=tuple(offers), providers=providers, files=dict(origin))


def unknown_gpu_errors(catalog: CloudCatalog, known: set[str]) -> list[CatalogError]:
    """One error per offer whose GPU (or a GPU of its pool) is not in the GPU catalog, naming
    its file, offer and key: no time can be estimated for such an offer."""
    out = []
    for o in catalog.offers:
        for key, ids in (("gpu_id", (o.gpu_id,)), ("gpu_pool", o.gpu_pool)):
            missing = [g for g in ids if g not in known]
            if missing:
                out.append(CatalogError(catalog.files.get(o.id, "clouds"),
                                        f"GPU '{missing[0]}' is not in the GPU catalog", o.id,
                                        key))
                break
    return out


@cache
def load_catalog() -> CloudCatalog:
    """The shipped snapshot (read once per process)."""
    return load_clouds_from(catalogs_dir() / "clouds")


def load_snapshot() -> tuple[CloudOffer, ...]:
    """The offers of the shipped snapshot, ignoring any refreshed prices."""
    return load_catalog().offers


def load_providers() -> Mapping[str, CloudProvider]:
    return load_catalog().providers


__all__ = [
    "OFFER_KEYS",
    "TIERS",
    "CloudCatalog",
    "load_catalog",
    "load_clouds_from",
    "load_providers",
    "load_snapshot",
    "offer_from_entry",
    "storage_from_entry",
    "unknown_gpu_errors",
]
