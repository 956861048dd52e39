"""External collaborators an usulan names that SISTER does not know yet: the form keeps their
name (and sex, which SISTER asks of every person) in the member entry, and the Kirim makes
them in SISTER (``POST /kolaborator_eksternal``) just before the record that names them, then
sends the record with their ``id_orang``.

Before making one it looks for the name in SISTER's list, so a Kirim tried again after an
answer that never came finds the collaborator made the first time instead of making a twin.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_writes import (
    KOLABORATOR,
    NEW_COLLABORATOR_FIELDS,
    FieldType,
    WriteFamily,
)
from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.services.kirim_outcome import Outcome
from sister_desktop.sister.client import SisterClient

#: Keys of a member entry that describe a collaborator to make; never sent with the record.
NEW_PERSON_KEYS = tuple(field.name for field in NEW_COLLABORATOR_FIELDS)
#: Every field of SISTER's collaborator body: SISTER asks each one sent (empty when unknown).
COLLABORATOR_BODY = (
    "nama",
    "kode_negara",
    "jenis_kelamin",
    "nik",
    "tempat_lahir",
    "tanggal_lahir",
    "jalan",
    "rt",
    "rw",
    "dusun",
    "kelurahan",
    "kode_pos",
    "telepon_rumah",
    "telepon_hp",
    "email",
)
#: The country SISTER takes when the form names none (the campus's own).
DEFAULT_NEGARA = "ID"


def new_collaborator(entry: Mapping[str, Any]) -> bool:
    """Whether a member entry is a collaborator SISTER does not know yet."""
    return not entry.get("id_orang") and bool(str(entry.get("nama") or "").strip())


async def make_collaborators(
    client: SisterClient, family: WriteFamily, body: dict[str, Any], state: dict[str, bool]
) -> dict[str, Any]:
    """``body`` with every new collaborator given SISTER's ``id_orang`` (found by name, or
    made); ``state["wrote"]`` is set before a collaborator is made."""
    out = dict(body)
    for field in family.fields:
        if field.type is not FieldType.MEMBERS or field.referensi != KOLABORATOR:
            continue
        entries = out.get(field.name)
        if not isinstance(entries, list):
            continue
        resolved = []
        for entry in entries:
            if isinstance(entry, Mapping) and new_collaborator(entry):
                id_orang = await _find_or_make(client, entry, state)
                entry = {k: v for k, v in entry.items() if k not in NEW_PERSON_KEYS}
                entry["id_orang"] = id_orang
            elif isinstance(entry, Mapping):
                entry = {k: v for k, v in entry.items() if k not in NEW_PERSON_KEYS}
            resolved.append(entry)
        out[field.name] = resolved
    return out


async def _find_or_make(
    client: SisterClient, entry: Mapping[str, Any], state: dict[str, bool]
) -> str:
    nama = " ".join(str(entry["nama"]).split())
    found = await client.get_json("/kolaborator_eksternal", params={"nama": nama})
    for row in found if isinstance(found, list) else []:
        if isinstance(row, Mapping) and str(row.get("nama") or "").casefold() == nama.casefold():
            return str(row["id"])
    person: dict[str, Any] = dict.fromkeys(COLLABORATOR_BODY)
    person.update(
        nama=nama,
        kode_negara=entry.get("kode_negara") or DEFAULT_NEGARA,
        jenis_kelamin=entry.get("jenis_kelamin") or "L",
    )
    state["wrote"] = True
    answer = await client.write_json("POST", "/kolaborator_eksternal", person)
    data = answer.data
    if isinstance(data, Mapping) and data.get("id") not in (None, ""):
        return str(data["id"])
    raise Outcome(
        UsulanStatus.PERLU_DICEK,
        http_status=answer.status,
        error_code=ErrorCode.WRITE_UNCERTAIN.value,
    )
