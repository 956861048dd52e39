"""Sync runs, their targets and per-endpoint results, and the one-sync-per-database lock.

One employee's outcome (stored SISTER data, log lines, summary, target status, run totals) is
written by ``record_pegawai`` in a single transaction, so a crash never leaves half an
employee, and a resume knows exactly who is left.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.changes import FIRST_SYNC, changed_fields, record_marks
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_answers import MAPPED, SDM_DATASET, mapped_payload
from sister_desktop.domain.sister_groups import (
    BY_NAME,
    DEFAULT_SEMESTERS,
    SyncScope,
    format_groups,
    parse_groups,
)
from sister_desktop.domain.sister_records import record_title
from sister_desktop.domain.sync_log import (
    DERIVED_ENDPOINT,
    LockHolder,
    PegawaiOutcome,
    RequestCounters,
    RunStatus,
    SisterSummary,
    SyncLogRow,
    SyncMode,
    SyncRun,
    SyncTarget,
    TargetStatus,
)
from sister_desktop.store.database import Database
from sister_desktop.store.schema import (
    pegawai,
    sister_link,
    sync_lock,
    sync_result,
    sync_run,
    sync_target,
    utcnow,
)
from sister_desktop.store.sister_data_repository import SisterDataRepository
from sister_desktop.store.sister_record_repository import (
    DatasetAnswer,
    DatasetFailure,
    SisterRecordRepository,
)

log = logging.getLogger(__name__)

CHUNK = 500
LOCK_NAME = "sync"

_run = sync_run.c
_target = sync_target.c
_result = sync_result.c
_lock = sync_lock.c


def _to_run(row: Row[Any]) -> SyncRun:
    v = row._mapping
    try:
        mode = SyncMode(v["scope"])
    except ValueError:
        mode = SyncMode.SELECTED  # "ids", written before the modes had these names
    return SyncRun(
        id=v["id"],
        status=RunStatus(v["status"]),
        mode=mode,
        started_at=v["started_at"],
        finished_at=v["finished_at"],
        started_by=v["started_by"],
        host=v["host"],
        total=v["total_pegawai"],
        ok=v["ok_count"],
        failed=v["failed_count"],
        skipped=v["skipped_count"],
        requests=RequestCounters(
            total=v["requests_total"],
            retried=v["requests_retried"],
            rate_limited=v["requests_rate_limited"],
            reauth=v["requests_reauth"],
        ),
        resumed_from=v["resumed_from"],
        error_code=v["error_code"],
        pulled=_pulled(v),
    )


def _pulled(v: Any) -> SyncScope | None:
    """The run's recorded scope; ``None`` when it was not recorded or names no group known."""
    if not v["groups"]:
        return None
    try:
        groups = parse_groups(v["groups"])
    except ValueError:
        return None
    return SyncScope(groups, v["semesters"] or DEFAULT_SEMESTERS, bool(v["full_details"]))


def _to_holder(row: Row[Any]) -> LockHolder:
    v = row._mapping
    return LockHolder(
        host=v["holder_host"],
        user=v["holder_user"],
        pid=v["holder_pid"],
        since=v["since"],
        heartbeat_at=v["heartbeat_at"],
        run_id=v["run_id"],
    )


