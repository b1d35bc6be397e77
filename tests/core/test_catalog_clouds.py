"""Cloud offers snapshot: one offer per CSV price row, catalog GPU ids, bad files rejected."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.clouds import (
    load_catalog,
    load_clouds_from,
    load_providers,
    load_snapshot,
    unknown_gpu_errors,
)
from core.catalogs.gpus import load_gpus
from core.schema import CloudOffer
from core.units import HOUR

ROOT = Path(__file__).resolve().parents[2]
CLOUDS = ROOT / "assets" / "catalogs" / "clouds"
# shared/ sits beside the checkout, or beside the folder of worktrees
SHARED = next((p / "shared" for p in ROOT.parents[:3] if (p / "shared" / "reference").is_dir()),
              ROOT.parent / "shared")
SHARED_CSV = SHARED / "reference" / "cloud_prices.csv"
SHARED_CSV_2026 = SHARED / "reference" / "2026-12" / "cloud_prices_2026.csv"


def by_id() -> dict[str, CloudOffer]:
    return {o.id: o for o in load_snapshot()}


def test_every_offer_gpu_is_in_the_gpu_catalog() -> None:
    known = {g.id for g in load_gpus()}
    assert unknown_gpu_errors(load_catalog(), known) == []


def test_an_unknown_gpu_names_the_offer_and_the_missing_gpu() -> None:
    catalog = load_catalog()
    first = catalog.offers[0]
    problems = unknown_gpu_errors(replace(catalog, offers=(first,)), set())
    assert [str(p) for p in problems] == [
        f"{catalog.files[first.id]}: entry '{first.id}': key 'gpu_id': GPU '{first.gpu_id}' "
        "is not in the GPU catalog"]


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


def _csv_rows() -> list[tuple[str, dict[str, str]]]:
    """(file name, row) of both price CSVs, in the old CSV's column names."""
    out: list[tuple[str, dict[str, str]]] = []
    with SHARED_CSV.open(encoding="utf-8", newline="") as f:
        out += [("shared/reference/cloud_prices.csv", r) for r in csv.DictReader(f)]
    with SHARED_CSV_2026.open(encoding="utf-8", newline="") as f:
        out += [("shared/reference/2026-12/cloud_prices_2026.csv",
                 {"provider": r["provider"], "gpu": r["gpu"], "tier": r["offer"],
                  "usd_per_hour": r["usd_per_hour"], "source": r["source_url"],
                  "date": r["source_date"], "notes": r["notes"]})
                for r in csv.DictReader(f)]
    return out


@pytest.mark.skipif(not SHARED_CSV_2026.is_file(), reason="shared/ reference data not present")
def test_every_offer_is_a_csv_row_with_its_price_and_date() -> None:
    rows = _csv_rows()
    for o in load_snapshot():
        raw = _RAW[o.id]
        hits = [r for f, r in rows if f == raw.get("csv_file", "shared/reference/cloud_prices.csv")
                and r["gpu"] == raw["csv_gpu"] and r["source"] == o.source
                and (r["date"].startswith(o.snapshot_date)
                     or r["date"] == raw.get("date_as_stated"))]
        assert hits, o.id
        numbers = [float(x) for r in hits
                   for x in re.findall(r"\d+(?:\.\d+)?", r["usd_per_hour"])]
        per_gpu = o.usd_per_hour / o.gpu_count
        assert any(abs(n - o.usd_per_hour) < 0.006 or abs(n - per_gpu) < 0.006
                   for n in numbers) or o.usd_per_hour_range, o.id


@pytest.mark.skipif(not SHARED_CSV_2026.is_file(), reason="shared/ reference data not present")
def test_no_newer_row_of_a_provider_gpu_and_tier_was_left_behind() -> None:
    """Runpod's secure and community prices are the newest the sources have (2026-11-09 for the
    H100 and A100; the README's example: H100 SXM secure went $2.99 -> $3.99 during 2026)."""
    offers = by_id()
    assert offers["runpod-secure-h100-sxm"].usd_per_hour == 3.99
    assert offers["runpod-secure-h100-sxm"].snapshot_date == "2026-11-09"
    assert offers["runpod-community-h100-sxm"].usd_per_hour == 2.69
    assert offers["runpod-secure-a100-sxm-80gb"].usd_per_hour == 1.79
    assert offers["runpod-secure-rtx-4090"].usd_per_hour == 0.74
    assert offers["runpod-community-rtx-4090"].usd_per_hour == 0.34
    assert offers["runpod-secure-b300"].gpu_id == "nvidia-b300"
    # one offer per provider, GPU, count, tier and instance
    keys = [(o.provider, o.gpu_id, o.gpu_count, o.tier, o.always_on, o.instance, o.region)
            for o in load_snapshot()]
    assert len(keys) == len(set(keys))


_RAW = {raw["id"]: raw for path in sorted(CLOUDS.glob("*.toml"))
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("offer", [])}


