"""Pengajaran through the sync engine, against the real sandbox over loopback: SISTER answers
every semester at once, so one list request per pegawai, split among the run's semesters (the
same records as asked semester by semester, details of those semesters only, a state for each
semester even when it is empty), through a re-sync, a failed list and its retry, and a resume.
"""

from __future__ import annotations

import pytest

from sister_desktop.domain.semesters import recent_semesters
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode, TargetStatus
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox.people import TODAY
from sister_desktop.sandbox.referensi import semester_ids
from sister_desktop.sandbox.routes import Router
from sister_desktop.sister.client import endpoint_of
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sync_world import engine_for, link_sandbox_people, run, sandbox_client

TRIDHARMA = SyncScope(groups=frozenset({SisterGroup.TRIDHARMA}), semesters=3)
SEMESTERS = recent_semesters(semester_ids(), TODAY, TRIDHARMA.semesters)


@pytest.fixture
def client(loop, sandbox):
    c = run(loop, sandbox_client(sandbox))
    yield c
    run(loop, c.aclose())


def _engine(db, client, **options):
    return engine_for(db, client, today=lambda: TODAY, **options)


def _by_semester(sandbox, id_sdm: str) -> dict[str, set[str]]:
    """The pengajaran record ids of one person per run semester, asked semester by semester
    (what the sync stored before it asked every semester at once)."""
    router = Router(sandbox.world)
    return {
        smt: {
            row["id"]
            for row in router.resolve("/pengajaran", {"id_sdm": id_sdm, "id_semester": smt}).body
        }
        for smt in SEMESTERS
    }


def _stored(loop, db, pegawai_id: int) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {smt: set() for smt in SEMESTERS}
    for record in run(loop, SisterRecordRepository(db).records(pegawai_id, ["pengajaran"])):
        found.setdefault(record.scope, set()).add(record.key)
    return found


def _states(loop, db, pegawai_id: int) -> dict[str, tuple[bool, int]]:
    return {
        s.scope: (s.ok, s.records)
        for s in run(loop, SisterRecordRepository(db).states(pegawai_id))
        if s.dataset == "pengajaran"
    }


def _pengajaran_details(sandbox) -> int:
    return sum(
        n for path, n in sandbox.stats.by_path.items() if endpoint_of(path) == "/pengajaran/{id}"
    )


def _asked_pengajaran(sandbox) -> int:
    return sandbox.stats.by_path["/pengajaran"]


def test_pengajaran_is_one_request_per_pegawai_and_kept_by_semester(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 6))
    people = sandbox.world.sdm[:6]
    expected = {i: _by_semester(sandbox, p.id_sdm) for i, p in zip(ids, people, strict=True)}
    in_scope = sum(len(keys) for per in expected.values() for keys in per.values())
    assert in_scope, "no pengajaran in the run's semesters: the test would prove nothing"
    engine = _engine(db, client)
    first = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=TRIDHARMA)))
    assert first.status is RunStatus.COMPLETED
    assert _asked_pengajaran(sandbox) == 6
    # The details of the run's semesters only (older ones are not stored, nor asked).
    assert _pengajaran_details(sandbox) == in_scope
    for pegawai_id in ids:
        assert _stored(loop, db, pegawai_id) == expected[pegawai_id]
        states = _states(loop, db, pegawai_id)
        assert states == {smt: (True, len(keys)) for smt, keys in expected[pegawai_id].items()}

    # Unchanged: one list per pegawai again, no detail, nothing changed.
    sandbox.stats.reset()
    again = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=TRIDHARMA)))
    assert again.status is RunStatus.COMPLETED
    assert _asked_pengajaran(sandbox) == 6 and _pengajaran_details(sandbox) == 0
    assert run(loop, engine.runs.changes_in_run(again.run.id)) == []

    # One pegawai's teaching of one semester is gone: that semester was checked, now empty.
    index, pegawai_id = next((n, i) for n, i in enumerate(ids) if expected[i][SEMESTERS[-1]])
    bundle = sandbox.world.activities.of(index)
    bundle.records["pengajaran"] = [
        r for r in bundle.records["pengajaran"] if r["id_semester"] != SEMESTERS[-1]
    ]
    third = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=TRIDHARMA)))
    assert third.status is RunStatus.COMPLETED
    assert _stored(loop, db, pegawai_id) == {**expected[pegawai_id], SEMESTERS[-1]: set()}
    assert _states(loop, db, pegawai_id)[SEMESTERS[-1]] == (True, 0)
    removed = [
        r
        for r in run(
            loop,
            SisterRecordRepository(db).records(pegawai_id, ["pengajaran"], include_removed=True),
        )
        if r.removed
    ]
    assert {r.key for r in removed} == expected[pegawai_id][SEMESTERS[-1]]


