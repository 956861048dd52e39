"""Read an employee import file (CSV or XLSX) into header-named text cells with row numbers.

CSV comes as Indonesian Excel writes it: UTF-8 with or without BOM, ``;`` or ``,``. XLSX: the
first sheet. Row numbers are what the operator sees in Excel (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sister_desktop.domain.pegawai import LOCAL_FIELDS

#: The import columns of docs/CLI.md, in file order: the fields the operator keeps locally.
COLUMNS = LOCAL_FIELDS


class ImportFileErrorCode(StrEnum):
    """Why a file cannot be read at all (no row is looked at)."""

    NOT_FOUND = "not_found"
    UNSUPPORTED_FORMAT = "unsupported_format"  # neither .csv nor .xlsx
    NOT_UTF8 = "not_utf8"  # a CSV in another encoding: save as "CSV UTF-8"
    UNREADABLE = "unreadable"  # a broken XLSX, a permission problem, ...
    EMPTY = "empty"  # no header row
    NO_NAMA_COLUMN = "no_nama_column"  # the one required column is missing


class ImportFileError(Exception):
    def __init__(self, code: ImportFileErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


#: A cell as read: text, or what XLSX stored (a number or a date) so rules can tell them apart.
Cell = str | int | float | date | None


@dataclass(frozen=True, slots=True)
class FileRow:
    """One data row: its number in the file and its cells by import column name."""

    row: int
    cells: dict[str, Cell]


@dataclass(frozen=True)
class ImportTable:
    rows: list[FileRow]
    #: Header names that are not import columns (left out, shown to the operator).
    ignored_columns: list[str]


#: Other names HR exports give the rank columns.
_ALIASES = {
    "jabfung": "jabatan_fungsional",
    "jafung": "jabatan_fungsional",
    "pangkat": "pangkat_golongan",
    "golongan": "pangkat_golongan",
    "pangkat_gol": "pangkat_golongan",
}


def column_key(header: object) -> str:
    """``" Tanggal Lahir "`` -> ``"tanggal_lahir"``: case, spaces, dashes and slashes do not
    matter (``Pangkat/Golongan`` is ``pangkat_golongan``)."""
    text = "" if header is None else str(header)
    key = re.sub(r"[\s\-/]+", "_", text.strip().lstrip("\ufeff").strip().lower())
    return _ALIASES.get(key, key)


def read_import_file(path: Path) -> ImportTable:
    """Read ``path``; raises ``ImportFileError`` when it cannot be used at all."""
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        raise ImportFileError(ImportFileErrorCode.UNSUPPORTED_FORMAT, suffix)
    if not path.is_file():
        raise ImportFileError(ImportFileErrorCode.NOT_FOUND, str(path))
    records = _csv_records(path) if suffix == ".csv" else _xlsx_records(path)
    try:
        _, header = next(records)
    except StopIteration:
        raise ImportFileError(ImportFileErrorCode.EMPTY, str(path)) from None
    keys = [column_key(h) for h in header]
    if "nama" not in keys:
        raise ImportFileError(ImportFileErrorCode.NO_NAMA_COLUMN, ", ".join(map(str, header)))
    index = {key: i for i, key in reversed(list(enumerate(keys))) if key in COLUMNS}
    ignored = [
        str(h).strip() for h, key in zip(header, keys, strict=True) if key and key not in COLUMNS
    ]
    rows = []
    for number, values in records:
        cells: dict[str, Cell] = {}
        for key, i in index.items():
            value = values[i] if i < len(values) else None
            if isinstance(value, str):
                value = value.strip() or None
            cells[key] = value
        if any(value is not None for value in cells.values()):
            rows.append(FileRow(number, cells))
    return ImportTable(rows, ignored)


def _csv_records(path: Path) -> Iterator[tuple[int, list[Cell]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(ImportFileErrorCode.UNREADABLE, str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(ImportFileErrorCode.NOT_UTF8, str(exc)) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for record in reader:
        yield reader.line_num, list(record)


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ImportFileError(ImportFileErrorCode.UNREADABLE, str(exc)) from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_xlsx_cell(v) for v in values]
    finally:
        book.close()


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | date):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, bool):
            return str(value)
        return value
    return str(value)
