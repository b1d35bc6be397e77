"""Refresh prices from the GUI, end to end against recorded answers on a local HTTP server.

The window asks for the key in a real (password) input dialog, the Session runs core's refresh
off the UI thread through urllib to 127.0.0.1, and the plan is redone with the new offers. No
test touches the network or the user's keyring.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from core.plan import wording
from core.prices import keys
from tests.app.conftest import wait_for_plan
from tests.core.prices.conftest import KEY, PriceServer  # the recorded-answer server


@pytest.fixture(autouse=True)
def isolated_prices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PriceServer]:
    """No system keyring, a throw-away price cache, Runpod's addresses on a local server."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    keys._memory.clear()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("RIGSIZER_CACHE_DIR", str(tmp_path / "cache"))
    server = PriceServer()
    monkeypatch.setenv("RIGSIZER_RUNPOD_REST_URL", server.rest_url)
    monkeypatch.setenv("RIGSIZER_RUNPOD_GRAPHQL_URL", server.graphql_url)
    yield server
    server.close()
    keys._memory.clear()
    keyring.set_keyring(previous)


def _answer_key_dialog(qtbot, key: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Type `key` into the modal key dialog once it opens, and press OK (like a user)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.labelText())
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        dialog.setTextValue(key)
        dialog.accept()

    QTimer.singleShot(20, poll)


