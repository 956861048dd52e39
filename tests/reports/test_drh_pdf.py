"""The DRH's table layout: a column is never narrower than its title (or, when the titles do
not fit side by side, than its title's longest word) nor than its longest word, and the widths
fill the page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QFontMetricsF, QPdfWriter

from sister_desktop.reports.drh_pdf import RESOLUTION, column_widths


def _metrics(bold: bool = False) -> QFontMetricsF:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    font = QFont("Sans Serif", 7, QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return QFontMetricsF(font, writer)


def test_titles_are_whole_when_they_fit(qapp):
    head, body = _metrics(True), _metrics()
    headers = ["Jenis diklat", "Nama", "Penyelenggara", "Tahun"]
    rows = [["Workshop", "Workshop Angkatan 17 " * 3, "Kementerian Pendidikan Tinggi" * 2, "2024"]]
    widths = column_widths(headers, rows, head, body, 1000.0, 4.0)
    assert abs(sum(widths) - 1000.0) < 0.5
    for title, width in zip(headers, widths, strict=True):
        assert width >= head.horizontalAdvance(title) + 8.0 - 0.01


def test_too_many_titles_keep_their_longest_word_and_content_words(qapp):
    head, body = _metrics(True), _metrics()
    headers = [f"Kolom panjang sekali nomor {n}" for n in range(12)]
    rows = [["Supervisor", *["x"] * 11]]
    widths = column_widths(headers, rows, head, body, 600.0, 2.0)
    for title, width in zip(headers, widths, strict=True):
        longest = max(head.horizontalAdvance(w) for w in title.split())
        assert width >= longest + 4.0 - 0.01
    assert widths[0] >= body.horizontalAdvance("Supervisor") + 4.0 - 0.01
