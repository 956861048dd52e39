"""pytest fixtures that run the real SISTER sandbox on an ephemeral loopback port.

Registered in ``tests/conftest.py`` through ``pytest_plugins``. Use ``sandbox`` for a small
ready server, ``sandbox_factory(**SandboxServer kwargs)`` for one shaped for the test.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sister_desktop.sandbox.server import SandboxServer


@pytest.fixture
def sandbox_factory() -> Iterator[Callable[..., SandboxServer]]:
    """Start sandboxes with the given ``SandboxServer`` keyword arguments; all stop after."""
    started: list[SandboxServer] = []

    def start(**kwargs: Any) -> SandboxServer:
        # The server thread allocates, so Python's cyclic GC may run on it. Garbage Qt objects
        # left by earlier tests (qasync timers, socket notifiers) must not be destroyed there:
        # Qt objects die on their own thread or the event dispatcher is corrupted (segfaults
        # later in the main thread). Collect them here, on the main thread, first.
        gc.collect()
        kwargs.setdefault("size", 40)
        kwargs.setdefault("port", 0)
        server = SandboxServer(**kwargs)
        server.start()
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()


@pytest.fixture
def sandbox(sandbox_factory: Callable[..., SandboxServer]) -> SandboxServer:
    """A running sandbox of 40 SDM (seed 7), no faults."""
    return sandbox_factory(size=40)
