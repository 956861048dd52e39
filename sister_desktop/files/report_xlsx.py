"""Monitoring lists as an XLSX workbook the way HR offices open them: one sheet per list, bold
frozen header with filter buttons, column widths from the content, dates as real dates, rows
that need attention tinted. Column titles come from the caller (already in the operator's
language), so this module stays free of UI text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sister_desktop.domain.outside_text import storable
from sister_desktop.files.atomic_file import write_atomically
from sister_desktop.files.export_cells import is_formula_like

Cell = str | int | float | date | datetime | None

HEADER_FILL = "E5E7EB"
HIGHLIGHT_FILL = "FEF3C7"
MAX_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    #: ``highlight[i]`` tints row ``i`` (a difference, a failure).
    highlight: Sequence[bool] = field(default_factory=tuple)
    #: The tint's colour (RGB hex).
    tint: str = HIGHLIGHT_FILL


def _width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 20
    if isinstance(value, date):
        return 12
    return len(str(value)) + 2


#: The most characters a spreadsheet cell holds (Excel refuses to open a file with more).
CELL_MAX = 32_767


def _kept(value: Cell) -> Cell:
    """A cell's value as an XLSX file can hold it: control characters (stored by an older
    version) replaced, a text longer than a cell holds cut with "…" to say so."""
    if not isinstance(value, str):
        return value
    value = storable(value)
    return value if len(value) <= CELL_MAX else value[: CELL_MAX - 1] + "…"


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    default = book.active
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    used: set[str] = set()
    for spec in sheets:
        title = spec.title[:31] or "Sheet"
        while title in used:
            title = title[:28] + f"_{len(used)}"
        used.add(title)
        sheet = book.create_sheet(title)
        sheet.append([_kept(h) for h in spec.headers])
        for cell in sheet[1]:
            if is_formula_like(cell.value):
                cell.data_type = "s"
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center")
        widths = [len(h) + 2 for h in spec.headers]
        tint = PatternFill("solid", fgColor=spec.tint)
        for index, row in enumerate(spec.rows):
            # Cells are built here rather than looked up after ``append``: ``sheet.max_row``
            # scans every cell, which made a 20,000-row sheet take most of a minute.
            tinted = index < len(spec.highlight) and spec.highlight[index]
            cells = []
            for column, raw in enumerate(row, start=1):
                value = raw.replace(tzinfo=None) if isinstance(raw, datetime) else _kept(raw)
                cell = WriteOnlyCell(sheet, value=value)
                if is_formula_like(value):
                    # openpyxl turns a text starting with "=" into a formula; a campus value
                    # is never one (see ``export_cells``).
                    cell.data_type = "s"
                if isinstance(value, datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm:ss"
                elif isinstance(value, date):
                    cell.number_format = "dd/mm/yyyy"
                if tinted:
                    cell.fill = tint
                cells.append(cell)
                widths[column - 1] = min(MAX_WIDTH, max(widths[column - 1], _width(value)))
            sheet.append(cells)
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        if spec.rows:
            last = get_column_letter(len(spec.headers))
            sheet.auto_filter.ref = f"A1:{last}{len(spec.rows) + 1}"
    if sheets and default is not None:
        book.remove(default)
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomically(path, buffer.getvalue())


@dataclass(frozen=True, slots=True)
class ReportSheet:
    """One list for an export: column titles (in the operator's language) and cell values."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    highlight: Sequence[bool] = field(default_factory=tuple)
