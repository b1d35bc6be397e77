"""Step 3 of a plan: fits and gates. Where each workload of an option runs, whether it fits and
meets its limits there, and the option's three gates (latency, throughput, total cost).

`Judge` holds the two performance matrices of a run (local cards timed with the machine's RAM,
rented cards with theirs) and judges each (workload, card) or (workload, offer) pair once,
however many options share it. The sentences of a fit and a gate come from core.plan.feasibility.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from core.cost import rental as cost_rental
from core.plan import reasons as say
from core.plan import wording
from core.plan.feasibility import (
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
    z_of,
)
from core.plan.inputs import Inputs
from core.plan.measured import Measured
from core.plan.options import Option, PerfLike, card_counts, count_name, is_gpu_work, offer_gpu
from core.schema import Estimate, GpuSpec, Workload
from core.schema.message import Message
from core.schema.plan import Gate, WorkloadFit
from core.units import HOUR, WEEK

WEEK_HOURS = WEEK / HOUR  # what one always-on or reserved cloud machine can work a week


class _EmptyPerf:
    """Stands in for the perf matrix when a profile has no GPU work at all."""

    basis = "model"

    def __init__(self, n_cols: int) -> None:
        z = np.zeros((0, n_cols))
        b = np.zeros((0, n_cols), dtype=np.bool_)
        self.t50 = self.sigma = self.vram_required = self.power_w = z
        self.fits = self.offload = self.runnable = b
        self.notes: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class CardLoad:
    """One pool of alike local cards under a plan: the hours a week its jobs need (`busy`),
    the hours it can take on, and its heaviest job."""

    card_id: str
    name: str
    busy: float
    capacity: float
    heaviest: Workload | None

    def fullness(self) -> float:
        if self.capacity > 0:
            return self.busy / self.capacity
        return math.inf if self.busy > 0 else 0.0


class Judge:
    """The perf matrices of one run and every fit and gate judged on them (each pair once)."""

    def __init__(self, inp: Inputs, evaluate: Callable[..., PerfLike],
                 measured: Measured) -> None:
        self.inp = inp
        self.evaluate = evaluate
        # the user's own measurements: they move the matrices (core.plan.measured)
        self.measured = measured
        self.workloads = inp.workloads
        self.w_index = {w.id: i for i, w in enumerate(self.workloads)}
        # deadlines are judged at the profile's confidence (p90 by default); a local job longer
        # than the PC is on a day is flagged
        self.z = z_of(inp.profile.deadline_confidence)
        self.day_s = inp.profile.hours_per_day_online * HOUR
        self.gpu_work = [w for w in self.workloads if is_gpu_work(w)]
        self.gpu_rows = {w.id: i for i, w in enumerate(self.gpu_work)}
        self.perf_local: PerfLike = _EmptyPerf(0)
        self.perf_cloud: PerfLike = _EmptyPerf(0)
        self._cells: dict[tuple[bool, int, int], Cell] = {}
        # a (workload, card) or (workload, offer) pair is judged once, whichever options share
        # it (keep/buy and their hybrids, rent and the hybrids renting the same offer)
        self._fits: dict[tuple[str, str, str, int, int], WorkloadFit] = {}
        self._estimates: dict[tuple[str, str, str, int, int], Estimate] = {}
        # CPU hours the CPU-only work needs a week, and what the CPU can give (every plan)
        self.cpu_load = (sum(w.jobs_per_week * w.cpu_seconds / HOUR for w in self.workloads
                             if not is_gpu_work(w)),
                         local_capacity(inp.profile.hours_per_day_online, 1))

    # -- the performance matrices --------------------------------------------------------------
    def time(self, specs: Sequence[GpuSpec], counts: Sequence[int],
             host_ram: float | None, *, rented: bool = False) -> PerfLike:
        """Every GPU workload on `counts[j]` × `specs[j]` (the performance model, once), moved
        by the user's measurements (`rented`: the columns are rented machines, on a server's
        CPU: a rented RTX 4090 takes a server's per-step floor, not a desktop's)."""
        if not self.gpu_work or not specs:
            return _EmptyPerf(len(specs))
        perf = self.evaluate(self.gpu_work, list(specs), list(counts), host_ram_bytes=host_ram,
                             host="server" if rented else None)
        return self.measured.adjust(perf, self.gpu_work, specs, rented=rented)

    def cell(self, perf: PerfLike, w: Workload, col: int) -> Cell | None:
        row = self.gpu_rows.get(w.id)
        if row is None or col < 0:
            return None
        key = (perf is self.perf_cloud, row, col)
        hit = self._cells.get(key)
        if hit is None:  # each pair is read by many options: read the arrays once
            hit = self._cells[key] = cell(perf, row, col)
        return hit

    @property
    def basis(self) -> str:
        return str(getattr(self.perf_local, "basis", "model"))

    # -- fits ----------------------------------------------------------------------------------
    def fit_local(self, w: Workload, o: Option) -> WorkloadFit:
        gpu, n, col = o.local_gpu, o.local_n, o.local_col
        if o.local_cols:  # a machine with different cards: the one this job runs on
            i = self.w_index[w.id]
            gpu, n, col = o.gpu_of(i), 1, o.col_of(i)
        key = ("local", w.id, "" if gpu is None else gpu.id, n, col)
        hit = self._fits.get(key)
        if hit is None:
            hit = self._fits[key] = fit_local(w, gpu, n, self.cell(self.perf_local, w, col),
                                              self.measured.proven(w.id, col),
                                              z=self.z, day_s=self.day_s)
        return hit

    def fit_cloud(self, w: Workload, o: Option) -> WorkloadFit:
        """`w` on `o`'s offer (fit_cloud reads only the offer from the option)."""
        assert o.offer is not None
        key = ("cloud", w.id, o.offer.id, o.offer.gpu_count, o.cloud_col)
        hit = self._fits.get(key)
        if hit is None:
            c = self.cell(self.perf_cloud, w, o.cloud_col)
            gpu = self.inp.by_id[o.offer.gpu_id]
            name = offer_gpu(o.offer, gpu.name)
            assert c is not None
            hit = self._fits[key] = fit_cloud(w, o, name, gpu, c, z=self.z)
        return hit

    def fits(self, o: Option) -> tuple[WorkloadFit, ...]:
        out = []
        for i, (w, pl) in enumerate(zip(self.workloads, o.place, strict=True)):
            if pl == "cloud" and o.offer is not None:
                out.append(self.fit_cloud(w, o))
                continue
            f = self.fit_local(w, o)
            share = o.share_rented(i)
            if share > 0 and o.offer is not None:
                # overflow: the local card works only the share it has time for; the rest is
                # rented, and must meet the limits there too
                cloud = self.fit_cloud(w, o)
                f = replace(f, hours_per_week=f.hours_per_week * (1.0 - share),
                            feasible=f.feasible and cloud.feasible,
                            reason=f.reason if cloud.feasible else cloud.reason)
            out.append(f)
        return tuple(out)

    def estimates(self, o: Option) -> tuple[Estimate, ...]:
        """The job-time estimates behind `o`'s fits (one per workload that runs on a GPU)."""
        out = []
        basis = self.basis
        for i, (w, pl) in enumerate(zip(self.workloads, o.place, strict=True)):
            card = o.gpu_of(i)
            if pl == "cloud" and o.offer is not None:
                key = ("cloud", w.id, o.offer.gpu_id, o.offer.gpu_count, o.cloud_col)
            elif card is not None:
                key = ("local", w.id, card.id, 1, o.col_of(i))
            else:
                continue
            hit = self._estimates.get(key)
            if hit is None:
                perf = self.perf_cloud if key[0] == "cloud" else self.perf_local
                c = self.cell(perf, w, key[4])
                if c is None:
                    continue
                hit = self._estimates[key] = estimate(
                    w, key[2], key[3], c, self.measured.basis(key[0] == "cloud", w.id, key[4],
                                                              basis))
            out.append(hit)
        return tuple(out)

    # -- gates ---------------------------------------------------------------------------------
    def card_loads(self, o: Option, fits: Sequence[WorkloadFit]) -> list[CardLoad]:
        """Each pool of local cards under `o` with the hours of work its jobs need a week and
        the hours it can take on. Alike cards share their work. Cards of different kinds (one
        added beside the user's) each run the jobs given to them, and a card short of hours
        passes jobs to another that does them within their limits, in that card's time (a
        second card had counted as twice the first's hours although every job ran on the
        first; then an added RTX 5090 was refused for 85 h of clips while the 4090 beside it,
        which makes them in time, stood idle). The plan's costs keep each job's energy on the
        card it was given to: the shifted share is the fuller card's overflow, a small part."""
        hours = self.inp.profile.hours_per_day_online
        pools: dict[str, tuple[GpuSpec, int, int]] = {}  # card id -> (card, how many, column)
        if o.cards:
            cols = dict(zip((g.id for g in o.cards), o.card_cols or (-1,) * len(o.cards),
                            strict=True))
            pools = {k: (g, n, cols[k]) for k, (g, n) in card_counts(o.cards).items()}
        elif o.local_gpu is not None:
            pools[o.local_gpu.id] = (o.local_gpu, o.local_n, o.local_col)
        busy: dict[str, float] = {}
        given: dict[str, list[tuple[WorkloadFit, Workload]]] = {}
        for card in pools:
            given[card] = [(f, w) for w, f in zip(self.workloads, fits, strict=True)
                           if f.where == "local" and f.device_id == card]
            busy[card] = sum(f.hours_per_week for f, _ in given[card])
        caps = {card: local_capacity(hours, n) for card, (_g, n, _col) in pools.items()}
        if len(pools) > 1:
            self._spill(o, pools, given, busy, caps)
        out = []
        for card, (g, n, _col) in pools.items():
            # the heaviest local job, to say the sustained rate in jobs a day
            jobs = [(f.hours_per_week, w) for f, w in given[card]
                    if not is_hourly(w) and w.jobs_per_week > 0]
            out.append(CardLoad(card, count_name(n, g.name), busy[card], caps[card],
                                max(jobs, key=lambda x: x[0])[1] if jobs else None))
        return out

    def _spill(self, o: Option, pools: dict[str, tuple[GpuSpec, int, int]],
               given: dict[str, list[tuple[WorkloadFit, Workload]]], busy: dict[str, float],
               caps: dict[str, float]) -> None:
        """Move the hours a pool cannot take to pools with hours to spare, as far as their
        card does each job within its limits (at that card's hours for it), heaviest job
        first; `busy` is updated in place."""
        for card in sorted(busy, key=lambda k: caps[k] - busy[k]):
            excess = busy[card] - caps[card]
            for f, w in sorted(given[card], key=lambda fw: -fw[0].hours_per_week):
                if excess <= 0 or is_hourly(w) or f.hours_per_week <= 0:
                    continue
                for other, (gpu, _n, col) in pools.items():
                    spare = caps[other] - busy[other]
                    if other == card or spare <= 0 or col < 0 or excess <= 0:
                        continue
                    there = self.fit_local(w, replace(o, local_gpu=gpu, local_n=1,
                                                      local_col=col, local_cols=(), owned=(),
                                                      cards=(), card_cols=()))
                    if not there.feasible or there.hours_per_week <= 0:
                        continue
                    ratio = there.hours_per_week / f.hours_per_week  # its hours there per here
                    moved = min(excess, f.hours_per_week, spare / ratio)
                    busy[card] -= moved
                    busy[other] += moved * ratio
                    excess -= moved

    def fullest_card(self, o: Option, fits: Sequence[WorkloadFit]) -> CardLoad | None:
        """The pool of local cards fullest for its hours under `o` (None: no local card)."""
        return max(self.card_loads(o, fits), key=CardLoad.fullness, default=None)

    def _busiest_card(self, o: Option, fits: tuple[WorkloadFit, ...]) -> Gate:
        """The throughput gate, for the card fullest for its hours."""
        c = self.fullest_card(o, fits)
        if c is None:  # no card: nothing runs locally
            hours = self.inp.profile.hours_per_day_online
            return throughput_gate(0.0, local_capacity(hours, o.local_n), "", None)
        return throughput_gate(c.busy, c.capacity, c.name, c.heaviest)

    def gates(self, o: Option, fits: tuple[WorkloadFit, ...],
              monthly: float) -> tuple[tuple[Gate, ...], bool]:
        """The option's gates at `monthly` (profile currency) and whether it is feasible."""
        profile, inp = self.inp.profile, self.inp
        lat = latency_gate(self.workloads, fits, profile.deadline_confidence)
        thr = self._busiest_card(o, fits)
        # CPU-only work runs on the user's CPU under every plan; it has its own on-time (a CPU
        # job takes the whole CPU), so 10^18 CPU-hours a week is not "feasible"
        cpu_h, cpu_cap = self.cpu_load
        if thr.passed and cpu_h > cpu_cap:
            thr = Gate("throughput", False, cpu_h, cpu_cap, "h/week",
                       say.over_capacity("CPU", cpu_h, cpu_cap))
        if thr.passed and o.offer is not None and cost_rental.bills_every_hour(o.offer):
            # one always-on or reserved machine: billed as one, so it works 168 h a week at most
            cloud_h = sum(f.hours_per_week for f in fits if f.where == "cloud")
            if cloud_h > WEEK_HOURS:
                thr = Gate("throughput", False, cloud_h, WEEK_HOURS, "h/week",
                           Message(wording.ALWAYS_ON_FULL,
                                   provider=wording.provider_name(o.offer.provider,
                                                                 inp.provider_names),
                                   week=WEEK_HOURS, hours=cloud_h))
        budget = None if profile.budget_usd is None else profile.budget_usd * inp.fx
        total = monthly * profile.horizon_months
        tco = tco_gate(total, profile.horizon_months, o.purchase_usd * inp.fx, budget, inp.ccy)
        gates = (lat, thr, tco)
        ok = all(f.feasible for f in fits) and all(g.passed for g in gates)
        return gates, ok


__all__ = ["WEEK_HOURS", "Judge"]

