"""What the performance model says about one workload on one device option."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # annotations only: `rigsizer --help` and `--version` must not load numpy
    import numpy as np
    import numpy.typing as npt

# "user-measured": the user's own measurement of that card and setting; "user-adjusted": a
# model estimate moved by the user's measurements (core.measure.adjust)
Basis = Literal["measured", "model", "user-measured", "user-adjusted"]


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
    # where the range is wide because no calibration row measured this card's group, which
    # (core.perf.range_basis); '' otherwise
    range_note: str = ""


@dataclass(frozen=True, slots=True, eq=False)
class PerfMatrix:
    """The performance model over workloads × GPUs (arrays of shape (n_workloads, n_gpus)).

    Per job: `t50` seconds (median; realtime workloads: seconds per frame), `t10`/`t90` the Monte
    Carlo 10th/90th percentiles, `sigma` the lognormal sigma that matches them
    (ln(t90/t10) / 2.563). `vram_required` bytes, `fits` (runs without offloading), `offload`
    (runs only by offloading, included in the times), `runnable` (False: times are NaN and
    `notes[w][g]` says why), `power_w` average board watts while it runs, `n_gpus` cards per
    column. `basis` is "model" (measured rows are answered only by `predict`).
    """

    workload_ids: tuple[str, ...]
    gpu_ids: tuple[str, ...]
    n_gpus: npt.NDArray[np.int64]  # (n_columns,)
    t50: npt.NDArray[np.float64]
    t10: npt.NDArray[np.float64]
    t90: npt.NDArray[np.float64]
    sigma: npt.NDArray[np.float64]
    vram_required: npt.NDArray[np.float64]
    fits: npt.NDArray[np.bool_]
    offload: npt.NDArray[np.bool_]
    runnable: npt.NDArray[np.bool_]
    power_w: npt.NDArray[np.float64]
    notes: tuple[tuple[str, ...], ...]
    basis: Basis = "model"
    samples: int = 0
    # per cell, why its range is wide where it fell back from a group no row measured
    range_notes: tuple[tuple[str, ...], ...] = ()
