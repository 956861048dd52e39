"""What the window needs of Sinkronisasi in one place: start and cancel a sync, find an
interrupted one, read runs, log lines and an employee's synced SISTER values, export the log.

A thin layer over ``SyncEngine`` and the repositories so the window never touches the store.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.freshness import Freshness, oldest_check
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_estimate import (
    RUN_REQUESTS,
    SyncEstimate,
    estimate_sync,
    first_pull_costs,
)
from sister_desktop.domain.sync_log import RunStatus, SisterSummary, SyncLogRow, SyncMode, SyncRun
from sister_desktop.domain.sync_progress import ProgressListener, SyncOutcome, SyncRequest
from sister_desktop.domain.sync_sample import (
    SAMPLE_ROUNDS,
    SampleCheck,
    Stratum,
    check_sample,
    first_sizes,
    spread_order,
)
from sister_desktop.files import log_export
from sister_desktop.services.connection import sister_needed
from sister_desktop.services.night_schedule import NightSchedule, program_command
from sister_desktop.services.sync_engine import ApiProvider, SyncEngine, build_sync_engine
from sister_desktop.store.database import Database
from sister_desktop.store.sister_record_repository import SisterRecordRepository


@dataclass(frozen=True, slots=True)
class SampledEstimate:
    """A first run's estimate from a sample (``domain.sync_sample``): the estimate of the run
    still to come, the request that reuses the sample's answers, how many pegawai were
    sampled, the requests the sample sent, in how many rounds (each a run of its own in the
    log), and whether the sample was pulled to its end (not stopped, not failed)."""

    estimate: SyncEstimate
    request: SyncRequest
    sampled: int
    sample_requests: int = 0
    rounds: int = 0
    #: The sample's last round (``None``: nothing needed pulling).
    last: SyncOutcome | None = None
    #: The operator stopped it (``SyncService.cancel``).
    stopped: bool = False

    @property
    def complete(self) -> bool:
        """Whether the sample was pulled to its end, not stopped or failed midway."""
        return not self.stopped and _round_finished(self.last)

    @property
    def first_sync_requests(self) -> int:
        """The whole first sync: the sample already pulled and the run still to come."""
        return self.estimate.requests + self.sample_requests


def _round_finished(last: SyncOutcome | None) -> bool:
    """Whether a sample's last round (``None``: none yet) went to its end, some pegawai
    failed or not: a stopped or failed round ends the sample."""
    return last is None or last.run.status in (RunStatus.COMPLETED, RunStatus.PARTIAL)


#: How long a sample's answers are reused by a run started after it (``with_last_sample``).
SAMPLE_KEPT = timedelta(hours=12)

#: Told when a round of the sample starts: its number (from 1) and the pegawai it pulls.
RoundListener = Callable[[int, int], None]


@dataclass
class _Sample:
    """The rounds of a sample pulled so far."""

    pulled: set[int] = field(default_factory=set)
    requests: int = 0
    rounds: int = 0
    last: SyncOutcome | None = None
    check: SampleCheck = field(default_factory=lambda: SampleCheck(False, math.inf, 0.0, {}))

    @property
    def going(self) -> bool:
        """Whether another round may start: the last one finished, rounds are left."""
        return _round_finished(self.last) and self.rounds < SAMPLE_ROUNDS


@dataclass(frozen=True, slots=True)
class NightPlan:
    """Tonight's scheduled run: its estimate, and the oldest check of the data on hand."""

    estimate: SyncEstimate
    oldest: datetime | None


LogCells = Callable[[SyncLogRow], Sequence[log_export.Cell]]
#: Reads the groups and semesters saved in Pengaturan (``SettingsService.sync_scope``).
ScopeSource = Callable[[], Awaitable[SyncScope]]
#: Reads the freshness limits saved in Pengaturan (``SettingsService.sync_freshness``).
FreshnessSource = Callable[[], Awaitable[Freshness]]


