"""Runpod price source against recorded answers on a local server: REST, fallback, bad rows."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.catalogs.gpus import gpus_by_id
from core.prices.runpod import GPU_TYPES_QUERY, RunpodSource
from core.prices.source import RefreshError

if TYPE_CHECKING:
    from tests.core.prices.conftest import PriceServer

REST = "/v2/catalog/gpus"
GQL = "/graphql"


def source(server: PriceServer) -> RunpodSource:
    return RunpodSource(server.rest_url, server.graphql_url)


def prices(result: object) -> dict[str, float]:
    return {o.id: o.usd_per_hour for o in result.offers}  # type: ignore[attr-defined]


def test_rest_catalog_answer_becomes_validated_offers(price_server: PriceServer,
                                                      api_key: str) -> None:
    price_server.serve_fixture(REST, "rest_ok.json")
    result = source(price_server).fetch(api_key, timeout_s=5)
    assert result.endpoint == "Runpod REST catalog"
    assert prices(result) == {
        # the documented example: price.secure, price.community, price.serverless
        "runpod-secure-rtx-4090-live": 0.44,
        "runpod-community-rtx-4090-live": 0.31,
        "runpod-serverless-rtx-4090-live": 1.1,
        "runpod-secure-h100-pcie-live": 2.89,
        "runpod-community-h100-pcie-live": 1.99,
        # community: false, so its price.community (the 0.5 placeholder) is not an offer
        "runpod-secure-b200-live": 6.79,
        "runpod-serverless-b200-live": 8.64,
    }
    assert result.notes == ()
    # Only the REST catalog was asked, with the key as a bearer token.
    assert [(s.method, s.path) for s in price_server.seen] == [("GET", REST)]
    assert price_server.seen[0].authorization == f"Bearer {api_key}"
    for offer in result.offers:
        assert offer.gpu_id in gpus_by_id()
        assert offer.origin == "refreshed" and offer.gpu_count == 1 and offer.provider == "runpod"
        assert not offer.interruptible  # Runpod sells no spot pods any more
        assert offer.snapshot_date == result.fetched_at.date().isoformat()
        # Billing rules come from the shipped Runpod offers, sources and all: per second;
        # pods need an hour's balance, serverless workers bill their idle timeout.
        assert offer.billing_granularity_s == 1.0 and offer.billing_source
        if offer.tier == "serverless":
            assert offer.idle_billed_s == 5.0 and offer.min_balance_s == 0.0
        else:
            assert offer.min_balance_s == 3600.0 and offer.idle_billed_s == 0.0


@pytest.mark.parametrize("rest", [
    None,  # 404: no REST catalog at that address
    "rest_unknown_shape.json",
    "rest_list.json",  # not the documented {"gpus": [...]}
    "error_page.html",
    "truncated.json",
])
def test_graphql_is_the_fallback_when_rest_fails(price_server: PriceServer, api_key: str,
                                                 rest: str | None) -> None:
    if rest is not None:
        price_server.serve_fixture(REST, rest)
    price_server.serve_fixture(GQL, "graphql_ok.json")
    result = source(price_server).fetch(api_key, timeout_s=5)
    assert result.endpoint == "Runpod GraphQL gpuTypes"
    got = prices(result)
    assert got["runpod-secure-h100-sxm-live"] == 2.99  # "NVIDIA H100 80GB HBM3" is the SXM card
    assert got["runpod-community-rtx-4090-live"] == 0.34
    assert got["runpod-secure-l40s-live"] == 0.86
    # Zero and null prices mean "not offered there": no offer, no note.
    assert "runpod-community-l40s-live" not in got
    # communityCloud false: the placeholder communityPrice 0.5 is not a price.
    assert got["runpod-secure-b200-live"] == 5.99
    assert "runpod-community-b200-live" not in got
    assert not any("spot" in i for i in got)
    assert len(got) == 8
    # A GPU the catalog does not know is dropped with a note naming it.
    assert len(result.notes) == 1 and "'QX9000'" in result.notes[0]
    post = price_server.seen[-1]
    assert (post.method, post.path, post.authorization) == ("POST", GQL, f"Bearer {api_key}")
    assert json.loads(post.body) == {"query": GPU_TYPES_QUERY}
    assert "communityCloud" in GPU_TYPES_QUERY and "Spot" not in GPU_TYPES_QUERY


def test_odd_rows_are_dropped_each_with_a_note(price_server: PriceServer, api_key: str) -> None:
    price_server.serve_fixture(GQL, "graphql_odd_rows.json")
    result = source(price_server).fetch(api_key, timeout_s=5)
    # Only the A40's two well-formed prices survive.
    assert prices(result) == {"runpod-secure-a40-live": 0.44,
                              "runpod-community-a40-live": 0.35}
    notes = "\n".join(result.notes)
    expected = [
        "securePrice of 'RTX 4090': '0.69' is not a number",  # a string, not a number
        "communityPrice of 'RTX 4090': True is not a number",
        "securePrice of 'H100 SXM': $1e+308/h is not a plausible GPU price",
        "communityPrice of 'H100 SXM': nan is not a number",
        "securePrice of 'H100 PCIe': negative price -0.5",
        "communityPrice of 'H100 PCIe': inf is not a number",
        "'RTX A6000': memoryInGb 'lots' is not a memory size",
        "'L40S': no GPU in RigSizer's catalog matches",  # 80 GB is not an L40S
        "row 6: not an object",
        "row 7: no GPU name",
        "'RTX 3090 <script>alert(1)</script>': no GPU",
    ]
    for text in expected:
        assert text in notes
    assert len(result.notes) == len(expected)
    assert all(n.isprintable() for n in result.notes)  # control characters never reach a note


@pytest.mark.parametrize(("gql", "message"), [
    ("graphql_all_bad.json", r"GraphQL gpuTypes had no usable prices"),
    ("graphql_errors.json", r"GraphQL API reported an error: Something"),
    ("truncated.json", r"GraphQL API answered with something that is not JSON"),
    ("error_page.html", r"GraphQL API answered with an HTML page"),
])
def test_when_both_fail_one_sentence_gives_both_reasons(
        price_server: PriceServer, api_key: str, gql: str, message: str) -> None:
    price_server.serve_fixture(REST, "rest_unknown_shape.json")
    price_server.serve_fixture(GQL, gql)
    with pytest.raises(RefreshError, match=message) as info:
        source(price_server).fetch(api_key, timeout_s=5)
    text = str(info.value)
    assert text.startswith("Runpod prices could not be fetched: Runpod's REST catalog answered "
                           "in a shape RigSizer does not know; the fallback failed too: ")
    assert "\n" not in text and api_key not in text


def test_a_refused_key_is_said_once(price_server: PriceServer, api_key: str) -> None:
    price_server.serve(REST, "{}", status=401)
    price_server.serve(GQL, '{"errors": [{"message": "Unauthorized"}]}', status=401)
    with pytest.raises(RefreshError) as info:
        source(price_server).fetch(api_key, timeout_s=5)
    assert str(info.value) == ("Runpod prices could not be fetched: Runpod refused the API key "
                               "(HTTP 401); check the key or enter a new one.")
    assert info.value.kind == "auth"


def test_server_errors_and_rate_limits(price_server: PriceServer, api_key: str) -> None:
    price_server.serve(REST, "oops", status=503, content_type="text/plain")
    price_server.serve(GQL, "{}", status=429)
    with pytest.raises(RefreshError, match=r"server failed \(HTTP 503\).*limiting requests "
                                           r"\(HTTP 429\)"):
        source(price_server).fetch(api_key, timeout_s=5)


def test_a_server_that_never_answers_times_out(silent_url: str, api_key: str) -> None:
    import time

    src = RunpodSource(silent_url + "/v2/catalog/gpus", silent_url + "/graphql")
    start = time.monotonic()
    with pytest.raises(RefreshError) as info:
        src.fetch(api_key, timeout_s=0.3)
    elapsed = time.monotonic() - start
    assert str(info.value) == ("Runpod prices could not be fetched: Runpod did not answer "
                               "within 0.3 s.")
    assert info.value.kind == "timeout"
    assert elapsed < 3.0  # two tries of 0.3 s each, not a hang


def test_urls_can_come_from_the_environment(price_server: PriceServer, api_key: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIGSIZER_RUNPOD_REST_URL", price_server.rest_url)
    price_server.serve_fixture(REST, "rest_ok.json")
    assert len(RunpodSource().fetch(api_key, timeout_s=5).offers) == 7


# --- fuzz: any JSON at all gives offers, notes or one RefreshError, never a crash ----------------

_json = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True, allow_infinity=True)
    | st.integers(min_value=-(10**30), max_value=10**30) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(["id", "displayName", "memoryInGb", "securePrice",
                                       "communityPrice", "secureCloud", "communityCloud",
                                       "name", "memory", "price", "secure", "community",
                                       "serverless", "gpus", "data", "gpuTypes", "errors",
                                       "message", "x"]),
                      children, max_size=7),
    max_leaves=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_json)
def test_any_json_answer_is_handled(body: object) -> None:
    from datetime import date

    from core.prices.runpod import _rows_from_graphql, _rows_from_rest, catalog_resolver, normalise

    for reader, shape in ((_rows_from_rest, "rest"), (_rows_from_graphql, "graphql")):
        try:
            rows = reader(body)
        except RefreshError as exc:
            assert "\n" not in str(exc)
            continue
        offers, notes = normalise(rows, catalog_resolver, lambda tier: None, date(2026, 1, 1),
                                  "test", shape)
        for offer in offers:
            assert 0 < offer.usd_per_hour <= 100
            assert offer.gpu_id in gpus_by_id()
        assert all(isinstance(n, str) and n.isprintable() for n in notes)


@pytest.mark.parametrize("digits", [4301, 100_000])
def test_an_integer_too_long_for_python_falls_back_to_graphql(
        price_server: PriceServer, api_key: str, digits: int) -> None:
    """Python refuses to read an integer of more than 4300 digits with a bare ValueError that
    json.loads does not turn into a JSONDecodeError: it escaped the bad-body handling, so the
    GraphQL fallback was skipped and the user read Python's 'Exceeds the limit' message."""
    body = '{"gpus": [{"id": "NVIDIA GeForce RTX 4090", "memory": ' + "9" * digits + "}]}"
    price_server.serve(REST, body)
    price_server.serve_fixture(GQL, "graphql_ok.json")
    result = source(price_server).fetch(api_key, timeout_s=5)
    assert result.endpoint == "Runpod GraphQL gpuTypes"
    assert prices(result)["runpod-community-rtx-4090-live"] == 0.34
    # both endpoints: one sentence naming each, neither in Python's words
    price_server.serve(GQL, '{"data": {"gpuTypes": [{"securePrice": ' + "1" * digits + "}]}}")
    with pytest.raises(RefreshError) as info:
        source(price_server).fetch(api_key, timeout_s=5)
    text = str(info.value)
    assert ("Runpod's REST catalog sent a broken answer (a number longer than 4300 digits); "
            "the fallback failed too: Runpod's GraphQL API sent a broken answer") in text, text
    assert "Exceeds the limit" not in text and "\n" not in text


