"""The progress of a running sync as the window and ``sync`` see it: counts, estimate, pause,
the tail of errors, and a listener that fails without stopping anything."""

from __future__ import annotations

from datetime import UTC, datetime

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sync_log import RunStatus, SyncMode, SyncRun, TargetStatus
from sister_desktop.domain.sync_progress import ErrorLine, SyncProgress
from sister_desktop.services.sync_progress import (
    ERROR_TAIL,
    ProgressReporter,
    RateMeter,
    RunState,
)
from sister_desktop.sister.client import SisterClient
from tests.sister.helpers import FAST, creds


def _run() -> SyncRun:
    return SyncRun(
        "run-1", RunStatus.RUNNING, SyncMode.ALL, datetime.now(UTC), None, "hr", "pc", 3, 0, 0, 0
    )


def _error(n: int) -> ErrorLine:
    return ErrorLine(n, f"P{n}", None, "kepangkatan", 500, None, ErrorCode.SERVER_ERROR)


def test_run_state_counts_and_keeps_only_the_last_errors():
    state = RunState(_run(), SyncMode.ALL, 3)
    for status in (TargetStatus.OK, TargetStatus.FAILED, TargetStatus.SKIPPED):
        state.count(status)
    assert (state.ok, state.failed, state.skipped, state.done) == (1, 1, 1, 3)
    for n in range(ERROR_TAIL + 5):
        state.errors.append(_error(n))
    assert len(state.errors) == ERROR_TAIL
    assert state.errors[0].pegawai_id == 5


def test_the_rate_needs_half_a_second_of_samples():
    meter = RateMeter()
    assert meter.add(0) == 0.0
    assert meter.add(10) == 0.0  # too soon to say


def test_reporter_sends_snapshots_and_survives_a_failing_listener(loop, sandbox):
    seen: list[SyncProgress] = []
    saved: list[str] = []

    async def save(run_id, _counters):
        saved.append(run_id)

    def listener(progress: SyncProgress) -> None:
        seen.append(progress)
        raise RuntimeError("a broken display")

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            state = RunState(_run(), SyncMode.ALL, 2)
            reporter = ProgressReporter(state, client, client.counters.snapshot(), listener, save)
            reporter.emit()  # the listener raises: logged, not propagated
            state.count(TargetStatus.OK)
            state.pulling[1] = "Budi"
            state.errors.append(_error(7))
            await client.get_json("/referensi/profil_pt")
            reporter.emit()
            state.count(TargetStatus.FAILED)
            state.finished = True
            reporter.emit()
            return reporter.counters()

    counters = loop.run_until_complete(scenario())
    first, middle, last = seen
    assert (first.done, first.eta_s, first.paused) == (0, None, False)
    assert (middle.done, middle.ok, middle.pulling) == (1, 1, ("Budi",))
    assert middle.errors == (_error(7),)
    assert (last.done, last.failed, last.eta_s, last.finished) == (2, 1, 0.0, True)
    assert counters.total >= 1  # the login and the data call, counted from the start
    assert saved == []  # counters are saved every 15 s by the ticker, not on each event


def test_the_plan_counts_details_and_is_refined_as_lists_come(loop, db, sandbox):
    """The time left counts every request of the run, details too: the estimate's figure at
    first, then each pegawai's own once its lists are in."""
    from sister_desktop.domain.sister_groups import SyncScope
    from sister_desktop.domain.sync_progress import SyncRequest
    from tests.sync_world import (
        RUN_REQUESTS,
        engine_for,
        expected_requests,
        link_sandbox_people,
        sandbox_client,
    )

    state = RunState(_run(), SyncMode.ALL, 4, planned_requests=400.0, planned_pegawai=4)
    state.planned_for_pegawai(250)  # a long career: 150 more than the average
    assert state.planned_requests == 550.0
    state.planned_for_pegawai(40)
    assert state.planned_requests == 490.0

    # A real run: what the pegawai told the plan adds up to what they sent.
    told: list[int] = []
    original = RunState.planned_for_pegawai

    def spy(self, requests):  # type: ignore[no-untyped-def]
        told.append(requests)
        original(self, requests)

    async def scenario():
        await link_sandbox_people(db, sandbox, 3)
        client = await sandbox_client(sandbox)
        try:
            RunState.planned_for_pegawai = spy  # type: ignore[method-assign]
            outcome = await engine_for(db, client).run(SyncRequest(SyncMode.ALL))
        finally:
            RunState.planned_for_pegawai = original  # type: ignore[method-assign]
            await client.aclose()
        return outcome

    outcome = loop.run_until_complete(scenario())
    assert sum(told) == expected_requests(sandbox, sandbox.world.sdm[:3], SyncScope())
    assert outcome.run.requests.total == RUN_REQUESTS + sum(told) + 1


def test_the_bar_counts_requests_of_the_plan_and_fills_when_the_run_is_done(loop, sandbox):
    """Requests sent of those planned (never past the plan), the linked pegawai apart from the
    skipped ones; at the end the bar is full whatever the plan said."""
    seen: list[SyncProgress] = []

    async def save(_run_id, _counters):
        return None

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            state = RunState(_run(), SyncMode.ALL, 3, planned_requests=2, planned_pegawai=2)
            reporter = ProgressReporter(
                state, client, client.counters.snapshot(), seen.append, save
            )
            state.count(TargetStatus.SKIPPED)  # the one not linked: no request
            reporter.emit()
            for _ in range(3):  # more than planned (with the login)
                await client.get_json("/referensi/profil_pt")
            reporter.emit()
            state.count(TargetStatus.OK)
            state.count(TargetStatus.OK)
            state.finished = True
            reporter.emit()

    loop.run_until_complete(scenario())
    skipped, over, last = seen
    assert (skipped.to_pull, skipped.pulled, skipped.skipped) == (2, 0, 1)
    assert (skipped.requests_done, skipped.requests_planned) == (0, 2)
    assert over.requests_done >= 3 and over.requests_planned == over.requests_done
    assert last.requests_done == last.requests_planned and last.pulled == 2
