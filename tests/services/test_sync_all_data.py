"""Every dataset of the catalogue through the sync engine, against the real sandbox over
loopback and a real SQLite file: chosen groups, semesters, details only where needed, removed
records, failing datasets, the referensi cache and what changed."""

from __future__ import annotations

import base64
import random

import pytest

from sister_desktop.domain.changes import RECORD_ADDED, RECORD_REMOVED
from sister_desktop.domain.semesters import recent_semesters
from sister_desktop.domain.sister_groups import (
    BY_NAME,
    REFERENSI_CACHED,
    SisterGroup,
    SyncScope,
    datasets_of,
)
from sister_desktop.domain.sister_records import PHOTO_DATA
from sister_desktop.domain.sync_log import RunStatus, SyncMode, TargetStatus
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox import mutations
from sister_desktop.sandbox.people import TODAY
from sister_desktop.sandbox.referensi import semester_ids
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.sister.client import endpoint_of
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sync_world import (
    RUN_REQUESTS,
    engine_for,
    expected_requests,
    link_sandbox_people,
    run,
    sandbox_client,
)

ALL = SyncScope(groups=frozenset(SisterGroup), semesters=2)


@pytest.fixture
def client(loop, sandbox):
    c = run(loop, sandbox_client(sandbox))
    yield c
    run(loop, c.aclose())


def _engine(db, client):
    return engine_for(db, client, today=lambda: TODAY)


def _details(sandbox) -> int:
    return sum(
        n
        for path, n in sandbox.stats.by_path.items()
        if endpoint_of(path).endswith("/{id}") and not path.startswith("/data_pribadi/")
    )


def _link_senior(loop, db, sandbox) -> tuple[int, object, int]:
    """The sandbox's most senior lecturer as the only pegawai."""
    from sister_desktop.domain.links import LinkMethod, LinkRequest
    from sister_desktop.domain.pegawai import NEW_ID, Pegawai
    from sister_desktop.store.link_repository import LinkRepository
    from sister_desktop.store.pegawai_repository import PegawaiRepository

    index = sandbox.world.activities.prolific
    person = sandbox.world.sdm[index]
    (pegawai_id,) = run(
        loop, PegawaiRepository(db).save_many([Pegawai(id=NEW_ID, nama=person.nama)], [])
    )
    run(
        loop,
        LinkRepository(db).link_many(
            [LinkRequest(pegawai_id, person.id_sdm, LinkMethod.MANUAL)], who="tester"
        ),
    )
    return pegawai_id, person, index


def test_every_group_of_a_long_career_lands_in_the_database(loop, db, sandbox, client):
    pegawai_id, person, index = _link_senior(loop, db, sandbox)
    engine = _engine(db, client)
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=ALL)))
    assert outcome.status is RunStatus.COMPLETED

    semesters = recent_semesters(semester_ids(), TODAY, ALL.semesters)
    assert outcome.run.requests.total == (
        RUN_REQUESTS + expected_requests(sandbox, [person], ALL, semesters) + 1
    )
    records = SisterRecordRepository(db)
    states = run(loop, records.states(pegawai_id))
    assert {s.dataset for s in states} == {d.name for d in ALL.datasets}
    assert all(s.ok for s in states)
    per_semester = {(s.dataset, s.scope) for s in states if BY_NAME[s.dataset].per_semester}
    assert {scope for _d, scope in per_semester} == set(semesters)
    stored = run(loop, records.records(pegawai_id))
    by_dataset: dict[str, list] = {}
    for record in stored:
        by_dataset.setdefault(record.dataset, []).append(record)
    bundle = sandbox.world.activities.of(index)
    assert len(by_dataset["publikasi"]) == len(bundle.records["publikasi"]) >= 250
    assert len(by_dataset["dokumen"]) == len(bundle.records["dokumen"])
    # The person's row of the SDM list is kept with his records, as his one record of it.
    (sdm,) = by_dataset.pop("referensi/sdm")
    assert sdm.key == "" and sdm.row["id_sdm"] == person.id_sdm
    for name, found in by_dataset.items():
        if BY_NAME[name].has_details:
            assert all(r.detail for r in found), name
    publication = by_dataset["publikasi"][0]
    assert set(publication.row) < set(publication.values)
    (photo,) = by_dataset["data_pribadi/foto"]
    assert base64.b64decode(photo.row[PHOTO_DATA]).startswith(b"\x89PNG")
    assert by_dataset["data_pribadi/profil"][0].row == person.profil
    # The typed payloads the derived values and the Perbandingan read come from the same answers.
    payloads = run(loop, SisterRecordRepository(db).mapped(pegawai_id))
    assert payloads["data_pribadi/profil"]["nama"] == person.profil["nama"]
    assert len(payloads["penugasan"]) == len(person.penugasan)
    # The referensi lists are kept beside the data.
    assert set(run(loop, records.referensi())) == set(REFERENSI_CACHED)


