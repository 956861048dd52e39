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
"""

from __future__ import annotations

import asyncio
import gc
import logging
import mimetypes
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_groups import BY_NAME, Dataset
from sister_desktop.domain.sister_records import record_key
from sister_desktop.domain.sister_writes import (
    WriteFamily,
    WriteOp,
    write_family,
)
from sister_desktop.domain.sync_log import SyncLockedError
from sister_desktop.domain.usulan import (
    SENDABLE,
    FieldChange,
    Usulan,
    UsulanJenis,
    UsulanStatus,
)
from sister_desktop.domain.usulan_body import (
    body_from_record,
    duplicate_key,
    field_changes,
    merge,
    record_hash,
)
from sister_desktop.services.connection import SettingsIncompleteError, SisterConnection
from sister_desktop.services.sync_lock import SyncLock
from sister_desktop.sister.client import Multipart, SisterClient, WriteAnswer
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import (
    NotFoundError,
    RequestRejectedError,
    SisterError,
    WriteUncertainError,
)
from sister_desktop.store.database import Database
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.store.sister_record_repository import (
    DatasetAnswer,
    DatasetFailure,
    KnownRecord,
    SisterRecordRepository,
)
from sister_desktop.store.sync_repository import SyncRepository
from sister_desktop.store.usulan_repository import UsulanRepository

log = logging.getLogger(__name__)

#: The setting that switches writes to SISTER on for one database (``on``/``off``).
WRITES_SETTING = "kirim_izinkan"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
#: SISTER's role names.
ROLE_BASIC = "basic"
#: A Kirim paces this fraction of the configured rate, as a sync does: SISTER counts requests
#: in a strict one-second window, and at exactly the limit jitter earns a lockout.
RATE_MARGIN = 0.92


class KirimCannotStartError(Exception):
    """The Kirim did not begin: ``code`` is ``writes_off``, ``locked`` or a SISTER failure's
    code (settings incomplete, login refused, unreachable)."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PreviewItem:
    """One usulan of the preview with its field-level changes (old → new)."""

    usulan: Usulan
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class KirimPreview:
    """What a Kirim would send, per dataset and kind (Baru / Diubah / Dihapus)."""

    items: tuple[PreviewItem, ...]
    writes_enabled: bool

    def by_family(self) -> dict[str, dict[UsulanJenis, list[PreviewItem]]]:
        grouped: dict[str, dict[UsulanJenis, list[PreviewItem]]] = {}
        for item in self.items:
            kinds = grouped.setdefault(item.usulan.dataset, {})
            kinds.setdefault(item.usulan.jenis, []).append(item)
        return grouped


@dataclass(frozen=True, slots=True)
class KirimProgress:
    """How far a Kirim is: usulan done of total, and the client's request counts."""

    done: int
    total: int
    requests: int
    rate_limited: int
    phase: str = "send"  # "send", then "read_back"


@dataclass
class KirimResult:
    """One Kirim (or one Periksa): the usulan it touched as they ended, and what it cost."""

    run_id: str
    usulan: list[Usulan] = field(default_factory=list)
    cancelled: bool = False
    requests: int = 0
    rate_limited: int = 0
    retried: int = 0
    #: Pegawai whose read-back failed (their Data SISTER shows it at the next sync).
    read_back_failed: list[int] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None

    def count(self, *statuses: UsulanStatus) -> int:
        return sum(1 for item in self.usulan if item.status in statuses)


ProgressListener = Callable[[KirimProgress], None]


def _existing_id(error: SisterError) -> str | None:
    for text in (error.detail, error.message):
        found = _UUID.search(text or "")
        if found:
            return found.group(0).lower()
    return None


def _said(error: SisterError) -> str | None:
    parts = [part for part in (error.message, error.detail) if part]
    return ": ".join(parts) if parts else None


def _is_basic(role: str | None) -> bool:
    return ROLE_BASIC in (role or "").lower()


