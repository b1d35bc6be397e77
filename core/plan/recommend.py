"""recommend(profile, machine) → PlanResult: every option costed, checked, ranked and explained.

Steps: choose the options (core.plan.options); time every GPU workload on every card with the
performance model (two batch calls: local cards with the machine's RAM, rented cards with
theirs); decide where each workload runs and whether it meets its limits
(core.plan.feasibility); cost every option at the central values and the feasible ones by Monte
Carlo (core.plan.costing → core.kernels.plan_mc); rank by p50 monthly cost with time saved as
the tie-breaker; then break-even, sensitivity and the sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from core import config
from core.cost import local as cost_local
from core.cost import rental as cost_rental
from core.cost.local import NEW_PC_USD, energy_cost_monthly, job_kwh_month
from core.kernels.engine import marginal_energy_cost
from core.plan import breakeven as be
from core.plan import costing, wording
from core.plan import reasons as say
from core.plan.feasibility import (
    MAX_OFFLOAD_RATIO,
    MAX_UTILISATION,
    Cell,
    cell,
    estimate,
    fit_cloud,
    fit_local,
    is_hourly,
    latency_gate,
    local_capacity,
    tco_gate,
    throughput_gate,
)
from core.plan.options import (
    STUDIO_SIZES,
    Option,
    PerfLike,
    buy_candidates,
    buy_option,
    cloud_allowed,
    is_gpu_work,
    local_places,
    needs_new_pc,
    offer_label,
    rent_places,
    studio_candidates,
)
from core.plan.pricedates import stale_price_warnings
from core.plan.sensitivity import rank_inputs
from core.schema import CloudOffer, CurrencyRates, Estimate, GpuSpec, Profile, Tariff, Workload
from core.schema.hardware import LocalMachine
from core.schema.later import Later
from core.schema.message import Bytes, Costs, Join, Message, Money, Seconds
from core.schema.plan import (
    BreakevenGrid,
    Gate,
    Plan,
    PlanResult,
    Provenance,
    Rejected,
    Sensitivity,
    Where,
    WorkloadFit,
)
from core.units import HOUR, WEEK

if TYPE_CHECKING:
    from core.catalogs.bundle import Catalogs

TIE_SHARE = 0.01  # plans within 1% of each other's monthly cost are tied; time saved decides
WEEK_HOURS = WEEK / HOUR  # what one always-on or reserved cloud machine can work a week


class PlanCancelled(Exception):
    """recommend() stopped early because its `cancelled` callback said the answer is no longer
    wanted (the GUI: the user edited the input again while it ran)."""


@dataclass(frozen=True, slots=True)
class _EmptyPerf:
    """Stands in for the perf matrix when a profile has no GPU work at all."""

    t50: np.ndarray
    sigma: np.ndarray
    vram_required: np.ndarray
    fits: np.ndarray
    offload: np.ndarray
    runnable: np.ndarray
    power_w: np.ndarray
    notes: tuple[tuple[str, ...], ...]
    basis: object = "model"


def _empty(n_cols: int) -> _EmptyPerf:
    z = np.zeros((0, n_cols))
    b = np.zeros((0, n_cols), dtype=np.bool_)
    return _EmptyPerf(z, z, z, b, b, b, z, ())


def current_card(machine: LocalMachine | None) -> tuple[GpuSpec | None, int]:
    """The card the user has: the first discrete GPU with a known spec (else any), and how many
    identical ones there are."""
    if machine is None:
        return None, 0
    known = [g for g in machine.gpus if g.spec is not None]
    discrete = [g for g in known if g.integrated is not True] or known
    if not discrete:
        return None, 0
    spec = discrete[0].spec
    assert spec is not None
    return spec, sum(1 for g in discrete if g.spec is not None and g.spec.id == spec.id)


def _validate(profile: Profile, samples: int, tariffs: Mapping[str, Tariff],
              rates: CurrencyRates) -> Tariff:
    if samples < 1:
        raise ValueError(f"samples must be at least 1, got {samples}")
    if profile.horizon_months < 1:
        raise ValueError(f"profile '{profile.name}': horizon_months must be at least 1")
    if profile.currency not in rates.per_usd:
        raise ValueError(f"profile '{profile.name}': no exchange rate for currency "
                         f"'{profile.currency}' (known: {', '.join(sorted(rates.per_usd))})")
    if profile.region not in tariffs and profile.electricity_price_per_kwh is None:
        raise ValueError(f"profile '{profile.name}': no electricity tariff for region "
                         f"'{profile.region}' (known: {', '.join(sorted(tariffs))})")
    own_ccy = profile.electricity_currency
    if own_ccy is not None and own_ccy not in rates.per_usd:
        raise ValueError(f"profile '{profile.name}': no exchange rate for electricity_currency "
                         f"'{own_ccy}' (known: {', '.join(sorted(rates.per_usd))})")
    if not profile.workloads:
        raise ValueError(f"profile '{profile.name}' has no workloads")
    # What the profile loader refuses in a file, refused here for profiles built in code (the
    # GUI, tests): a NaN/zero/negative deadline crashed the feasibility check, and a NaN budget
    # silently rejected every plan.
    for name, low, high in (("budget_usd", 0.0, float("inf")), ("psu_w", 1.0, 5000.0),
                            ("hours_per_day_online", 0.0, 24.0)):
        value = getattr(profile, name)
        if value is not None and not low <= value <= high:
            raise ValueError(f"profile '{profile.name}': {name} must be a number from {low:g} "
                             f"to {high:g}, got {value!r}")
    for w in profile.workloads:
        if w.deadline_s is not None and not w.deadline_s > 0:
            raise ValueError(f"workload '{w.id}': field 'deadline_s' must be a positive number "
                             f"of seconds (or none), got {w.deadline_s!r}")
    from core.catalogs.tariffs import tariff_for

    return tariff_for(profile.region, tariffs, profile.electricity_price_per_kwh, own_ccy)


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
    if catalogs.rates is None:
        raise ValueError("the currency rates could not be loaded, so no plan can be costed")
    tariff = _validate(profile, samples, catalogs.tariffs, catalogs.rates)
    return _Planner(profile, machine, catalogs, tariff, evaluate, samples,
                    config.MC_SEED if seed is None else seed, cancelled).run()


class _Planner:
    def __init__(self, profile: Profile, machine: LocalMachine | None, catalogs: Catalogs,
                 tariff: Tariff, evaluate: Callable[..., PerfLike], samples: int,
                 seed: int, cancelled: Callable[[], bool] | None = None) -> None:
        assert catalogs.rates is not None
        rates, gpus, offers = catalogs.rates, catalogs.gpus, catalogs.offers
        self.profile = profile
        self.cancelled = cancelled
        self.machine = machine
        self.models = catalogs.models
        self.gpus = gpus
        self.by_id = {g.id: g for g in gpus}
        self.tariff = tariff
        self.rates = rates
        self.evaluate = evaluate
        self.samples = samples
        self.seed = seed
        self.ccy = profile.currency
        self.fx = rates.convert(1.0, "USD", profile.currency)
        self.workloads = profile.workloads
        self.gpu_rows = {w.id: i for i, w in enumerate(w for w in self.workloads
                                                        if is_gpu_work(w))}
        wanted = set(profile.providers)
        self.offers = tuple(o for o in offers if o.gpu_id in self.by_id
                            and (not wanted or o.provider in wanted))
        self.skipped_offers = len(offers) - len(self.offers)
        self._cells: dict[tuple[bool, int, int], Cell] = {}
        # a (workload, card) or (workload, offer) pair is judged once, whichever options share
        # it (keep/buy and their hybrids, rent and the hybrids renting the same offer)
        self._fit_cache: dict[tuple[str, str, str, int, int], WorkloadFit] = {}
        # CPU hours the CPU-only work needs a week, and what the CPU can give (every plan)
        self._cpu_load = (sum(w.jobs_per_week * w.cpu_seconds / HOUR for w in self.workloads
                              if not is_gpu_work(w)),
                          local_capacity(profile.hours_per_day_online, 1))
        self._estimate_cache: dict[tuple[str, str, str, int, int], Estimate] = {}

    def _checkpoint(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise PlanCancelled("the plan was cancelled: its input changed")

    # -- performance -------------------------------------------------------------------------
    def _perf(self, specs: Sequence[GpuSpec], counts: Sequence[int],
              host_ram: float | None) -> PerfLike:
        gpu_work = [w for w in self.workloads if is_gpu_work(w)]
        if not gpu_work or not specs:
            return _empty(len(specs))
        return self.evaluate(gpu_work, list(specs), list(counts), host_ram_bytes=host_ram)

    def _cell(self, perf: PerfLike, w: Workload, col: int) -> Cell | None:
        row = self.gpu_rows.get(w.id)
        if row is None or col < 0:
            return None
        key = (perf is self.perf_cloud, row, col)
        hit = self._cells.get(key)
        if hit is None:  # each pair is read by many options: read the arrays once
            hit = self._cells[key] = cell(perf, row, col)
        return hit

    # -- the whole run -------------------------------------------------------------------------
    def run(self) -> PlanResult:
        profile, workloads = self.profile, self.workloads
        current, n_current = current_card(self.machine)
        buys = [g for g in buy_candidates(self.gpus, profile)
                if current is None or g.id != current.id]
        studios = (studio_candidates(self.gpus, profile.gpu_prices)
                   if profile.creator_type == "small_studio" else [])
        local_specs: list[GpuSpec] = []
        local_col: dict[str, int] = {}
        for g in ([current] if current is not None else []) + buys + studios:
            if g.id not in local_col:
                local_col[g.id] = len(local_specs)
                local_specs.append(g)
        host_ram = None if self.machine is None else self.machine.ram_bytes
        # a studio box runs one job per card, so single-card times serve it too
        self.perf_local = self._perf(local_specs, [1] * len(local_specs), host_ram)
        self._checkpoint()
        if current is not None:
            buys = [g for g in buys
                    if not no_better(self.perf_local, local_col[g.id], local_col[current.id],
                                     g, current, [w for w in workloads if is_gpu_work(w)])]
        cloud_keys: list[tuple[str, int]] = []
        cloud_col: dict[tuple[str, int], int] = {}
        for o in self.offers:
            key = (o.gpu_id, o.gpu_count)
            if key not in cloud_col:
                cloud_col[key] = len(cloud_keys)
                cloud_keys.append(key)
        self.perf_cloud = self._perf([self.by_id[k[0]] for k in cloud_keys],
                                     [k[1] for k in cloud_keys], None)
        self._checkpoint()

        options: list[Option] = []
        if current is not None:
            options.append(Option("keep", "keep", Message(wording.KEEP, gpu=current.name), current,
                                  max(1, n_current), local_col[current.id], 0.0, 0.0, None, -1,
                                  local_places(workloads)))
        new_pc = needs_new_pc(current, self.machine is not None)
        options += [buy_option(g, 1, local_col[g.id], profile, workloads, new_pc)
                    for g in buys]
        for g in studios:
            options += [buy_option(g, n, local_col[g.id], profile, workloads)
                        for n in STUDIO_SIZES]
        cur_col = local_col[current.id] if current is not None else -1
        labels = [offer_label(o, self.by_id[o.gpu_id].name) for o in self.offers]
        clash = {lb for lb in labels if labels.count(lb) > 1}
        # Live and private GPU work stays on the user's card in a rent plan too: say so, or
        # "Rent X" reads as if the own card played no part.
        keeps_own = current is not None and any(
            pl == "local" and w.kind != "cpu"
            for w, pl in zip(workloads, rent_places(workloads), strict=True))
        for o, label in zip(self.offers, labels, strict=True):
            if label in clash:  # same card, provider and tier: say which instance or region
                extra = ", ".join(x for x in (o.instance, o.region) if x) or o.id
                label = offer_label(o, self.by_id[o.gpu_id].name, extra)
            if keeps_own and current is not None:
                label = Message(wording.RENT_KEEPING_OWN, rent=label, own=current.name)
            options.append(Option(f"rent:{o.id}", "rent", label, current,
                                  max(1, n_current), cur_col, 0.0, 0.0, o,
                                  cloud_col[(o.gpu_id, o.gpu_count)], rent_places(workloads)))
        options += self._hybrids(options, cloud_col)
        self._checkpoint()

        fits = [self._fits(o) for o in options]
        local_cells = [[self._cell(self.perf_local, w, o.local_col) if pl == "local" else None
                        for w, pl in zip(workloads, o.place, strict=True)] for o in options]
        cloud_cells = [[self._cell(self.perf_cloud, w, o.cloud_col) if pl == "cloud" else None
                        for w, pl in zip(workloads, o.place, strict=True)] for o in options]
        packed = costing.pack(options, workloads, local_cells, cloud_cells, profile,
                              self.tariff, self.rates,
                              current.id if current is not None else None)
        central = costing.nominal(packed)
        gates_ok = []
        pre = []
        for p, opt in enumerate(options):
            gates, ok = self._gates(opt, fits[p], central[p] * self.fx)
            pre.append((gates, ok))
            gates_ok.append(ok)
        feasible_idx = np.array([p for p, ok in enumerate(gates_ok) if ok], dtype=np.int64)
        self._checkpoint()
        q = np.repeat(central[:, None], 3, axis=1)
        if feasible_idx.size:
            draws = costing.Draws.make(self.samples, len(workloads), self.seed)
            q[feasible_idx] = costing.quantiles(packed.take(feasible_idx), draws)
        q = q * self.fx
        self._checkpoint()

        # break-even against the best feasible rent plan (central values, USD)
        rent_idx = [p for p in feasible_idx if options[p].kind == "rent"]
        best_rent = min(rent_idx, key=lambda p: central[p]) if rent_idx else None
        hours = [sum(f.hours_per_week for f in fs if f.where != "none" and f.device_id != "cpu")
                 for fs in fits]
        keep_hours = next((hours[p] for p, o in enumerate(options) if o.kind == "keep"
                           and all(f.feasible or f.where == "none" for f in fits[p])), None)
        baseline = keep_hours if keep_hours is not None else max(hours, default=0.0)

        plans: list[Plan] = []
        for p, opt in enumerate(options):
            plans.append(self._plan(opt, p, fits[p], pre[p][0], pre[p][1], q[p], central[p],
                                    packed, best_rent, central, hours[p], baseline))
        self._checkpoint()
        feasible = [plans[p] for p in feasible_idx]
        order = rank_order([(pl.monthly_cost_p50, pl.hours_per_week, pl.id) for pl in feasible])
        ranked = tuple(feasible[i] for i in order)
        rejected = tuple(Rejected(pl, self._why(pl)) for p, pl in enumerate(plans)
                         if not gates_ok[p])
        rejected = tuple(sorted(rejected, key=lambda r: r.plan.monthly_cost_p50))

        # sensitivity over the feasible plans, in rank order
        sens: tuple[Sensitivity, ...] = ()
        if len(ranked) >= 2:
            idx = np.array([int(feasible_idx[i]) for i in order], dtype=np.int64)
            sens = rank_inputs(packed.take(idx), [pl.label for pl in ranked], self.fx, self.ccy)
        grid = self._grid(ranked, options, packed, central, {pl.id: p for p, pl
                                                             in enumerate(plans)})
        return PlanResult(
            profile=profile, machine=self.machine, plans=ranked, rejected=rejected,
            recommendation=self._recommendation(ranked, rejected),
            top_reasons=_top_reasons(ranked[0]) if ranked else (),
            alternatives=self._alternatives(ranked, rejected), sensitivity=sens,
            breakeven=grid, provenance=self._provenance(), samples=self.samples, seed=self.seed,
            price_warnings=stale_price_warnings(ranked, self.offers))

    # -- options -------------------------------------------------------------------------------
    def _hybrids(self, options: list[Option],
                 cloud_col: Mapping[tuple[str, int], int]) -> list[Option]:
        """For every local card: send the jobs it cannot do (memory or deadline) to the cheapest
        offer that does them all in time; keep the rest local."""
        out = []
        # cloud fit and rough monthly cost of a workload on each offer, computed once and only
        # for workloads some card sends to the cloud (usually one or two of them)
        on_offer: dict[str, list[tuple[bool, float]]] = {}

        def offers_for(w: Workload) -> list[tuple[bool, float]]:
            hit = on_offer.get(w.id)
            if hit is not None:
                return hit
            row: list[tuple[bool, float]] = []
            for o in self.offers:
                col = cloud_col[(o.gpu_id, o.gpu_count)]
                c = self._cell(self.perf_cloud, w, col)
                if c is None:
                    row.append((False, 0.0))
                    continue
                probe = Option("probe", "rent", "", None, 1, -1, 0.0, 0.0, o, col, ())
                f = self._fit_cloud(w, probe)
                cost = 0.0
                if f.feasible:
                    t = cost_rental.rental_terms(o, c.vram, w.jobs_per_week)
                    cost = t.monthly_usd(w.jobs_per_week, c.t50)
                row.append((f.feasible, cost))
            on_offer[w.id] = row
            return row

        chosen: dict[frozenset[str], CloudOffer | None] = {}
        for base in options:
            if base.kind not in ("keep", "buy", "studio"):
                continue
            local_fits = [self._fit_local(w, base) for w in self.workloads]
            overflow = [w for w, f in zip(self.workloads, local_fits, strict=True)
                        if not f.feasible]
            if not overflow or not all(cloud_allowed(w) for w in overflow):
                continue
            if base.kind == "keep" and len(overflow) == sum(cloud_allowed(w)
                                                            for w in self.workloads):
                continue  # everything that may go to the cloud goes: that is a rent plan
            if all(w in overflow for w in self.workloads if is_gpu_work(w)):
                continue  # a card bought to run none of the GPU work is money for nothing
            key = frozenset(w.id for w in overflow)
            if key not in chosen:  # many cards miss the same jobs: choose their offer once
                rows = [offers_for(w) for w in overflow]
                best: tuple[float, CloudOffer] | None = None
                for i, o in enumerate(self.offers):
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
                                             for w in self.workloads)
            gpu_name = self.by_id[o.gpu_id].name
            assert base.local_gpu is not None
            local_name = (base.local_gpu.name if base.local_n == 1 or base.kind == "keep"
                          else f"{base.local_n}× {base.local_gpu.name}")
            out.append(Option(
                f"hybrid:{base.id}+{o.id}", "hybrid",
                Message(wording.KEEP_AND_RENT if base.kind == "keep" else wording.BUY_AND_RENT,
                        gpu=local_name, rented=gpu_name, provider=o.provider,
                        tier=wording.tier(o.tier),
                        work=Join(tuple(say.what(w) for w in overflow))),
                base.local_gpu, base.local_n, base.local_col, base.purchase_usd, base.extra_usd,
                o, cloud_col[(o.gpu_id, o.gpu_count)], place))
        return out

    def _fit_local(self, w: Workload, o: Option) -> WorkloadFit:
        key = ("local", w.id, "" if o.local_gpu is None else o.local_gpu.id, o.local_n,
               o.local_col)
        hit = self._fit_cache.get(key)
        if hit is None:
            hit = self._fit_cache[key] = fit_local(w, o.local_gpu, o.local_n,
                                                   self._cell(self.perf_local, w, o.local_col))
        return hit

    def _fit_cloud(self, w: Workload, o: Option) -> WorkloadFit:
        """`w` on `o`'s offer (fit_cloud reads only the offer from the option)."""
        assert o.offer is not None
        key = ("cloud", w.id, o.offer.id, o.offer.gpu_count, o.cloud_col)
        hit = self._fit_cache.get(key)
        if hit is None:
            c = self._cell(self.perf_cloud, w, o.cloud_col)
            gpu = self.by_id[o.offer.gpu_id]
            name = gpu.name if o.offer.gpu_count == 1 else f"{o.offer.gpu_count}× {gpu.name}"
            assert c is not None
            hit = self._fit_cache[key] = fit_cloud(w, o, name, gpu, c)
        return hit

    def _fits(self, o: Option) -> tuple[WorkloadFit, ...]:
        return tuple(self._fit_cloud(w, o) if pl == "cloud" and o.offer is not None
                     else self._fit_local(w, o)
                     for w, pl in zip(self.workloads, o.place, strict=True))

    def _gates(self, o: Option, fits: tuple[WorkloadFit, ...],
               monthly: float) -> tuple[tuple[Gate, ...], bool]:
        lat = latency_gate(self.workloads, fits)
        local_h = sum(f.hours_per_week for f in fits
                      if f.where == "local" and f.device_id not in ("cpu", ""))
        cap = local_capacity(self.profile.hours_per_day_online, o.local_n)
        name = "" if o.local_gpu is None else o.local_gpu.name
        # the heaviest local job, to say the sustained rate in jobs a day
        jobs = [(f.hours_per_week, w) for w, f in zip(self.workloads, fits, strict=True)
                if f.where == "local" and f.device_id not in ("cpu", "") and not is_hourly(w)
                and w.jobs_per_week > 0]
        heaviest = max(jobs, key=lambda x: x[0])[1] if jobs else None
        thr = throughput_gate(local_h, cap, name, heaviest)
        # CPU-only work runs on the user's CPU under every plan; it has its own on-time (a CPU
        # job takes the whole CPU), so 10^18 CPU-hours a week is not "feasible"
        cpu_h, cpu_cap = self._cpu_load
        if thr.passed and cpu_h > cpu_cap:
            thr = Gate("throughput", False, cpu_h, cpu_cap, "h/week",
                       say.over_capacity("CPU", cpu_h, cpu_cap))
        if thr.passed and o.offer is not None and cost_rental.bills_every_hour(o.offer):
            # one always-on or reserved machine: billed as one, so it works 168 h a week at most
            cloud_h = sum(f.hours_per_week for f in fits if f.where == "cloud")
            if cloud_h > WEEK_HOURS:
                thr = Gate("throughput", False, cloud_h, WEEK_HOURS, "h/week",
                           Message(wording.ALWAYS_ON_FULL, provider=o.offer.provider,
                                   week=WEEK_HOURS, hours=cloud_h))
        budget = None if self.profile.budget_usd is None else self.profile.budget_usd * self.fx
        total = monthly * self.profile.horizon_months
        label = wording_item(o.label)
        tco = tco_gate(total, self.profile.horizon_months, o.purchase_usd * self.fx, budget,
                       self.ccy, label)
        gates = (lat, thr, tco)
        ok = all(f.feasible for f in fits) and all(g.passed for g in gates)
        return gates, ok

    # -- plan objects --------------------------------------------------------------------------
    def _estimates(self, o: Option) -> tuple[Estimate, ...]:
        out = []
        basis = str(getattr(self.perf_local, "basis", "model"))
        for w, pl in zip(self.workloads, o.place, strict=True):
            if pl == "cloud" and o.offer is not None:
                key = ("cloud", w.id, o.offer.gpu_id, o.offer.gpu_count, o.cloud_col)
            elif o.local_gpu is not None:
                key = ("local", w.id, o.local_gpu.id, 1, o.local_col)
            else:
                continue
            hit = self._estimate_cache.get(key)
            if hit is None:
                perf = self.perf_cloud if key[0] == "cloud" else self.perf_local
                c = self._cell(perf, w, key[4])
                if c is None:
                    continue
                hit = self._estimate_cache[key] = estimate(w, key[2], key[3], c, basis)
            out.append(hit)
        return tuple(out)

    def _breakdown(self, o: Option, p: int, packed: costing.Packed,
                   central_usd: float) -> tuple[dict[str, float], float, float]:
        """Central monthly cost by item (profile currency), the local kWh a month, and the
        running (non-ownership) USD a month."""
        ownership = float(packed.hw_monthly[p])
        kwh = float(packed.idle_kwh_month[p])
        for w in range(len(self.workloads)):
            if packed.local_t50[p, w] > 0:
                kwh += job_kwh_month(float(packed.jobs[w]), float(packed.local_t50[p, w]),
                                     float(packed.local_power[p, w]))
        # the packed tariff arrays: energy_cost_monthly would rebuild them for every plan
        energy = float(marginal_energy_cost(kwh, packed.base_kwh, packed.bounds, packed.prices))
        fixed = float(packed.fixed_month[p])
        cloud = max(0.0, float(central_usd) - ownership - energy)
        items: dict[str, float] = {}
        if ownership > 0:
            net = ownership - o.extra_usd / self.profile.horizon_months
            items[Message(wording.CARD_NET)] = net * self.fx
            if o.extra_usd > 0:
                what = (wording.CHASSIS if o.local_n > 1 else wording.DESKTOP_PC
                        if o.extra_usd == NEW_PC_USD.value else wording.PSU_UPGRADE)
                items[Message(what)] = o.extra_usd / self.profile.horizon_months * self.fx
        items[Message(wording.ELECTRICITY)] = energy * self.fx
        if cloud > 0:
            items[Message(wording.CLOUD_COMPUTE)] = float(cloud - min(fixed, cloud)) * self.fx
            if fixed > 0:
                items[Message(wording.CLOUD_FIXED)] = min(fixed, cloud) * self.fx
        return items, kwh, central_usd - ownership

    def _plan(self, o: Option, p: int, fits: tuple[WorkloadFit, ...], gates: tuple[Gate, ...],
              ok: bool, q: np.ndarray, central_usd: float, packed: costing.Packed,
              best_rent: int | None, central: np.ndarray, hours: float,
              baseline: float) -> Plan:
        items, _kwh, running = self._breakdown(o, p, packed, central_usd)
        H = self.profile.horizon_months
        m_be = None
        if best_rent is not None and o.purchase_usd + o.extra_usd > 0 and p != best_rent:
            m_be = be.month_of_breakeven(o.purchase_usd, o.extra_usd, running,
                                         float(central[best_rent]))
        fx = self.fx
        # The month-by-month costs, the job-time estimates and the sentences are worked out
        # when first read (core.schema.later): a run makes a few hundred plans and a screen or
        # report reads a handful; writing them all was a third of the run.
        cum = Later(lambda _plan: tuple(v * fx for v in be.cumulative(
            o.purchase_usd, o.extra_usd, running, H)))
        reasons: Later[tuple[str, ...]] = Later(
            (lambda plan: _explain(plan, o, self)) if ok else _failures)
        plan = Plan(
            id=o.id, kind=o.kind, label=o.label,
            gpu_id=(o.offer.gpu_id if o.kind == "rent" and o.offer is not None
                    else (o.local_gpu.id if o.local_gpu is not None else None)),
            n_gpus=(o.offer.gpu_count if o.kind == "rent" and o.offer is not None
                    else o.local_n if o.local_gpu is not None else 0),
            offer_ids=(o.offer.id,) if o.offer is not None else (),
            currency=self.ccy, monthly_cost_p10=float(q[0]), monthly_cost_p50=float(q[1]),
            monthly_cost_p90=float(q[2]), upfront_cost=(o.purchase_usd + o.extra_usd) * self.fx,
            cumulative_cost=cum, breakeven_month=m_be,
            estimates=Later(lambda _plan: self._estimates(o)), workloads=fits, gates=gates,
            reasons=reasons, feasible=ok, hours_per_week=hours,
            hours_saved_per_week=baseline - hours, cost_breakdown=items)
        return plan

    @staticmethod
    def _why(plan: Plan) -> str:
        for f in plan.workloads:
            if not f.feasible:
                return f.reason
        for g in plan.gates:
            if not g.passed:
                return g.detail
        return Message(wording.MISSES_A_LIMIT)

    # -- sentences -----------------------------------------------------------------------------
    def _recommendation(self, ranked: tuple[Plan, ...], rejected: tuple[Rejected, ...]) -> str:
        if not ranked:
            first = rejected[0].why if rejected else Message(wording.NO_OPTIONS)
            return Message(wording.NOTHING_FITS, why=first)
        best = ranked[0]
        ccy = self.ccy
        upfront: str = ""
        if best.upfront_cost > 0:
            upfront = Message(wording.UPFRONT_CLAUSE, upfront=Money(best.upfront_cost, ccy),
                              months=self.profile.horizon_months)
        payoff: str = ""
        if best.breakeven_month is not None:
            payoff = Message(wording.PAYOFF_CLAUSE, months=best.breakeven_month)
        as_of: str = ""
        if best.offer_ids:
            date = next((o.snapshot_date for o in self.offers if o.id in best.offer_ids), "")
            as_of = Message(wording.AS_OF_CLAUSE, date=date)
        return Message(wording.RECOMMEND, plan=best.label,
                       cost=Money(best.monthly_cost_p50, ccy),
                       low=Money(best.monthly_cost_p10, ccy),
                       high=Money(best.monthly_cost_p90, ccy), upfront=upfront, payoff=payoff,
                       as_of=as_of)

    def _alternatives(self, ranked: tuple[Plan, ...],
                      rejected: tuple[Rejected, ...]) -> tuple[str, ...]:
        """Why the obvious others lose: keeping the card, the best buy, the best rental."""
        best = ranked[0] if ranked else None
        out: list[str] = []
        for kind in ("keep", "buy", "rent", "hybrid"):
            if best is not None and best.kind == kind:
                continue
            alt = next((pl for pl in ranked if pl.kind == kind), None)
            if alt is not None and best is not None:
                diff = alt.monthly_cost_p50 - best.monthly_cost_p50
                if diff > 0.005 * max(1.0, best.monthly_cost_p50):
                    out.append(Message(wording.COSTS_MORE, plan=alt.label,
                                       diff=Money(diff, self.ccy),
                                       cost=Money(alt.monthly_cost_p50, self.ccy)))
                else:
                    out.append(Message(wording.COSTS_THE_SAME, plan=alt.label,
                                       cost=Money(alt.monthly_cost_p50, self.ccy),
                                       hours=alt.hours_per_week,
                                       best_hours=best.hours_per_week))
                continue
            rej = next((r for r in rejected if r.plan.kind == kind), None)
            if rej is not None:
                out.append(Message(wording.RULED_OUT, plan=rej.plan.label, why=rej.why))
        fast = self._fastest_buy(ranked)
        if best is not None and fast is not None and fast.id != best.id:
            out.append(self._speed_sentence(fast, best))
        return tuple(out)

    @staticmethod
    def _fastest_buy(ranked: tuple[Plan, ...]) -> Plan | None:
        """The feasible purchase that gets the work done in the fewest hours (within budget,
        since plans over it are rejected): the card a creator asks about next."""
        buys = [pl for pl in ranked if pl.kind in ("buy", "studio")]
        return min(buys, key=lambda pl: (pl.hours_per_week, pl.monthly_cost_p50), default=None)

    def _speed_sentence(self, fast: Plan, best: Plan) -> str:
        """What the fastest affordable card would buy in time, and what it costs more."""
        # the job where it saves the most time against the recommended plan
        gain: tuple[float, str, float, float] | None = None
        for f_fast, f_best in zip(fast.workloads, best.workloads, strict=True):
            if f_fast.device_id == "cpu" or not f_fast.feasible or not f_best.feasible:
                continue
            w = next(w for w in self.workloads if w.id == f_fast.workload_id)
            if is_hourly(w):
                continue
            saved = (f_best.seconds_p50 - f_fast.seconds_p50) * w.jobs_per_week
            if gain is None or saved > gain[0]:
                gain = (saved, say.what(w), f_fast.seconds_p50, f_best.seconds_p50)
        diff = Money(fast.monthly_cost_p50 - best.monthly_cost_p50, self.ccy)
        if gain is not None and gain[0] > 0:
            return Message(wording.FASTEST_GAIN, plan=fast.label, diff=diff, work=gain[1],
                           fast=Seconds(gain[2]), slow=Seconds(gain[3]))
        return Message(wording.FASTEST, plan=fast.label, diff=diff)

    def _grid(self, ranked: tuple[Plan, ...], options: list[Option], packed: costing.Packed,
              central: np.ndarray, index: Mapping[str, int]) -> BreakevenGrid | None:
        buy = next((pl for pl in ranked if pl.kind in ("buy", "studio")), None)
        rent = next((pl for pl in ranked if pl.kind == "rent"), None)
        if buy is None or rent is None:
            return None
        b, r = index[buy.id], index[rent.id]
        _, buy_kwh, _ = self._breakdown(options[b], b, packed, float(central[b]))
        _, rent_kwh, _ = self._breakdown(options[r], r, packed, float(central[r]))
        busy = sum(f.hours_per_week for f in buy.workloads if f.device_id != "cpu")
        buy_idle = float(packed.idle_kwh_month[b])
        rent_idle = float(packed.idle_kwh_month[r])
        # the flat price the sweep scales: the marginal price the plan's energy pays now
        kwh = max(buy_kwh, 1e-9)
        price = energy_cost_monthly(kwh, self.tariff, self.rates, packed.base_kwh) / kwh
        rent_fixed = float(packed.fixed_month[r])
        rent_energy = energy_cost_monthly(rent_kwh, self.tariff, self.rates, packed.base_kwh)
        rent_variable = float(central[r]) - rent_energy - rent_fixed
        o = options[b]
        return be.sweep(buy.id, rent.id, self.ccy, self.fx, o.purchase_usd, o.extra_usd, busy,
                        buy_kwh - buy_idle, buy_idle, rent_kwh - rent_idle, rent_idle,
                        max(0.0, rent_variable), rent_fixed, price)

    def _provenance(self) -> Provenance:
        retrieved = sorted({g.retrieved for g in self.gpus})
        dates = sorted({o.snapshot_date for o in self.offers})
        sources = sorted({o.provider for o in self.offers})
        hw: list[str] = []
        if self.machine is not None:
            hw += list(self.machine.sources)
            for g in self.machine.gpus:
                hw.append(f"{g.name}: {g.match_how}")
            if self.machine.hand_edited:
                hw.append("entered by hand")
        model_versions: dict[str, str] = {}
        for w in self.workloads:
            spec = w.model_spec or (self.models.get(w.model) if w.model else None)
            if w.model and spec is not None:
                model_versions[w.model] = f"{spec.name} ({spec.source}, {spec.retrieved})"
        assumptions = tuple(f"{a.name}: {a.value:g} {a.unit} ({a.source})" for a in (
            *cost_local.ASSUMPTIONS, *cost_rental.ASSUMPTIONS, *costing.ASSUMPTIONS,
            MAX_OFFLOAD_RATIO, MAX_UTILISATION))
        basis = getattr(self.perf_local, "basis", None) or getattr(self.perf_cloud, "basis",
                                                                   "model")
        offers: str = (Message(wording.OFFERS_FROM, count=len(self.offers),
                               providers=", ".join(sources)) if sources
                       else Message(wording.NO_OFFERS))
        if self.skipped_offers:
            offers = Message(wording.OFFERS_LEFT_OUT, offers=offers, left=self.skipped_offers)
        return Provenance(
            gpu_catalog=(Message(wording.GPU_CATALOG, count=len(self.gpus), first=retrieved[0],
                                 last=retrieved[-1]) if retrieved
                         else Message(wording.NO_GPUS)),
            price_snapshot_date=(dates[0] if len(dates) == 1 else
                                 Message(wording.DATE_RANGE, first=dates[0], last=dates[-1])
                                 if dates else Message(wording.NO_CLOUD_OFFERS)),
            price_source=offers,
            tariff_id=self.tariff.id, tariff_source=self.tariff.source,
            tariff_date=self.tariff.date, currency=self.ccy, rate_date=self.rates.date,
            rate_source=self.rates.source, perf_basis=str(basis),
            model_versions=model_versions, hardware_sources=tuple(hw),
            rigsizer_version=_version(), assumptions=assumptions)


