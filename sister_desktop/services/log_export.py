"""Write the Log Sinkronisasi as CSV or XLSX the way Indonesian offices open them.

CSV: semicolon-separated, UTF-8 with BOM (Excel with Indonesian regional settings reads it
straight). XLSX: bold frozen header, filter buttons, sensible widths, dates as real dates,
failed rows tinted. The caller gives the column titles (already in the operator's language),
so this module stays free of UI text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

Cell = str | int | float | datetime | None

FAILED_FILL = "FDE2E2"
HEADER_FILL = "E5E7EB"
MAX_WIDTH = 60


def _plain(cell: Cell) -> Any:
    if isinstance(cell, datetime):
        return cell.strftime("%d/%m/%Y %H:%M:%S")
    return "" if cell is None else cell


def write_csv_stream(
    stream: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> None:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_plain(cell) for cell in row])


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Path:
    buffer = io.StringIO()
    write_csv_stream(buffer, headers, rows)
    _atomic_write(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return path


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    highlight: Sequence[bool] = (),
    sheet_title: str = "Log Sinkronisasi",
) -> Path:
    """One sheet; ``highlight[i]`` tints row ``i`` (the failures)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title[:31]
    sheet.append(list(headers))
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    widths = [len(h) + 2 for h in headers]
    failed_fill = PatternFill("solid", fgColor=FAILED_FILL)
    for index, row in enumerate(rows):
        values = [cell.replace(tzinfo=None) if isinstance(cell, datetime) else cell for cell in row]
        sheet.append(values)
        line = sheet.max_row
        for column, value in enumerate(values, start=1):
            if isinstance(value, datetime):
                sheet.cell(line, column).number_format = "dd/mm/yyyy hh:mm:ss"
                width = 20
            else:
                width = len(str(value)) + 2 if value is not None else 0
            widths[column - 1] = min(MAX_WIDTH, max(widths[column - 1], width))
        if index < len(highlight) and highlight[index]:
            for cell in sheet[line]:
                cell.fill = failed_fill
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    _atomic_write(path, buffer.getvalue())
    return path


def _atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target and move it in place: an open old file is never half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.part")
    temp.write_bytes(data)
    temp.replace(path)
