"""What the window needs of Sinkronisasi in one place: start and cancel a sync, find an
interrupted one, read runs, log lines and an employee's synced SISTER values, export the log.

A thin layer over ``SyncEngine`` and the repositories so the window never touches the store.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.freshness import Freshness, oldest_check
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_estimate import SyncEstimate, estimate_sync
from sister_desktop.domain.sync_log import SisterSummary, SyncLogRow, SyncMode, SyncRun
from sister_desktop.domain.sync_progress import ProgressListener, SyncOutcome, SyncRequest
from sister_desktop.files import log_export
from sister_desktop.services.connection import sister_needed
from sister_desktop.services.night_schedule import NightSchedule, program_command
from sister_desktop.services.sync_engine import ApiProvider, SyncEngine, build_sync_engine
from sister_desktop.store.database import Database
from sister_desktop.store.sister_record_repository import SisterRecordRepository

#: The fewest and the most pegawai of each kind (dosen, tendik) a first run's estimate pulls
#: as its sample: the square root of the kind's count in between. Dosen differ threefold in
#: what they hold, so a sample's mean wanders by about 0.8/sqrt(n) of it.
SAMPLE_MIN = 3
SAMPLE_MAX = 30


@dataclass(frozen=True, slots=True)
class SampledEstimate:
    """A first run's estimate from a sample, the request that reuses the sample's answers,
    how many pegawai were sampled and the requests the sample sent."""

    estimate: SyncEstimate
    request: SyncRequest
    sampled: int
    sample_requests: int = 0

    @property
    def first_sync_requests(self) -> int:
        """The whole first sync: the sample already pulled and the run still to come."""
        return self.estimate.requests + self.sample_requests


@dataclass(frozen=True, slots=True)
class NightPlan:
    """Tonight's scheduled run: its estimate, and the oldest check of the data on hand."""

    estimate: SyncEstimate
    oldest: datetime | None


def pick_sample(kinds: Mapping[int, str], per_kind: int | None = None) -> list[int]:
    """Of each kind ``per_kind`` pegawai (default: the square root of their count, between
    ``SAMPLE_MIN`` and ``SAMPLE_MAX``), spread evenly over the list (the same ones every time
    for the same list)."""
    chosen: list[int] = []
    for kind in sorted(set(kinds.values())):
        people = sorted(p for p, k in kinds.items() if k == kind)
        wanted = per_kind
        if wanted is None:
            wanted = max(SAMPLE_MIN, min(SAMPLE_MAX, math.ceil(math.sqrt(len(people)))))
        size = min(wanted, len(people))
        step = len(people) / size
        chosen += [people[int(n * step)] for n in range(size)]
    return chosen


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
        return self.engine.running

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
        return await self._estimate_of(request, ids, max_rps)

    async def sample_estimate(
        self,
        request: SyncRequest,
        max_rps: float,
        *,
        per_kind: int | None = None,
        on_progress: ProgressListener | None = None,
    ) -> SampledEstimate:
        """The estimate of a first run from a sample: SISTER's SDM list says who is dosen and
        who tendik, a few of each kind are pulled (a run of their own, in the log), and the
        rest is counted from the average of their kind. Returns the estimate and the request
        to run, which reuses the sample's answers instead of asking them again."""
        request = await self.engine.resolved(request)
        started = self.engine.now()
        with sister_needed():
            by_sdm = await self.engine.sdm_kinds()
        targets = await self.engine.linked_targets(request)
        kinds = {t.pegawai_id: by_sdm.get(t.id_sdm or "", "dosen") for t in targets}
        sample = pick_sample(kinds, per_kind)
        sample_requests = 0
        if sample:
            pull = SyncRequest(SyncMode.SELECTED, tuple(sample), scope=request.scope)
            with sister_needed():
                pulled = await self.engine.run(pull, on_progress)
            sample_requests = pulled.run.requests.total - pulled.run.requests.reauth
        then = replace(request, reuse_since=started)
        ids = [t.pegawai_id for t in targets]
        estimate = await self._estimate_of(then, ids, max_rps, kinds)
        return SampledEstimate(estimate, then, len(sample), sample_requests)

    async def _estimate_of(
        self,
        request: SyncRequest,
        ids: list[int],
        max_rps: float,
        kinds: dict[int, str] | None = None,
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
