"""Sinkronisasi: pull every linked employee's data from SISTER into the local database.

Per employee: the SDM row (from one ``GET /referensi/sdm`` at the start of the run), the seven
``data_pribadi`` answers and the five histories. The client paces and bounds the requests; the
engine keeps enough employees in progress to use that budget, and writes an employee only when
all of their calls are done, in one transaction. One failing endpoint is recorded for that
endpoint and the rest goes on; an error of the whole service (credential refused, SISTER
unreachable) stops the run, resumable.

The window and ``sister-desktop sync`` both come through here. Progress goes to a plain
callback (no Qt in this layer).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import getpass
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sister_desktop.domain.changes import to_payload
from sister_desktop.domain.derived import derive
from sister_desktop.domain.records import SdmRow
from sister_desktop.domain.sync_log import (
    FETCHED_ENDPOINTS,
    NOT_IN_SDM_LIST,
    SDM_ENDPOINT,
    EndpointOutcome,
    NothingToResumeError,
    PegawaiOutcome,
    RequestCounters,
    RunStatus,
    SisterSummary,
    SyncMode,
    SyncRun,
    SyncTarget,
    TargetStatus,
)
from sister_desktop.services.sync_lock import SyncLock
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientCounters
from sister_desktop.sister.errors import (
    CredentialError,
    SisterError,
    TlsError,
    UnreachableError,
    WrongUrlError,
)
from sister_desktop.sister.pacing import PauseState
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_data_repository import SisterDataRepository
from sister_desktop.store.sync_repository import AlreadyRecordedError, SyncRepository

log = logging.getLogger(__name__)

#: Errors that say nothing about one person but about the whole service: they stop the run.
RUN_STOPPING_ERRORS = (CredentialError, UnreachableError, TlsError, WrongUrlError)
#: ``error_code`` of an employee asked for but not linked to SISTER.
NOT_LINKED = "not_linked"
#: ``error_code`` of a run stopped because another workstation took the lock over.
LOCK_LOST = "lock_lost"
ERROR_TAIL = 50
REQUESTS_PER_PEGAWAI = len(FETCHED_ENDPOINTS)

ApiProvider = Callable[[], Awaitable[SisterApi]]


@dataclass(frozen=True, slots=True)
class SyncRequest:
    """What to sync: a mode, and the employee ids for ``selected``."""

    mode: SyncMode
    pegawai_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorLine:
    """One failed endpoint, for the live tail of errors in the progress dialog."""

    pegawai_id: int
    nama: str
    id_sdm: str | None
    endpoint: str
    http_status: int | None
    message: str | None
    error_code: str | None


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A snapshot for the progress display."""

    run_id: str
    mode: SyncMode
    total: int
    done: int
    ok: int
    failed: int
    skipped: int
    current: str | None
    rate_rps: float
    eta_s: float | None
    paused: bool
    resume_at: datetime | None
    cancelling: bool
    errors: tuple[ErrorLine, ...] = ()
    finished: bool = False


@dataclass(frozen=True, slots=True)
class PegawaiResult:
    """One employee's outcome without the data (what the command line prints)."""

    pegawai_id: int
    nama: str
    id_sdm: str | None
    status: TargetStatus
    errors: tuple[EndpointOutcome, ...] = ()


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    run: SyncRun
    results: tuple[PegawaiResult, ...] = field(default_factory=tuple)

    @property
    def status(self) -> RunStatus:
        return self.run.status


ProgressListener = Callable[[SyncProgress], None]


class _StopRunError(Exception):
    def __init__(self, error: SisterError) -> None:
        super().__init__(error.code)
        self.error = error


def current_operator() -> str | None:
    try:
        return getpass.getuser()
    except Exception:
        return None


