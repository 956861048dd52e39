"""Write the campus employee list the way an Indonesian HR office hands it over.

CSV as Indonesian-locale Excel saves it (``;`` separator, UTF-8 with BOM); XLSX with a bold,
frozen header row, identifiers stored as text (leading zeros survive) and real date cells.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sister_desktop.sandbox.campus import COLUMNS

#: XLSX header labels: the import column names, written as an HR office would label them.
XLSX_HEADERS = {
    "nama": "Nama",
    "nip": "NIP",
    "nidn": "NIDN",
    "nidk": "NIDK",
    "nupn": "NUPN",
    "nuptk": "NUPTK",
    "nik": "NIK",
    "tanggal_lahir": "Tanggal_Lahir",
    "jenis_kelamin": "Jenis_Kelamin",
    "jenis_pegawai": "Jenis_Pegawai",
    "unit_kerja": "Unit_Kerja",
    "email": "Email",
    "jabatan_fungsional": "Jabatan_Fungsional",
    "pangkat_golongan": "Pangkat_Golongan",
}
_TEXT_COLUMNS = {"nip", "nidn", "nidk", "nupn", "nuptk", "nik"}


def export_pegawai(rows: list[dict[str, str | None]], path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(rows, path)
    elif suffix == ".xlsx":
        _write_xlsx(rows, path)
    else:
        raise ValueError(f"unsupported export format {suffix!r}: use .csv or .xlsx")
    return path


def _write_csv(rows: list[dict[str, str | None]], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in COLUMNS])


def _write_xlsx(rows: list[dict[str, str | None]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append([XLSX_HEADERS[c] for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            value = row[column]
            cell = sheet.cell(row=r, column=c)
            if value is None:
                continue
            if column == "tanggal_lahir":
                cell.value = date.fromisoformat(value)
                cell.number_format = "dd/mm/yyyy"
            else:
                cell.value = value
                if column in _TEXT_COLUMNS:
                    cell.number_format = "@"
    widths = {"nama": 40, "unit_kerja": 34, "email": 30, "tanggal_lahir": 14}
    for c, column in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=c).column_letter
        sheet.column_dimensions[letter].width = widths.get(column, 20)
    book.save(path)
