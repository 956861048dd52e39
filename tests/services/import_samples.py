"""Small import files written the way operators' tools write them."""

from __future__ import annotations

from pathlib import Path

HEADER = [
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
]

SITI = [
    "Siti Rahmawati",
    "19870315 201012 2 001",
    "0015038701",
    "",
    "",
    "1234567890123456",
    "3201015503870001",
    "15/03/1987",
    "P",
    "Dosen",
    "Fakultas Teknik",
    "siti@kampus.ac.id",
]
BUDI = ["Budi Santoso", "", "", "", "", "", "", "1990-01-02", "L", "Tendik", "Rektorat", ""]


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    delimiter: str = ";",
    bom: bool = True,
    header: list[str] | None = None,
) -> Path:
    lines = [delimiter.join(header or HEADER)]
    lines += [delimiter.join(row) for row in rows]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig" if bom else "utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(header or [h.upper() for h in HEADER])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
