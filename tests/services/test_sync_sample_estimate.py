"""The estimate before a first run, from SISTER's SDM list and a sequential sample of dosen and
tendik, against what the run then sends to the real sandbox over loopback. The figures are
printed with ``-s``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_estimate import RUN_REQUESTS, estimate_sync
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.domain.sync_sample import SAMPLE_MIN, SAMPLE_TOLERANCE
from sister_desktop.services.sync_service import SyncService
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sync_world import FAST_OPTIONS, engine_for, link_sandbox_people, run, sandbox_client

ALL = SyncScope(groups=frozenset(SisterGroup))
#: The sandbox answers as fast as the machine lets it: the pace is not what is tested here.
QUICK = replace(FAST_OPTIONS, max_rps=400.0)


def _first_sync(loop, db, client, label: str):
    """Estimate without a sample, then with one, then run; print and return the figures."""
    service = SyncService(engine_for(db, client))
    request = SyncRequest(SyncMode.ALL, scope=ALL)
    without = run(loop, service.estimate(request, 4.0))
    rounds: list[tuple[int, int]] = []
    sampled = run(loop, service.sample_estimate(request, 4.0, on_round=lambda *r: rounds.append(r)))
    records = SisterRecordRepository(db)
    before = run(loop, records.all_states())
    sample_checks = {(s.pegawai_id, s.dataset, s.scope): s.synced_at for s in before}
    planned: list[int] = []
    outcome = run(
        loop,
        service.run(
            sampled.request,
            lambda p: planned.append(p.requests_planned) if p.requests_planned else None,
        ),
    )
    done = outcome.run.requests.total - outcome.run.requests.reauth
    first_sync = done + sampled.sample_requests
    error = abs(sampled.first_sync_requests - first_sync) / first_sync
    guess = abs(without.requests - first_sync) / first_sync
    kinds = list(dict(sampled.request.kinds).values())
    print(f"\n{label}: {kinds.count('dosen')} dosen, {kinds.count('tendik')} tendik")
    print(
        f"  sample: {sampled.sampled} pegawai in {sampled.rounds} rounds {rounds}, "
        f"{sampled.sample_requests} requests"
    )
    print(
        f"  first sync: estimate {sampled.first_sync_requests} ± {sampled.estimate.margin}, "
        f"done {first_sync}: {error:.1%} off"
    )
    print(f"  the run after the sample: estimate {sampled.estimate.requests}, done {done}")
    print(f"  without a sample (a guess): {without.requests}: {guess:.1%} off")
    _print_by_dataset(loop, db, sampled, before)
    after = {
        (s.pegawai_id, s.dataset, s.scope): s.synced_at for s in run(loop, records.all_states())
    }
    return without, sampled, outcome, first_sync, error, planned, sample_checks, after


def _print_by_dataset(loop, db, sampled, before) -> None:
    """What the estimate of the run after the sample said per dataset, against what it did:
    the datasets furthest off."""
    after = run(loop, SisterRecordRepository(db).all_states())
    kinds = dict(sampled.request.kinds)
    seen = {s.pegawai_id for s in before}
    rest = [p for p in kinds if p not in seen]
    lines = []
    for dataset in ALL.datasets:
        only = {p: {dataset.name} if p in rest else set() for p in kinds}
        estimate = estimate_sync(list(kinds), ALL, before, 4.0, only=only, kinds=kinds)
        done = sum(
            s.list_requests + s.detail_requests
            for s in after
            if s.pegawai_id in rest and s.dataset == dataset.name
        )
        lines.append((estimate.requests - RUN_REQUESTS, done, dataset.name))
    lines.sort(key=lambda line: -abs(line[0] - line[1]))
    print("  per dataset, furthest off (estimate/done): ", end="")
    print(", ".join(f"{name} {e}/{d}" for e, d, name in lines[:6]))


@pytest.fixture
def quick(loop):
    """A client of the given sandbox that does not wait for its pace; closed after."""
    clients = []

    def make(sandbox):
        c = run(loop, sandbox_client(sandbox, QUICK))
        clients.append(c)
        return c

    yield make
    for c in clients:
        run(loop, c.aclose())


def test_the_sandbox_worlds_first_sync_is_estimated_within_15_percent(loop, db, sandbox, quick):
    """30 pegawai, 24 of them dosen whose first sync costs 76 to 684 requests: the sample
    grows until two standard errors are within 15 %, and the estimate lands within it."""
    run(loop, link_sandbox_people(db, sandbox, 30))
    without, sampled, outcome, first_sync, error, planned, sample_checks, after = _first_sync(
        loop, db, quick(sandbox), "the sandbox world"
    )
    assert without.basis == 0 and not without.from_last_run  # says it is a guess
    assert sampled.complete and sampled.rounds >= 2  # the spread asked for more than the first
    assert sampled.estimate.basis == sampled.sampled < 30 and sampled.estimate.pegawai == 30
    assert 0 < sampled.estimate.margin <= SAMPLE_TOLERANCE * sampled.first_sync_requests
    assert outcome.status is RunStatus.COMPLETED and outcome.run.total == 30
    assert error <= SAMPLE_TOLERANCE
    # The run after the sample is within the margin told, and its progress started from the
    # same figure the operator was told.
    done = first_sync - sampled.sample_requests
    assert abs(sampled.estimate.requests - done) <= sampled.estimate.margin
    assert planned[0] == sampled.estimate.requests
    # The sample's answers were reused, not asked again.
    assert all(after[key] == at for key, at in sample_checks.items())


def test_a_campus_of_mostly_tendik_is_estimated_within_15_percent(loop, db, sandbox_factory, quick):
    """20 tendik and 6 dosen: tendik differ little, so the first few of them tell the rest."""
    sandbox = sandbox_factory(size=100)
    sdm = sandbox.world.sdm
    tendik = [i for i, p in enumerate(sdm) if p.jenis_sdm == "Tendik"]
    dosen = [i for i, p in enumerate(sdm) if p.jenis_sdm == "Dosen"][:6]
    run(loop, link_sandbox_people(db, sandbox, chosen=sorted(tendik + dosen)))
    _, sampled, outcome, _, error, _, sample_checks, after = _first_sync(
        loop, db, quick(sandbox), "a campus of mostly tendik"
    )
    kinds = list(dict(sampled.request.kinds).values())
    assert kinds.count("tendik") == 20 and kinds.count("dosen") == 6
    assert outcome.status is RunStatus.COMPLETED
    in_sample = {pegawai for pegawai, _, _ in sample_checks}
    pulled = [kind for pegawai, kind in sampled.request.kinds if pegawai in in_sample]
    assert pulled.count("tendik") == SAMPLE_MIN  # the rest of the tendik are counted
    assert error <= SAMPLE_TOLERANCE
    assert all(after[key] == at for key, at in sample_checks.items())


def test_a_sample_stopped_as_its_round_starts_pulls_nothing_more(loop, db, sandbox, quick):
    """Stopped between two rounds (here as the first is announced): no further run starts,
    and the estimate says the sample is not complete."""
    run(loop, link_sandbox_people(db, sandbox, 10))
    service = SyncService(engine_for(db, quick(sandbox)))
    request = SyncRequest(SyncMode.ALL, scope=SyncScope(groups=frozenset({SisterGroup.DOKUMEN})))
    sampled = run(loop, service.sample_estimate(request, 4.0, on_round=lambda *_: service.cancel()))
    assert sampled.stopped and not sampled.complete and sampled.rounds == 0
    assert run(loop, service.runs()) == [] and not service.running
    assert sampled.estimate.basis == 0  # nothing pulled: still a guess
