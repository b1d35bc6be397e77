"""How the user's own measurements move an estimate (DESIGN.md, "The user's own measurements").

Each measurement is compared with the typical figure for its own card and setting (what RigSizer
says without it): `ratio` = measured speed ÷ typical speed. That ratio is what the measurement
says about this user's software, drivers and cooling, and it moves estimates of the same family
of work (image, video, LLM prompt processing, LLM generation, Cycles, render) in three steps:

1. the measured card and setting: the estimate is the measurement, with the range of one reading
   (USER_SIGMA) instead of the model's (repeated readings that disagree keep their spread);
2. other settings on the measured card, run where it was measured: the whole ratio, the range
   unchanged, since the model still carries the step from one setting to another;
3. other cards, and the measured card run elsewhere (a reading at home for a rented pod of that
   card, or one taken on a rented pod, `host = "server"`, for owning the card): a part of the
   ratio (TRANSFER of its log), and a wider range for the part not carried (TRANSFER_SPREAD of
   the log ratio, added in quadrature), because a faster ComfyUI setup at home says something,
   not everything, about a rented pod or a card not yet bought.

Several measurements of one family on one card average their log ratios; other cards take the
average over the measured cards. `effect` is the one function that decides this; `shifted`
applies it to p10/p50/p90. `compare` (core.measure.compare) makes the Known list, from
`predict` on the model without the user's measurements.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist, fmean
from typing import TYPE_CHECKING, Any, Literal

from core.cost.local import Assumption
from core.hosts import default_host
from core.schema import GpuSpec
from core.schema.measurement import Measurement
from core.schema.model import asked_quant

if TYPE_CHECKING:
    from core.perf.parts import ModelFinder

USER_READING = Assumption(
    "spread of one reading of your own speed", 0.05, "log sigma",
    "estimate: a ComfyUI progress bar varies a few % from run to run on a PC that also does "
    "other things; llama-bench's own ± is usually below 1 %")
TRANSFER_SHARE = Assumption(
    "share of your measured speed-up carried to another card of the same vendor, or a rented "
    "one", 0.5, "× its log",
    "estimate: your software (UI, attention kernels, drivers, cooling) goes with you only in "
    "part; a rented pod or a new card runs its own stack")
TRANSFER_UNSURE = Assumption(
    "range added for the part of your speed-up not carried", 0.5, "× its log",
    "estimate: whether the rest carries over is unknown, so it widens the range (added in "
    "quadrature) instead of moving the estimate")
ASSUMPTIONS = (USER_READING, TRANSFER_SHARE, TRANSFER_UNSURE)
USER_SIGMA = USER_READING.value
TRANSFER = TRANSFER_SHARE.value
TRANSFER_SPREAD = TRANSFER_UNSURE.value
Z90 = NormalDist().inv_cdf(0.9)

How = Literal["measured", "same card", "other card"]


@dataclass(frozen=True, slots=True)
class Known:
    """One measurement, resolved and compared with the typical figure for it."""

    measurement: Measurement
    gpu_id: str
    gpu_name: str
    vendor: str
    family: str  # image | video | llm_pp | llm_tg | cycles | render
    setting: tuple[object, ...]
    typical: float  # in the measurement's metric
    log_ratio: float  # ln(measured speed / typical speed)
    # where it ran (core.hosts.HOSTS): the measurement's own host, else the card's
    host: str = "desktop"

    @property
    def ratio(self) -> float:
        return math.exp(self.log_ratio)


@dataclass(frozen=True, slots=True)
class Effect:
    """What measurements did to one estimate: speed × exp(log_shift), log sigma → `sigma`."""

    how: How
    log_shift: float
    sigma: float
    known: tuple[Known, ...]

    @property
    def factor(self) -> float:
        """Speed factor (times are divided by it)."""
        return math.exp(self.log_shift)


def family_of(q: dict[str, Any]) -> str | None:
    task = q.get("task")
    if task == "llm":
        test = str(q.get("test", ""))
        return f"llm_{test[:2]}" if test[:2] in ("pp", "tg") else None
    return str(task) if task in ("image", "video", "cycles", "render") else None


def setting_of(q: dict[str, Any], catalogs: ModelFinder) -> tuple[object, ...] | None:
    """The identity of a query's setting, apart from the card; None for a model `catalogs`
    does not know.

    An image's speed in it/s does not depend on the step count or on whether the progress bar
    or the whole job was timed in a way the card changes, so those are not part of it.
    """
    find_model, find_quant = catalogs.find_model, catalogs.find_quant

    task = q.get("task")
    if task in ("cycles", "render"):
        return (task, str(q.get("backend") or "").upper(), q.get("scene"))
    model = find_model(str(q.get("model", "")))
    if model is None:
        return None
    if task == "llm":
        try:
            quant = find_quant(model.weight_format(asked_quant(q)))
        except ValueError:  # a file name and a field that disagree: refused, never matched
            return None
        return ("llm", model.id, quant.id if quant else None, str(q.get("test", "")))
    width = q.get("width") or model.default_width
    height = q.get("height") or model.default_height
    if task == "image":
        return ("image", model.id, width, height, q.get("batch") or 1,
                "fp8" if q.get("precision") == "fp8" else "16-bit")
    return ("video", model.id, max(width, height), min(width, height),
            q.get("frames") or model.default_frames, q.get("steps") or model.default_steps,
            q.get("n_gpus") or 1, bool(q.get("cfg", model.default_cfg)))


def speed(value: float, metric: str) -> float:
    """A metric value as a speed (bigger is faster): rates as they are, times inverted."""
    return 1.0 / value if metric == "seconds" else value


def effect(known: Sequence[Known], gpu: GpuSpec, family: str,
           setting: tuple[object, ...] | None, sigma: float, *,
           rented: bool = False, timing: str = "job") -> Effect | None:
    """What the measurements say about one estimate (family, setting, on `gpu`, whose log
    sigma is `sigma`; `timing`: what of an image job it times); None when none of them is
    about this family of work. Other cards take only measurements on cards of their own
    vendor: another vendor's software stack (CUDA, ROCm, SYCL, Metal) is another story."""
    gpu_id = gpu.id
    same_family = [k for k in known if k.family == family
                   and (k.gpu_id == gpu_id or k.vendor == gpu.vendor)]
    if not same_family:
        return None
    # the card as the estimate runs it: rented cards on a server, the user's own on their host;
    # a reading moves it in full only where it ran the same way (a reading on a rented pod
    # says all about renting that card again, part about owning one)
    host = "server" if rented else default_host(gpu)
    on_card = [k for k in same_family if k.gpu_id == gpu_id and k.host == host
               and (not rented or k.measurement.host == "server")]
    if on_card:
        exact = [k for k in on_card if k.setting == setting]
        # a setting timed both ways (ComfyUI's progress bar and its "Prompt executed") is
        # answered by the reading that timed what is asked: the average of both ratios had put
        # each answer between the two readings, at neither measured value
        exact = [k for k in exact if (k.measurement.timing or "job") == timing] or exact
        if exact:
            logs = [k.log_ratio for k in exact]
            spread = (max(logs) - min(logs)) / (2.0 * Z90) if len(logs) > 1 else 0.0
            return Effect("measured", fmean(logs), max(USER_SIGMA, spread), tuple(exact))
        return Effect("same card", fmean(k.log_ratio for k in on_card), sigma, tuple(on_card))
    # average per measured card first, so ten readings on one card do not outvote another
    per_card: dict[str, list[float]] = {}
    for k in same_family:
        per_card.setdefault(k.gpu_id, []).append(k.log_ratio)
    log_ratio = fmean(fmean(v) for v in per_card.values())
    wider = math.hypot(sigma, TRANSFER_SPREAD * log_ratio)
    return Effect("other card", TRANSFER * log_ratio, wider, tuple(same_family))


def shifted(p10: float, p50: float, p90: float, e: Effect, metric: str
            ) -> tuple[float, float, float]:
    """p10/p50/p90 of a value in `metric` (a rate or seconds) moved and re-spread by `e`."""
    sign = -1.0 if metric == "seconds" else 1.0
    mid = p50 * math.exp(sign * e.log_shift)
    lo, hi = mid * math.exp(-Z90 * e.sigma), mid * math.exp(Z90 * e.sigma)
    return lo, mid, hi


def log_sigma(p10: float, p90: float) -> float:
    """The lognormal sigma whose p10 and p90 these are."""
    return math.log(p90 / p10) / (2.0 * Z90) if p10 > 0 and p90 > 0 else 0.0
