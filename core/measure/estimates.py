"""The user's measurements applied to the planner's estimates (workloads × device columns).

`adjust_perf` moves the times of a perf matrix as core.measure.adjust says, and returns which
(workload, column) pairs moved and why, for the plan's reasons and the window's marks. A
workload's family: image and video jobs are their own; an LLM job is prompt processing then
generation, each moved by measurements of its own kind, weighted by the share of the job's time
it takes on that card; a render job moves with the Cycles score (Open Data) the user measured.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from core.hosts import default_host
from core.measure import wording as say
from core.measure.adjust import TRANSFER_SPREAD, Effect, How, Known, effect, setting_of
from core.schema import GpuSpec, Workload
from core.schema.estimate import Basis, PerfMatrix
from core.schema.measurement import Measurement
from core.schema.message import Message, Param, format_number

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs
    from core.perf.evaluate import PerfModel
    from core.perf.parts import ModelFinder

Z90 = 1.2815515655446004


def workload_query(w: Workload, catalogs: ModelFinder) -> dict[str, Any] | None:
    """The `predict`-style setting of a workload's job (None for kinds no measurement moves);
    a video model is looked up in `catalogs`."""
    if w.kind == "image":
        return {"task": "image", "model": w.model, "width": w.width or None,
                "height": w.height or None, "batch": w.batch}
    if w.kind == "video":
        model = catalogs.find_model(w.model or "")
        # a job runs CFG only where the model does (core.perf.jobs)
        cfg = w.cfg and (model.default_cfg if model is not None else True)
        return {"task": "video", "model": w.model, "width": w.width or None,
                "height": w.height or None, "frames": w.frames or None,
                "steps": w.steps or None, "cfg": cfg}
    if w.kind == "render":
        return {"task": "cycles"}
    return None


def _llm_shares(w: Workload, gpu: GpuSpec, n: int, model: PerfModel,
                rented: bool) -> tuple[float, float]:
    """(prompt processing, generation) shares of one LLM job's time on `gpu` (`rented`: on
    a server, as the planner times a rented card)."""
    job = model.job_parts(w, gpu, n, host="server" if rented else None)
    total = job.a + job.b
    if not (job.runnable and total > 0 and math.isfinite(total)):
        return 0.5, 0.5
    return job.a / total, job.b / total


def effect_for(known: Sequence[Known], w: Workload, gpu: GpuSpec, n: int, sigma: float,
               model: PerfModel, *, rented: bool) -> Effect | None:
    """What the measurements do to `w` on `n` × `gpu` (sigma: the estimate's log sigma)."""
    if w.kind == "llm":
        shares = _llm_shares(w, gpu, n, model, rented)
        parts = [(s, effect(known, gpu, fam, None, sigma, rented=rented))
                 for s, fam in zip(shares, ("llm_pp", "llm_tg"), strict=True)]
        used = [(s, e) for s, e in parts if e is not None]
        if not used:
            return None
        shift = sum(s * e.log_shift for s, e in used)
        how: How = ("same card" if all(e.how != "other card" for _, e in used)
                    else "other card")
        spread = math.hypot(sigma, TRANSFER_SPREAD * shift) if how == "other card" else sigma
        return Effect(how, shift, spread, tuple(k for _, e in used for k in e.known))
    which = _family_setting(w, model)
    if which is None:
        return None
    return effect(known, gpu, which[0], which[1], sigma, rented=rented)


@lru_cache(maxsize=512)
def _family_setting(w: Workload, model: PerfModel
                    ) -> tuple[str, tuple[object, ...] | None] | None:
    """(family, setting) of a non-LLM workload's job, worked out once per workload and model
    (whose catalogs name the models)."""
    q = workload_query(w, model.catalogs)
    if q is None or (w.kind == "render" and w.ref_seconds_per_frame is not None):
        return None  # a render timed from a reference render is the user's own time already
    if w.kind == "render":
        return "cycles", None
    return str(q["task"]), setting_of(q, model.catalogs)


def adjust_perf(perf: PerfMatrix, workloads: Sequence[Workload], gpus: Sequence[GpuSpec],
                known: Sequence[Known], model: PerfModel, *, rented: bool
                ) -> tuple[PerfMatrix, dict[tuple[str, int], Effect]]:
    """`perf` (rows: `workloads`, columns: `gpus`) with the measured effects applied, and the
    effects by (workload id, column). Columns of a rented machine take only the partial
    transfer, even where the card is the one the user measured."""
    if not known or not isinstance(perf, PerfMatrix):
        return perf, {}
    t10, t50, t90, sigma = (np.array(a, dtype=np.float64, copy=True)
                            for a in (perf.t10, perf.t50, perf.t90, perf.sigma))
    marks: dict[tuple[str, int], Effect] = {}
    for i, w in enumerate(workloads):
        for j, gpu in enumerate(gpus):
            if not perf.runnable[i, j] or not math.isfinite(t50[i, j]):
                continue
            e = effect_for(known, w, gpu, int(perf.n_gpus[j]), float(sigma[i, j]), model,
                           rented=rented)
            if e is None or (e.log_shift == 0.0 and e.sigma == sigma[i, j]):
                continue
            mid = t50[i, j] * math.exp(-e.log_shift)
            t50[i, j], sigma[i, j] = mid, e.sigma
            t10[i, j], t90[i, j] = mid * math.exp(-Z90 * e.sigma), mid * math.exp(Z90 * e.sigma)
            marks[(w.id, j)] = e
    if not marks:
        return perf, {}
    # a cell a measurement moved rests on it now, not on the fallback its note named (a
    # matrix without range notes has none to clear)
    range_notes = tuple(tuple("" if (w.id, j) in marks else note for j, note in enumerate(row))
                        for w, row in zip(workloads, perf.range_notes, strict=False))
    return replace(perf, t10=t10, t50=t50, t90=t90, sigma=sigma,
                   range_notes=range_notes), marks


def with_render_references(workloads: Sequence[Workload], measurements: Sequence[Measurement],
                           catalogs: Catalogs
                           ) -> tuple[tuple[Workload, ...], dict[str, Measurement]]:
    """Render workloads without a reference time of their own take the user's measured render
    time of the same scene (None: their own scene; the newest such measurement) as
    `ref_seconds_per_frame` on its card, which core.perf.render scales to other cards by their
    Cycles scores. Returns the workloads and which measurement each changed one took."""
    from core.perf.resolve import resolve_gpu_name

    renders = sorted((m for m in measurements if m.task == "render"), key=lambda m: m.date)
    out: list[Workload] = []
    used: dict[str, Measurement] = {}
    for w in workloads:
        if w.kind == "render" and w.ref_seconds_per_frame is None:
            for m in reversed(renders):
                gpu = resolve_gpu_name(m.gpu, catalogs, typed=False)
                if m.scene == w.scene and gpu is not None:
                    w = replace(w, ref_seconds_per_frame=m.value, ref_gpu=gpu.id)
                    used[w.id] = m
                    break
        out.append(w)
    return tuple(out), used


# a metric's unit, a Message: a translated sentence says it in its language ("token/秒")
UNITS = {"it_per_s": Message(say.UNIT_IT_PER_S), "tokens_per_s": Message(say.UNIT_TOKENS_PER_S),
         "seconds": Message(say.UNIT_SECONDS), "opendata_score": Message(say.UNIT_SAMPLES_PER_MIN)}


def basis_of(e: Effect | None, basis: str) -> str:
    """An estimate's basis: "user-measured" on the measured card and setting, "user-adjusted"
    where a measurement moved it, else `basis` as it was."""
    if e is None:
        return basis
    return "user-measured" if e.how == "measured" else "user-adjusted"


def reason(e: Effect, work: Param, where: Param) -> Message:
    """The plan's sentence for what a measurement did to `work` ({where}: "on the RTX 4090")."""
    from core.plan import wording

    k = e.known[0]
    m = k.measurement
    common: dict[str, Param] = {"gpu": k.gpu_name, "value": format_number(m.value),
                                "unit": UNITS[m.metric], "ratio": k.ratio, "work": work}
    if e.how == "measured":
        return Message(wording.MEASURED_HERE, **common)
    if e.how == "same card":
        return Message(wording.MEASURED_SAME_CARD, **common)
    return Message(wording.MEASURED_OTHER_CARD, where=where, factor=e.factor, **common)


def render_reason(m: Measurement, work: Param, catalogs: Catalogs) -> Message:
    """The plan's sentence for a render workload timed from the user's own render."""
    from core.perf.resolve import resolve_gpu_name
    from core.plan import wording

    gpu = resolve_gpu_name(m.gpu, catalogs, typed=False)
    return Message(wording.MEASURED_RENDER, gpu=gpu.name if gpu is not None else m.gpu,
                   value=f"{m.value:.3g}", work=work)


def measured_estimate(model: PerfModel, w: Workload, gpu: GpuSpec, n_gpus: int,
                      known: Sequence[Known], host_ram_bytes: float | None = None,
                      host: str | None = None) -> tuple[Any, Effect | None]:
    """(Estimate, what the measurements did to it or None) for one job on `n_gpus` × `gpu`,
    as a plan moves the same cell (`rigsizer estimate --measurements`): the user's own, on
    the card's own host, or on another `host` (a GeForce card on a server: a rented pod),
    which the measurements, taken on the card's own host, move in part, as a plan moves a
    rented card."""
    from core.perf.evaluate import estimate_of

    m = model.evaluate([w], [gpu], [n_gpus], host_ram_bytes=host_ram_bytes, host=host)
    moved, marks = adjust_perf(m, [w], [gpu], known, model,
                               rented=host is not None and host != default_host(gpu))
    mark = marks.get((w.id, 0))
    basis = cast("Basis", basis_of(mark, "model"))  # 'model' or one of the user bases
    return estimate_of(moved, w, gpu, n_gpus, basis), mark