def test_a_group_switched_off_sends_no_request(loop, db, sandbox, client):
    run(loop, link_sandbox_people(db, sandbox, 3))
    scope = SyncScope(groups=frozenset({SisterGroup.DATA_PRIBADI}))
    outcome = run(loop, _engine(db, client).run(SyncRequest(SyncMode.ALL, scope=scope)))
    assert outcome.status is RunStatus.COMPLETED
    asked = {endpoint_of(path) for path in sandbox.stats.by_path}
    for dataset in datasets_of(set(SisterGroup) - {SisterGroup.DATA_PRIBADI}):
        assert dataset.path not in asked, dataset.name
        assert f"/{dataset.name}/{{id}}" not in asked, dataset.name
    assert "/data_pribadi/foto/{id}" in asked
    assert outcome.run.requests.total == RUN_REQUESTS + 3 * len(scope.datasets) + 1


def test_the_second_run_sends_no_detail_and_a_change_fetches_only_its_own(
    loop, db, sandbox, client
):
    ids = run(loop, link_sandbox_people(db, sandbox, 4))
    engine = _engine(db, client)
    first = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert first.status is RunStatus.COMPLETED and _details(sandbox) > 0

    sandbox.stats.reset()
    second = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert second.status is RunStatus.COMPLETED
    assert _details(sandbox) == 0
    assert run(loop, engine.runs.changes_in_run(second.run.id)) == []

    # SISTER's side moves: a diklat edited, a penugasan removed, a sertifikasi added.
    world = sandbox.world
    rows = mutations.person_lists(world, 0)
    edited = rows["diklat"][0]
    removed = rows["penugasan"][-1]
    assert mutations.edit_record(world, "diklat", edited)
    assert mutations.remove_record(world, "penugasan", removed["id"])
    added = mutations.add_record(world, 1, "tugas_tambahan", random.Random(3))
    assert added is not None
    sandbox.stats.reset()
    third = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert third.status is RunStatus.COMPLETED
    asked = sorted(p for p in sandbox.stats.by_path if endpoint_of(p).endswith("/{id}"))
    asked = [p for p in asked if not p.startswith("/data_pribadi/")]
    assert asked == sorted([f"/diklat/{edited['id']}", f"/tugas_tambahan/{added['id']}"])

    records = SisterRecordRepository(db)
    gone = [
        r
        for r in run(loop, records.records(ids[0], ["penugasan"], include_removed=True))
        if r.removed
    ]
    assert [r.key for r in gone] == [removed["id"]]
    assert len(run(loop, SisterRecordRepository(db).mapped(ids[0]))["penugasan"]) == len(
        world.sdm[0].penugasan
    )
    changes = run(loop, ComparisonService(db).changes(third.run.id))
    named = {(c.pegawai_id, d, m) for c in changes for d, m, _t in c.records}
    assert (ids[0], "penugasan", RECORD_REMOVED) in named
    assert (ids[1], "tugas_tambahan", RECORD_ADDED) in named
    assert any(d == "diklat" for _p, d, _m in named)

    # A full sync asks every detail again.
    sandbox.stats.reset()
    full = SyncScope(full=True)
    run(loop, engine.run(SyncRequest(SyncMode.ALL, scope=full)))
    assert _details(sandbox) == expected_requests(sandbox, world.sdm[:4], full) - 4 * len(
        full.datasets
    )


