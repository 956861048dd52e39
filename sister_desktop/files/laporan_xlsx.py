"""The Laporan's workbooks: the LKPS tables in the form's layout (one sheet per table) and the
Gambaran dosen (one sheet per chart, with Excel's own bar chart of its counts).

Each sheet opens with its heading lines (the table's title, the program studi and TS, the
source and the data's date), then the form's header row and the rows; the operator's cells
are tinted, a part's heading row is bold; figures and notes follow. Formula-neutral: a text
that a spreadsheet would evaluate is written as a string cell (``export_cells``). The words
come from the caller (``texts/laporan_texts.py``), so this module stays free of UI text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sister_desktop.files.atomic_file import write_atomically
from sister_desktop.files.export_cells import is_formula_like

Value = str | int | float | None

HEADER_FILL = "E5E7EB"
OPERATOR_FILL = "FEF3C7"
MAX_WIDTH = 60


@dataclass(frozen=True, slots=True)
class SheetCell:
    value: Value = None
    #: Left for the operator (tinted).
    operator: bool = False
    #: A part's heading row (bold).
    heading: bool = False


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A bar chart of the sheet's rows: the first column the categories, the others series."""

    title: str
    y_title: str


@dataclass(frozen=True, slots=True)
class LaporanSheet:
    title: str
    heading: Sequence[str]
    headers: Sequence[str]
    rows: Sequence[Sequence[SheetCell]]
    footer: Sequence[str] = field(default_factory=tuple)
    chart: ChartSpec | None = None


def _safe_title(title: str, used: set[str]) -> str:
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
    name = cleaned
    while name in used:
        name = f"{cleaned[:28]}_{len(used)}"
    used.add(name)
    return name


def write_laporan_xlsx(path: Path, sheets: Sequence[LaporanSheet]) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    default = book.active
    bold = Font(bold=True)
    title_font = Font(bold=True, size=13)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    operator_fill = PatternFill("solid", fgColor=OPERATOR_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    used: set[str] = set()

    def put(sheet, row: int, column: int, value: Value):  # type: ignore[no-untyped-def]
        cell = sheet.cell(row=row, column=column, value=value)
        if is_formula_like(value):
            # openpyxl turns a text starting with "=" into a formula; a SISTER title never is.
            cell.data_type = "s"
        return cell

    for spec in sheets:
        sheet = book.create_sheet(_safe_title(spec.title, used))
        line = 1
        for n, text in enumerate(spec.heading):
            put(sheet, line, 1, text).font = title_font if n == 0 else Font(italic=n > 1)
            line += 1
        line += 1
        header_row = line
        widths = [min(MAX_WIDTH, len(h) + 2) for h in spec.headers]
        for column, header in enumerate(spec.headers, start=1):
            cell = put(sheet, line, column, header)
            cell.font, cell.fill, cell.alignment = bold, header_fill, wrap
        line += 1
        first_data = line
        for row in spec.rows:
            for column, item in enumerate(row, start=1):
                cell = put(sheet, line, column, item.value)
                cell.alignment = wrap
                if item.operator:
                    cell.fill = operator_fill
                if item.heading:
                    cell.font = bold
                if item.value is not None and column <= len(widths):
                    widths[column - 1] = min(
                        MAX_WIDTH, max(widths[column - 1], len(str(item.value)) + 2)
                    )
            line += 1
        last_data = line - 1
        line += 1
        for text in spec.footer:
            put(sheet, line, 1, text)
            line += 1
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = max(6, width)
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        if spec.chart is not None and spec.rows:
            chart = BarChart()
            chart.type = "col"
            chart.title = spec.chart.title
            chart.y_axis.title = spec.chart.y_title
            chart.height, chart.width = 8, 16
            data = Reference(
                sheet,
                min_col=2,
                max_col=len(spec.headers),
                min_row=header_row,
                max_row=last_data,
            )
            categories = Reference(sheet, min_col=1, min_row=first_data, max_row=last_data)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(categories)
            sheet.add_chart(chart, f"{get_column_letter(len(spec.headers) + 2)}{header_row}")
    if sheets and default is not None:
        book.remove(default)
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomically(path, buffer.getvalue())