class _Outcome(Exception):
    """How one usulan ended (raised from deep inside its send)."""

    def __init__(
        self,
        status: UsulanStatus,
        *,
        sister_id: str | None = None,
        http_status: int | None = None,
        message: str | None = None,
        error_code: str | None = None,
    ) -> None:
        super().__init__(status.value)
        self.status = status
        self.sister_id = sister_id
        self.http_status = http_status
        self.message = message
        self.error_code = error_code


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
    ) -> None:
        self._db = db
        self._connection = connection
        self._repo = UsulanRepository(db)
        self._records = SisterRecordRepository(db)
        self._settings = SettingsRepository(db)
        self.who = who
        self._demo = demo
        self.lock = lock or SyncLock(SyncRepository(db), user=who)
        self._cancel = asyncio.Event()
        self._running = False
        #: Per pegawai and dataset, SISTER's fresh list as this run knows it (duplicate check).
        self._lists: dict[tuple[str, str], list[tuple[str | None, tuple[str, ...] | None]]] = {}
        self._list_locks: dict[tuple[str, str], asyncio.Lock] = {}

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
        self._cancel = asyncio.Event()
        self._lists = {}
        self._list_locks = {}
        try:
            await self._after_a_kill()
            client = api.client
            if client.role is None:
                try:
                    await client.login()
                except SisterError as exc:
                    raise KirimCannotStartError(exc.code.value) from exc
            options = client.options
            client.pacer.set_limits(options.max_rps * RATE_MARGIN, options.max_inflight)
            # As a sync does: what is alive now is set aside from the collector, so a full
            # collection cannot stall the loop long enough to bunch paced requests.
            gc.freeze()
            try:
                result: KirimResult = await job(client, ids, on_progress, concurrency)
            finally:
                gc.unfreeze()
                client.pacer.set_limits(options.max_rps, options.max_inflight)
            result.finished_at = datetime.now(UTC)
            return result
        finally:
            self._running = False
            await asyncio.shield(self.lock.release())

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
        items = _round_robin(await self._repo.find(statuses=SENDABLE, ids=ids))
        run_id = str(uuid.uuid4())
        result = KirimResult(run_id)
        start = client.counters.snapshot()
        queue: asyncio.Queue[Usulan] = asyncio.Queue()
        for item in items:
            queue.put_nowait(item)
        done = 0
        total = len(items)
        touched: dict[int, str] = {}

        def report(phase: str = "send") -> None:
            if on_progress is not None:
                counters = client.counters
                on_progress(
                    KirimProgress(
                        done,
                        total,
                        counters.requests - start.requests,
                        counters.rate_limited - start.rate_limited,
                        phase,
                    )
                )

        reader = DatasetReader(client)

        async def worker() -> None:
            nonlocal done
            while not self._cancel.is_set():
                try:
                    item = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                await self._send_one(client, reader, item, run_id)
                done += 1
                if item.pegawai_id is not None:
                    touched[item.pegawai_id] = item.id_sdm
                report()

        # Twice the requests allowed in flight: while some senders write to the database,
        # the others keep the paced pipe full (the pacer still bounds what is on the wire).
        workers = max(1, concurrency or 2 * client.options.max_inflight)
        report()
        await asyncio.gather(*(worker() for _ in range(min(workers, max(total, 1)))))
        result.cancelled = self._cancel.is_set() and done < total
        sent = await self._repo.find(run_id=run_id)
        affected = {
            (item.pegawai_id, item.id_sdm, item.dataset, item.sister_id or item.record_id)
            for item in sent
            if item.pegawai_id is not None
            and item.status in (UsulanStatus.DITERAPKAN, UsulanStatus.DIAJUKAN)
        }
        report("read_back")
        result.read_back_failed = await self._read_back(reader, affected)
        result.usulan = await self._repo.find(run_id=run_id)
        counters = client.counters
        result.requests = counters.requests - start.requests
        result.rate_limited = counters.rate_limited - start.rate_limited
        result.retried = counters.retried - start.retried
        return result

    async def _send_one(
        self, client: SisterClient, reader: DatasetReader, item: Usulan, run_id: str
    ) -> None:
        assert item.id is not None
        family = write_family(item.dataset)
        if not await self._repo.mark_sending(
            item.id, allowed_from=SENDABLE, run_id=run_id, by=self.who
        ):
            return  # withdrawn or taken meanwhile: nothing is sent
        state = {"wrote": False}
        try:
            if family is None:
                raise _Outcome(UsulanStatus.DITOLAK, error_code="not_writable")
            await self._dispatch(client, reader, family, item, state)
        except _Outcome as outcome:
            await self._settle(item, outcome)
        except WriteUncertainError as exc:
            await self._settle(item, _uncertain(exc))
        except RequestRejectedError as exc:
            await self._settle(item, _rejected(exc))
        except NotFoundError as exc:
            await self._settle(
                item,
                _Outcome(
                    UsulanStatus.DITOLAK,
                    http_status=exc.http_status,
                    message=_said(exc),
                    error_code=exc.code.value,
                ),
            )
        except SisterError as exc:
            # Certainly not applied: the client resends only what never reached SISTER, and
            # what it gave up on never did.
            await self._settle(
                item,
                _Outcome(
                    UsulanStatus.GAGAL,
                    http_status=exc.http_status,
                    message=_said(exc),
                    error_code=exc.code.value,
                ),
            )
        except asyncio.CancelledError:
            cut = (
                _Outcome(UsulanStatus.PERLU_DICEK, error_code=ErrorCode.WRITE_UNCERTAIN.value)
                if state["wrote"]
                else _Outcome(UsulanStatus.DISETUJUI)
            )
            await asyncio.shield(self._settle(item, cut))
            raise

    async def _settle(self, item: Usulan, outcome: _Outcome) -> None:
        assert item.id is not None
        await self._repo.settle(
            item.id,
            outcome.status,
            by=self.who,
            sister_id=outcome.sister_id,
            http_status=outcome.http_status,
            message=outcome.message,
            error_code=outcome.error_code,
        )

    async def _dispatch(
        self,
        client: SisterClient,
        reader: DatasetReader,
        family: WriteFamily,
        item: Usulan,
        state: dict[str, bool],
    ) -> None:
        if item.jenis is UsulanJenis.BARU:
            await self._baru(client, reader, family, item, state)
        elif item.jenis is UsulanJenis.UBAH:
            await self._ubah(client, reader, family, item, state)
        else:
            await self._hapus(client, family, item, state)

    async def _documents(
        self, client: SisterClient, item: Usulan, state: dict[str, bool]
    ) -> list[str]:
        """Upload the usulan's documents not uploaded yet; every document id it has."""
        ids: list[str] = []
        for doc in item.dokumen:
            if doc.sister_id:
                ids.append(doc.sister_id)
                continue
            fields = {"id_sdm": item.id_sdm, "id_jenis_dokumen": str(doc.id_jenis_dokumen)}
            fields["nama"] = doc.nama
            if doc.keterangan:
                fields["keterangan"] = doc.keterangan
            if doc.tautan:
                fields["tautan"] = doc.tautan
            upload = None
            if doc.path:
                path = Path(doc.path)
                try:
                    data = await asyncio.to_thread(path.read_bytes)
                except OSError as exc:
                    raise _Outcome(
                        UsulanStatus.GAGAL, message=str(path), error_code="file_missing"
                    ) from exc
                media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                upload = (path.name, data, media)
            state["wrote"] = True
            answer = await client.write_multipart("/dokumen", Multipart(fields, upload))
            new_id = _answer_id(answer)
            if new_id is None:
                raise _Outcome(
                    UsulanStatus.PERLU_DICEK,
                    http_status=answer.status,
                    error_code=ErrorCode.WRITE_UNCERTAIN.value,
                )
            assert doc.id is not None
            await self._repo.set_dokumen_sister_id(doc.id, new_id)
            ids.append(new_id)
        return ids

    async def _fresh_keys(
        self, reader: DatasetReader, family: WriteFamily, id_sdm: str
    ) -> list[tuple[str | None, tuple[str, ...] | None]]:
        key = (id_sdm, family.dataset)
        known = self._lists.get(key)
        if known is None:
            listed = await reader.rows(BY_NAME[family.dataset], id_sdm)
            known = [(_row_id(row), duplicate_key(family, row)) for row in listed.rows]
            self._lists[key] = known
        return known

    async def _baru(
        self,
        client: SisterClient,
        reader: DatasetReader,
        family: WriteFamily,
        item: Usulan,
        state: dict[str, bool],
    ) -> None:
        body = dict(item.body or {})
        wanted = duplicate_key(family, body)
        lock = self._list_locks.setdefault((item.id_sdm, family.dataset), asyncio.Lock())
        async with lock:  # two usulan of one list: the second sees the first's record
            if wanted is not None and BY_NAME[family.dataset].keyed:
                for record_id, key in await self._fresh_keys(reader, family, item.id_sdm):
                    if key == wanted:
                        raise _Outcome(
                            UsulanStatus.DUPLIKAT,
                            sister_id=record_id,
                            error_code="found_before_sending",
                        )
            documents = await self._documents(client, item, state)
            if family.has_documents:
                body["dokumen"] = list(dict.fromkeys([*(body.get("dokumen") or []), *documents]))
            state["wrote"] = True
            answer = await client.write_json("POST", f"/{family.path}", body)
            new_id = _answer_id(answer)
            if answer.status == 204:
                raise _Outcome(UsulanStatus.DIAJUKAN, http_status=204)
            if new_id is not None and wanted is not None:
                self._lists.setdefault((item.id_sdm, family.dataset), []).append((new_id, wanted))
            raise _Outcome(UsulanStatus.DITERAPKAN, sister_id=new_id, http_status=answer.status)

    async def _fresh_body(
        self, reader: DatasetReader, family: WriteFamily, item: Usulan
    ) -> dict[str, Any] | None:
        dataset = BY_NAME[family.dataset]
        try:
            if WriteOp.PUT_OBJECT in family.operations:
                listed = await reader.rows(dataset, item.id_sdm)
                values = listed.rows[0] if listed.rows else {}
            else:
                values = await reader.detail(dataset, item.record_id or "")
        except NotFoundError:
            return None
        return body_from_record(family, values)

    async def _ubah(
        self,
        client: SisterClient,
        reader: DatasetReader,
        family: WriteFamily,
        item: Usulan,
        state: dict[str, bool],
    ) -> None:
        fresh = await self._fresh_body(reader, family, item)
        if fresh is None or record_hash(fresh) != item.base_hash:
            raise _Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
        documents = await self._documents(client, item, state)
        body = item.body or {}
        changes = {name: body.get(name) for name in item.changed_fields if name != "dokumen"}
        if family.has_documents:
            changes["dokumen"] = documents
        merged = merge(fresh, changes)
        state["wrote"] = True
        if WriteOp.PUT_OBJECT in family.operations:
            payload: Any = merged
            if family.dataset == "data_pribadi/bidang_ilmu":
                payload = merged.get("bidang_ilmu") or []
            answer = await client.write_json("PUT", f"/{family.path}/{item.id_sdm}", payload)
        else:
            answer = await client.write_json("PUT", f"/{family.path}/{item.record_id}", merged)
        if answer.status == 204:
            raise _Outcome(UsulanStatus.DIAJUKAN, http_status=204)
        raise _Outcome(
            UsulanStatus.DITERAPKAN,
            sister_id=item.record_id or item.id_sdm,
            http_status=answer.status,
        )

    async def _hapus(
        self, client: SisterClient, family: WriteFamily, item: Usulan, state: dict[str, bool]
    ) -> None:
        documents = await self._documents(client, item, state)
        body = {"dokumen": documents} if documents or family.delete_needs_dokumen else None
        state["wrote"] = True
        answer = await client.write_json("DELETE", f"/{family.path}/{item.record_id}", body)
        if family.ajuan_for_basic and _is_basic(client.role):
            raise _Outcome(UsulanStatus.DIAJUKAN, http_status=answer.status)
        raise _Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id, http_status=answer.status)

    # -- the check ----------------------------------------------------------------------------

    async def _periksa(
        self,
        client: SisterClient,
        _ids: Iterable[int] | None,
        on_progress: ProgressListener | None,
        _concurrency: int | None,
    ) -> KirimResult:
        items = await self._repo.find(statuses=[UsulanStatus.PERLU_DICEK])
        run_id = str(uuid.uuid4())
        result = KirimResult(run_id)
        reader = DatasetReader(client)
        affected: set[tuple[int | None, str, str, str | None]] = set()
        for number, item in enumerate(items, start=1):
            assert item.id is not None
            family = write_family(item.dataset)
            if family is None:
                continue
            try:
                found = await self._look(client, reader, family, item)
            except SisterError as exc:
                log.info("Periksa of usulan %s failed: %s", item.id, exc.code)
                continue
            if found is None:
                continue  # SISTER cannot tell: it stays to be checked by hand
            await self._repo.settle(
                item.id,
                found.status,
                by=self.who,
                allowed_from=[UsulanStatus.PERLU_DICEK],
                sister_id=found.sister_id,
                message=found.message,
                error_code=found.error_code,
                http_status=found.http_status,
            )
            if found.status in (UsulanStatus.DITERAPKAN, UsulanStatus.DIAJUKAN):
                affected.add(
                    (item.pegawai_id, item.id_sdm, item.dataset, found.sister_id or item.record_id)
                )
            if on_progress is not None:
                on_progress(KirimProgress(number, len(items), client.counters.requests, 0))
        result.read_back_failed = await self._read_back(reader, affected)
        checked = [item.id for item in items if item.id is not None]
        result.usulan = await self._repo.find(ids=checked)
        return result

    async def _ajuan_rows(
        self, reader: DatasetReader, family: WriteFamily, id_sdm: str
    ) -> list[Mapping[str, Any]] | None:
        name = family.path if family.path.endswith("/ajuan") else f"{family.dataset}/ajuan"
        dataset = BY_NAME.get(name)
        if dataset is None:
            return None
        return list((await reader.rows(dataset, id_sdm)).rows)

    async def _look(
        self,
        client: SisterClient,
        reader: DatasetReader,
        family: WriteFamily,
        item: Usulan,
    ) -> _Outcome | None:
        """What SISTER shows of an usulan whose answer never came; None when it cannot say."""
        body = item.body or {}
        ajuan_family = family.ajuan_for_basic and _is_basic(client.role)
        back = _Outcome(UsulanStatus.DISETUJUI, message="not_found_in_sister")
        if item.jenis is UsulanJenis.BARU:
            wanted = duplicate_key(family, body)
            if wanted is None:
                return None
            if ajuan_family:
                rows = await self._ajuan_rows(reader, family, item.id_sdm)
                if rows is None:
                    return None
                for row in rows:
                    if duplicate_key(family, _proposed(row)) == wanted:
                        return _Outcome(UsulanStatus.DIAJUKAN, sister_id=_row_id(row))
                return back
            listed = await reader.rows(BY_NAME[family.dataset], item.id_sdm)
            for row in listed.rows:
                if duplicate_key(family, row) == wanted:
                    return _Outcome(UsulanStatus.DITERAPKAN, sister_id=_row_id(row))
            return back
        if item.jenis is UsulanJenis.UBAH:
            fresh = await self._fresh_body(reader, family, item)
            if fresh is None:
                return _Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
            names = [name for name in item.changed_fields if name != "dokumen"]
            if names and all(fresh.get(name) == body.get(name) for name in names):
                return _Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id or item.id_sdm)
            if ajuan_family:
                rows = await self._ajuan_rows(reader, family, item.id_sdm)
                if rows is None:
                    return None  # data pribadi ajuan cannot be listed: look by hand
                for row in rows:
                    proposed = _proposed(row)
                    if row.get("id_data_master") == item.record_id and all(
                        str(proposed.get(name)) == str(body.get(name)) for name in names
                    ):
                        return _Outcome(UsulanStatus.DIAJUKAN, sister_id=_row_id(row))
            if record_hash(fresh) == item.base_hash:
                return back
            return _Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
        try:
            await reader.detail(BY_NAME[family.dataset], item.record_id or "")
        except NotFoundError:
            return _Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id)
        if ajuan_family:
            rows = await self._ajuan_rows(reader, family, item.id_sdm)
            for row in rows or []:
                if (
                    row.get("id_data_master") == item.record_id
                    and row.get("jenis_ajuan") == "Hapus"
                ):
                    return _Outcome(UsulanStatus.DIAJUKAN, sister_id=_row_id(row))
        return back

    # -- the read-back --------------------------------------------------------------------------

    async def _read_back(
        self,
        reader: DatasetReader,
        affected: Iterable[tuple[int | None, str, str, str | None]],
    ) -> list[int]:
        """Read the affected datasets of each pegawai again (their ajuan lists too) and store
        them as a sync does, the touched records' details fetched afresh; the pegawai whose
        read-back failed."""
        wanted: dict[tuple[int, str], set[str]] = {}
        touched: dict[int, set[tuple[str, str]]] = {}
        for pegawai_id, id_sdm, dataset, record in affected:
            if pegawai_id is None:
                continue
            names = wanted.setdefault((pegawai_id, id_sdm), set())
            names.add(dataset)
            if f"{dataset}/ajuan" in BY_NAME:
                names.add(f"{dataset}/ajuan")
            family = write_family(dataset)
            if family is not None and family.path in BY_NAME:
                names.add(family.path)
            if record:
                touched.setdefault(pegawai_id, set()).add((dataset, record.lower()))
        failed: list[int] = []
        gate = asyncio.Semaphore(max(1, 2 * reader.client.options.max_inflight))

        async def one(pegawai_id: int, id_sdm: str, names: set[str]) -> None:
            datasets = [d for d in BY_NAME.values() if d.name in names and not d.per_semester]
            known = await self._records.known(pegawai_id, [d.name for d in datasets])
            async with gate:
                answers, failures = await self._pull(
                    reader, id_sdm, datasets, touched.get(pegawai_id, set()), known
                )
            await self._records.write_pull(pegawai_id, id_sdm, answers, failures, datetime.now(UTC))
            if failures:
                failed.append(pegawai_id)

        await asyncio.gather(
            *(one(pegawai_id, id_sdm, names) for (pegawai_id, id_sdm), names in wanted.items())
        )
        return sorted(failed)

    @staticmethod
    async def _pull(
        reader: DatasetReader,
        id_sdm: str,
        datasets: Sequence[Dataset],
        touched: set[tuple[str, str]],
        known: Mapping[str, Mapping[str, KnownRecord]],
    ) -> tuple[list[DatasetAnswer], list[DatasetFailure]]:
        """The datasets' lists whole, and the details of the touched records and of the ajuan
        not stored whole yet: the rest keep what the last sync stored (a sync fetches what
        it lacks)."""
        answers: list[DatasetAnswer] = []
        failures: list[DatasetFailure] = []
        for dataset in datasets:
            try:
                listed = await reader.rows(dataset, id_sdm)
                answer = DatasetAnswer(dataset.name, "", list_requests=listed.requests)
                seen: set[str] = set()
                for row in listed.rows:
                    key = record_key(dataset.name, row)
                    if key not in seen:
                        seen.add(key)
                        answer.rows.append((key, row))
                stored = known.get(dataset.name, {})
                wanted = [
                    key
                    for key, _row in answer.rows
                    if dataset.has_details
                    and (
                        (dataset.name, key) in touched
                        or (
                            dataset.ajuan_of is not None
                            and (key not in stored or not stored[key].has_detail)
                        )
                    )
                ]
                details = await asyncio.gather(
                    *(_detail_or_none(reader, dataset, key) for key in wanted)
                )
                answer.detail_requests = len(wanted)
                gone = {key for key, detail in zip(wanted, details, strict=True) if not detail}
                answer.details = {
                    key: detail for key, detail in zip(wanted, details, strict=True) if detail
                }
                answer.rows = [(key, row) for key, row in answer.rows if key not in gone]
            except SisterError as exc:
                log.info("Read-back of %s for %s failed: %s", dataset.name, id_sdm, exc.code)
                failures.append(DatasetFailure(dataset.name, "", exc.code))
                continue
            answers.append(answer)
        return answers, failures


