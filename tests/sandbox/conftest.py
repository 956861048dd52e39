"""A logged-in plain httpx client: the tests here check the server, not our client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sister_desktop.sandbox.server import SandboxServer


def login(client: httpx.Client, server: SandboxServer) -> str:
    creds = server.credentials
    answer = client.post(
        "authorize",
        json={
            "username": creds.username,
            "password": creds.password,
            "id_pengguna": creds.id_pengguna,
        },
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def open_client(server: SandboxServer, base_url: str | None = None) -> httpx.Client:
    return httpx.Client(base_url=(base_url or server.base_url) + "/", timeout=10)


@pytest.fixture
def ws(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A client of ``sandbox`` whose requests carry a fresh token."""
    with open_client(sandbox) as client:
        client.headers["Authorization"] = f"Bearer {login(client, sandbox)}"
        yield client
