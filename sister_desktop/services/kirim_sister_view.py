"""What SISTER shows of an usulan's record, as the Kirim and the Periksa read it: the fresh
values of a record, the ajuan of a pegawai, an ajuan's proposed values, a row's id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.domain.sister_writes import WriteFamily, WriteOp
from sister_desktop.domain.usulan import Usulan
from sister_desktop.domain.usulan_body import body_from_record
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import NotFoundError

#: SISTER's role names.
ROLE_BASIC = "basic"


def is_basic(role: str | None) -> bool:
    return ROLE_BASIC in (role or "").lower()


async def fresh_body(
    reader: DatasetReader, family: WriteFamily, item: Usulan
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


async def ajuan_rows(
    reader: DatasetReader, family: WriteFamily, id_sdm: str
) -> list[Mapping[str, Any]] | None:
    name = family.path if family.path.endswith("/ajuan") else f"{family.dataset}/ajuan"
    dataset = BY_NAME.get(name)
    if dataset is None:
        return None
    return list((await reader.rows(dataset, id_sdm)).rows)


def row_id(row: Mapping[str, Any]) -> str | None:
    value = row.get("id")
    return str(value).lower() if value not in (None, "") else None


def proposed(row: Mapping[str, Any]) -> dict[str, Any]:
    """An ajuan's proposed values (``<kolom>_baru`` of its ``detail_perubahan``)."""
    detail = row.get("detail_perubahan")
    if not isinstance(detail, Mapping):
        return {}
    return {key[: -len("_baru")]: value for key, value in detail.items() if key.endswith("_baru")}
