"""Step 2 of a plan: the options to weigh. Keep the card the user has, buy one that does better,
rent an offer, keep or buy a card and rent for the jobs it cannot do (hybrids), and for a
studio a box of several cards. Each option says where each workload runs (core.plan.options has
the pieces: Option, buy_option, the places).

A purchase that gains nothing over the current card is never offered (`no_better`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from core.cost import rental as cost_rental
from core.cost.local import PSU_LOAD_SHARE, PSU_UPGRADE_USD, REST_OF_PC_W
from core.perf import memory_rule
from core.plan import reasons as say
from core.plan import wording
from core.plan.feasibility import MAX_OFFLOAD_RATIO, Z90, at, is_hourly
from core.plan.inputs import Inputs, current_card, other_cards
from core.plan.judge import Judge
from core.plan.options import (
    STUDIO_SIZES,
    Option,
    PerfLike,
    buy_candidates,
    buy_option,
    cards_name,
    cloud_allowed,
    count_name,
    is_gpu_work,
    local_places,
    needs_new_pc,
    offer_label,
    rent_places,
    studio_candidates,
)
from core.schema import CloudOffer, GpuSpec, Workload
from core.schema.message import Join, Message, Money, Param
from core.schema.plan import Where


@dataclass(frozen=True, slots=True)
class Cards:
    """The cards of a run and their columns in the two perf matrices."""

    current: GpuSpec | None
    n_current: int
    buys: list[GpuSpec]
    studios: list[GpuSpec]
    local_specs: list[GpuSpec]  # columns of the local matrix (current, buys, studio cards)
    local_col: dict[str, int]
    cloud_keys: list[tuple[str, int]]  # columns of the cloud matrix: (GPU id, count)
    cloud_col: dict[tuple[str, int], int]
    others: tuple[GpuSpec, ...] = ()  # the user's other, different cards


def cards(inp: Inputs) -> Cards:
    """The card the user has, the cards they could buy, and the rented configurations."""
    current, n_current = current_card(inp.machine)
    buys = [g for g in buy_candidates(inp.gpus, inp.profile)
            if current is None or g.id != current.id]
    studios = (studio_candidates(inp.gpus, inp.profile.gpu_prices)
               if inp.profile.creator_type == "small_studio" else [])
    others = other_cards(inp.machine, current)
    local_specs: list[GpuSpec] = []
    local_col: dict[str, int] = {}
    for g in ([current] if current is not None else []) + others + buys + studios:
        if g.id not in local_col:
            local_col[g.id] = len(local_specs)
            local_specs.append(g)
    cloud_keys: list[tuple[str, int]] = []
    cloud_col: dict[tuple[str, int], int] = {}
    for o in inp.offers:
        key = (o.gpu_id, o.gpu_count)
        if key not in cloud_col:
            cloud_col[key] = len(cloud_keys)
            cloud_keys.append(key)
    return Cards(current, n_current, buys, studios, local_specs, local_col, cloud_keys,
                 cloud_col, tuple(others))


def keep_option(inp: Inputs, c: Cards, judge: Judge) -> Option:
    """Keep what the user has. Two identical cards are "your 2× RTX 4090"; a second, different
    card takes the jobs the first cannot do within their limits, or does faster: each workload
    runs on the owned card that meets its limits soonest."""
    current = c.current
    assert current is not None
    n = max(1, c.n_current)
    name = count_name(n, current.name)
    places = local_places(inp.workloads)
    base = Option("keep", "keep", Message(wording.KEEP, gpu=name), current, n,
                  c.local_col[current.id], 0.0, 0.0, None, -1, places)
    if not c.others:
        return base
    owned = (current, *c.others)
    cols, gpus = _best_cards(inp, c, judge, owned)
    # every card, as many of each kind as the PC has (other_cards keeps one of each kind:
    # two RTX 4090s listed after a 3060 had counted as one)
    assert inp.machine is not None  # others come from it
    every = (current,) * n + tuple(
        g.spec for g in inp.machine.gpus if g.spec is not None and g.integrated is not True
        and g.spec.id != current.id and g.spec.id in c.local_col)
    return Option("keep", "keep", Message(wording.KEEP, gpu=cards_name(every)), current,
                  len(every), c.local_col[current.id], 0.0, 0.0, None, -1, places,
                  cols, gpus, cards=every, card_cols=tuple(c.local_col[g.id] for g in every))



def _best_cards(inp: Inputs, c: Cards, judge: Judge, owned: Sequence[GpuSpec]
                ) -> tuple[tuple[int, ...], tuple[GpuSpec, ...]]:
    """Per workload, the card of `owned` that meets its limits soonest (its column, the card)."""
    places = local_places(inp.workloads)
    cols: list[int] = []
    gpus: list[GpuSpec] = []
    for w in inp.workloads:
        best: tuple[bool, float, GpuSpec] | None = None
        for g in owned:
            probe = Option("probe", "keep", "", g, 1, c.local_col[g.id], 0.0, 0.0, None, -1,
                           places)
            f = judge.fit_local(w, probe)
            t = f.seconds_sure if f.seconds_sure > 0 else f.seconds_p50
            key = (not f.feasible, t if t == t else float("inf"), g)
            if best is None or key[:2] < best[:2]:
                best = key
        assert best is not None
        cols.append(c.local_col[best[2].id])
        gpus.append(best[2])
    return tuple(cols), tuple(gpus)


def add_options(inp: Inputs, c: Cards, judge: Judge, vat: float) -> list[Option]:
    """'Add a card beside the current one': a desktop with one card has a slot for a second;
    the power supply must carry both (else a PSU upgrade is part of the price). Each workload
    then runs on whichever of the two meets its limits soonest, and a card short of hours
    passes jobs to the other where it meets their limits (Judge.card_loads)."""
    current, profile = c.current, inp.profile
    if (current is None or c.others or c.n_current != 1 or inp.machine is None
            or current.form_factor not in ("desktop", "workstation")
            or profile.form_factor == "laptop"):
        return []
    out: list[Option] = []
    for g in c.buys:
        if g.form_factor not in ("desktop", "workstation"):
            continue
        bought = buy_option(g, 1, c.local_col[g.id], profile, inp.workloads, False, vat)
        need = (current.tdp_w + g.tdp_w + REST_OF_PC_W.value) / PSU_LOAD_SHARE
        extra = (PSU_UPGRADE_USD.value if profile.psu_w is not None and need > profile.psu_w
                 else 0.0)
        cols, gpus = _best_cards(inp, c, judge, (current, g))
        out.append(Option(f"add:{g.id}", "buy",
                          Message(wording.ADD_CARD, gpu=g.name, own=current.name), g, 2,
                          c.local_col[g.id], bought.purchase_usd, extra, None, -1,
                          local_places(inp.workloads), cols, gpus, cards=(current, g),
                          card_cols=(c.local_col[current.id], c.local_col[g.id]),
                          beside=current))
    return out


def drop_no_better(c: Cards, perf_local: PerfLike, gpu_work: Sequence[Workload],
                   z: float = Z90) -> Cards:
    """`c` without the purchases that gain nothing over the current card (deadlines judged at
    the confidence whose normal score is `z`)."""
    if c.current is None:
        return c
    current = c.current
    buys = [g for g in c.buys
            if not no_better(perf_local, c.local_col[g.id], c.local_col[current.id], g,
                             current, gpu_work, z)]
    return Cards(current, c.n_current, buys, c.studios, c.local_specs, c.local_col,
                 c.cloud_keys, c.cloud_col, c.others)


def options(inp: Inputs, c: Cards, judge: Judge) -> list[Option]:
    """Every option: keep, buy, studio boxes, rent each offer, and the hybrids."""
    workloads, profile, current = inp.workloads, inp.profile, c.current
    out: list[Option] = []
    if current is not None:
        out.append(keep_option(inp, c, judge))
    new_pc = needs_new_pc(current, inp.machine is not None)
    vat = inp.tariff.vat_rate  # the region's VAT on goods (catalog prices are before tax)
    out += [buy_option(g, 1, c.local_col[g.id], profile, workloads, new_pc, vat)
            for g in c.buys]
    out += add_options(inp, c, judge, vat)
    for g in c.studios:
        out += [buy_option(g, n, c.local_col[g.id], profile, workloads, vat_rate=vat)
                for n in STUDIO_SIZES]
    cur_col = c.local_col[current.id] if current is not None else -1
    labels = [offer_label(o, inp.by_id[o.gpu_id].name, inp.provider_names) for o in inp.offers]
    clash = {lb for lb in labels if labels.count(lb) > 1}
    # Live and private GPU work stays on the user's card in a rent plan too: say so, or
    # "Rent X" reads as if the own card played no part.
    keeps_own = current is not None and any(
        pl == "local" and w.kind != "cpu"
        for w, pl in zip(workloads, rent_places(workloads), strict=True))
    seen: set[tuple[object, ...]] = set()
    for o, label in zip(inp.offers, labels, strict=True):
        same = _terms(o)
        if same in seen:  # the same offer listed twice (two snapshots of one price): once
            continue
        seen.add(same)
        if label in clash:  # same card, provider and tier: say which instance or region, else
            # the price (a person tells them apart so; a catalog id is no name)
            extra = (", ".join(x for x in (o.instance, o.region) if x)
                     or Message(wording.PER_HOUR, price=Money(o.usd_per_hour * inp.fx,
                                                             inp.ccy)))
            label = offer_label(o, inp.by_id[o.gpu_id].name, inp.provider_names, extra)
        if keeps_own and current is not None:
            label = Message(wording.RENT_KEEPING_OWN, rent=label, own=current.name)
        out.append(Option(f"rent:{o.id}", "rent", label, current, max(1, c.n_current),
                          cur_col, 0.0, 0.0, o, c.cloud_col[(o.gpu_id, o.gpu_count)],
                          rent_places(workloads)))
    return out + hybrids(inp, judge, out, c.cloud_col)


def hybrids(inp: Inputs, judge: Judge, options: list[Option],
            cloud_col: Mapping[tuple[str, int], int]) -> list[Option]:
    """For every local card: send the jobs it cannot do (memory or deadline) to the cheapest
    offer that does them all in time; keep the rest local."""
    workloads = inp.workloads
    out = []
    # cloud fit and rough monthly cost of a workload on each offer, computed once and only
    # for workloads some card sends to the cloud (usually one or two of them)
    on_offer: dict[str, list[tuple[bool, float]]] = {}

    def offers_for(w: Workload) -> list[tuple[bool, float]]:
        hit = on_offer.get(w.id)
        if hit is not None:
            return hit
        row: list[tuple[bool, float]] = []
        for o in inp.offers:
            col = cloud_col[(o.gpu_id, o.gpu_count)]
            c = judge.cell(judge.perf_cloud, w, col)
            if c is None:
                row.append((False, 0.0))
                continue
            probe = Option("probe", "rent", "", None, 1, -1, 0.0, 0.0, o, col, ())
            f = judge.fit_cloud(w, probe)
            cost = 0.0
            if f.feasible:
                t = cost_rental.rental_terms(o, c.vram, w.jobs_per_week)
                cost = t.monthly_usd(w.jobs_per_week, c.t50)
            row.append((f.feasible, cost))
        on_offer[w.id] = row
        return row

    chosen: dict[frozenset[str], CloudOffer | None] = {}
    keep = next((b for b in options if b.kind == "keep"), None)
    for base in options:
        if base.kind not in ("keep", "buy", "studio"):
            continue
        local_fits = [judge.fit_local(w, base) for w in workloads]
        overflow = [w for w, f in zip(workloads, local_fits, strict=True) if not f.feasible]
        if not overflow or not all(cloud_allowed(w) for w in overflow):
            continue
        if base.kind == "keep" and len(overflow) == sum(cloud_allowed(w) for w in workloads):
            continue  # everything that may go to the cloud goes: that is a rent plan
        if all(w in overflow for w in workloads if is_gpu_work(w)):
            continue  # a card bought to run none of the GPU work is money for nothing
        if base.kind != "keep" and keep is not None and all(
                judge.fit_local(w, keep).feasible for w in workloads
                if w not in overflow and is_gpu_work(w)):
            # it would only take over work the user's own card already does within its
            # limits ("Buy Arc A580 + rent ..." where the A580 runs the LLM the 3060 runs):
            # keeping the card and renting the same is that plan without the purchase
            continue
        key = frozenset(w.id for w in overflow)
        if key not in chosen:  # many cards miss the same jobs: choose their offer once
            rows = [offers_for(w) for w in overflow]
            best: tuple[float, CloudOffer] | None = None
            for i, o in enumerate(inp.offers):
                if all(r[i][0] for r in rows):
                    cost = sum(r[i][1] for r in rows)
                    if best is None or cost < best[0]:
                        best = (cost, o)
            chosen[key] = None if best is None else best[1]
        found = chosen[key]
        if found is None:
            continue
        o = found
        names = {w.id for w in overflow}
        place: tuple[Where, ...] = tuple("cloud" if w.id in names else "local"
                                         for w in workloads)
        template = (wording.KEEP_AND_RENT if base.kind == "keep" else
                    wording.ADD_AND_RENT if base.beside is not None else wording.BUY_AND_RENT)
        out.append(Option(
            f"hybrid:{base.id}+{o.id}", "hybrid",
            Message(template, work=Join(tuple(say.what(w) for w in overflow)),
                    **_hybrid_words(inp, base, o)),
            base.local_gpu, base.local_n, base.local_col, base.purchase_usd, base.extra_usd,
            o, cloud_col[(o.gpu_id, o.gpu_count)], place, base.local_cols, base.owned,
            cards=base.cards, card_cols=base.card_cols, beside=base.beside))
    return out + _overflows(inp, judge, options, cloud_col, offers_for)


def _hybrid_words(inp: Inputs, base: Option, o: CloudOffer) -> dict[str, Param]:
    """The names a hybrid's label gives: the card kept or bought ("2× RTX 4090" for a studio
    that buys two), the rented card, its provider and tier."""
    assert base.local_gpu is not None
    local_name = (base.local_gpu.name if base.kind == "keep" or base.cards
                  else count_name(base.local_n, base.local_gpu.name))
    if base.kind == "keep" and base.cards:  # owned cards of different kinds: all named
        local_name = cards_name(base.cards)
    own = {} if base.beside is None else {"own": base.beside.name}
    return {"gpu": local_name, **own, "rented": inp.by_id[o.gpu_id].name,
            "provider": wording.provider_name(o.provider, inp.provider_names),
            "tier": wording.tier(o.tier)}


def _overflows(inp: Inputs, judge: Judge, options: list[Option],
               cloud_col: Mapping[tuple[str, int], int],
               offers_for: Callable[[Workload], list[tuple[bool, float]]]) -> list[Option]:
    """Overflow: a card that can do every job but has not the hours for all of them (an RTX
    4090 owner with 200 Wan clips a week: 37 h of work, 34 h the card can take) keeps busy
    with what it can take, and the rest of the same workload is rented, on the cheapest offer
    that does it within its limits. The heaviest workload the cloud may take is split."""
    workloads = inp.workloads
    out: list[Option] = []
    for base in options:
        if base.kind not in ("keep", "buy", "studio") or base.local_gpu is None:
            continue
        fits = [judge.fit_local(w, base) for w in workloads]
        if not all(f.feasible for f in fits):
            continue  # jobs it cannot do at all go whole (hybrids above)
        full = judge.fullest_card(base, fits)  # cards of two kinds: the one over its hours
        if full is None:
            continue
        local_h, cap = full.busy, full.capacity
        if local_h <= cap or cap <= 0:
            continue
        movable = [(f.hours_per_week, i) for i, (w, f) in enumerate(zip(workloads, fits,
                                                                        strict=True))
                   if cloud_allowed(w) and not is_hourly(w) and f.hours_per_week > 0
                   and f.device_id == full.card_id]
        if not movable:
            continue
        hours, i = max(movable)
        share = (local_h - cap) / hours * 1.01  # a hair more, so the card is not over its hours
        if share >= 1.0:
            continue  # more than that workload: not an overflow of one job kind
        w = workloads[i]
        row = offers_for(w)
        best = min(((cost, k) for k, (ok, cost) in enumerate(row) if ok), default=None)
        if best is None:
            continue
        o = inp.offers[best[1]]
        split = tuple(share if k == i else 0.0 for k in range(len(workloads)))
        template = ((wording.KEEP_ALL_AND_OVERFLOW if len(base.cards) > 1
                     else wording.KEEP_AND_OVERFLOW) if base.kind == "keep" else
                    wording.ADD_AND_OVERFLOW if base.beside is not None
                    else wording.BUY_AND_OVERFLOW)
        out.append(Option(
            f"overflow:{base.id}+{o.id}", "hybrid",
            Message(template, work=say.what(w), share=round(100 * share),
                    **_hybrid_words(inp, base, o)),
            base.local_gpu, base.local_n, base.local_col, base.purchase_usd, base.extra_usd, o,
            cloud_col[(o.gpu_id, o.gpu_count)], base.place, base.local_cols, base.owned,
            split, cards=base.cards, card_cols=base.card_cols, beside=base.beside))
    return out


def _terms(o: CloudOffer) -> tuple[object, ...]:
    """What renting `o` means to the user: offers equal in all of it are one offer."""
    return (o.provider, o.gpu_id, o.gpu_count, o.tier, o.instance, o.region,
            round(o.usd_per_hour, 4), o.billing_granularity_s, o.minimum_billed_s,
            o.start_overhead_s, o.storage_usd_per_gb_month, o.interruptible, o.always_on,
            o.idle_billed_s)


def no_better(perf: PerfLike, col: int, cur_col: int, gpu: GpuSpec, current: GpuSpec,
              gpu_work: Sequence[Workload] = (), z: float = Z90) -> bool:
    """True when buying `gpu` gains nothing over the `current` card: no more memory, no job
    it does within its limits that the current card cannot, and no fewer hours a week for
    the jobs both do in time. `gpu_work` are the perf matrix's rows.

    Live work that both cards keep within its frame budget counts for neither: a faster
    frame there gains nothing.

    Such a purchase is never offered: it only costs money. A GTX 1050 bought next to an RTX
    3060 12 GB, everything rented anyway, was ranked 5th; an Arc A380 that the model finds
    quicker at a video clip that neither card finishes in time (so it is rented either way),
    but slower at the one job it would keep, is no better either."""
    if gpu.vram_bytes > current.vram_bytes:
        return False
    mine = theirs = 0.0  # hours a week of the jobs both cards do within their limits
    for row in range(perf.t50.shape[0]):
        w = gpu_work[row] if row < len(gpu_work) else None
        if not _does_in_time(perf, row, col, gpu, w, z):
            continue
        if not _does_in_time(perf, row, cur_col, current, w, z):
            return False
        # live work that both cards keep within its frame budget gains nothing from a faster
        # frame (an Arc B570 "beat" a 3060 12 GB on a VTuber's face tracking, 1.0 ms a frame,
        # and was offered though slower at every job with a time)
        if w is not None and (w.live or w.kind == "realtime" or is_hourly(w)):
            continue
        jobs = w.jobs_per_week if w is not None else 1.0
        mine += jobs * float(perf.t50[row, col])
        theirs += jobs * float(perf.t50[row, cur_col])
    # quicker at the week's work as a whole, not at one job of it: an Arc B580 8 % quicker at
    # a 1.6 s voice line and 40 % slower at the SDXL thumbnails gains a 3060 12GB nothing
    return not mine < theirs


def _does_in_time(perf: PerfLike, row: int, col: int, gpu: GpuSpec, w: Workload | None,
                  z: float = Z90) -> bool:
    """The card runs the job within its deadline (at the confidence whose normal score is
    `z`), not offloading past what is practical (core.perf.memory_rule)."""
    if not perf.runnable[row, col]:
        return False
    kind = w.kind if w is not None else "video"
    if (perf.offload[row, col] and kind in memory_rule.RATIO_KINDS
            and float(perf.vram_required[row, col])
            > MAX_OFFLOAD_RATIO.value * gpu.usable_memory_bytes):
        return False  # a matrix that did not apply the rule (core.perf applies it itself)
    t = at(float(perf.t50[row, col]), float(perf.sigma[row, col]), z)
    return w is None or w.deadline_s is None or is_hourly(w) or t <= w.deadline_s


__all__ = ["Cards", "cards", "drop_no_better", "hybrids", "no_better", "options"]
