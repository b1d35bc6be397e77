"""What the performance model assumes, as a plan's report states it: the estimates no
calibration row measures (each defined beside the code that uses it), and the host costs the
shipped fit chose for a desktop and for a server (a data-centre card's node, a rented pod).

The host costs are fitted, not estimated, but they set what renting costs in time: a pod's CPU
launches each diffusion step's kernels and does each generated token's host work, and the
calibration rows measured it about twice as slow as a desktop's. A report that compares a rented
H100 with a card at home says so with the figures the plan used.
"""

from __future__ import annotations

from dataclasses import replace

from core.hosts import HOSTS
from core.perf.assumptions import ASSUMPTIONS
from core.perf.cardclass import (
    GEFORCE_TENSOR_PER_FP32,
    INTEL_LLAMA_CPP_FP16_PER_FP32,
    TURING_TENSOR_PER_FP32,
)
from core.perf.efficiency import Efficiency
from core.perf.fit_software import FLOOR_FALLBACK_SIGMA, floor_of, t0_of
from core.perf.fit_spread import OUT_OF_RANGE_SIGMA_PER_EFOLD
from core.schema.assumption import Assumption

STATED: tuple[Assumption, ...] = (
    *ASSUMPTIONS, GEFORCE_TENSOR_PER_FP32, TURING_TENSOR_PER_FP32, INTEL_LLAMA_CPP_FP16_PER_FP32,
    FLOOR_FALLBACK_SIGMA, OUT_OF_RANGE_SIGMA_PER_EFOLD)

_FITTED = "fitted on the shipped calibration rows (assets/calibration/efficiency.json)"
# The texts of the fitted figures (their values come from the fit): module-level, so that the
# translation catalogue lists them as it lists every other Assumption's.
STEP_LAUNCH = {
    "desktop": Assumption("kernel launches of a diffusion step on a desktop PC", 0.0,
                          "ms per denoiser block", _FITTED),
    "server": Assumption("kernel launches of a diffusion step on a server or rented pod", 0.0,
                         "ms per denoiser block", _FITTED),
}
TOKEN_HOST_WORK = {
    "desktop": Assumption("host work per generated LLM token on a desktop PC", 0.0,
                          "ms per token", _FITTED),
    "server": Assumption("host work per generated LLM token on a server or rented pod", 0.0,
                         "ms per token", _FITTED),
}


def fitted_host_costs(efficiency: Efficiency) -> tuple[Assumption, ...]:
    """The per-step floor of eager diffusion (per block of the denoiser) and the per-token host
    work of LLM decode that `efficiency` fitted for each host (core.hosts.HOSTS), in ms; a
    metric the fit lacks is left out."""
    out: list[Assumption] = []
    for metric, texts, cost in (("image", STEP_LAUNCH, floor_of),
                                ("llm_tg", TOKEN_HOST_WORK, t0_of)):
        if metric not in efficiency.metrics:
            continue
        block = efficiency.block(metric)
        out += [replace(texts[host], value=round(1000.0 * cost(block, {"host": host}), 4))
                for host in HOSTS]
    return tuple(out)


__all__ = ["STATED", "STEP_LAUNCH", "TOKEN_HOST_WORK", "fitted_host_costs"]
