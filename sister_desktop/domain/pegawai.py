"""The campus's own employee record, as the operator keeps it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from sister_desktop.domain.identifiers import LENGTHS, IdentifierKind

#: The ``id`` of an employee not saved yet (the database gives the real one).
NEW_ID: Final = 0

#: The fields the operator keeps locally, in the order of the import columns.
LOCAL_FIELDS: Final = (
    "nama",
    "nip",
    "nidn",
    "nidk",
    "nupn",
    "nuptk",
    "nik",
    "tanggal_lahir",
    "jenis_kelamin",
    "jenis_pegawai",
    "unit_kerja",
    "email",
    "jabatan_fungsional",
    "pangkat_golongan",
)
#: The local fields kept as plain text (the form edits them in a line each, the detail shows
#: them as stored); the date and the two choices have widgets of their own.
TEXT_FIELDS: Final = tuple(
    name for name in LOCAL_FIELDS if name not in {"tanggal_lahir", "jenis_kelamin", "jenis_pegawai"}
)

#: The most characters each free-text field holds (the ``pegawai`` table's columns); the
#: identifiers have their fixed lengths (``identifiers.LENGTHS``).
TEXT_LIMITS: Final = {
    "nama": 200,
    "unit_kerja": 200,
    "email": 200,
    "jabatan_fungsional": 100,
    "pangkat_golongan": 100,
}


def fits(field: str, value: str) -> bool:
    """Whether ``value`` fits the campus's ``field`` (a SISTER value copied by Terapkan must
    not be longer than the column keeping it)."""
    if field in TEXT_LIMITS:
        return len(value) <= TEXT_LIMITS[field]
    if field in IdentifierKind.__members__.values():
        return len(value) <= LENGTHS[IdentifierKind(field)]
    return True


class JenisPegawai(StrEnum):
    """Lecturer or education staff; the values are what the database and files hold."""

    DOSEN = "dosen"
    TENDIK = "tendik"


@dataclass(frozen=True, slots=True)
class Pegawai:
    """One employee of the campus. Identifiers are normalised strings (leading zeros kept).

    ``id_sdm`` is the SISTER person this employee is linked to (``None`` when not linked).
    """

    id: int
    nama: str
    nip: str | None = None
    nidn: str | None = None
    nidk: str | None = None
    nupn: str | None = None
    nuptk: str | None = None
    nik: str | None = None
    tanggal_lahir: date | None = None
    jenis_kelamin: str | None = None  # "L" or "P"
    jenis_pegawai: JenisPegawai = JenisPegawai.DOSEN
    unit_kerja: str | None = None
    email: str | None = None
    #: The lecturer's academic rank as the campus records it ("Lektor Kepala").
    jabatan_fungsional: str | None = None
    #: Civil-service rank and grade as the campus writes it ("Penata Tingkat I, III/d").
    pangkat_golongan: str | None = None
    aktif: bool = True
    id_sdm: str | None = None

    @property
    def terhubung_sister(self) -> bool:
        return self.id_sdm is not None

    @property
    def is_new(self) -> bool:
        """Not saved yet (``id`` is ``NEW_ID``)."""
        return self.id == NEW_ID
