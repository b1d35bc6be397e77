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
