"""Write the Log Sinkronisasi as CSV or XLSX the way Indonesian offices open them.

CSV: semicolon-separated, UTF-8 with BOM (Excel with Indonesian regional settings reads it
straight). XLSX: bold frozen header, filter buttons, sensible widths, dates as real dates,
failed rows tinted (the writer of ``report_xlsx``). The caller gives the column titles
(already in the operator's language), so this module stays free of UI text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sister_desktop.files.atomic_file import write_atomically
from sister_desktop.files.export_cells import neutralise_text
from sister_desktop.files.report_xlsx import Sheet, write_workbook

Cell = str | int | float | datetime | None

FAILED_FILL = "FDE2E2"


def _plain(cell: Cell) -> Any:
    if isinstance(cell, datetime):
        return cell.strftime("%d/%m/%Y %H:%M:%S")
    return "" if cell is None else neutralise_text(cell)


def write_csv_stream(
    stream: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> None:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise_text(h) for h in headers])
    for row in rows:
        writer.writerow([_plain(cell) for cell in row])


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Path:
    buffer = io.StringIO()
    write_csv_stream(buffer, headers, rows)
    return write_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    highlight: Sequence[bool] = (),
    sheet_title: str = "Log Sinkronisasi",
) -> Path:
    """One sheet, formatted like the monitoring workbooks; ``highlight[i]`` tints row ``i``
    (the failures) red."""
    return write_workbook(path, [Sheet(sheet_title, headers, rows, highlight, tint=FAILED_FILL)])
