"""Hand-made performance numbers and prices for testing plan logic.

The fake perf model is deliberately simple and stated here in full: a job takes a reference
time scaled by FP16 tensor throughput (a faster card is faster), needs a fixed amount of VRAM,
and a card short of VRAM offloads at OFFLOAD_SLOWDOWN× when the shortfall is at most
OFFLOAD_MAX bytes, else cannot run. Live work needs its frame time within 70% of the budget.
That is legitimate for testing the planner: it tests plan logic *given* perf numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from core.schema import CloudOffer, CurrencyRates, GpuSpec, Tariff, TariffTier, Workload
from core.units import GIB

REF_FLOPS = 100e12  # a card with 100 TFLOPS of FP16 tensor is the reference
OFFLOAD_SLOWDOWN = 6.0
OFFLOAD_MAX = 40 * GIB

# per workload id: (seconds per job on the reference card, VRAM bytes needed)
DEFAULT_WORK = {
    "video": (400.0, 30 * GIB),
    "image": (12.0, 14 * GIB),
    "llm": (10.0, 6 * GIB),
    "render": (3000.0, 6 * GIB),
    "realtime": (0.002, 2 * GIB),
    "encode": (0.001, 1 * GIB),
    "upscale": (200.0, 3 * GIB),
    "tts": (5.0, 3 * GIB),
}


@dataclass(frozen=True)
class FakePerf:
    t50: np.ndarray
    sigma: np.ndarray
    vram_required: np.ndarray
    fits: np.ndarray
    offload: np.ndarray
    runnable: np.ndarray
    power_w: np.ndarray
    notes: tuple[tuple[str, ...], ...]
    workload_ids: tuple[str, ...]
    gpu_ids: tuple[str, ...]
    basis: str = "fake"


@dataclass
class FakeEvaluate:
    """Callable like core.perf.evaluate; `work` overrides DEFAULT_WORK per workload id."""

    work: dict[str, tuple[float, float]] = field(default_factory=dict)
    sigma: float = 0.2
    calls: int = 0

    def __call__(self, workloads: Sequence[Workload], gpus: Sequence[GpuSpec],
                 n_gpus: Sequence[int] | None = None, *,
                 host_ram_bytes: float | None = None, host: str | None = None) -> FakePerf:
        self.calls += 1
        counts = list(n_gpus) if n_gpus is not None else [1] * len(gpus)
        shape = (len(workloads), len(gpus))
        t50 = np.zeros(shape)
        vram = np.zeros(shape)
        fits = np.zeros(shape, dtype=bool)
        off = np.zeros(shape, dtype=bool)
        run = np.zeros(shape, dtype=bool)
        power = np.zeros(shape)
        notes = []
        for i, w in enumerate(workloads):
            ref_t, need = self.work.get(w.id, DEFAULT_WORK[w.kind])
            row = []
            for j, g in enumerate(gpus):
                n = counts[j]
                have = g.usable_memory_bytes * n
                t = ref_t * REF_FLOPS / (g.fp16_tensor_flops * n)
                vram[i, j] = need
                power[i, j] = 0.8 * g.tdp_w * n
                note = ""
                if need <= have:
                    fits[i, j] = run[i, j] = True
                elif need - have <= OFFLOAD_MAX and w.kind not in ("realtime", "encode"):
                    off[i, j] = run[i, j] = True
                    t *= OFFLOAD_SLOWDOWN
                    note = "offloads weights to system RAM"
                else:
                    note = "not enough memory even with offloading"
                if w.kind == "realtime" and t > 0.7 / w.fps:
                    run[i, j] = False
                    note = "frame budget missed"
                t50[i, j] = t
                row.append(note)
            notes.append(tuple(row))
        return FakePerf(t50, np.full(shape, self.sigma), vram, fits, off, run, power,
                        tuple(notes), tuple(w.id for w in workloads), tuple(g.id for g in gpus))


def gpu(ident: str, tflops: float, vram_gib: float, price: float | None, tdp: float = 300,
        form: str = "desktop", vendor: str = "nvidia") -> GpuSpec:
    return GpuSpec(
        id=ident, name=ident.upper(), aliases=(), vendor=vendor,  # type: ignore[arg-type]
        architecture="x", form_factor=form,  # type: ignore[arg-type]
        vram_bytes=vram_gib * GIB, mem_bandwidth_bps=1e12, fp32_flops=tflops * 0.5e12,
        fp16_tensor_flops=tflops * 1e12, tdp_w=tdp, release_date="2024-01",
        source="test", retrieved="2025-01-01", street_price_usd=price,
        street_price_date=None if price is None else "2025-01-01")


def offer(ident: str, gpu_id: str, usd_per_hour: float, tier: str = "secure",
          count: int = 1, granularity: float = 60.0, minimum: float = 60.0,
          start: float = 120.0, storage: float = 0.07, interruptible: bool = False) -> CloudOffer:
    return CloudOffer(
        id=ident, provider="testcloud", gpu_id=gpu_id, gpu_count=count,
        tier=tier,  # type: ignore[arg-type]
        usd_per_hour=usd_per_hour, billing_granularity_s=granularity, minimum_billed_s=minimum,
        start_overhead_s=start, storage_usd_per_gb_month=storage, interruptible=interruptible,
        snapshot_date="2025-07-13", source="test")


def tariff(price: float = 0.15, tiers: tuple[TariffTier, ...] | None = None,
           currency: str = "USD") -> Tariff:
    return Tariff(id="us", region="test", currency=currency,
                  tiers=tiers or (TariffTier(None, price),), period="test", source="test",
                  date="2025-01-01")


RATES = CurrencyRates(per_usd={"USD": 1.0, "CNY": 7.1, "EUR": 0.92}, date="2025-01-01",
                      source="test")

SMALL = gpu("small-8", 40, 8, 300, tdp=115)
MID = gpu("mid-16", 90, 16, 550, tdp=220)
BIG = gpu("big-24", 330, 24, 1800, tdp=450)
HUGE = gpu("huge-48", 360, 48, 4500, tdp=300, form="workstation")
DC = gpu("dc-80", 990, 80, None, tdp=700, form="datacenter")
GPUS = (SMALL, MID, BIG, HUGE, DC)
OFFERS = (
    offer("big-secure", "big-24", 0.69),
    offer("big-spot", "big-24", 0.34, tier="spot", interruptible=True),
    offer("huge-secure", "huge-48", 0.99),
    offer("dc-secure", "dc-80", 2.99),
    offer("big-serverless", "big-24", 1.116, tier="serverless", granularity=1.0, minimum=0.0,
          start=15.0),
)