def test_runpod_sells_secure_community_and_serverless_but_no_spot_any_more() -> None:
    runpod = [o for o in load_snapshot() if o.provider == "runpod"]
    tiers = {o.tier for o in runpod}
    assert {"secure", "community", "serverless"} <= tiers
    assert "spot" not in tiers  # removed from Runpod's docs on 2026-05-06
    assert not any(o.always_on for o in runpod)  # no published active-worker price since 2026-05
    secure_4090 = by_id()["runpod-secure-rtx-4090"]
    assert secure_4090.gpu_id == "nvidia-rtx-4090"
    assert secure_4090.snapshot_date == "2026-09-25"
    # pods are billed per second (docs 2026-07-20), and need a balance worth an hour to start
    assert secure_4090.billing_granularity_s == 1.0 == secure_4090.minimum_billed_s
    assert secure_4090.min_balance_s == 3600.0
    assert "one hour" in secure_4090.notes
    # The provider's date is its newest price; each offer keeps its own.
    assert load_providers()["runpod"].snapshot_date == max(o.snapshot_date for o in runpod)


def test_runpod_policies_say_savings_plans_and_no_spot() -> None:
    kinds = {p.kind: p for p in load_providers()["runpod"].policies}
    assert "savings-plans" in kinds and "3- or 6-month" in kinds["savings-plans"].text
    assert kinds["spot-interruptible-pods"].date == "2026-05-06"
    assert kinds["minimum-balance"].source.startswith("https://github.com/runpod/docs")


def test_serverless_flex_bills_per_second_with_idle() -> None:
    offers = by_id()
    flex = offers["runpod-serverless-flex-l4"]
    assert flex.billing_granularity_s == 1.0
    assert flex.idle_billed_s == 5.0 and not flex.always_on
    # The docs' per-second price × 3600 is the hourly price.
    assert flex.usd_per_hour == pytest.approx(0.00019 * HOUR)
    assert flex.snapshot_date == "2026-06-08"
    # A worker class is a pool; the offer is timed on its slowest card.
    assert flex.gpu_pool == ("nvidia-l4", "nvidia-rtx-a5000", "nvidia-rtx-3090")
    assert flex.gpu_id == "nvidia-l4"
    pro = offers["runpod-serverless-flex-rtx-pro-6000-blackwell-server"]
    assert pro.usd_per_hour == pytest.approx(0.00111 * HOUR)


def test_multi_gpu_machines_keep_their_count_and_whole_machine_price() -> None:
    offers = by_id()
    p5 = offers["aws-on-demand-h100-sxm-p5-48xlarge-8x"]
    assert (p5.gpu_count, p5.instance) == (8, "p5.48xlarge")
    assert p5.usd_per_hour == pytest.approx(55.04)  # the source gives the whole instance
    assert p5.snapshot_date == "2026-11-09"
    lambda_node = offers["lambda-on-demand-h100-sxm-8x"]
    assert lambda_node.usd_per_hour == pytest.approx(8 * 3.99)  # $3.99 per GPU-hour
    azure = offers["azure-on-demand-h100-nvl-standard-nc80adis-h100-v5-2x"]
    assert azure.gpu_count == 2 and azure.usd_per_gpu_hour == pytest.approx(8.82)


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
    assert storage["container-disk"].usd_per_gb_month == 0.10
    assert storage["network-volume"].date == "2026-07-20"
    assert by_id()["runpod-community-rtx-4090"].storage_usd_per_gb_month == 0.07


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


@pytest.mark.skipif(not SHARED_CSV_2026.is_file(), reason="shared/ reference data not present")
def test_shipped_files_are_what_the_generator_makes_from_the_csv(tmp_path: Path) -> None:
    """The files say "generated, do not edit by hand": a hand edit (or a CSV change without
    regenerating) shows up here."""
    import runpy

    tool = runpy.run_path(str(ROOT / "tools" / "build_cloud_catalog.py"))
    assert tool["main"](["--csv", str(SHARED_CSV), "--csv-2026", str(SHARED_CSV_2026),
                         "--out", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.toml"))
    assert made == sorted(p.name for p in CLOUDS.glob("*.toml"))
    for name in made:
        assert (tmp_path / name).read_text(encoding="utf-8") == (CLOUDS / name).read_text(
            encoding="utf-8"), name


def test_an_offer_of_a_gpu_the_catalog_lacks_is_refused_or_left_out_with_a_note() -> None:
    from core.catalogs.bundle import _known_gpus_only

    snapshot = load_catalog()
    gone = snapshot.offers[0].gpu_id
    gpus = tuple(g for g in load_gpus() if g.id != gone)
    # strict (the command line, the self-test): the first such offer, with its file and key
    with pytest.raises(CatalogError, match=rf"^clouds/\w+\.toml: entry '[^']+': key "
                                           rf"'gpu_(id|pool)': GPU '{gone}' is not in"):
        _known_gpus_only(snapshot, gpus, True, [])
    # the window: the others are still offered, and the note says which were left out
    notes: list[str] = []
    kept = _known_gpus_only(snapshot, gpus, False, notes)
    assert kept.offers and all(o.gpu_id != gone and gone not in o.gpu_pool for o in kept.offers)
    assert len(kept.offers) + len(notes) == len(snapshot.offers)
    assert all(n.startswith("cloud prices: clouds/") and n.endswith("(left out)") for n in notes)
