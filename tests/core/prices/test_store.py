"""Refresh end to end: an atomic cache, laid over the snapshot, that survives every failure."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from core.catalogs.bundle import load_catalogs, load_offers, offers_in_use
from core.catalogs.clouds import load_snapshot
from core.prices import cache_dir, cache_path, refresh_prices
from core.prices.runpod import RunpodSource
from core.prices.source import RefreshError
from core.prices.store import format_age, read_cache, write_atomic

if TYPE_CHECKING:
    from tests.core.prices.conftest import PriceServer

GQL = "/graphql"


def refresh(server: PriceServer, key: str, fixture: str = "graphql_ok.json") -> None:
    server.serve_fixture(GQL, fixture)
    refresh_prices("runpod", key, timeout_s=5,
                   source=RunpodSource(server.rest_url, server.graphql_url))


def test_cache_dir_follows_the_environment(own_cache_dir: Path) -> None:
    assert cache_dir() == own_cache_dir
    assert cache_path("runpod") == own_cache_dir / "prices" / "runpod.json"
    with pytest.raises(ValueError, match="not a provider id"):
        cache_path("../../etc/passwd")


def test_without_a_refresh_the_shipped_snapshot_is_used() -> None:
    now = datetime(2026, 1, 13, tzinfo=UTC)
    offers, info = offers_in_use(now)
    assert offers == load_snapshot()
    runpod = info.for_provider("runpod")
    assert runpod is not None and runpod.origin == "shipped"
    # Each offer keeps its own date; the provider's line gives their range, newest first in
    # the age (no offer of the snapshot is dated after 2026-01-13 except the ones it lists).
    dates = sorted(o.snapshot_date for o in offers if o.provider == "runpod")
    assert runpod.as_of == runpod.newest == max(dates)
    assert runpod.oldest == "2025-07-13"
    assert "Runpod prices dated 2025-07-13 to 2026-11-09 (shipped snapshot, newest " in (
        info.describe())
    now = datetime(2026, 12, 4, tzinfo=UTC)
    runpod = offers_in_use(now)[1].for_provider("runpod")
    assert runpod is not None
    assert runpod.age_s == (now - datetime(2026, 11, 9, tzinfo=UTC)).total_seconds()
    stale = [o for o in offers if o.provider == "runpod" and o.snapshot_date < "2026-09-05"]
    assert runpod.n_stale == len(stale) > 0
    assert f"; {len(stale)} of {runpod.n_offers} older than 90 days)" in runpod.describe()
    assert not info.refreshed and info.notes == ()


def test_refreshed_prices_replace_the_snapshot_for_the_gpus_they_cover(
        price_server: PriceServer, api_key: str, own_cache_dir: Path) -> None:
    refresh(price_server, api_key)
    path = own_cache_dir / "prices" / "runpod.json"
    assert path.is_file()
    assert api_key not in path.read_text(encoding="utf-8")  # the key is never written
    offers, info = offers_in_use()
    ids = {o.id for o in offers}
    # The refreshed 4090 pod prices are in; the snapshot's single-GPU 4090 pod offers are out,
    # including third-party "on-demand" and "spot" rows for that GPU.
    assert {"runpod-secure-rtx-4090-live", "runpod-community-rtx-4090-live"} <= ids
    assert not {"runpod-secure-rtx-4090", "runpod-community-rtx-4090"} & ids
    # What the refresh does not cover stays: other GPUs, serverless workers, 8-GPU nodes,
    # and other providers.
    assert {"runpod-community-rtx-a4000", "runpod-serverless-flex-rtx-4090",
            "runpod-secure-h100-sxm-8x-techplained-2026-04",
            "vast-on-demand-rtx-4090-kixago-2025-02"} <= ids
    live = next(o for o in offers if o.id == "runpod-secure-rtx-4090-live")
    assert live.usd_per_hour == 0.69 and live.origin == "refreshed"
    runpod = info.for_provider("runpod")
    assert runpod is not None and runpod.origin == "refreshed"
    assert runpod.source == "Runpod GraphQL gpuTypes"
    assert runpod.age_s < 60
    assert info.for_provider("aws").origin == "shipped"  # type: ignore[union-attr]
    assert "Runpod prices refreshed " in info.describe() and info.refreshed
    # Serverless workers and the 8-GPU node are still the snapshot's, and the text says so.
    kept = sum(1 for o in offers if o.provider == "runpod" and o.origin == "shipped")
    assert kept == runpod.n_from_snapshot > 0
    assert (f", {kept} other Runpod offers from the shipped snapshot, dated 2025-07-13 to "
            "2026-11-09; " in runpod.describe())
    assert load_offers() == offers
    assert load_catalogs().offers == offers  # what the rest of RigSizer plans with


def test_a_failed_refresh_keeps_the_previous_prices(
        price_server: PriceServer, api_key: str, own_cache_dir: Path) -> None:
    refresh(price_server, api_key)
    before = (own_cache_dir / "prices" / "runpod.json").read_bytes()
    for bad in ("truncated.json", "error_page.html", "graphql_all_bad.json"):
        with pytest.raises(RefreshError):
            refresh(price_server, api_key, bad)
        assert (own_cache_dir / "prices" / "runpod.json").read_bytes() == before
    assert any(o.id == "runpod-secure-rtx-4090-live" for o in offers_in_use()[0])


def test_a_crash_while_saving_leaves_the_last_good_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "prices" / "runpod.json"
    write_atomic(path, "old")

    def power_cut(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        write_atomic(path, "new")
    assert path.read_text() == "old"
    assert sorted(p.name for p in path.parent.iterdir()) == ["runpod.json"]  # no temp file left


def test_an_unwritable_cache_is_a_one_sentence_refresh_error(
        price_server: PriceServer, api_key: str, own_cache_dir: Path) -> None:
    own_cache_dir.mkdir(parents=True)
    (own_cache_dir / "prices").write_text("a file where the folder should be")
    with pytest.raises(RefreshError, match=r"^The refreshed prices could not be saved \(.+\)\.$"):
        refresh(price_server, api_key)


def test_an_unsaved_refresh_says_once_that_the_old_prices_stay(
        own_cache_dir: Path, runpod_env: PriceServer,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The command adds 'the previous prices are kept' to every failure (as the window does):
    the unsaved-cache sentence had said it too, so it was said twice."""
    from app import cli

    runpod_env.serve_fixture(GQL, "graphql_ok.json")
    own_cache_dir.mkdir(parents=True)
    (own_cache_dir / "prices").write_text("a file where the folder should be")
    assert cli.main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) != 0
    err = capsys.readouterr().err
    assert "could not be saved" in err and err.count("previous prices are kept") == 1, err


