"""Does each workload meet its limits where a plan puts it? And the three gates of a plan.

A deadline is met when the job finishes within it at the user's confidence (the profile's
`deadline_confidence`, p90 by default: "I'll wait at most 30 min" means most jobs make it, not
the typical one); a cloud job's wait includes the serverless cold start. A local job that takes
longer than the hours the PC is on a day cannot finish in one sitting: it is flagged (the fit's
`reason` says so, and the plan's reasons repeat it). Live work must meet its frame budget (the
perf model says so in `runnable`). Local throughput: a card works while the PC is on (the
profile's hours_per_day_online). What runs offloaded (MAX_OFFLOAD_RATIO, the system RAM) is
the performance model's one rule (core.perf.memory_rule): a job it cannot run is not runnable
here, as in `rigsizer estimate`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from statistics import NormalDist

from core.cost.local import Assumption
from core.cost.rental import cold_start_s
from core.perf import memory_rule
from core.perf.jobs import parts_of_one_job
from core.perf.memory_limits import usable_bytes
from core.perf.notes import says_8_bit
from core.plan import reasons as say
from core.plan import wording
from core.plan.options import Option, PerfLike, count_name, is_gpu_work
from core.schema import Basis, Estimate, GpuSpec, Workload
from core.schema.message import Bytes, Message, Money, Param, Seconds
from core.schema.plan import Gate, WorkloadFit
from core.units import HOUR

Z90 = 1.2815515655446004  # standard normal quantile at 0.9: p90 = p50 * exp(Z90 * sigma)
DEFAULT_CONFIDENCE = 0.9  # a deadline is met when the job finishes within it at p90
CONFIDENCE_RANGE = (0.5, 0.99)


def z_of(confidence: float) -> float:
    """The standard normal quantile of `confidence` (0.9 -> Z90): a job finishes within
    t50 · exp(z · sigma) with that probability (job times are lognormal)."""
    low, high = CONFIDENCE_RANGE
    if not low <= confidence <= high:
        raise ValueError(f"deadline confidence must be from {low:g} to {high:g} (p50 to p99), "
                         f"got {confidence!r}")
    if confidence == DEFAULT_CONFIDENCE:
        return Z90
    return NormalDist().inv_cdf(confidence)


def at(t50: float, sigma: float, z: float) -> float:
    """The job time at the quantile whose normal score is `z`."""
    if not math.isfinite(t50):
        return t50
    return t50 * math.exp(z * (sigma if math.isfinite(sigma) else 0.0))

MAX_OFFLOAD_RATIO = Assumption(
    "most memory a job may need, as a multiple of the card's, when it offloads",
    memory_rule.MAX_OFFLOAD_RATIO, "×",
    "estimate: block-swap offloading (ComfyUI, diffusers) carries models up to about twice the "
    "VRAM at a usable speed; beyond that PCIe traffic and system RAM make it impractical (the "
    "performance model's rule, core.perf.memory_rule, which `estimate` applies too)")
HOST_RAM_SHARE = Assumption(
    "share of system RAM an offloading job may fill", memory_rule.HOST_RAM_SHARE, "×",
    "estimate: the OS, the browser and the generation UI keep about a fifth of system RAM")


MAX_UTILISATION = Assumption(
    "share of the PC's on-time a card may be planned busy", 0.8, "×",
    "estimate: jobs arrive unevenly; above ~80% load they queue behind each other and miss "
    "their deadlines (queueing theory: waiting grows as load / (1 - load))")


def local_capacity(hours_per_day_online: float, n_gpus: int) -> float:
    """Hours of work a week the local card(s) can take on: while the PC is on, one job per
    card, leaving headroom so jobs do not queue past their deadlines."""
    on = min(24.0, max(0.0, hours_per_day_online)) * 7.0
    return max(1, n_gpus) * on * MAX_UTILISATION.value


def is_hourly(w: Workload) -> bool:
    """Work counted in hours (live sessions) rather than jobs."""
    return w.jobs_per_week == 0.0 and w.hours_per_week > 0.0


@dataclass(frozen=True, slots=True)
class Cell:
    """One workload on one device column, read out of the perf matrix."""

    t50: float
    sigma: float
    vram: float
    fits: bool
    offload: bool
    runnable: bool
    power_w: float
    note: str
    range_note: str = ""  # why its range is wide (core.perf.range_basis), if it is


def cell(perf: PerfLike, row: int, col: int) -> Cell:
    """One pair; a job that cannot run takes forever (inf, not the matrix's NaN, so fits and
    plans holding it still compare equal to their copies)."""
    notes = perf.notes[row][col] if perf.notes else ""
    # (a matrix the planner was handed may predate range notes: none then)
    ranges = getattr(perf, "range_notes", ())
    runnable = bool(perf.runnable[row, col])
    t50, sigma = float(perf.t50[row, col]), float(perf.sigma[row, col])
    if not runnable and math.isnan(t50):
        t50, sigma = math.inf, 0.0
    return Cell(t50, sigma, float(perf.vram_required[row, col]), bool(perf.fits[row, col]),
                bool(perf.offload[row, col]), runnable, float(perf.power_w[row, col]), notes,
                ranges[row][col] if ranges else "")


def too_much_offload(c: Cell, memory: float, kind: str = "video") -> bool:
    """The memory rule's ratio test (core.perf.memory_rule), for a cell read from a matrix that
    did not apply it."""
    return (kind in memory_rule.RATIO_KINDS and c.runnable and c.offload
            and c.vram > MAX_OFFLOAD_RATIO.value * memory)


def one_job(w: Workload, c: Cell, n: int) -> Cell:
    """`c`, a rented node's cell, as one job waits on its `n` cards. The perf model spreads
    an image or upscale job over a node's cards (its time / n: what n cards get through in a
    week, which the costs and the busy hours count); one job splits over at most as many
    cards as it has images or frames, so one image on an 8-card node takes one card's time,
    and its deadline is judged at that. (Local boxes are timed one card at a time: see
    fit_local.)"""
    pieces = parts_of_one_job(w)
    if pieces is None or n <= 1:
        return c
    return replace(c, t50=c.t50 * n / min(n, pieces))


def hours_per_week(w: Workload, t50: float) -> float:
    if is_hourly(w):
        return w.hours_per_week
    return w.jobs_per_week * t50 / HOUR


_BASES: dict[str, Basis] = {"measured": "measured", "user-measured": "user-measured",
                           "user-adjusted": "user-adjusted"}


def estimate(w: Workload, gpu_id: str, n: int, c: Cell, basis: str) -> Estimate:
    """One job of `w` on `n` × the card: the time one job waits (one_job), and the energy of
    one job's share of the cards' week (all n cards' power over the perf model's time)."""
    job = one_job(w, c, n)
    t10 = job.t50 * math.exp(-Z90 * c.sigma)
    t90 = job.t50 * math.exp(Z90 * c.sigma)
    return Estimate(
        workload_id=w.id, gpu_id=gpu_id, n_gpus=n, seconds_p10=t10, seconds_p50=job.t50,
        seconds_p90=t90, vram_required_bytes=c.vram, fits=c.fits, offload=c.offload,
        runnable=c.runnable, power_w=c.power_w,
        energy_j_p50=c.t50 * c.power_w if math.isfinite(c.t50) else math.inf,
        basis=_BASES.get(basis, "model"), note=c.note, range_note=c.range_note)


def fit_local(w: Workload, gpu: GpuSpec | None, n: int, c: Cell | None,
              proven: bool = False, *, z: float = Z90,
              day_s: float | None = None) -> WorkloadFit:
    """`w` on the user's (or a bought) card. `proven`: the user measured this very job on this
    card, so however far it offloads, it runs (at the measured speed, in `c`). `z`: the normal
    score of the deadline confidence (z_of); `day_s`: the seconds the PC is on a day (a longer
    job cannot finish in a sitting)."""
    if not is_gpu_work(w):
        ok = w.deadline_s is None or w.cpu_seconds <= w.deadline_s
        why: str = "" if ok else Message(wording.CPU_LATE, work=say.what(w),
                                         time=Seconds(w.cpu_seconds),
                                         limit=Seconds(w.deadline_s or 0.0))
        return WorkloadFit(w.id, w.label, "local", "cpu", ok, w.cpu_seconds, w.cpu_seconds,
                           0.0, reason=why)
    if gpu is None or c is None:
        return WorkloadFit(w.id, w.label, "none", "", False, math.inf, math.inf, 0.0,
                           reason=say.no_local_gpu(w))
    name = count_name(n, gpu.name)
    # `c` is one card's time even for a box of n (one job per card: local_capacity counts
    # the cards), so unlike a rented node's it is one job's wait as it stands
    t90 = c.t50 * math.exp(Z90 * c.sigma)
    hours = hours_per_week(w, c.t50) if c.runnable else 0.0
    if not c.runnable:
        if w.kind == "realtime" and c.t50 > 0 and math.isfinite(c.t50):
            why = say.misses_frame_budget(w, name, c.t50, c.note)
        else:
            why = say.cannot_run(w, name, c.note, c.vram, gpu)
        return WorkloadFit(w.id, w.label, "local", gpu.id, False, c.t50, t90, 0.0, c.offload,
                           why)
    if too_much_offload(c, gpu.usable_memory_bytes, w.kind) and not proven:  # no rule applied
        return WorkloadFit(w.id, w.label, "local", gpu.id, False, c.t50, t90, 0.0, True,
                           say.offload_too_far(w, name, c.vram, gpu.usable_memory_bytes,
                                               MAX_OFFLOAD_RATIO.value))
    sure = at(c.t50, c.sigma, z)
    if w.deadline_s is not None and not is_hourly(w) and sure > w.deadline_s:
        why = say.misses_deadline(w, name, sure, w.deadline_s, c.offload, gpu, c.vram,
                                  typical=c.t50)
        return WorkloadFit(w.id, w.label, "local", gpu.id, False, c.t50, t90, hours, c.offload,
                           why, sure)
    note: str = ""
    if c.offload:
        note = Message(wording.OFFLOADS, work=say.what(w), gpu=name,
                       has=Bytes(usable_bytes(gpu)), time=Seconds(c.t50))
    if day_s is not None and 0 < day_s < 86400 and not is_hourly(w) and sure > day_s:
        # flagged, not refused: the PC can stay on for it, but the user must know
        note = say.longer_than_day(w, name, sure, day_s)
    return WorkloadFit(w.id, w.label, "local", gpu.id, True, c.t50, t90, hours, c.offload, note,
                       sure, says_8_bit(c.note), c.range_note)


def cloud_latency(w: Workload, c: Cell, option: Option, z: float = Z90) -> float:
    """What the user waits for one cloud job at the confidence `z`: the job, plus a cold start
    on serverless (it grows with the weights the worker loads: core.cost.rental)."""
    offer = option.offer
    cold = (cold_start_s(offer, c.vram) if offer is not None and offer.tier == "serverless"
            else 0.0)
    return at(c.t50, c.sigma, z) + cold


def fit_cloud(w: Workload, option: Option, gpu_name: str, gpu: GpuSpec | None,
              c: Cell, *, z: float = Z90) -> WorkloadFit:
    offer = option.offer
    assert offer is not None
    hours = hours_per_week(w, c.t50)
    c = one_job(w, c, offer.gpu_count)
    t90 = c.t50 * math.exp(Z90 * c.sigma)
    if w.live or w.kind == "realtime":
        return WorkloadFit(w.id, w.label, "cloud", offer.id, False, c.t50, t90, 0.0,
                           reason=say.live_not_in_cloud(w))
    if w.private:
        return WorkloadFit(w.id, w.label, "cloud", offer.id, False, c.t50, t90, 0.0,
                           reason=say.private_not_in_cloud(w))
    if not c.runnable:
        return WorkloadFit(w.id, w.label, "cloud", offer.id, False, c.t50, t90, 0.0, c.offload,
                           say.cannot_run(w, gpu_name, c.note, c.vram, gpu))
    memory = (gpu.usable_memory_bytes if gpu is not None else 0.0) * offer.gpu_count
    if gpu is not None and too_much_offload(c, memory, w.kind):  # a matrix without the rule
        return WorkloadFit(w.id, w.label, "cloud", offer.id, False, c.t50, t90, 0.0, True,
                           say.offload_too_far(w, gpu_name, c.vram, memory,
                                               MAX_OFFLOAD_RATIO.value))
    wait = cloud_latency(w, c, option, z)
    if w.deadline_s is not None and wait > w.deadline_s:
        why = say.misses_deadline(w, gpu_name, wait, w.deadline_s, c.offload, gpu, c.vram,
                                  typical=c.t50)
        return WorkloadFit(w.id, w.label, "cloud", offer.id, False, c.t50, t90, hours,
                           c.offload, why, wait)
    return WorkloadFit(w.id, w.label, "cloud", offer.id, True, c.t50, t90, hours, c.offload,
                       "", wait, says_8_bit(c.note), c.range_note)


def latency_gate(workloads: tuple[Workload, ...], fits: tuple[WorkloadFit, ...],
                 confidence: float = DEFAULT_CONFIDENCE) -> Gate:
    """The job closest to (or furthest past) its deadline, judged at `confidence`."""
    worst_ratio = -1.0
    worst: tuple[Workload, WorkloadFit] | None = None
    live_fail: list[WorkloadFit] = []
    late: list[WorkloadFit] = []
    for w, f in zip(workloads, fits, strict=True):  # one pass: this runs for every option
        if not f.feasible and (w.live or w.kind == "realtime"):
            live_fail.append(f)
        if w.deadline_s is None or is_hourly(w):
            continue
        if not f.feasible:
            late.append(f)
        ratio = _sure(f) / w.deadline_s
        if ratio > worst_ratio:
            worst_ratio, worst = ratio, (w, f)
    passed = not live_fail and not late
    if worst is None:
        return Gate("latency", passed, 0.0, math.inf, "s",
                    Message(wording.NO_DEADLINES) if passed else live_fail[0].reason)
    w, f = worst
    deadline = w.deadline_s or math.inf
    if not passed:
        return Gate("latency", passed, _sure(f), deadline, "s", (late or live_fail)[0].reason)
    return Gate("latency", passed, _sure(f), deadline, "s",
                Message(wording.SLOWEST, work=say.what(w), time=Seconds(f.seconds_p50),
                        sure=Seconds(_sure(f)), share=round(100 * confidence),
                        limit=Seconds(deadline)))


def _sure(f: WorkloadFit) -> float:
    """The time a fit was judged at (p90 for fits made without a confidence; a job that cannot
    run at all is infinitely late)."""
    t = f.seconds_sure if f.seconds_sure > 0 else f.seconds_p90
    return math.inf if math.isnan(t) else t


def throughput_gate(local_hours: float, capacity: float, gpu_name: str,
                    heaviest: Workload | None = None) -> Gate:
    """Device hours the local work needs a week against what the card can take on; the
    detail also says it in jobs a day for the heaviest job (`heaviest`)."""
    passed = local_hours <= capacity
    return Gate("throughput", passed, local_hours, capacity, "h/week",
                _busy(passed, local_hours, capacity, gpu_name, heaviest))


def _busy(passed: bool, local_hours: float, capacity: float, gpu_name: str,
          heaviest: Workload | None) -> str:
    """The throughput gate's sentence."""
    detail: str
    if passed and local_hours > 0 and gpu_name:
        times = capacity / local_hours
        busy: dict[str, Param] = {"gpu": gpu_name, "hours": local_hours, "capacity": capacity,
                                  "times": times}
        if heaviest is not None:
            per, template = heaviest.jobs_per_week / 7.0, wording.BUSY_DAILY
            if per < 1.0:
                per, template = heaviest.jobs_per_week, wording.BUSY_WEEKLY
            can = per * times
            detail = Message(template, work=say.what(heaviest), per=per,
                             can=f"{can:.0f}" if can >= 10 else f"{can:.1f}", **busy)
        else:
            detail = Message(wording.BUSY, **busy)
    elif passed:
        detail = Message(wording.CLOUD_SCALES)
    else:
        detail = say.over_capacity(gpu_name, local_hours, capacity)
    return detail


