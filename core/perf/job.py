"""One job of one workload on one device, as the Monte Carlo kernel needs it.

time = a·exp(sa·z1) + b·exp(sb·z2) + c: `a` and `b` are the efficiency-bound parts at median
efficiency (LLM: prompt processing and generation), `sa`/`sb` their lognormal sigmas, `c` what
no efficiency changes (transfers, fixed overheads).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.perf import fit
from core.perf.efficiency import Efficiency
from core.perf.parts import Parts


@dataclass(frozen=True, slots=True)
class JobParts:
    a: float
    sa: float
    b: float = 0.0
    sb: float = 0.0
    c: float = 0.0
    vram_required: float = 0.0
    fits: bool = True
    offload: bool = False
    runnable: bool = True
    power_w: float = 0.0
    note: str = ""
    # why the range is wide where the estimate fell back from a group no row measured
    # (core.perf.range_basis)
    range_note: str = ""


OFFLOAD_SIGMA = 0.3  # estimate: system RAM and PCIe speeds vary from PC to PC
NOT_RUNNABLE = JobParts(np.nan, 0.0, runnable=False, fits=False)


def calibrated(parts: Parts, efficiency: Efficiency) -> tuple[float, float, float, float]:
    """(time at median efficiency that efficiency scales, fixed time, sigma, metric p50) for
    one unit (token, job) of a calibrated metric, with the fitted efficiencies `efficiency`."""
    block = efficiency.block(parts.metric)
    scaled, fixed, sigma, value = fit.predict_full(parts, block)
    if parts.metric == "cycles":
        return 0.0, 0.0, sigma, value
    if parts.metric in ("image", "llm_tg"):
        # sigma is the spread of whole-value residuals, so a fitted cost it covers is
        # uncertain, not fixed: an image job's overhead (models moved to and from the card,
        # per-job setup) depends on the UI and its memory mode as much as the efficiency does;
        # a decoded token's instructions per weight (core.perf.parts.Parts.ops) are a fitted
        # rate like its bandwidth efficiency, and on HBM cards half the time. Held fixed they
        # narrowed exactly those cards' ranges: leave-one-GPU-out decode coverage 77 -> 81 %,
        # every data-centre card left out 33 -> 83 % inside. (Prefill's per-token constant is
        # a few microseconds: 88 -> 89 %, left as it is.)
        extra = fixed - parts.fixed
        scaled, fixed = scaled + extra, parts.fixed
    if parts.offload and parts.fixed > 0.0:
        # offloading time (system RAM, PCIe) rests on assumed speeds: it is uncertain too, so it
        # joins the uncertain part with at least OFFLOAD_SIGMA instead of narrowing the range
        scaled, fixed = scaled + parts.fixed, fixed - parts.fixed
        sigma = max(sigma, OFFLOAD_SIGMA)
    return scaled, fixed, sigma, value
