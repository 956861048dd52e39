"""The estimate before a first run, from SISTER's SDM list and a small sample of dosen and
tendik, against what the run then sends to the real sandbox over loopback."""

from __future__ import annotations

import pytest

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.services.sync_service import SyncService, pick_sample
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sync_world import engine_for, link_sandbox_people, run, sandbox_client

ALL = SyncScope(groups=frozenset(SisterGroup))


@pytest.fixture
def client(loop, sandbox):
    c = run(loop, sandbox_client(sandbox))
    yield c
    run(loop, c.aclose())


def test_the_sample_is_of_each_kind_and_spread_over_the_list():
    kinds = {n: "tendik" if n % 5 == 0 else "dosen" for n in range(1, 41)}
    sample = pick_sample(kinds)
    assert [kinds[p] for p in sample].count("tendik") == 3
    assert [kinds[p] for p in sample].count("dosen") == 6  # the square root of 32, rounded up
    assert sample == pick_sample(kinds)
    assert pick_sample({1: "tendik"}, 3) == [1]


def test_a_first_runs_estimate_from_a_sample_beats_the_guess_and_is_reused(
    loop, db, sandbox, client
):
    """The goal is 15 %; in this world of 24 dosen whose costs differ from 74 to 678 requests,
    a sample of 6 dosen (the square root) lands about 22 % low, printed with ``-s``. The test
    holds what the sample earns: a figure closer than the guess without one, and reused."""
    run(loop, link_sandbox_people(db, sandbox, 30))
    service = SyncService(engine_for(db, client))
    request = SyncRequest(SyncMode.ALL, scope=ALL)
    without = run(loop, service.estimate(request, 4.0))
    assert without.basis == 0 and not without.from_last_run  # says it is a guess

    sampled = run(loop, service.sample_estimate(request, 4.0))
    assert 6 <= sampled.sampled <= 9 and sampled.estimate.basis == sampled.sampled
    assert sampled.estimate.pegawai == 30
    states = SisterRecordRepository(db)
    sample_checks = {
        (s.pegawai_id, s.dataset, s.scope): s.synced_at for s in run(loop, states.all_states())
    }

    outcome = run(loop, service.run(sampled.request))
    assert outcome.status is RunStatus.COMPLETED and outcome.run.total == 30
    done = outcome.run.requests.total - outcome.run.requests.reauth
    first_sync = done + sampled.sample_requests
    error = abs(sampled.first_sync_requests - first_sync) / first_sync
    rest = abs(sampled.estimate.requests - done) / done
    print(f"first sync: estimate {sampled.first_sync_requests}, done {first_sync}: {error:.1%}")
    print(f"after the sample: estimate {sampled.estimate.requests}, done {done}: {rest:.1%}")
    guess = abs(without.requests - first_sync) / first_sync
    print(f"without a sample: estimate {without.requests}: {guess:.1%}")
    assert error < guess and error <= 0.25
    # The sample's answers were reused, not asked again.
    after = {
        (s.pegawai_id, s.dataset, s.scope): s.synced_at for s in run(loop, states.all_states())
    }
    assert all(after[key] == at for key, at in sample_checks.items())
