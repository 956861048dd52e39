"""Read an employee import file (CSV or XLSX) into header-named text cells with row numbers.

CSV comes as Indonesian Excel writes it: UTF-8 with or without BOM, ``;`` or ``,``. XLSX: the
first sheet. Row numbers are what the operator sees in Excel (the header is row 1).
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.domain.outside_text import storable
from sister_desktop.domain.pegawai import LOCAL_FIELDS

log = logging.getLogger(__name__)

#: The import columns of docs/CLI.md, in file order: the fields the operator keeps locally.
COLUMNS = LOCAL_FIELDS


class ImportFileError(Exception):
    def __init__(self, code: ImportFileErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


#: Far above any real employee list (50,000 rows of 14 columns are some 40 MB of sheet XML),
#: far below what would exhaust an office PC: an XLSX is a zip, and a 3 MB "zip bomb" can
#: inflate to gigabytes. Checked from the zip's directory before anything is inflated.
MAX_XLSX_INFLATED_BYTES = 300 * 1024 * 1024
#: A member over 1 MB may inflate at most this many times (real sheet XML: 5 to 30 times).
MAX_XLSX_RATIO = 200
#: Excel's own limit for one cell; a longer value is not an employee's data.
MAX_CELL_CHARS = 32_767


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


@dataclass(frozen=True)
class ImportStream:
    """An import file whose header has been checked and whose rows are read as they are
    consumed (a 200 MB file is never held whole)."""

    rows: Iterator[FileRow]
    #: Header names that are not import columns (left out, shown to the operator).
    ignored_columns: list[str]


def read_import_file(path: Path) -> ImportTable:
    """Read ``path`` whole; raises ``ImportFileError`` when it cannot be used at all."""
    stream = open_import_file(path)
    return ImportTable(list(stream.rows), stream.ignored_columns)


def open_import_file(path: Path) -> ImportStream:
    """Check ``path`` and its header now; its rows come as they are read, and may still
    raise ``ImportFileError`` (a broken row, no row at all)."""
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
    twice = sorted({key for key in keys if key in COLUMNS and keys.count(key) > 1})
    if twice:
        # Which of the two columns holds the truth? Only the operator knows.
        names = [str(h).strip() for h, key in zip(header, keys, strict=True) if key in twice]
        raise ImportFileError(ImportFileErrorCode.DUPLICATE_COLUMNS, ", ".join(names))
    index = {key: i for i, key in enumerate(keys) if key in COLUMNS}
    ignored = [
        str(h).strip() for h, key in zip(header, keys, strict=True) if key and key not in COLUMNS
    ]
    return ImportStream(_file_rows(path, records, index), ignored)


def _file_rows(
    path: Path, records: Iterator[tuple[int, list[Cell]]], index: dict[str, int]
) -> Iterator[FileRow]:
    found = False
    for number, values in records:
        cells: dict[str, Cell] = {}
        for key, i in index.items():
            value = values[i] if i < len(values) else None
            if isinstance(value, str):
                if len(value) > MAX_CELL_CHARS:
                    raise ImportFileError(ImportFileErrorCode.CELL_TOO_LARGE, f"{number} ({key})")
                # NUL bytes (from a binary export) are invisible and PostgreSQL refuses them;
                # other control characters no database or XLSX file holds show as U+FFFD.
                value = storable(value.replace("\x00", "")).strip() or None
            cells[key] = value
        if any(value is not None for value in cells.values()):
            found = True
            yield FileRow(number, cells)
    if not found:
        raise ImportFileError(ImportFileErrorCode.NO_ROWS, str(path))


def _csv_records(path: Path) -> Iterator[tuple[int, list[Cell]]]:
    """Rows as the file is read (a 200 MB export is never held whole, as bytes or as text)."""
    try:
        stream = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    with stream:
        try:
            first_line = stream.readline(64 * 1024)
            stream.seek(0)
            delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
            reader = csv.reader(stream, delimiter=delimiter)
            while True:
                start = reader.line_num + 1
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    # The csv module's only per-row error here: a field over its limit.
                    raise ImportFileError(ImportFileErrorCode.CELL_TOO_LARGE, str(start)) from exc
                if reader.line_num > start and any("\n" in v or "\r" in v for v in record):
                    # No import column holds several lines: a lone " opened a quoted cell that
                    # swallowed the lines after it ("60 rows" read as 3).
                    raise ImportFileError(ImportFileErrorCode.STRAY_QUOTE, str(start))
                yield start, list(record)
        except UnicodeDecodeError as exc:
            raise ImportFileError(ImportFileErrorCode.NOT_UTF8, str(exc)) from exc
        except OSError as exc:
            raise _unreadable(path, exc) from exc


def check_xlsx_size(path: Path) -> None:
    """Refuse an XLSX whose members would inflate to an absurd size, before reading it."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise _unreadable(path, exc) from exc
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and ratio > MAX_XLSX_RATIO:
            raise ImportFileError(ImportFileErrorCode.TOO_LARGE, _megabytes(member.file_size))
    if total > MAX_XLSX_INFLATED_BYTES:
        raise ImportFileError(ImportFileErrorCode.TOO_LARGE, _megabytes(total))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _unreadable(path: Path, exc: BaseException) -> ImportFileError:
    """The file's name for the operator; the library's own (English, zlib) words only in the
    log, where support staff look."""
    log.warning("Import file %s cannot be read: %s: %s", path, type(exc).__name__, exc)
    code = ImportFileErrorCode.UNREADABLE
    if path.suffix.lower() == ".xlsx" and not isinstance(exc, OSError):
        code = ImportFileErrorCode.NOT_XLSX
    return ImportFileError(code, path.name)


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook

    check_xlsx_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise _unreadable(path, exc) from exc
    try:
        sheet = book.worksheets[0]
        # The sheet's <dimension> is what the writing program claimed; read-only openpyxl
        # believes it, so a file saying "A1:N1" would import one row of fifty.
        sheet.reset_dimensions()  # type: ignore[union-attr]
        rows = enumerate(sheet.iter_rows(values_only=True), start=1)
        while True:
            try:
                number, values = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # broken sheet XML, found only while reading it
                raise _unreadable(path, exc) from exc
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