def no_better(perf: PerfLike, col: int, cur_col: int, gpu: GpuSpec, current: GpuSpec,
              gpu_work: Sequence[Workload] = ()) -> bool:
    """True when buying `gpu` gains nothing over the `current` card: no more memory, and
    faster on none of the user's GPU jobs that it can do within their limits (nor able to do
    one in time that the current card cannot). `gpu_work` are the perf matrix's rows.

    Such a purchase is never offered: it only costs money. A GTX 1050 bought next to an RTX
    3060 12 GB, everything rented anyway, was ranked 5th; an Arc A380 that the model finds
    quicker at a video clip that neither card finishes in time (so it is rented either way),
    but slower at the one job it would keep, is no better either."""
    if gpu.vram_bytes > current.vram_bytes:
        return False
    for row in range(perf.t50.shape[0]):
        w = gpu_work[row] if row < len(gpu_work) else None
        if not _does_in_time(perf, row, col, gpu, w):
            continue
        if (not _does_in_time(perf, row, cur_col, current, w)
                or perf.t50[row, col] < perf.t50[row, cur_col]):
            return False
    return True


def _does_in_time(perf: PerfLike, row: int, col: int, gpu: GpuSpec, w: Workload | None) -> bool:
    """The card runs the job within its deadline, not offloading past what is practical."""
    if not perf.runnable[row, col]:
        return False
    t = float(perf.t50[row, col])
    if perf.offload[row, col] and (float(perf.vram_required[row, col])
                                   > MAX_OFFLOAD_RATIO.value * gpu.usable_memory_bytes):
        return False
    return w is None or w.deadline_s is None or is_hourly(w) or t <= w.deadline_s


