"""Sending the two usulan that are not a record's body, and looking for them again (Periksa):
the photo (``POST /data_pribadi/foto/{id_sdm}``, the file as it is) and a record's kelompok
bidang (``PUT /<family>/{id}/bidang_ilmu``, the ids in order). What tells them apart is
``domain/usulan_special.py``; they are marked ``sending`` and settled as every usulan is.

Both replace what SISTER has, so SISTER's own answer tells whether one arrived: a photo is
SISTER's photo byte for byte, a kelompok bidang SISTER's list. A list that already is the
proposed one is recorded as applied without a request.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sister_desktop.domain.sister_writes import WriteFamily
from sister_desktop.domain.usulan import Usulan, UsulanStatus
from sister_desktop.domain.usulan_body import record_hash
from sister_desktop.domain.usulan_special import (
    BIDANG_ILMU_FIELD,
    FOTO_FIELD,
    bidang_ilmu_ids,
    image_type,
)
from sister_desktop.services.kirim_outcome import Outcome
from sister_desktop.sister.client import Multipart, SisterClient

#: Periksa found nothing of it in SISTER: it may be sent again.
_NOT_THERE = "not_found_in_sister"


def _foto_path(item: Usulan) -> Path:
    return Path(str((item.body or {}).get(FOTO_FIELD) or ""))


def _foto_url(item: Usulan) -> str:
    return f"/data_pribadi/foto/{quote(item.id_sdm, safe='')}"


async def _foto_bytes(item: Usulan) -> bytes:
    path = _foto_path(item)
    try:
        return await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise Outcome(UsulanStatus.GAGAL, message=str(path), error_code="file_missing") from exc


async def send_foto(client: SisterClient, item: Usulan, state: dict[str, bool]) -> None:
    """Send the photo file; SISTER answers 204 and the photo is replaced (both roles)."""
    data = await _foto_bytes(item)
    media = image_type(data)
    if media is None:  # the file was replaced by something else since the usulan was made
        raise Outcome(
            UsulanStatus.DITOLAK, message=_foto_path(item).name, error_code="not_an_image"
        )
    state["wrote"] = True
    answer = await client.write_multipart(
        _foto_url(item), Multipart({}, (_foto_path(item).name, data, media))
    )
    raise Outcome(UsulanStatus.DITERAPKAN, sister_id=item.id_sdm, http_status=answer.status)


def _bidang_url(family: WriteFamily, record_id: str) -> str:
    return f"/{family.path}/{quote(record_id, safe='')}/bidang_ilmu"


def _wanted(item: Usulan) -> list[str]:
    return [str(k).lower() for k in (item.body or {}).get(BIDANG_ILMU_FIELD) or []]


async def record_bidang_ilmu(
    client: SisterClient, family: WriteFamily, record_id: str
) -> list[str]:
    """SISTER's kelompok bidang of a record now, the ids in its order (what an usulan of it
    starts from, and what the Kirim compares with)."""
    answer: Any = await client.get_json(_bidang_url(family, record_id))
    return bidang_ilmu_ids(answer if isinstance(answer, list) else [])


async def send_record_bidang_ilmu(
    client: SisterClient, family: WriteFamily, item: Usulan, state: dict[str, bool]
) -> None:
    """Read the record's kelompok bidang fresh: already the proposed ones, applied without a
    request; moved since the usulan was made (when it kept the version), not sent; else the
    PUT of the ids in order."""
    wanted = _wanted(item)
    fresh = await record_bidang_ilmu(client, family, item.record_id or "")
    if fresh == wanted:
        raise Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id)
    if item.base_hash is not None and record_hash({BIDANG_ILMU_FIELD: fresh}) != item.base_hash:
        raise Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
    state["wrote"] = True
    answer = await client.write_json("PUT", _bidang_url(family, item.record_id or ""), wanted)
    raise Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id, http_status=answer.status)


async def look_foto(client: SisterClient, item: Usulan) -> Outcome | None:
    """SISTER's photo is the usulan's file: applied; otherwise it may be sent again. None
    when the file is gone (nothing to compare with)."""
    try:
        data = await asyncio.to_thread(_foto_path(item).read_bytes)
    except OSError:
        return None
    body, _media = await client.get_bytes(_foto_url(item))
    if body == data:
        return Outcome(UsulanStatus.DITERAPKAN, sister_id=item.id_sdm)
    return Outcome(UsulanStatus.DISETUJUI, message=_NOT_THERE)


async def look_record_bidang_ilmu(
    client: SisterClient, family: WriteFamily, item: Usulan
) -> Outcome:
    fresh = await record_bidang_ilmu(client, family, item.record_id or "")
    if fresh == _wanted(item):
        return Outcome(UsulanStatus.DITERAPKAN, sister_id=item.record_id)
    if item.base_hash is not None and record_hash({BIDANG_ILMU_FIELD: fresh}) != item.base_hash:
        return Outcome(UsulanStatus.BERUBAH_DI_SISTER, error_code="changed_in_sister")
    return Outcome(UsulanStatus.DISETUJUI, message=_NOT_THERE)
