"""The sync engine against the real sandbox over loopback and a real SQLite file."""

from __future__ import annotations

import asyncio
import sys

import pytest

from sister_desktop.domain.sister_groups import SyncScope
from sister_desktop.domain.sync_log import (
    DERIVED_ENDPOINT,
    RunStatus,
    SyncMode,
    TargetStatus,
)
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.services.sync_engine import SyncEngine
from sister_desktop.sister.api import ENDPOINTS
from sister_desktop.sister.client import endpoint_of
from sister_desktop.store.sister_data_repository import SisterDataRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sync_world import (
    RUN_REQUESTS,
    engine_for,
    expected_requests,
    link_sandbox_people,
    run,
    sandbox_client,
)


def _is_detail(path: str) -> bool:
    """A record's detail (``/publikasi/{id}``), not a person's object (``/data_pribadi/...``)."""
    return endpoint_of(path).endswith("/{id}") and not path.startswith("/data_pribadi/")


@pytest.fixture
def client(loop, sandbox):
    c = run(loop, sandbox_client(sandbox))
    yield c
    run(loop, c.aclose())


def test_full_sync_stores_every_endpoint_and_derived_values(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 12, unlinked=2))
    engine = engine_for(db, client)
    events = []
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL), events.append))

    assert outcome.status is RunStatus.COMPLETED
    run_ = outcome.run
    assert (run_.total, run_.ok, run_.failed, run_.skipped) == (12, 12, 0, 0)
    people = sandbox.world.sdm[:12]
    # The referensi lists and the SDM list, every dataset of the default groups per person
    # (each list whole, a detail per record), the login.
    assert run_.requests.total == RUN_REQUESTS + expected_requests(sandbox, people) + 1
    assert run_.started_by == "tester"
    data = SisterDataRepository(db)
    payloads = run(loop, SisterRecordRepository(db).mapped(ids[0]))
    assert set(payloads) == set(ENDPOINTS)
    person = sandbox.world.sdm[0]
    assert payloads["data_pribadi/profil"]["nama"] == person.profil["nama"]
    summary = run(loop, data.summary(ids[0]))
    assert summary.last_status == "ok"
    assert summary.derived.status_aktif == person.referensi["nama_status_aktif"]
    if person.jabatan_fungsional:
        latest = max(person.jabatan_fungsional, key=lambda r: r["tanggal_mulai"])
        assert latest["jabatan_fungsional"].startswith(summary.derived.jabatan_fungsional)
    rows = run(loop, engine.runs.results(run_.id))
    # Per pegawai: the SDM row, one line per dataset, the derived values.
    assert len(rows) == 12 * (1 + len(SyncScope().datasets) + 1)
    assert {r.fields_changed for r in rows if r.endpoint == "penugasan"} == {("*first",)}
    assert {r.fields_changed for r in rows if r.endpoint == "diklat"} == {("*first",)}
    assert events[-1].finished and events[-1].done == 12 and events[-1].ok == 12

    # A second sync of unchanged data: nothing changed, derived values stay, no detail asked.
    sandbox.stats.reset()
    again = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    assert again.status is RunStatus.COMPLETED
    assert again.run.requests.total == RUN_REQUESTS + 12 * len(SyncScope().datasets)
    assert not [p for p in sandbox.stats.by_path if _is_detail(p)]
    assert run(loop, engine.runs.changes_in_run(again.run.id)) == []
    assert run(loop, data.summary(ids[0])).derived == summary.derived


def test_selected_employees_and_unlinked_ones_are_skipped(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 3, unlinked=1))
    engine = engine_for(db, client)
    outcome = run(loop, engine.run(SyncRequest(SyncMode.SELECTED, (ids[1], ids[3], 99999))))
    statuses = {r.pegawai_id: r.status for r in outcome.results}
    assert statuses == {
        ids[1]: TargetStatus.OK,
        ids[3]: TargetStatus.SKIPPED,
        99999: TargetStatus.SKIPPED,
    }
    assert outcome.status is RunStatus.COMPLETED
    assert (outcome.run.ok, outcome.run.skipped) == (1, 2)


def test_permanent_500_fails_one_endpoint_of_one_person_and_the_rest_is_ok(
    loop, db, sandbox, client
):
    ids = run(loop, link_sandbox_people(db, sandbox, 6))
    victim = sandbox.world.sdm[2]
    sandbox.faults.fail_endpoint("/kepangkatan", victim.id_sdm, "500")
    engine = engine_for(db, client)
    outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))

    assert outcome.status is RunStatus.PARTIAL
    assert (outcome.run.ok, outcome.run.failed) == (5, 1)
    failed = [r for r in outcome.results if r.status is TargetStatus.FAILED]
    assert [r.pegawai_id for r in failed] == [ids[2]]
    (error,) = failed[0].errors
    assert (error.endpoint, error.http_status, error.message) == (
        "kepangkatan",
        500,
        "Gagal mengambil data",
    )
    # The victim's other endpoints were stored; the failed one was not invented.
    payloads = run(loop, SisterRecordRepository(db).mapped(ids[2]))
    assert "kepangkatan" not in payloads and "penugasan" in payloads
    rows = run(loop, engine.runs.results(outcome.run.id, failures_only=True))
    assert [(r.pegawai_id, r.endpoint, r.http_status) for r in rows] == [
        (ids[2], "kepangkatan", 500)
    ]

    # "Ulangi yang gagal" once SISTER is healed: only the victim is pulled, and now it is ok.
    sandbox.faults.clear()
    retry = run(loop, engine.run(SyncRequest(SyncMode.FAILED)))
    assert [r.pegawai_id for r in retry.results] == [ids[2]]
    assert retry.status is RunStatus.COMPLETED
    assert run(loop, SisterDataRepository(db).failed_pegawai_ids()) == []


