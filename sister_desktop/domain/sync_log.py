"""Sinkronisasi as plain data: modes, statuses, what one employee's pull brought, the log rows.

Shared by the store (which records runs), the sync engine and the window, so no layer has to
translate the others' records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sister_desktop.domain.derived import DerivedValues
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_groups import SyncScope

#: The log line that says which derived values (current rank, grade, ...) changed.
DERIVED_ENDPOINT = "derived"


class SyncMode(StrEnum):
    ALL = "all"
    FAILED = "failed"
    RESUME = "resume"
    SELECTED = "selected"
    #: The nightly run: every linked pegawai, only the lists older than their freshness.
    SCHEDULED = "scheduled"
    #: A round of a first run's sample (``SyncService.sample_estimate``): the pegawai named.
    SAMPLE = "sample"


class RunStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"  # every employee ok
    PARTIAL = "partial"  # finished, some employees failed
    CANCELLED = "cancelled"  # the operator stopped it; resumable
    INTERRUPTED = "interrupted"  # found still "running" after a crash; resumable
    FAILED = "failed"  # stopped by an error of the whole service (credential, unreachable)

    @property
    def resumable(self) -> bool:
        return self in (RunStatus.CANCELLED, RunStatus.INTERRUPTED, RunStatus.FAILED)


class TargetStatus(StrEnum):
    PENDING = "pending"
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class SyncTarget:
    """One employee a run sets out to sync."""

    pegawai_id: int
    nama: str
    id_sdm: str | None


@dataclass(frozen=True, slots=True)
class EndpointOutcome:
    """What one endpoint answered for one employee, or its failure. ``payload`` is the row of
    the SDM list (the datasets' answers travel as ``sister_record`` rows of the pull)."""

    endpoint: str
    payload: Any = None
    ok: bool = True
    http_status: int | None = None
    message: str | None = None
    error_code: ErrorCode | None = None


@dataclass(frozen=True, slots=True)
class PegawaiOutcome:
    """One employee's whole pull, written in one transaction."""

    target: SyncTarget
    status: TargetStatus
    endpoints: tuple[EndpointOutcome, ...] = ()
    derived: DerivedValues | None = None

    @property
    def errors(self) -> tuple[EndpointOutcome, ...]:
        return tuple(e for e in self.endpoints if not e.ok)


@dataclass(frozen=True, slots=True)
class RequestCounters:
    total: int = 0
    retried: int = 0
    rate_limited: int = 0
    reauth: int = 0


@dataclass(frozen=True, slots=True)
class SyncRun:
    """One recorded run with its totals."""

    id: str
    status: RunStatus
    mode: SyncMode
    started_at: datetime
    finished_at: datetime | None
    started_by: str | None
    host: str | None
    total: int
    ok: int
    failed: int
    skipped: int
    requests: RequestCounters = field(default_factory=RequestCounters)
    resumed_from: str | None = None
    error_code: str | None = None
    #: What it pulls of each pegawai; ``None`` for a run recorded before this was kept.
    pulled: SyncScope | None = None

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped


@dataclass(frozen=True, slots=True)
class SyncLogRow:
    """One line of the Log Sinkronisasi: an employee and an endpoint in a run."""

    run_id: str
    recorded_at: datetime
    pegawai_id: int | None
    nama: str | None
    id_sdm: str | None
    endpoint: str
    status: str
    http_status: int | None
    message: str | None
    error_code: str | None
    fields_changed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SisterSummary:
    """An employee's derived SISTER values and how their last sync went."""

    pegawai_id: int
    id_sdm: str | None
    derived: DerivedValues
    last_status: str
    last_run_id: str | None
    last_synced_at: datetime


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the sync lock of a database, from when, and when they last said so."""

    host: str | None
    user: str | None
    pid: int | None
    since: datetime | None
    heartbeat_at: datetime | None
    run_id: str | None


class SyncLockedError(Exception):
    """Another workstation (or window) is syncing this database."""

    code = "sync_locked"

    def __init__(self, holder: LockHolder) -> None:
        super().__init__(f"sync running on {holder.host} by {holder.user} since {holder.since}")
        self.holder = holder


class NothingToResumeError(Exception):
    """``resume`` asked, but no interrupted or cancelled run has employees left."""

    code = "nothing_to_resume"
