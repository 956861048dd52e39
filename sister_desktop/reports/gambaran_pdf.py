"""The Gambaran dosen as a PDF through Qt's ``QPdfWriter``: A4 portrait, two charts a page,
each with the counts behind it in a table at its right; on every page the title, the scope,
the source and the data's date, and the page number.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from sister_desktop.domain.gambaran_dosen import Gambaran
from sister_desktop.files.atomic_file import check_target, write_atomically
from sister_desktop.reports.gambaran_figures import render_chart
from sister_desktop.resource_files import palette
from sister_desktop.texts.laporan_texts import (
    chart_rows,
    data_line,
    pegawai_count_text,
    scope_text,
    title_text,
)

RESOLUTION = 150
CHARTS_PER_PAGE = 2


def write_gambaran_pdf(path: Path, gambaran: Gambaran, data_date: datetime | None) -> Path:
    check_target(path)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title_text())
    painter = QPainter(writer)
    try:
        _paint(painter, writer, gambaran, data_date)
    finally:
        painter.end()
    buffer.close()
    return write_atomically(path, bytes(buffer.data().data()))


def _paint(
    painter: QPainter, writer: QPdfWriter, gambaran: Gambaran, data_date: datetime | None
) -> None:
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(rect.width()), float(rect.height())
    title_font = QFont("Sans Serif", 13, QFont.Weight.Bold)
    small = QFont("Sans Serif", 7)
    body = QFont("Sans Serif", 8)
    bold = QFont("Sans Serif", 8, QFont.Weight.Bold)
    grid = QColor(palette().faint)
    header_fill = QColor(palette().table_header)
    charts = list(gambaran.charts)
    pages = [charts[i : i + CHARTS_PER_PAGE] for i in range(0, len(charts), CHARTS_PER_PAGE)]
    head_h = 95.0
    foot_h = 30.0
    for number, page in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, width, 40), Qt.AlignmentFlag.AlignLeft, title_text())
        painter.setFont(small)
        meta = f"{scope_text(gambaran.unit)} · {pegawai_count_text(len(gambaran.dosen))}"
        painter.drawText(QRectF(0, 42, width, 22), Qt.AlignmentFlag.AlignLeft, meta)
        painter.drawText(QRectF(0, 62, width, 22), Qt.AlignmentFlag.AlignLeft, data_line(data_date))
        slot_h = (height - head_h - foot_h) / CHARTS_PER_PAGE
        for index, chart in enumerate(page):
            top = head_h + index * slot_h
            chart_w = width * 0.58
            image = render_chart(chart, int(chart_w), int(slot_h - 20), RESOLUTION)
            painter.drawImage(QRectF(0, top, chart_w, slot_h - 20), image)
            headers, rows = chart_rows(chart)
            left = chart_w + 15
            table_w = width - left
            series = max(1, len(headers) - 1)
            col_w = [table_w * 0.46] + [table_w * 0.54 / series] * series
            row_h = 24.0
            header_h = row_h * (2 if series > 1 else 1)
            y = top + 20
            lines = [headers, *[[str(c.value) for c in r] for r in rows]]
            for line, cells in enumerate(lines):
                x = left
                h = header_h if line == 0 else row_h
                for column, text in enumerate(cells):
                    box = QRectF(x, y, col_w[column], h)
                    if line == 0:
                        painter.fillRect(box, header_fill)
                    painter.setPen(grid)
                    painter.drawRect(box)
                    painter.setPen(Qt.GlobalColor.black)
                    painter.setFont(bold if line == 0 else body)
                    align = (
                        Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                    ) | Qt.AlignmentFlag.AlignVCenter
                    flags = int(align) | int(Qt.TextFlag.TextWordWrap)
                    painter.drawText(box.adjusted(4, 0, -4, 0), flags, text)
                    x += col_w[column]
                y += h
        painter.setFont(small)
        painter.drawText(
            QRectF(0, height - foot_h + 8, width, foot_h - 8),
            Qt.AlignmentFlag.AlignRight,
            f"{number}/{len(pages)}",
        )