async def _detail_or_none(
    reader: DatasetReader, dataset: Dataset, record_id: str
) -> dict[str, Any] | None:
    try:
        return await reader.detail(dataset, record_id)
    except NotFoundError:
        return None


def _round_robin(items: Sequence[Usulan]) -> list[Usulan]:
    """One pegawai's usulan after another's: the senders working side by side then mostly
    write to different people's lists (one list's usulan go one at a time)."""
    queues: dict[str, list[Usulan]] = {}
    for item in items:
        queues.setdefault(item.id_sdm, []).append(item)
    ordered: list[Usulan] = []
    lanes = list(queues.values())
    while lanes:
        ordered += [lane.pop(0) for lane in lanes]
        lanes = [lane for lane in lanes if lane]
    return ordered


def _changes(item: Usulan) -> list[FieldChange]:
    if item.jenis is UsulanJenis.HAPUS:
        return field_changes(item.base_record, {})
    if item.jenis is UsulanJenis.BARU:
        return field_changes({}, item.body)
    return field_changes(item.base_record, item.body, item.changed_fields or None)


def _answer_id(answer: WriteAnswer) -> str | None:
    data = answer.data
    if isinstance(data, Mapping) and data.get("id") not in (None, ""):
        return str(data["id"])
    return None


def _row_id(row: Mapping[str, Any]) -> str | None:
    value = row.get("id")
    return str(value).lower() if value not in (None, "") else None


def _proposed(row: Mapping[str, Any]) -> dict[str, Any]:
    """An ajuan's proposed values (``<kolom>_baru`` of its ``detail_perubahan``)."""
    detail = row.get("detail_perubahan")
    if not isinstance(detail, Mapping):
        return {}
    return {key[: -len("_baru")]: value for key, value in detail.items() if key.endswith("_baru")}


def _uncertain(exc: WriteUncertainError) -> _Outcome:
    return _Outcome(
        UsulanStatus.PERLU_DICEK,
        http_status=exc.http_status,
        message=_said(exc),
        error_code=exc.code.value,
    )


def _rejected(exc: RequestRejectedError) -> _Outcome:
    if exc.http_status == 409:
        return _Outcome(
            UsulanStatus.DUPLIKAT,
            sister_id=_existing_id(exc),
            http_status=409,
            message=_said(exc),
            error_code=exc.code.value,
        )
    return _Outcome(
        UsulanStatus.DITOLAK,
        http_status=exc.http_status,
        message=_said(exc),
        error_code=exc.code.value,
    )
