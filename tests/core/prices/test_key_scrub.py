"""The API key never leaves the request (issue 17, item 11, and the key half of item 15).

A price server that echoes the key back, into a GraphQL error or into a GPU's name, got it
printed on the terminal and written into the price cache. And a key with characters no HTTP
header can carry failed with a misleading 'latin-1' codec error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.cli import main
from core.prices.http import request_json, scrub
from core.prices.source import RefreshError
from tests.core.prices.conftest import fixture_bytes

if TYPE_CHECKING:
    from tests.core.prices.conftest import PriceServer


pytestmark = pytest.mark.usefixtures("no_keyring")


def _everything_written(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in folder.rglob("*") if p.is_file())


def test_a_key_echoed_into_a_gpu_name_is_not_shown_or_stored(
        runpod_env: PriceServer, api_key: str, own_cache_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    body = fixture_bytes("graphql_ok.json").decode("utf-8")
    body = body.replace('"displayName": "RTX 4090"', f'"displayName": "RTX 4090 {api_key}"', 1)
    body = body.replace('"id": "NVIDIA RTX A6000"', f'"id": "NVIDIA RTX A6000 {api_key}"', 1)
    runpod_env.serve("/graphql", body)
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) == 0
    assert main(["prices", "show", "--provider", "runpod"]) == 0
    assert main(["prices", "show", "--json"]) == 0
    out = capsys.readouterr()
    assert own_cache_dir.exists() and _everything_written(own_cache_dir)
    assert api_key not in _everything_written(own_cache_dir)
    assert api_key not in out.out + out.err


def test_a_key_echoed_into_an_error_is_not_shown(
        runpod_env: PriceServer, api_key: str, capsys: pytest.CaptureFixture[str]) -> None:
    runpod_env.serve("/graphql", json.dumps(
        {"errors": [{"message": f"key {api_key} is not allowed here"}]}))
    assert main(["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY"]) == 2
    err = capsys.readouterr().err
    assert "is not allowed here" in err and "[API key]" in err
    assert api_key not in err


def test_scrub_reaches_keys_values_and_depth() -> None:
    key = "rpa_SECRET_1234"
    doc = {"a": [{"b": f"x{key}y", f"k{key}": 1}] * 2, "c": [[[key]]], "n": 3}
    clean = json.dumps(scrub(doc, key))
    assert key not in clean and clean.count("[API key]") == 5  # the list holds one dict twice


@pytest.mark.parametrize("bad_key", ["rpa_ключ_123", "rpa key with spaces", "rpa_\u00e9t\u00e9"])
def test_a_key_no_header_can_carry_is_one_sentence(price_server: PriceServer,
                                                   bad_key: str) -> None:
    with pytest.raises(RefreshError, match=r"^The API key contains characters") as info:
        request_json(price_server.graphql_url, name="X", api_key=bad_key, timeout_s=5)
    assert info.value.kind == "auth"
    assert price_server.seen == []  # nothing was sent