class _RateMeter:
    """Requests per second over the last ``window_s`` seconds, from the client's counter."""

    def __init__(self, window_s: float = 10.0) -> None:
        self._samples: deque[tuple[float, int]] = deque()
        self._window = window_s

    def add(self, requests: int) -> float:
        now = time.monotonic()
        samples = self._samples
        samples.append((now, requests))
        while len(samples) > 2 and samples[1][0] <= now - self._window:
            samples.popleft()
        first_t, first_n = samples[0]
        elapsed = now - first_t
        return (requests - first_n) / elapsed if elapsed > 0.5 else 0.0


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
        cancel_grace_s: float = 10.0,
        rate_margin: float = 0.95,
        progress_interval_s: float = 0.5,
        today: Callable[[], date] = lambda: datetime.now(UTC).date(),
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
        #: A long sync runs this fraction of the configured rate: SISTER counts requests in a
        #: strict one-second window, and network jitter can squeeze evenly spaced requests into
        #: one window; at exactly the limit that earns a lockout of the whole credential.
        self._rate_margin = rate_margin
        self._progress_interval_s = progress_interval_s
        self._today = today
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

    async def _failed_ids(self) -> list[int]:
        from sister_desktop.store.sister_data_repository import SisterDataRepository

        return await SisterDataRepository(self.runs._db).failed_pegawai_ids()

    async def _run_locked(
        self, request: SyncRequest, on_progress: ProgressListener | None
    ) -> SyncOutcome:
        await self.find_interrupted()
        targets, resumed_from = await self._targets(request)
        api = await self._api_provider()
        client = api.client
        options = client.options
        client.pacer.set_limits(options.max_rps * self._rate_margin, options.max_inflight)
        # Everything alive now (modules, Qt wrappers, caches) is set aside from the collector for
        # the run: a full collection over it stalls the loop ~70 ms, long enough to bunch paced
        # requests into a burst that SISTER answers with a lockout. Released afterwards.
        gc.freeze()
        try:
            return await self._run_with(api, request, targets, resumed_from, on_progress)
        finally:
            gc.unfreeze()
            client.pacer.set_limits(client.options.max_rps, client.options.max_inflight)

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
        )
        await self.lock.attach_run(run.id)
        log.info(
            "Sync %s started (%s, %d pegawai%s)",
            run.id,
            request.mode.value,
            len(targets),
            f", resuming {resumed_from}" if resumed_from else "",
        )
        state = _RunState(run, request.mode, len(targets))
        reporter = _Reporter(self, state, client, start_counters, on_progress)
        reporter.start(self._progress_interval_s)
        results: list[PegawaiResult] = []
        status: RunStatus
        error_code: str | None = None
        try:
            status, error_code = await self._pull_all(api, run, targets, state, reporter, results)
        except asyncio.CancelledError:
            # The program is closing: what is written stays, the run can be resumed.
            status = RunStatus.CANCELLED
            await asyncio.shield(self._close_run(run, status, None, reporter, state))
            raise
        finally:
            reporter.stop()
        finished = await self._close_run(run, status, error_code, reporter, state)
        return SyncOutcome(finished, tuple(results))

    async def _close_run(
        self,
        run: SyncRun,
        status: RunStatus,
        error_code: str | None,
        reporter: _Reporter,
        state: _RunState,
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
        run: SyncRun,
        targets: Sequence[SyncTarget],
        state: _RunState,
        reporter: _Reporter,
        results: list[PegawaiResult],
    ) -> tuple[RunStatus, str | None]:
        # Not linked (or gone): recorded as skipped straight away, no request needed.
        todo: list[SyncTarget] = []
        for target in targets:
            if target.id_sdm is None:
                outcome = PegawaiOutcome(
                    target,
                    TargetStatus.SKIPPED,
                    (EndpointOutcome("*", ok=False, error_code=NOT_LINKED),),
                )
                await self._record(run, outcome, state, results)
            else:
                todo.append(target)
        reporter.emit()
        if not todo:
            return self._final_status(state), None
        try:
            sdm_rows = await api.referensi_sdm()
        except SisterError as exc:
            log.warning("Sync %s stopped: the SDM list failed (%s)", run.id, exc.code)
            return RunStatus.FAILED, exc.code
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
                state.current = target.nama
                try:
                    outcome = await self._pull_one(
                        api, target, sdm, previous.get(target.pegawai_id)
                    )
                except _StopRunError as exc:
                    stop.append(exc.error)
                    return
                # The write runs to its end even if this worker is cancelled meanwhile.
                write = asyncio.ensure_future(self._record(run, outcome, state, results))
                writes.add(write)
                write.add_done_callback(writes.discard)
                await asyncio.shield(write)
                reporter.emit()

        tasks = [asyncio.ensure_future(worker()) for _ in range(min(workers_n, len(todo)))]
        try:
            cancel_wait = asyncio.ensure_future(self._cancel.wait())
            lost_wait = asyncio.ensure_future(self.lock.lost.wait())
            try:
                await asyncio.wait(
                    {*tasks, cancel_wait, lost_wait}, return_when=asyncio.FIRST_COMPLETED
                )
                while not all(t.done() for t in tasks):
                    if self._cancel.is_set() or self.lock.lost.is_set():
                        state.cancelling = True
                        reporter.emit()
                        _, late = await asyncio.wait(tasks, timeout=self._cancel_grace_s)
                        for task in late:
                            task.cancel()
                        await asyncio.gather(*late, return_exceptions=True)
                        break
                    await asyncio.wait(
                        {*tasks, cancel_wait, lost_wait}, return_when=asyncio.FIRST_COMPLETED
                    )
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
            return RunStatus.FAILED, LOCK_LOST
        if self._cancel.is_set() and state.done < state.total:
            return RunStatus.CANCELLED, None
        return self._final_status(state), None

    @staticmethod
    def _final_status(state: _RunState) -> RunStatus:
        return RunStatus.PARTIAL if state.failed else RunStatus.COMPLETED

    async def _record(
        self,
        run: SyncRun,
        outcome: PegawaiOutcome,
        state: _RunState,
        results: list[PegawaiResult],
    ) -> None:
        try:
            async with self._write_lock:
                status = await self.runs.record_pegawai(run.id, outcome)
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

    async def _pull_one(
        self,
        api: SisterApi,
        target: SyncTarget,
        sdm: dict[str, SdmRow],
        previous: SisterSummary | None,
    ) -> PegawaiOutcome:
        id_sdm = target.id_sdm
        assert id_sdm is not None
        calls: dict[str, Callable[[str], Awaitable[Any]]] = {
            "data_pribadi/profil": api.data_pribadi_profil,
            "data_pribadi/kependudukan": api.data_pribadi_kependudukan,
            "data_pribadi/kepegawaian": api.data_pribadi_kepegawaian,
            "data_pribadi/alamat": api.data_pribadi_alamat,
            "data_pribadi/keluarga": api.data_pribadi_keluarga,
            "data_pribadi/lain": api.data_pribadi_lain,
            "data_pribadi/bidang_ilmu": api.data_pribadi_bidang_ilmu,
            "penugasan": api.penugasan,
            "jabatan_fungsional": api.jabatan_fungsional,
            "kepangkatan": api.kepangkatan,
            "pendidikan_formal": api.pendidikan_formal,
            "sertifikasi_dosen": api.sertifikasi_dosen,
        }
        typed: dict[str, Any] = {}

        async def one(endpoint: str) -> EndpointOutcome:
            try:
                record = await calls[endpoint](id_sdm)
            except RUN_STOPPING_ERRORS as exc:
                raise _StopRunError(exc) from exc
            except SisterError as exc:
                log.info("Sync %s %s: %s (HTTP %s)", id_sdm, endpoint, exc.code, exc.http_status)
                return EndpointOutcome(
                    endpoint,
                    ok=False,
                    http_status=exc.http_status,
                    message=exc.message or exc.detail,
                    error_code=exc.code,
                )
            typed[endpoint] = record
            return EndpointOutcome(endpoint, payload=to_payload(record))

        row = sdm.get(id_sdm)
        first = (
            EndpointOutcome(SDM_ENDPOINT, payload=to_payload(row))
            if row is not None
            else EndpointOutcome(SDM_ENDPOINT, ok=False, error_code=NOT_IN_SDM_LIST)
        )
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(one(endpoint)) for endpoint in FETCHED_ENDPOINTS]
        except* _StopRunError as caught:
            raise caught.exceptions[0] from None
        endpoints = (first, *(task.result() for task in tasks))
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
        return PegawaiOutcome(
            target, TargetStatus.OK if ok else TargetStatus.FAILED, endpoints, derived
        )


