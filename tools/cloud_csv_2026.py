"""The late-2026 price CSV (shared/reference/2026-12/cloud_prices_2026.csv) read into the older
CSV's columns for tools/build_cloud_catalog.py: price rows with their GPU mapping, count and
instance taken from the offer text, storage rows as [[storage]] entries, policy rows apart."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from tools.cloud_catalog_rules import CSV_2026_NAME, GPUS_2026, SKIPPED_2026, Gpu


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