class SyncRepository:
    """Reads and writes of ``sync_run``, ``sync_target``, ``sync_result`` and ``sync_lock``."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        #: When a run starts and ends and a pull is stamped (``synced_at``): the wall clock,
        #: or a simulated one for nights run back to back (the freshness tests, the nightly
        #: benchmark). The lock's heartbeat always reads the wall clock.
        self.clock = clock

    @property
    def db(self) -> Database:
        """The database the runs are kept in (other repositories of the same run open it)."""
        return self._db

    # -- runs --------------------------------------------------------------------------------

    async def create_run(
        self,
        *,
        mode: SyncMode,
        targets: Sequence[SyncTarget],
        started_by: str | None,
        host: str | None,
        resumed_from: str | None = None,
        run_id: str | None = None,
        pulled: SyncScope | None = None,
    ) -> SyncRun:
        """Record a new ``running`` run, what it pulls, and its targets (all pending) in one
        transaction."""
        run_id = run_id or str(uuid.uuid4())
        now = self.clock()
        async with self._db.transaction() as conn:
            await conn.execute(
                sync_run.insert().values(
                    id=run_id,
                    status=RunStatus.RUNNING.value,
                    scope=mode.value,
                    started_at=now,
                    started_by=started_by,
                    host=host,
                    total_pegawai=len(targets),
                    resumed_from=resumed_from,
                    groups=format_groups(pulled.groups) if pulled else None,
                    semesters=pulled.semesters if pulled else None,
                    full_details=pulled.full if pulled else None,
                )
            )
            rows = [
                {
                    "run_id": run_id,
                    "pegawai_id": t.pegawai_id,
                    "position": n,
                    "nama": t.nama,
                    "id_sdm": t.id_sdm,
                    "status": TargetStatus.PENDING.value,
                }
                for n, t in enumerate(targets)
            ]
            for start in range(0, len(rows), CHUNK):
                await conn.execute(sync_target.insert(), rows[start : start + CHUNK])
        run = await self.run(run_id)
        assert run is not None
        return run

    async def run(self, run_id: str) -> SyncRun | None:
        async with self._db.connect() as conn:
            row = (await conn.execute(sa.select(sync_run).where(_run.id == run_id))).first()
        return None if row is None else _to_run(row)

    async def runs(self, limit: int = 200) -> list[SyncRun]:
        """The newest runs first."""
        query = sa.select(sync_run).order_by(_run.started_at.desc(), _run.id).limit(limit)
        async with self._db.connect() as conn:
            return [_to_run(row) for row in await conn.execute(query)]

    async def last_run(self) -> SyncRun | None:
        runs = await self.runs(limit=1)
        return runs[0] if runs else None

    async def running_runs(self) -> list[SyncRun]:
        query = sa.select(sync_run).where(_run.status == RunStatus.RUNNING.value)
        async with self._db.connect() as conn:
            return [_to_run(row) for row in await conn.execute(query)]

    async def set_status(self, run_id: str, status: RunStatus) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                sa.update(sync_run).where(_run.id == run_id).values(status=status.value)
            )

    async def finish_run(
        self,
        run_id: str,
        status: RunStatus,
        requests: RequestCounters,
        *,
        error_code: str | None = None,
    ) -> SyncRun:
        async with self._db.transaction() as conn:
            await conn.execute(
                sa.update(sync_run)
                .where(_run.id == run_id)
                .values(
                    status=status.value,
                    finished_at=self.clock(),
                    error_code=error_code,
                    **self._counter_values(requests),
                )
            )
        run = await self.run(run_id)
        assert run is not None
        return run

    async def save_requests(self, run_id: str, requests: RequestCounters) -> None:
        """Keep the request counters current, so a crashed run still shows them."""
        async with self._db.transaction() as conn:
            await conn.execute(
                sa.update(sync_run)
                .where(_run.id == run_id)
                .values(**self._counter_values(requests))
            )

    @staticmethod
    def _counter_values(requests: RequestCounters) -> dict[str, int]:
        return {
            "requests_total": requests.total,
            "requests_retried": requests.retried,
            "requests_rate_limited": requests.rate_limited,
            "requests_reauth": requests.reauth,
        }

    async def resumable_run(self) -> SyncRun | None:
        """The newest cancelled, interrupted or failed run that still has pending employees and
        that no later run has resumed."""
        resumed = sa.select(_run.resumed_from).where(_run.resumed_from.is_not(None))
        has_pending = (
            sa.select(_target.run_id)
            .where(_target.run_id == _run.id, _target.status == TargetStatus.PENDING.value)
            .exists()
        )
        query = (
            sa.select(sync_run)
            .where(
                _run.status.in_([s.value for s in RunStatus if s.resumable]),
                _run.id.not_in(resumed),
                has_pending,
            )
            .order_by(_run.started_at.desc())
            .limit(1)
        )
        async with self._db.connect() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _to_run(row)

    # -- targets -----------------------------------------------------------------------------

    async def targets(self, run_id: str, status: TargetStatus | None = None) -> list[SyncTarget]:
        query = sa.select(_target.pegawai_id, _target.nama, _target.id_sdm).where(
            _target.run_id == run_id
        )
        if status is not None:
            query = query.where(_target.status == status.value)
        async with self._db.connect() as conn:
            rows = await conn.execute(query.order_by(_target.position))
            return [SyncTarget(r.pegawai_id, r.nama or "", r.id_sdm) for r in rows]

    # -- one employee, one transaction -------------------------------------------------------

    async def previous_summaries(self, pegawai_ids: Sequence[int]) -> dict[int, SisterSummary]:
        async with self._db.connect() as conn:
            return await SisterDataRepository.summaries_in(conn, pegawai_ids)

    async def record_pegawai(
        self,
        run_id: str,
        outcome: PegawaiOutcome,
        *,
        answers: Sequence[DatasetAnswer] = (),
        failures: Sequence[DatasetFailure] = (),
        kept_scopes: Mapping[str, Sequence[str]] | None = None,
    ) -> tuple[TargetStatus, ErrorCode | None]:
        """Write one employee's outcome atomically; returns the status recorded, and why when
        it is not the outcome's: skipped (``None``: the pegawai was deleted meanwhile) or
        failed because the database refused a value (``VALUE_REFUSED``, nothing of the pull
        written).

        With it, in the same transaction: the datasets pulled (``answers``, each into
        ``sister_record``), the states of those that failed (their records stay), and the
        semesters still pulled per per-semester dataset (``kept_scopes``; older ones' states
        go). An employee deleted meanwhile, or whose link is no longer the one pulled
        (``LINK_CHANGED``, ``NOT_LINKED``), is recorded as skipped (nothing else written).
        """
        try:
            return await self._record_pegawai(
                run_id, outcome, answers=answers, failures=failures, kept_scopes=kept_scopes
            )
        except DataError:
            # A value the database refuses (nothing from outside should be one any more, see
            # domain/outside_text.py): this pegawai fails, named in the log, and the run goes
            # on. The error's values are not logged: they are his data.
            log.warning(
                "The database refused a value of pegawai %s in run %s",
                outcome.target.pegawai_id,
                run_id,
            )
            return await self._record_refused(run_id, outcome)

    async def _record_refused(
        self, run_id: str, outcome: PegawaiOutcome
    ) -> tuple[TargetStatus, ErrorCode | None]:
        target = outcome.target
        now = self.clock()
        async with self._db.transaction() as conn:
            updated = await conn.execute(
                sa.update(sync_target)
                .where(
                    _target.run_id == run_id,
                    _target.pegawai_id == target.pegawai_id,
                    _target.status == TargetStatus.PENDING.value,
                )
                .values(status=TargetStatus.FAILED.value, finished_at=now)
            )
            if updated.rowcount != 1:
                raise AlreadyRecordedError(target.pegawai_id)
            await conn.execute(
                sync_result.insert().values(
                    run_id=run_id,
                    pegawai_id=target.pegawai_id,
                    id_sdm=target.id_sdm,
                    endpoint="*",
                    status=TargetStatus.FAILED.value,
                    error_code=ErrorCode.VALUE_REFUSED,
                    recorded_at=now,
                )
            )
            await conn.execute(
                sa.update(sync_run)
                .where(_run.id == run_id)
                .values({_run.failed_count: _run.failed_count + 1})
            )
        return TargetStatus.FAILED, ErrorCode.VALUE_REFUSED

    async def _record_pegawai(
        self,
        run_id: str,
        outcome: PegawaiOutcome,
        *,
        answers: Sequence[DatasetAnswer],
        failures: Sequence[DatasetFailure],
        kept_scopes: Mapping[str, Sequence[str]] | None,
    ) -> tuple[TargetStatus, ErrorCode | None]:
        target = outcome.target
        now = self.clock()
        status = outcome.status
        async with self._db.transaction() as conn:
            # A write first: on SQLite the transaction takes the write lock at once, so no
            # other writer can slip in between our reads and our writes.
            updated = await conn.execute(
                sa.update(sync_target)
                .where(
                    _target.run_id == run_id,
                    _target.pegawai_id == target.pegawai_id,
                    _target.status == TargetStatus.PENDING.value,
                )
                .values(status=status.value, finished_at=now)
            )
            if updated.rowcount != 1:
                # Already recorded (a second writer on a resumed run): write nothing twice.
                raise AlreadyRecordedError(target.pegawai_id)
            exists = (
                await conn.execute(sa.select(pegawai.c.id).where(pegawai.c.id == target.pegawai_id))
            ).first() is not None
            # The link as it is now, held until the commit (PostgreSQL: a relink elsewhere
            # waits for this write, or this read waits for it).
            linked = (
                await conn.execute(
                    sa.select(sister_link.c.id_sdm)
                    .where(sister_link.c.pegawai_id == target.pegawai_id)
                    .with_for_update()
                )
            ).scalar_one_or_none()
            skip_code = outcome.endpoints[0].error_code if outcome.endpoints else None
            if not exists:
                status = TargetStatus.SKIPPED
            elif target.id_sdm is not None and linked != target.id_sdm:
                # Linked to another SDM (or unlinked) on another workstation while this one
                # pulled: the pull is the old person's, and must not land under this pegawai.
                status = TargetStatus.SKIPPED
                skip_code = ErrorCode.NOT_LINKED if linked is None else ErrorCode.LINK_CHANGED
            if status is TargetStatus.SKIPPED and status is not outcome.status:
                await conn.execute(
                    sa.update(sync_target)
                    .where(_target.run_id == run_id, _target.pegawai_id == target.pegawai_id)
                    .values(status=status.value)
                )
            if status is not TargetStatus.SKIPPED and target.id_sdm is not None:
                marks, fields = await self._write_records(
                    conn, target.pegawai_id, target.id_sdm, answers, failures, kept_scopes, now
                )
                fields.update(await self._write_sdm_row(conn, outcome, now))
                await self._write_data(conn, run_id, outcome, status, now, marks, fields)
            else:
                await conn.execute(
                    sync_result.insert().values(
                        run_id=run_id,
                        pegawai_id=target.pegawai_id if exists else None,
                        id_sdm=target.id_sdm,
                        endpoint="*",
                        status=TargetStatus.SKIPPED.value,
                        error_code=skip_code,
                        recorded_at=now,
                    )
                )
            column = {
                TargetStatus.OK: _run.ok_count,
                TargetStatus.FAILED: _run.failed_count,
                TargetStatus.SKIPPED: _run.skipped_count,
            }[status]
            await conn.execute(
                sa.update(sync_run).where(_run.id == run_id).values({column: column + 1})
            )
        return status, skip_code if status is TargetStatus.SKIPPED else None

    @staticmethod
    async def _write_records(
        conn: AsyncConnection,
        pegawai_id: int,
        id_sdm: str,
        answers: Sequence[DatasetAnswer],
        failures: Sequence[DatasetFailure],
        kept_scopes: Mapping[str, Sequence[str]] | None,
        now: datetime,
    ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Store the pulled datasets; returns, per dataset, its log line's marks (the records
        added, changed and removed by title, or ``FIRST_SYNC`` for a dataset never pulled
        before: everything in it is new, none of it a change) and, for the datasets read as
        typed records, the fields of those records that changed (``domain.changes``)."""
        records = SisterRecordRepository
        pulled_before = await records.pulled_datasets_in(conn, pegawai_id) if answers else set()
        # Read together what each answer is compared with; a dataset answered in more than
        # one scope reads its own after the scope before it was written.
        times = Counter(answer.dataset for answer in answers)
        stored = await records.stored_in(
            conn, pegawai_id=pegawai_id, datasets=[d for d, n in times.items() if n == 1]
        )
        titles: dict[str, tuple[list[str], list[str], list[str]]] = {}
        fields: dict[str, list[str]] = {}
        for answer in answers:
            if answer.dataset in MAPPED:
                before = await records.mapped_in(
                    conn,
                    pegawai_id=pegawai_id,
                    id_sdm=id_sdm,
                    dataset=answer.dataset,
                    pulled=answer.dataset in pulled_before,
                )
                after = mapped_payload(answer.dataset, [row for _key, row in answer.rows])
                fields[answer.dataset] = changed_fields(before, after)
            changes = await records.write_dataset_in(
                conn,
                pegawai_id=pegawai_id,
                id_sdm=id_sdm,
                answer=answer,
                at=now,
                stored=stored.get(answer.dataset),
            )
            added, changed, removed = titles.setdefault(answer.dataset, ([], [], []))
            if not changes.any or answer.dataset not in pulled_before:
                continue
            rows = dict(answer.rows)

            def title(key: str, row: Mapping[str, Any] | None, detail: Any) -> str:
                return record_title({**(row or {}), **(detail or {})}, key)

            added += [title(k, rows.get(k), answer.details.get(k)) for k in changes.added]
            changed += [title(k, rows.get(k), answer.details.get(k)) for k in changes.changed]
            if changes.removed:
                gone = await records.rows_in(
                    conn, pegawai_id=pegawai_id, dataset=answer.dataset, keys=changes.removed
                )
                removed += [title(k, *gone.get(k, ({}, None))) for k in changes.removed]
        for failure in failures:
            await records.write_state_in(
                conn,
                pegawai_id=pegawai_id,
                dataset=failure.dataset,
                scope=failure.scope,
                at=now,
                ok=False,
                error_code=failure.error_code,
            )
        for dataset, keep in (kept_scopes or {}).items():
            await records.forget_scopes_in(
                conn, pegawai_id=pegawai_id, dataset=dataset, keep=list(keep)
            )
        marks: dict[str, list[str]] = {}
        for dataset, (added, changed, removed) in titles.items():
            if dataset not in pulled_before:
                marks[dataset] = [FIRST_SYNC]
                continue
            if not BY_NAME[dataset].keyed:
                # One object (a profile, the photo): that it changed, not which record.
                added, changed, removed = [""][: len(added)], [""][: len(changed)], []
                marks[dataset] = [m for m in record_marks(added, changed, removed) if ":" not in m]
                continue
            marks[dataset] = record_marks(added, changed, removed)
        return marks, fields

    @staticmethod
    async def _write_sdm_row(
        conn: AsyncConnection, outcome: PegawaiOutcome, now: datetime
    ) -> dict[str, list[str]]:
        """Keep the person's row of the SDM list with his records; returns its log line's
        fields (those of the row that changed)."""
        target = outcome.target
        assert target.id_sdm is not None
        row = next(
            (e.payload for e in outcome.endpoints if e.endpoint == SDM_DATASET and e.ok), None
        )
        if not isinstance(row, Mapping):
            return {}
        before = await SisterRecordRepository.mapped_in(
            conn,
            pegawai_id=target.pegawai_id,
            id_sdm=target.id_sdm,
            dataset=SDM_DATASET,
            pulled=False,
        )
        await SisterRecordRepository.write_sdm_row_in(
            conn, pegawai_id=target.pegawai_id, id_sdm=target.id_sdm, row=row, at=now
        )
        return {SDM_DATASET: changed_fields(before, mapped_payload(SDM_DATASET, [row]))}

    async def _write_data(
        self,
        conn: AsyncConnection,
        run_id: str,
        outcome: PegawaiOutcome,
        status: TargetStatus,
        now: datetime,
        marks: Mapping[str, list[str]] | None = None,
        changes: Mapping[str, list[str]] | None = None,
    ) -> None:
        target = outcome.target
        assert target.id_sdm is not None
        marks = marks or {}
        changes = changes or {}
        previous = (await SisterDataRepository.summaries_in(conn, [target.pegawai_id])).get(
            target.pegawai_id
        )
        lines = [
            {
                "run_id": run_id,
                "pegawai_id": target.pegawai_id,
                "id_sdm": target.id_sdm,
                "endpoint": e.endpoint,
                "status": "ok" if e.ok else "failed",
                "http_status": e.http_status,
                "message": e.message,
                "error_code": e.error_code,
                "fields_changed": _fields_changed(changes.get(e.endpoint), marks.get(e.endpoint))
                if e.ok
                else None,
                "recorded_at": now,
            }
            for e in outcome.endpoints
        ]
        if outcome.derived is not None:
            from sister_desktop.domain.derived import changed_derived

            before = previous.derived if previous is not None else None
            lines.append(
                {
                    "run_id": run_id,
                    "pegawai_id": target.pegawai_id,
                    "id_sdm": target.id_sdm,
                    "endpoint": DERIVED_ENDPOINT,
                    "status": "ok",
                    "http_status": None,
                    "message": None,
                    "error_code": None,
                    "fields_changed": changed_derived(before, outcome.derived),
                    "recorded_at": now,
                }
            )
        await conn.execute(sync_result.insert(), lines)
        await SisterDataRepository.write_summary_in(
            conn,
            pegawai_id=target.pegawai_id,
            id_sdm=target.id_sdm,
            derived=outcome.derived,
            status=status.value,
            run_id=run_id,
            at=now,
        )

    # -- the log -----------------------------------------------------------------------------

    async def results(self, run_id: str, *, failures_only: bool = False) -> list[SyncLogRow]:
        """The run's lines in the order the employees were taken, endpoints in order written.

        A resumed run's lines include those of the run it finished (one run's log, whole).
        """
        run_ids = await self._chain(run_id)
        query = (
            sa.select(
                _result.run_id,
                _result.recorded_at,
                _result.pegawai_id,
                _target.nama,
                _result.id_sdm,
                _result.endpoint,
                _result.status,
                _result.http_status,
                _result.message,
                _result.error_code,
                _result.fields_changed,
            )
            .select_from(
                sync_result.outerjoin(
                    sync_target,
                    sa.and_(
                        _target.run_id == _result.run_id, _target.pegawai_id == _result.pegawai_id
                    ),
                )
            )
            .where(_result.run_id.in_(run_ids))
            .order_by(_result.recorded_at, _result.id)
        )
        if failures_only:
            query = query.where(_result.status != "ok")
        async with self._db.connect() as conn:
            rows = await conn.execute(query)
            return [
                SyncLogRow(
                    run_id=r.run_id,
                    recorded_at=r.recorded_at,
                    pegawai_id=r.pegawai_id,
                    nama=r.nama,
                    id_sdm=r.id_sdm,
                    endpoint=r.endpoint,
                    status=r.status,
                    http_status=r.http_status,
                    message=r.message,
                    error_code=r.error_code,
                    fields_changed=tuple(r.fields_changed or ()),
                )
                for r in rows
            ]

    async def changes_in_run(self, run_id: str) -> list[SyncLogRow]:
        """Only the lines where something changed (fields_changed not empty)."""
        return [row for row in await self.results(run_id) if row.fields_changed]

    async def _chain(self, run_id: str) -> list[str]:
        """``run_id`` and the runs it resumed, transitively."""
        chain = [run_id]
        async with self._db.connect() as conn:
            current: str | None = run_id
            while current is not None and len(chain) < 100:
                row = (
                    await conn.execute(sa.select(_run.resumed_from).where(_run.id == current))
                ).first()
                current = row.resumed_from if row is not None else None
                if current is not None:
                    chain.append(current)
        return chain

    # -- the lock ----------------------------------------------------------------------------

    async def lock_holder(self) -> LockHolder | None:
        async with self._db.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(sync_lock).where(_lock.name == LOCK_NAME, _lock.token.is_not(None))
                )
            ).first()
        return None if row is None else _to_holder(row)

    async def try_lock(
        self,
        *,
        token: str,
        run_id: str | None,
        host: str,
        user: str | None,
        pid: int,
        stale_after: timedelta,
        take_over_token: str | None = None,
    ) -> LockHolder | None:
        """Take the lock when it is free or its heartbeat is older than ``stale_after`` (or it is
        exactly ``take_over_token``, a holder known dead). Returns ``None`` when taken, else the
        current holder. One conditional UPDATE: atomic on SQLite and PostgreSQL alike."""
        now = utcnow()
        try:
            async with self._db.transaction() as conn:
                await conn.execute(sync_lock.insert().values(name=LOCK_NAME))
        except IntegrityError:
            pass  # the row exists already
        free = sa.or_(_lock.token.is_(None), _lock.heartbeat_at < now - stale_after)
        if take_over_token is not None:
            free = sa.or_(free, _lock.token == take_over_token)
        async with self._db.transaction() as conn:
            updated = await conn.execute(
                sa.update(sync_lock)
                .where(_lock.name == LOCK_NAME, free)
                .values(
                    token=token,
                    run_id=run_id,
                    holder_host=host,
                    holder_user=user,
                    holder_pid=pid,
                    since=now,
                    heartbeat_at=now,
                )
            )
            if updated.rowcount == 1:
                return None
            row = (await conn.execute(sa.select(sync_lock).where(_lock.name == LOCK_NAME))).one()
            return _to_holder(row)

    async def lock_token(self) -> str | None:
        async with self._db.connect() as conn:
            row = (
                await conn.execute(sa.select(_lock.token).where(_lock.name == LOCK_NAME))
            ).first()
        return None if row is None else row.token

    async def heartbeat(self, token: str, *, run_id: str | None = None) -> bool:
        """Say we still hold the lock; ``False`` when somebody took it over."""
        values: dict[str, Any] = {"heartbeat_at": utcnow()}
        if run_id is not None:
            values["run_id"] = run_id
        async with self._db.transaction() as conn:
            updated = await conn.execute(
                sa.update(sync_lock)
                .where(_lock.name == LOCK_NAME, _lock.token == token)
                .values(**values)
            )
        return updated.rowcount == 1

    async def unlock(self, token: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                sa.update(sync_lock)
                .where(_lock.name == LOCK_NAME, _lock.token == token)
                .values(token=None, run_id=None, heartbeat_at=None)
            )


def _fields_changed(typed: list[str] | None, marks: list[str] | None) -> list[str] | None:
    """A dataset's log line: the fields of its typed records that changed (a mapped dataset,
    ``domain.sister_answers``) and its records added, changed and removed. The typed records
    decide that it is a first pull (a copy migration 0014 kept as records has no state)."""
    if typed is None:
        return marks
    if not marks or FIRST_SYNC in typed or marks == [FIRST_SYNC]:
        return typed
    if not any(":" in mark or "#" in mark for mark in marks):
        return typed  # one object: its fields say what changed
    return list(dict.fromkeys([*typed, *marks]))


class AlreadyRecordedError(RuntimeError):
    """The employee's target was no longer pending: its outcome is already in the run."""

    def __init__(self, pegawai_id: int) -> None:
        super().__init__(pegawai_id)
        self.pegawai_id = pegawai_id
