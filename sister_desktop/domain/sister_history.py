"""A pegawai's synced SISTER records arranged for reading: per dataset a history, newest first,
with the columns its list shows, the reference ids that name something, its documents and
pending change requests, and when each dataset and group was last synced.

The Data SISTER window, the Daftar Riwayat Hidup (PDF and XLSX) and their tests read the same
arrangement, so a history is ordered and cut into columns in one place; the words (column
titles, dates in Indonesian) are added by ``texts/data_sister_texts.py``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.sister_fields import REFERENSI_OF_FIELD
from sister_desktop.domain.sister_groups import (
    BY_NAME,
    DATASETS,
    Dataset,
    DatasetKind,
    SisterGroup,
    group_datasets,
)
from sister_desktop.domain.sister_records import PHOTO_DATA, DatasetState, SisterRecord

#: Fields never shown as a column: keys and the person's own id.
KEY_FIELDS = frozenset({"id", "id_sdm", "id_data_master", "id_reg_ptk"})
#: The field holding a record's documents (a list of ``{nama, jenis_dokumen, ...}``).
DOCUMENTS_FIELD = "dokumen"
#: The pas foto's dataset: one image, not a history.
PHOTO_DATASET = "data_pribadi/foto"
#: The first of these a record has orders its history (newest first), in this order.
WHEN_FIELDS: tuple[str, ...] = (
    "tanggal_mulai",
    "tanggal_mulai_jabatan",
    "tanggal_mulai_tugas",
    "terhitung_mulai_tanggal",
    "mulai_bekerja",
    "tanggal_lulus",
    "tahun_lulus",
    "tanggal_sk",
    "tanggal",
    "tanggal_pelaksanaan",
    "tanggal_terbit",
    "tanggal_ajuan",
    "tanggal_upload",
    "tahun_sertifikasi",
    "tahun_pelaksanaan",
    "tahun_mulai",
    "tahun",
    "id_semester",
    "id_smt",
)


def referensi_names(payloads: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """``list name -> id (as text) -> nama`` from the cached ``referensi`` payloads (lists of
    ``{id, nama}``); anything else is left out."""
    names: dict[str, dict[str, str]] = {}
    for list_name, payload in payloads.items():
        if not isinstance(payload, list):
            continue
        table: dict[str, str] = {}
        for item in payload:
            if isinstance(item, Mapping) and "id" in item and item.get("nama") is not None:
                table[str(item["id"])] = str(item["nama"])
        names[list_name] = table
    return names


def referensi_name(
    names: Mapping[str, Mapping[str, str]], field_name: str, value: Any
) -> str | None:
    """The name of a reference id, or ``None`` when the field is no reference or the id is not
    in the cached list."""
    list_name = REFERENSI_OF_FIELD.get(field_name)
    if list_name is None or value in (None, ""):
        return None
    return names.get(list_name, {}).get(str(value))


def _when(values: Mapping[str, Any]) -> str:
    for name in WHEN_FIELDS:
        value = values.get(name)
        if value not in (None, ""):
            return str(value)
    return ""


def newest_first(records: Iterable[SisterRecord]) -> list[SisterRecord]:
    """Records by their date (start, graduation, year, ...), the newest first; undated ones
    last, in SISTER's order."""
    listed = list(records)
    dated = [r for r in listed if _when(r.values)]
    undated = [r for r in listed if not _when(r.values)]
    dated.sort(key=lambda r: (_when(r.values), -r.position), reverse=True)
    return dated + undated


def _shown(name: str, present: set[str]) -> bool:
    if name in KEY_FIELDS or name == DOCUMENTS_FIELD:
        return False
    if name.startswith("id_"):
        # An id beside its name (``id_jenjang_pendidikan`` beside ``jenjang_pendidikan``) is
        # noise; an id that names something and stands alone is shown by its name.
        return name in REFERENSI_OF_FIELD and not _named_beside(name, present)
    return True


def _named_beside(name: str, present: set[str]) -> bool:
    """``id_X`` has its name beside it (``X`` or ``nama_X``)."""
    return name[3:] in present or f"nama_{name[3:]}" in present


def history_columns(records: Sequence[SisterRecord]) -> list[str]:
    """The columns of a history: the fields its list rows carry (SISTER's list of the most
    telling ones), in their order, then the documents when any record lists some."""
    present: set[str] = set()
    ordered: list[str] = []
    for record in records:
        for name in record.row:
            if name not in present:
                present.add(name)
                ordered.append(name)
    columns = [name for name in ordered if _shown(name, present)]
    if any(_documents(r) for r in records):
        columns.append(DOCUMENTS_FIELD)
    return columns


def detail_fields(record: SisterRecord) -> list[str]:
    """Every field of a record for its detail view: the listed ones first, then the rest of
    the detail; keys and the documents left out (shown apart)."""
    values = record.values
    listed = [name for name in record.row]
    rest = [name for name in values if name not in record.row]
    present = set(values)
    return [
        n
        for n in listed + rest
        if n not in {"id", "id_sdm", DOCUMENTS_FIELD}
        # an id beside its name says nothing more (``id_agama`` beside ``agama``)
        and not (n.startswith("id_") and _named_beside(n, present))
    ]


