"""Cloud offers snapshot: one offer per CSV price row, catalog GPU ids, bad files rejected."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.clouds import (
    check_gpu_ids,
    load_catalog,
    load_clouds_from,
    load_providers,
    load_snapshot,
)
from core.catalogs.gpus import load_gpus
from core.schema import CloudOffer
from core.units import HOUR

ROOT = Path(__file__).resolve().parents[2]
CLOUDS = ROOT / "assets" / "catalogs" / "clouds"
SHARED_CSV = ROOT.parent / "shared" / "reference" / "cloud_prices.csv"


def by_id() -> dict[str, CloudOffer]:
    return {o.id: o for o in load_snapshot()}


def test_every_offer_gpu_is_in_the_gpu_catalog() -> None:
    known = {g.id for g in load_gpus()}
    assert check_gpu_ids(load_snapshot(), known) == []


def test_check_gpu_ids_names_the_offer_and_the_missing_gpu() -> None:
    offers = load_snapshot()[:1]
    problems = check_gpu_ids(offers, set())
    assert problems == [f"offer '{offers[0].id}': GPU '{offers[0].gpu_id}' is not in the GPU "
                        "catalog"]


def test_csv_spellings_that_are_catalog_aliases_agree_with_the_offer() -> None:
    """Where the GPU catalog knows a CSV spelling exactly, it names the offer's GPU (or one of
    its pool): the generator's mapping and the catalog's aliases must not disagree."""
    spellings: dict[str, str] = {}
    for g in load_gpus():
        for name in (g.name, *g.aliases):
            spellings[" ".join(name.lower().split())] = g.id
    checked = 0
    for path in sorted(CLOUDS.glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("offer", []):
            hit = spellings.get(" ".join(raw["csv_gpu"].lower().split()))
            if hit is not None:
                checked += 1
                assert hit == raw["gpu_id"] or hit in raw.get("gpu_pool", []), raw["id"]
    assert checked >= 50  # most single-card spellings are aliases


@pytest.mark.skipif(not SHARED_CSV.is_file(), reason="shared/ reference data not beside the repo")
def test_every_csv_price_row_is_one_offer_with_its_price() -> None:
    with SHARED_CSV.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f)
                if r["tier"] != "storage" and not r["gpu"].startswith("(policy)")]
    offers = load_snapshot()
    assert len(offers) == len(rows)
    remaining = list(offers)
    for row in rows:
        candidates = [o for o in remaining if o.source == row["source"]
                      and _csv_tier_gpu(o) == (row["gpu"], row["tier"])]
        assert len(candidates) == 1, row
        offer = candidates[0]
        remaining.remove(offer)
        numbers = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", row["usd_per_hour"])]
        per_gpu = offer.usd_per_gpu_hour if offer.gpu_count > 1 and (
            "per GPU" in row["tier"] + row["gpu"] + row["notes"]) else offer.usd_per_hour
        if len(numbers) == 2:  # a range: the midpoint, with the range kept
            assert offer.usd_per_hour_range == (numbers[0], numbers[1])
            assert per_gpu == pytest.approx(sum(numbers) / 2)
        else:
            assert per_gpu == pytest.approx(numbers[0], abs=0.006), row
    assert remaining == []


def _csv_tier_gpu(offer: CloudOffer) -> tuple[str, str]:
    """The CSV gpu and tier an offer came from, read back from its file."""
    return _CSV_KEYS[offer.id]


_CSV_KEYS = {raw["id"]: (raw["csv_gpu"], raw["csv_tier"])
             for path in sorted(CLOUDS.glob("*.toml"))
             for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("offer", [])}


def test_runpod_has_secure_community_spot_and_serverless_per_gpu() -> None:
    runpod = [o for o in load_snapshot() if o.provider == "runpod"]
    tiers = {o.tier for o in runpod}
    assert {"secure", "community", "spot", "serverless"} <= tiers
    secure_4090 = by_id()["runpod-secure-rtx-4090"]
    assert secure_4090.usd_per_hour == 0.69
    assert secure_4090.gpu_id == "nvidia-rtx-4090"
    assert secure_4090.billing_granularity_s == 60.0  # per minute, as the price file says
    assert secure_4090.snapshot_date == "2025-07-13"
    assert load_providers()["runpod"].snapshot_date == "2025-07-13"


def test_serverless_flex_bills_per_second_with_idle_and_active_is_always_on() -> None:
    offers = by_id()
    flex = offers["runpod-serverless-flex-l4"]
    active = offers["runpod-serverless-active-l4"]
    assert flex.billing_granularity_s == 1.0
    assert flex.idle_billed_s > 0 and not flex.always_on
    assert active.always_on and active.start_overhead_s == 0.0
    # The CSV's per-second price × 3600 is the hourly price.
    assert flex.usd_per_hour == pytest.approx(0.00019 * HOUR)
    # A worker class is a pool; the offer is timed on its slowest card.
    assert flex.gpu_pool == ("nvidia-l4", "nvidia-rtx-a5000", "nvidia-rtx-3090")
    assert flex.gpu_id == "nvidia-l4"


def test_multi_gpu_machines_keep_their_count_and_whole_machine_price() -> None:
    offers = by_id()
    p5 = offers["aws-on-demand-h100-sxm-p5-48xlarge-8x"]
    assert (p5.gpu_count, p5.instance) == (8, "p5.48xlarge")
    assert p5.usd_per_hour == pytest.approx(8 * 12.29)  # the CSV gives $12.29 per GPU
    p4d = offers["aws-on-demand-a100-sxm-40gb-p4d-24xlarge-8x-kixago-2025-02"]
    assert p4d.usd_per_hour == 21.96  # the CSV gives the whole instance
    lambda_node = offers["lambda-reserved-h100-sxm-8x-techplained-2026-04"]
    assert lambda_node.usd_per_hour == 14.80 and lambda_node.usd_per_gpu_hour == 1.85


def test_spot_offers_are_interruptible_and_others_are_not() -> None:
    for o in load_snapshot():
        assert o.interruptible == (o.tier == "spot"), o.id


def test_every_offer_names_its_sources_and_estimates_say_so() -> None:
    for o in load_snapshot():
        assert o.source and o.billing_source and o.start_source, o.id
        assert o.snapshot_date[:4] in ("2025", "2026"), o.id
        assert o.minimum_billed_s >= o.billing_granularity_s
    # No source in the CSV measures start times: each one is marked as an estimate.
    assert all(o.start_source.startswith(("estimate", "an active", "a reserved"))
               for o in load_snapshot())


def test_runpod_storage_prices_from_the_billing_page() -> None:
    storage = {s.kind: s for s in load_providers()["runpod"].storage}
    assert storage["network-volume"].usd_per_gb_month == 0.07
    assert storage["network-volume-over-1tb"].usd_per_gb_month == 0.05
    assert storage["pod-volume-stopped"].usd_per_gb_month == 0.20
    assert by_id()["runpod-community-rtx-3090"].storage_usd_per_gb_month == 0.07


def test_ids_are_unique_and_load_is_cached() -> None:
    offers = load_snapshot()
    assert len({o.id for o in offers}) == len(offers)
    assert load_catalog() is load_catalog()


# --- bad files ----------------------------------------------------------------------------------

GOOD = """
[provider]
id = "acme"
name = "Acme Cloud"
currency = "USD"
source = "https://acme.example/pricing"
snapshot_date = "2025-07-13"

