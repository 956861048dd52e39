"""Login, token expiry and single-flight re-login, over real HTTP against the sandbox."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest

from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import SisterClient, endpoint_of, join_url
from sister_desktop.sister.errors import CredentialError, TokenRefusedError, WrongUrlError
from tests.sister.helpers import FAST, creds, read_typed


def test_join_url_keeps_the_version_path():
    base = "https://sister-api.kemdiktisaintek.go.id/ws.php/1.0"
    assert join_url(base, "/referensi/sdm") == base + "/referensi/sdm"
    assert join_url(base + "/", "authorize") == base + "/authorize"


def test_login_returns_role_and_lists_every_sdm(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            role = await client.login()
            rows = await SisterApi(client).referensi_sdm()
            return role, rows, client.counters.snapshot()

    role, rows, counters = loop.run_until_complete(scenario())
    assert role and "sister-ws" in role.lower()
    assert len(rows) == 40
    assert all(row.id_sdm == row.id_sdm.strip().lower() for row in rows)
    assert sandbox.stats.authorize_calls == 1
    assert counters.logins == 1 and counters.reauth == 0


def test_the_older_sandbox_base_path_works_too(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox, base_url=sandbox.sandbox_url), FAST) as client:
            return await SisterApi(client).profil_pt()

    assert loop.run_until_complete(scenario()).nama_perguruan_tinggi


def test_token_expiring_mid_use_logs_in_once_more_and_resends(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            api = SisterApi(client)
            first = await api.profil_pt()
            sandbox.faults.expire_tokens()
            second = await api.profil_pt()
            return first, second, client.counters.snapshot()

    first, second, counters = loop.run_until_complete(scenario())
    assert first == second
    assert sandbox.stats.authorize_calls == 2
    assert sandbox.stats.by_status[401] == 1
    assert counters.reauth == 1


def test_twenty_concurrent_calls_on_an_expired_token_cause_exactly_one_login(loop, sandbox):
    options = replace(FAST, max_inflight=20, max_rps=1000.0)

    async def scenario():
        async with SisterClient(creds(sandbox), options) as client:
            api = SisterApi(client)
            people = await api.referensi_sdm()
            sandbox.faults.expire_tokens()
            return await asyncio.gather(
                *(read_typed(client, "data_pribadi/profil", p.id_sdm) for p in people[:20])
            ), client.counters.snapshot()

    profiles, counters = loop.run_until_complete(scenario())
    assert len(profiles) == 20 and all(p.nama for p in profiles)
    assert sandbox.stats.authorize_calls == 2  # the first login and exactly one re-login
    assert counters.reauth == 1


def test_token_is_renewed_before_it_expires(loop, sandbox):
    options = replace(FAST, token_lifetime_s=0.6, token_renew_margin_s=0.3)

    async def scenario():
        async with SisterClient(creds(sandbox), options) as client:
            api = SisterApi(client)
            await api.profil_pt()
            await asyncio.sleep(0.35)
            await api.profil_pt()

    loop.run_until_complete(scenario())
    assert sandbox.stats.authorize_calls == 2
    assert sandbox.stats.by_status[401] == 0  # renewed proactively, never refused


def test_wrong_password_is_a_credential_error_without_retries(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox, password="salah"), FAST) as client:
            await SisterApi(client).profil_pt()

    with pytest.raises(CredentialError) as caught:
        loop.run_until_complete(scenario())
    assert caught.value.http_status == 401
    assert sandbox.stats.authorize_calls == 1


def test_a_401_that_persists_with_fresh_tokens_is_token_refused_not_credentials(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            api = SisterApi(client)
            await api.profil_pt()
            sandbox.faults.token_ttl_s = 0  # every token is refused at once, new ones too
            await api.profil_pt()

    try:
        with pytest.raises(TokenRefusedError) as caught:
            loop.run_until_complete(scenario())
    finally:
        sandbox.faults.token_ttl_s = 3600
    assert caught.value.http_status == 401 and caught.value.code == "token_refused"
    assert not isinstance(caught.value, CredentialError)
    # The first login; one after the expiry; then the bounded further tries, and no more.
    assert sandbox.stats.authorize_calls == 2 + FAST.token_refused_retries
    assert sandbox.stats.by_status[401] == 2 + FAST.token_refused_retries


def test_wrong_url_is_reported_as_such(loop, sandbox):
    wrong = f"http://127.0.0.1:{sandbox.port}/ws.php/2.0"

    async def scenario():
        async with SisterClient(creds(sandbox, base_url=wrong), FAST) as client:
            await client.login()

    with pytest.raises(WrongUrlError) as caught:
        loop.run_until_complete(scenario())
    assert caught.value.http_status == 404


def test_a_queue_longer_than_a_token_lives_costs_no_storm_of_401s(loop, sandbox_factory):
    # 48 calls at 20/s take ~2.4 s; tokens live 0.6 s: each expires with dozens still queued.
    sandbox = sandbox_factory(size=48, token_ttl_s=0.6, latency_ms=20)
    options = replace(FAST, max_rps=20.0, max_inflight=3)

    async def scenario():
        async with SisterClient(creds(sandbox), options) as client:
            people = sandbox.world.sdm
            profiles = await asyncio.gather(
                *(read_typed(client, "data_pribadi/profil", p.id_sdm) for p in people)
            )
            return profiles, client.counters.snapshot()

    profiles, counters = loop.run_until_complete(scenario())
    assert [p.nama for p in profiles] == [p.nama for p in sandbox.world.sdm]
    stats = sandbox.stats
    assert stats.expired_by_token, "no token expired under the queue"
    assert max(stats.expired_by_token.values()) <= options.max_inflight
    assert counters.unauthorized == stats.by_status[401]
    assert stats.requests == 48 + stats.authorize_calls + stats.by_status[401]


def test_renewal_follows_the_lifetime_the_service_shows(loop, sandbox_factory):
    sandbox = sandbox_factory(size=10, token_ttl_s=0.8)
    options = replace(FAST, max_rps=25.0, max_inflight=1)  # configured: an hour, as default

    async def scenario():
        async with SisterClient(creds(sandbox), options) as client:
            api = SisterApi(client)
            started = time.monotonic()
            while time.monotonic() - started < 4.0:
                await api.profil_pt()
            return client.observed_token_lifetime_s, time.monotonic() - started

    observed, elapsed = loop.run_until_complete(scenario())
    assert observed is not None and 0.7 <= observed <= 1.0
    # Two expiries were needed to believe the lifetime; after that, renewed before expiry.
    assert sandbox.stats.by_status[401] == 2
    assert sandbox.stats.authorize_calls <= elapsed / (0.8 * 0.85) + 2


def test_one_revoked_token_does_not_become_the_lifetime(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            api = SisterApi(client)
            await api.profil_pt()
            await asyncio.sleep(0.6)
            sandbox.faults.expire_tokens()  # revoked at 0.6 s, say by a login elsewhere
            await api.profil_pt()
            for _ in range(20):
                await api.profil_pt()
            return client.observed_token_lifetime_s

    assert loop.run_until_complete(scenario()) is None
    assert sandbox.stats.authorize_calls == 2


def test_wrong_password_fails_every_waiting_call_at_once_with_one_login(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox, password="salah"), FAST) as client:
            return await asyncio.gather(
                *(
                    read_typed(client, "data_pribadi/profil", p.id_sdm)
                    for p in sandbox.world.sdm[:20]
                ),
                return_exceptions=True,
            )

    started = time.monotonic()
    results = loop.run_until_complete(scenario())
    assert all(isinstance(r, CredentialError) for r in results)
    assert sandbox.stats.authorize_calls == 1
    assert sandbox.stats.requests == 1
    assert time.monotonic() - started < 1.0


def test_a_token_due_for_renewal_on_arrival_still_serves_one_request(loop, sandbox_factory):
    # Answers take 0.3 s but renewal is due at 0.2 s: every token arrives "due". Logging in
    # again at once would loop without ever sending a data call.
    sandbox = sandbox_factory(size=5, latency_ms=300)
    options = replace(FAST, token_lifetime_s=1.0, token_renew_margin_s=0.8)

    async def scenario():
        async with SisterClient(creds(sandbox), options) as client:
            api = SisterApi(client)
            return [await asyncio.wait_for(api.profil_pt(), 5.0) for _ in range(3)]

    answers = loop.run_until_complete(scenario())
    assert len(answers) == 3 and sandbox.stats.by_status[401] == 0
    assert sandbox.stats.authorize_calls == 3


def test_endpoint_of_names_an_endpoint_whatever_record_it_is_asked_for():
    assert endpoint_of("/data_pribadi/profil/0a1b2c3d-0000-4a5b-8c9d-0123456789ab") == (
        "/data_pribadi/profil/{id}"
    )
    assert endpoint_of("/penugasan") == "/penugasan"
    assert endpoint_of("/referensi/profil_pt") == "/referensi/profil_pt"


def test_an_endpoint_known_to_refuse_is_given_up_after_one_fresh_token(loop, sandbox):
    people = sandbox.world.sdm
    sandbox.faults.fail_endpoint("/data_pribadi/lain", None, "401")

    async def refused(client: SisterClient, id_sdm: str) -> int:
        before = sandbox.stats.by_status[401]
        with pytest.raises(TokenRefusedError):
            await read_typed(client, "data_pribadi/lain", id_sdm)
        return sandbox.stats.by_status[401] - before

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            first = await refused(client, people[0].id_sdm)
            second = await refused(client, people[1].id_sdm)
            sandbox.faults.clear()
            await read_typed(client, "data_pribadi/lain", people[2].id_sdm)  # it works again
            sandbox.faults.fail_endpoint("/data_pribadi/lain", None, "401")
            third = await refused(client, people[3].id_sdm)
            return first, second, third

    first, second, third = loop.run_until_complete(scenario())
    assert first == third == 2 + FAST.token_refused_retries
    assert second == 2  # the first 401, and one fresh token to rule out an expiry