def test_a_row_naming_an_unknown_semester_is_asked_semester_by_semester(loop, db, sandbox, client):
    """Where a row's semester is not a name of SISTER's semester list, the rows cannot be
    split: that pegawai's pengajaran is asked per semester, and nothing is lost."""
    ids = run(loop, link_sandbox_people(db, sandbox, 6))
    index, pegawai_id = next(
        (n, i)
        for n, i in enumerate(ids)
        if _by_semester(sandbox, sandbox.world.sdm[n].id_sdm)[SEMESTERS[0]]
    )
    expected = _by_semester(sandbox, sandbox.world.sdm[index].id_sdm)
    bundle = sandbox.world.activities.of(index)
    row = next(r for r in bundle.records["pengajaran"] if r["id_semester"] == SEMESTERS[0])
    row["semester"] = "Semester Antara"
    outcome = run(loop, _engine(db, client).run(SyncRequest(SyncMode.ALL, scope=TRIDHARMA)))
    assert outcome.status is RunStatus.COMPLETED
    assert _asked_pengajaran(sandbox) == 6 + len(SEMESTERS)
    assert _stored(loop, db, pegawai_id) == expected
    assert all(ok for ok, _records in _states(loop, db, pegawai_id).values())


def test_a_failed_pengajaran_fails_every_semester_and_its_retry_asks_once(
    loop, db, sandbox, client
):
    ids = run(loop, link_sandbox_people(db, sandbox, 3))
    victim = sandbox.world.sdm[1]
    sandbox.faults.fail_endpoint("/pengajaran", victim.id_sdm, "500")
    engine = _engine(db, client)
    first = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=TRIDHARMA)))
    assert first.status is RunStatus.PARTIAL
    failed = [r for r in first.results if r.status is TargetStatus.FAILED]
    assert [(r.pegawai_id, [e.endpoint for e in r.errors]) for r in failed] == [
        (ids[1], ["pengajaran"])
    ]
    assert _asked_pengajaran(sandbox) == 3  # the victim's one request, no retry per semester
    assert _states(loop, db, ids[1]) == {smt: (False, 0) for smt in SEMESTERS}

    sandbox.faults.clear()
    sandbox.stats.reset()
    retry = run(loop, engine.run(SyncRequest(SyncMode.FAILED, scope=TRIDHARMA)))
    assert retry.status is RunStatus.COMPLETED
    assert [r.pegawai_id for r in retry.results] == [ids[1]]
    assert _asked_pengajaran(sandbox) == 1
    expected = _by_semester(sandbox, victim.id_sdm)
    assert _stored(loop, db, ids[1]) == expected
    assert _states(loop, db, ids[1]) == {smt: (True, len(k)) for smt, k in expected.items()}


def test_a_resumed_run_asks_each_pegawai_once_in_all(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 8))
    sandbox.faults.latency_ms = 20
    engine = _engine(db, client, concurrency=2, cancel_grace_s=5)

    def on_progress(progress):
        if progress.done >= 2:
            engine.cancel()

    first = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=TRIDHARMA), on_progress))
    assert first.status is RunStatus.CANCELLED
    sandbox.faults.latency_ms = 0
    second = run(loop, engine.run(SyncRequest(SyncMode.RESUME)))
    assert second.status is RunStatus.COMPLETED
    assert _asked_pengajaran(sandbox) == 8
    for n, pegawai_id in enumerate(ids):
        expected = _by_semester(sandbox, sandbox.world.sdm[n].id_sdm)
        assert _stored(loop, db, pegawai_id) == expected
        assert set(_states(loop, db, pegawai_id)) == set(SEMESTERS)
