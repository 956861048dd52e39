"""Pure mappers from SISTER's raw answers (the rows kept in ``sister_record``) to our typed
records (``domain/records.py``): what the derived values, the Perbandingan and "what changed"
need of the twelve datasets in ``MAPPED_DATASETS``, and the rows of the lists read outside a
sync (the SDM list, the PT's profile, its units).

The raw record is the one stored form; these records are read from it whenever they are
needed. One table drives every mapper: a record's fields are its dataclass's, and each field is
read by the reader of its type in the family description (``domain/sister_fields.py``), so two
answers with the same field read it the same way. Tolerant of the dirt the live service sends
(``domain/sister_parsing.py``); typed without a cast.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from sister_desktop.domain import sister_parsing as p
from sister_desktop.domain.changes import to_payload
from sister_desktop.domain.records import (
    Alamat,
    BidangIlmu,
    DataLain,
    JabatanFungsional,
    Keluarga,
    Kepangkatan,
    Kepegawaian,
    Kependudukan,
    PendidikanFormal,
    Penugasan,
    Profil,
    ProfilPt,
    SdmRow,
    SertifikasiDosen,
    UnitKerja,
)
from sister_desktop.domain.sister_fields import FieldType, SisterField, sister_field

T = TypeVar("T")


class _Dataclass(Protocol):
    """A dataclass (what ``dataclasses.fields`` reads the field names of)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]


D = TypeVar("D", bound=_Dataclass)

#: The reader of each type of the description (a type not listed is read as text).
_READERS: dict[FieldType, Callable[[Any], object]] = {
    FieldType.STRING: p.text,
    FieldType.IDENTIFIER: p.identifier,
    FieldType.UUID: p.lower_id,
    FieldType.INTEGER: p.integer,
    FieldType.DATE: p.iso_date,
}


def read_value(described: SisterField, value: Any) -> object:
    """One field's value as its type reads it (``None`` for null, blank or unreadable)."""
    read = _READERS.get(described.type, p.text)(value)
    if described.upper and isinstance(read, str):
        return read.upper()
    return read


@dataclass(frozen=True, slots=True)
class RecordMapping(Generic[T]):
    """How one answer shape becomes a typed record: the record's fields read from the row by
    name, a row without its ``key`` skipped, ``empty`` filling a field SISTER left blank."""

    make: Callable[..., T]
    fields: tuple[str, ...]
    #: The field a row must hold to be a record (an id); ``None``: every row is one.
    key: str | None = None
    empty: Mapping[str, object] = field(default_factory=dict)

    def read(self, row: Mapping[str, Any]) -> T | None:
        values: dict[str, Any] = {
            name: read_value(sister_field(name), row.get(name)) for name in self.fields
        }
        if self.key is not None and values[self.key] is None:
            return None  # a record without its key cannot be told apart; skip it
        for name, blank in self.empty.items():
            if values[name] is None:
                values[name] = blank
        return self.make(**values)


def _mapping(
    record: type[D], *, key: str | None = None, empty: Mapping[str, object] | None = None
) -> RecordMapping[D]:
    names = tuple(f.name for f in dataclasses.fields(record))
    return RecordMapping(record, names, key, dict(empty or {}))


_SDM = _mapping(SdmRow, key="id_sdm", empty={"nama_sdm": ""})
_PROFIL_PT = _mapping(ProfilPt)
_UNIT_KERJA = _mapping(UnitKerja, key="id")


def sdm_row(row: Mapping[str, Any]) -> SdmRow | None:
    """A person of the SDM list; ``None`` for a row without ``id_sdm`` (one that cannot be
    linked is skipped rather than failing the list)."""
    return _SDM.read(row)


def profil_pt_row(row: Mapping[str, Any]) -> ProfilPt:
    found = _PROFIL_PT.read(row)
    assert found is not None  # no key: every row reads
    return found


def unit_kerja_row(row: Mapping[str, Any]) -> UnitKerja | None:
    return _UNIT_KERJA.read(row)


@dataclass(frozen=True, slots=True)
class DatasetMapping:
    """A dataset the derived values or the Perbandingan read: one object (``defining``: the
    fields an answer must hold one of to be that object, see ``parsing.single``) or a list."""

    mapping: RecordMapping[Any]
    is_object: bool
    defining: tuple[str, ...] = ()

    def records(self, rows: Iterable[Mapping[str, Any]]) -> object:
        """The typed record (an object dataset; all fields ``None`` when nothing is stored)
        or records (a list, rows without an id left out) of the raw answer rows."""
        listed = list(rows)
        if self.is_object:
            return self.mapping.read(listed[0] if listed else {})
        return [item for item in (self.mapping.read(row) for row in listed) if item is not None]


def _object(record: type[Any], *defining: str) -> DatasetMapping:
    mapping = _mapping(record)
    return DatasetMapping(mapping, True, defining or mapping.fields)


def _list(record: type[Any]) -> DatasetMapping:
    names = {f.name for f in dataclasses.fields(record)}
    return DatasetMapping(_mapping(record, key="id" if "id" in names else None), False)


#: The datasets read as typed records, by the name of the catalogue
#: (``domain.sister_groups.DATASETS``): the ``data_pribadi`` objects (a profile must at
#: least name the person) and the histories the derived values and "what changed" read.
#: ``referensi/sdm`` is the person's row of the SDM list, stored with his records.
MAPPED: dict[str, DatasetMapping] = {
    "data_pribadi/profil": _object(Profil, "nama"),
    "data_pribadi/kependudukan": _object(Kependudukan),
    "data_pribadi/kepegawaian": _object(Kepegawaian),
    "data_pribadi/alamat": _object(Alamat),
    "data_pribadi/keluarga": _object(Keluarga),
    "data_pribadi/lain": _object(DataLain),
    "data_pribadi/bidang_ilmu": _list(BidangIlmu),
    "penugasan": _list(Penugasan),
    "jabatan_fungsional": _list(JabatanFungsional),
    "kepangkatan": _list(Kepangkatan),
    "pendidikan_formal": _list(PendidikanFormal),
    "sertifikasi_dosen": _list(SertifikasiDosen),
}


#: The person's row of the SDM list (``GET /referensi/sdm``), stored with his records as the
#: one record of this name: the comparison's second source of his name and numbers.
SDM_DATASET = "referensi/sdm"

#: Every stored answer read as typed records: the mapped datasets and the SDM row.
_READ_AS_RECORDS: dict[str, DatasetMapping] = {
    **MAPPED,
    SDM_DATASET: DatasetMapping(_SDM, True),
}


def defining_fields(dataset: str) -> tuple[str, ...]:
    """The fields an object answer of ``dataset`` must hold one of (``()``: any object)."""
    found = MAPPED.get(dataset)
    return found.defining if found is not None and found.is_object else ()


def typed_records(dataset: str, rows: Iterable[Mapping[str, Any]]) -> object:
    """The typed record (object datasets) or records (lists) of a dataset of
    ``MAPPED_DATASETS`` (or the SDM row) from its raw answer rows; ``KeyError`` for any other
    dataset."""
    return _READ_AS_RECORDS[dataset].records(rows)


def mapped_payload(dataset: str, rows: Iterable[Mapping[str, Any]]) -> Any:
    """The typed records of ``dataset`` as JSON-ready data (dates as ISO text): what the
    comparison reads and "what changed" compares, field by field."""
    return to_payload(typed_records(dataset, rows))


#: The datasets read as typed records (each a dataset of the catalogue).
MAPPED_DATASETS: tuple[str, ...] = tuple(MAPPED)
