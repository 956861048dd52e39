"""Sinkronisasi against a SISTER whose tokens expire while requests wait, over real HTTP.

The queue case: the engine keeps many more requests waiting than one token lives to serve, so
tokens expire with dozens queued. The run must end ``ok`` for everybody, each expiry may cost
at most the requests already on the wire, and logins follow the token's life, not the queue.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode, TargetStatus
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sister.client import ClientOptions
from tests.sync_world import (
    FAST_OPTIONS,
    RUN_REQUESTS,
    engine_for,
    expected_requests,
    link_sandbox_people,
    run,
    sandbox_client,
)

#: The personal data only: a token's life does not depend on which datasets are asked, and
#: the always-run cases stay short.
PERSONAL = SyncScope(groups=frozenset({SisterGroup.DATA_PRIBADI}))


def _sync_all(loop, db, sandbox, options: ClientOptions, scope: SyncScope = PERSONAL):
    client = run(loop, sandbox_client(sandbox, options))
    try:
        sandbox.stats.reset()
        started = time.monotonic()
        request = SyncRequest(SyncMode.ALL, scope=scope)
        outcome = run(loop, engine_for(db, client).run(request))
        return outcome, time.monotonic() - started
    finally:
        run(loop, client.aclose())


def _check_short_tokens(
    outcome,
    elapsed: float,
    sandbox,
    options: ClientOptions,
    people: int,
    scope: SyncScope = PERSONAL,
):
    stats = sandbox.stats
    assert outcome.status is RunStatus.COMPLETED, outcome.run.error_code
    assert outcome.run.ok == people
    assert {r.status for r in outcome.results} == {TargetStatus.OK}
    # Far more requests waited than one token could serve: tokens expired under the queue.
    ttl = sandbox.faults.token_ttl_s
    assert elapsed > 4 * ttl
    # An expiry costs at most the requests already on the wire; no storm of 401s.
    assert stats.expired_by_token, "no token expired: the case was not exercised"
    assert max(stats.expired_by_token.values()) <= options.max_inflight
    assert stats.by_status[401] == sum(stats.expired_by_token.values())
    # Logins follow the token's life (renewed a little before expiry), not the queue. At
    # least: the fewest token lives that cover the moments the sandbox accepted a token, and
    # a new one after each token that expired under requests (both as the sandbox saw the
    # requests, so a client starved of CPU, sending less, is held to what it sent). At most:
    # about one per token life of the run, however long the queue.
    logins = stats.authorize_calls
    assert logins >= stats.fewest_logins
    assert logins >= len(stats.expired_by_token) + 1
    assert logins <= elapsed / ttl * 1.3 + 2
    # Every data call answered; the few refused ones were sent once more.
    data_calls = RUN_REQUESTS + expected_requests(sandbox, sandbox.world.sdm[:people], scope)
    assert stats.requests == data_calls + logins + stats.by_status[401]


def test_tokens_of_one_second_expiring_under_a_queue(loop, db, sandbox_factory):
    """The always-run variant: 12 employees, tokens of 1 s, 24 requests/s, 4 in flight."""
    sandbox = sandbox_factory(size=12, token_ttl_s=1.0, latency_ms=40)
    run(loop, link_sandbox_people(db, sandbox, 12))
    options = replace(FAST_OPTIONS, max_rps=24.0, max_inflight=4)
    outcome, elapsed = _sync_all(loop, db, sandbox, options)
    _check_short_tokens(outcome, elapsed, sandbox, options, 12)


@pytest.mark.slow
def test_tokens_of_two_seconds_at_the_default_pace_for_forty_employees(loop, db, sandbox_factory):
    """The full case: 40 employees with the default groups, tokens of 2 s, 4 requests/s, 4
    in flight (about ten minutes: every detail of every record)."""
    sandbox = sandbox_factory(size=40, token_ttl_s=2.0, latency_ms=250)
    run(loop, link_sandbox_people(db, sandbox, 40))
    options = ClientOptions(max_rps=4.0, max_inflight=4)
    outcome, elapsed = _sync_all(loop, db, sandbox, options, SyncScope())
    _check_short_tokens(outcome, elapsed, sandbox, options, 40, SyncScope())


def test_hour_long_tokens_mean_exactly_one_login_per_run(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=10, token_ttl_s=3600)
    run(loop, link_sandbox_people(db, sandbox, 10))
    outcome, _elapsed = _sync_all(loop, db, sandbox, FAST_OPTIONS)
    assert outcome.status is RunStatus.COMPLETED
    assert sandbox.stats.authorize_calls == 1
    assert sandbox.stats.by_status[401] == 0
    assert outcome.run.requests.reauth == 0


def test_wrong_password_stops_the_sync_as_credentials_at_once(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=10, token_ttl_s=2.0)
    run(loop, link_sandbox_people(db, sandbox, 10))
    client = run(loop, sandbox_client(sandbox, FAST_OPTIONS))
    client.credentials = replace(client.credentials, password="salah")
    try:
        started = time.monotonic()
        outcome = run(loop, engine_for(db, client).run(SyncRequest(SyncMode.ALL)))
        elapsed = time.monotonic() - started
    finally:
        run(loop, client.aclose())
    assert outcome.status is RunStatus.FAILED
    assert outcome.run.error_code == "credential"
    assert sandbox.stats.authorize_calls == 1  # refused once, not tried again per request
    assert elapsed < 2.0


def test_an_endpoint_refusing_fresh_tokens_fails_there_only(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=8, token_ttl_s=3600)
    ids = run(loop, link_sandbox_people(db, sandbox, 8))
    refusing = sandbox.world.sdm[2]
    sandbox.faults.fail_endpoint("/kepangkatan", refusing.id_sdm, "401")
    outcome, _elapsed = _sync_all(loop, db, sandbox, FAST_OPTIONS, SyncScope())
    assert outcome.status is RunStatus.PARTIAL  # the run went on to its end
    by_id = {r.pegawai_id: r for r in outcome.results}
    failed = by_id[ids[2]]
    assert failed.status is TargetStatus.FAILED
    assert [(e.endpoint, e.error_code, e.http_status) for e in failed.errors] == [
        ("kepangkatan", "token_refused", 401)
    ]
    assert all(by_id[i].status is TargetStatus.OK for i in ids if i != ids[2])
    # The first 401, then the bounded tries with fresh tokens; never "credential". Each 401
    # ended its token, so each cost a login (the last one for the requests still to come).
    assert sandbox.stats.by_status[401] == 2 + FAST_OPTIONS.token_refused_retries
    assert sandbox.stats.authorize_calls == 1 + sandbox.stats.by_status[401]


def test_an_endpoint_refused_for_everybody_fails_there_for_each_and_soon(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=12, token_ttl_s=3600)
    run(loop, link_sandbox_people(db, sandbox, 12))
    sandbox.faults.fail_endpoint("/sertifikasi_dosen", None, "401")
    outcome, _elapsed = _sync_all(loop, db, sandbox, FAST_OPTIONS, SyncScope())
    assert outcome.status is RunStatus.PARTIAL
    assert outcome.run.failed == 12
    for result in outcome.results:
        assert [(e.endpoint, e.error_code) for e in result.errors] == [
            ("sertifikasi_dosen", "token_refused")
        ]
    # Once known to refuse, the endpoint is given up after one fresh token, not the full count.
    full = 2 + FAST_OPTIONS.token_refused_retries
    assert 2 * 12 <= sandbox.stats.by_status[401] < full * 12
