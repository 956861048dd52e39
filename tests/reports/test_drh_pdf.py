"""The DRH's table layout: a column is never narrower than its title (or, when the titles do
not fit side by side, than its title's longest word) nor than its longest word, and the widths
fill the page; the pas foto is printed beside the identity."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QFontMetricsF, QPdfWriter

from sister_desktop.reports.drh_pdf import RESOLUTION, column_widths, render_drh
from sister_desktop.sandbox.routes import photo_png
from sister_desktop.texts.drh_texts import Drh


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


def _drh(photo: bytes | None) -> Drh:
    identity = [("Nama", "Ayu Mulya Permana"), ("NIDN", "1014066773"), ("NIP", "1967")]
    return Drh(
        nama="Ayu Mulya Permana",
        pt_name="Universitas Nusantara Medan",
        data_at=datetime(2026, 12, 1, tzinfo=UTC),
        printed_at=datetime(2026, 12, 1, tzinfo=UTC),
        identity=identity,
        current=[("Jabatan fungsional", "Lektor Kepala")],
        sections=[],
        photo=photo,
    )


def test_the_pas_foto_is_printed_beside_the_identity(qapp, tmp_path):
    """With SISTER's photo the PDF holds one image (the pdfimages tool lists it, 3 × 4 cm at
    the page's resolution); without one, or with bytes that are no image, none."""
    photo = photo_png("ef8c8930-1943-457c-a62c-7e2ae9467d76")
    listed = {}
    for name, image in (("with", photo), ("without", None), ("damaged", b"not a png")):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(render_drh(_drh(image)))
        if shutil.which("pdfimages") is None:
            listed[name] = path.read_bytes().count(b"/Subtype /Image")
            continue
        lines = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        listed[name] = len(lines)
    assert listed == {"with": 1, "without": 0, "damaged": 0}