def test_derived_line_records_what_changed(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 2))
    engine = engine_for(db, client)
    first = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    derived = [
        r for r in run(loop, engine.runs.results(first.run.id)) if r.endpoint == DERIVED_ENDPOINT
    ]
    assert {r.pegawai_id for r in derived} == set(ids)
    assert all("status_aktif" in r.fields_changed for r in derived)
    # SISTER's profile of the first person changes: the next run names the field.
    sandbox.world.sdm[0].profil["tempat_lahir"] = "Kota Baru"
    second = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    changes = run(loop, engine.runs.changes_in_run(second.run.id))
    assert [(c.pegawai_id, c.endpoint, c.fields_changed) for c in changes] == [
        (ids[0], "data_pribadi/profil", ("tempat_lahir",))
    ]


def test_the_estimate_counts_the_linked_people_at_the_configured_rate(loop, db, sandbox, client):
    from sister_desktop.services.sync_service import SyncService

    run(loop, link_sandbox_people(db, sandbox, 5, unlinked=2))
    service = SyncService(engine_for(db, client))
    estimate = run(loop, service.estimate(SyncRequest(SyncMode.ALL), max_rps=4.0))
    assert estimate.pegawai == 5 and estimate.rate == 4.0
    assert estimate.seconds == pytest.approx(estimate.requests / (4.0 * 0.95))
    assert not estimate.from_last_run


def test_the_service_pulls_the_groups_saved_in_pengaturan(loop, db, sandbox, client):
    from dataclasses import replace

    from sister_desktop.domain.sister_groups import SisterGroup
    from sister_desktop.services.settings_service import SettingsService
    from sister_desktop.services.sync_service import SyncService
    from sister_desktop.store.secrets import SecretStore
    from sister_desktop.store.settings_repository import SettingsRepository
    from tests.dict_keyring import DictKeyring

    run(loop, link_sandbox_people(db, sandbox, 2))
    settings = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
    saved = SyncScope(groups=frozenset({SisterGroup.DATA_PRIBADI}), semesters=2)
    run(loop, settings.save_sync_scope(saved))
    service = SyncService(engine_for(db, client), settings.sync_scope)

    request = run(
        loop, service.with_saved_scope(SyncRequest(SyncMode.ALL, scope=SyncScope(full=True)))
    )
    assert request.scope == replace(saved, full=True)  # "Sinkronisasi penuh" stays a full run
    # The one way the window and ``sync`` build a run: the saved scope, this run's choices.
    built = run(loop, service.request(SyncMode.SELECTED, [5, 2], full=True))
    assert built == SyncRequest(SyncMode.SELECTED, (2, 5), scope=replace(saved, full=True))
    chosen = frozenset({SisterGroup.KEPEGAWAIAN})
    resume = run(loop, service.request(SyncMode.RESUME, groups=chosen))
    assert resume.scope == replace(saved, groups=chosen) and resume.scope_chosen
    assert not run(loop, service.request(SyncMode.RESUME)).scope_chosen
    outcome = run(loop, service.run(SyncRequest(SyncMode.ALL), saved_scope=True))
    assert outcome.run.requests.total == RUN_REQUESTS + 2 * len(saved.datasets) + 1
    assert "/penugasan" not in sandbox.stats.by_path
    estimate = run(loop, service.estimate(SyncRequest(SyncMode.ALL), max_rps=4.0, saved_scope=True))
    assert estimate.from_last_run and estimate.requests == RUN_REQUESTS + 2 * len(saved.datasets)
    # By default the request's own scope (the window's choice, the command line's --groups).
    run(loop, service.run(SyncRequest(SyncMode.ALL, scope=SyncScope())))
    assert sandbox.stats.by_path["/penugasan"] == 2


def test_the_run_waits_for_its_workers_without_spinning(loop, db, sandbox_factory, monkeypatch):
    """While the last workers finish, the engine sleeps until one of them ends: its wait loop
    turns once per finished worker (or a cancel), never again on a task already done (which
    returns at once and spins a core for as long as the last request takes)."""
    sandbox = sandbox_factory(size=6, latency_ms=30)
    run(loop, link_sandbox_people(db, sandbox, 6))
    turns: list[int] = []  # per turn of the engine's wait: how many awaited things were done
    real_wait = asyncio.wait
    pull_all = SyncEngine._pull_all.__code__

    def counting_wait(fs, *args, **kwargs):  # type: ignore[no-untyped-def]
        first_completed = kwargs.get("return_when") == asyncio.FIRST_COMPLETED
        if first_completed and sys._getframe(1).f_code is pull_all:
            turns.append(sum(1 for f in fs if f.done()))
        return real_wait(fs, *args, **kwargs)

    monkeypatch.setattr(asyncio, "wait", counting_wait)
    c = run(loop, sandbox_client(sandbox))
    try:
        engine = engine_for(db, c, concurrency=3)
        outcome = run(loop, engine.run(SyncRequest(SyncMode.ALL)))
    finally:
        run(loop, c.aclose())
    assert outcome.status is RunStatus.COMPLETED
    assert turns, "the engine's wait loop was not observed"
    assert turns.count(0) == len(turns), f"waited on finished tasks: {turns[:20]}"
    # One turn per worker ending (the three may end apart), none per request.
    assert len(turns) <= 3, f"{len(turns)} turns for {outcome.run.requests.total} requests"