def _documents(record: SisterRecord) -> list[Mapping[str, Any]]:
    found = record.values.get(DOCUMENTS_FIELD)
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, Mapping)]


def documents_of(record: SisterRecord) -> list[Mapping[str, Any]]:
    """The documents a record lists (``nama``, ``jenis_dokumen``, ``nama_file``, ...)."""
    return _documents(record)


@dataclass(frozen=True, slots=True)
class History:
    """One dataset of one pegawai, ready to show."""

    dataset: Dataset
    #: Current records, newest first.
    records: tuple[SisterRecord, ...]
    #: Records gone from SISTER's list since, newest first (shown only on request).
    removed: tuple[SisterRecord, ...]
    columns: tuple[str, ...]
    #: When the dataset was last pulled (its latest semester for a per-semester list); ``None``
    #: when never.
    synced_at: datetime | None
    #: Whether that last pull failed (the records shown are from before).
    failed: bool = False
    #: Keys of records with a pending change request (``*/ajuan``) of their own.
    with_ajuan: frozenset[str] = frozenset()

    @property
    def synced(self) -> bool:
        return self.synced_at is not None

    @property
    def is_ajuan(self) -> bool:
        return self.dataset.ajuan_of is not None

    @property
    def is_object(self) -> bool:
        return self.dataset.kind is DatasetKind.OBJECT

    def shown(self, *, include_removed: bool) -> tuple[SisterRecord, ...]:
        return self.records + self.removed if include_removed else self.records


@dataclass(frozen=True, slots=True)
class PegawaiSisterData:
    """Everything synced of one pegawai, by dataset, with the names of the reference ids."""

    pegawai_id: int
    histories: Mapping[str, History]
    referensi: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def group(self, group: SisterGroup) -> list[History]:
        """The histories of a group in catalogue order (the photo is not a history)."""
        return [
            self.histories[d.name]
            for d in group_datasets(group)
            if d.kind is not DatasetKind.BINARY
        ]

    def group_synced_at(self, group: SisterGroup) -> datetime | None:
        """When any dataset of the group was last synced; ``None``: never."""
        moments = [h.synced_at for h in self.group(group) if h.synced_at is not None]
        return max(moments) if moments else None

    def current(self, dataset: str) -> tuple[SisterRecord, ...]:
        return self.histories[dataset].records

    def latest(self, dataset: str) -> SisterRecord | None:
        """The newest current record of a history (the rank held now, ...)."""
        records = self.current(dataset)
        return records[0] if records else None

    def photo(self) -> bytes | None:
        """The pas foto SISTER holds (image bytes as served), ``None`` when none was synced or
        its stored copy is damaged."""
        record = self.latest(PHOTO_DATASET)
        data = record.row.get(PHOTO_DATA) if record is not None else None
        if not isinstance(data, str) or not data:
            return None
        try:
            return base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            return None

    def object_values(self, dataset: str) -> dict[str, Any]:
        """An object dataset's values (``data_pribadi/profil`` ...); empty when not synced."""
        record = self.latest(dataset)
        return record.values if record is not None else {}


def arrange(
    pegawai_id: int,
    records: Iterable[SisterRecord],
    states: Iterable[DatasetState],
    referensi: Mapping[str, Any],
) -> PegawaiSisterData:
    """Arrange one pegawai's stored records (removed ones included) and dataset states."""
    by_dataset: dict[str, list[SisterRecord]] = {}
    for record in records:
        if record.dataset in BY_NAME:
            by_dataset.setdefault(record.dataset, []).append(record)
    latest: dict[str, DatasetState] = {}
    for state in states:
        before = latest.get(state.dataset)
        if before is None or state.synced_at > before.synced_at:
            latest[state.dataset] = state
    ajuan_targets: dict[str, set[str]] = {}
    for dataset in DATASETS:
        if dataset.ajuan_of is None:
            continue
        for record in by_dataset.get(dataset.name, []):
            master = record.values.get("id_data_master")
            if record.removed_at is None and master not in (None, ""):
                ajuan_targets.setdefault(dataset.ajuan_of, set()).add(str(master).lower())
    histories: dict[str, History] = {}
    for dataset in DATASETS:
        listed = by_dataset.get(dataset.name, [])
        current = newest_first(r for r in listed if r.removed_at is None)
        removed = newest_first(r for r in listed if r.removed_at is not None)
        last = latest.get(dataset.name)
        histories[dataset.name] = History(
            dataset=dataset,
            records=tuple(current),
            removed=tuple(removed),
            columns=tuple(history_columns(current + removed)),
            synced_at=last.synced_at if last is not None else None,
            failed=last is not None and not last.ok,
            with_ajuan=frozenset(ajuan_targets.get(dataset.name, set())),
        )
    return PegawaiSisterData(pegawai_id, histories, referensi_names(referensi))


@dataclass(frozen=True, slots=True)
class PegawaiWithData:
    """A campus pegawai and what SISTER holds of him."""

    pegawai: Pegawai
    data: PegawaiSisterData
    #: The PT's name as SISTER knows it (the cached ``profil_pt``, else his assignment's PT).
    pt_name: str | None
