"""A rentable cloud GPU offer and its billing rules, from a dated price snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Tier = Literal["secure", "community", "spot", "serverless", "on-demand", "reserved"]


@dataclass(frozen=True, slots=True)
class CloudOffer:
    """One price line: `gpu_count` × `gpu_id` at `usd_per_hour` for the whole instance.

    Billing: usage is rounded up to `billing_granularity_s`, and never below `minimum_billed_s`
    per session. `start_overhead_s` is the typical time from request to a usable machine, which is
    billed on pod-style offers. Spot offers can be interrupted (`interruptible`).

    `always_on` offers (Runpod serverless active workers) bill every hour of the month whether
    used or not. `idle_billed_s` is the idle time billed after each session before the worker
    stops (serverless idle timeout). `gpu_pool` lists every GPU the offer may run on when the
    provider assigns one of several cards; `gpu_id` is then a slower card of the pool, so times
    lean pessimistic (no card is slowest at everything: a caller wanting the worst case per
    workload can evaluate every card of the pool). `usd_per_hour_range` is (low, high) when the
    source gives a range; `usd_per_hour` is then the typical figure the source names, or the
    range's midpoint.
    `origin` says whether the price comes from the shipped snapshot or a live refresh.
    """

    id: str
    provider: str
    gpu_id: str
    gpu_count: int
    tier: Tier
    usd_per_hour: float
    billing_granularity_s: float
    minimum_billed_s: float
    start_overhead_s: float
    storage_usd_per_gb_month: float
    interruptible: bool
    snapshot_date: str
    source: str
    notes: str = ""
    instance: str = ""  # the provider's instance type or plan name ("p5.48xlarge", "Large Pro")
    region: str = ""
    currency: str = "USD"  # the currency the provider bills in; usd_per_hour is always USD
    always_on: bool = False
    idle_billed_s: float = 0.0
    gpu_pool: tuple[str, ...] = ()
    usd_per_hour_range: tuple[float, float] | None = None
    vcpus: int | None = None
    ram_bytes: float | None = None
    billing_source: str = ""  # where the granularity and minimum come from
    start_source: str = ""  # where start_overhead_s comes from ("estimate: ..." when guessed)
    origin: Literal["shipped", "refreshed"] = "shipped"
    # A balance worth this much run time must be held to start it (Runpod: one hour); not billed.
    min_balance_s: float = 0.0

    @property
    def usd_per_gpu_hour(self) -> float:
        return self.usd_per_hour / self.gpu_count


@dataclass(frozen=True, slots=True)
class StoragePrice:
    """Persistent storage a provider sells next to its GPUs, per GB and month."""

    provider: str
    kind: str  # "network-volume", "pod-volume-running", ...
    usd_per_gb_month: float
    billing: str  # how it is metered, as the source says
    source: str
    date: str
    min_gb: float = 0.0
    max_gb: float | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Policy:
    """A provider's billing rule as its documentation states it (savings plans, spot, minimum
    balance...): `kind` is a short slug, `text` the rule in a line."""

    provider: str
    kind: str
    text: str
    source: str
    date: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CloudProvider:
    """A provider in the snapshot: its display name and the date of its main price list."""

    id: str
    name: str
    currency: str
    source: str
    snapshot_date: str | None  # None when the provider has only undated storage prices
    storage: tuple[StoragePrice, ...] = ()
    policies: tuple[Policy, ...] = ()
