"""Periksa: for each usulan whose answer never came (``perlu_dicek``), what SISTER shows of
it now; the usulan it can tell about are settled and their pegawai read back."""

from __future__ import annotations

import logging
import uuid

from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.domain.sister_writes import WriteFamily, write_family
from sister_desktop.domain.usulan import Usulan, UsulanJenis, UsulanStatus
from sister_desktop.domain.usulan_body import duplicate_key, record_hash
from sister_desktop.domain.usulan_special import is_foto, is_record_bidang_ilmu
from sister_desktop.services.kirim_models import (
    KirimMeter,
    KirimResult,
    ProgressListener,
)
from sister_desktop.services.kirim_outcome import Outcome
from sister_desktop.services.kirim_read_back import read_back
from sister_desktop.services.kirim_sister_view import (
    ajuan_rows,
    fresh_body,
    is_basic,
    proposed,
    row_id,
)
from sister_desktop.services.kirim_special import look_foto, look_record_bidang_ilmu
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import NotFoundError, SisterError
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from sister_desktop.store.usulan_repository import UsulanRepository

log = logging.getLogger(__name__)


async def periksa(
    repo: UsulanRepository,
    records: SisterRecordRepository,
    who: str | None,
    client: SisterClient,
    on_progress: ProgressListener | None,
) -> KirimResult:
    """Look in SISTER for each usulan ``perlu_dicek`` and settle those it shows (applied,
    filed as an ajuan, or not there: to send again), then read the affected back."""
    items = await repo.find(statuses=[UsulanStatus.PERLU_DICEK])
    run_id = str(uuid.uuid4())
    result = KirimResult(run_id)
    reader = DatasetReader(client)
    meter = KirimMeter()
    start = client.counters.requests
    affected: set[tuple[int | None, str, str, str | None]] = set()
    for number, item in enumerate(items, start=1):
        assert item.id is not None
        family = write_family(item.dataset)
        if family is None:
            continue
        try:
            found = await look(client, reader, family, item)
        except SisterError as exc:
            log.info("Periksa of usulan %s failed: %s", item.id, exc.code)
            continue
        if found is None:
            continue  # SISTER cannot tell: it stays to be checked by hand
        await repo.settle(
            item.id,
            found.status,
            by=who,
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
            on_progress(meter.progress(number, len(items), client.counters.requests - start, 0))
    result.read_back_failed = await read_back(records, reader, affected)
    checked = [item.id for item in items if item.id is not None]
    result.usulan = await repo.find(ids=checked)
    return result


async def look(
    client: SisterClient,
    reader: DatasetReader,
    family: WriteFamily,
    item: Usulan,
) -> Outcome | None:
    """What SISTER shows of an usulan whose answer never came; None when it cannot say."""
    if is_foto(item):
        return await look_foto(client, item)
    if is_record_bidang_ilmu(family, item):
        return await look_record_bidang_ilmu(client, family, item)
    body = item.body or {}
    ajuan_family = family.ajuan_for_basic and is_basic(client.role)
    back = Outcome(UsulanStatus.DISETUJUI, message="not_found_in_sister")
    if item.jenis is UsulanJenis.BARU:
        wanted = duplicate_key(family, body)
        if wanted is None:
            return None
        if ajuan_family:
            rows = await ajuan_rows(reader, family, item.id_sdm)
            if rows is None:
                return None
            for row in rows:
                if duplicate_key(family, proposed(row)) == wanted:
                    return Outcome(UsulanStatus.DIAJUKAN, sister_id=row_id(row))
            return back
        listed = await reader.rows(BY_NAME[family.dataset], item.id_sdm)
        for row in listed.rows:
            if duplicate_key(family, row) == wanted:
                return Outcome(UsulanStatus.DITERAPKAN, sister_id=row_id(row))
        return back
    if item.jenis is UsulanJenis.UBAH:
        fresh = await fresh_body(reader, family, item)
        if fresh is None:
            return Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
        names = [name for name in item.changed_fields if name != "dokumen"]
        if names and all(fresh.get(name) == body.get(name) for name in names):
            return Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id or item.id_sdm)
        if ajuan_family:
            rows = await ajuan_rows(reader, family, item.id_sdm)
            if rows is None:
                return None  # data pribadi ajuan cannot be listed: look by hand
            for row in rows:
                values = proposed(row)
                if row.get("id_data_master") == item.record_id and all(
                    str(values.get(name)) == str(body.get(name)) for name in names
                ):
                    return Outcome(UsulanStatus.DIAJUKAN, sister_id=row_id(row))
        if record_hash(fresh) == item.base_hash:
            return back
        return Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
    try:
        await reader.detail(BY_NAME[family.dataset], item.record_id or "")
    except NotFoundError:
        return Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id)
    if ajuan_family:
        rows = await ajuan_rows(reader, family, item.id_sdm)
        for row in rows or []:
            if row.get("id_data_master") == item.record_id and row.get("jenis_ajuan") == "Hapus":
                return Outcome(UsulanStatus.DIAJUKAN, sister_id=row_id(row))
    return back


# -- the read-back --------------------------------------------------------------------------