def test_a_failing_dataset_is_that_datasets_failure_and_keeps_its_records(
    loop, db, sandbox, client
):
    ids = run(loop, link_sandbox_people(db, sandbox, 3))
    engine = _engine(db, client)
    run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    records = SisterRecordRepository(db)
    before = run(loop, records.records(ids[1], ["diklat"]))
    victim = sandbox.world.sdm[1]
    sandbox.faults.fail_endpoint("/diklat", victim.id_sdm, "500")
    sandbox.faults.fail_endpoint("/data_pribadi/foto", victim.id_sdm, "empty_object")
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))

    assert outcome.status is RunStatus.PARTIAL
    (failed,) = [r for r in outcome.results if r.status is TargetStatus.FAILED]
    assert failed.pegawai_id == ids[1]
    assert sorted(e.endpoint for e in failed.errors) == ["data_pribadi/foto", "diklat"]
    states = {s.dataset: s for s in run(loop, records.states(ids[1]))}
    assert not states["diklat"].ok and states["diklat"].error_code == "server_error"
    assert not states["data_pribadi/foto"].ok
    assert states["penugasan"].ok and states["diklat"].records == len(before)
    assert run(loop, records.records(ids[1], ["diklat"])) == before
    log = run(loop, engine.runs.results(outcome.run.id, failures_only=True))
    assert sorted((r.pegawai_id, r.endpoint) for r in log) == [
        (ids[1], "data_pribadi/foto"),
        (ids[1], "diklat"),
    ]

    # "Ulangi yang gagal" once SISTER is healed pulls only that pegawai.
    sandbox.faults.clear()
    retry = run(loop, engine.run(SyncRequest(SyncMode.FAILED)))
    assert [r.pegawai_id for r in retry.results] == [ids[1]]
    assert retry.status is RunStatus.COMPLETED
    assert all(s.ok for s in run(loop, records.states(ids[1])))


def test_a_failing_referensi_list_does_not_stop_the_run(loop, db, sandbox, client):
    run(loop, link_sandbox_people(db, sandbox, 2))
    sandbox.faults.fail_endpoint("/referensi/jenis_dokumen", None, "500")
    sandbox.faults.fail_endpoint("/referensi/semester", None, "html")
    scope = SyncScope(groups=frozenset({SisterGroup.TRIDHARMA}), semesters=3)
    outcome = run(loop, _engine(db, client).run(SyncRequest(SyncMode.ALL, scope=scope)))
    assert outcome.status is RunStatus.COMPLETED
    cached = run(loop, SisterRecordRepository(db).referensi())
    assert set(cached) == set(REFERENSI_CACHED) - {"jenis_dokumen", "semester"}
    # Without SISTER's list the semesters are counted back from today.
    asked = {path for path in sandbox.stats.by_path if path == "/pengajaran"}
    assert asked  # pengajaran was asked (per semester, counted back)
    states = run(loop, SisterRecordRepository(db).all_states(["pengajaran"]))
    assert {s.scope for s in states} == set(recent_semesters([], TODAY, 3))


def test_a_record_deleted_between_its_list_and_its_detail_is_not_kept(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 1))
    person = sandbox.world.sdm[0]
    vanished = person.penugasan[0]["id"]
    sandbox.world.records["penugasan"].pop(vanished)  # listed, but its detail answers 404
    scope = SyncScope(groups=frozenset({SisterGroup.KEPEGAWAIAN}))
    outcome = run(loop, _engine(db, client).run(SyncRequest(SyncMode.ALL, scope=scope)))
    assert outcome.status is RunStatus.COMPLETED
    keys = {r.key for r in run(loop, SisterRecordRepository(db).records(ids[0], ["penugasan"]))}
    assert keys == {row["id"] for row in person.penugasan} - {vanished}