def _cached_doc(price_server: PriceServer, api_key: str, own_cache_dir: Path) -> dict:
    refresh(price_server, api_key)
    return json.loads((own_cache_dir / "prices" / "runpod.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("damage", "reason"), [
    (lambda d: "{ not json", "cannot be read"),
    (lambda d: "[]", "is not a price cache"),
    (lambda d: {**d, "schema_version": 99}, "schema version 99"),
    (lambda d: {**d, "provider": "vast"}, "another provider"),
    (lambda d: {**d, "fetched_at": "yesterday"}, "no valid fetch time"),
    (lambda d: {**d, "fetched_at": "2025-01-01T00:00:00"}, "without a time zone"),
    (lambda d: {**d, "fetched_at": "2999-01-01T00:00:00+00:00"}, "in the future"),
    # before the first instant in UTC: OverflowError made every plan fail (issue 17, item 13)
    (lambda d: {**d, "fetched_at": "0001-01-01T00:00:00+14:00"}, "no valid fetch time"),
    (lambda d: {**d, "fetched_at": "9999-12-31T23:59:59-14:00"}, "no valid fetch time"),
    (lambda d: {**d, "offers": []}, "holds no offers"),
    (lambda d: {**d, "offers": [{**d["offers"][0], "usd_per_hour": -1}]},
     "key 'usd_per_hour': must be a positive number"),
    (lambda d: {**d, "offers": [{**d["offers"][0], "rm -rf": "/"}]}, "unknown key"),
])
def test_a_damaged_cache_is_ignored_with_a_note(
        price_server: PriceServer, api_key: str, own_cache_dir: Path, damage, reason: str) -> None:
    doc = _cached_doc(price_server, api_key, own_cache_dir)
    bad = damage(doc)
    text = bad if isinstance(bad, str) else json.dumps(bad)
    (own_cache_dir / "prices" / "runpod.json").write_text(text, encoding="utf-8")
    offers, info = offers_in_use()
    assert offers == load_snapshot()
    (note,) = info.notes
    assert note.startswith("The refreshed Runpod prices were not used: prices/runpod.json")
    assert reason in note and note.endswith("using the shipped snapshot.")
    assert info.for_provider("runpod").origin == "shipped"  # type: ignore[union-attr]