class SyncService:
    """One per open database."""

    def __init__(
        self,
        engine: SyncEngine,
        saved_scope: ScopeSource | None = None,
        saved_freshness: FreshnessSource | None = None,
        night_schedule: NightSchedule | None = None,
    ) -> None:
        self.engine = engine
        self._saved_scope = saved_scope
        self._saved_freshness = saved_freshness
        #: The operating system's nightly job (Jadwalkan sinkronisasi malam).
        self.night_schedule = night_schedule or NightSchedule.here()
        #: pegawai -> "dosen" | "tendik" as SISTER's SDM list said at the last sample: later
        #: estimates average a pegawai never pulled over his own kind too.
        self._kinds: dict[int, str] = {}
        self._sampling = False
        self._sample_stopped = False
        #: The request the last sample returned, until a run uses it (``with_last_sample``).
        self._last_sample: SyncRequest | None = None

    @classmethod
    def over(
        cls,
        db: Database,
        api: ApiProvider,
        *,
        saved_scope: ScopeSource | None = None,
        saved_freshness: FreshnessSource | None = None,
        **options: object,
    ) -> SyncService:
        return cls(build_sync_engine(db, api, **options), saved_scope, saved_freshness)

    async def request(
        self,
        mode: SyncMode,
        pegawai_ids: Iterable[int] = (),
        *,
        full: bool = False,
        groups: frozenset[SisterGroup] | None = None,
    ) -> SyncRequest:
        """The run to start, built one way for the window and ``sync``: the groups and
        semesters saved in Pengaturan (``groups``, as ``sync --groups`` gives them, instead),
        every detail again with ``full`` (Sinkronisasi penuh). A resume pulls what the
        interrupted run pulled, unless ``groups`` chose otherwise."""
        saved = await self._saved_scope() if self._saved_scope is not None else SyncScope()
        scope = replace(saved, full=full)
        if groups is not None:
            scope = replace(scope, groups=groups)
        ids = tuple(sorted(pegawai_ids)) if mode is SyncMode.SELECTED else ()
        freshness = (
            await self._saved_freshness() if self._saved_freshness is not None else Freshness()
        )
        return SyncRequest(
            mode, ids, scope=scope, scope_chosen=groups is not None, freshness=freshness
        )

    async def with_saved_scope(self, request: SyncRequest) -> SyncRequest:
        """``request`` with the groups and semesters saved in Pengaturan; its own ``full``
        (one "Sinkronisasi penuh") stays. Unchanged without saved settings to read."""
        if self._saved_scope is None:
            return request
        saved = await self._saved_scope()
        return replace(request, scope=replace(saved, full=request.scope.full))

    # -- running -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """A run, or a first run's sample (between its rounds too), is on."""
        return self.engine.running or self._sampling

    async def run(
        self,
        request: SyncRequest,
        on_progress: ProgressListener | None = None,
        *,
        saved_scope: bool = False,
    ) -> SyncOutcome:
        """Run a sync of the request's scope (the window and ``sync`` build it from the saved
        one, ``sync --groups`` from its own); ``saved_scope=True`` takes the groups and
        semesters saved in Pengaturan instead, keeping the request's ``full``.
        ``SisterUnavailableError`` when SISTER could not be asked before it began (settings
        incomplete, login refused, unreachable); a run stopped later is a FAILED run."""
        if saved_scope:
            request = await self.with_saved_scope(request)
        if request.reuse_since is not None:
            self._last_sample = None  # reused once: a later run asks everything again
        with sister_needed():
            return await self.engine.run(request, on_progress)

    async def count_targets(self, request: SyncRequest) -> int:
        """How many employees the request would pull, to refuse an empty run before it starts."""
        return await self.engine.count_targets(request)

    async def resolved(self, request: SyncRequest) -> SyncRequest:
        """The request as it will run (a resume pulls what the interrupted run pulled)."""
        return await self.engine.resolved(request)

    async def estimate(
        self, request: SyncRequest, max_rps: float, *, saved_scope: bool = False
    ) -> SyncEstimate:
        """Requests and time the request should take at ``max_rps`` (the configured rate; a
        run paces a little below it), counted from the last pull of each dataset; of the
        request's scope (a choice not saved yet, in Pengaturan), or with ``saved_scope=True``
        of the saved one, as ``run``."""
        if saved_scope:
            request = await self.with_saved_scope(request)
        request = await self.engine.resolved(request)
        ids = await self.engine.target_ids(request)
        kinds = dict(request.kinds) or self._kinds or None
        return await self._estimate_of(request, ids, max_rps, kinds)

    async def sample_estimate(
        self,
        request: SyncRequest,
        max_rps: float,
        *,
        on_progress: ProgressListener | None = None,
        on_round: RoundListener | None = None,
    ) -> SampledEstimate:
        """The estimate of a first run from a sample: SISTER's SDM list says who is dosen and
        who tendik, some of each kind are pulled (runs of their own, in the log) until the
        estimate is within ``SAMPLE_TOLERANCE`` at two sigma or the kind's cap is reached
        (``domain.sync_sample``), and the rest is counted from the average of their kind.
        Returns the estimate and the request to run, which reuses the sample's answers instead
        of asking them again. A sample stopped or failed midway keeps what it pulled and says
        so (``complete``)."""
        request = await self.engine.resolved(request)
        started = self.engine.now()
        self._sampling, self._sample_stopped = True, False
        try:
            with sister_needed():
                by_sdm = await self.engine.sdm_kinds()
            targets = await self.engine.linked_targets(request)
            kinds = {t.pegawai_id: by_sdm.get(t.id_sdm or "", "dosen") for t in targets}
            self._kinds = dict(kinds)
            sample = await self._pull_sample(request.scope, kinds, on_progress, on_round)
        finally:
            self._sampling = False
        then = replace(request, reuse_since=started, kinds=tuple(sorted(kinds.items())))
        self._last_sample = then
        estimate = await self._estimate_of(then, [t.pegawai_id for t in targets], max_rps, kinds)
        margin = round(sample.check.margin) if math.isfinite(sample.check.margin) else 0
        return SampledEstimate(
            replace(estimate, margin=margin),
            then,
            len(sample.pulled),
            sample.requests,
            sample.rounds,
            sample.last,
            self._sample_stopped,
        )

    def with_last_sample(self, request: SyncRequest) -> SyncRequest:
        """``request`` reusing the answers of this session's last sample (and its kinds),
        when it pulls what the sample was taken for and no run has used it yet: a first run
        declined after its sample ("Nanti saja") and started later asks them nothing again.
        Unchanged otherwise."""
        sample = self._last_sample
        if (
            sample is None
            or request.mode is not sample.mode
            or request.pegawai_ids != sample.pegawai_ids
            or request.scope != sample.scope
            or sample.reuse_since is None
            or self.engine.now() - sample.reuse_since > SAMPLE_KEPT
        ):
            return request
        return replace(request, reuse_since=sample.reuse_since, kinds=sample.kinds)

    async def _pull_sample(
        self,
        scope: SyncScope,
        kinds: Mapping[int, str],
        on_progress: ProgressListener | None,
        on_round: RoundListener | None,
    ) -> _Sample:
        """Pull rounds of the sample until ``check_sample`` says it is enough (or it cannot
        grow, a round did not finish, the operator stopped it, or ``SAMPLE_ROUNDS``)."""
        orders = {
            kind: spread_order(sorted(p for p, k in kinds.items() if k == kind))
            for kind in sorted(set(kinds.values()))
        }
        records = SisterRecordRepository(self.engine.runs.db)
        sample = _Sample()
        sizes = first_sizes({kind: len(order) for kind, order in orders.items()})
        while True:
            costs = first_pull_costs(
                scope.datasets, await records.all_states([d.name for d in scope.datasets])
            )
            pulled = {kind: [p for p in order if p in costs] for kind, order in orders.items()}
            wanted = [
                p
                for kind, order in orders.items()
                for p in [p for p in order if p not in costs][: sizes[kind] - len(pulled[kind])]
            ]
            if wanted and sample.going and not self._sample_stopped:
                if on_round is not None:
                    on_round(sample.rounds + 1, len(wanted))
                if self._sample_stopped:  # stopped as the round was announced
                    continue
                sample.rounds += 1
                pull = SyncRequest(SyncMode.SAMPLE, tuple(sorted(wanted)), scope=scope)
                with sister_needed():
                    sample.last = await self.engine.run(pull, on_progress)
                counters = sample.last.run.requests
                sample.requests += counters.total - counters.reauth
                sample.pulled.update(wanted)
                continue
            strata = {
                kind: Stratum(tuple(costs[p] for p in mine), len(orders[kind]) - len(mine))
                for kind, mine in pulled.items()
            }
            # Each round and the run to come read the SDM list and the reference lists.
            sample.check = check_sample(strata, RUN_REQUESTS * (sample.rounds + 1))
            done = sample.check.enough or sample.check.sizes == sizes
            if done or not sample.going or self._sample_stopped:
                return sample
            sizes = sample.check.sizes

    async def _estimate_of(
        self,
        request: SyncRequest,
        ids: list[int],
        max_rps: float,
        kinds: Mapping[int, str] | None = None,
    ) -> SyncEstimate:
        datasets = [d.name for d in request.scope.datasets]
        states = await SisterRecordRepository(self.engine.runs.db).all_states(datasets)
        only = None
        if self.engine.plans_per_pegawai(request):
            due = await self.engine.due_lists(request, ids)
            only = {i: {d.name for d in ds} for i, ds in due.items()}
        paced = estimate_sync(
            ids, request.scope, states, max_rps * self.engine.rate_margin, only=only, kinds=kinds
        )
        return replace(paced, rate=max_rps)  # the operator's figure, not the margin

    async def tonight(self, max_rps: float) -> NightPlan:
        """What tonight's scheduled run will cost, and the oldest data on hand (the oldest
        successful check of the saved groups' lists)."""
        request = await self.request(SyncMode.SCHEDULED)
        estimate = await self.estimate(request, max_rps)
        datasets = request.scope.datasets
        states = await SisterRecordRepository(self.engine.runs.db).all_states(
            [d.name for d in datasets]
        )
        return NightPlan(estimate, oldest_check(datasets, states))

    # -- the nightly job ---------------------------------------------------------------------

    async def night_scheduled(self) -> bool:
        """Whether the operating system's nightly job exists."""
        return await asyncio.to_thread(self.night_schedule.exists)

    async def schedule_nights(self, on: bool) -> None:
        """Create (``on``) or remove the nightly job running ``sync --scheduled`` on this
        database; ``ScheduleError`` with the system's words when it refuses."""
        if on:
            command = program_command(self.engine.runs.db.command_line_url)
            await asyncio.to_thread(self.night_schedule.create, command)
        else:
            await asyncio.to_thread(self.night_schedule.remove)

    def cancel(self) -> None:
        """Stop the run on; a sample also starts no further round."""
        if self._sampling:
            self._sample_stopped = True
        self.engine.cancel()

    async def find_interrupted(self) -> SyncRun | None:
        return await self.engine.find_interrupted()

    async def resumable_run(self) -> SyncRun | None:
        return await self.engine.resumable_run()

    # -- reading -----------------------------------------------------------------------------

    async def runs(self, limit: int = 200) -> list[SyncRun]:
        return await self.engine.runs.runs(limit)

    async def results(self, run_id: str, *, failures_only: bool = False) -> list[SyncLogRow]:
        return await self.engine.runs.results(run_id, failures_only=failures_only)

    async def changes_in_run(self, run_id: str) -> list[SyncLogRow]:
        return await self.engine.runs.changes_in_run(run_id)

    async def summary(self, pegawai_id: int) -> SisterSummary | None:
        return await self.engine.sister_data.summary(pegawai_id)

    async def summaries(self, pegawai_ids: Sequence[int] | None = None) -> dict[int, SisterSummary]:
        return await self.engine.sister_data.summaries(pegawai_ids)

    # -- export ------------------------------------------------------------------------------

    async def export_log(
        self,
        rows: Sequence[SyncLogRow],
        path: Path,
        *,
        headers: Sequence[str],
        cells: LogCells,
    ) -> Path:
        """Write ``rows`` to ``path`` as XLSX or CSV (by the extension) off the loop."""
        values = [cells(row) for row in rows]
        if Path(path).suffix.lower() == ".csv":
            return await run_cpu(log_export.write_csv, Path(path), headers, values)
        highlight = [row.status != "ok" for row in rows]
        return await run_cpu(
            log_export.write_xlsx, Path(path), headers, values, highlight=highlight
        )