[[offer]]
id = "acme-rtx-4090"
gpu_id = "nvidia-rtx-4090"
gpu_count = 1
tier = "on-demand"
usd_per_hour = 0.5
billing_granularity_s = 60.0
minimum_billed_s = 60.0
billing_source = "https://acme.example/billing"
start_overhead_s = 90.0
start_source = "estimate: a minute and a half"
storage_usd_per_gb_month = 0.1
interruptible = false
always_on = false
snapshot_date = "2025-07-13"
source = "https://acme.example/pricing"
"""


def write(tmp_path: Path, text: str, name: str = "acme.toml") -> Path:
    folder = tmp_path / "catalogs" / "clouds"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_good_file_loads(tmp_path: Path) -> None:
    catalog = load_clouds_from(write(tmp_path, GOOD))
    (offer,) = catalog.offers
    assert offer.provider == "acme" and offer.usd_per_hour == 0.5
    assert catalog.providers["acme"].name == "Acme Cloud"


BAD = [
    (GOOD + 'colour = "red"\n', r"clouds/acme.toml: entry 'acme-rtx-4090': key 'colour': unknown"),
    (GOOD.replace("usd_per_hour = 0.5", "usd_per_hour = -0.5"),
     r"entry 'acme-rtx-4090': key 'usd_per_hour': must be a positive number"),
    (GOOD.replace("usd_per_hour = 0.5", "usd_per_hour = inf"), r"must be a finite number"),
    (GOOD.replace("usd_per_hour = 0.5", "usd_per_hour = 5e9"), r"must be at most 1000"),
    (GOOD.replace("usd_per_hour = 0.5", 'usd_per_hour = "0.5"'), r"must be a number"),
    (GOOD.rsplit("source = ", 1)[0],
     r"entry 'acme-rtx-4090': key 'source': is required but missing"),
    (GOOD.replace('tier = "on-demand"', 'tier = "cheap"'), r"key 'tier': must be one of"),
    (GOOD.replace("gpu_count = 1", "gpu_count = 1.5"), r"key 'gpu_count': must be a whole"),
    (GOOD.replace("minimum_billed_s = 60.0", "minimum_billed_s = 1.0"),
     r"key 'minimum_billed_s': cannot be shorter than billing_granularity_s"),
    (GOOD.replace("usd_per_hour = 0.5", "usd_per_hour = 0.5\nusd_per_hour_low = 0.6\n"
                  "usd_per_hour_high = 0.9"), r"key 'usd_per_hour': must lie within"),
    (GOOD.replace("usd_per_hour = 0.5", "usd_per_hour = 0.5\nusd_per_hour_low = 0.4"),
     r"needs both usd_per_hour_low and usd_per_hour_high"),
    (GOOD.replace("gpu_count = 1", 'gpu_count = 1\ngpu_pool = ["nvidia-l4"]'),
     r"key 'gpu_id': gpu_id must be one of gpu_pool"),
    (GOOD.replace("always_on = false", "always_on = false\nidle_billed_s = 5.0"),
     r"key 'idle_source': an idle billing time needs its source"),
    (GOOD.replace("interruptible = false", 'interruptible = "no"'), r"must be true or false"),
    (GOOD.replace('snapshot_date = "2025-07-13"\nsource', 'snapshot_date = "2025-2026"\nsource'),
     r"key 'snapshot_date': must be a date"),
    (GOOD + GOOD[GOOD.index("[[offer]]"):], r"entry 'acme-rtx-4090': key 'id': duplicate offer"),
    (GOOD.replace('id = "acme"', 'id = "other"'), r"entry 'provider': key 'id': must match"),
    (GOOD.replace("[provider]", "[provdier]"), r"key 'provdier': unknown table"),
    (GOOD[GOOD.index("[[offer]]"):], r"clouds/acme.toml: needs a \[provider\] table"),
    (GOOD.replace('snapshot_date = "2025-07-13"\n\n', "\n"),
     r"entry 'provider': key 'snapshot_date': is required when the file has offers"),
    (GOOD[: GOOD.index("[[offer]]")], r"must contain at least one \[\[offer\]\] entry"),
    ("[provider\n", r"clouds/acme.toml: is not valid TOML"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_files_get_one_line_naming_file_entry_and_key(
        tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message) as info:
        load_clouds_from(write(tmp_path, text))
    assert "\n" not in str(info.value)


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="catalog folder is missing"):
        load_clouds_from(tmp_path / "nowhere")


def test_truncated_or_garbled_files_fail_with_one_line_never_a_crash(tmp_path: Path) -> None:
    """Cut the shipped Runpod file at many places, or flip bytes in it: each result either
    loads or raises a one-line CatalogError (never another exception)."""
    text = (CLOUDS / "runpod.toml").read_bytes()
    variants = [text[:cut] for cut in range(0, len(text), max(1, len(text) // 60))]
    step = len(text) // 20
    variants += [text[:i] + b"\xff\x00=[" + text[i + 4:] for i in range(0, len(text), step)]
    loaded = failed = 0
    for i, data in enumerate(variants):
        folder = tmp_path / f"v{i}" / "catalogs" / "clouds"
        folder.mkdir(parents=True)
        (folder / "runpod.toml").write_bytes(data)
        try:
            load_clouds_from(folder)
            loaded += 1
        except CatalogError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("clouds/runpod.toml")
            failed += 1
    assert failed > 0 and loaded + failed == len(variants)


@pytest.mark.skipif(not SHARED_CSV.is_file(), reason="shared/ reference data not beside the repo")
def test_shipped_files_are_what_the_generator_makes_from_the_csv(tmp_path: Path) -> None:
    """The files say "generated, do not edit by hand": a hand edit (or a CSV change without
    regenerating) shows up here."""
    import runpy

    tool = runpy.run_path(str(ROOT / "tools" / "build_cloud_catalog.py"))
    assert tool["main"](["--csv", str(SHARED_CSV), "--out", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.toml"))
    assert made == sorted(p.name for p in CLOUDS.glob("*.toml"))
    for name in made:
        assert (tmp_path / name).read_text(encoding="utf-8") == (CLOUDS / name).read_text(
            encoding="utf-8"), name