def rank_order(keys: Sequence[tuple[float, float, str]]) -> list[int]:
    """Indices of (monthly cost, device hours a week, id), cheapest first; a plan within
    TIE_SHARE of the one above it that takes fewer hours moves up (time saved breaks ties).
    Relative comparisons only, so the order does not depend on the currency."""
    order = sorted(range(len(keys)), key=lambda i: (keys[i][0], keys[i][2]))
    for i in range(1, len(order)):
        j = i
        while j > 0:
            above, here = keys[order[j - 1]], keys[order[j]]
            if here[0] <= above[0] * (1 + TIE_SHARE) and here[1] < above[1]:
                order[j - 1], order[j] = order[j], order[j - 1]
                j -= 1
            else:
                break
    return order


_TAIL = (wording.MONTHLY, wording.MONTHLY_SPLIT, wording.PAYS_OFF)


def _top_reasons(plan: Plan) -> tuple[str, ...]:
    """At most three job lines, then the cost line and the break-even (always kept)."""
    jobs = [r for r in plan.reasons if getattr(r, "template", None) not in _TAIL]
    tail = [r for r in plan.reasons if getattr(r, "template", None) in _TAIL]
    return tuple(jobs[:3] + tail)


def wording_item(label: str) -> str:
    """What a buy plan buys (for "X costs $N, over your budget"): its label without "Buy"."""
    if isinstance(label, Message) and label.template == wording.BUY:
        item = label.params["item"]
        return item if isinstance(item, str) else str(label)
    return label.removeprefix("Buy ")