class _RunState:
    """Counts of the run in progress (the engine's own, read by the reporter)."""

    def __init__(self, run: SyncRun, mode: SyncMode, total: int) -> None:
        self.run = run
        self.mode = mode
        self.total = total
        self.ok = 0
        self.failed = 0
        self.skipped = 0
        self.current: str | None = None
        self.cancelling = False
        self.finished = False
        self.errors: deque[ErrorLine] = deque(maxlen=ERROR_TAIL)

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped

    def count(self, status: TargetStatus) -> None:
        if status is TargetStatus.OK:
            self.ok += 1
        elif status is TargetStatus.FAILED:
            self.failed += 1
        else:
            self.skipped += 1


class _Reporter:
    """Turns the run state and the client's counters and pause state into progress events."""

    def __init__(
        self,
        engine: SyncEngine,
        state: _RunState,
        client: Any,
        start: ClientCounters,
        listener: ProgressListener | None,
    ) -> None:
        self._engine = engine
        self._state = state
        self._client = client
        self._start = start
        self._listener = listener
        self._meter = _RateMeter()
        self._rate = 0.0
        self._ticker: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._last_saved = time.monotonic()

    def counters(self) -> RequestCounters:
        now, start = self._client.counters, self._start
        return RequestCounters(
            total=now.requests - start.requests,
            retried=now.retried - start.retried,
            rate_limited=now.rate_limited - start.rate_limited,
            reauth=now.reauth - start.reauth,
        )

    def start(self, interval_s: float) -> None:
        self._unsubscribe = self._client.pacer.subscribe(self._on_pause)
        self._ticker = asyncio.get_running_loop().create_task(self._tick(interval_s))

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None

    def _on_pause(self, _pause: PauseState) -> None:
        self.emit()

    async def _tick(self, interval_s: float) -> None:
        while True:
            await asyncio.sleep(interval_s)
            self._rate = self._meter.add(self.counters().total)
            self.emit()
            if time.monotonic() - self._last_saved > 15.0:
                self._last_saved = time.monotonic()
                with contextlib.suppress(Exception):
                    await self._engine.runs.save_requests(self._state.run.id, self.counters())

    def emit(self) -> None:
        if self._listener is None:
            return
        state = self._state
        pause: PauseState = self._client.pause_state
        remaining = state.total - state.done
        eta = remaining * REQUESTS_PER_PEGAWAI / self._rate if self._rate > 0 else None
        if remaining == 0:
            eta = 0.0
        progress = SyncProgress(
            run_id=state.run.id,
            mode=state.mode,
            total=state.total,
            done=state.done,
            ok=state.ok,
            failed=state.failed,
            skipped=state.skipped,
            current=state.current,
            rate_rps=self._rate,
            eta_s=eta,
            paused=pause.paused,
            resume_at=pause.resume_at,
            cancelling=state.cancelling,
            errors=tuple(state.errors),
            finished=state.finished,
        )
        try:
            self._listener(progress)
        except Exception:  # a display must never stop the sync
            log.exception("Sync progress listener failed")


def build_sync_engine(db: Database, api: ApiProvider, **options: Any) -> SyncEngine:
    """The engine over ``db`` with its repositories and lock; ``options`` go to ``SyncEngine``
    except ``host``, ``stale_after`` and ``heartbeat_s``, which go to the lock."""
    lock_options = {
        k: options.pop(k) for k in ("host", "stale_after", "heartbeat_s") if k in options
    }
    runs = SyncRepository(db)
    return SyncEngine(
        runs,
        PegawaiRepository(db),
        SisterDataRepository(db),
        api,
        SyncLock(runs, **lock_options),
        **options,
    )
