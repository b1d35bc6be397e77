"""Regenerate assets/catalogs/clouds/*.toml from ../shared/reference/cloud_prices.csv.

    .venv/bin/python tools/build_cloud_catalog.py [--csv PATH] [--out DIR]

Every price row of the CSV becomes one [[offer]]; storage rows become [[storage]]; the policy row
is folded into the Runpod pod billing rules. What the CSV does not say (how some providers bill,
how long a machine takes to start) comes from the RULES table below, each rule with its source;
rules that are guesses say "estimate" in their source. GPU names are mapped to GPU catalog ids
by the GPUS table (composite names such as "L4 / A5000 / 3090 (24 GB)" are pools of cards the
provider picks from); run the tests afterwards, they check every id against the GPU catalog.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "reference" / "cloud_prices.csv"
DEFAULT_OUT = ROOT / "assets" / "catalogs" / "clouds"
CSV_NAME = "shared/reference/cloud_prices.csv"

PROVIDERS = {  # CSV provider -> (id, display name, file)
    "Runpod": ("runpod", "Runpod"),
    "Vast.ai": ("vast", "Vast.ai"),
    "AWS": ("aws", "AWS"),
    "GCP": ("gcp", "Google Cloud"),
    "Lambda": ("lambda", "Lambda"),
    "RunComfy": ("runcomfy", "RunComfy"),
    "Paperspace": ("paperspace", "Paperspace"),
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

# Where a CSV row has no billing column, or for what the CSV never says (minimums, start
# times, idle billing), these rules apply. (granularity_s, minimum_s, source).
RUNPOD_POD_BILLING_SOURCE = (
    "Runpod pods: per minute as the 2025-07-13 price file states; docs.runpod.io/pods/pricing "
    "says per second and docs.runpod.io/get-started/billing-information per minute (the pages "
    "disagree; the coarser is used). No minimum beyond one billing step; renting needs a balance "
    "of at least one hour of the pod price (not billed).")
BILLING: dict[str, tuple[float, float, str]] = {
    "runpod-pod": (60.0, 60.0, RUNPOD_POD_BILLING_SOURCE),
    "runpod-serverless": (1.0, 1.0, "docs.runpod.io/serverless/pricing: per second, rounded up, "
                          "from worker start until fully stopped (start, execution, idle)"),
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
}

# Runpod serverless flex workers stay up (and billed) for the endpoint's idle timeout.
SERVERLESS_IDLE_S = 5.0
SERVERLESS_IDLE_SOURCE = ("Runpod serverless endpoint setting 'idle timeout', default 5 s "
                          "(docs.runpod.io/serverless endpoint configuration, as recalled; not in "
                          "the CSV)")

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
        if t.startswith("spot"):
            return "spot", "vast", True, False
        return "on-demand", "vast", False, False
    if provider in ("AWS", "GCP") and t.startswith("on-demand"):
        return "on-demand", provider.lower(), False, False
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


def offer_entry(row: dict[str, str], storage_usd: float, storage_note: str) -> dict[str, Any]:
    provider = row["provider"]
    provider_id = PROVIDERS[provider][0]
    gpu = GPUS.get((provider, row["gpu"]))
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
    if stated is not None and stated != granularity and rule in ("runpod-pod", "lambda"):
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
    tag = source_tag(row["source"])
    tier_label = {"runpod-serverless": "serverless-flex",
                  "runpod-active": "serverless-active"}.get(rule, tier)
    plan = row["tier"] if provider == "RunComfy" else ""
    parts = [provider_id, tier_label, slug(gpu.gpu_id.removeprefix("nvidia-"))]
    if gpu.instance and provider in ("AWS", "GCP"):
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
    entry.update({
        "snapshot_date": date,
        "source": row["source"],
        "csv_gpu": row["gpu"],
        "csv_tier": row["tier"],
    })
    if date_as_stated:
        entry["date_as_stated"] = date_as_stated
    if notes:
        entry["notes"] = " ".join(notes)
    return entry


HEADER = """\
# {name} GPU offers: snapshot generated by tools/build_cloud_catalog.py from
# ../shared/reference/cloud_prices.csv (one [[offer]] per price row; do not edit by hand, edit
# the CSV or the tool and regenerate).
#
# usd_per_hour is for the whole machine (gpu_count GPUs). Billing: time is rounded up to
# billing_granularity_s, never below minimum_billed_s per session; start_overhead_s is the time
# to a usable machine. Each billing or start figure names its source; "estimate" marks guesses.
# snapshot_date is the row's date; date_as_stated keeps the CSV's wording when it was not a date.

"""


def build(csv_path: Path) -> dict[str, dict[str, Any]]:
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    docs: dict[str, dict[str, Any]] = {}
    storage: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["tier"] == "storage":
            storage[row["provider"]].append(storage_entry(row, PROVIDERS[row["provider"]][0]))
    network = next((s for s in storage["Runpod"] if s["kind"] == "network-volume"), None)
    for row in rows:
        provider = row["provider"]
        if provider not in PROVIDERS:
            raise SystemExit(f"{CSV_NAME}: unknown provider {provider!r}; add it to PROVIDERS")
        provider_id, name = PROVIDERS[provider]
        doc = docs.setdefault(provider_id, {"provider": {
            "id": provider_id, "name": name, "currency": "USD",
            "source": f"{CSV_NAME} ({provider} rows; each entry names its own source)"}})
        if row["tier"] == "storage" or row["gpu"].startswith("(policy)"):
            continue  # storage is added below; the policy row is in RUNPOD_POD_BILLING_SOURCE
        if provider == "Runpod" and network is not None:
            storage_usd = network["usd_per_gb_month"]
            storage_note = (f"Storage: a network volume at ${storage_usd:g}/GB-month keeps models "
                            "between sessions.")
        else:
            storage_usd, storage_note = 0.0, "Storage price not in this snapshot (counted as 0)."
        doc.setdefault("offer", []).append(offer_entry(row, storage_usd, storage_note))
    for provider, entries_ in storage.items():
        docs[PROVIDERS[provider][0]]["storage"] = entries_
    # The provider's "as of" date: the date most of its rows carry (its main price list).
    for doc in docs.values():
        dates = [o["snapshot_date"] for o in doc.get("offer", [])] or [
            parse_date(s["date"])[0] if s["date"] != "undated" else "" for s in doc["storage"]]
        dates = [d for d in dates if d]
        doc["provider"]["snapshot_date"] = (max(set(dates), key=lambda d: (dates.count(d), d))
                                            if dates else "")
        if not doc["provider"]["snapshot_date"]:
            del doc["provider"]["snapshot_date"]
    ids = [o["id"] for doc in docs.values() for o in doc.get("offer", [])]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate offer ids: {sorted(dupes)}")
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    docs = build(args.csv)
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
