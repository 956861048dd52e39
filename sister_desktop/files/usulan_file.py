"""The riwayat file of ``usulan import`` and ``usulan template``: its columns per family and
reading it into header-named cells with the row numbers the operator sees in Excel.

The columns come from the write catalogue (``domain/sister_writes.py``): who the pegawai is,
SISTER's record id (a row with one is an ubah of that record), the family's body fields, the
owner's role where the family lists its members, and one document to upload.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.domain.sister_writes import FieldType, WriteFamily, WriteOp
from sister_desktop.files.import_file import (
    Cell,
    ImportFileError,
    _csv_records,
    _xlsx_records,
    column_key,
)

#: Who the row is about: the first of these given names the pegawai.
PEGAWAI_COLUMNS = ("id_pegawai", "nip", "nidn", "nuptk")
#: SISTER's id of the record an ubah changes.
RECORD_COLUMN = "id"
#: The owner's role among the record's members (``K``/``A``, or ``A``-``D`` for authors).
PERAN_COLUMN = "peran_anggota"
#: One document to upload with the usulan.
DOKUMEN_COLUMNS = (
    "dokumen_file",
    "dokumen_tautan",
    "dokumen_nama",
    "dokumen_jenis",
    "dokumen_keterangan",
)


def body_columns(family: WriteFamily) -> tuple[str, ...]:
    """The family's fields a file row holds (not the owner, the documents or member lists:
    the owner is the row's pegawai, the documents have their own columns)."""
    return tuple(
        field.name
        for field in family.fields
        if field.name not in ("id_sdm", "dokumen") and field.type is not FieldType.MEMBERS
    )


def file_columns(family: WriteFamily) -> tuple[str, ...]:
    """Every column of the family's file, in order."""
    record = (RECORD_COLUMN,) if WriteOp.UPDATE in family.operations else ()
    owner = (PERAN_COLUMN,) if family.owner_field not in (None, "id_sdm") else ()
    documents = DOKUMEN_COLUMNS if family.has_documents else ()
    return (*PEGAWAI_COLUMNS, *record, *body_columns(family), *owner, *documents)


@dataclass(frozen=True, slots=True)
class RiwayatRow:
    row: int
    cells: dict[str, Cell]


@dataclass(frozen=True)
class RiwayatFile:
    rows: list[RiwayatRow]
    #: Header names that are no column of the family (left out, shown to the operator).
    ignored_columns: list[str]


def read_riwayat_file(path: Path, family: WriteFamily) -> RiwayatFile:
    """Read ``path`` whole (a riwayat file is hundreds of rows, not a whole campus)."""
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        raise ImportFileError(ImportFileErrorCode.UNSUPPORTED_FORMAT, suffix)
    if not path.is_file():
        raise ImportFileError(ImportFileErrorCode.NOT_FOUND, str(path))
    records: Iterator[tuple[int, list[Cell]]] = (
        _csv_records(path) if suffix == ".csv" else _xlsx_records(path)
    )
    try:
        _, header = next(records)
    except StopIteration:
        raise ImportFileError(ImportFileErrorCode.EMPTY, str(path)) from None
    columns = set(file_columns(family))
    keys = [column_key(h) for h in header]
    twice = sorted({key for key in keys if key in columns and keys.count(key) > 1})
    if twice:
        raise ImportFileError(ImportFileErrorCode.DUPLICATE_COLUMNS, ", ".join(twice))
    index = {key: i for i, key in enumerate(keys) if key in columns}
    ignored = [str(h).strip() for h, key in zip(header, keys, strict=True) if key not in columns]
    rows: list[RiwayatRow] = []
    for number, values in records:
        cells: dict[str, Cell] = {}
        for key, i in index.items():
            value = values[i] if i < len(values) else None
            if isinstance(value, str):
                value = value.replace("\x00", "").strip() or None
            cells[key] = value
        if any(value is not None for value in cells.values()):
            rows.append(RiwayatRow(number, cells))
    if not rows:
        raise ImportFileError(ImportFileErrorCode.NO_ROWS, str(path))
    return RiwayatFile(rows, [name for name in ignored if name])