def test_refresh_asks_for_the_key_fetches_and_replans(
        qtbot, make_window, isolated_prices: PriceServer,
        artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    server = isolated_prices
    server.serve_fixture("/graphql", "graphql_ok.json")  # REST answers 404: GraphQL fallback
    window = make_window()
    today = datetime.now(UTC).date().isoformat()
    assert today not in window.session.result.provenance.price_snapshot_date
    assert window.prices_label.text().startswith("Cloud prices dated ")
    window.go_to("settings")
    view = window.settings_page.view
    # the same dates as `rigsizer prices show`: the range of the offers' own dates
    assert "Runpod: shipped snapshot, prices dated 2025-07-13 to 2026-11-09" in (
        view.prices_info.text())

    asked: list[str] = []
    _answer_key_dialog(qtbot, KEY, asked)
    with qtbot.waitSignal(window.session.prices_refreshed, timeout=30_000):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
        assert window.session.refreshing  # the click returned while the fetch runs elsewhere
        assert view.refresh_progress.isVisible() and not view.refresh_button.isEnabled()
    assert "memory until RigSizer closes" in asked[0]  # no keyring here: says where it is kept
    assert server.seen[-1].authorization == f"Bearer {KEY}"
    assert keys.get_api_key("runpod") == KEY  # kept for this session, after it worked
    assert not view.refresh_progress.isVisible() and view.refresh_button.isEnabled()
    assert view.refresh_result.text().startswith(
        "Prices refreshed: 8 runpod prices refreshed from the Runpod GraphQL gpuTypes")
    assert "kept for this session only" in view.refresh_result.text()
    assert "Runpod: refreshed " in view.prices_info.text()
    assert "(less than a minute ago)" in view.prices_info.text()
    assert window.prices_label.text().startswith(
        "Runpod prices refreshed less than a minute ago; others as of ")
    assert any(o.id == "runpod-secure-rtx-4090-live" for o in window.session.catalogs.offers)

    result = wait_for_plan(qtbot, window)
    assert today in result.provenance.price_snapshot_date  # planned with the fetched prices
    window.grab().save(str(artifacts / "settings_prices_refreshed_en_light.png"))

    # A second refresh uses the stored key without asking.
    n_seen = len(server.seen)
    with qtbot.waitSignal(window.session.prices_refreshed, timeout=30_000):
        assert window.refresh_prices()
    assert len(asked) == 1 and len(server.seen) > n_seen


def test_a_refused_key_keeps_the_old_prices_and_says_why(
        qtbot, make_window, isolated_prices: PriceServer,
        artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    server = isolated_prices
    server.serve("/v2/catalog/gpus", "{}", status=401)
    server.serve("/graphql", "{}", status=401)
    window = make_window()
    before = window.session.catalogs.offers
    result_before = window.session.result
    label_before = window.prices_label.text()
    asked: list[str] = []
    _answer_key_dialog(qtbot, "rpa_WRONGKEY", asked)
    with qtbot.waitSignal(window.session.prices_failed, timeout=30_000) as blocker:
        assert window.refresh_prices()
    reason = blocker.args[0]
    assert "Runpod refused the API key (HTTP 401)" in reason and "\n" not in reason
    assert "rpa_WRONGKEY" not in reason
    assert window.session.catalogs.offers is before  # the old prices stay in use
    assert window.prices_label.text() == label_before
    shown = window.settings_page.view.refresh_result
    assert shown.objectName() == "error"
    assert shown.text().startswith(
        "Runpod prices could not be fetched: Runpod refused the API key (HTTP 401)")
    assert shown.text().endswith("The previous prices are kept.")
    window.go_to("settings")
    window.grab().save(str(artifacts / "settings_prices_failed_en_light.png"))
    assert keys.get_api_key("runpod") is None  # a refused key is not stored
    window.session.wait_idle()
    assert window.session.result is result_before  # no re-plan for a failed refresh

    # Cancelling the key dialog does nothing at all.
    n_seen = len(server.seen)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(20, cancel)
    assert not window.refresh_prices()
    assert len(server.seen) == n_seen and not window.session.refreshing



def test_prices_show_and_the_window_agree_on_every_date(
        qtbot, make_window, isolated_prices: PriceServer,
        capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """One date per offer, the same everywhere: `rigsizer prices show` (table and JSON),
    Settings, the Results footer and the recommendation name the same dates."""
    import json

    from app.cli import main

    assert main(["prices", "show", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert main(["prices", "show"]) == 0
    table = capsys.readouterr().out
    offers = {o["id"]: o for o in doc["offers"]}
    window = make_window()
    result = wait_for_plan(qtbot, window)
    window.go_to("settings")
    settings = window.settings_page.view.prices_info.text()
    footer = window.results_page.view.prices.text()
    for p in doc["providers"]:
        dates = sorted(o["snapshot_date"] for o in doc["offers"] if o["provider"] == p["provider"])
        span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
        assert f"{p['name']} prices dated {span} (shipped snapshot" in table, p["provider"]
        assert f"{p['name']}: shipped snapshot, prices dated {span} " in settings, p["provider"]
        assert f"{p['name']} prices dated {span}" in footer, p["provider"]
        # each offer's row in the table carries its own date
        for line in table.splitlines():
            if line.startswith(f"{p['provider']} ") and line.split()[-1] in offers:
                assert offers[line.split()[-1]]["snapshot_date"] in line.split()
    best = result.best
    assert best is not None
    for offer_id in best.offer_ids:
        assert f"cloud price as of {offers[offer_id]['snapshot_date']}" in result.recommendation


def test_a_plan_on_an_old_price_warns_and_offers_the_refresh(
        qtbot, make_window, isolated_prices: PriceServer) -> None:  # type: ignore[no-untyped-def]
    from core.plan.pricedates import stale_price_warnings

    window = make_window()
    result = wait_for_plan(qtbot, window)
    best = result.best
    assert best is not None and best.offer_ids  # the default plan rents
    offers = window.session.catalogs.offers
    date = next(o.snapshot_date for o in offers if o.id in best.offer_ids)
    later = datetime.fromisoformat(date).replace(tzinfo=UTC) + timedelta(days=200)
    names = window.session.catalogs.provider_names
    gpus = window.session.catalogs.gpus_by_id
    (warning,) = stale_price_warnings(result.plans, offers, later, names=names, gpus=gpus)
    assert f"at a price dated {date}, 200 days ago (more than 90)" in warning
    offer = next(o for o in offers if o.id in best.offer_ids)
    # the offer by the names the plans table gives it: card, provider ("Vast.ai", not "vast")
    # and tier, not its id ("vast-spot-rtx-5090")
    assert offer.id not in warning
    tier = str(wording.tier(offer.tier))
    assert warning.startswith(f"This plan rents {gpus[offer.gpu_id].name} on "
                              f"{names[offer.provider]} {tier} at a price dated"), warning
    assert f"({names[offer.provider]} {tier})" in str(best.label)  # as the plan is named
    assert stale_price_warnings(result.plans, offers, later - timedelta(days=150)) == ()
    # the Results page shows the warnings the plan carries, with a link that refreshes
    window.results_page.show_result(dataclasses.replace(result, price_warnings=(warning,)))
    footer = window.results_page.view.prices.text()
    assert "200 days ago" in footer and "href='refresh'" in footer
    asked: list[str] = []
    _answer_key_dialog(qtbot, KEY, asked)
    isolated_prices.serve_fixture("/v2/catalog/gpus", "rest_ok.json")
    with qtbot.waitSignal(window.session.prices_refreshed, timeout=30_000):
        window.results_page.view.prices.linkActivated.emit("refresh")
    assert asked  # the link asked for the key and refreshed


def test_a_failed_refresh_is_said_in_chinese(
        qtbot, make_window, isolated_prices: PriceServer,
        artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    """Core's reason (a Message) reaches the page whole and is said in the window's language:
    the English sentence had been shown inside the Chinese 'previous prices are kept'."""
    server = isolated_prices
    server.serve("/v2/catalog/gpus", "{}", status=401)
    server.serve("/graphql", "{}", status=401)
    window = make_window(language="zh_CN")
    _answer_key_dialog(qtbot, "rpa_WRONGKEY", [])
    with qtbot.waitSignal(window.session.prices_failed, timeout=30_000) as blocker:
        assert window.refresh_prices()
    assert str(blocker.args[0]).startswith("Runpod prices could not be fetched: Runpod refused")
    shown = window.settings_page.view.refresh_result.text()
    assert shown.startswith("无法获取 Runpod 价格：Runpod 拒绝了 API 密钥（HTTP 401）"), shown
    assert shown.endswith("的密钥。仍使用之前的价格。"), shown
    assert "refused" not in shown and "could not" not in shown
    window.go_to("settings")
    window.grab().save(str(artifacts / "settings_prices_failed_zh_CN.png"))
    window.session.wait_idle()
