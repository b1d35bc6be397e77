"""A one-answer HTTP server on a loopback socket that sends slowly, for the refresh deadline
tests: `head` at once, then `trickle` one byte every `every_s` seconds (at most `limit` bytes,
so a client that never gives up waits 8 s, not forever)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


def _serve(srv: socket.socket, head: bytes, trickle: bytes, every_s: float, limit: int,
           stop: threading.Event) -> None:
    try:
        conn, _ = srv.accept()
    except OSError:
        return
    with conn:
        conn.settimeout(5)
        try:
            conn.recv(65536)
            if head:
                conn.sendall(head)
            for i in range(min(len(trickle), limit)):
                if stop.is_set():
                    return
                conn.sendall(trickle[i:i + 1])
                time.sleep(every_s)
        except OSError:
            pass  # the client gave up, as it should


@contextmanager
def slow_server(trickle: bytes, head: bytes = b"", every_s: float = 0.1,
                limit: int = 80) -> Iterator[str]:
    """The URL of a server that answers one request as described above."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    stop = threading.Event()
    thread = threading.Thread(target=_serve, args=(srv, head, trickle, every_s, limit, stop),
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}/"
    finally:
        stop.set()
        srv.close()
        thread.join(timeout=6)
