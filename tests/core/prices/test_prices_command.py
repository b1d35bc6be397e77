"""`rigsizer prices ...` end to end through the real CLI, against the local price server."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import pytest

from app.cli import main
from core.prices import keys

if TYPE_CHECKING:
    from tests.core.prices.conftest import PriceServer


pytestmark = pytest.mark.usefixtures("no_keyring")


def test_show_lists_the_snapshot_its_age_and_offers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prices", "show", "--provider", "runpod"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("Runpod prices dated 2025-07-13 to 2026-11-09 (shipped snapshot, "
                            "newest ")
    assert " older than 90 days)." in first
    row = next(line for line in out.splitlines() if line.endswith(" runpod-secure-rtx-4090"))
    assert row.split()[:6] == ["runpod", "secure", "rtx-4090", "1", "0.74", "0.74"]
    assert "2026-09-25" in row.split()  # the offer's own date


def test_show_json_has_every_offer_with_its_price(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prices", "show", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    from core.catalogs.clouds import load_snapshot

    assert len(doc["offers"]) == len(load_snapshot())
    p5 = next(o for o in doc["offers"] if o["id"] == "aws-on-demand-h100-sxm-p5-48xlarge-8x")
    assert (p5["gpu_count"], p5["usd_per_gpu_hour"]) == (8, 6.88)
    assert {p["provider"] for p in doc["providers"]} == {
        "runpod", "vast", "aws", "gcp", "lambda", "runcomfy", "azure", "nebius", "akash",
        "openrelay", "verda"}


def test_refresh_with_a_key_from_the_environment_then_show(
        runpod_env: PriceServer, api_key: str, capsys: pytest.CaptureFixture[str]) -> None:
    runpod_env.serve_fixture("/graphql", "graphql_ok.json")
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("8 runpod prices refreshed from the Runpod GraphQL gpuTypes, 1 rows "
                          "or prices dropped.\n")
    assert "note: dropped 'QX9000'" in out
    assert keys._memory == {}  # a key from the environment is not stored
    assert main(["prices", "show", "--provider", "runpod"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Runpod prices refreshed ")
    row = next(line for line in shown.splitlines() if line.endswith("runpod-secure-rtx-4090-live"))
    assert row.split()[1:3] == ["secure", "*"]
    assert api_key not in out + shown


def test_an_unreachable_server_is_asked_about_as_a_question(
        own_cache_dir, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, api_key: str) -> None:
    """A reason that ends in a question stays one ("are you online?; the previous ..." read
    as a typo)."""
    import socket

    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("RIGSIZER_RUNPOD_REST_URL", f"http://127.0.0.1:{port}/v2")
    monkeypatch.setenv("RIGSIZER_RUNPOD_GRAPHQL_URL", f"http://127.0.0.1:{port}/graphql")
    monkeypatch.setenv("MY_RUNPOD_KEY", api_key)
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY", "--timeout", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rigsizer: error: Runpod prices could not be fetched: Could not reach "
                          "Runpod (") and err.endswith(
        "; are you online? The previous prices are kept.\n"), err


def test_a_failed_refresh_is_one_line_and_keeps_the_prices(
        runpod_env: PriceServer, api_key: str, capsys: pytest.CaptureFixture[str]) -> None:
    runpod_env.serve_fixture("/graphql", "graphql_ok.json")
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) == 0
    capsys.readouterr()
    runpod_env.serve_fixture("/graphql", "error_page.html")
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) == 2
    err = capsys.readouterr().err
    assert err == ("rigsizer: error: Runpod prices could not be fetched: Runpod's REST catalog "
                   "answered HTTP 404; the fallback failed too: Runpod's GraphQL API answered "
                   "with an HTML page instead of a price list; the previous prices are kept.\n")
    assert main(["prices", "show", "--provider", "runpod"]) == 0
    assert capsys.readouterr().out.startswith("Runpod prices refreshed ")


def test_a_prompted_key_is_kept_after_a_good_refresh(
        runpod_env: PriceServer, api_key: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    runpod_env.serve_fixture("/graphql", "graphql_ok.json")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: api_key)
    assert main(["prices", "refresh"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No system keyring here: the key is kept for this run only.\n")
    assert keys.get_api_key("runpod") == api_key
    assert runpod_env.seen[-1].authorization == f"Bearer {api_key}"
    assert main(["prices", "forget-key"]) == 0
    assert capsys.readouterr().out == "The runpod API key was removed.\n"
    assert main(["prices", "forget-key"]) == 0
    assert capsys.readouterr().out == "No runpod API key was stored.\n"


@pytest.mark.parametrize(("argv", "message"), [
    (["prices", "refresh"], "no API key for runpod: pass --api-key-env VAR"),
    (["prices", "refresh", "--api-key-env", "UNSET_VAR_XYZ"],
     "environment variable UNSET_VAR_XYZ is not set or empty"),
    (["prices", "refresh", "--provider", "vast"], "No live price source for 'vast'"),
    (["prices", "refresh", "--timeout", "0"], "--timeout must be a positive number"),
    (["prices", "show", "--provider", "nope"], "no prices for provider 'nope'"),
    # an empty filter was read as none and listed every price
    (["prices", "show", "--provider", ""], "--provider: no provider was given (known: "),
    (["prices", "show", "--provider", "  "], "--provider: no provider was given (known: "),
    (["prices", "show", "--gpu", ""], "--gpu: no GPU name was given"),
    (["prices", "show", "--provider", "runpod", "--gpu", ""], "--gpu: no GPU name was given"),
])
def test_errors_are_one_line(argv: list[str], message: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("rigsizer: error: ") and message in err
    assert err.count("\n") == 1


def test_a_refused_key_from_the_environment(runpod_env: PriceServer,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    runpod_env.serve("/v2/catalog/gpus", "{}", status=401)
    runpod_env.serve("/graphql", "{}", status=403)
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) == 2
    assert capsys.readouterr().err == (
        "rigsizer: error: Runpod prices could not be fetched: Runpod refused the API key "
        "(HTTP 403); check the key or enter a new one; the previous prices are kept.\n")


def test_show_quotes_the_billing_rules_and_the_one_hour_balance(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prices", "show", "--provider", "runpod"]) == 0
    out = capsys.readouterr().out
    assert ("  savings-plans: 3- or 6-month upfront commitment; GPU compute only (2026-07-20, "
            in out)
    assert "  spot-interruptible-pods: no longer documented (2026-05-06, " in out
    row = next(line for line in out.splitlines() if line.endswith(" runpod-secure-rtx-4090"))
    assert "per s, 1 h balance to start" in row
    assert main(["prices", "show", "--provider", "runpod", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (runpod,) = doc["providers"]
    assert {p["kind"] for p in runpod["policies"]} >= {"minimum-balance", "savings-plans"}
    assert runpod["oldest"] <= runpod["newest"] and runpod["older_than_90_days"] > 0
    pod = next(o for o in doc["offers"] if o["id"] == "runpod-secure-rtx-4090")
    assert pod["min_balance_s"] == 3600.0
