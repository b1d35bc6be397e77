"""The user's own measurements in a plan run (issue 15): what they move, and what the plan says.

One `Measured` per run. It compares the profile's measurements with the typical figures of the
performance model that `evaluate` belongs to (core.measure.adjust), moves the two perf matrices
(core.measure.estimates.adjust_perf: local cards as the user runs them, rented ones with only
the partial transfer), remembers which (workload, column) pairs moved, and writes the sentences
that say so. A render workload without a reference time of its own is timed from the user's
measured render (`profile`: the profile the run plans, with those references filled in).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from core.measure.adjust import Effect
from core.measure.compare import compare
from core.measure.estimates import (
    adjust_perf,
    basis_of,
    reason,
    render_reason,
    with_render_references,
)
from core.plan import reasons as say
from core.plan.options import Option, PerfLike, offer_gpu
from core.schema import GpuSpec, Profile, Workload
from core.schema.estimate import PerfMatrix
from core.schema.measurement import Measurement
from core.schema.plan import WorkloadFit

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


class Measured:
    def __init__(self, profile: Profile, evaluate: Callable[..., Any], catalogs: Catalogs
                 ) -> None:
        # typical figures come from the model `evaluate` belongs to; a stand-in evaluate (tests)
        # has none, and then the measurements move nothing
        from core.perf.evaluate import PerfModel

        model = getattr(evaluate, "__self__", None)
        # the profile's own models ([[model]]) are named by its measurements as by its jobs
        self.model = (model.with_models(profile.custom_models) if isinstance(model, PerfModel)
                      else None)
        # the catalogs the measured cards are named in (the plan's own without a model)
        self.catalogs = self.model.catalogs if self.model is not None else catalogs
        workloads, self.render_refs = with_render_references(
            profile.workloads, profile.measurements, self.catalogs)
        self.profile = replace(profile, workloads=workloads) if self.render_refs else profile
        self.measurements: tuple[Measurement, ...] = profile.measurements
        self.marks: dict[bool, dict[tuple[str, int], Effect]] = {False: {}, True: {}}
        # many plans share a moved job (a card alone and in its hybrids): one sentence each
        self._said: dict[tuple[int, str, str], str] = {}

    def adjust(self, perf: PerfLike, workloads: Sequence[Workload], specs: Sequence[GpuSpec],
               *, rented: bool) -> PerfLike:
        """`perf` moved by the measurements (columns of rented machines when `rented`)."""
        if not self.measurements or self.model is None or not isinstance(perf, PerfMatrix):
            return perf
        known = compare(self.measurements, self.model)
        moved, self.marks[rented] = adjust_perf(perf, workloads, specs, known, self.model,
                                                rented=rented)
        return moved

    def proven(self, workload_id: str, col: int) -> bool:
        """Whether the user measured this very job on this local card (then it runs, however
        far the model says it offloads)."""
        mark = self.marks[False].get((workload_id, col))
        return mark is not None and mark.how == "measured"

    def basis(self, rented: bool, workload_id: str, col: int, basis: str) -> str:
        return basis_of(self.marks[rented].get((workload_id, col)), basis)

    def reasons(self, o: Option, fits: Sequence[WorkloadFit], workloads: Sequence[Workload],
                by_id: dict[str, GpuSpec] | Any) -> tuple[str, ...]:
        """What the measurements did to `o`'s feasible jobs, one sentence each."""
        out: list[str] = []
        for f, w in zip(fits, workloads, strict=True):
            if not f.feasible or f.device_id in ("cpu", ""):
                continue
            rented = f.where == "cloud" and o.offer is not None
            mark = self.marks[rented].get((w.id, o.cloud_col if rented else o.local_col))
            if mark is not None:
                if rented and o.offer is not None:
                    where = say.on_rented(offer_gpu(o.offer, by_id[o.offer.gpu_id].name))
                else:
                    where = say.on_local(o.local_gpu.name if o.local_gpu is not None else "")
                key = (id(mark), w.id, where)
                line = self._said.get(key)
                if line is None:
                    line = self._said[key] = reason(mark, say.what(w), where)
                out.append(line)
            if w.id in self.render_refs:
                out.append(render_reason(self.render_refs[w.id], say.what(w), self.catalogs))
        return tuple(out)


__all__ = ["Measured"]
