"""The guarded HTTP call: https only, no redirects, size cap, deadline, clean one-line errors."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from core.prices import http
from core.prices.http import check_url, clean, request_json
from core.prices.source import RefreshError
from tests.loopback import slow_server

if TYPE_CHECKING:
    from tests.core.prices.conftest import PriceServer


@pytest.mark.parametrize("url", [
    "http://api.runpod.io/graphql",  # plain http to another host: the key would travel in clear
    "ftp://127.0.0.1/x",
    "file:///etc/passwd",
    "https:///nohost",
    "javascript:alert(1)",
])
def test_the_key_goes_only_over_https(url: str) -> None:
    with pytest.raises(RefreshError, match="only https addresses are allowed"):
        check_url(url)


def test_https_and_local_http_are_allowed() -> None:
    assert check_url("https://api.runpod.io/graphql")
    assert check_url("http://127.0.0.1:8080/graphql")


def test_a_redirect_is_not_followed(price_server: PriceServer, api_key: str) -> None:
    elsewhere = price_server.base + "/elsewhere"
    price_server.serve("/start", "", status=302, Location=elsewhere)
    price_server.serve("/elsewhere", "[]")
    with pytest.raises(RefreshError, match=r"tried to redirect the request \(HTTP 302\)"):
        request_json(price_server.base + "/start", name="X", api_key=api_key, timeout_s=5)
    assert [s.path for s in price_server.seen] == ["/start"]  # the key went nowhere else


def test_a_body_over_the_cap_is_refused(price_server: PriceServer, api_key: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http, "MAX_BODY_BYTES", 1000)
    price_server.serve("/big", "[" + "1," * 2000 + "1]")
    with pytest.raises(RefreshError, match="answer is larger than"):
        request_json(price_server.base + "/big", name="X", api_key=api_key, timeout_s=5)


def test_deeply_nested_json_is_an_error_not_a_crash(price_server: PriceServer,
                                                    api_key: str) -> None:
    price_server.serve("/deep", "[" * 200_000 + "]" * 200_000)
    with pytest.raises(RefreshError, match="not JSON"):
        request_json(price_server.base + "/deep", name="X", api_key=api_key, timeout_s=5)


def test_binary_garbage_is_an_error(price_server: PriceServer, api_key: str) -> None:
    price_server.serve("/bin", bytes(range(256)) * 4, content_type="application/octet-stream")
    with pytest.raises(RefreshError, match="X answered with something that is not JSON"):
        request_json(price_server.base + "/bin", name="X", api_key=api_key, timeout_s=5)


def test_a_closed_port_reads_as_offline(api_key: str) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(RefreshError, match=r"^Could not reach X \(.*\); are you online\?$") as info:
        request_json(f"http://127.0.0.1:{port}/", name="X", api_key=api_key, timeout_s=2)
    assert info.value.kind == "network"


@pytest.fixture
def trickle_url() -> Iterator[str]:
    """A server that sends headers, then one byte of body every 0.1 s (for 8 s)."""
    with slow_server(b" " * 80, head=b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000000\r\n\r\n") as url:
        yield url


def test_a_trickling_answer_meets_the_overall_deadline(trickle_url: str, api_key: str) -> None:
    start = time.monotonic()
    # 1.5 s, not less: on a loaded 2-core machine the headers alone once took over 0.5 s, and
    # the test is about the body's deadline
    with pytest.raises(RefreshError, match=r"did not finish answering within 1\.5 s") as info:
        request_json(trickle_url, name="X", api_key=api_key, timeout_s=1.5)
    # well before the 8 s the trickle lasts (not 1.5 s exactly: a loaded 2-core CI machine
    # was seen to take 1.5 s more to get there)
    assert time.monotonic() - start < 5.0
    assert info.value.kind == "timeout"


def test_clean_makes_untrusted_text_one_short_printable_line() -> None:
    assert clean("a\nb\x00c\x1b[31m  d") == "a b c [31m d"
    assert len(clean("x" * 500, 50)) == 50
