"""What the Laporan reads of one pegawai: his stored SISTER records by dataset, and the values
that hold on a given day (assignment, rank, grade, education, certification, birth date),
read from the raw records the sync keeps.

Every value comes with the records it was read from (``SourceRef``), so a chart's bar or an
LKPS cell can list them. Nothing here asks SISTER or the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sister_desktop.domain.derived import jenjang_rank
from sister_desktop.domain.laporan_vocabulary import (
    Jabatan,
    StatusDosen,
    jabatan,
    status_dosen,
)
from sister_desktop.domain.ranks import GOLONGAN, golongan_code
from sister_desktop.domain.shared_keys import shared_keys_decoder
from sister_desktop.domain.sister_records import record_title

#: Every dataset a Laporan reads.
GAMBARAN_DATASETS: tuple[str, ...] = (
    "data_pribadi/profil",
    "data_pribadi/kepegawaian",
    "penugasan",
    "jabatan_fungsional",
    "kepangkatan",
    "pendidikan_formal",
    "sertifikasi_dosen",
)
LKPS_DATASETS: tuple[str, ...] = (
    *GAMBARAN_DATASETS,
    "data_pribadi/bidang_ilmu",
    "sertifikasi_profesi",
    "pengajaran",
    "bimbingan_mahasiswa",
    "bkd/laporan_akhir_bkd",
    "penghargaan",
    "pembicara",
    "pengelola_jurnal",
    "visiting_scientist",
    "penelitian",
    "pengabdian",
    "publikasi",
    "kekayaan_intelektual",
    "bahan_ajar",
)


#: The datasets whose detail the LKPS reads (supervisors and students, funds and members,
#: levels); every other field it counts is in the listed row, so their details stay unread.
LKPS_DETAILED: frozenset[str] = frozenset(
    {"bimbingan_mahasiswa", "penelitian", "pengabdian", "penghargaan", "pembicara"}
)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One SISTER record a figure was read from: whose, which dataset, which record."""

    pegawai_id: int
    dataset: str
    key: str
    #: The record's values, for its title: named only when a cell's records are listed, so
    #: the Gambaran does not name its 50,000 records to count them.
    values: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def title(self) -> str:
        return record_title(self.values, self.key)


class RawRecord(NamedTuple):
    """A stored record's values (the detail over the listed row) and where it came from.

    A tuple, not a dataclass: the Gambaran builds one per record of every pegawai (50,000 at
    5,000 pegawai), and a frozen dataclass's construction cost a third of its count. The
    ``source`` is made only for the records a figure names."""

    pegawai_id: int
    dataset: str
    key: str
    scope: str
    values: Mapping[str, Any]

    @property
    def source(self) -> SourceRef:
        return SourceRef(self.pegawai_id, self.dataset, self.key, self.values)


def raw_record(
    pegawai_id: int,
    dataset: str,
    key: str,
    scope: str,
    row: Mapping[str, Any],
    detail: Mapping[str, Any] | None,
) -> RawRecord:
    """A stored record as the Laporan reads it: the listed row as it was decoded (nothing
    changes a record's values) unless a detail adds to it."""
    return RawRecord(pegawai_id, dataset, key, scope, {**row, **detail} if detail else row)


class StoredText(NamedTuple):
    """A stored record as the database gives it: its listed row and detail still JSON text,
    decoded by ``group_stored`` in the worker rather than on the loop's thread (50,000 rows
    of the whole PT take a noticeable part of a second)."""

    pegawai_id: int
    dataset: str
    key: str
    scope: str
    row: str
    detail: str | None


def group_stored(
    records: Iterable[StoredText], pegawai: Mapping[int, tuple[str, str | None]]
) -> dict[int, PegawaiRecords]:
    """``group_records`` of stored texts, decoded with their key texts shared
    (``domain.shared_keys``): the records of one read are kept while the operator looks."""
    decode = shared_keys_decoder()
    return group_records(
        (
            raw_record(
                r.pegawai_id,
                r.dataset,
                r.key,
                r.scope,
                decode(r.row),
                decode(r.detail) if r.detail else None,
            )
            for r in records
        ),
        pegawai,
    )


