"""Whether the window may offer a write of a family or a record, and if not, why.

Tambah…, Ubah… and Hapus… stay visible where SISTER takes no such write, disabled with the
reason in their tooltip: writes are switched off, the pegawai is not linked, the family is
PDDIKTI's or read-only, or the record is used in the pegawai's BKD or a PAK (SISTER answers 403
for a record a BKD or a PAK has used). The synced BKD lists name the activities by title; no
list SISTER serves names what a PAK (Pengajuan Angka Kredit) used, so a record is known to be
in one once SISTER has refused an usulan of it with that reason (``refused_records``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from sister_desktop.domain.sister_writes import WriteOp, write_family
from sister_desktop.domain.usulan import Usulan, UsulanStatus
from sister_desktop.domain.usulan_body import normalised_title


class WriteBlock(StrEnum):
    """Why a write is not offered."""

    WRITES_OFF = "writes_off"
    NOT_LINKED = "not_linked"
    PDDIKTI = "pddikti"
    READ_ONLY = "read_only"
    NO_SUCH_WRITE = "no_such_write"
    USED_IN_BKD = "used_in_bkd"
    USED_IN_PAK = "used_in_pak"


#: The field of a synced BKD row naming the activity (``bkd/penelitian`` and the others).
BKD_TITLE_FIELD = "judul_keg"


def bkd_titles(rows: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The normalised titles of the activities the synced BKD lists count."""
    return frozenset(
        normalised_title(row.get(BKD_TITLE_FIELD))
        for row in rows
        if row.get(BKD_TITLE_FIELD) not in (None, "")
    )


#: What SISTER's 403 says of a record a PAK or a BKD uses ("sedang digunakan untuk ...").
_IN_USE = "digunakan untuk"
#: Statuses that tell what SISTER last made of an usulan of a record.
_ANSWERED = frozenset({UsulanStatus.DITOLAK, UsulanStatus.DITERAPKAN, UsulanStatus.DIAJUKAN})


def refused_records(items: Iterable[Usulan]) -> dict[str, WriteBlock]:
    """Per SISTER record id, the use SISTER named when it last refused an ubah or hapus of it
    (a PAK, or a BKD); a record whose latest answered usulan went through is not listed."""
    latest: dict[str, Usulan] = {}
    for item in sorted(items, key=lambda u: u.id or 0):
        if item.record_id and item.status in _ANSWERED:
            latest[item.record_id] = item
    found: dict[str, WriteBlock] = {}
    for record_id, item in latest.items():
        said = (item.message or "").lower()
        if item.status is not UsulanStatus.DITOLAK or item.http_status != 403:
            continue
        if "angka kredit" in said or "pak" in said.split():
            found[record_id] = WriteBlock.USED_IN_PAK
        elif _IN_USE in said and "bkd" in said:
            found[record_id] = WriteBlock.USED_IN_BKD
    return found


def write_block(
    dataset: str,
    op: WriteOp,
    *,
    writes_enabled: bool,
    linked: bool,
    record: Mapping[str, Any] | None = None,
    used_in_bkd: frozenset[str] = frozenset(),
    record_key: str | None = None,
    refused: Mapping[str, WriteBlock] | None = None,
) -> WriteBlock | None:
    """Why ``op`` on ``dataset`` (on ``record``, SISTER's ``record_key``) is not offered, or
    None when it is; ``refused`` are the records SISTER refused to change (``refused_records``).
    """
    family = write_family(dataset)
    if family is None:
        return WriteBlock.READ_ONLY
    if family.pddikti and op is not WriteOp.BIDANG_ILMU:  # a PDDIKTI record's only write
        return WriteBlock.PDDIKTI
    wanted = {op}
    if op is WriteOp.UPDATE:
        wanted.add(WriteOp.PUT_OBJECT)
    if not family.operations & wanted:
        return WriteBlock.NO_SUCH_WRITE
    if record is not None and op in (WriteOp.UPDATE, WriteOp.DELETE) and family.title_field:
        title = normalised_title(record.get(family.title_field))
        if title and title in used_in_bkd:
            return WriteBlock.USED_IN_BKD
    if record_key and refused and op in (WriteOp.UPDATE, WriteOp.DELETE):
        named = refused.get(record_key)
        if named is not None:
            return named
    if not linked:
        return WriteBlock.NOT_LINKED
    if not writes_enabled:
        return WriteBlock.WRITES_OFF
    return None
