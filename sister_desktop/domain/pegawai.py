"""The campus's own employee record, as the operator keeps it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Final, TypeVar

from sister_desktop.domain.identifiers import LENGTHS, IdentifierKind

_T = TypeVar("_T")

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
    "telepon_hp",
    "alamat",
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
    # SISTER's own limits (``data_pribadi/alamat``), so what the campus keeps can be proposed.
    "telepon_hp": 20,
    "alamat": 255,
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
    #: The mobile number and the street address as the campus keeps them (SISTER's
    #: ``data_pribadi/alamat`` ``telepon_hp`` and ``alamat``).
    telepon_hp: str | None = None
    alamat: str | None = None
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


def pegawai_with(base: Pegawai, values: Mapping[str, object]) -> Pegawai:
    """``base`` with the fields of ``values`` (a file row, the form, a stored row), each read
    as its own type: a name that is not a field is a ``KeyError``, a value of another type a
    ``TypeError`` (a bug of the caller, never the operator's input, which is checked first).
    ``jenis_pegawai`` may come as its stored text."""
    unknown = set(values) - _FIELDS
    if unknown:
        raise KeyError(f"not fields of Pegawai: {sorted(unknown)}")

    def text(name: str, current: str | None) -> str | None:
        value = values.get(name, current)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: {type(value).__name__}")
        return value

    def of(name: str, kind: type[_T], current: _T) -> _T:
        value = values.get(name, current)
        if not isinstance(value, kind):
            raise TypeError(f"{name}: {type(value).__name__}")
        return value

    born = values.get("tanggal_lahir", base.tanggal_lahir)
    if born is not None and not isinstance(born, date):
        raise TypeError(f"tanggal_lahir: {type(born).__name__}")
    kind = values.get("jenis_pegawai", base.jenis_pegawai)
    if not isinstance(kind, str):
        raise TypeError(f"jenis_pegawai: {type(kind).__name__}")
    return Pegawai(
        id=of("id", int, base.id),
        nama=of("nama", str, base.nama),
        nip=text("nip", base.nip),
        nidn=text("nidn", base.nidn),
        nidk=text("nidk", base.nidk),
        nupn=text("nupn", base.nupn),
        nuptk=text("nuptk", base.nuptk),
        nik=text("nik", base.nik),
        tanggal_lahir=born,
        jenis_kelamin=text("jenis_kelamin", base.jenis_kelamin),
        jenis_pegawai=JenisPegawai(kind),
        unit_kerja=text("unit_kerja", base.unit_kerja),
        email=text("email", base.email),
        telepon_hp=text("telepon_hp", base.telepon_hp),
        alamat=text("alamat", base.alamat),
        jabatan_fungsional=text("jabatan_fungsional", base.jabatan_fungsional),
        pangkat_golongan=text("pangkat_golongan", base.pangkat_golongan),
        aktif=of("aktif", bool, base.aktif),
        id_sdm=text("id_sdm", base.id_sdm),
    )


_FIELDS: Final = frozenset(field.name for field in fields(Pegawai))
#: A new employee before any value is given (``pegawai_with`` fills it).
BLANK: Final = Pegawai(id=NEW_ID, nama="")
