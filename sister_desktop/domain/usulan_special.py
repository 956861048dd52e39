"""The two usulan that are not a record's body: the photo (``POST /data_pribadi/foto``, a
JPG or PNG file) and a record's kelompok bidang (``PUT /<family>/{id}/bidang_ilmu``, the ids
in order). Both are an ubah of something SISTER has, so they take the usulan's path (draf →
disetujui → sent at most once) without a jenis of their own: what tells them apart is here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sister_desktop.domain.sister_writes import BIDANG_ILMU_FIELDS, WriteFamily, WriteOp
from sister_desktop.domain.usulan import Usulan

#: The photo's dataset, and the body field that names the local file to send.
FOTO_DATASET: Final = "data_pribadi/foto"
FOTO_FIELD: Final = "foto"
#: The body field of a record's kelompok bidang (the ids, in SISTER's order).
BIDANG_ILMU_FIELD: Final = "bidang_ilmu"


def image_type(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the file's own first bytes (SISTER takes only
    those two), ``None`` for anything else, whatever its name says."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def is_foto(item: Usulan) -> bool:
    return item.dataset == FOTO_DATASET


def takes_record_bidang_ilmu(family: WriteFamily) -> bool:
    """The family's records carry a kelompok bidang set by its own PUT (the tridharma
    families, and the PDDIKTI ones whose only write it is); the person's own list is the
    ``data_pribadi/bidang_ilmu`` object, an ordinary ubah."""
    return (
        WriteOp.BIDANG_ILMU in family.operations and family.field_named(BIDANG_ILMU_FIELD) is None
    )


def is_record_bidang_ilmu(family: WriteFamily, item: Usulan) -> bool:
    """An ubah of a record's kelompok bidang only, sent by the nested PUT."""
    return takes_record_bidang_ilmu(family) and item.changed_fields == (BIDANG_ILMU_FIELD,)


def bidang_ilmu_ids(rows: Iterable[object]) -> list[str]:
    """The kelompok bidang ids of SISTER's answer (``[{urutan, id_kelompok_bidang, ...}]``),
    in SISTER's order."""
    found: list[tuple[int, str]] = []
    for place, row in enumerate(rows):
        if isinstance(row, dict) and row.get("id_kelompok_bidang") not in (None, ""):
            order = row.get("urutan")
            rank = order if isinstance(order, int) else place
            found.append((rank, str(row["id_kelompok_bidang"]).lower()))
    return [kelompok for _rank, kelompok in sorted(found)]


#: The fields a kelompok bidang body is checked against.
BIDANG_ILMU_BODY_FIELDS: Final = BIDANG_ILMU_FIELDS
#: The ``referensi`` list a kelompok bidang's ids come from.
KELOMPOK_BIDANG: Final = "kelompok_bidang"
