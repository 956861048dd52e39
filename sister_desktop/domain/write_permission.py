"""Whether the window may offer a write of a family or a record, and if not, why.

Tambah…, Ubah… and Hapus… stay visible where SISTER takes no such write, disabled with the
reason in their tooltip: writes are switched off, the pegawai is not linked, the family is
PDDIKTI's or read-only, or the record is used in the pegawai's BKD (SISTER answers 403 for a
record a BKD or a PAK has used; the synced BKD lists name the activities by title).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from sister_desktop.domain.sister_writes import WriteOp, write_family
from sister_desktop.domain.usulan_body import normalised_title


class WriteBlock(StrEnum):
    """Why a write is not offered."""

    WRITES_OFF = "writes_off"
    NOT_LINKED = "not_linked"
    PDDIKTI = "pddikti"
    READ_ONLY = "read_only"
    NO_SUCH_WRITE = "no_such_write"
    USED_IN_BKD = "used_in_bkd"


#: The field of a synced BKD row naming the activity (``bkd/penelitian`` and the others).
BKD_TITLE_FIELD = "judul_keg"


def bkd_titles(rows: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The normalised titles of the activities the synced BKD lists count."""
    return frozenset(
        normalised_title(row.get(BKD_TITLE_FIELD))
        for row in rows
        if row.get(BKD_TITLE_FIELD) not in (None, "")
    )


def write_block(
    dataset: str,
    op: WriteOp,
    *,
    writes_enabled: bool,
    linked: bool,
    record: Mapping[str, Any] | None = None,
    used_in_bkd: frozenset[str] = frozenset(),
) -> WriteBlock | None:
    """Why ``op`` on ``dataset`` (on ``record``) is not offered, or None when it is."""
    family = write_family(dataset)
    if family is None:
        return WriteBlock.READ_ONLY
    if family.pddikti:
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
    if not linked:
        return WriteBlock.NOT_LINKED
    if not writes_enabled:
        return WriteBlock.WRITES_OFF
    return None
