"""The refresh's timeout holds for the whole call, response headers included (issue 17, item 7).

A socket timeout restarts with every byte, so a server that trickles its status line and
headers one byte at a time kept a refresh asking for 3 s waiting for a minute. The server here
is a local loopback socket with a bounded loop (at most 80 bytes, 0.1 s apart).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from core.prices.http import request_json
from core.prices.source import RefreshError
from tests.loopback import slow_server

pytestmark = pytest.mark.timeout(30)

KEY = "rk_test_deadline_key_0123456789"


@pytest.fixture
def trickling_headers() -> Iterator[str]:
    with slow_server(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"X-Slow: " + b"a" * 40 + b"\r\nContent-Length: 2\r\n\r\n{}") as url:
        yield url


def test_trickled_headers_meet_the_deadline(trickling_headers: str) -> None:
    start = time.monotonic()
    with pytest.raises(RefreshError, match=r"^X did not answer within 0\.5 s\.$") as info:
        request_json(trickling_headers, name="X", api_key=KEY, timeout_s=0.5)
    took = time.monotonic() - start
    assert took < 2.0, took  # the trickle lasts 8 s; before, each byte restarted the timeout
    assert info.value.kind == "timeout"


def test_a_broken_status_line_is_one_sentence() -> None:
    """http.client's own errors (BadStatusLine) escaped as an internal error."""
    with (slow_server(b"NONSENSE\r\n\r\n") as url,
          pytest.raises(RefreshError, match=r"^X sent a broken answer \(BadStatusLine\)\.$")):
        request_json(url, name="X", api_key=KEY, timeout_s=5)
