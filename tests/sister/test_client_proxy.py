"""The Proxy setting: every request, login included, goes through the campus proxy."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest

from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import Credentials, SisterClient
from sister_desktop.sister.errors import ProxyUnreachableError, UnreachableError
from tests.sister.forward_proxy import forward_proxy
from tests.sister.helpers import FAST, creds


def test_requests_go_through_the_proxy_named_in_settings(loop, sandbox):
    with forward_proxy() as proxy:

        async def scenario():
            async with SisterClient(creds(sandbox), replace(FAST, proxy=proxy.url)) as client:
                return await SisterApi(client).profil_pt()

        profil = loop.run_until_complete(scenario())
    assert profil.nama_perguruan_tinggi
    assert proxy.seen == ["POST /ws.php/1.0/authorize", "GET /ws.php/1.0/referensi/profil_pt"]
    assert sandbox.stats.authorize_calls == 1


def test_a_proxy_that_is_not_there_is_unreachable_and_names_the_proxy(loop, sandbox):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    options = replace(FAST, proxy=f"http://127.0.0.1:{port}", retries=1)

    async def scenario():
        async with SisterClient(creds(sandbox), options) as client:
            await client.login()

    with pytest.raises(ProxyUnreachableError) as caught:
        loop.run_until_complete(scenario())
    assert caught.value.code == "proxy"
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert sandbox.stats.authorize_calls == 0


def test_without_a_proxy_a_refused_connection_is_sisters_not_the_proxys(loop):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    credentials = Credentials(f"http://127.0.0.1:{port}/ws.php/1.0", "x", "u", "p")

    async def scenario():
        async with SisterClient(credentials, replace(FAST, retries=1)) as client:
            await client.login()

    with pytest.raises(UnreachableError) as caught:
        loop.run_until_complete(scenario())
    assert caught.value.code == "unreachable"
