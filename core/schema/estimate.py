"""What the performance model says about one workload on one device option."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Basis = Literal["measured", "model"]


@dataclass(frozen=True, slots=True)
class Estimate:
    """Time, memory and energy for one job of `workload_id` on `n_gpus` × `gpu_id`.

    Times are per job, lognormal: p10/p90 come from the spread of the calibration residuals.
    `runnable` is False when the job cannot run at all (too little memory even with offload, or
    a feature the device lacks); `note` then says why in plain words. `fits` is True when it runs
    without offloading; `offload` when it runs only by offloading (slower, included in the times).
    """

    workload_id: str
    gpu_id: str
    n_gpus: int
    seconds_p10: float
    seconds_p50: float
    seconds_p90: float
    vram_required_bytes: float
    fits: bool
    offload: bool
    runnable: bool
    power_w: float  # average board power while the job runs
    energy_j_p50: float  # per job
    basis: Basis
    note: str = ""
