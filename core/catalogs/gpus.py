"""Load assets/catalogs/gpus/*.toml into `GpuSpec`s (units converted to SI here, nowhere else).

Each file holds `[[gpu]]` tables. An entry's `source` and `retrieved` cover all its figures; a
`[gpu.sources]` table names a different source for a particular figure.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from core.catalogs._validate import (
    CatalogError,
    Key,
    check_entry,
    check_unique,
    display_name,
    entries,
    read_toml,
    toml_files,
)
from core.paths import catalogs_dir
from core.schema import GpuSpec
from core.units import GB, GIB, TFLOPS

VENDORS = ("nvidia", "amd", "intel", "apple")
FORM_FACTORS = ("desktop", "laptop", "workstation", "datacenter", "soc")

# Figures that may carry their own entry in [gpu.sources].
FIGURES = (
    "vram_gib", "usable_vram_gib", "mem_bandwidth_gb_s", "fp32_tflops", "fp16_tensor_tflops",
    "int8_tensor_tops", "fp8_tensor_tflops", "tdp_w", "launch_price_usd", "street_price_usd",
    "machine_price_usd", "discontinued", "sold_in", "not_sold_in", "release_date", "encoder",
    "rt_gen", "pci_ids",
)

GPU_KEYS = (
    Key("id"),
    Key("name"),
    Key("aliases", "str_list", required=False),
    Key("vendor", choices=VENDORS),
    Key("architecture"),
    Key("form_factor", choices=FORM_FACTORS),
    Key("vram_gib", "number", maximum=4096),
    Key("usable_vram_gib", "number", required=False, maximum=4096),
    Key("mem_bandwidth_gb_s", "number", maximum=100_000),
    Key("fp32_tflops", "number", maximum=10_000),
    Key("fp16_tensor_tflops", "number", maximum=100_000),
    Key("int8_tensor_tops", "number", required=False, maximum=100_000),
    Key("fp8_tensor_tflops", "number", required=False, maximum=100_000),
    Key("tdp_w", "number", maximum=5000),
    Key("launch_price_usd", "number", required=False),
    Key("street_price_usd", "number", required=False),
    Key("street_price_date", "date", required=False),
    Key("street_price_condition", choices=("new", "used"), required=False),
    Key("machine_price_usd", "number", required=False),
    Key("machine_price_date", "date", required=False),
    Key("machine", required=False),
    Key("price_note", required=False),
    Key("discontinued", "bool", required=False),
    Key("sold_in", "str_list", required=False),
    Key("not_sold_in", "str_list", required=False),
    Key("release_date", "date"),
    Key("encoder", required=False),
    Key("rt_gen", "int", required=False, nonnegative=True),
    Key("pci_ids", "str_list", required=False),
    Key("gpu_cores", "int", required=False),
    Key("source"),
    Key("retrieved", "date"),
    Key("sources", "table", required=False),
)


def gpu_from_entry(raw: Any, file: str, index: int) -> GpuSpec:
    """Validate one `[[gpu]]` table and convert it to a GpuSpec."""
    v = check_entry(raw, GPU_KEYS, file, f"#{index + 1}")
    ident = v["id"]
    sources = v.get("sources", {})
    for name in sources:
        if name not in FIGURES:
            raise CatalogError(file, f"names no figure of a GPU (one of {', '.join(FIGURES)})",
                               ident, f"sources.{name}")
    if ("street_price_usd" in v) != ("street_price_date" in v):
        raise CatalogError(file, "a street price needs its date and a date needs its price",
                           ident, "street_price_date")
    if ("machine_price_usd" in v) != ("machine_price_date" in v):
        raise CatalogError(file, "a machine price needs its date and a date needs its price",
                           ident, "machine_price_date")
    usable = v.get("usable_vram_gib")
    if usable is not None and usable > v["vram_gib"]:
        raise CatalogError(file, "cannot exceed vram_gib", ident, "usable_vram_gib")
    return GpuSpec(
        id=ident,
        name=v["name"],
        aliases=v.get("aliases", ()),
        vendor=v["vendor"],
        architecture=v["architecture"],
        form_factor=v["form_factor"],
        vram_bytes=v["vram_gib"] * GIB,
        usable_vram_bytes=None if usable is None else usable * GIB,
        mem_bandwidth_bps=v["mem_bandwidth_gb_s"] * GB,
        fp32_flops=v["fp32_tflops"] * TFLOPS,
        fp16_tensor_flops=v["fp16_tensor_tflops"] * TFLOPS,
        int8_tensor_ops=v["int8_tensor_tops"] * TFLOPS if "int8_tensor_tops" in v else None,
        fp8_tensor_flops=v["fp8_tensor_tflops"] * TFLOPS if "fp8_tensor_tflops" in v else None,
        tdp_w=float(v["tdp_w"]),
        launch_price_usd=v.get("launch_price_usd"),
        street_price_usd=v.get("street_price_usd"),
        street_price_date=v.get("street_price_date"),
        street_price_condition=v.get("street_price_condition"),
        machine_price_usd=v.get("machine_price_usd"),
        machine_price_date=v.get("machine_price_date"),
        machine=v.get("machine", ""),
        price_note=v.get("price_note", ""),
        discontinued=v.get("discontinued", False),
        sold_in=tuple(c.lower() for c in v.get("sold_in", ())),
        not_sold_in=tuple(c.lower() for c in v.get("not_sold_in", ())),
        release_date=v["release_date"],
        encoder=v.get("encoder"),
        rt_gen=v.get("rt_gen", 0),
        pci_ids=tuple(p.lower() for p in v.get("pci_ids", ())),
        gpu_cores=v.get("gpu_cores"),
        source=v["source"],
        retrieved=v["retrieved"],
        sources=sources,
    )


def load_gpus_from(folder: Path) -> tuple[GpuSpec, ...]:
    """Load and validate every GPU file in `folder`; raises CatalogError on the first problem."""
    gpus: list[GpuSpec] = []
    origin: list[tuple[str, str]] = []
    for path in toml_files(folder):
        file = display_name(path)
        for i, raw in enumerate(entries(read_toml(path), "gpu", file)):
            gpu = gpu_from_entry(raw, file, i)
            gpus.append(gpu)
            origin.append((gpu.id, file))
    check_unique(origin, "GPU")
    return tuple(gpus)


@cache
def load_gpus() -> tuple[GpuSpec, ...]:
    """The shipped GPU catalog (cached: it is read once per process)."""
    return load_gpus_from(catalogs_dir() / "gpus")


def gpus_by_id() -> dict[str, GpuSpec]:
    return {g.id: g for g in load_gpus()}


def get_gpu(gpu_id: str) -> GpuSpec:
    try:
        return gpus_by_id()[gpu_id]
    except KeyError:
        raise KeyError(f"no GPU with id '{gpu_id}' in the catalog") from None


__all__ = ["GPU_KEYS", "get_gpu", "gpu_from_entry", "gpus_by_id", "load_gpus", "load_gpus_from"]
