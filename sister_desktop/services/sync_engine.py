"""Sinkronisasi: pull every linked employee's data from SISTER into the local database.

At the start of a run: the cached ``referensi`` lists (the semesters among them) and one
``GET /referensi/sdm``. Per employee: every dataset of the request's scope (the groups of
``domain.sister_groups``), each list whole and only the details of new and changed records
(``services.sync_pull``). The client paces and bounds the requests; the engine keeps enough
employees in progress to use that budget, and writes an employee only when all of their calls
are done, in one transaction: their records (the raw answers, the one stored form; the
derived values are read from them through ``domain.sister_answers``), the derived values, the
log lines. One failing
dataset is recorded for that dataset and the rest goes on; an error of the whole service
(credential refused, SISTER unreachable) stops the run, resumable.

The window (through ``SyncService``) and ``sister-desktop sync`` both come through here;
progress goes to a plain callback (no Qt in this layer) through ``services.sync_progress``, as
the records of ``domain.sync_progress``.
"""

from __future__ import annotations

import asyncio
import gc
import getpass
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sister_desktop.domain.changes import to_payload
from sister_desktop.domain.derived import derive
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.freshness import checked_since, due_datasets, is_tendik
from sister_desktop.domain.records import SdmRow
from sister_desktop.domain.semesters import recent_semesters, semester_ids_by_name
from sister_desktop.domain.sister_groups import REFERENSI_CACHED, Dataset, SyncScope
from sister_desktop.domain.sister_records import DatasetState
from sister_desktop.domain.sync_estimate import estimate_sync
from sister_desktop.domain.sync_log import (
    EndpointOutcome,
    NothingToResumeError,
    PegawaiOutcome,
    RunStatus,
    SisterSummary,
    SyncMode,
    SyncRun,
    SyncTarget,
    TargetStatus,
)
from sister_desktop.domain.sync_progress import (
    ErrorLine,
    PegawaiResult,
    ProgressListener,
    SyncOutcome,
    SyncPhase,
    SyncRequest,
)
from sister_desktop.services.sync_lock import SyncLock
from sister_desktop.services.sync_progress import ProgressReporter, RunState
from sister_desktop.services.sync_pull import (
    RUN_STOPPING_ERRORS,
    PegawaiPull,
    RunPlan,
    StopRunError,
    pull_pegawai,
)
from sister_desktop.sister.api import SDM_ENDPOINT, SisterApi
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import SisterError
from sister_desktop.sister.pacing import RATE_MARGIN
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_data_repository import SisterDataRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from sister_desktop.store.sync_repository import AlreadyRecordedError, SyncRepository

log = logging.getLogger(__name__)

ApiProvider = Callable[[], Awaitable[SisterApi]]
_T = TypeVar("_T")


class _StoppedError(Exception):
    """A stop was asked while the run was still reading what comes before the pegawai."""


def current_operator() -> str | None:
    try:
        return getpass.getuser()
    except Exception:
        return None


