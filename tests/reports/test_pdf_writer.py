"""The comparison PDF writes its cells as the screen shows them, in the program's language:
dates spelled out, numbers with the locale's marks (not ``15/11/1978``, ``400.00``)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sister_desktop.reports.pdf_writer import cell_text
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.perbandingan_texts import DASH, value_text


def test_cells_read_as_on_screen_in_indonesian(qapp):
    with use_language(qapp, "id"):
        born = date(1978, 11, 15)
        assert cell_text(born) == "15 November 1978"
        assert cell_text(born) == value_text("tanggal_lahir", "1978-11-15")
        moment = datetime(2026, 8, 17, 3, 5, tzinfo=UTC)
        assert cell_text(moment).startswith("17 Agustus 2026 ")
        assert cell_text(400.0) == "400"
        assert cell_text(1234.5) == "1.234,50"
        assert cell_text(1234) == "1.234"
        assert cell_text(None) == DASH
        assert cell_text("=HYPERLINK(1)").startswith("'")


def test_cells_follow_english_too(qapp):
    with use_language(qapp, "en"):
        assert cell_text(date(1978, 11, 15)) == "15 November 1978"
        assert cell_text(1234.5) == "1,234.50"
