"""How old the prices a plan uses are: a warning for each one older than STALE_DAYS.

Every cloud offer has one date (its price source's date, or the day it was refreshed); the
planner says so next to the recommendation, and warns when that date is more than STALE_DAYS
before today, offering the refresh. Purchase prices carry their dates too (street, used, machine
or launch price); an old launch price is not warned about here: it is what the card costs new
when nothing newer is known, and its kind and date are shown beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from core.plan import wording
from core.plan.options import offer_gpu
from core.prices.store import STALE_DAYS, stale_age, stale_offers
from core.schema import CloudOffer, GpuSpec, Tariff
from core.schema.message import Message
from core.schema.plan import Plan


def stale_price_warnings(plans: Sequence[Plan], offers: Iterable[CloudOffer],
                         now: datetime | None = None, days: float = STALE_DAYS,
                         names: Mapping[str, str] | None = None,
                         gpus: Mapping[str, GpuSpec] | None = None) -> tuple[str, ...]:
    """One sentence per offer the recommended plan (plans[0]) rents whose price is older than
    `days`, oldest first; each offer named as the plan's label names it: its card (`gpus`:
    the catalog's GPUs by id), its provider by its own name (`names`:
    Catalogs.provider_names) and its tier, never by the offer's id."""
    if not plans or not plans[0].offer_ids:
        return ()
    used = [o for o in offers if o.id in plans[0].offer_ids]
    old = sorted(stale_offers(used, now or datetime.now(UTC), days), key=lambda x: -x[1])
    return tuple(Message(wording.STALE_PRICE, gpu=offer_gpu(o, _gpu_name(o.gpu_id, gpus or {})),
                         provider=wording.provider_name(o.provider, names or {}),
                         tier=wording.tier(o.tier),
                         date=o.snapshot_date, days=int(age), limit=int(days))
                 for o, age in old)


def _gpu_name(gpu_id: str, gpus: Mapping[str, GpuSpec]) -> str:
    gpu = gpus.get(gpu_id)
    return gpu.name if gpu is not None else gpu_id


# The electricity price is worth a warning when it is at least this share of the plan's cost:
# every shipped tariff is older than 90 days (the newest sources are from 2024-2025), and for a
# plan that rents nearly everything a stale price moves nothing.
TARIFF_WEIGHT = 0.10


def stale_tariff_warning(plan: Plan | None, tariff: Tariff, region: str,
                         now: datetime | None = None, days: float = STALE_DAYS) -> str:
    """A sentence when the electricity price `plan` (the recommended one) pays is older than
    `days` and makes up TARIFF_WEIGHT of its cost or more; "" otherwise (the user's own price
    is dated the day it is used). `region`: the tariff's region by name."""
    if plan is None or plan.monthly_cost_p50 <= 0 or not tariff.date:
        return ""
    energy = sum(v for k, v in plan.cost_breakdown.items()
                 if getattr(k, "template", k) == wording.ELECTRICITY)
    share = energy / plan.monthly_cost_p50
    age = stale_age(tariff.date, now or datetime.now(UTC), days)
    if share < TARIFF_WEIGHT or age is None:
        return ""
    return Message(wording.STALE_TARIFF, region=region, date=tariff.date, days=int(age),
                   share=round(100 * share))


__all__ = ["TARIFF_WEIGHT", "stale_price_warnings", "stale_tariff_warning"]
