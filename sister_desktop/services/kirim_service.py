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

This module runs the send; the jobs beside it have their own modules: ``kirim_periksa``,
``kirim_read_back``, ``kirim_sister_view`` (what SISTER shows of a record), ``kirim_outcome``
and ``kirim_models`` (the preview, progress and result every caller sees).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import mimetypes
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_groups import BY_NAME
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
    duplicate_key,
    field_changes,
    merge,
    record_hash,
    removed_documents,
)
from sister_desktop.domain.usulan_special import (
    BIDANG_ILMU_BODY_FIELDS,
    is_foto,
    is_record_bidang_ilmu,
)
from sister_desktop.domain.usulan_validation import (
    ProblemCode,
    filled_fields,
    validate_body,
    validate_change,
    validate_fields,
)
from sister_desktop.services.connection import SettingsIncompleteError, SisterConnection
from sister_desktop.services.kirim_models import (
    KirimCannotStartError,
    KirimMeter,
    KirimPreview,
    KirimResult,
    PreviewItem,
    ProgressListener,
)
from sister_desktop.services.kirim_outcome import (
    Outcome,
    rejected_outcome,
    said,
    uncertain_outcome,
)
from sister_desktop.services.kirim_partners import make_collaborators
from sister_desktop.services.kirim_periksa import periksa
from sister_desktop.services.kirim_read_back import read_back
from sister_desktop.services.kirim_sister_view import fresh_body, is_basic, row_id
from sister_desktop.services.kirim_special import send_foto, send_record_bidang_ilmu
from sister_desktop.services.referensi_service import ReferensiService
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
    SisterRecordRepository,
)
from sister_desktop.store.sync_repository import SyncRepository
from sister_desktop.store.usulan_repository import UsulanRepository

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
        #: Per family, the referensi ids this run checked its usulan against.
        self._known: dict[tuple[str, tuple[str, ...]], dict[str, frozenset[str]]] = {}
        self._known_lock = asyncio.Lock()
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
        self._lists = {}
        self._list_locks = {}
        self._known = {}
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

        meter = KirimMeter()

        def report(phase: str = "send") -> None:
            if on_progress is not None:
                counters = client.counters
                on_progress(
                    meter.progress(
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
        result.read_back_failed = await read_back(self._records, reader, affected)
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
                raise Outcome(UsulanStatus.DITOLAK, error_code="not_writable")
            await self._check_references(family, item)
            await self._dispatch(client, reader, family, item, state)
        except Outcome as outcome:
            await self._settle(item, outcome)
        except WriteUncertainError as exc:
            await self._settle(item, uncertain_outcome(exc))
        except RequestRejectedError as exc:
            await self._settle(item, rejected_outcome(exc))
        except NotFoundError as exc:
            await self._settle(
                item,
                Outcome(
                    UsulanStatus.DITOLAK,
                    http_status=exc.http_status,
                    message=said(exc),
                    error_code=exc.code.value,
                ),
            )
        except SisterError as exc:
            # Certainly not applied: the client resends only what never reached SISTER, and
            # what it gave up on never did.
            await self._settle(
                item,
                Outcome(
                    UsulanStatus.GAGAL,
                    http_status=exc.http_status,
                    message=said(exc),
                    error_code=exc.code.value,
                ),
            )
        except asyncio.CancelledError:
            cut = (
                Outcome(UsulanStatus.PERLU_DICEK, error_code=ErrorCode.WRITE_UNCERTAIN.value)
                if state["wrote"]
                else Outcome(UsulanStatus.DISETUJUI)
            )
            await asyncio.shield(self._settle(item, cut))
            raise

    async def _check_references(self, family: WriteFamily, item: Usulan) -> None:
        """Refuse, before any request, an usulan whose ids are not in the referensi lists
        (cached, or fetched once per run): SISTER would refuse it, or file it under a wrong
        id. An ubah is checked on the fields it changes (the rest is SISTER's own record)."""
        if item.body is None or item.jenis is UsulanJenis.HAPUS:
            return
        is_ubah = item.jenis is UsulanJenis.UBAH
        bidang = is_record_bidang_ilmu(family, item)
        fields = item.changed_fields if is_ubah else filled_fields(item.body)
        lists = (
            tuple(f.referensi for f in BIDANG_ILMU_BODY_FIELDS if f.referensi)
            if bidang
            else family.referensi_lists_of(fields)
        )
        if not lists:
            return
        key = (family.dataset, lists)
        async with self._known_lock:  # the senders side by side fetch a list once
            known = self._known.get(key)
            if known is None:
                known = await self._referensi.known_ids_of(lists, family.dataset)
                self._known[key] = known
        if bidang:
            problems = validate_fields(BIDANG_ILMU_BODY_FIELDS, item.body, referensi=known)
        elif is_ubah:
            problems = validate_change(family, item.body, item.changed_fields, referensi=known)
        else:
            problems = validate_body(family, item.body, referensi=known)
        for problem in problems:
            if problem.code is ProblemCode.UNKNOWN_REFERENCE:
                raise Outcome(
                    UsulanStatus.DITOLAK,
                    message=f"{problem.field}: {problem.detail}",
                    error_code=ProblemCode.UNKNOWN_REFERENCE.value,
                )

    async def _settle(self, item: Usulan, outcome: Outcome) -> None:
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
        if is_foto(item):
            await send_foto(client, item, state)
        elif is_record_bidang_ilmu(family, item):
            await send_record_bidang_ilmu(client, family, item, state)
        elif item.jenis is UsulanJenis.BARU:
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
                    raise Outcome(
                        UsulanStatus.GAGAL, message=str(path), error_code="file_missing"
                    ) from exc
                media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                upload = (path.name, data, media)
            state["wrote"] = True
            answer = await client.write_multipart("/dokumen", Multipart(fields, upload))
            new_id = _answer_id(answer)
            if new_id is None:
                raise Outcome(
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
            known = [(row_id(row), duplicate_key(family, row)) for row in listed.rows]
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
                        raise Outcome(
                            UsulanStatus.DUPLIKAT,
                            sister_id=record_id,
                            error_code="found_before_sending",
                        )
            documents = await self._documents(client, item, state)
            if family.has_documents:
                body["dokumen"] = list(dict.fromkeys([*(body.get("dokumen") or []), *documents]))
            body = await make_collaborators(client, family, body, state)
            state["wrote"] = True
            answer = await client.write_json("POST", f"/{family.path}", body)
            new_id = _answer_id(answer)
            if answer.status == 204:
                raise Outcome(UsulanStatus.DIAJUKAN, http_status=204)
            if new_id is not None and wanted is not None:
                self._lists.setdefault((item.id_sdm, family.dataset), []).append((new_id, wanted))
            raise Outcome(UsulanStatus.DITERAPKAN, sister_id=new_id, http_status=answer.status)

    async def _ubah(
        self,
        client: SisterClient,
        reader: DatasetReader,
        family: WriteFamily,
        item: Usulan,
        state: dict[str, bool],
    ) -> None:
        fresh = await fresh_body(reader, family, item)
        if fresh is None or record_hash(fresh) != item.base_hash:
            raise Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
        documents = await self._documents(client, item, state)
        body = item.body or {}
        changes = {name: body.get(name) for name in item.changed_fields if name != "dokumen"}
        if family.has_documents:
            changes["dokumen"] = documents
        merged = merge(
            fresh,
            changes,
            removed_documents(item.base_record, item.body, item.changed_fields),
        )
        merged = await make_collaborators(client, family, merged, state)
        state["wrote"] = True
        if WriteOp.PUT_OBJECT in family.operations:
            payload: Any = merged
            if family.dataset == "data_pribadi/bidang_ilmu":
                payload = merged.get("bidang_ilmu") or []
            answer = await client.write_json("PUT", f"/{family.path}/{item.id_sdm}", payload)
        else:
            answer = await client.write_json("PUT", f"/{family.path}/{item.record_id}", merged)
        if answer.status == 204:
            raise Outcome(UsulanStatus.DIAJUKAN, http_status=204)
        raise Outcome(
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
        if family.ajuan_for_basic and is_basic(client.role):
            raise Outcome(UsulanStatus.DIAJUKAN, http_status=answer.status)
        raise Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id, http_status=answer.status)

    # -- the check ----------------------------------------------------------------------------


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
