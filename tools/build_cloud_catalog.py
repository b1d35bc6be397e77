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
some providers bill, how long a machine takes to start) comes from tools/cloud_catalog_rules.py,
each rule with its source; rules that are guesses say "estimate" in their source. GPU names are
mapped to GPU catalog ids by its GPUS and GPUS_2026 tables (composite names such as "L4 / A5000 /
3090 (24 GB)" are pools of cards the provider picks from); run the tests afterwards, they check
every id against the GPU catalog.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import re
import sys
from collections import defaultdict
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

sys.path.insert(0, str(ROOT))  # the rules module beside this one, however it is run

from tools.cloud_catalog_rules import (  # noqa: E402
    BILLING,
    CSV_2026_NAME,
    GPUS,
    PROVIDERS,
    RUNPOD_MIN_BALANCE_S,
    RUNPOD_MIN_BALANCE_SOURCE,
    SERVERLESS_IDLE_S,
    SERVERLESS_IDLE_SOURCE,
    SOURCE_TAGS,
    START,
    Gpu,
)
from tools.cloud_csv_2026 import rows_2026, storage_entry_2026  # noqa: E402


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
