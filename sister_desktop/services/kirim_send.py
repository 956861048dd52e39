"""One Kirim run's send: the approved usulan side by side through the paced client, each
marked ``sending`` before its first request and settled with its outcome, then the read-back.

``KirimService`` (``kirim_service.py``) takes the lock, logs in and sets the pace, and hands a
run to ``KirimRun``; what one run learns (SISTER's fresh lists for the duplicate check, the
referensi ids it checked against) lives and dies with it.
"""

from __future__ import annotations

import asyncio
import mimetypes
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.domain.sister_writes import WriteFamily, WriteOp, write_family
from sister_desktop.domain.usulan import SENDABLE, Usulan, UsulanJenis, UsulanStatus
from sister_desktop.domain.usulan_body import duplicate_key, merge, record_hash, removed_documents
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
from sister_desktop.services.kirim_models import KirimMeter, KirimResult, ProgressListener
from sister_desktop.services.kirim_outcome import (
    Outcome,
    error_outcome,
    rejected_outcome,
    uncertain_outcome,
)
from sister_desktop.services.kirim_partners import make_collaborators
from sister_desktop.services.kirim_read_back import read_back
from sister_desktop.services.kirim_sister_view import fresh_body, is_basic, row_id
from sister_desktop.services.kirim_special import send_foto, send_record_bidang_ilmu
from sister_desktop.services.referensi_service import ReferensiService
from sister_desktop.sister.client import Multipart, SisterClient, WriteAnswer
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import (
    NotFoundError,
    RequestRejectedError,
    SisterError,
    WriteUncertainError,
)
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from sister_desktop.store.usulan_repository import UsulanRepository


class KirimRun:
    """One send of the approved usulan."""

    def __init__(
        self,
        repo: UsulanRepository,
        records: SisterRecordRepository,
        referensi: ReferensiService,
        *,
        who: str | None,
        cancel: asyncio.Event,
    ) -> None:
        self._repo = repo
        self._records = records
        self._referensi = referensi
        self.who = who
        #: Set by ``KirimService.cancel``: no usulan starts after it.
        self._cancel = cancel
        #: Per pegawai and dataset, SISTER's fresh list as this run knows it (duplicate check).
        self._lists: dict[tuple[str, str], list[tuple[str | None, tuple[str, ...] | None]]] = {}
        self._list_locks: dict[tuple[str, str], asyncio.Lock] = {}
        #: Per family and lists, the referensi ids this run checked its usulan against.
        self._known: dict[tuple[str, tuple[str, ...]], dict[str, frozenset[str]]] = {}
        self._known_lock = asyncio.Lock()

    async def run(
        self,
        client: SisterClient,
        ids: Iterable[int] | None,
        on_progress: ProgressListener | None,
        concurrency: int | None,
    ) -> KirimResult:
        """Send the sendable usulan (those of ``ids`` among them) side by side, each settled
        with its outcome, then read the affected back."""
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
            await self._settle(item, error_outcome(UsulanStatus.DITOLAK, exc))
        except SisterError as exc:
            # Certainly not applied: the client resends only what never reached SISTER, and
            # what it gave up on never did.
            await self._settle(item, error_outcome(UsulanStatus.GAGAL, exc))
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


def _answer_id(answer: WriteAnswer) -> str | None:
    data = answer.data
    if isinstance(data, Mapping) and data.get("id") not in (None, ""):
        return str(data["id"])
    return None
