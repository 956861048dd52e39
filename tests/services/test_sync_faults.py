"""The sync engine under the live service's misbehaviour, staged by the sandbox."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncLockedError, SyncMode, TargetStatus
from sister_desktop.domain.sync_progress import SyncRequest
from tests.sync_world import FAST_OPTIONS, engine_for, link_sandbox_people, run, sandbox_client


@pytest.fixture
def client_factory(loop):
    made = []

    def make(sandbox, options=FAST_OPTIONS):
        c = run(loop, sandbox_client(sandbox, options))
        made.append(c)
        return c

    yield make
    for c in made:
        run(loop, c.aclose())


def test_transient_503s_are_retried_and_the_run_completes(
    loop, db, sandbox_factory, client_factory
):
    sandbox = sandbox_factory(size=10, fail_rate=0.15)
    run(loop, link_sandbox_people(db, sandbox, 10))
    outcome = run(loop, engine_for(db, client_factory(sandbox)).run(SyncRequest(SyncMode.ALL)))
    assert outcome.status is RunStatus.COMPLETED
    assert outcome.run.ok == 10
    assert outcome.run.requests.retried > 0
    assert sandbox.stats.by_status[503] == outcome.run.requests.retried


def test_token_expiry_mid_run_logs_in_exactly_once_more(loop, db, sandbox, client_factory):
    run(loop, link_sandbox_people(db, sandbox, 16))
    expired = []

    def on_progress(progress):
        if progress.done >= 5 and not expired:
            sandbox.faults.expire_tokens()
            expired.append(progress.done)

    client = client_factory(sandbox)
    outcome = run(loop, engine_for(db, client).run(SyncRequest(SyncMode.ALL), on_progress))
    assert expired
    assert outcome.status is RunStatus.COMPLETED
    assert outcome.run.requests.reauth == 1
    assert sandbox.stats.authorize_calls == 2


def test_a_429_lockout_pauses_everybody_and_the_run_goes_on(
    loop, db, sandbox_factory, client_factory
):
    # The server allows 25 requests/s and locks for 0.6 s; the client starts far too fast.
    sandbox = sandbox_factory(size=12, rate_limit=25, lockout_s=0.6)
    run(loop, link_sandbox_people(db, sandbox, 12))
    options = replace(FAST_OPTIONS, max_rps=100.0, lockout_initial_s=0.7, lockout_max_s=3.0)
    pauses = []

    def on_progress(progress):
        if progress.paused:
            pauses.append(progress.resume_at)

    engine = engine_for(db, client_factory(sandbox, options))
    # The personal data and employment only: enough requests to be locked out more than once,
    # not a whole career at the slowed rate.
    scope = SyncScope(frozenset({SisterGroup.DATA_PRIBADI, SisterGroup.KEPEGAWAIAN}))
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=scope), on_progress))
    assert outcome.status is RunStatus.COMPLETED
    assert outcome.run.ok == 12
    assert outcome.run.requests.rate_limited >= 1
    assert pauses and all(p is not None for p in pauses)


def test_cancel_keeps_finished_employees_and_resume_takes_the_rest(
    loop, db, sandbox, client_factory
):
    ids = run(loop, link_sandbox_people(db, sandbox, 20))
    sandbox.faults.latency_ms = 20
    engine = engine_for(db, client_factory(sandbox), concurrency=2, cancel_grace_s=5)

    def on_progress(progress):
        if progress.done >= 4:
            engine.cancel()

    first = run(loop, engine.run(SyncRequest(SyncMode.ALL), on_progress))
    assert first.status is RunStatus.CANCELLED
    assert 4 <= first.run.ok < 20
    sandbox.faults.latency_ms = 0
    resumable = run(loop, engine.resumable_run())
    assert resumable.id == first.run.id
    second = run(loop, engine.run(SyncRequest(SyncMode.RESUME)))
    assert second.status is RunStatus.COMPLETED
    assert second.run.resumed_from == first.run.id
    assert {r.pegawai_id for r in first.results} | {r.pegawai_id for r in second.results} == set(
        ids
    )
    assert not {r.pegawai_id for r in first.results} & {r.pegawai_id for r in second.results}
    assert run(loop, engine.resumable_run()) is None
    # The resumed run's log includes the lines of the run it finished.
    assert len({r.pegawai_id for r in run(loop, engine.runs.results(second.run.id))}) == 20


def test_a_resume_pulls_what_the_interrupted_run_pulled(loop, db, sandbox, client_factory):
    """The run was asked for personal data and employment only; the resume, asked with the
    default groups (what the window's Lanjutkan and a bare ``--resume`` send), finishes it with
    the same two, so no pegawai of the run ends up with more or less than the others."""
    run(loop, link_sandbox_people(db, sandbox, 8))
    sandbox.faults.latency_ms = 20
    engine = engine_for(db, client_factory(sandbox), concurrency=2, cancel_grace_s=5)
    chosen = SyncScope(frozenset({SisterGroup.DATA_PRIBADI, SisterGroup.KEPEGAWAIAN}), 2)

    def on_progress(progress):
        if progress.done >= 2:
            engine.cancel()

    first = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=chosen), on_progress))
    assert first.status is RunStatus.CANCELLED and first.run.pulled == chosen
    sandbox.faults.latency_ms = 0
    resume = SyncRequest(SyncMode.RESUME)
    assert run(loop, engine.resolved(resume)).scope == chosen
    second = run(loop, engine.run(resume))
    assert second.status is RunStatus.COMPLETED and second.run.pulled == chosen
    wanted = {d.name for d in chosen.datasets}
    pulled = {r.endpoint for r in run(loop, engine.runs.results(second.run.id))}
    assert pulled and pulled - {"referensi/sdm", "derived"} <= wanted
    # A resume that chose its groups (``--resume --groups``) pulls those.
    own = SyncRequest(SyncMode.RESUME, scope=SyncScope(frozenset(SisterGroup)), scope_chosen=True)
    assert run(loop, engine.resolved(own)) == own


def test_a_second_workstation_is_told_who_syncs_since_when(loop, db, sandbox, client_factory):
    run(loop, link_sandbox_people(db, sandbox, 6))
    sandbox.faults.latency_ms = 30
    first = engine_for(db, client_factory(sandbox), host="ruang-kepegawaian-1")
    second = engine_for(db, client_factory(sandbox), host="ruang-kepegawaian-2", operator="budi")

    async def both():
        task = asyncio.ensure_future(first.run(SyncRequest(SyncMode.ALL)))
        while not first.lock.held:
            await asyncio.sleep(0.01)
        with pytest.raises(SyncLockedError) as caught:
            await second.run(SyncRequest(SyncMode.ALL))
        outcome = await task
        return caught.value.holder, outcome

    holder, outcome = run(loop, both())
    assert (holder.host, holder.user) == ("ruang-kepegawaian-1", "tester")
    assert holder.since is not None
    assert outcome.status is RunStatus.COMPLETED
    # Now free: the second one syncs.
    assert run(loop, second.run(SyncRequest(SyncMode.ALL))).status is RunStatus.COMPLETED


def test_a_stale_lock_of_a_crashed_workstation_is_taken_over(loop, db, sandbox, client_factory):
    run(loop, link_sandbox_people(db, sandbox, 3))
    engine = engine_for(
        db, client_factory(sandbox), host="ruang-2", stale_after=timedelta(seconds=0.3)
    )
    taken = run(
        loop,
        engine.runs.try_lock(
            token="crashed",
            run_id=None,
            host="ruang-1",
            user="siti",
            pid=1,
            stale_after=timedelta(minutes=2),
        ),
    )
    assert taken is None
    with pytest.raises(SyncLockedError):
        run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    run(loop, asyncio.sleep(0.4))  # no heartbeat from ruang-1 any more
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert outcome.status is RunStatus.COMPLETED
    assert all(r.status is TargetStatus.OK for r in outcome.results)
    assert run(loop, engine.runs.lock_holder()) is None


@pytest.mark.postgres
def test_sync_and_lock_on_postgresql(loop, pg_db, sandbox, client_factory):
    run(loop, link_sandbox_people(pg_db, sandbox, 4))
    engine = engine_for(pg_db, client_factory(sandbox))
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert outcome.status is RunStatus.COMPLETED and outcome.run.ok == 4
    again = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert run(loop, engine.runs.changes_in_run(again.run.id)) == []


def test_an_empty_object_for_a_profile_fails_it_and_keeps_the_stored_one(
    loop, db, sandbox, client_factory
):
    """SISTER's ``{}`` glitch for a profile must not empty the stored profile (Perbandingan
    would then show empty SISTER values and Terapkan would copy them)."""
    from sister_desktop.store.sister_record_repository import SisterRecordRepository

    ids = run(loop, link_sandbox_people(db, sandbox, 4))
    engine = engine_for(db, client_factory(sandbox))
    assert run(loop, engine.run(SyncRequest(SyncMode.ALL))).status is RunStatus.COMPLETED
    before = run(loop, SisterRecordRepository(db).mapped(ids[1]))["data_pribadi/profil"]
    assert before["nama"]

    victim = sandbox.world.sdm[1]
    sandbox.faults.fail_endpoint("/data_pribadi/profil", victim.id_sdm, "empty_object")
    sandbox.faults.fail_endpoint("/data_pribadi/alamat", victim.id_sdm, "empty_object")
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert outcome.status is RunStatus.PARTIAL
    (failed,) = [r for r in outcome.results if r.status is TargetStatus.FAILED]
    assert failed.pegawai_id == ids[1]
    assert {e.endpoint for e in failed.errors} == {"data_pribadi/profil", "data_pribadi/alamat"}
    assert {e.error_code for e in failed.errors} == {"bad_response"}
    after = run(loop, SisterRecordRepository(db).mapped(ids[1]))
    assert after["data_pribadi/profil"] == before
    assert after["data_pribadi/alamat"]["email"]


def test_a_history_that_comes_back_empty_is_recorded_as_removed_records(
    loop, db, sandbox, client_factory
):
    from sister_desktop.domain.changes import RECORD_REMOVED
    from sister_desktop.domain.sister_records import record_title

    ids = run(loop, link_sandbox_people(db, sandbox, 3))
    engine = engine_for(db, client_factory(sandbox))
    run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    victim = sandbox.world.sdm[0]
    sandbox.faults.fail_endpoint("/penugasan", victim.id_sdm, "empty_object")
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    rows = run(loop, engine.runs.changes_in_run(outcome.run.id))
    # Each removed record is named by its title (the unit of an assignment).
    titles = [f"{RECORD_REMOVED}:{record_title(row)}" for row in victim.penugasan]
    assert [
        (r.pegawai_id, r.endpoint, r.fields_changed) for r in rows if r.endpoint == "penugasan"
    ] == [(ids[0], "penugasan", (RECORD_REMOVED, *titles))]
