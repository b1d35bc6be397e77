"""Regenerate assets/catalogs/clouds/*.toml from ../shared/reference/cloud_prices.csv and the
late-2026 rows in ../shared/reference/2026-12/cloud_prices_2026.csv.

    .venv/bin/python tools/build_cloud_catalog.py [--csv PATH] [--csv-2026 PATH] [--out DIR]

Every price row of both CSVs is read; the newest dated row wins: for each provider, GPU, GPU count,
tier and instance, only the row with the newest date becomes an [[offer]] (ties: the first row).
Runpod rows whose cloud tier the source does not state ("on-demand") are used only where no
secure/community row of that GPU is within 90 days of them or newer; stated rows more than 90 days
older than such a row are dropped as superseded. Runpod spot rows are dropped: Runpod removed
spot pods from its docs on 2026-05-06 (commit 8e5aebd); Runpod serverless active-worker prices
are dropped too (since 2026-05-13 the docs publish one per-second rate and say active-worker
discounts are "available through sales inquiry"). Storage rows become [[storage]] (a provider's
2026 list replaces its older one), policy rows become [[policy]]. What the CSVs do not say (how
some providers bill, how long a machine takes to start) comes from the RULES table below, each
rule with its source; rules that are guesses say "estimate" in their source. GPU names are mapped
to GPU catalog ids by the GPUS and GPUS_2026 tables (composite names such as "L4 / A5000 / 3090
(24 GB)" are pools of cards the provider picks from); run the tests afterwards, they check every
id against the GPU catalog.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
# shared/ sits beside the checkout (../shared), or beside the folder of worktrees.
SHARED = next((p / "shared" for p in ROOT.parents[:3] if (p / "shared" / "reference").is_dir()),
              ROOT.parent / "shared")
DEFAULT_CSV = SHARED / "reference" / "cloud_prices.csv"
DEFAULT_CSV_2026 = SHARED / "reference" / "2026-12" / "cloud_prices_2026.csv"
DEFAULT_OUT = ROOT / "assets" / "catalogs" / "clouds"
CSV_NAME = "shared/reference/cloud_prices.csv"
CSV_2026_NAME = "shared/reference/2026-12/cloud_prices_2026.csv"

PROVIDERS = {  # CSV provider -> (id, display name, file)
    "Runpod": ("runpod", "Runpod"),
    "Vast.ai": ("vast", "Vast.ai"),
    "AWS": ("aws", "AWS"),
    "GCP": ("gcp", "Google Cloud"),
    "Lambda": ("lambda", "Lambda"),
    "RunComfy": ("runcomfy", "RunComfy"),
    "Paperspace": ("paperspace", "Paperspace"),
    "Azure": ("azure", "Microsoft Azure"),
    "Nebius": ("nebius", "Nebius"),
    "Akash": ("akash", "Akash"),
    "OpenRelay": ("openrelay", "OpenRelay"),
    "Verda (formerly DataCrunch)": ("verda", "Verda (formerly DataCrunch)"),
}


@dataclass(frozen=True)
class Gpu:
    """How one CSV GPU spelling maps to the catalog."""

    gpu_id: str  # the card times are computed for (a slower card of a pool)
    pool: tuple[str, ...] = ()  # every card the provider may assign, when it picks
    count: int = 1
    instance: str = ""
    note: str = ""


H100_POOL = ("nvidia-h100-pcie", "nvidia-h100-sxm")
A100_80_POOL = ("nvidia-a100-pcie-80gb", "nvidia-a100-sxm-80gb")
POOL_NOTE = ("The provider assigns any card of the pool; times are computed for gpu_id, a "
             "slower card of it (none is slowest at everything: compute-bound and memory-bound "
             "work rank them differently).")

GCP_GPU_ONLY = ("GCP's N1 prices are most likely the GPU's own price: the VM's vCPUs and memory "
                "are billed on top (not in the CSV).")

# (provider, CSV gpu) -> Gpu. Single-card spellings are also aliases in the GPU catalog; the
# tests check that both agree.
GPUS: dict[tuple[str, str], Gpu] = {
    ("Runpod", "H200 SXM 141GB"): Gpu("nvidia-h200"),
    ("Runpod", "H200 141GB"): Gpu("nvidia-h200"),
    ("Runpod", "H100 SXM 80GB"): Gpu("nvidia-h100-sxm"),
    ("Runpod", "H100 SXM5"): Gpu("nvidia-h100-sxm"),
    ("Runpod", "H100 NVL 94GB"): Gpu("nvidia-h100-nvl"),
    ("Runpod", "H100 PCIe 80GB"): Gpu("nvidia-h100-pcie"),
    ("Runpod", "H100 80GB PCIe"): Gpu("nvidia-h100-pcie"),
    ("Runpod", "H100 80GB"): Gpu("nvidia-h100-pcie", note=(
        "The CSV says only 'H100 80GB'; $2.39 is Runpod's H100 PCIe secure price in the "
        "2025-07-13 list, so PCIe is assumed.")),
    ("Runpod", "H100 (8x node)"): Gpu("nvidia-h100-sxm", count=8, note=(
        "The CSV says 'H100 (8x node)'; an 8-GPU H100 node is an SXM (HGX) board, so SXM is "
        "assumed.")),
    ("Runpod", "A100 SXM 80GB"): Gpu("nvidia-a100-sxm-80gb"),
    ("Runpod", "A100 PCIe 80GB"): Gpu("nvidia-a100-pcie-80gb"),
    ("Runpod", "A100 80GB"): Gpu("nvidia-a100-pcie-80gb", pool=A100_80_POOL, note=(
        "The source says the price varies between SXM and PCIe.")),
    ("Runpod", "L40S 48GB"): Gpu("nvidia-l40s"),
    ("Runpod", "L40 48GB"): Gpu("nvidia-l40"),
    ("Runpod", "RTX 6000 Ada 48GB"): Gpu("nvidia-rtx-6000-ada"),
    ("Runpod", "RTX A6000 48GB"): Gpu("nvidia-rtx-a6000"),
    ("Runpod", "A40 48GB"): Gpu("nvidia-a40"),
    ("Runpod", "RTX 5090 32GB"): Gpu("nvidia-rtx-5090"),
    ("Runpod", "RTX 4090 24GB"): Gpu("nvidia-rtx-4090"),
    ("Runpod", "L4 24GB"): Gpu("nvidia-l4"),
    ("Runpod", "RTX A5000 24GB"): Gpu("nvidia-rtx-a5000"),
    ("Runpod", "RTX 3090 24GB"): Gpu("nvidia-rtx-3090"),
    ("Runpod", "RTX 3090 Ti 24GB"): Gpu("nvidia-rtx-3090-ti"),
    ("Runpod", "RTX A4500 20GB"): Gpu("nvidia-rtx-a4500"),
    ("Runpod", "RTX 4000 Ada 20GB"): Gpu("nvidia-rtx-4000-ada"),
    ("Runpod", "RTX A4000 16GB"): Gpu("nvidia-rtx-a4000"),
    ("Runpod", "RTX 2000 Ada 16GB"): Gpu("nvidia-rtx-2000-ada"),
    ("Runpod", "V100 16GB"): Gpu("nvidia-v100-sxm2-16gb", note=(
        "The CSV says 'V100 16GB'; the SXM2 board is assumed (what clouds rent).")),
    ("Runpod", "RTX 3080 10GB"): Gpu("nvidia-rtx-3080"),
    ("Runpod", "RTX PRO 6000 96GB"): Gpu("nvidia-rtx-pro-6000-blackwell"),
    ("Runpod", "B200 192GB"): Gpu("nvidia-b200"),
    # Serverless worker classes: Runpod assigns any card of the class.
    ("Runpod", "A4000 / A4500 / RTX 4000 (16 GB)"): Gpu(
        "nvidia-rtx-a4000", ("nvidia-rtx-a4000", "nvidia-rtx-a4500", "nvidia-rtx-4000-ada"),
        note=POOL_NOTE),
    ("Runpod", "4090 PRO (24 GB)"): Gpu("nvidia-rtx-4090"),
    ("Runpod", "L4 / A5000 / 3090 (24 GB)"): Gpu(
        "nvidia-l4", ("nvidia-l4", "nvidia-rtx-a5000", "nvidia-rtx-3090"), note=POOL_NOTE),
    ("Runpod", "L40 / L40S / 6000 Ada PRO (48 GB)"): Gpu(
        "nvidia-l40", ("nvidia-l40", "nvidia-l40s", "nvidia-rtx-6000-ada"), note=POOL_NOTE),
    ("Runpod", "A6000 / A40 (48 GB)"): Gpu(
        "nvidia-a40", ("nvidia-a40", "nvidia-rtx-a6000"), note=POOL_NOTE),
    ("Runpod", "H100 PRO (80 GB)"): Gpu("nvidia-h100-pcie", H100_POOL, note=POOL_NOTE),
    ("Runpod", "A100 (80 GB)"): Gpu("nvidia-a100-pcie-80gb", A100_80_POOL, note=POOL_NOTE),
    ("Runpod", "H200 PRO (141 GB)"): Gpu("nvidia-h200"),
    ("Runpod", "B200 (180 GB)"): Gpu("nvidia-b200"),
    ("Vast.ai", "RTX 4090 24GB"): Gpu("nvidia-rtx-4090"),
    ("Vast.ai", "RTX 3090 24GB"): Gpu("nvidia-rtx-3090"),
    ("Vast.ai", "RTX 5090 32GB"): Gpu("nvidia-rtx-5090"),
    ("Vast.ai", "A100 80GB"): Gpu("nvidia-a100-pcie-80gb", A100_80_POOL, note=(
        "Marketplace hosts offer both A100 80GB boards; " + POOL_NOTE)),
    ("Vast.ai", "H100 80GB"): Gpu("nvidia-h100-pcie", H100_POOL, note=(
        "Marketplace hosts offer both H100 80GB boards; " + POOL_NOTE)),
    ("Vast.ai", "H200 140GB"): Gpu("nvidia-h200"),
    ("Vast.ai", "H100 (8x)"): Gpu("nvidia-h100-sxm", count=8, note=(
        "The CSV says 'H100 (8x)'; an 8-GPU H100 machine is an SXM (HGX) board, so SXM is "
        "assumed.")),
    ("AWS", "8x A100 40GB (p4d.24xlarge)"): Gpu("nvidia-a100-sxm-40gb", count=8,
                                                 instance="p4d.24xlarge"),
    ("AWS", "A100 40GB (p4d.24xlarge (8x))"): Gpu("nvidia-a100-sxm-40gb", count=8,
                                                   instance="p4d.24xlarge"),
    ("AWS", "A100 80GB (p4de.24xlarge (8x))"): Gpu("nvidia-a100-sxm-80gb", count=8,
                                                    instance="p4de.24xlarge"),
    ("AWS", "H100 SXM (p5.48xlarge (8x))"): Gpu("nvidia-h100-sxm", count=8,
                                                 instance="p5.48xlarge"),
    ("AWS", "H200 SXM (p5e.48xlarge (8x))"): Gpu("nvidia-h200", count=8, instance="p5e.48xlarge"),
    ("AWS", "V100 16GB (p3.2xlarge)"): Gpu("nvidia-v100-sxm2-16gb", instance="p3.2xlarge"),
    ("AWS", "L4 24GB (g6.xlarge)"): Gpu("nvidia-l4", instance="g6.xlarge"),
    ("AWS", "L40S 48GB (g6e.xlarge)"): Gpu("nvidia-l40s", instance="g6e.xlarge"),
    ("AWS", "A10G 24GB (g5.xlarge)"): Gpu("nvidia-a10g", instance="g5.xlarge"),
    ("AWS", "T4 16GB (g4dn.xlarge)"): Gpu("nvidia-t4", instance="g4dn.xlarge"),
    ("GCP", "H100 SXM (a3-highgpu-8g, per GPU)"): Gpu("nvidia-h100-sxm", count=8,
                                                       instance="a3-highgpu-8g"),
    ("GCP", "A100 80GB (a2-ultragpu-1g)"): Gpu("nvidia-a100-sxm-80gb", instance="a2-ultragpu-1g",
                                                note="A2 machines carry SXM4 A100 boards."),
    ("GCP", "A100 40GB (a2-highgpu-1g)"): Gpu("nvidia-a100-sxm-40gb", instance="a2-highgpu-1g",
                                               note="A2 machines carry SXM4 A100 boards."),
    ("GCP", "L4 24GB (g2-standard-4)"): Gpu("nvidia-l4", instance="g2-standard-4"),
    ("GCP", "L4 24GB"): Gpu("nvidia-l4", note=GCP_GPU_ONLY),
    ("GCP", "V100 16GB (N1 + GPU)"): Gpu("nvidia-v100-sxm2-16gb", instance="N1 + GPU",
                                            note=GCP_GPU_ONLY),
    ("GCP", "V100 16GB"): Gpu("nvidia-v100-sxm2-16gb", note=GCP_GPU_ONLY),
    ("GCP", "T4 16GB (N1 + GPU)"): Gpu("nvidia-t4", instance="N1 + GPU", note=GCP_GPU_ONLY),
    ("GCP", "T4 16GB"): Gpu("nvidia-t4", note=GCP_GPU_ONLY),
    ("Lambda", "H100 SXM (8x node with InfiniBand)"): Gpu("nvidia-h100-sxm", count=8),
    ("Lambda", "H100 (1x)"): Gpu("nvidia-h100-pcie", note=(
        "The CSV says 'H100 (1x)'; Lambda's single-GPU H100 instance is the PCIe board, so "
        "PCIe is assumed.")),
    ("RunComfy", "T4 / A4000 16GB"): Gpu("nvidia-t4", ("nvidia-t4", "nvidia-rtx-a4000"),
                                         note=POOL_NOTE),
    ("RunComfy", "A10G / A5000 24GB"): Gpu("nvidia-a10g", ("nvidia-a10g", "nvidia-rtx-a5000"),
                                           note=POOL_NOTE),
    ("RunComfy", "A6000 48GB"): Gpu("nvidia-rtx-a6000"),
    ("RunComfy", "L40S / L40 48GB"): Gpu("nvidia-l40", ("nvidia-l40", "nvidia-l40s"),
                                         note=POOL_NOTE),
    ("RunComfy", "A100 80GB"): Gpu("nvidia-a100-pcie-80gb", A100_80_POOL, note=POOL_NOTE),
    ("RunComfy", "H100 80GB"): Gpu("nvidia-h100-pcie", H100_POOL, note=POOL_NOTE),
}

# (provider, 2026 CSV gpu) -> (gpu_id, pool, note). The GPU count and instance come from the row's
# offer text ("(8 GPU, $55.04/h)", "(8x instance)", "instance with 208 vCPU").
PRO6000_SERVER = "nvidia-rtx-pro-6000-blackwell-server"
PRO6000_POOL = (PRO6000_SERVER, "nvidia-rtx-pro-6000-blackwell")
A100_40_POOL = ("nvidia-a100-pcie-40gb", "nvidia-a100-sxm-40gb")
GPUS_2026: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = {
    **{("Runpod", k): (v, (), "") for k, v in {
        "H100 SXM": "nvidia-h100-sxm", "H100 PCIe": "nvidia-h100-pcie",
        "H100 NVL": "nvidia-h100-nvl", "H200": "nvidia-h200", "B200": "nvidia-b200",
        "B300": "nvidia-b300", "A100 SXM": "nvidia-a100-sxm-80gb",
        "A100 PCIe": "nvidia-a100-pcie-80gb", "A100 SXM 40GB": "nvidia-a100-sxm-40gb",
        "L40S": "nvidia-l40s", "L40": "nvidia-l40", "RTX 4090": "nvidia-rtx-4090",
        "A40": "nvidia-a40", "RTX PRO 6000": "nvidia-rtx-pro-6000-blackwell",
        "RTX 6000 Ada": "nvidia-rtx-6000-ada", "RTX A6000": "nvidia-rtx-a6000",
        "RTX 5090": "nvidia-rtx-5090", "L4": "nvidia-l4", "RTX 3090": "nvidia-rtx-3090",
        "RTX A5000": "nvidia-rtx-a5000", "4090 PRO": "nvidia-rtx-4090",
        "H200 PRO": "nvidia-h200"}.items()},
    ("Runpod", "A4000 / A4500 / RTX 4000"): (
        "nvidia-rtx-a4000", ("nvidia-rtx-a4000", "nvidia-rtx-a4500", "nvidia-rtx-4000-ada"),
        POOL_NOTE),
    ("Runpod", "L4 / A5000 / 3090"): (
        "nvidia-l4", ("nvidia-l4", "nvidia-rtx-a5000", "nvidia-rtx-3090"), POOL_NOTE),
    ("Runpod", "L40 / L40S / 6000 Ada PRO"): (
        "nvidia-l40", ("nvidia-l40", "nvidia-l40s", "nvidia-rtx-6000-ada"), POOL_NOTE),
    ("Runpod", "A6000 / A40"): ("nvidia-a40", ("nvidia-a40", "nvidia-rtx-a6000"), POOL_NOTE),
    ("Runpod", "H100 PRO"): ("nvidia-h100-pcie", H100_POOL, POOL_NOTE),
    ("Runpod", "A100"): ("nvidia-a100-pcie-80gb", A100_80_POOL, POOL_NOTE),
    ("Runpod", "6000s PRO (RTX PRO 6000 class)"): (PRO6000_SERVER, PRO6000_POOL, (
        "Runpod's '6000s PRO' worker class is an RTX PRO 6000 (96 GB); which edition is not "
        "stated. " + POOL_NOTE)),
    **{("Lambda", k): (v, (), "") for k, v in {
        "A10": "nvidia-a10", "A10 (1x)": "nvidia-a10", "A100 PCIe 40GB": "nvidia-a100-pcie-40gb",
        "A100 SXM 40GB (1x)": "nvidia-a100-sxm-40gb",
        "A100 SXM 40GB (8x instance)": "nvidia-a100-sxm-40gb",
        "A100 SXM 80GB": "nvidia-a100-sxm-80gb", "A100 SXM 80GB (8x instance)":
        "nvidia-a100-sxm-80gb", "B200 SXM6": "nvidia-b200", "B200 SXM6 (1x)": "nvidia-b200",
        "B200 SXM6 (8x instance)": "nvidia-b200", "H100 PCIe": "nvidia-h100-pcie",
        "H100 PCIe (1x)": "nvidia-h100-pcie", "H100 SXM": "nvidia-h100-sxm",
        "H100 SXM (1x instance)": "nvidia-h100-sxm", "H100 SXM (8x instance)": "nvidia-h100-sxm",
        "RTX A6000": "nvidia-rtx-a6000"}.items()},
    ("Vast.ai", "A100 SXM"): ("nvidia-a100-sxm-80gb", (), ""),
    ("Vast.ai", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("Vast.ai", "H100"): ("nvidia-h100-pcie", H100_POOL, "Marketplace hosts offer both H100 80GB "
                          "boards; " + POOL_NOTE),
    ("Vast.ai", "H200"): ("nvidia-h200", (), ""),
    ("Vast.ai", "RTX 5090"): ("nvidia-rtx-5090", (), ""),
    ("AWS", "A100 SXM 40GB"): ("nvidia-a100-sxm-40gb", (), ""),
    ("AWS", "A100 SXM 80GB"): ("nvidia-a100-sxm-80gb", (), ""),
    ("AWS", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("Azure", "A100 PCIe 80GB"): ("nvidia-a100-pcie-80gb", (), ""),
    ("Azure", "A100 SXM 40GB"): ("nvidia-a100-sxm-40gb", (), ""),
    ("Azure", "H100 NVL"): ("nvidia-h100-nvl", (), ""),
    ("Azure", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("GCP", "H100 80GB"): ("nvidia-h100-sxm", (), "A3 machines carry SXM H100 boards."),
    ("Nebius", "H100"): ("nvidia-h100-sxm", (), "An HGX H100 board is SXM."),
    ("Nebius", "H200"): ("nvidia-h200", (), ""),
    ("Nebius", "B200"): ("nvidia-b200", (), ""),
    ("Nebius", "L40S"): ("nvidia-l40s", (), ""),
    ("Akash", "A100 SXM4 80GB"): ("nvidia-a100-sxm-80gb", (), ""),
    ("Akash", "B200"): ("nvidia-b200", (), ""),
    ("Akash", "B300 SXM6"): ("nvidia-b300", (), ""),
    ("Akash", "H100 SXM5"): ("nvidia-h100-sxm", (), ""),
    ("Akash", "H200 SXM5"): ("nvidia-h200", (), ""),
    ("Akash", "RTX PRO 6000 Server Edition"): (PRO6000_SERVER, (), ""),
    ("Akash", "RTX PRO 6000 Workstation Edition"): ("nvidia-rtx-pro-6000-blackwell", (), ""),
    ("OpenRelay", "A100 40GB"): ("nvidia-a100-pcie-40gb", A100_40_POOL, POOL_NOTE),
    ("OpenRelay", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("OpenRelay", "RTX 3090"): ("nvidia-rtx-3090", (), ""),
    ("OpenRelay", "RTX 4090"): ("nvidia-rtx-4090", (), ""),
    ("Verda (formerly DataCrunch)", "L40S"): ("nvidia-l40s", (), ""),
    ("Verda (formerly DataCrunch)", "RTX A6000"): ("nvidia-rtx-a6000", (), ""),
}
# 2026 rows left out, and why (printed when the tool runs).
SKIPPED_2026 = {
    ("Lambda", "GH200"): "the GH200 (Grace Hopper superchip) is not in the GPU catalog",
    ("Lambda", "GH200 (1x)"): "the GH200 (Grace Hopper superchip) is not in the GPU catalog",
}


# Where a CSV row has no billing column, or for what the CSV never says (minimums, start
# times, idle billing), these rules apply. (granularity_s, minimum_s, source).
RUNPOD_DOCS = "https://github.com/runpod/docs/blob/a900806e253c4f8c16da27d1a4370e72456da4cb"
RUNPOD_POD_BILLING_SOURCE = (
    f"{RUNPOD_DOCS}/pods/pricing.mdx (changed 2026-07-20): \"Pods are billed by the second for "
    "compute and storage, with no fees for data ingress or egress\"; the current rule applies to "
    "every Runpod pod price, whatever the price's date. No minimum beyond one second.")
# Runpod: "You must have at least one hour's worth of credits for your selected configuration to
# deploy an on-demand instance." A balance to hold, not a charge.
RUNPOD_MIN_BALANCE_S = 3600.0
RUNPOD_MIN_BALANCE_SOURCE = (
    f"{RUNPOD_DOCS}/pods/pricing.mdx (changed 2026-07-20): \"You must have at least one hour's "
    "worth of credits for your selected configuration to deploy an on-demand instance\" (a "
    "balance to hold, not billed)")
BILLING: dict[str, tuple[float, float, str]] = {
    "runpod-pod": (1.0, 1.0, RUNPOD_POD_BILLING_SOURCE),
    "runpod-serverless": (1.0, 1.0, f"{RUNPOD_DOCS}/snippets/serverless-gpu-pricing-table.mdx "
                          "(changed 2026-06-08): \"billed from when a worker starts until it "
                          "fully stops, rounded up to the nearest second\""),
    "runpod-active": (1.0, 1.0, "docs.runpod.io/serverless/pricing: per second; active workers "
                      "run always-on (24/7)"),
    "vast": (1.0, 1.0, "estimate: Vast.ai bills running instances per second (its billing "
             "documentation as recalled; not in the CSV)"),
    "aws": (1.0, 60.0, "AWS EC2 on-demand Linux: per-second billing with a 60-second minimum "
            "(aws.amazon.com/ec2/pricing/on-demand; not in the CSV)"),
    "gcp": (1.0, 60.0, "Google Compute Engine: per-second billing with a 1-minute minimum "
            "(cloud.google.com/compute/vm-instance-pricing; not in the CSV)"),
    "lambda": (1.0, 1.0, "per second, as the CSV's source table says"),
    "lambda-reserved": (3600.0, 7 * 86400.0, "estimate: a reservation is paid for its whole "
                        "term whether used or not; one week assumed as the shortest term "
                        "(not in the CSV)"),
    "runcomfy": (60.0, 60.0, "estimate: the CSV does not state RunComfy's billing step; per "
                 "minute assumed"),
    "azure": (60.0, 60.0, "estimate: Azure virtual machines are billed per minute (Azure's "
              "pricing pages, as recalled; not in the CSVs)"),
    "nebius": (60.0, 60.0, "estimate: the CSVs do not state Nebius's billing step; per minute "
               "assumed"),
    "akash": (60.0, 60.0, "estimate: the CSVs do not state Akash's billing step; per minute "
              "assumed"),
    "openrelay": (1.0, 1.0, "per second, as the row's source notes"),
    "verda": (60.0, 60.0, "estimate: the CSVs do not state Verda's billing step; per minute "
              "assumed"),
}

# Typical time from "start" to a usable machine, all estimates: no source in the CSV measures it.
START: dict[str, tuple[float, str]] = {
    "runpod-pod": (120.0, "estimate: about 1-2 minutes for a pod with a cached template image; "
                   "a large custom image or model download adds more"),
    "runpod-serverless": (30.0, "estimate: cold start of a worker that loads a diffusion-size "
                          "model, tens of seconds (billed, per the pricing page)"),
    "runpod-active": (0.0, "an active worker is always running: no start per job"),
    "vast": (180.0, "estimate: 2-3 minutes; the host pulls the image first"),
    "aws": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "gcp": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "lambda": (300.0, "estimate: a few minutes to boot an on-demand instance"),
    "lambda-reserved": (0.0, "a reserved node is already running: no start per job"),
    "runcomfy": (120.0, "estimate: about 2 minutes to bring up a managed ComfyUI machine"),
    "azure": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "nebius": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "akash": (300.0, "estimate: a few minutes for a marketplace provider to take the "
              "deployment and pull the image"),
    "openrelay": (180.0, "estimate: 2-3 minutes; the host pulls the image first"),
    "verda": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
}

# Runpod serverless flex workers stay up (and billed) for the endpoint's idle timeout.
SERVERLESS_IDLE_S = 5.0
SERVERLESS_IDLE_SOURCE = ("Runpod serverless endpoint setting 'idle timeout', default 5 s "
                          "(shared/reference/2026-12/README, quoting runpod/docs at a900806, "
                          "2026-08-20)")

SOURCE_TAGS = (  # (prefix of the CSV source, tag for secondary sources, is_primary)
    ("carsonpo/gpus", "", True),
    ("https://docs.runpod.io", "", True),
    ("https://docs.runcomfy.com", "", True),
    ("https://deploybase.ai", "deploybase-2026-03", False),
    ("https://www.spheron.network", "spheron-2026-05", False),
    ("kixago/gpuflow-blog", "kixago-2025-02", False),
    ("https://techplained", "techplained-2026-04", False),
    ("https://computespec", "computespec", False),
)


def source_tag(source: str) -> str:
    for prefix, tag, _ in SOURCE_TAGS:
        if source.startswith(prefix):
            return tag
    raise SystemExit(f"{CSV_NAME}: no source tag for {source!r}; add one to SOURCE_TAGS")


def parse_date(text: str) -> tuple[str, str]:
    """(a date the loader accepts, the date as the CSV states it when that differs)."""
    m = re.match(r"^(\d{4}-\d{2}(-\d{2})?)", text)
    if m and not re.match(r"^\d{4}-\d{4}", text):
        return m.group(1), "" if text == m.group(1) else text
    m = re.match(r"^(\d{4})", text)
    if m:
        # "2025-2026" or "2025": the earliest month is used so that ages are not understated.
        return f"{m.group(1)}-01", text
    raise SystemExit(f"{CSV_NAME}: cannot read the date {text!r}")


def parse_price(text: str, notes: str) -> tuple[float, tuple[float, float] | None, str]:
    """(typical $/h, (low, high) or None, a note on how the figure was read)."""
    text = text.strip()
    low_high = re.fullmatch(r"(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)", text)
    if low_high:
        low, high = float(low_high.group(1)), float(low_high.group(2))
        return round((low + high) / 2, 4), (low, high), (
            f"The source gives a range {text} $/h; the midpoint is used.")
    approx = text.startswith("~")
    value = float(text.lstrip("~"))
    note = "The source gives the price as approximate (~)." if approx else ""
    in_notes = re.search(r"range (\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)", notes)
    if in_notes:
        return value, (float(in_notes.group(1)), float(in_notes.group(2))), note
    return value, None, note


def tier_of(provider: str, tier: str) -> tuple[str, str, bool, bool]:
    """(tier, rule key, interruptible, always_on) for a CSV tier text."""
    t = tier.lower()
    if provider == "Runpod":
        if "serverless flex" in t:
            return "serverless", "runpod-serverless", False, False
        if "serverless active" in t:
            return "serverless", "runpod-active", False, True
        if t.startswith("spot"):
            return "spot", "runpod-pod", True, False
        if t.startswith("secure"):
            return "secure", "runpod-pod", False, False
        if t.startswith("community"):
            return "community", "runpod-pod", False, False
        if t.startswith("on-demand"):
            return "on-demand", "runpod-pod", False, False
    if provider == "Vast.ai":
        if t.startswith(("spot", "interruptible")):
            return "spot", "vast", True, False
        return "on-demand", "vast", False, False
    if provider in ("AWS", "GCP", "Azure") and t.startswith("on-demand"):
        return "on-demand", provider.lower(), False, False
    if provider == "GCP" and t.startswith("spot"):
        return "spot", "gcp", True, False
    if provider in ("Nebius", "Akash", "OpenRelay"):
        return "on-demand", provider.lower(), False, False
    if provider.startswith("Verda"):
        if t.startswith("spot"):
            return "spot", "verda", True, False
        return "on-demand", "verda", False, False
    if provider == "Lambda":
        if t == "reservation":
            return "reserved", "lambda-reserved", False, False
        return "on-demand", "lambda", False, False
    if provider == "RunComfy":
        return "on-demand", "runcomfy", False, False
    raise SystemExit(f"{CSV_NAME}: unknown tier {tier!r} for {provider}")


def granularity_from_csv(text: str) -> float | None:
    t = text.lower()
    if t.startswith("per second"):
        return 1.0
    if t.startswith("per minute") or t.startswith("charged per minute"):
        return 60.0
    if t.startswith("billed hourly"):
        return 3600.0
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def storage_entry(row: dict[str, str], provider_id: str) -> dict[str, Any]:
    gpu, notes = row["gpu"], row["notes"]
    m = re.search(r"\$(\d+(?:\.\d+)?) per GB per month", notes)
    entry: dict[str, Any]
    if m:
        usd = float(m.group(1))
        kind = {
            "(storage) pod volume & container disk, running pod": "pod-volume-running",
            "(storage) pod volume disk, stopped pod": "pod-volume-stopped",
            "(storage) network volume < 1 TB": "network-volume",
            "(storage) network volume > 1 TB": "network-volume-over-1tb",
        }[gpu]
        entry = {"kind": kind, "usd_per_gb_month": usd}
        if kind == "network-volume":
            entry["max_gb"] = 1000.0
        if kind == "network-volume-over-1tb":
            entry["min_gb"] = 1000.0
    else:
        m = re.search(r"starts at (\d+) GB for \$(\d+(?:\.\d+)?)/month", notes)
        if not m:
            raise SystemExit(f"{CSV_NAME}: cannot read the storage price in {notes!r}")
        size, usd = float(m.group(1)), float(m.group(2))
        entry = {"kind": "vm-storage", "usd_per_gb_month": round(usd / size, 4),
                 "min_gb": size}
    entry.update({
        "billing": row["billing_granularity"] or "not stated",
        "source": row["source"],
        "date": row["date"],
        "notes": f"{gpu.removeprefix('(storage) ')}: {notes}",
    })
    return entry


def offer_entry(row: dict[str, str], storage_usd: float, storage_note: str,
                gpu: Gpu | None = None) -> dict[str, Any]:
    provider = row["provider"]
    provider_id = PROVIDERS[provider][0]
    gpu = gpu or GPUS.get((provider, row["gpu"]))
    if gpu is None:
        raise SystemExit(f"{CSV_NAME}: no GPU mapping for {provider} {row['gpu']!r}; "
                         "add it to GPUS")
    tier, rule, interruptible, always_on = tier_of(provider, row["tier"])
    typical, price_range, price_note = parse_price(row["usd_per_hour"], row["notes"])
    notes: list[str] = []
    per_gpu_note = re.search(r"\$(\d+(?:\.\d+)?)/hr for (\d+)", row["notes"])
    per_gpu = "per GPU" in row["tier"] or "per GPU" in row["gpu"] or per_gpu_note is not None
    if gpu.count > 1 and per_gpu:
        total = float(per_gpu_note.group(1)) if per_gpu_note else round(typical * gpu.count, 4)
        notes.append(f"The source gives ${typical:g} per GPU-hour; the whole {gpu.count}-GPU "
                     f"machine is ${total:g}/h.")
        typical = total
        if price_range:
            price_range = (round(price_range[0] * gpu.count, 4),
                           round(price_range[1] * gpu.count, 4))
    granularity, minimum, billing_source = BILLING[rule]
    stated = granularity_from_csv(row["billing_granularity"])
    if stated is not None and stated != granularity and rule == "lambda":
        granularity = minimum = stated
        billing_source = f"{row['billing_granularity']} (as the row's source says)"
    start_s, start_source = START[rule]
    date, date_as_stated = parse_date(row["date"])
    csv_note = f"CSV note: {row['notes']}" if row["notes"] else ""
    for note in (gpu.note, price_note, csv_note):
        if note:
            notes.append(note if note.endswith(".") else note + ".")
    if storage_note:
        notes.append(storage_note)
    tag = "" if row.get("_csv") == CSV_2026_NAME else source_tag(row["source"])
    tier_label = {"runpod-serverless": "serverless-flex",
                  "runpod-active": "serverless-active"}.get(rule, tier)
    plan = row["tier"] if provider == "RunComfy" else ""
    parts = [provider_id, tier_label, slug(gpu.gpu_id.removeprefix("nvidia-"))]
    if gpu.instance and provider in ("AWS", "GCP", "Azure"):
        parts.append(slug(gpu.instance))
    if plan:
        parts.append(slug(plan.split()[-1]))  # Hobby / Pro
    if gpu.count > 1:
        parts.append(f"{gpu.count}x")
    if tag:
        parts.append(tag)
    entry: dict[str, Any] = {
        "id": "-".join(parts),
        "gpu_id": gpu.gpu_id,
        "gpu_count": gpu.count,
        "tier": tier,
        "usd_per_hour": typical,
    }
    if price_range:
        entry["usd_per_hour_low"], entry["usd_per_hour_high"] = price_range
    if gpu.pool:
        entry["gpu_pool"] = list(gpu.pool)
    if gpu.instance or plan:
        entry["instance"] = plan or gpu.instance
    region = re.search(r"\((us-[a-z]+\d)\)", row["tier"])
    if region:
        entry["region"] = region.group(1)
    entry.update({
        "billing_granularity_s": granularity,
        "minimum_billed_s": minimum,
        "billing_source": billing_source,
        "start_overhead_s": start_s,
        "start_source": start_source,
        "storage_usd_per_gb_month": storage_usd,
        "interruptible": interruptible,
        "always_on": always_on,
    })
    if rule == "runpod-serverless":
        entry["idle_billed_s"] = SERVERLESS_IDLE_S
        entry["idle_source"] = SERVERLESS_IDLE_SOURCE
    if rule == "runpod-pod":
        entry["min_balance_s"] = RUNPOD_MIN_BALANCE_S
        entry["min_balance_source"] = RUNPOD_MIN_BALANCE_SOURCE
    entry.update({
        "snapshot_date": date,
        "source": row["source"],
        "csv_gpu": row["gpu"],
        "csv_tier": row["tier"],
        "csv_file": row.get("_csv", CSV_NAME),
    })
    if date_as_stated:
        entry["date_as_stated"] = date_as_stated
    if notes:
        entry["notes"] = " ".join(notes)
    return entry


HEADER = """\
# {name} GPU offers: snapshot generated by tools/build_cloud_catalog.py from
# ../shared/reference/cloud_prices.csv and ../shared/reference/2026-12/cloud_prices_2026.csv (the
# newest dated row per GPU and tier; do not edit by hand, edit the CSVs or the tool and
# regenerate). [[policy]] tables quote the provider's billing rules.
#
# usd_per_hour is for the whole machine (gpu_count GPUs). Billing: time is rounded up to
# billing_granularity_s, never below minimum_billed_s per session; start_overhead_s is the time
# to a usable machine. Each billing or start figure names its source; "estimate" marks guesses.
# snapshot_date is the row's date; date_as_stated keeps the CSV's wording when it was not a date.
# min_balance_s: the provider wants a balance worth this much run time before it starts a pod.

