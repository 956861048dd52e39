"""What a running sync tells its watcher, checked against a real run over loopback: the phase
before the first pegawai, who is being pulled now, the not linked counted apart, and a stop
that ends the run without waiting for the pegawai in flight or the lists before them."""

from __future__ import annotations

import pytest

from sister_desktop.domain.sister_groups import REFERENSI_CACHED, SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode, TargetStatus
from sister_desktop.domain.sync_progress import SyncPhase, SyncProgress, SyncRequest
from tests.sync_world import engine_for, link_sandbox_people, run, sandbox_client

ONE_GROUP = SyncScope(frozenset({SisterGroup.DATA_PRIBADI}), 2)


@pytest.fixture
def client(loop, sandbox):
    made = run(loop, sandbox_client(sandbox))
    yield made
    run(loop, made.aclose())


def test_a_run_names_its_phases_and_who_is_pulled_now(loop, db, sandbox, client):
    # Eight ticked (Pilih semua), two of them not linked.
    ids = run(loop, link_sandbox_people(db, sandbox, 6, unlinked=2))
    seen: list[SyncProgress] = []
    engine = engine_for(db, client, concurrency=3)
    request = SyncRequest(SyncMode.SELECTED, tuple(ids), scope=ONE_GROUP)
    outcome = run(loop, engine.run(request, seen.append))
    assert outcome.status is RunStatus.COMPLETED

    phases = [p.phase for p in seen]
    first_pull = phases.index(SyncPhase.PULLING)
    assert SyncPhase.SDM_LIST in phases[:first_pull]
    assert SyncPhase.REFERENSI in phases[:first_pull]
    assert phases.index(SyncPhase.SDM_LIST) < phases.index(SyncPhase.REFERENSI)
    # Before the first pegawai nobody is named; then several at once; at the end nobody.
    assert all(not p.pulling for p in seen[:first_pull])
    assert max(len(p.pulling) for p in seen) >= 2
    assert seen[-1].pulling == () and seen[-1].finished
    # The two not linked are counted apart from the six pulled, from the first snapshot on.
    assert {(p.to_pull, p.skipped) for p in seen} == {(6, 2)}
    assert (seen[-1].pulled, seen[-1].ok) == (6, 6)
    # The bar: requests sent of those planned, never past the plan, full at the end.
    assert all(p.requests_done <= p.requests_planned for p in seen)
    assert seen[-1].requests_done == seen[-1].requests_planned == outcome.run.requests.total
    done = [p.requests_done for p in seen]
    assert done == sorted(done)


def test_a_stop_while_the_reference_lists_are_read_ends_the_run_there(loop, db, sandbox, client):
    run(loop, link_sandbox_people(db, sandbox, 4))
    sandbox.faults.latency_ms = 400  # the lists before the first pegawai take seconds
    engine = engine_for(db, client, concurrency=2)

    def on_progress(progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.REFERENSI:
            engine.cancel()

    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=ONE_GROUP), on_progress))
    assert outcome.status is RunStatus.CANCELLED
    assert outcome.run.ok == outcome.run.failed == 0
    # It did not read the reference lists to their end first: login, SDM list, and fewer
    # reference lists than there are.
    assert outcome.run.requests.total < 2 + len(REFERENSI_CACHED)
    assert run(loop, engine.resumable_run()).id == outcome.run.id


def test_a_stop_does_not_wait_for_the_pegawai_in_flight_past_its_grace(loop, db, sandbox, client):
    """Each pegawai takes far longer than the grace: the run ends when the grace is over,
    the pegawai in flight left for the resume, not recorded half-pulled."""
    ids = run(loop, link_sandbox_people(db, sandbox, 4))
    engine = engine_for(db, client, concurrency=2, cancel_grace_s=0.5)
    stopped: list[SyncProgress] = []

    def on_progress(progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.PULLING and len(progress.pulling) == 2 and not stopped:
            sandbox.faults.latency_ms = 3000  # each of their many requests now takes seconds
            stopped.append(progress)
            engine.cancel()

    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL), on_progress))
    assert outcome.status is RunStatus.CANCELLED
    assert outcome.run.ok + outcome.run.failed == 0
    pending = run(loop, engine.runs.targets(outcome.run.id, TargetStatus.PENDING))
    assert sorted(t.pegawai_id for t in pending) == sorted(ids)
