"""Step 5 of a plan: the sentences. Each plan's reasons (where each job runs and how long it
takes, the cost split, failed gates, the break-even), a rejected plan's failures, the
recommendation, and why the obvious alternatives lose.

Every sentence is a `Message` (core.schema.message): English text plus the template and values
a surface needs to say it in another language. The templates are in core.plan.wording.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.perf.memory_limits import usable_bytes
from core.plan import reasons as say
from core.plan import wording
from core.plan.feasibility import is_hourly
from core.plan.inputs import Inputs
from core.plan.options import Option, offer_gpu, unpriced_cards
from core.schema import GpuSpec, Workload
from core.schema.message import Bytes, Costs, Join, Message, Money, Seconds
from core.schema.plan import Gate, Plan, Rejected, WorkloadFit

# The recommendation lists every job line up to this many; past it, the first few and one line
# counting the rest (always two or more, so the count never stands in for a single line).
TOP_JOB_LINES = 6


class Writer:
    """Writes the plans of one run. Many plans say the same job line (a card bought alone and
    in a hybrid; offers of one card with its one time): each distinct line is built once."""

    def __init__(self, inp: Inputs) -> None:
        self.inp = inp
        self._lines: dict[tuple[object, ...], str] = {}

    def explain(self, o: Option, fits: Sequence[WorkloadFit], gates: Sequence[Gate],
                monthly_p50: float, cost_breakdown: dict[str, float],
                breakeven_month: float | None, measured: Sequence[str] = ()
                ) -> tuple[str, ...]:
        """A feasible plan's reasons: where each job runs and how long it takes, the cost
        split, the gates that failed, the month it pays off."""
        return explain(self.inp, o, fits, gates, monthly_p50, cost_breakdown, breakeven_month,
                       self._lines, measured)


def explain(inp: Inputs, o: Option, fits: Sequence[WorkloadFit], gates: Sequence[Gate],
            monthly_p50: float, cost_breakdown: dict[str, float],
            breakeven_month: float | None,
            lines: dict[tuple[object, ...], str] | None = None,
            measured: Sequence[str] = ()) -> tuple[str, ...]:
    """A feasible plan's reasons: where each job runs and how long it takes (one line per
    workload, in their order, first: `top_reasons` counts on it), what the user's own
    measurements did to those times (`measured`), the cost split, the gates that failed, the
    month it pays off. `lines`: job lines already written."""
    out: list[str] = []
    lines = {} if lines is None else lines
    for i, (f, w) in enumerate(zip(fits, inp.workloads, strict=True)):
        if not f.feasible:
            out.append(f.reason)
            continue
        if f.device_id == "cpu":
            out.append(Message(wording.ON_CPU, work=say.what(w), time=Seconds(f.seconds_p50)))
            continue
        if getattr(f.reason, "template", None) == wording.LONGER_THAN_DAY:
            out.append(f.reason)  # the flag: a job longer than the PC is on a day
            continue
        gpu_name, has = "", 0.0
        rented = f.where == "cloud" and o.offer is not None
        if rented and o.offer is not None:
            gpu_name = offer_gpu(o.offer, inp.by_id[o.offer.gpu_id].name)
        elif o.gpu_of(i) is not None:
            card = o.gpu_of(i)
            assert card is not None
            gpu_name = card.name
            if f.offload and f.where == "local":
                has = usable_bytes(card)
        key = (w.id, rented, f.seconds_p50, f.seconds_sure, gpu_name, has, f.fp8, f.range_note)
        line = lines.get(key)
        if line is None:
            line = lines[key] = _job_line(w, f.seconds_p50, rented, gpu_name, has,
                                          f.seconds_sure, inp.profile.deadline_confidence,
                                          f.fp8, f.range_note)
        out.append(line)
    out.extend(measured)
    parts = tuple((k, v) for k, v in cost_breakdown.items() if v > 0.005)
    cost = Money(monthly_p50, inp.ccy)
    out.append(Message(wording.MONTHLY_SPLIT, cost=cost, parts=Costs(parts, inp.ccy)) if parts
               else Message(wording.MONTHLY, cost=cost))
    for g in gates:
        if not g.passed:
            out.append(g.detail)
    if breakeven_month is not None:
        out.append(Message(wording.PAYS_OFF, months=breakeven_month))
    return tuple(out)


def _job_line(w: Workload, seconds: float, rented: bool, gpu_name: str, has: float,
              sure: float = 0.0, confidence: float = 0.5, fp8: bool = False,
              range_note: str = "") -> str:
    """Where a feasible job runs and how long it takes (`has`: the memory it offloads past;
    `sure`: the time its deadline is judged at, at the profile's `confidence`; `fp8`: it runs
    with 8-bit weights, which the line says; `range_note`: why its range is wide, said after
    it)."""
    where: str = ""
    if gpu_name:
        where = say.on_rented(gpu_name) if rented else say.on_local(gpu_name)
    how: str = "" if not has else Message(wording.OFFLOADING, has=Bytes(has))
    if fp8:
        how = Message(wording.IN_FP8, how=how)
    if is_hourly(w):
        if w.fps > 0:  # "1.0 ms a frame" alone read as if that were the budget
            return Message(wording.LIVE_RUNS_OF, work=say.what(w), where=where,
                           time=Seconds(seconds), budget=Seconds(1.0 / w.fps),
                           hours=w.hours_per_week)
        return Message(wording.LIVE_RUNS, work=say.what(w), where=where, time=Seconds(seconds),
                       hours=w.hours_per_week)
    limit: str = ("" if w.deadline_s is None
                  else say.your_limit(w.deadline_s, sure, confidence))
    if range_note:
        return Message(wording.JOB_TAKES_NOTED, work=say.what(w), time=Seconds(seconds),
                       where=where, how=how, limit=limit, note=range_note)
    return Message(wording.JOB_TAKES, work=say.what(w), time=Seconds(seconds),
                   where=where, how=how, limit=limit)


def failures(fits: Sequence[WorkloadFit], gates: Sequence[Gate]) -> tuple[str, ...]:
    """A rejected plan's reasons: why each job fails where it is placed, and the failed gates
    (sentences the checks already wrote)."""
    return tuple([f.reason for f in fits if not f.feasible and f.reason]
                 + [g.detail for g in gates if not g.passed])


def why_rejected(plan: Plan) -> str:
    """The first thing a rejected plan fails."""
    for f in plan.workloads:
        if not f.feasible:
            return f.reason
    for g in plan.gates:
        if not g.passed:
            return g.detail
    return Message(wording.MISSES_A_LIMIT)


def top_reasons(plan: Plan) -> tuple[str, ...]:
    """The recommended plan's reasons: every workload's line (past TOP_JOB_LINES, the first
    ones and a line counting the rest), then the rest as `explain` wrote them (measurements,
    cost, gates, break-even)."""
    n = len(plan.workloads)
    jobs, rest = plan.reasons[:n], plan.reasons[n:]
    if n > TOP_JOB_LINES:
        shown = TOP_JOB_LINES - 1
        # a flagged line (a job longer than the PC is on a day: the user must know) is kept
        # past the first ones; only plain lines are counted
        later = jobs[shown:]
        flagged = [r for r in later if getattr(r, "template", None) == wording.LONGER_THAN_DAY]
        plain = len(later) - len(flagged)
        if plain > 1:  # one plain line left is said, not counted
            jobs = (*jobs[:shown], *flagged, Message(wording.MORE_WORKLOADS, n=plain))
    return (*jobs, *rest)


def recommendation(inp: Inputs, ranked: tuple[Plan, ...], rejected: tuple[Rejected, ...]) -> str:
    """The headline: the best plan with its cost range, upfront price, payoff and price date."""
    if not ranked:
        if not rejected:
            return Message(wording.NO_OPTIONS)
        near = min(rejected, key=_closeness)
        return Message(wording.NOTHING_FITS, plan=near.plan.label, why=near.why)
    best = ranked[0]
    ccy = inp.ccy
    upfront: str = ""
    if best.upfront_cost > 0:
        upfront = Message(wording.UPFRONT_CLAUSE, upfront=Money(best.upfront_cost, ccy),
                          months=inp.profile.horizon_months)
    payoff: str = ""
    if best.breakeven_month is not None:
        payoff = Message(wording.PAYOFF_CLAUSE, months=best.breakeven_month)
    as_of: str = ""
    if best.offer_ids:
        date = next((o.snapshot_date for o in inp.offers if o.id in best.offer_ids), "")
        as_of = Message(wording.AS_OF_CLAUSE, date=date)
    elif best.kind in ("buy", "studio") and best.gpu_id is not None and (
            best.gpu_id in inp.by_id):
        as_of = _card_price(inp, inp.by_id[best.gpu_id])
    return Message(wording.RECOMMEND, plan=best.label, cost=Money(best.monthly_cost_p50, ccy),
                   low=Money(best.monthly_cost_p10, ccy), high=Money(best.monthly_cost_p90, ccy),
                   upfront=upfront, payoff=payoff, as_of=as_of)


def _card_price(inp: Inputs, gpu: GpuSpec) -> str:
    """' (card price $2,699: new in shops, as of 2026-06-22)': what the card costs, of which
    kind and of when (the user's own price says so)."""
    own = inp.profile.gpu_prices.get(gpu.id)
    if own is not None:
        return Message(wording.CARD_PRICE_OWN, price=Money(own, "USD"))
    price = gpu.purchase_price()
    if price is None:
        return ""
    return Message(wording.CARD_PRICE_CLAUSE, price=Money(price.usd, "USD"),
                   kind=Message({"street": wording.KIND_STREET, "used": wording.KIND_USED,
                                 "machine": wording.KIND_MACHINE}.get(price.kind,
                                                                      wording.KIND_LAUNCH)),
                   date=price.date or "")


# The share of the recommendation's hours a week an alternative must stay under to count as
# faster (a rounding hair faster is the same speed)
FASTER_SHARE = 0.99


def alternatives(inp: Inputs, ranked: tuple[Plan, ...],
                 rejected: tuple[Rejected, ...]) -> tuple[str, ...]:
    """Why the obvious others lose: keeping the card, the best buy, the best rental."""
    best = ranked[0] if ranked else None
    ccy = inp.ccy
    out: list[str] = []
    for kind in ("keep", "buy", "rent", "hybrid"):
        if best is not None and best.kind == kind:
            continue
        # an alternative costs more (the best is the cheapest): one no faster is none (a
        # GeForce RTX 5050 "instead of" the RTX 4090 the user keeps); where no plan of the
        # kind is faster, the nearest ruled-out one says why (over the budget, too slow)
        alt = next((pl for pl in ranked if pl.kind == kind and (
            best is None or pl.hours_per_week < best.hours_per_week * FASTER_SHARE)), None)
        if alt is not None and best is not None:
            diff = alt.monthly_cost_p50 - best.monthly_cost_p50
            if diff > 0.005 * max(1.0, best.monthly_cost_p50):
                out.append(Message(wording.COSTS_MORE, plan=alt.label, diff=Money(diff, ccy),
                                   cost=Money(alt.monthly_cost_p50, ccy)))
            else:
                out.append(Message(wording.COSTS_THE_SAME, plan=alt.label,
                                   cost=Money(alt.monthly_cost_p50, ccy),
                                   hours=alt.hours_per_week, best_hours=best.hours_per_week))
            continue
        rej = min((r for r in rejected if r.plan.kind == kind), key=_closeness, default=None)
        if rej is not None:
            out.append(Message(wording.RULED_OUT, plan=rej.plan.label, why=rej.why))
    fast = fastest_buy(ranked)
    if best is not None and fast is not None and fast.id != best.id:
        faster = _speed_sentence(inp, fast, best)
        if faster:
            out.append(faster)
    missing = unpriced(inp)
    if missing:
        out.append(missing)
    return tuple(out)


UNPRICED_NAMED = 3  # the fastest few named; the rest counted


def unpriced(inp: Inputs) -> str:
    """The cards left out of the plans for want of a price (options.unpriced_cards), the
    fastest named, so that the card everyone talks about is not silently missing; "" when
    there are none."""
    cards = unpriced_cards(inp.gpus, inp.profile)
    if not cards:
        return ""
    named = Join(tuple(g.name for g in cards[:UNPRICED_NAMED]))
    if len(cards) <= UNPRICED_NAMED:
        return Message(wording.UNPRICED, cards=named)
    return Message(wording.UNPRICED_MORE, cards=named, more=len(cards) - UNPRICED_NAMED)


def _closeness(r: Rejected) -> tuple[int, float, float]:
    """How near a ruled-out plan came to being a choice, nearest first: the fewest jobs it
    cannot do, then its slowest job against the limit, then the cost. The cheapest card that
    fails says least (an Arc A380 cannot hold a 14B video model); the one a creator weighs
    is over the budget, or as fast as renting for more money."""
    missed = sum(1 for f in r.plan.workloads if not f.feasible)
    late = next((g.value / g.limit for g in r.plan.gates
                 if g.name == "latency" and 0.0 < g.limit < float("inf")), 0.0)
    return missed, late, r.plan.monthly_cost_p50


def fastest_buy(ranked: tuple[Plan, ...]) -> Plan | None:
    """The feasible purchase that gets the work done in the fewest hours (within budget,
    since plans over it are rejected): the card a creator asks about next."""
    buys = [pl for pl in ranked if pl.kind in ("buy", "studio")]
    return min(buys, key=lambda pl: (pl.hours_per_week, pl.monthly_cost_p50), default=None)


def _speed_sentence(inp: Inputs, fast: Plan, best: Plan) -> str:
    """What the fastest affordable card would buy in time, and what it costs more; "" when
    it gets no job done sooner than the recommendation (the fastest card to buy can be slower
    than the one the user keeps)."""
    # the job where it saves the most time against the recommended plan
    gain: tuple[float, str, float, float] | None = None
    for f_fast, f_best in zip(fast.workloads, best.workloads, strict=True):
        if f_fast.device_id == "cpu" or not f_fast.feasible or not f_best.feasible:
            continue
        w = next(w for w in inp.workloads if w.id == f_fast.workload_id)
        if is_hourly(w):
            continue
        saved = (f_best.seconds_p50 - f_fast.seconds_p50) * w.jobs_per_week
        if gain is None or saved > gain[0]:
            gain = (saved, say.what(w), f_fast.seconds_p50, f_best.seconds_p50)
    diff = Money(fast.monthly_cost_p50 - best.monthly_cost_p50, inp.ccy)
    if gain is not None and gain[0] > 0:
        return Message(wording.FASTEST_GAIN, plan=fast.label, diff=diff, work=gain[1],
                       fast=Seconds(gain[2]), slow=Seconds(gain[3]))
    if fast.hours_per_week < best.hours_per_week * FASTER_SHARE:
        return Message(wording.FASTEST, plan=fast.label, diff=diff)
    return ""


__all__ = ["Writer", "alternatives", "explain", "failures", "fastest_buy", "recommendation",
           "top_reasons", "unpriced", "why_rejected"]
