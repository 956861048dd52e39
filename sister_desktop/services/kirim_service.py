"""Kirim ke SISTER: the preview of the approved usulan, sending each at most once, every
outcome, the check of those whose fate is unknown, and the read-back.

How a write flows (ARCHITECTURE "How a write flows"): the Kirim takes the database's sync
lock (one SISTER job at a time, across workstations), marks any usulan a killed run left
``sending`` as ``perlu_dicek``, then per usulan: commits ``sending`` *before* its first
request, checks SISTER fresh (a baru against the fresh list, an ubah against the record's
version it was made from), uploads its documents, sends the write and records the outcome.
A failure that certainly did not reach SISTER is retried by the client within the run and
otherwise leaves ``gagal``; one that may have reached it leaves ``perlu_dicek``, never resent
by itself (``periksa`` looks in SISTER). Afterwards the affected pegawai × datasets are read
back, so Data SISTER shows the new record or the ajuan.

This module starts a run (the switch, the lock, the login, the pace) and keeps the preview and
the Log Kirim; the send itself is ``kirim_send`` (``KirimRun``), and the other jobs beside it
have their own modules: ``kirim_periksa``,
``kirim_read_back``, ``kirim_sister_view`` (what SISTER shows of a record), ``kirim_outcome``
and ``kirim_models`` (the preview, progress and result every caller sees).
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.sync_log import SyncLockedError
from sister_desktop.domain.usulan import (
    SENDABLE,
    FieldChange,
    Usulan,
    UsulanJenis,
    UsulanStatus,
)
from sister_desktop.domain.usulan_body import field_changes
from sister_desktop.domain.usulan_special import takes_record_bidang_ilmu
from sister_desktop.services.connection import (
    SettingsIncompleteError,
    SisterConnection,
    sister_needed,
)
from sister_desktop.services.kirim_models import (
    KirimCannotStartError,
    KirimPreview,
    KirimProgress,
    KirimResult,
    PreviewItem,
    ProgressListener,
)
from sister_desktop.services.kirim_periksa import periksa
from sister_desktop.services.kirim_send import KirimRun
from sister_desktop.services.kirim_special import record_bidang_ilmu
from sister_desktop.services.referensi_service import ReferensiService
from sister_desktop.services.sync_lock import SyncLock
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.errors import SisterError
from sister_desktop.store.database import Database
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.store.sister_record_repository import (
    SisterRecordRepository,
)
from sister_desktop.store.sync_repository import SyncRepository
from sister_desktop.store.usulan_repository import UsulanRepository

#: What the window and the command line take from here (the types are ``kirim_models``').
__all__ = [
    "WRITES_SETTING",
    "KirimCannotStartError",
    "KirimPreview",
    "KirimProgress",
    "KirimResult",
    "KirimService",
]

log = logging.getLogger(__name__)

#: The setting that switches writes to SISTER on for one database (``on``/``off``).
WRITES_SETTING = "kirim_izinkan"


class KirimService:
    """Sends the approved usulan of one database to SISTER."""

    def __init__(
        self,
        db: Database,
        connection: SisterConnection,
        *,
        who: str | None = None,
        demo: bool = False,
        lock: SyncLock | None = None,
        referensi: ReferensiService | None = None,
    ) -> None:
        self._db = db
        self._connection = connection
        self._repo = UsulanRepository(db)
        self._records = SisterRecordRepository(db)
        self._settings = SettingsRepository(db)
        self.who = who
        self._demo = demo
        self.lock = lock or SyncLock(SyncRepository(db), user=who)
        self._referensi = referensi or ReferensiService(db, connection)
        self._cancel = asyncio.Event()
        self._running = False

    # -- the switch --------------------------------------------------------------------------

    async def writes_enabled(self) -> bool:
        """Writes are off until the operator switches them on (demo mode: on)."""
        value = await self._settings.get(WRITES_SETTING)
        if value is None:
            return self._demo
        return value == "on"

    async def set_writes_enabled(self, enabled: bool) -> None:
        await self._settings.set_many({WRITES_SETTING: "on" if enabled else "off"})

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """No usulan starts after this; those on the way finish and are recorded."""
        self._cancel.set()

    # -- what an usulan starts from ---------------------------------------------------------------

    async def record_bidang_ilmu(self, dataset: str, record_id: str) -> list[str]:
        """SISTER's kelompok bidang of a synced record, read now (a sync does not pull it): the
        ids in SISTER's order, what a Bidang ilmu… usulan starts from and keeps as its version.
        Raises ``SisterUnavailableError`` when SISTER cannot be asked."""
        family = write_family(dataset)
        if family is None or not takes_record_bidang_ilmu(family):
            raise ValueError(f"{dataset} records carry no kelompok bidang of their own")
        with sister_needed():
            api = await self._connection.api()
            return await record_bidang_ilmu(api.client, family, record_id)

    # -- the preview ----------------------------------------------------------------------------

    async def preview(self) -> KirimPreview:
        items = await self._repo.find(statuses=SENDABLE)
        return KirimPreview(
            tuple(PreviewItem(item, tuple(_changes(item))) for item in items),
            await self.writes_enabled(),
        )

    async def log(self, run_id: str | None = None) -> list[Usulan]:
        """The Log Kirim: the usulan of one run (the last one by default), or every sent one."""
        if run_id is None:
            sent = [item for item in await self._repo.find() if item.kirim_run_id]
            if not sent:
                return []
            last = max(sent, key=lambda item: item.sent_at or datetime.min.replace(tzinfo=UTC))
            run_id = last.kirim_run_id
        return await self._repo.find(run_id=run_id)

    # -- sending ------------------------------------------------------------------------------

    async def send(
        self,
        ids: Iterable[int] | None = None,
        *,
        on_progress: ProgressListener | None = None,
        concurrency: int | None = None,
    ) -> KirimResult:
        """Send the approved (and failed) usulan, or those of ``ids`` among them.
        ``KirimCannotStartError`` when writes are off, another SISTER job holds the lock or
        SISTER cannot be asked; otherwise every usulan ends with its outcome."""
        return await self._locked(self._send, ids, on_progress, concurrency)

    async def periksa(self, *, on_progress: ProgressListener | None = None) -> KirimResult:
        """Look in SISTER for each usulan whose fate is unknown (``perlu_dicek``) and settle
        it: applied, submitted as an ajuan, or back to ``disetujui`` when SISTER has nothing."""
        return await self._locked(self._periksa, None, on_progress, None)

    async def _locked(
        self,
        job: Callable[..., Any],
        ids: Iterable[int] | None,
        on_progress: ProgressListener | None,
        concurrency: int | None,
    ) -> KirimResult:
        if not await self.writes_enabled():
            raise KirimCannotStartError(ErrorCode.WRITES_OFF.value)
        if self._running:
            raise KirimCannotStartError("locked")
        try:
            api = await self._connection.api()
        except SettingsIncompleteError as exc:
            raise KirimCannotStartError(ErrorCode.SETTINGS_INCOMPLETE.value) from exc
        try:
            await self.lock.acquire()
        except SyncLockedError as exc:
            raise KirimCannotStartError("locked", exc.holder.host) from exc
        self._running = True
        try:
            await self._after_a_kill()
            client = api.client
            if client.role is None:
                try:
                    await client.login()
                except SisterError as exc:
                    raise KirimCannotStartError(exc.code.value) from exc
            # As a sync does: what is alive now is set aside from the collector, so a full
            # collection cannot stall the loop long enough to bunch paced requests.
            gc.freeze()
            try:
                result: KirimResult = await job(client, ids, on_progress, concurrency)
            finally:
                gc.unfreeze()
            result.finished_at = datetime.now(UTC)
            return result
        finally:
            self._running = False
            # Cleared after a run, not before: a stop asked while the run was still starting
            # (logging in, taking the lock) is honoured.
            self._cancel = asyncio.Event()
            await asyncio.shield(self.lock.release())

    async def _periksa(
        self,
        client: SisterClient,
        _ids: Iterable[int] | None,
        on_progress: ProgressListener | None,
        _concurrency: int | None,
    ) -> KirimResult:
        return await periksa(self._repo, self._records, self.who, client, on_progress)

    async def _after_a_kill(self) -> None:
        """An usulan still ``sending`` while we hold the lock was left by a run that ended
        without settling it (a kill, a power cut): its request may have gone."""
        left = await self._repo.find(statuses=[UsulanStatus.SENDING])
        for item in left:
            assert item.id is not None
            await self._repo.settle(
                item.id,
                UsulanStatus.PERLU_DICEK,
                by=self.who,
                error_code=ErrorCode.WRITE_UNCERTAIN.value,
            )
        if left:
            log.warning("%d usulan were left sending by an earlier run: perlu dicek", len(left))

    async def _send(
        self,
        client: SisterClient,
        ids: Iterable[int] | None,
        on_progress: ProgressListener | None,
        concurrency: int | None,
    ) -> KirimResult:
        run = KirimRun(
            self._repo, self._records, self._referensi, who=self.who, cancel=self._cancel
        )
        return await run.run(client, ids, on_progress, concurrency)


def _changes(item: Usulan) -> list[FieldChange]:
    if item.jenis is UsulanJenis.HAPUS:
        return field_changes(item.base_record, {})
    if item.jenis is UsulanJenis.BARU:
        return field_changes({}, item.body)
    return field_changes(item.base_record, item.body, item.changed_fields or None)