def _failures(plan: Plan) -> tuple[str, ...]:
    """A rejected plan's reasons: why each job fails where it is placed, and the failed gates
    (sentences the checks already wrote)."""
    return tuple([f.reason for f in plan.workloads if not f.feasible and f.reason]
                 + [g.detail for g in plan.gates if not g.passed])


@lru_cache(maxsize=1)
def _version() -> str:
    """The installed RigSizer version (read once: the metadata lookup took 0.5 ms a plan)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rigsizer")
    except PackageNotFoundError:
        return "0+unknown"


def _explain(plan: Plan, o: Option, planner: _Planner) -> tuple[str, ...]:
    """Plain sentences: where each job runs and how long it takes, the cost split, the gates."""
    ccy = planner.ccy
    out: list[str] = []
    for f, w in zip(plan.workloads, planner.workloads, strict=True):
        if not f.feasible:
            out.append(f.reason)
            continue
        if f.device_id == "cpu":
            out.append(Message(wording.ON_CPU, work=say.what(w), time=Seconds(f.seconds_p50)))
            continue
        where: str = ""
        if f.where == "cloud" and o.offer is not None:
            count = f"{o.offer.gpu_count}× " if o.offer.gpu_count > 1 else ""
            where = say.on_rented(f"{count}{planner.by_id[o.offer.gpu_id].name}")
        elif o.local_gpu is not None:
            where = say.on_local(o.local_gpu.name)
        how: str = ""
        if f.offload and o.local_gpu is not None and f.where == "local":
            how = Message(wording.OFFLOADING, has=Bytes(o.local_gpu.usable_memory_bytes))
        if is_hourly(w):
            out.append(Message(wording.LIVE_RUNS, work=say.what(w), where=where,
                               time=Seconds(f.seconds_p50), hours=w.hours_per_week))
        else:
            limit: str = "" if w.deadline_s is None else say.your_limit(w.deadline_s)
            out.append(Message(wording.JOB_TAKES, work=say.what(w), time=Seconds(f.seconds_p50),
                               where=where, how=how, limit=limit))
    parts = tuple((k, v) for k, v in plan.cost_breakdown.items() if v > 0.005)
    cost = Money(plan.monthly_cost_p50, ccy)
    out.append(Message(wording.MONTHLY_SPLIT, cost=cost, parts=Costs(parts, ccy)) if parts
               else Message(wording.MONTHLY, cost=cost))
    for g in plan.gates:
        if not g.passed:
            out.append(g.detail)
    if plan.breakeven_month is not None:
        out.append(Message(wording.PAYS_OFF, months=plan.breakeven_month))
    return tuple(out)


__all__ = ["PlanCancelled", "current_card", "no_better", "rank_order", "recommend"]
