"""The scheduled run (``SyncMode.SCHEDULED``) against the real sandbox over loopback and a real
SQLite file, over simulated nights: only the lists past their freshness are asked, none is
older than its limit after a week, and a tendik's tridharma and BKD only weekly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sister_desktop.domain.freshness import Freshness, is_tendik, night_offset, parse_freshness
from sister_desktop.domain.sister_groups import BY_NAME, SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox.mutations import mutate
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sync_world import engine_for, link_sandbox_people, run, sandbox_client

ALL = SyncScope(groups=frozenset(SisterGroup))
NIGHT0 = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)


class NightClock:
    """The runs' clock: night ``n`` at 19:00 UTC (02:00 WIB), a few minutes later each."""

    def __init__(self) -> None:
        self.night = 0

    def __call__(self) -> datetime:
        return NIGHT0 + timedelta(days=self.night, minutes=3 * self.night)


@pytest.fixture
def client(loop, sandbox):
    c = run(loop, sandbox_client(sandbox))
    yield c
    run(loop, c.aclose())


def _ages(loop, db, now: datetime) -> dict[str, timedelta]:
    """Per dataset, the age of its oldest check over every pegawai."""
    oldest: dict[str, datetime] = {}
    for state in run(loop, SisterRecordRepository(db).all_states()):
        assert state.ok, state
        oldest[state.dataset] = min(oldest.get(state.dataset, state.synced_at), state.synced_at)
    return {name: now - at for name, at in oldest.items()}


def test_a_week_of_scheduled_nights_keeps_every_list_within_its_freshness(
    loop, db, sandbox, client
):
    run(loop, link_sandbox_people(db, sandbox, 8))
    clock = NightClock()
    engine = engine_for(db, client, clock=clock)
    request = SyncRequest(SyncMode.SCHEDULED, scope=ALL, freshness=Freshness())
    first = run(loop, engine.run(request))
    assert first.status is RunStatus.COMPLETED and first.run.total == 8
    first_requests = first.run.requests.total
    nightly = []
    for night in range(1, 9):
        clock.night = night
        mutate(sandbox.world, 0.02, seed=night)
        outcome = run(loop, engine.run(request))
        assert outcome.status is RunStatus.COMPLETED
        assert outcome.run.mode is SyncMode.SCHEDULED
        nightly.append(outcome.run.requests.total)
        for name, age in _ages(loop, db, clock()).items():
            assert age <= Freshness().limit(BY_NAME[name]), (night, name, age)
    # The fast lists every night, a seventh of the slow ones: far below asking everything.
    assert max(nightly) < first_requests / 2
    # A night asks nobody twice and stamps what it asked with the simulated night.
    assert outcome.run.started_at == clock()


def test_a_tendik_is_not_asked_tridharma_and_bkd_nightly(loop, db, sandbox, client):
    ids = run(loop, link_sandbox_people(db, sandbox, 8))
    people = sandbox.world.sdm[:8]
    tendik = {i for i, p in zip(ids, people, strict=True) if is_tendik(p.jenis_sdm)}
    assert tendik and tendik != set(ids)
    clock = NightClock()
    engine = engine_for(db, client, clock=clock)
    daily = parse_freshness("tridharma=1,bkd=1")
    request = SyncRequest(SyncMode.SCHEDULED, scope=ALL, freshness=daily)
    run(loop, engine.run(request))
    clock.night = 1
    run(loop, engine.run(request))
    asked = {
        (s.pegawai_id, s.dataset)
        for s in run(loop, SisterRecordRepository(db).all_states())
        if s.synced_at == clock()
    }
    weekly = [d.name for d in ALL.datasets if d.group in (SisterGroup.TRIDHARMA, SisterGroup.BKD)]
    for pegawai_id in set(ids) - tendik:
        assert all((pegawai_id, name) in asked for name in weekly)
    asked_tendik = {i for i in tendik if (i, "pengajaran") in asked}
    # Only those whose night of the week it is.
    tonight = clock().date().toordinal()
    assert asked_tendik == {i for i in tendik if (tonight + night_offset(i, 7)) % 7 == 0}
    # A week later every tendik's tridharma and BKD is checked again.
    clock.night = 8
    run(loop, engine.run(request))
    for state in run(loop, SisterRecordRepository(db).all_states(weekly)):
        assert clock() - state.synced_at <= timedelta(days=7)
