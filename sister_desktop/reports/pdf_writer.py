"""The printable monitoring report through Qt's ``QPdfWriter``: A4 landscape, on every page the
title, the PT, the print date and the operator, then up to ``ROWS_PER_PAGE`` table rows with
the column titles repeated; differences tinted. HR signs and files these, so one list may span
pages but a row never splits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from sister_desktop.domain.file_errors import WriteErrorCode
from sister_desktop.files.atomic_file import FileWriteError, check_target, write_atomically
from sister_desktop.files.export_cells import neutralise_text
from sister_desktop.files.report_xlsx import ReportSheet
from sister_desktop.resource_files import palette
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.texts.locale_format import format_date, format_datetime, format_number

ROWS_PER_PAGE = 40
_TINT = QColor(palette().different_background)
_HEADER = QColor(palette().table_header)
_GRID = QColor(palette().faint)


def cell_text(value: object) -> str:
    """A cell as the screen shows it, in the program's language: "15 November 1978", not
    "15/11/1978"; numbers with the locale's marks ("1.234,5")."""
    if value is None:
        return texts.DASH
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 2)
    if isinstance(value, str):
        # Text copied out of the PDF into a spreadsheet must not run either.
        return str(neutralise_text(value))
    return str(value)


def _pages(sheet: ReportSheet) -> list[range]:
    count = len(sheet.rows)
    if count == 0:
        return [range(0)]
    return [range(s, min(s + ROWS_PER_PAGE, count)) for s in range(0, count, ROWS_PER_PAGE)]


@dataclass(frozen=True, slots=True)
class PaintedPdf:
    """A report painted into memory: the file's bytes and its number of pages."""

    data: bytes
    pages: int


def write_report_pdf(
    path: Path,
    sheets: Sequence[ReportSheet],
    *,
    pt_name: str | None,
    operator: str | None,
    when: datetime | None = None,
) -> int:
    """Write the sheets to ``path``; returns the number of pages. Needs a QGuiApplication.

    For the command line, which has no loop to keep turning; the window paints with
    ``paint_report_pdf`` and writes the bytes in the worker."""
    path = Path(path)
    check_target(path)  # before the work of painting
    painted = paint_report_pdf(sheets, pt_name=pt_name, operator=operator, when=when)
    write_atomically(path, painted.data)
    return painted.pages


def paint_report_pdf(
    sheets: Sequence[ReportSheet],
    *,
    pt_name: str | None,
    operator: str | None,
    when: datetime | None = None,
) -> PaintedPdf:
    """The sheets painted as PDF into memory, on the thread Qt paints on (the GUI thread).

    Written afterwards through the one safe writer (``write_atomically``): a full disk or a
    crash mid-write never leaves a truncated PDF in place of the previous good one."""
    when = when or datetime.now(UTC)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(150)
    writer.setTitle(texts.report_title())
    writer.setCreator("SISTER Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    plan = [(sheet, rows) for sheet in sheets for rows in _pages(sheet)]
    painter = QPainter()
    if not painter.begin(writer):
        raise FileWriteError(WriteErrorCode.CANNOT_WRITE, Path(texts.report_title()), "QPdfWriter")
    try:
        for number, (sheet, rows) in enumerate(plan, start=1):
            if number > 1:
                writer.newPage()
            _draw_page(painter, sheet, rows, number, len(plan), pt_name, operator, when)
    finally:
        painter.end()
    buffer.close()
    return PaintedPdf(bytes(buffer.data().data()), len(plan))


def _draw_page(
    painter: QPainter,
    sheet: ReportSheet,
    rows: range,
    number: int,
    pages: int,
    pt_name: str | None,
    operator: str | None,
    when: datetime,
) -> None:
    area = QRectF(painter.viewport())
    width = area.width()
    y = 0.0
    title_font = QFont("Sans Serif", 14, QFont.Weight.Bold)
    body_font = QFont("Sans Serif", 7)
    bold_font = QFont("Sans Serif", 7, QFont.Weight.Bold)

    painter.setFont(title_font)
    line = QFontMetricsF(title_font, painter.device()).height()
    painter.drawText(QRectF(0, y, width, line), Qt.AlignmentFlag.AlignLeft, texts.report_title())
    y += line
    painter.setFont(body_font)
    metrics = QFontMetricsF(body_font, painter.device())
    row_h = metrics.height() * 1.5
    painter.drawText(
        QRectF(0, y, width, row_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        texts.report_meta_text(pt_name, operator, when),
    )
    painter.drawText(
        QRectF(0, y, width, row_h),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        texts.page_text(number, pages),
    )
    y += row_h * 1.3
    painter.setFont(bold_font)
    painter.drawText(
        QRectF(0, y, width, row_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        f"{sheet.title} ({len(sheet.rows)})",
    )
    y += row_h

    widths = _column_widths(sheet, metrics, width)
    pad = metrics.averageCharWidth() * 0.6

    def draw_row(cells: Sequence[str], fill: QColor | None) -> None:
        nonlocal y
        x = 0.0
        if fill is not None:
            painter.fillRect(QRectF(0, y, width, row_h), fill)
        painter.setPen(_GRID)
        painter.drawLine(
            QRectF(0, y + row_h, width, 0).topLeft(), QRectF(width, y + row_h, 0, 0).topLeft()
        )
        painter.setPen(Qt.GlobalColor.black)
        for text, w in zip(cells, widths, strict=False):
            box = QRectF(x + pad, y, w - 2 * pad, row_h)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += w
        y += row_h

    painter.setFont(bold_font)
    draw_row(list(sheet.headers), _HEADER)
    painter.setFont(body_font)
    if not sheet.rows:
        draw_row([texts.empty_list_text()], None)
    for index in rows:
        tinted = index < len(sheet.highlight) and sheet.highlight[index]
        draw_row([cell_text(v) for v in sheet.rows[index]], _TINT if tinted else None)


#: Column titles of identifiers: an identifier is never elided (a cut id_sdm or NIK is a
#: wrong one), so these keep their full width and the other columns share what is left.
IDENTIFIER_HEADERS = frozenset({"id_sdm", "NIP", "NIDN", "NUPTK", "NIK"})


def _column_widths(sheet: ReportSheet, metrics: QFontMetricsF, total: float) -> list[float]:
    """Share the page width by each column's widest text (capped, so one long name does not
    squeeze the rest); identifier columns are never narrowed below their widest value."""
    cap = total * 0.35
    natural = []
    for column, header in enumerate(sheet.headers):
        widest = metrics.horizontalAdvance(header)
        for row in sheet.rows[:500]:
            if column < len(row):
                widest = max(widest, metrics.horizontalAdvance(cell_text(row[column])))
        natural.append(min(cap, widest + metrics.averageCharWidth() * 2))
    if not natural:
        return []
    fixed = [h in IDENTIFIER_HEADERS for h in sheet.headers]
    kept = sum(w for w, f in zip(natural, fixed, strict=True) if f)
    shared = sum(w for w, f in zip(natural, fixed, strict=True) if not f)
    if sum(natural) <= total or kept >= total or shared == 0:
        scale = total / sum(natural)
        return [w * scale for w in natural]
    scale = (total - kept) / shared
    return [w if f else w * scale for w, f in zip(natural, fixed, strict=True)]
