"""The options a creator has: keep the current card, buy one, rent one, mix both, or (for a
studio) buy a multi-GPU box; and where each workload runs under each option.

Live work and private work never go to the cloud: under a rent plan they stay on the current
card. CPU-only work runs on the user's CPU under every option and costs no GPU time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from core.cost.local import NEW_PC_USD, STUDIO_BASE_USD, card_price_usd, psu_upgrade_usd
from core.perf.cardclass import diffusion_flops
from core.plan import wording
from core.schema import CloudOffer, GpuSpec, Profile, Workload
from core.schema.message import Message
from core.schema.plan import PlanKind, Where

STUDIO_SIZES = (2, 4, 8)


class PerfLike(Protocol):
    """What the recommender reads from core.perf.evaluate's PerfMatrix (rows: workloads,
    columns: device options)."""

    @property
    def t50(self) -> np.ndarray: ...
    @property
    def sigma(self) -> np.ndarray: ...
    @property
    def vram_required(self) -> np.ndarray: ...
    @property
    def fits(self) -> np.ndarray: ...
    @property
    def offload(self) -> np.ndarray: ...
    @property
    def runnable(self) -> np.ndarray: ...
    @property
    def power_w(self) -> np.ndarray: ...
    @property
    def notes(self) -> tuple[tuple[str, ...], ...]: ...


Evaluate = Callable[..., Any]  # core.perf.evaluate(workloads, gpus, n_gpus, host_ram_bytes=, host=)


@dataclass(frozen=True, slots=True)
class Option:
    """One candidate plan before costing. `place[w]` says where workload w runs."""

    id: str
    kind: PlanKind
    label: str
    local_gpu: GpuSpec | None
    local_n: int
    local_col: int  # column in the perf matrix for the local card (-1: none)
    purchase_usd: float  # cards bought (0 for what the user has)
    extra_usd: float  # PSU upgrade, studio chassis: paid once, no resale
    offer: CloudOffer | None
    cloud_col: int  # column for the rented card(s) (-1: none)
    place: tuple[Where, ...]
    # the user's other cards (a machine with two different GPUs): per workload, the local
    # matrix column of the owned card it runs on (empty: every local job on `local_col`)
    local_cols: tuple[int, ...] = ()
    owned: tuple[GpuSpec, ...] = ()  # the cards of those columns, in local_cols' order
    # overflow: per workload, the share of its jobs rented (on `offer`) because the local
    # card has no time left for them; the rest stays local (empty: none split)
    split: tuple[float, ...] = ()
    # every card in the PC under this plan where they are not all alike (a card added beside
    # the user's, owned cards of different kinds): each runs the jobs given to it (local_cols)
    # in its own hours, so each has its own capacity (empty: local_n × local_gpu, one pool)
    cards: tuple[GpuSpec, ...] = ()
    card_cols: tuple[int, ...] = ()  # each of `cards`' local matrix column
    # the card the user has where this plan adds one beside it (labels: "Add … beside your …")
    beside: GpuSpec | None = None

    def share_rented(self, w_index: int) -> float:
        return self.split[w_index] if self.split else 0.0

    def col_of(self, w_index: int) -> int:
        """The local matrix column workload `w_index` runs on."""
        return self.local_cols[w_index] if self.local_cols else self.local_col

    def gpu_of(self, w_index: int) -> GpuSpec | None:
        """The local card workload `w_index` runs on."""
        return self.owned[w_index] if self.owned else self.local_gpu


def is_gpu_work(w: Workload) -> bool:
    return w.kind != "cpu"


def cloud_allowed(w: Workload) -> bool:
    return is_gpu_work(w) and not w.live and not w.private and w.kind != "realtime"


def buy_candidates(gpus: Sequence[GpuSpec], profile: Profile) -> list[GpuSpec]:
    """Catalog cards the user could buy: a price is known and the form factor fits.

    Cards over the budget stay in (they are rejected with the reason, so the user sees why
    the card everyone talks about is not on the list); the PSU adds an upgrade, not a veto.
    """
    return [g for g in gpus
            if card_price_usd(g, profile.gpu_prices) is not None and can_buy(g, profile)]


def unpriced_cards(gpus: Sequence[GpuSpec], profile: Profile) -> list[GpuSpec]:
    """Cards the user could fit (form factor, region, Apple) that no plan buys for want of a
    price (a discontinued card with no dated used price: the RTX 4090 in late 2026), fastest
    first, desktop cards before workstation and data-centre ones (an RTX PRO 6000 or a B200 is
    not the card a creator misses)."""
    return sorted((g for g in gpus
                   if can_buy(g, profile) and card_price_usd(g, profile.gpu_prices) is None),
                  key=lambda g: (g.form_factor != "desktop", -diffusion_flops(g), g.name))


def can_buy(g: GpuSpec, profile: Profile) -> bool:
    if not g.sold_in_region(profile.region):
        return False  # e.g. the RTX 4090 D, sold only in China
    if g.vendor == "apple":
        # a price of the user's own for a Mac says they would buy one, as allow_apple does
        # (the window sets prices, and has no allow_apple switch)
        return profile.allow_apple or g.id in profile.gpu_prices
    if profile.form_factor == "desktop":
        return g.form_factor in ("desktop", "workstation")
    if profile.form_factor == "laptop":
        return g.form_factor == "laptop"
    return g.form_factor != "laptop"  # "any": a laptop GPU is not sold on its own


def studio_candidates(gpus: Sequence[GpuSpec],
                      prices: Mapping[str, float] | None = None) -> list[GpuSpec]:
    """Cards worth putting 2-8 of in a shared box: priced, not laptop/Apple, 16 GiB or more."""
    return [g for g in gpus if card_price_usd(g, prices) is not None and g.vendor != "apple"
            and g.form_factor in ("desktop", "workstation", "datacenter")
            and g.vram_bytes >= 16 * 1024**3]


def local_places(workloads: Sequence[Workload]) -> tuple[Where, ...]:
    return tuple("local" for _ in workloads)


def rent_places(workloads: Sequence[Workload]) -> tuple[Where, ...]:
    return tuple("cloud" if cloud_allowed(w) else "local" for w in workloads)


def needs_new_pc(current: GpuSpec | None, has_machine: bool) -> bool:
    """A bought desktop card needs a desktop: not so on a laptop, a Mac, or with no PC given."""
    return not has_machine or (current is not None and current.form_factor in ("laptop", "soc"))


def buy_option(gpu: GpuSpec, n: int, col: int, profile: Profile,
               workloads: Sequence[Workload], new_pc: bool = False,
               vat_rate: float = 0.0) -> Option:
    """Buying `n` of `gpu`. The catalog's prices are US prices before tax: where the region
    charges VAT on goods (`vat_rate`, from its tariff entry) the card costs that much more; a
    price the user typed is what they pay and is taken as it is."""
    price = card_price_usd(gpu, profile.gpu_prices)
    assert price is not None
    if gpu.id not in profile.gpu_prices:
        price *= 1.0 + vat_rate
    studio = n > 1
    if studio:
        extra = STUDIO_BASE_USD.value
    elif new_pc and gpu.form_factor in ("desktop", "workstation"):
        extra = NEW_PC_USD.value
    else:
        extra = psu_upgrade_usd(gpu, n, profile.psu_w)
    kind: PlanKind = "studio" if studio else "buy"
    item: str = gpu.name
    if studio:
        item = Message(wording.WORKSTATION, n=n, gpu=gpu.name)
    elif extra == NEW_PC_USD.value and new_pc:
        item = Message(wording.IN_NEW_PC, gpu=gpu.name)
    label = Message(wording.BUY, item=item)
    return Option(
        id=f"{kind}:{gpu.id}" + (f"x{n}" if studio else ""), kind=kind, label=label,
        local_gpu=gpu, local_n=n, local_col=col, purchase_usd=price * n, extra_usd=extra,
        offer=None, cloud_col=-1, place=local_places(workloads))


def offer_label(offer: CloudOffer, gpu_name: str, names: Mapping[str, str],
                which: str = "") -> Message:
    """"Rent 2× RTX 4090 (Runpod Community)"; `which` tells apart offers that read the same
    (instance, region)."""
    gpu = offer_gpu(offer, gpu_name)
    provider = wording.provider_name(offer.provider, names)
    if which:
        return Message(wording.RENT_WHICH, gpu=gpu, provider=provider,
                       tier=wording.tier(offer.tier), which=which)
    return Message(wording.RENT, gpu=gpu, provider=provider, tier=wording.tier(offer.tier))


def count_name(n: int, name: str) -> str:
    """`n` cards of one kind as a plan names them: "2× RTX 4090", "RTX 4090" for one."""
    return f"{n}× {name}" if n > 1 else name


def card_counts(cards: Sequence[GpuSpec]) -> dict[str, tuple[GpuSpec, int]]:
    """Each kind of card among `cards` (by id, in the order first met) and how many."""
    out: dict[str, tuple[GpuSpec, int]] = {}
    for g in cards:
        out[g.id] = (g, out[g.id][1] + 1 if g.id in out else 1)
    return out


def cards_name(cards: Sequence[GpuSpec]) -> str:
    """The cards of a PC as a person lists them: "2× RTX 4090 + RTX 3060"."""
    return " + ".join(count_name(n, g.name) for g, n in card_counts(cards).values())


def offer_gpu(offer: CloudOffer, gpu_name: str) -> str:
    """The cards an offer rents, as its plan's label names them: "2× RTX 4090", "RTX 4090"."""
    return count_name(offer.gpu_count, gpu_name)


__all__ = [
    "STUDIO_SIZES",
    "Evaluate",
    "Option",
    "PerfLike",
    "buy_candidates",
    "buy_option",
    "can_buy",
    "cloud_allowed",
    "is_gpu_work",
    "local_places",
    "needs_new_pc",
    "offer_gpu",
    "offer_label",
    "rent_places",
    "studio_candidates",
    "unpriced_cards",
]