def test_an_integer_too_large_for_a_float_drops_its_row_with_a_note(
        price_server: PriceServer, api_key: str) -> None:
    # 400 digits: json reads it, float() raised OverflowError out of the refresh
    big = "9" * 400
    body = ('{"gpus": [{"id": "NVIDIA GeForce RTX 4090", "name": "RTX 4090", "memory": 24, '
            '"secure": true, "community": true, "price": {"secure": ' + big + ', '
            '"community": 0.31, "serverless": -' + big + '}}, {"id": "NVIDIA L40S", '
            '"name": "L40S", "memory": ' + big + ', "price": {"secure": 0.86}}]}')
    price_server.serve(REST, body)
    result = source(price_server).fetch(api_key, timeout_s=5)
    assert prices(result) == {"runpod-community-rtx-4090-live": 0.31}
    notes = "\n".join(result.notes)
    assert "dropped price.secure of 'RTX 4090': 999" in notes
    assert "dropped price.serverless of 'RTX 4090': -999" in notes
    assert "dropped 'L40S': memory 999" in notes and "is not a memory size" in notes


def test_a_price_of_a_tenth_of_a_cent_or_less_is_dropped_with_a_note(
        price_server: PriceServer, api_key: str) -> None:
    # the documented REST shape, with a per-second figure where the hourly one belongs
    body = {"gpus": [{"id": "NVIDIA GeForce RTX 4090", "name": "RTX 4090", "pool": "ADA_24",
                      "manufacturer": "NVIDIA", "memory": 24, "secure": True, "community": True,
                      "price": {"secure": 1e-9, "community": 0.31, "serverless": 0.0003}}]}
    price_server.serve(REST, json.dumps(body))
    result = source(price_server).fetch(api_key, timeout_s=5)
    assert prices(result) == {"runpod-community-rtx-4090-live": 0.31}
    notes = "\n".join(result.notes)
    assert "$1e-09/h is not a plausible GPU price" in notes
    assert "$0.0003/h is not a plausible GPU price" in notes


def test_every_refresh_sentence_is_said_in_chinese(price_server: PriceServer,
                                                    api_key: str) -> None:
    """Both endpoints failing, each for its own reason: the one sentence renders in Chinese
    with each endpoint's name and reason translated, and each inner reason loses its own full
    stop in either language (one sentence, not 'X.; Y.')."""
    from app.report.text import translator
    from core.schema.message import render

    price_server.serve_fixture(REST, "rest_unknown_shape.json")
    price_server.serve_fixture(GQL, "error_page.html")
    with pytest.raises(RefreshError) as info:
        source(price_server).fetch(api_key, timeout_s=5)
    english = str(info.value)
    assert ".;" not in english and english.endswith("instead of a price list.")
    chinese = render(info.value.message, translator("zh_CN"))
    assert chinese == ("无法获取 Runpod 价格：Runpod 的 REST API 返回的格式 RigSizer 无法识别；"
                       "备用接口也失败了：Runpod 的 GraphQL API 返回的是 HTML 网页，而不是价格表。")