def tco_gate(total: float, horizon: int, upfront: float, budget: float | None,
             currency: str) -> Gate:
    limit = math.inf if budget is None else budget
    passed = upfront <= limit * (1 + 1e-9)
    if not passed:
        return Gate("tco", passed, total, limit, "total",
                    say.over_budget(upfront, limit, currency))
    template = ((wording.TOTAL_UPFRONT_BUDGET if budget is not None else wording.TOTAL_UPFRONT)
                if upfront > 0 else
                (wording.TOTAL_BUDGET if budget is not None else wording.TOTAL))
    return Gate("tco", passed, total, limit, "total",
                Message(template, total=Money(total, currency), months=horizon,
                        upfront=Money(upfront, currency), budget=Money(limit, currency)))


__all__ = [
    "CONFIDENCE_RANGE",
    "DEFAULT_CONFIDENCE",
    "HOST_RAM_SHARE",
    "MAX_OFFLOAD_RATIO",
    "MAX_UTILISATION",
    "Z90",
    "Cell",
    "at",
    "cell",
    "estimate",
    "fit_cloud",
    "fit_local",
    "hours_per_week",
    "is_hourly",
    "latency_gate",
    "local_capacity",
    "tco_gate",
    "throughput_gate",
    "too_much_offload",
    "z_of",
]
