"""A real HTTP server on 127.0.0.1 serving recorded answers, and one that never answers.

The refresh code runs its real urllib path against these, timeouts included; nothing here
reaches past this machine.
"""

from __future__ import annotations

import io
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from core.prices import keys

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "prices"
KEY = "rpa_TESTKEY0123456789abcdef"


@pytest.fixture
def api_key() -> str:
    """A made-up key: tests check it is sent as a bearer token and never shows up elsewhere."""
    return KEY


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    authorization: str | None
    body: bytes


class PriceServer:
    """Routes by path; records every request it gets."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.seen.append(Seen(self.command, self.path,
                                        self.headers.get("Authorization"), body))
                route = server.routes.get(self.path.split("?")[0], Route(404, b"not found",
                                                                         "text/plain"))
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(route.body)

            do_GET = _answer  # the names http.server calls
            do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def rest_url(self) -> str:
        return self.base + "/v2/catalog/gpus"

    @property
    def graphql_url(self) -> str:
        return self.base + "/graphql"

    def serve_fixture(self, path: str, name: str, status: int = 200) -> None:
        """Serve tests/fixtures/prices/`name`, HTML files as text/html."""
        content_type = "text/html" if name.endswith(".html") else "application/json"
        self.serve(path, fixture_bytes(name), status, content_type)

    def serve(self, path: str, body: bytes | str, status: int = 200,
              content_type: str = "application/json", **headers: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(status, data, content_type, headers)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def price_server() -> Iterator[PriceServer]:
    server = PriceServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def silent_url() -> Iterator[str]:
    """A port that accepts connections (the kernel's backlog) but never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


@pytest.fixture(autouse=True)
def own_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes its cache under tmp_path, never into the user's cache."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("RIGSIZER_CACHE_DIR", str(cache))
    monkeypatch.delenv("RIGSIZER_RUNPOD_REST_URL", raising=False)
    monkeypatch.delenv("RIGSIZER_RUNPOD_GRAPHQL_URL", raising=False)
    return cache


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No system keyring and no terminal: the CLI sees only what each test gives it."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    keys._memory.clear()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    yield
    keys._memory.clear()
    keyring.set_keyring(previous)


@pytest.fixture
def runpod_env(price_server: PriceServer, api_key: str,
               monkeypatch: pytest.MonkeyPatch) -> PriceServer:
    monkeypatch.setenv("RIGSIZER_RUNPOD_REST_URL", price_server.rest_url)
    monkeypatch.setenv("RIGSIZER_RUNPOD_GRAPHQL_URL", price_server.graphql_url)
    monkeypatch.setenv("MY_RUNPOD_KEY", api_key)
    return price_server