class SyncEngine:
    """Runs syncs on one database, one at a time (the lock also guards other workstations)."""

    def __init__(
        self,
        sync_repository: SyncRepository,
        pegawai_repository: PegawaiRepository,
        sister_data: SisterDataRepository,
        api: ApiProvider,
        lock: SyncLock,
        *,
        operator: str | None = None,
        concurrency: int | None = None,
        cancel_grace_s: float = 5.0,
        progress_interval_s: float = 0.5,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.runs = sync_repository
        self.pegawai = pegawai_repository
        self.sister_data = sister_data
        self._api_provider = api
        self.lock = lock
        self.operator = operator if operator is not None else current_operator()
        if lock.user is None:
            lock.user = self.operator
        self._concurrency = concurrency
        self._cancel_grace_s = cancel_grace_s
        self._progress_interval_s = progress_interval_s
        #: The runs' clock (the repository's): what a list's age is measured with.
        self._clock = sync_repository.clock
        self._today = today if today is not None else lambda: self._clock().date()
        self._cancel = asyncio.Event()
        self._running = False
        #: One employee's transaction at a time: SQLite has one writer anyway, and waiting
        #: here is cheaper than waiting on the file lock in a driver thread.
        self._write_lock = asyncio.Lock()

    # -- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Stop gracefully: no new employee starts; in-flight ones finish (up to a grace
        time); finished employees are kept; the run is marked cancelled and can be resumed."""
        if self._running:
            self._cancel.set()

    async def find_interrupted(self) -> SyncRun | None:
        """Runs left "running" by a crash become ``interrupted``; returns the newest resumable
        run when it was interrupted (what the window offers to resume at start-up)."""
        holder = await self.lock.holder()
        for run in await self.runs.running_runs():
            if holder is not None and holder.run_id == run.id:
                continue  # really running, elsewhere
            log.warning("Sync run %s was cut short; marking it interrupted", run.id)
            await self.runs.set_status(run.id, RunStatus.INTERRUPTED)
        resumable = await self.runs.resumable_run()
        if resumable is not None and resumable.status is RunStatus.INTERRUPTED:
            return resumable
        return None

    async def resumable_run(self) -> SyncRun | None:
        await self.find_interrupted()
        return await self.runs.resumable_run()

    # -- the run -----------------------------------------------------------------------------

    async def run(
        self, request: SyncRequest, on_progress: ProgressListener | None = None
    ) -> SyncOutcome:
        """Sync and return the recorded run.

        Raises ``SyncLockedError`` (someone else syncs), ``NothingToResumeError``, or whatever
        the API provider raises for missing settings, before anything is recorded.
        """
        if self._running:
            raise RuntimeError("a sync is already running in this program")
        self._running = True
        self._cancel = asyncio.Event()
        try:
            await self.lock.acquire()
            try:
                return await self._run_locked(request, on_progress)
            finally:
                await self.lock.release()
        finally:
            self._running = False

    async def count_targets(self, request: SyncRequest) -> int:
        """How many employees ``request`` would pull now (nothing recorded)."""
        if request.mode is SyncMode.RESUME:
            previous = await self.runs.resumable_run()
            return 0 if previous is None else previous.total
        targets, _ = await self._targets(request)
        return len(targets)

    async def resolved(self, request: SyncRequest) -> SyncRequest:
        """``request`` as it will run: a resume pulls what the interrupted run pulled (its
        groups, semesters, full or not), so the pegawai it finishes get the same data as those
        done before the stop, unless the resume chose its own (``scope_chosen``); asked to be
        full, it is full."""
        if request.mode is not SyncMode.RESUME or request.scope_chosen:
            return request
        previous = await self.runs.resumable_run()
        if previous is None or previous.pulled is None:
            return request
        full = previous.pulled.full or request.scope.full
        return replace(request, scope=replace(previous.pulled, full=full))

    async def target_ids(self, request: SyncRequest) -> list[int]:
        """The employees ``request`` would pull now, by id (what the estimate counts)."""
        if request.mode is SyncMode.RESUME:
            previous = await self.runs.resumable_run()
            if previous is None:
                return []
        targets, _ = await self._targets(request)
        return [t.pegawai_id for t in targets if t.id_sdm is not None]

    async def linked_targets(self, request: SyncRequest) -> list[SyncTarget]:
        """The linked employees ``request`` would pull now."""
        targets, _ = await self._targets(request)
        return [t for t in targets if t.id_sdm is not None]

    async def sdm_kinds(self) -> dict[str, str]:
        """``id_sdm -> "dosen" | "tendik"`` from SISTER's SDM list (one request)."""
        api = await self._api_provider()
        rows = await api.referensi_sdm()
        return {row.id_sdm: "tendik" if is_tendik(row.jenis_sdm) else "dosen" for row in rows}

    def now(self) -> datetime:
        """The runs' clock."""
        return self._clock()

    @property
    def rate_margin(self) -> float:
        """The fraction of the configured rate the client's pacer keeps to (for estimates)."""
        return RATE_MARGIN

    async def _targets(self, request: SyncRequest) -> tuple[list[SyncTarget], str | None]:
        mode = request.mode
        if mode is SyncMode.RESUME:
            previous = await self.runs.resumable_run()
            if previous is None:
                raise NothingToResumeError()
            pending = await self.runs.targets(previous.id, TargetStatus.PENDING)
            current = {
                p.id: p for p in await self.pegawai.get_many([t.pegawai_id for t in pending])
            }
            targets = [
                SyncTarget(t.pegawai_id, current[t.pegawai_id].nama, current[t.pegawai_id].id_sdm)
                if t.pegawai_id in current
                else t
                for t in pending
            ]
            return targets, previous.id
        if mode is SyncMode.ALL:
            people = [p for p in await self.pegawai.list_all() if p.id_sdm is not None]
        elif mode is SyncMode.SCHEDULED:
            linked = [p for p in await self.pegawai.list_all() if p.id_sdm is not None]
            due = await self.due_lists(request, [p.id for p in linked])
            people = [p for p in linked if due.get(p.id)]
        elif mode is SyncMode.FAILED:
            failed = await self._failed_ids()
            people = [p for p in await self.pegawai.get_many(failed) if p.id_sdm is not None]
        else:
            wanted = list(dict.fromkeys(request.pegawai_ids))
            found = {p.id: p for p in await self.pegawai.get_many(wanted)}
            return [
                SyncTarget(i, found[i].nama, found[i].id_sdm)
                if i in found
                else SyncTarget(i, "", None)
                for i in wanted
            ], None
        return [SyncTarget(p.id, p.nama, p.id_sdm) for p in people], None

    @staticmethod
    def plans_per_pegawai(request: SyncRequest) -> bool:
        """Whether the run asks each pegawai only some lists (``due_lists``)."""
        return request.mode is SyncMode.SCHEDULED or request.reuse_since is not None

    async def due_lists(
        self,
        request: SyncRequest,
        pegawai_ids: Sequence[int],
        tendik: Collection[int] = (),
    ) -> dict[int, tuple[Dataset, ...]]:
        """Per pegawai, the datasets of the request's scope the run asks: tonight's due lists
        of a scheduled run (``domain.freshness``; ``tendik`` are the pegawai SISTER's SDM list
        calls tendik), and without those checked since ``reuse_since``."""
        datasets = request.scope.datasets
        by_pegawai: dict[int, list[DatasetState]] = {}
        for state in await SisterRecordRepository(self.runs.db).all_states(
            [d.name for d in datasets]
        ):
            by_pegawai.setdefault(state.pegawai_id, []).append(state)
        now = self._clock()
        due: dict[int, tuple[Dataset, ...]] = {}
        for pegawai_id in pegawai_ids:
            states = by_pegawai.get(pegawai_id, [])
            mine = datasets
            if request.mode is SyncMode.SCHEDULED:
                mine = due_datasets(
                    pegawai_id,
                    datasets,
                    states,
                    now=now,
                    freshness=request.freshness,
                    tendik=pegawai_id in tendik,
                )
            if request.reuse_since is not None:
                since = request.reuse_since
                mine = tuple(d for d in mine if not checked_since(d, states, since))
            due[pegawai_id] = mine
        return due

    async def _failed_ids(self) -> list[int]:
        from sister_desktop.store.sister_data_repository import SisterDataRepository

        return await SisterDataRepository(self.runs._db).failed_pegawai_ids()

    async def _run_locked(
        self, request: SyncRequest, on_progress: ProgressListener | None
    ) -> SyncOutcome:
        await self.find_interrupted()
        request = await self.resolved(request)
        targets, resumed_from = await self._targets(request)
        api = await self._api_provider()
        # Everything alive now (modules, Qt wrappers, caches) is set aside from the collector for
        # the run: a full collection over it stalls the loop ~70 ms, long enough to bunch paced
        # requests into a burst that SISTER answers with a lockout. Released afterwards.
        gc.freeze()
        try:
            return await self._run_with(api, request, targets, resumed_from, on_progress)
        finally:
            gc.unfreeze()

    async def _run_with(
        self,
        api: SisterApi,
        request: SyncRequest,
        targets: list[SyncTarget],
        resumed_from: str | None,
        on_progress: ProgressListener | None,
    ) -> SyncOutcome:
        client = api.client
        start_counters = client.counters.snapshot()
        run = await self.runs.create_run(
            mode=request.mode,
            targets=targets,
            started_by=self.operator,
            host=self.lock.host,
            resumed_from=resumed_from,
            pulled=request.scope,
        )
        await self.lock.attach_run(run.id)
        log.info(
            "Sync %s started (%s, %d pegawai%s)",
            run.id,
            request.mode.value,
            len(targets),
            f", resuming {resumed_from}" if resumed_from else "",
        )
        linked = [t.pegawai_id for t in targets if t.id_sdm is not None]
        due = await self.due_lists(request, linked) if self.plans_per_pegawai(request) else None
        planned = await self._planned_requests(
            linked, request.scope, client.options.max_rps, due, dict(request.kinds) or None
        )
        state = RunState(run, request.mode, len(targets), planned, len(linked))
        reporter = ProgressReporter(
            state, client, start_counters, on_progress, self.runs.save_requests
        )
        reporter.start(self._progress_interval_s)
        results: list[PegawaiResult] = []
        status: RunStatus
        error_code: ErrorCode | None = None
        try:
            status, error_code = await self._pull_all(
                api, request, run, targets, state, reporter, results
            )
        except asyncio.CancelledError:
            # The program is closing: what is written stays, the run can be resumed.
            status = RunStatus.CANCELLED
            await reporter.stop()
            await asyncio.shield(self._close_run(run, status, None, reporter, state))
            raise
        finally:
            await reporter.stop()
        finished = await self._close_run(run, status, error_code, reporter, state)
        return SyncOutcome(finished, tuple(results))

    async def _close_run(
        self,
        run: SyncRun,
        status: RunStatus,
        error_code: ErrorCode | None,
        reporter: ProgressReporter,
        state: RunState,
    ) -> SyncRun:
        finished = await self.runs.finish_run(
            run.id, status, reporter.counters(), error_code=error_code
        )
        log.info(
            "Sync %s %s: %d ok, %d failed, %d skipped of %d; %d requests (%d retried, "
            "%d rate-limited, %d re-logins)%s",
            run.id,
            status.value,
            finished.ok,
            finished.failed,
            finished.skipped,
            finished.total,
            finished.requests.total,
            finished.requests.retried,
            finished.requests.rate_limited,
            finished.requests.reauth,
            f"; stopped: {error_code}" if error_code else "",
        )
        state.finished = True
        reporter.emit()
        return finished

    async def _pull_all(
        self,
        api: SisterApi,
        request: SyncRequest,
        run: SyncRun,
        targets: Sequence[SyncTarget],
        state: RunState,
        reporter: ProgressReporter,
        results: list[PegawaiResult],
    ) -> tuple[RunStatus, ErrorCode | None]:
        # Not linked (or gone): recorded as skipped straight away, no request needed.
        todo: list[SyncTarget] = []
        for target in targets:
            if target.id_sdm is None:
                outcome = PegawaiOutcome(
                    target,
                    TargetStatus.SKIPPED,
                    (EndpointOutcome("*", ok=False, error_code=ErrorCode.NOT_LINKED),),
                )
                await self._record(run, outcome, state, results)
            else:
                todo.append(target)
        reporter.emit()
        if not todo:
            return self._final_status(state), None
        # Before the first pegawai: the SDM list, then the reference lists. Each phase is
        # named in the progress, and a stop asked meanwhile ends the run at once.
        self._enter(state, SyncPhase.SDM_LIST, reporter)
        try:
            sdm_rows = await self._unless_stopped(api.referensi_sdm())
        except SisterError as exc:
            log.warning("Sync %s stopped: the SDM list failed (%s)", run.id, exc.code)
            return RunStatus.FAILED, exc.code
        except _StoppedError:
            return self._stopped(state, reporter)
        scope = request.scope
        due: dict[int, tuple[Dataset, ...]] | None = None
        if self.plans_per_pegawai(request):
            # Now that SISTER says who is tendik: their tridharma and BKD only weekly.
            tendik_sdm = sdm_tendik(sdm_rows)
            tendik = {t.pegawai_id for t in todo if t.id_sdm in tendik_sdm}
            due = await self.due_lists(request, [t.pegawai_id for t in todo], tendik)
        reader = DatasetReader(api.client)
        self._enter(state, SyncPhase.REFERENSI, reporter)
        try:
            plan = await self._unless_stopped(self._plan(reader, scope))
        except StopRunError as exc:
            log.warning("Sync %s stopped: %s", run.id, exc.error.code)
            return RunStatus.FAILED, exc.error.code
        except _StoppedError:
            return self._stopped(state, reporter)
        self._enter(state, SyncPhase.PULLING, reporter)
        sdm = {row.id_sdm: row for row in sdm_rows}
        del sdm_rows
        previous = await self.runs.previous_summaries([t.pegawai_id for t in todo])
        queue: deque[SyncTarget] = deque(todo)
        stop: list[SisterError] = []
        workers_n = self._concurrency or max(2, api.client.options.max_inflight + 1)
        writes: set[asyncio.Task[None]] = set()

        async def worker() -> None:
            while queue and not self._cancel.is_set() and not stop and not self.lock.lost.is_set():
                target = queue.popleft()
                state.pulling[target.pegawai_id] = target.nama
                try:
                    mine = plan if due is None else replace(plan, datasets=due[target.pegawai_id])
                    outcome, pulled = await self._pull_one(
                        reader, mine, target, sdm, previous.get(target.pegawai_id), state
                    )
                except StopRunError as exc:
                    stop.append(exc.error)
                    return
                finally:
                    state.pulling.pop(target.pegawai_id, None)
                # The write runs to its end even if this worker is cancelled meanwhile.
                write = asyncio.ensure_future(self._record(run, outcome, state, results, pulled))
                del pulled
                writes.add(write)
                write.add_done_callback(writes.discard)
                await asyncio.shield(write)
                reporter.emit()

        tasks = [asyncio.ensure_future(worker()) for _ in range(min(workers_n, len(todo)))]
        try:
            cancel_wait = asyncio.ensure_future(self._cancel.wait())
            lost_wait = asyncio.ensure_future(self.lock.lost.wait())
            try:
                pending = set(tasks)
                while pending:
                    # Only what is still running: a finished task in the set would make the
                    # wait return at once, and the loop would spin a core until the last
                    # worker's last request came back.
                    watched = {*pending, *(w for w in (cancel_wait, lost_wait) if not w.done())}
                    done, _ = await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
                    pending -= done
                    if pending and (self._cancel.is_set() or self.lock.lost.is_set()):
                        state.cancelling = True
                        reporter.emit()
                        _, late = await asyncio.wait(pending, timeout=self._cancel_grace_s)
                        for task in late:
                            task.cancel()
                        await asyncio.gather(*late, return_exceptions=True)
                        break
            finally:
                cancel_wait.cancel()
                lost_wait.cancel()
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if writes:
                await asyncio.gather(*writes, return_exceptions=True)
            raise
        for task in tasks:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        if writes:
            await asyncio.gather(*writes)
        if stop:
            log.warning("Sync %s stopped: %s", run.id, stop[0].code)
            return RunStatus.FAILED, stop[0].code
        if self.lock.lost.is_set():
            return RunStatus.FAILED, ErrorCode.LOCK_LOST
        if self._cancel.is_set() and state.done < state.total:
            return RunStatus.CANCELLED, None
        return self._final_status(state), None

    @staticmethod
    def _enter(state: RunState, phase: SyncPhase, reporter: ProgressReporter) -> None:
        state.phase = phase
        reporter.emit()

    async def _unless_stopped(self, work: Awaitable[_T]) -> _T:
        """``work``'s result, or ``_StoppedError`` as soon as a stop is asked (``work`` is
        cancelled: what it read is not needed by a run that ends here)."""
        task = asyncio.ensure_future(work)
        stop_wait = asyncio.ensure_future(self._cancel.wait())
        try:
            await asyncio.wait({task, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop_wait.cancel()
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        if task.cancelled():
            raise _StoppedError()
        return task.result()

    @staticmethod
    def _stopped(state: RunState, reporter: ProgressReporter) -> tuple[RunStatus, ErrorCode | None]:
        state.cancelling = True
        reporter.emit()
        return RunStatus.CANCELLED, None

    @staticmethod
    def _final_status(state: RunState) -> RunStatus:
        return RunStatus.PARTIAL if state.failed else RunStatus.COMPLETED

    async def _record(
        self,
        run: SyncRun,
        outcome: PegawaiOutcome,
        state: RunState,
        results: list[PegawaiResult],
        pulled: PegawaiPull | None = None,
    ) -> None:
        try:
            async with self._write_lock:
                if pulled is None:
                    status, skip_code = await self.runs.record_pegawai(run.id, outcome)
                else:
                    status, skip_code = await self.runs.record_pegawai(
                        run.id,
                        outcome,
                        answers=pulled.answers,
                        failures=pulled.failures,
                        kept_scopes=pulled.kept_scopes,
                    )
        except AlreadyRecordedError:
            log.warning("Pegawai %s already recorded in run %s", outcome.target.pegawai_id, run.id)
            return
        state.count(status)
        target = outcome.target
        errors = tuple(
            EndpointOutcome(
                e.endpoint,
                ok=False,
                http_status=e.http_status,
                message=e.message,
                error_code=e.error_code,
            )
            for e in outcome.errors
        )
        if status is not outcome.status:
            # Not written as pulled (the link changed meanwhile, or the database refused a
            # value): say why, not what was pulled.
            errors = (EndpointOutcome("*", ok=False, error_code=skip_code),) if skip_code else ()
        results.append(PegawaiResult(target.pegawai_id, target.nama, target.id_sdm, status, errors))
        if status is TargetStatus.FAILED:
            for e in errors:
                state.errors.append(
                    ErrorLine(
                        target.pegawai_id,
                        target.nama,
                        target.id_sdm,
                        e.endpoint,
                        e.http_status,
                        e.message,
                        e.error_code,
                    )
                )

    async def _planned_requests(
        self,
        pegawai_ids: list[int],
        scope: SyncScope,
        max_rps: float,
        due: Mapping[int, tuple[Dataset, ...]] | None = None,
        kinds: Mapping[int, str] | None = None,
    ) -> float:
        """The requests the run should send (the estimate over the last run's states, per
        kind where the request says who is dosen and who tendik), what the progress's time
        left starts from."""
        if not pegawai_ids:
            return 0.0
        states = await SisterRecordRepository(self.runs.db).all_states(
            [d.name for d in scope.datasets]
        )
        only = None if due is None else {i: {d.name for d in ds} for i, ds in due.items()}
        estimate = estimate_sync(pegawai_ids, scope, states, max_rps, only=only, kinds=kinds)
        return float(estimate.requests)

    async def _plan(self, reader: DatasetReader, scope: SyncScope) -> RunPlan:
        """Cache the ``referensi`` lists (one request each; one failing only leaves its older
        copy, an error of the whole service stops the run) and choose the semesters of the
        per-semester lists from SISTER's own list, whose names also tell the semester of a
        list asked for every semester at once."""
        records = SisterRecordRepository(self.runs.db)
        fetched: dict[str, Any] = {}
        answers = await asyncio.gather(
            *(reader.referensi(name) for name in REFERENSI_CACHED), return_exceptions=True
        )
        for name, payload in zip(REFERENSI_CACHED, answers, strict=True):
            if isinstance(payload, RUN_STOPPING_ERRORS):
                raise StopRunError(payload)
            if isinstance(payload, SisterError):
                log.warning("The referensi list %s could not be cached (%s)", name, payload.code)
                continue
            if isinstance(payload, BaseException):
                raise payload
            fetched[name] = payload
            await records.save_referensi(name, payload, datetime.now(UTC))
        datasets = scope.datasets
        semesters: tuple[str, ...] = ()
        names: dict[str, str] = {}
        if any(d.per_semester for d in datasets):
            listed = fetched.get("semester")
            if listed is None:
                listed = (await records.referensi(["semester"])).get("semester") or []
            ids = [row.get("id") for row in listed if isinstance(row, dict)]
            semesters = recent_semesters(ids, self._today(), scope.semesters)
            names = semester_ids_by_name(listed)
        return RunPlan(datasets, semesters, scope.full, names)

    async def _pull_one(
        self,
        reader: DatasetReader,
        plan: RunPlan,
        target: SyncTarget,
        sdm: dict[str, SdmRow],
        previous: SisterSummary | None,
        state: RunState,
    ) -> tuple[PegawaiOutcome, PegawaiPull]:
        id_sdm = target.id_sdm
        assert id_sdm is not None
        names = [d.name for d in plan.datasets]
        known = await SisterRecordRepository(self.runs.db).known(target.pegawai_id, names)
        pulled = await pull_pegawai(reader, id_sdm, plan, known, state.planned_for_pegawai)
        del known
        row = sdm.get(id_sdm)
        first = (
            EndpointOutcome(SDM_ENDPOINT, payload=to_payload(row))
            if row is not None
            else EndpointOutcome(SDM_ENDPOINT, ok=False, error_code=ErrorCode.NOT_IN_SDM_LIST)
        )
        endpoints = (first, *pulled.outcomes)
        typed = pulled.typed
        # The derived values read four histories: without them (a group switched off, or
        # a failed list) the stored values stay.
        derived = derive(
            sdm=row,
            penugasan=typed.get("penugasan"),
            jabatan_fungsional=typed.get("jabatan_fungsional"),
            kepangkatan=typed.get("kepangkatan"),
            pendidikan_formal=typed.get("pendidikan_formal"),
            today=self._today(),
            previous=previous.derived if previous else None,
        )
        ok = all(e.ok for e in endpoints)
        status = TargetStatus.OK if ok else TargetStatus.FAILED
        return PegawaiOutcome(target, status, endpoints, derived), pulled


def sdm_tendik(rows: Sequence[SdmRow]) -> set[str]:
    """The ``id_sdm`` SISTER's SDM list calls tendik."""
    return {row.id_sdm for row in rows if is_tendik(row.jenis_sdm)}


def build_sync_engine(db: Database, api: ApiProvider, **options: Any) -> SyncEngine:
    """The engine over ``db`` with its repositories and lock; ``options`` go to ``SyncEngine``
    except ``host``, ``stale_after`` and ``heartbeat_s``, which go to the lock, and ``clock``
    (the runs' wall clock, simulated by the nightly tests), which goes to the runs."""
    lock_options = {
        k: options.pop(k) for k in ("host", "stale_after", "heartbeat_s") if k in options
    }
    clock = options.pop("clock", None)
    runs = SyncRepository(db) if clock is None else SyncRepository(db, clock)
    return SyncEngine(
        runs,
        PegawaiRepository(db),
        SisterDataRepository(db),
        api,
        SyncLock(runs, **lock_options),
        **options,
    )
