"""One SISTER record as the local database keeps it, and how a record is told apart from the
others of its list.

A list row is matched with the stored one by its key (``id``, or what stands for it where
SISTER gives none); comparing the row's hash with the stored hash tells a changed record
(whose detail is fetched again) from an unchanged one (whose detail is kept).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sister_desktop.domain.changes import payload_hash
from sister_desktop.domain.sister_groups import BY_NAME, DatasetKind

#: The key of the one record of an object dataset (``data_pribadi/profil`` ...).
OBJECT_KEY = ""
#: The longest key the database keeps (``sister_record.record_key``).
RECORD_KEY_MAX = 200


def record_key(dataset: str, row: Mapping[str, Any]) -> str:
    """The key of ``row`` within its dataset's list.

    ``id`` where SISTER gives one; the bidang ilmu of a person by its rank (``urutan``) or its
    group; the BKD rows by semester and content (a changed BKD row reads as one removed and one
    new, which is what it is for an operator: another activity).
    """
    kind = BY_NAME[dataset].kind
    if kind in (DatasetKind.OBJECT, DatasetKind.BINARY):
        return OBJECT_KEY
    value = row.get("id")
    if value not in (None, ""):
        return _fitted(str(value).strip().lower())
    if kind is DatasetKind.PERSON_LIST:
        for name in ("urutan", "id_kelompok_bidang"):
            if row.get(name) not in (None, ""):
                return _fitted(f"{name}:{row[name]}")
    semester = row.get("id_smt")
    digest = payload_hash(dict(row))[:16]
    return _fitted(f"{semester}:{digest}") if semester not in (None, "") else digest


def _fitted(key: str) -> str:
    """A key as the database can keep it: one longer than ``RECORD_KEY_MAX`` (no id SISTER
    gives is) is cut, with a digest of the whole so two such keys stay apart."""
    if len(key) <= RECORD_KEY_MAX:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{key[: RECORD_KEY_MAX - 17]}#{digest}"


#: The photo's row: its media type and its bytes as base64 (a passport photo, some kB).
PHOTO_MEDIA_TYPE = "media_type"
PHOTO_DATA = "data_base64"

#: Fields that name a record for the operator, the first present wins (a publication's
#: title, a training's name, a rank, a course ...).
TITLE_FIELDS = (
    "judul",
    "judul_makalah",
    "judul_keg",
    "mata_kuliah",
    "nama",
    "nama_kegiatan",
    "nama_diklat",
    "nama_penghargaan",
    "nama_organisasi",
    "nama_beasiswa",
    "jabatan_fungsional",
    "pangkat_golongan",
    "jabatan",
    "jenis_tugas",
    "unit_kerja",
    "jenis_sertifikasi",
    "jenis_tes",
    "jenjang_pendidikan",
    "nama_jenis",
    "jenis_ajuan",
    "kelompok_bidang",
    "nama_bimbingan",
    "nama_jabatan",
    "media_publikasi",
    "bidang_tugas",
    "perguruan_tinggi",
    "instansi",
)
#: Longest title kept in a log line.
TITLE_LENGTH = 120


def record_title(row: Mapping[str, Any] | None, key: str = "") -> str:
    """What an operator calls a record: its title field where it has one, else its key."""
    for name in TITLE_FIELDS:
        value = row.get(name) if row else None
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"
    return key


@dataclass(frozen=True, slots=True)
class SisterRecord:
    """One stored record of one pegawai: the row as listed, its detail when fetched, and when
    the sync saw and changed it. ``removed_at`` is set once it is gone from its list."""

    pegawai_id: int
    dataset: str
    key: str
    #: The semester of a per-semester list (``""`` for the others).
    scope: str
    position: int
    row: Mapping[str, Any]
    detail: Mapping[str, Any] | None
    first_seen_at: datetime
    seen_at: datetime
    changed_at: datetime
    detail_fetched_at: datetime | None = None
    removed_at: datetime | None = None

    @property
    def values(self) -> dict[str, Any]:
        """Everything known of the record: the detail over the listed row."""
        merged = dict(self.row)
        if self.detail:
            merged.update(self.detail)
        return merged

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True, slots=True)
class DatasetState:
    """How the last pull of one dataset (and semester) of one pegawai went."""

    pegawai_id: int
    dataset: str
    scope: str
    synced_at: datetime
    ok: bool
    records: int
    list_requests: int
    detail_requests: int
    error_code: str | None = None