def parse_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def year_of(value: object) -> int | None:
    """A year from a whole number or the start of a date text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.match(r"^\d{4}", value):
        return int(value[:4])
    return None


@dataclass(slots=True)
class PegawaiRecords:
    """One pegawai as the Laporan sees him: the campus name, his id_sdm and his records."""

    pegawai_id: int
    nama: str
    id_sdm: str | None
    records: dict[str, list[RawRecord]] = field(default_factory=dict)

    def of(self, dataset: str) -> list[RawRecord]:
        return self.records.get(dataset, [])

    def one(self, dataset: str) -> RawRecord | None:
        found = self.of(dataset)
        return found[0] if found else None

    # -- what holds on a day -------------------------------------------------------------------

    def penugasan(self, today: date) -> RawRecord | None:
        """The newest assignment that has not ended by ``today``."""
        running = [
            r
            for r in self.of("penugasan")
            if (ended := parse_date(r.values.get("tanggal_keluar"))) is None or ended > today
        ]
        return _latest(running, "tanggal_mulai")

    def homebase(self, today: date) -> str | None:
        found = self.penugasan(today)
        unit = found.values.get("unit_kerja") if found else None
        return str(unit) if unit else None

    def status(self, today: date) -> StatusDosen | None:
        found = self.penugasan(today)
        return status_dosen(found.values.get("ikatan_kerja")) if found else None

    def jabatan(self) -> tuple[Jabatan, RawRecord | None]:
        """The current jabatan akademik (the latest by its start); Tenaga Pengajar if none."""
        latest = _latest(self.of("jabatan_fungsional"), "tanggal_mulai")
        found = jabatan(latest.values.get("jabatan_fungsional")) if latest else None
        return (found, latest) if found else (Jabatan.TENAGA_PENGAJAR, None)

    def golongan(self) -> tuple[str | None, RawRecord | None]:
        """The current golongan code (``III/c``) and its record; ``None`` without one."""
        latest = _latest(self.of("kepangkatan"), "tanggal_mulai")
        code = golongan_code(str(latest.values.get("pangkat_golongan") or "")) if latest else None
        return (code, latest) if code else (None, None)

    def education(self) -> list[RawRecord]:
        """The formal education, highest first (among equals the latest graduation)."""
        return sorted(
            (r for r in self.of("pendidikan_formal") if r.values.get("jenjang_pendidikan")),
            key=lambda r: (
                jenjang_rank(str(r.values["jenjang_pendidikan"])),
                -(year_of(r.values.get("tahun_lulus")) or 0),
            ),
        )

    def highest_education(self) -> RawRecord | None:
        found = self.education()
        return found[0] if found else None

    def serdos(self) -> RawRecord | None:
        return _latest(self.of("sertifikasi_dosen"), "tahun_sertifikasi")

    def birth_date(self) -> tuple[date | None, RawRecord | None]:
        profil = self.one("data_pribadi/profil")
        born = parse_date(profil.values.get("tanggal_lahir")) if profil else None
        return (born, profil) if born else (None, None)

    def nidn(self) -> str:
        kepegawaian = self.one("data_pribadi/kepegawaian")
        value = kepegawaian.values.get("nidn") if kepegawaian else None
        return str(value) if value else ""

    def bidang_keahlian(self) -> tuple[str, list[SourceRef]]:
        rows = sorted(
            self.of("data_pribadi/bidang_ilmu"), key=lambda r: int(r.values.get("urutan") or 99)
        )
        names = [
            str(r.values.get("kelompok_bidang")) for r in rows if r.values.get("kelompok_bidang")
        ]
        return "; ".join(names), [r.source for r in rows]


def _latest(records: Iterable[RawRecord], field_name: str) -> RawRecord | None:
    best: RawRecord | None = None
    best_key: str = ""
    for record in records:
        key = str(record.values.get(field_name) or "")
        if best is None or key > best_key:
            best, best_key = record, key
    return best


def group_records(
    records: Iterable[RawRecord], pegawai: Mapping[int, tuple[str, str | None]]
) -> dict[int, PegawaiRecords]:
    """The stored records by pegawai (``pegawai``: id -> (nama, id_sdm)); a pegawai without
    records is there too, with none."""
    found = {
        pegawai_id: PegawaiRecords(pegawai_id, nama, id_sdm)
        for pegawai_id, (nama, id_sdm) in pegawai.items()
    }
    for record in records:
        owner = found.get(record.pegawai_id)
        if owner is not None:
            owner.records.setdefault(record.dataset, []).append(record)
    return found


def golongan_order() -> Sequence[str]:
    """Every golongan code, lowest first (the pangkat chart's categories)."""
    return [code for code, _name in GOLONGAN]
