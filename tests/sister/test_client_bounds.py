"""Answers that never end and answers that trickle, from raw loopback servers: the client cuts
them at its size cap and its overall deadline instead of growing or waiting forever."""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from sister_desktop.sister.client import Credentials, SisterClient
from sister_desktop.sister.errors import BadResponse, ServiceTimeoutError
from tests.sister.helpers import FAST

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"


def _serve(answer: Callable[[socket.socket, threading.Event], None]) -> Iterator[int]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.05)
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)  # the request; its content does not matter
                answer(conn, stop)
            except OSError:
                pass  # the client hung up: what we want

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def _endless(conn: socket.socket, stop: threading.Event) -> None:
    chunk = b"[" + b'{"id": "x"},' * 5000
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    conn.sendall(HEAD)
    while not stop.is_set():
        conn.sendall(frame)


def _trickle(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(HEAD)
    while not stop.is_set():
        conn.sendall(b"1\r\n \r\n")
        time.sleep(0.2)


@pytest.fixture
def endless_server() -> Iterator[int]:
    yield from _serve(_endless)


@pytest.fixture
def trickle_server() -> Iterator[int]:
    yield from _serve(_trickle)


def _credentials(port: int) -> Credentials:
    return Credentials(
        f"http://127.0.0.1:{port}/ws.php/1.0", "00000000-0000-4000-8000-000000000000", "u", "p"
    )


def test_an_answer_that_never_ends_is_cut_at_the_size_cap(loop, endless_server):
    # The default cap, as a real run uses it.
    options = replace(FAST, retries=2)

    async def scenario() -> float:
        async with SisterClient(_credentials(endless_server), options) as client:
            started = time.monotonic()
            with pytest.raises(BadResponse, match="larger than"):
                await client.login()
            assert client.counters.retried == 0  # a second try would be as big
            return time.monotonic() - started

    tracemalloc.start()
    try:
        elapsed = loop.run_until_complete(scenario())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 30
    assert peak < 300 * 1024 * 1024


def test_an_answer_that_trickles_ends_at_the_overall_deadline(loop, trickle_server):
    # Each byte comes well within the read timeout: only the overall deadline can end it.
    options = replace(FAST, read_timeout_s=5.0, request_deadline_s=1.0, retries=1)

    async def scenario() -> float:
        async with SisterClient(_credentials(trickle_server), options) as client:
            started = time.monotonic()
            with pytest.raises(ServiceTimeoutError):
                await client.login()
            return time.monotonic() - started

    elapsed = loop.run_until_complete(scenario())
    # Two attempts of one second, then given up. The deadline is a Qt coarse timer under the
    # qasync loop, which may fire up to 5 % early: two of them end up to 0.1 s before 2 s.
    assert 1.9 <= elapsed < 4.0
