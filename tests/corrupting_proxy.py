"""A reverse proxy on loopback in front of the real sandbox that corrupts chosen answers.

The client is pointed at the proxy's URL; every request goes on to the sandbox unchanged, and
an answer whose path contains a rule's ``path_part`` is handed to that rule's ``corrupt`` (the
body's bytes in, the bytes to send out). So a test plants one hostile value in one dataset of
one person while everything else is SISTER as the sandbox serves it.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"}


@dataclass(frozen=True)
class Rule:
    """Corrupt the answers of requests whose path (with its query) contains ``path_part``."""

    path_part: str
    corrupt: Callable[[bytes], bytes]


def plant(field: str, value: Any, *, row: int | None = 0) -> Callable[[bytes], bytes]:
    """Set ``field`` of the answer's object (or of its ``row``-th record, every record with
    ``row=None``, for a list) to ``value``; written with ASCII escapes, so a lone surrogate
    or a NUL travels as SISTER would escape it."""

    def corrupt(body: bytes) -> bytes:
        data = json.loads(body)
        if not isinstance(data, list):
            targets = [data]
        else:
            targets = data if row is None else data[row : row + 1]
        for target in targets:
            if isinstance(target, dict):
                target[field] = value
        return json.dumps(data, ensure_ascii=True).encode("ascii")

    return corrupt


def replace_with(body: bytes) -> Callable[[bytes], bytes]:
    return lambda _old: body


def repeat_rows(times: int) -> Callable[[bytes], bytes]:
    """A list answer with each of its rows ``times`` over."""

    def corrupt(body: bytes) -> bytes:
        data = json.loads(body)
        return json.dumps([row for row in data for _ in range(times)]).encode()

    return corrupt


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CorruptingProxy

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = http.client.HTTPConnection(
            self.server.upstream_host, self.server.upstream_port, timeout=30
        )
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
        finally:
            upstream.close()
        if 200 <= answer.status < 300:
            for rule in self.server.rules:
                if rule.path_part in self.path:
                    data = rule.corrupt(data)
                    self.server.corrupted.append(self.path)
        self.send_response(answer.status, answer.reason)
        for key, value in answer.getheaders():
            if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _forward

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a test reads ``corrupted``."""


class CorruptingProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream_base_url: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        parts = urlsplit(upstream_base_url)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.base_path = parts.path
        self.rules: list[Rule] = []
        #: The paths whose answers a rule changed, in order.
        self.corrupted: list[str] = []

    @property
    def url(self) -> str:
        """The service's base URL through the proxy (what the client is given)."""
        return f"http://127.0.0.1:{self.server_address[1]}{self.base_path}"

    def add(self, path_part: str, corrupt: Callable[[bytes], bytes]) -> None:
        self.rules.append(Rule(path_part, corrupt))


@contextmanager
def corrupting_proxy(upstream_base_url: str) -> Iterator[CorruptingProxy]:
    server = CorruptingProxy(upstream_base_url)
    thread = threading.Thread(target=server.serve_forever, name="corrupting-proxy", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
