"""recommend(profile, machine, catalogs, evaluate) → PlanResult: every option costed, checked,
ranked and explained.

The steps, one module each:
  1. inputs     check the profile against the catalogs and gather what the run reads;
  2. choices    the options: keep, buy, rent, hybrids, studio boxes (time the cards first:
                a purchase no better than the current card is dropped);
  3. judge      where each workload runs under each option, whether it fits there, the gates;
  4. money      central costs, the Monte Carlo of the feasible ones, cost split, curves,
                break-even;
  5. sentences  each plan's reasons, the recommendation and the alternatives;
  6. provenance where every figure came from.
Here: the order of the steps, a plan from its parts, and the ranking (p50 monthly cost, time
saved breaking ties). A Plan is a plain value: everything in it is worked out here, on the
thread that runs recommend(), never later by reading a field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from core import config
from core.plan import choices, money
from core.plan import sentences as say
from core.plan.inputs import Inputs, gather
from core.plan.judge import Judge
from core.plan.measured import Measured
from core.plan.options import Option, PerfLike
from core.plan.pricedates import stale_price_warnings, stale_tariff_warning
from core.plan.provenance import provenance
from core.plan.prune import drop_dominated
from core.plan.sensitivity import rank_inputs
from core.schema import Profile
from core.schema.hardware import LocalMachine
from core.schema.message import Label
from core.schema.plan import Gate, Plan, PlanResult, Rejected, Sensitivity, WorkloadFit

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs



class PlanCancelled(Exception):
    """recommend() stopped early because its `cancelled` callback said the answer is no longer
    wanted (the GUI: the user edited the input again while it ran)."""


def recommend(profile: Profile, machine: LocalMachine | None, catalogs: Catalogs,
              evaluate: Callable[..., PerfLike], *,
              samples: int = config.MC_SAMPLES, seed: int | None = None,
              cancelled: Callable[[], bool] | None = None) -> PlanResult:
    """Evaluate every option for `profile` on `machine` and recommend one.

    `catalogs` gives the cards to buy, the cloud offers, tariffs, currency rates and models
    (core.catalogs.bundle.load_catalogs); `evaluate` times workloads on cards (the
    performance model's `PerfModel.evaluate`, or a stand-in in tests). `seed` None uses the
    fixed config.MC_SEED, so the same inputs always give the same answer. `cancelled` is
    asked between the steps; when it returns True the run stops with PlanCancelled (a newer
    input makes this answer useless, and the next one should not wait for it).
    """
    # the user's own measurements (core.plan.measured): a render workload without a reference
    # time is timed from a measured render, and the matrices are moved by them
    measured = Measured(profile, evaluate, catalogs)
    inp = gather(measured.profile, machine, catalogs, samples,
                 config.MC_SEED if seed is None else seed)

    def checkpoint() -> None:
        if cancelled is not None and cancelled():
            raise PlanCancelled("the plan was cancelled: its input changed")

    # 2. the cards, timed (local cards with the machine's RAM, rented ones with theirs)
    judge = Judge(inp, evaluate, measured)
    cards = choices.cards(inp)
    host_ram = None if machine is None else machine.ram_bytes
    # a studio box runs one job per card, so single-card times serve it too
    judge.perf_local = judge.time(cards.local_specs, [1] * len(cards.local_specs), host_ram)
    checkpoint()
    cards = choices.drop_no_better(cards, judge.perf_local, judge.gpu_work, judge.z)
    judge.perf_cloud = judge.time([inp.by_id[k[0]] for k in cards.cloud_keys],
                                  [k[1] for k in cards.cloud_keys], None, rented=True)
    checkpoint()
    options = choices.options(inp, cards, judge)
    checkpoint()

    # 3. and 4. fits, central costs, gates; then the Monte Carlo of the feasible options
    fits = [judge.fits(o) for o in options]
    costed = money.central_costs(inp, judge, options,
                                 cards.current.id if cards.current is not None else None)
    judged = [judge.gates(o, fits[p], costed.central[p] * inp.fx) for p, o in enumerate(options)]
    feasible_idx = np.array([p for p, (_, ok) in enumerate(judged) if ok], dtype=np.int64)
    checkpoint()
    q = money.monthly_quantiles(inp, costed, feasible_idx)
    checkpoint()

    # the plans: break-even against the cheapest feasible plan that buys nothing (keeping the
    # card, renting, or both; central values, USD): a 4090 owner was told "Buy RTX 5090 pays
    # off in 4 months" against renting, though keeping was cheaper for good
    free_idx = [p for p in feasible_idx if options[p].purchase_usd + options[p].extra_usd <= 0]
    best_rent = min(free_idx, key=lambda p: costed.central[p]) if free_idx else None
    hours = [sum(f.hours_per_week for f in fs if f.where != "none" and f.device_id != "cpu")
             for fs in fits]
    keep_hours = next((hours[p] for p, o in enumerate(options) if o.kind == "keep"
                       and all(f.feasible or f.where == "none" for f in fits[p])), None)
    baseline = keep_hours if keep_hours is not None else max(hours, default=0.0)
    split = [money.breakdown(inp, o, p, costed.packed, float(costed.central[p]))
             for p, o in enumerate(options)]
    curves = money.cumulative(inp, options, [running for _, _, running in split])
    writer = say.Writer(inp)
    plans = [_plan(inp, judge, writer, o, p, fits[p], judged[p], q[p], split[p][0], split[p][2],
                   curves[p], costed, best_rent, hours[p], baseline)
             for p, o in enumerate(options)]
    checkpoint()

    # ranking, sensitivity, break-even grid, sentences, provenance
    feasible = [plans[p] for p in feasible_idx]
    order = rank_order([(pl.monthly_cost_p50, pl.hours_per_week, pl.id) for pl in feasible])
    # purchases dearer than another plan and no faster at anything are no choice
    # (core.plan.prune): ruled out, with the plan that beats them
    ranked, dominated = drop_dominated([feasible[i] for i in order])
    kept = {id(pl) for pl in ranked}
    order = [i for i in order if id(feasible[i]) in kept]
    rejected = tuple(sorted((*(Rejected(pl, say.why_rejected(pl))
                               for p, pl in enumerate(plans) if not judged[p][1]),
                             *dominated), key=lambda r: r.plan.monthly_cost_p50))
    sens: tuple[Sensitivity, ...] = ()
    if len(ranked) >= 2:
        idx = np.array([int(feasible_idx[i]) for i in order], dtype=np.int64)
        sens = rank_inputs(costed.packed.take(idx), [pl.label for pl in ranked], inp.fx, inp.ccy)
    grid = money.grid(inp, ranked, options, costed, {pl.id: p for p, pl in enumerate(plans)})
    basis = (getattr(judge.perf_local, "basis", None)
             or getattr(judge.perf_cloud, "basis", "model"))
    return PlanResult(
        profile=profile, machine=machine, plans=ranked, rejected=rejected,
        recommendation=say.recommendation(inp, ranked, rejected),
        top_reasons=say.top_reasons(ranked[0]) if ranked else (),
        alternatives=say.alternatives(inp, ranked, rejected), sensitivity=sens,
        breakeven=grid, provenance=provenance(inp, str(basis)), samples=inp.samples,
        seed=inp.seed, price_warnings=(
            *stale_price_warnings(ranked, inp.offers, names=inp.provider_names,
                                   gpus=inp.by_id),
            *filter(None, [stale_tariff_warning(ranked[0] if ranked else None, inp.tariff,
                                                Label(inp.tariff.region))])))


def _plan(inp: Inputs, judge: Judge, writer: say.Writer, o: Option, p: int,
          fits: tuple[WorkloadFit, ...], judged: tuple[tuple[Gate, ...], bool], q: np.ndarray,
          items: dict[str, float], running: float, curve: tuple[float, ...],
          costed: money.Costed, best_rent: int | None, hours: float, baseline: float
          ) -> Plan:
    """Option `o` (index `p`) as a plan: its costs, curve, estimates and reasons."""
    gates, ok = judged
    m_be = money.breakeven_month(o, p, running, best_rent, costed.central)
    monthly = float(q[1])
    # the items of the central estimate, in proportion, so that they add up to the p50 the plan
    # shows ("about $7.10: electricity $0.23, cloud compute $6.74" did not)
    total = sum(items.values())
    if total > 0 and monthly > 0:
        items = {k: v * monthly / total for k, v in items.items()}
    reasons = (writer.explain(o, fits, gates, monthly, items, m_be,
                              judge.measured.reasons(o, fits, inp.workloads, inp.by_id))
               if ok else say.failures(fits, gates))
    rent = o.kind == "rent" and o.offer is not None
    return Plan(
        id=o.id, kind=o.kind, label=o.label,
        gpu_id=(o.offer.gpu_id if rent and o.offer is not None
                else (o.local_gpu.id if o.local_gpu is not None else None)),
        n_gpus=(o.offer.gpu_count if rent and o.offer is not None
                else o.local_n if o.local_gpu is not None else 0),
        offer_ids=(o.offer.id,) if o.offer is not None else (),
        currency=inp.ccy, monthly_cost_p10=float(q[0]), monthly_cost_p50=monthly,
        monthly_cost_p90=float(q[2]), upfront_cost=(o.purchase_usd + o.extra_usd) * inp.fx,
        breakeven_month=m_be, workloads=fits, gates=gates, feasible=ok, hours_per_week=hours,
        hours_saved_per_week=baseline - hours, cost_breakdown=items, cumulative_cost=curve,
        estimates=judge.estimates(o), reasons=reasons)


def rank_order(keys: Sequence[tuple[float, float, str]]) -> list[int]:
    """Indices of (monthly cost, device hours a week, id), cheapest first, really: plans that
    cost the same to the cent are ordered by fewer hours (time saved breaks ties), then id.
    (A plan within 1 % that took fewer hours used to move up, so the table said "cheapest
    first" over 19 inversions.)"""
    return sorted(range(len(keys)),
                  key=lambda i: (round(keys[i][0], 2), keys[i][1], keys[i][2]))


__all__ = ["PlanCancelled", "rank_order", "recommend"]
