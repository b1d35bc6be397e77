"""The user's measurements against the model: `compare` gives each its typical figure (what
`predict` says without it), and `apply_user` moves `predict`'s answers as they say
(core.measure.adjust decides how). Above core.perf.predict, which knows nothing of them.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from core.hosts import default_host
from core.measure.adjust import Known, effect, family_of, log_sigma, setting_of, shifted, speed
from core.perf.predict import predict, round_answer
from core.perf.resolve import resolve_gpu_name
from core.schema.measurement import Measurement

if TYPE_CHECKING:
    from core.perf.evaluate import PerfModel


@lru_cache(maxsize=64)
def compare(measurements: tuple[Measurement, ...], model: PerfModel,
            measured_rows: bool = False) -> tuple[Known, ...]:
    """Each usable measurement with its typical figure (`predict` on `model` without user
    measurements; `measured_rows`: a calibration row of that exact card and test counts as
    typical)."""
    usable = [m for m in measurements if m.task != "render"]
    answers = predict([m.query() for m in usable], model, measured=measured_rows)
    out: list[Known] = []
    for m, a in zip(usable, answers, strict=True):
        gpu = resolve_gpu_name(m.gpu, model.catalogs, typed=False)
        q = m.query()
        family, setting = family_of(q), setting_of(q, model.catalogs)
        if gpu is None or family is None or setting is None or not a["p50"]:
            continue
        log_ratio = math.log(speed(m.value, m.metric) / speed(float(a["p50"]), m.metric))
        out.append(Known(m, gpu.id, gpu.name, gpu.vendor, family, setting, float(a["p50"]),
                         log_ratio, m.host or default_host(gpu)))
    return tuple(out)


def apply_user(queries: list[Any], answers: list[dict[str, Any]],
               user: tuple[Measurement, ...], model: PerfModel, measured: bool) -> None:
    """Move `predict`'s `answers` to `queries` (in place) by the user's measurements: an answer
    they move has basis "user-measured" (the measured card and setting) or "user-adjusted"
    (another setting or card). `measured` is what `predict` was given."""
    known = compare(user, model, measured)
    for q, ans in zip(queries, answers, strict=True):
        if ans["error"] is not None or ans["p50"] is None or not isinstance(q, dict):
            continue
        family, setting = family_of(q), setting_of(q, model.catalogs)
        if family is None:
            continue
        gpu = resolve_gpu_name(str(q.get("gpu", "")), model.catalogs)
        if gpu is None:
            continue
        e = effect(known, gpu, family, setting, log_sigma(ans["p10"], ans["p90"]),
                   timing=str(q.get("timing") or "job"))
        if e is None:
            continue
        moved = shifted(ans["p10"], ans["p50"], ans["p90"], e, ans["metric"])
        ans["p10"], ans["p50"], ans["p90"] = (round_answer(x) for x in moved)
        ans["basis"] = "user-measured" if e.how == "measured" else "user-adjusted"
