"""One guarded HTTP call with the standard library: JSON in, JSON out, one-sentence errors.

Guards, because the answer comes from the network: the key is sent only over HTTPS (plain HTTP
only to this machine, for tests); redirects are refused so the key never follows one to another
host; the whole call has a deadline, not just each socket read; the body is capped in size; and
errors never quote the key or more than a short, cleaned excerpt of what the server sent.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from typing import Any, NoReturn
from urllib.parse import urlsplit

from core.prices import wording as say
from core.prices.source import RefreshError
from core.schema.message import Message
from core.shorten import shorten

MAX_BODY_BYTES = 4 * 1024 * 1024  # a full GPU price list is ~100 kB
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> None:
        raise urllib.error.HTTPError(req.full_url, code, "redirect refused", headers, fp)


class _Deadline:
    """Shuts the call's sockets down when the whole call's time is up, so no single read can
    outlast it: a socket timeout alone restarts with every byte, and a server trickling its
    response headers a byte a second kept a 3 s refresh waiting for a minute."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._socks.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._socks:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        # the plain socket's shutdown (an SSL socket's own would touch its TLS state from this
        # thread): the reading thread's recv then returns at once
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def _deadline_handlers(deadline: _Deadline) -> list[urllib.request.BaseHandler]:
    """HTTP and HTTPS handlers whose connections are watched by `deadline`."""

    class Http(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class Https(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(Http, req)

    class HttpsHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(Https, req, context=getattr(self, "_context", None))

    return [HttpHandler(), HttpsHandler()]


def check_url(url: str) -> str:
    """Refuse anything but https, or http to this machine (the tests' local server)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host in _LOOPBACK:
        return url
    raise RefreshError(Message(say.HTTPS_ONLY, url=clean(url, 80)), "network")


def clean(text: str, limit: int = 120) -> str:
    """Printable, single-line, bounded text for messages built from untrusted input."""
    flat = "".join(ch if ch.isprintable() else " " for ch in str(text))
    flat = " ".join(flat.split())
    return shorten(flat, limit)


def check_key(api_key: str) -> None:
    """An API key is printable ASCII without spaces; anything else cannot be sent in an HTTP
    header (it failed deep in http.client with a misleading 'latin-1' codec error)."""
    if not api_key or not all("!" <= ch <= "~" for ch in api_key):
        raise RefreshError(Message(say.BAD_KEY), "auth")


KEY_SHOWN_AS = "[API key]"


def scrub(value: Any, api_key: str) -> Any:
    """`value` (decoded JSON) with every occurrence of the key replaced by KEY_SHOWN_AS: a
    server that echoes the key into an error or a row name must not get it printed or stored."""
    if len(api_key) < 4:
        return value
    if isinstance(value, str):
        return value.replace(api_key, KEY_SHOWN_AS)
    stack: list[Any] = [value]
    while stack:  # iterative: the JSON may nest as deep as the parser allowed
        node = stack.pop()
        items = (list(node.items()) if isinstance(node, dict)
                 else list(enumerate(node)) if isinstance(node, list) else [])
        for k, v in items:
            if isinstance(v, str):
                node[k] = v.replace(api_key, KEY_SHOWN_AS)
            elif isinstance(v, dict | list):
                stack.append(v)
            if isinstance(node, dict) and isinstance(k, str) and api_key in k:
                node[k.replace(api_key, KEY_SHOWN_AS)] = node.pop(k)
    return value


def request_json(url: str, *, name: str, api_key: str, timeout_s: float,
                 body: dict[str, Any] | None = None) -> Any:
    """GET (or POST `body` as JSON) and return the decoded JSON, with the key scrubbed out of
    it (see `scrub`); RefreshError on any failure."""
    check_url(url)
    check_key(api_key)
    headers = {
        "Authorization": f"Bearer {api_key}",
        "Accept": "application/json",
        "User-Agent": "RigSizer price refresh",
    }
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=data, headers=headers,
                                 method="POST" if body is not None else "GET")
    watch = _Deadline(timeout_s)
    handlers: list[urllib.request.BaseHandler] = [_NoRedirect(), *_deadline_handlers(watch)]
    if urlsplit(url).hostname in _LOOPBACK:
        handlers.append(urllib.request.ProxyHandler({}))  # never send local traffic to a proxy
    opener = urllib.request.build_opener(*handlers)
    deadline = time.monotonic() + timeout_s
    try:
        with opener.open(req, timeout=timeout_s) as resp:
            raw = _read_capped(resp, deadline, name, timeout_s, watch)
            content_type = resp.headers.get("Content-Type", "")
    except (OSError, http.client.HTTPException) as exc:
        watch.cancel()
        if isinstance(exc, urllib.error.HTTPError):
            exc.close()  # it holds the open response
        if watch.expired:
            raise RefreshError(_no_answer(name, timeout_s), "timeout") from None
        _raise_for(exc, name, timeout_s)
    finally:
        watch.cancel()
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        looks_html = b"<html" in raw[:2048].lower() or "html" in content_type.lower()
        raise RefreshError(Message(say.HTML_ANSWER if looks_html else say.NOT_JSON, name=name),
                           "format") from None
    except ValueError:  # the one other ValueError json.loads raises: Python's cap on int digits
        raise RefreshError(Message(say.BROKEN_ANSWER, name=name,
                                   error="a number longer than "
                                   f"{sys.get_int_max_str_digits()} digits"),
                           "format") from None
    return scrub(doc, api_key)


def _raise_for(exc: BaseException, name: str, timeout_s: float) -> NoReturn:
    """The RefreshError for a failed call (the deadline not expired)."""
    if isinstance(exc, urllib.error.HTTPError):
        raise RefreshError(*_http_error(name, exc.code)) from None
    if isinstance(exc, TimeoutError):
        raise RefreshError(_no_answer(name, timeout_s), "timeout") from None
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise RefreshError(_no_answer(name, timeout_s), "timeout") from None
        raise RefreshError(Message(say.UNREACHABLE, name=name, error=clean(str(reason), 80)),
                           "network") from None
    if isinstance(exc, http.client.HTTPException):  # a broken status line or headers
        raise RefreshError(Message(say.BROKEN_ANSWER, name=name, error=type(exc).__name__),
                           "network") from None
    raise RefreshError(Message(say.CONNECTION_FAILED, name=name, error=clean(str(exc), 80)),
                       "network") from None


def _no_answer(name: str, timeout_s: float) -> Message:
    return Message(say.NO_ANSWER, name=name, seconds=f"{timeout_s:g}")


def _read_capped(resp: Any, deadline: float, name: str, timeout_s: float,
                 watch: _Deadline) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline or watch.expired:
            raise RefreshError(Message(say.NOT_FINISHED, name=name, seconds=f"{timeout_s:g}"),
                               "timeout")
        # read1 returns after one socket read, so a server trickling bytes meets the deadline.
        chunk = resp.read1(64 * 1024)
        if not chunk:
            if watch.expired:  # the end came from the deadline shutting the socket
                continue
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise RefreshError(Message(say.TOO_LARGE, name=name, mb=MAX_BODY_BYTES // 2**20),
                               "format")
        chunks.append(chunk)


def _http_error(name: str, code: int) -> tuple[Message, str]:
    """(sentence, kind) for an HTTP error status."""
    if code in (401, 403):
        return Message(say.KEY_REFUSED, name=name, code=code), "auth"
    if 300 <= code < 400:
        return Message(say.REDIRECTED, name=name, code=code), "format"
    if code == 429:
        return Message(say.RATE_LIMITED, name=name), "server"
    if code >= 500:
        return Message(say.SERVER_FAILED, name=name, code=code), "server"
    return Message(say.HTTP_STATUS, name=name, code=code), "format"