"""


def rows_2026(path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]],
                                   list[dict[str, str]]]:
    """(price rows, storage rows, policy rows) of the 2026 CSV, price rows in the old CSV's
    columns (gpu, tier, usd_per_hour, billing_granularity, source, date, notes) plus `_gpu`, the
    Gpu mapping with its count and instance."""
    with path.open(encoding="utf-8", newline="") as f:
        raw = list(csv.DictReader(f))
    prices, storage, policies = [], [], []
    for r in raw:
        offer = r["offer"]
        if offer.startswith("storage:"):
            storage.append(r)
            continue
        if offer.startswith("policy:"):
            policies.append(r)
            continue
        key = (r["provider"], r["gpu"])
        if key in SKIPPED_2026:
            print(f"{CSV_2026_NAME}: left out {r['provider']} {r['gpu']}: {SKIPPED_2026[key]}")
            continue
        if key not in GPUS_2026:
            raise SystemExit(f"{CSV_2026_NAME}: no GPU mapping for {key}; add it to GPUS_2026")
        gpu_id, pool, note = GPUS_2026[key]
        count = 1
        m = re.search(r"\((\d+) GPU", offer) or re.search(r"\((\d+)x instance\)", r["gpu"])
        if m:
            count = int(m.group(1))
        vcpu = re.search(r"instance with (\d+) vCPU", offer)
        if vcpu and int(vcpu.group(1)) >= 200:
            count = 8
            note = (note + " " if note else "") + (
                f"The source lists an instance with {vcpu.group(1)} vCPUs, an 8-GPU machine.")
        instance = ""
        im = re.search(r"(p\d\w*\.\d*xlarge|Standard_\w+|a3-highgpu-\d+g)", offer)
        if im:
            instance = im.group(1)
        notes = r["notes"]
        total = re.search(r"\((\d+) GPU, \$(\d+(?:\.\d+)?)/h\)", offer)
        if total:
            notes = f"{notes}; ${total.group(2)}/hr for {total.group(1)} GPUs".lstrip("; ")
        tier = offer
        if r["provider"] == "Runpod":
            lower = offer.lower()
            tier = ("Secure Cloud on-demand (Pods)" if "secure cloud" in lower else
                    "Community Cloud on-demand (Pods)" if "community cloud" in lower else
                    "Serverless flex worker" if "serverless flex" in lower else
                    "on-demand (cloud tier not stated by the source)")
        usd = r["usd_per_hour"]
        if "per GPU" in offer and count > 1 and not total:
            notes = f"{notes}; the source gives the price per GPU".lstrip("; ")
        prices.append({
            "provider": r["provider"], "gpu": r["gpu"], "tier": tier, "usd_per_hour": usd,
            "usd_per_second": r["usd_per_second"], "billing_granularity": r["billing"],
            "source": r["source_url"], "date": r["source_date"], "notes": notes,
            "_csv": CSV_2026_NAME, "_offer": offer,
            "_gpu": Gpu(gpu_id, pool, count, instance, note),  # type: ignore[dict-item]
        })
    return prices, storage, policies


STORAGE_KINDS_2026 = {
    "storage: Container disk (running Pod)": "container-disk",
    "storage: Volume disk (running Pod)": "pod-volume-running",
    "storage: Volume disk (stopped Pod)": "pod-volume-stopped",
    "storage: Network volume < 1 TB": "network-volume",
    "storage: Network volume > 1 TB": "network-volume-over-1tb",
}


def storage_entry_2026(row: dict[str, str]) -> dict[str, Any]:
    m = re.search(r"\$(\d+(?:\.\d+)?)/GB/month", row["notes"])
    if not m:
        raise SystemExit(f"{CSV_2026_NAME}: no $/GB/month in {row['notes']!r}")
    kind = STORAGE_KINDS_2026[row["offer"]]
    entry: dict[str, Any] = {"kind": kind, "usd_per_gb_month": float(m.group(1))}
    if kind == "network-volume":
        entry["max_gb"] = 1000.0
    if kind == "network-volume-over-1tb":
        entry["min_gb"] = 1000.0
    entry.update({"billing": row["billing"], "source": row["source_url"],
                  "date": row["source_date"],
                  "notes": f"{row['offer'].removeprefix('storage: ')}: {row['notes']}"})
    return entry


def policy_entry(row: dict[str, str]) -> dict[str, Any]:
    return {"kind": slug(row["offer"].removeprefix("policy: ")), "text": row["billing"],
            "source": row["source_url"], "date": parse_date(row["source_date"])[0],
            "notes": row["notes"]}


UNSTATED_WINDOW_DAYS = 90


def _days(date: str) -> int:
    parts = [int(p) for p in date.split("-")] + [1]
    return (datetime.date(parts[0], parts[1], parts[2]) - datetime.date(2000, 1, 1)).days


def select_newest(entries: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The newest entry per (provider, GPU, count, tier, always-on, instance); Runpod rows with
    an unstated tier only where no stated row is close to them (module docstring)."""
    dropped: list[str] = []
    kept: list[dict[str, Any]] = []
    for e in entries:
        if e["_provider"] == "runpod" and e["tier"] == "spot":
            dropped.append(f"{e['id']}: Runpod spot pods are no longer sold (docs commit "
                           "8e5aebd, 2026-05-06)")
        elif e["_provider"] == "runpod" and e["always_on"]:
            dropped.append(f"{e['id']}: Runpod publishes no active-worker price since "
                           "2026-05-13 (sales inquiry only)")
        else:
            kept.append(e)
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in kept:
        key = (e["_provider"], e["gpu_id"], e["gpu_count"], e["tier"], e["always_on"],
               e.get("instance", ""), e.get("region", ""))
        old = best.get(key)
        if old is None or _days(e["snapshot_date"]) > _days(old["snapshot_date"]):
            if old is not None:
                dropped.append(f"{old['id']} ({old['snapshot_date']}): superseded by a newer row")
            best[key] = e
        else:
            dropped.append(f"{e['id']} ({e['snapshot_date']}): superseded by a newer row")
    chosen = list(best.values())
    # Runpod: unstated-tier rows against secure/community rows of the same GPU.
    out: list[dict[str, Any]] = []
    for e in chosen:
        if e["_provider"] != "runpod" or e["tier"] not in ("secure", "community", "on-demand"):
            out.append(e)
            continue
        same = [o for o in chosen if o["_provider"] == "runpod" and o["gpu_id"] == e["gpu_id"]
                and o["gpu_count"] == e["gpu_count"] and o is not e]
        if e["tier"] == "on-demand":
            stated = [o for o in same if o["tier"] in ("secure", "community")]
            if any(_days(o["snapshot_date"]) >= _days(e["snapshot_date"]) - UNSTATED_WINDOW_DAYS
                   for o in stated):
                dropped.append(f"{e['id']} ({e['snapshot_date']}): the tier is not stated and "
                               "secure/community prices of about the same date exist")
                continue
        else:
            unstated = [o for o in same if o["tier"] == "on-demand"]
            newer = [o for o in unstated if _days(o["snapshot_date"])
                     > _days(e["snapshot_date"]) + UNSTATED_WINDOW_DAYS]
            if newer:
                dropped.append(f"{e['id']} ({e['snapshot_date']}): superseded by the newer "
                               f"price of {newer[0]['snapshot_date']} (tier not stated)")
                continue
        out.append(e)
    order = {id(e): i for i, e in enumerate(entries)}
    out.sort(key=lambda e: order[id(e)])
    return out, dropped


