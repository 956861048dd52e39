"""The Daftar Riwayat Hidup as a PDF through Qt's ``QPdfWriter``: A4 portrait, on every page
the PT's name, the title with the pegawai's name, the date of the data and the page number;
then the identity (with the pas foto at its right, 3 × 4 cm, where SISTER has one), the rank
and position held now, and each history as a table whose column
titles are never cut (a column is at least as wide as its title's longest word, and titles
wrap rather than clip) and whose cells wrap. A table may continue on the next page, with its
titles repeated; a row never splits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from sister_desktop.domain.file_errors import WriteErrorCode
from sister_desktop.files.atomic_file import FileWriteError, check_target, write_atomically
from sister_desktop.files.export_cells import neutralise_text
from sister_desktop.resource_files import palette
from sister_desktop.texts import comparison_texts
from sister_desktop.texts.drh_texts import Drh, DrhSection, current_title, identity_title

RESOLUTION = 150
#: The pas foto's printed size: 3 × 4 cm, as a CV's photo is asked for.
PHOTO_W_MM, PHOTO_H_MM = 30.0, 40.0
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_HEADER = QColor(palette().table_header)
_GRID = QColor(palette().faint)

Painter = Callable[[QPainter], None]


@dataclass
class _Page:
    ops: list[Painter] = field(default_factory=list)


class _Fonts:
    def __init__(self, device: QPdfWriter) -> None:
        self.title = QFont("Sans Serif", 13, QFont.Weight.Bold)
        self.section = QFont("Sans Serif", 9, QFont.Weight.Bold)
        self.body = QFont("Sans Serif", 8)
        self.bold = QFont("Sans Serif", 8, QFont.Weight.Bold)
        self.small = QFont("Sans Serif", 7)
        self.small_bold = QFont("Sans Serif", 7, QFont.Weight.Bold)
        self.device = device

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


def column_widths(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    header_metrics: QFontMetricsF,
    body_metrics: QFontMetricsF,
    total: float,
    pad: float,
) -> list[float]:
    """Widths that share ``total``: each column gets at least its title (the whole title when
    the titles fit side by side, else its longest word) and its longest word of content, and
    the rest goes by content."""
    full = [header_metrics.horizontalAdvance(h) + 2 * pad for h in headers]
    words = [
        max((header_metrics.horizontalAdvance(w) for w in h.split()), default=0.0) + 2 * pad
        for h in headers
    ]
    least = list(full if sum(full) <= total else words)
    # Nor narrower than its longest word of content (a word cannot wrap), within reason.
    for column, minimum in enumerate(least):
        longest = max(
            (
                body_metrics.horizontalAdvance(word)
                for r in rows[:300]
                if column < len(r)
                for word in r[column].split()
            ),
            default=0.0,
        )
        least[column] = max(minimum, min(longest + 2 * pad, total * 0.2))
    natural = []
    for column, minimum in enumerate(least):
        widest = max(
            (body_metrics.horizontalAdvance(r[column]) for r in rows[:300] if column < len(r)),
            default=0.0,
        )
        natural.append(max(minimum, min(widest + 2 * pad, total * 0.45)))
    if sum(natural) <= total:
        scale = total / sum(natural) if natural else 1.0
        return [w * scale for w in natural]
    spare = total - sum(least)
    extra = [n - m for n, m in zip(natural, least, strict=True)]
    if spare <= 0 or sum(extra) <= 0:
        return least
    share = spare / sum(extra)
    return [m + e * share for m, e in zip(least, extra, strict=True)]


class _Layout:
    """Places the CV's blocks on pages; ``pages`` then holds what to paint on each."""

    def __init__(self, drh: Drh, fonts: _Fonts, width: float, height: float) -> None:
        self.drh = drh
        self.fonts = fonts
        self.width = width
        self.height = height
        self.pages: list[_Page] = []
        self.y = 0.0
        self.body_top = 0.0
        self.footer_h = fonts.metrics(fonts.small).height() * 1.6
        self._new_page()

    def _new_page(self) -> None:
        self.pages.append(_Page())
        fonts = self.fonts
        title_h = fonts.metrics(fonts.title).height()
        meta_h = fonts.metrics(fonts.small).height() * 1.4
        heading, meta = self.drh.heading, self.drh.meta_text()
        width = self.width

        def header(p: QPainter) -> None:
            p.setFont(fonts.title)
            p.drawText(QRectF(0, 0, width, title_h), Qt.AlignmentFlag.AlignLeft, heading)
            p.setFont(fonts.small)
            p.drawText(QRectF(0, title_h, width, meta_h), Qt.AlignmentFlag.AlignLeft, meta)
            p.setPen(_GRID)
            p.drawLine(
                QRectF(0, title_h + meta_h, width, 0).topLeft(),
                QRectF(width, title_h + meta_h, 0, 0).topLeft(),
            )
            p.setPen(Qt.GlobalColor.black)

        self.pages[-1].ops.append(header)
        self.y = title_h + meta_h + meta_h * 0.6
        self.body_top = self.y

    def _room(self) -> float:
        return self.height - self.footer_h - self.y

    def _ensure(self, needed: float) -> bool:
        """A new page when ``needed`` does not fit (unless the page is still empty)."""
        if needed > self._room() and self.y > self.body_top:
            self._new_page()
            return True
        return False

    def _add(self, op: Painter) -> None:
        self.pages[-1].ops.append(op)

    def section_title(self, text: str, following: float) -> None:
        fonts = self.fonts
        h = fonts.metrics(fonts.section).height() * 1.5
        self._ensure(h + following)
        y, width = self.y, self.width

        def draw(p: QPainter) -> None:
            p.setFont(fonts.section)
            p.drawText(
                QRectF(0, y, width, h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                text,
            )

        self._add(draw)
        self.y += h * 1.1

    def pairs(
        self, title: str, pairs: Sequence[tuple[str, str]], photo: QImage | None = None
    ) -> None:
        """Label/value lines under ``title``; with ``photo``, the photo at the right of the
        first lines (they wrap before it) and the block at least as tall as the photo."""
        fonts = self.fonts
        metrics = fonts.metrics(fonts.body)
        bold = fonts.metrics(fonts.bold)
        label_w = max((bold.horizontalAdvance(k) for k, _ in pairs), default=0.0) + 12
        photo_w = photo_h = 0.0
        if photo is not None:
            photo_w = PHOTO_W_MM / 25.4 * RESOLUTION
            photo_h = PHOTO_H_MM / 25.4 * RESOLUTION
        value_w = self.width - label_w - (photo_w + 24 if photo is not None else 0)
        first = True
        photo_bottom = 0.0
        for label, value in pairs:
            text = str(neutralise_text(value))
            h = (
                max(
                    metrics.boundingRect(QRectF(0, 0, value_w, 1e6), int(_WRAP), text).height(),
                    metrics.height(),
                )
                + metrics.height() * 0.3
            )
            if first:
                self.section_title(title, max(h, photo_h))
                first = False
                if photo is not None:
                    top, left = self.y, self.width - photo_w
                    photo_bottom = top + photo_h

                    def draw_photo(p: QPainter, top: float = top, left: float = left) -> None:
                        p.drawImage(QRectF(left, top, photo_w, photo_h), photo)
                        p.setPen(_GRID)
                        p.drawRect(QRectF(left, top, photo_w, photo_h))
                        p.setPen(Qt.GlobalColor.black)

                    self._add(draw_photo)
            self._ensure(h)
            y = self.y

            def draw(
                p: QPainter, y: float = y, label: str = label, text: str = text, h: float = h
            ) -> None:
                p.setFont(fonts.bold)
                p.drawText(QRectF(0, y, label_w, h), int(_WRAP), label)
                p.setFont(fonts.body)
                p.drawText(QRectF(label_w, y, value_w, h), int(_WRAP), text)

            self._add(draw)
            self.y += h
        self.y = max(self.y, photo_bottom + metrics.height() * 0.3) if photo_bottom else self.y

    def table(self, section: DrhSection) -> None:
        fonts = self.fonts
        head_m = fonts.metrics(fonts.small_bold)
        body_m = fonts.metrics(fonts.small)
        pad = body_m.averageCharWidth() * 0.6
        rows = [[str(neutralise_text(c)) for c in row] for row in section.rows]
        headers = list(section.headers)
        widths = column_widths(headers, rows, head_m, body_m, self.width, pad)

        def height(cells: Sequence[str], metrics: QFontMetricsF) -> float:
            tallest = metrics.height()
            for text, w in zip(cells, widths, strict=False):
                box = metrics.boundingRect(
                    QRectF(0, 0, max(1.0, w - 2 * pad), 1e6), int(_WRAP), text
                )
                tallest = max(tallest, box.height())
            return tallest + pad * 1.4

        head_h = height(headers, head_m)
        heights = [height(r, body_m) for r in rows]
        self.section_title(
            f"{section.title} ({len(rows)})", head_h + (heights[0] if heights else 0)
        )

        def row_op(cells: Sequence[str], y: float, h: float, *, head: bool) -> Painter:
            def draw(p: QPainter) -> None:
                if head:
                    p.fillRect(QRectF(0, y, self.width, h), _HEADER)
                p.setPen(_GRID)
                p.drawLine(
                    QRectF(0, y + h, 0, 0).topLeft(), QRectF(self.width, y + h, 0, 0).topLeft()
                )
                p.setPen(Qt.GlobalColor.black)
                p.setFont(fonts.small_bold if head else fonts.small)
                x = 0.0
                for text, w in zip(cells, widths, strict=False):
                    p.drawText(QRectF(x + pad, y + pad * 0.7, w - 2 * pad, h), int(_WRAP), text)
                    x += w

            return draw

        self._add(row_op(headers, self.y, head_h, head=True))
        self.y += head_h
        for cells, h in zip(rows, heights, strict=True):
            if self._ensure(h):
                self._add(row_op(headers, self.y, head_h, head=True))
                self.y += head_h
            self._add(row_op(cells, self.y, h, head=False))
            self.y += h
        self.y += body_m.height() * 0.8


def _photo(image: bytes | None) -> QImage | None:
    """The pas foto as an image; ``None`` when there is none or it does not read as one."""
    if not image:
        return None
    photo = QImage()
    return photo if photo.loadFromData(image) else None


def render_drh(drh: Drh) -> bytes:
    """The CV's PDF bytes. Needs a QGuiApplication."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(drh.heading)
    writer.setCreator("SISTER Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 12, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise FileWriteError(WriteErrorCode.CANNOT_WRITE, Path(drh.nama), "QPdfWriter")
    try:
        area = QRectF(painter.viewport())
        fonts = _Fonts(writer)
        layout = _Layout(drh, fonts, area.width(), area.height())
        layout.pairs(identity_title(), drh.identity, _photo(drh.photo))
        layout.pairs(current_title(), drh.current)
        for section in drh.sections:
            layout.table(section)
        pages = len(layout.pages)
        small_h = fonts.metrics(fonts.small).height()
        for number, page in enumerate(layout.pages, start=1):
            if number > 1:
                writer.newPage()
            for op in page.ops:
                op(painter)
            painter.setFont(fonts.small)
            painter.drawText(
                QRectF(0, area.height() - small_h, area.width(), small_h),
                Qt.AlignmentFlag.AlignRight,
                comparison_texts.page_text(number, pages),
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


#: A CV holds personal data: its file is the owner's only.
DRH_FILE_MODE = 0o600


def write_drh_pdf(path: Path, drh: Drh) -> Path:
    """Write one CV to ``path`` through the safe writer (the old file stays on failure).

    For the command line; the window paints with ``render_drh`` and writes in the worker."""
    path = Path(path)
    check_target(path)
    return write_atomically(path, render_drh(drh), mode=DRH_FILE_MODE)