@pytest.mark.parametrize("notes", [None, True, 0, 1e308, "a note", {"a": 1}])
def test_a_cache_with_a_bad_notes_field_keeps_its_prices_with_a_note(
        price_server: PriceServer, api_key: str, own_cache_dir: Path, notes: object,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A non-list 'notes' made plan, prices show and the window fail ("'NoneType' object is
    not iterable") until the file was deleted: it is only the refresh's remarks, so it is
    ignored with a note and the refreshed prices are still used."""
    from app import cli

    doc = _cached_doc(price_server, api_key, own_cache_dir)
    (own_cache_dir / "prices" / "runpod.json").write_text(json.dumps({**doc, "notes": notes}),
                                                          encoding="utf-8")
    offers, info = offers_in_use()
    assert info.for_provider("runpod").origin == "refreshed"  # type: ignore[union-attr]
    assert any(o.origin == "refreshed" for o in offers)
    (note,) = info.notes
    assert note.startswith("prices/runpod.json: field 'notes' must be a list of text"), note
    assert note.endswith("ignored it")
    assert cli.main(["prices", "show", "--provider", "runpod"]) == 0
    out = capsys.readouterr().out
    assert "field 'notes'" in out and "refreshed" in out


def test_cached_offers_for_gpus_no_longer_in_the_catalog_are_dropped(
        price_server: PriceServer, api_key: str, own_cache_dir: Path) -> None:
    doc = _cached_doc(price_server, api_key, own_cache_dir)
    doc["offers"][0]["gpu_id"] = "nvidia-retired-card"
    (own_cache_dir / "prices" / "runpod.json").write_text(json.dumps(doc), encoding="utf-8")
    cached = read_cache("runpod", known_gpus={"nvidia-rtx-4090", "nvidia-h100-sxm",
                                              "nvidia-rtx-a6000", "nvidia-l40s", "nvidia-b200"})
    assert cached is not None
    assert len(cached.offers) == len(doc["offers"]) - 1
    assert any("nvidia-retired-card" in n for n in cached.notes)
    offers, info = offers_in_use()
    assert any("nvidia-retired-card" in n for n in info.notes)
    assert all(o.gpu_id != "nvidia-retired-card" for o in offers)


def test_refreshed_age_counts_from_the_fetch_time(
        price_server: PriceServer, api_key: str) -> None:
    refresh(price_server, api_key)
    later = datetime.now(UTC) + timedelta(days=3, hours=1)
    _, info = offers_in_use(later)
    runpod = info.for_provider("runpod")
    assert runpod is not None and format_age(runpod.age_s) == "3 days"
    assert "(3 days ago)" in runpod.describe()


@pytest.mark.parametrize(("seconds", "text"), [
    (5, "less than a minute"), (60, "1 minute"), (7200, "2 hours"), (86400 * 400, "400 days"),
    (-5, "less than a minute"),
])
def test_format_age(seconds: float, text: str) -> None:
    assert format_age(seconds) == text


def test_an_unknown_provider_cannot_be_refreshed(api_key: str) -> None:
    with pytest.raises(RefreshError, match=r"No live price source for 'vast'; RigSizer can "
                                           r"refresh: runpod\."):
        refresh_prices("vast", api_key)


def test_an_empty_key_is_refused_before_any_request(price_server: PriceServer) -> None:
    with pytest.raises(RefreshError, match="No API key for runpod"):
        refresh_prices("runpod", "", source=RunpodSource(price_server.rest_url,
                                                         price_server.graphql_url))
    assert price_server.seen == []