def build(csv_path: Path, csv_2026: Path | None = None) -> dict[str, dict[str, Any]]:
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    new_prices: list[dict[str, Any]] = []
    new_storage: list[dict[str, str]] = []
    new_policies: list[dict[str, str]] = []
    if csv_2026 is not None:
        new_prices, new_storage, new_policies = rows_2026(csv_2026)
    docs: dict[str, dict[str, Any]] = {}
    storage: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["tier"] == "storage":
            storage[row["provider"]].append(storage_entry(row, PROVIDERS[row["provider"]][0]))
    new_storage_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in new_storage:
        new_storage_by[row["provider"]].append(storage_entry_2026(row))
    storage.update(new_storage_by)  # a provider's 2026 storage list replaces its older one
    network = next((s for s in storage["Runpod"] if s["kind"] == "network-volume"), None)
    candidates: list[dict[str, Any]] = []
    for row in [*rows, *new_prices]:
        provider = row["provider"]
        if provider not in PROVIDERS:
            raise SystemExit(f"{CSV_NAME}: unknown provider {provider!r}; add it to PROVIDERS")
        provider_id, name = PROVIDERS[provider]
        docs.setdefault(provider_id, {"provider": {
            "id": provider_id, "name": name, "currency": "USD",
            "source": f"{CSV_NAME} and {CSV_2026_NAME} ({provider} rows; each entry names its "
                      "own source and date; the newest row per GPU and tier is used)"}})
        if row["tier"] == "storage" or row["gpu"].startswith("(policy)"):
            continue  # storage is added below; the policy row is in RUNPOD_POD_BILLING_SOURCE
        if provider == "Runpod" and network is not None:
            storage_usd = network["usd_per_gb_month"]
            storage_note = (f"Storage: a network volume at ${storage_usd:g}/GB-month keeps models "
                            "between sessions.")
        else:
            storage_usd, storage_note = 0.0, "Storage price not in this snapshot (counted as 0)."
        entry = offer_entry(row, storage_usd, storage_note, row.get("_gpu"))
        entry["_provider"] = provider_id
        candidates.append(entry)
    chosen, dropped = select_newest(candidates)
    for e in chosen:
        provider_id = e.pop("_provider")
        docs[provider_id].setdefault("offer", []).append(e)
    for line in dropped:
        print(f"left out {line}")
    for provider, entries_ in storage.items():
        docs[PROVIDERS[provider][0]]["storage"] = entries_
    for row in new_policies:
        provider_id = PROVIDERS[row["provider"]][0]
        docs[provider_id].setdefault("policy", []).append(policy_entry(row))
    # The provider's "as of" date: its newest offer's date; each offer keeps its own.
    for doc in docs.values():
        dates = [o["snapshot_date"] for o in doc.get("offer", [])] or [
            parse_date(s["date"])[0] if s["date"] != "undated" else "" for s in doc["storage"]]
        dates = [d for d in dates if d]
        if dates:
            doc["provider"]["snapshot_date"] = max(dates, key=_days)
    ids = [o["id"] for doc in docs.values() for o in doc.get("offer", [])]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate offer ids: {sorted(dupes)}")
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--csv-2026", type=Path, default=DEFAULT_CSV_2026)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    docs = build(args.csv, args.csv_2026)
    args.out.mkdir(parents=True, exist_ok=True)
    for provider_id, doc in docs.items():
        path = args.out / f"{provider_id}.toml"
        path.write_text(HEADER.format(name=doc["provider"]["name"]) + tomli_w.dumps(doc),
                        encoding="utf-8")
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{len(doc.get('offer', []))} offers, {len(doc.get('storage', []))} storage prices")
    return 0


if __name__ == "__main__":
    sys.exit(main())
