"""Hostile answers planted by a corrupting proxy in front of the real sandbox: the client
turns them into storable data or a ``BadResponse``, never an exception of Python's own."""

from __future__ import annotations

import pytest

from sister_desktop.domain.outside_text import REPLACEMENT
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.errors import BadResponse
from tests.corrupting_proxy import corrupting_proxy, plant, replace_with
from tests.sister.helpers import FAST, creds


@pytest.fixture
def proxy(sandbox):
    with corrupting_proxy(sandbox.base_url) as server:
        yield server


def _run(loop, sandbox, proxy, body):
    async def scenario():
        async with SisterClient(creds(sandbox, base_url=proxy.url), FAST) as client:
            return await body(SisterApi(client))

    return loop.run_until_complete(scenario())


def test_json_nested_5000_deep_is_a_bad_response_asked_once(loop, sandbox, proxy):
    proxy.add("/referensi/profil_pt", replace_with(b"[" * 5000 + b"]" * 5000))

    async def body(api):
        return await api.profil_pt()

    with pytest.raises(BadResponse) as caught:
        _run(loop, sandbox, proxy, body)
    assert caught.value.endpoint == "/referensi/profil_pt"
    assert sandbox.stats.by_path["/referensi/profil_pt"] == 1


def test_nul_and_lone_surrogate_arrive_replaced(loop, sandbox, proxy):
    person = sandbox.world.sdm[0]
    proxy.add("/referensi/sdm", plant("nama_sdm", "Budi\x00\ud800 Santoso"))

    async def body(api):
        return await api.referensi_sdm()

    rows = _run(loop, sandbox, proxy, body)
    first = next(r for r in rows if r.id_sdm == person.id_sdm)
    assert first.nama_sdm == f"Budi{REPLACEMENT}{REPLACEMENT} Santoso"


@pytest.mark.parametrize("token", ["abc\ndef", "abc\x00def", "abc def", ""])
def test_a_login_token_no_header_can_carry_is_an_unusable_answer(loop, sandbox, proxy, token):
    proxy.add("/authorize", plant("token", token))

    async def body(api):
        return await api.profil_pt()

    with pytest.raises(BadResponse) as caught:
        _run(loop, sandbox, proxy, body)
    assert caught.value.endpoint == "/authorize"
    assert b"token" not in caught.value.body_start.replace(b"(token withheld)", b"")
