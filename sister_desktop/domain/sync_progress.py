"""What a sync is asked, what it tells its watchers while it runs, and what it gives back.

Plain records shared by the sync engine (which makes them), the window (the progress dialog,
the notifier, the Sinkronisasi tab) and ``sister-desktop sync``: they live in ``domain/`` so
that the window never imports the engine itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.freshness import Freshness
from sister_desktop.domain.sister_groups import SyncScope
from sister_desktop.domain.sync_log import (
    EndpointOutcome,
    RunStatus,
    SyncMode,
    SyncRun,
    TargetStatus,
)


@dataclass(frozen=True, slots=True)
class SyncRequest:
    """What to sync: a mode, the employee ids for ``selected``, and what to pull of each."""

    mode: SyncMode
    pegawai_ids: tuple[int, ...] = ()
    scope: SyncScope = field(default_factory=SyncScope)
    #: A resume pulls what the interrupted run pulled; ``True`` when this request's ``scope``
    #: was chosen for the resume itself (``sync --resume --groups …``).
    scope_chosen: bool = False
    #: How old each list may get (``SyncMode.SCHEDULED``: only the lists older than it are
    #: asked, ``domain.freshness``).
    freshness: Freshness = field(default_factory=Freshness)
    #: The lists of a pegawai checked since then are not asked again (the estimate's sample,
    #: pulled just before: the run reuses its answers).
    reuse_since: datetime | None = None
    #: ``(pegawai, "dosen" | "tendik")`` as SISTER's SDM list said before the run (the
    #: sample's): a pegawai never pulled is planned from the average of his own kind.
    kinds: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorLine:
    """One failed endpoint, for the live tail of errors in the progress dialog."""

    pegawai_id: int
    nama: str
    id_sdm: str | None
    endpoint: str
    http_status: int | None
    message: str | None
    error_code: ErrorCode | None


class SyncPhase(StrEnum):
    """What a run is doing, named for the operator: before the first pegawai is pulled a run
    reads SISTER's SDM list and its reference lists, which can take a while."""

    SDM_LIST = "sdm_list"
    REFERENSI = "referensi"
    PULLING = "pulling"


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A snapshot for the progress display.

    ``total`` counts every pegawai of the run; ``to_pull`` the linked ones, for whom requests
    are sent, ``pulled`` of them done; ``skipped`` the others (not linked), counted apart. The
    bar moves by ``requests_done`` of ``requests_planned`` (the estimate, corrected as each
    pegawai's lists tell how many details it needs). ``pulling`` names the pegawai whose data
    is being pulled at this moment (several at once).
    """

    run_id: str
    mode: SyncMode
    total: int
    done: int
    ok: int
    failed: int
    skipped: int
    rate_rps: float
    eta_s: float | None
    paused: bool
    resume_at: datetime | None
    cancelling: bool
    errors: tuple[ErrorLine, ...] = ()
    finished: bool = False
    phase: SyncPhase = SyncPhase.PULLING
    pulling: tuple[str, ...] = ()
    requests_done: int = 0
    requests_planned: int = 0
    to_pull: int = 0

    @property
    def pulled(self) -> int:
        return self.ok + self.failed


#: Called with each snapshot while a sync runs (on the loop's thread; it must not block).
ProgressListener = Callable[[SyncProgress], None]


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
    """The recorded run and each employee's result."""

    run: SyncRun
    results: tuple[PegawaiResult, ...] = field(default_factory=tuple)

    @property
    def status(self) -> RunStatus:
        return self.run.status
