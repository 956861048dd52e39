"""The comparison PDF writes its cells as the screen shows them, in the program's language:
dates spelled out, numbers with the locale's marks (not ``15/11/1978``, ``400.00``)."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime

from sister_desktop.domain.comparison import FieldComparison, FieldState, PegawaiComparison
from sister_desktop.domain.monitoring import PegawaiChange
from sister_desktop.reports.pdf_writer import cell_text, write_report_pdf
from sister_desktop.texts.comparison_texts import (
    DASH,
    changes_sheet,
    comparison_sheet,
    value_text,
)
from sister_desktop.texts.i18n import use_language


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


def _pdf_text(path) -> str:
    """The PDF's text as a reader extracts it (poppler's pdftotext)."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


ID_SDM = "f49f7d22-ab79-4ccc-8e4b-02b24bca5e17"


def _report(tmp_path, language: str, qapp) -> str:
    """A comparison report as the window writes it: the Perbandingan list (a birth date, a
    long unit) and What changed (a rank with SISTER's credit points), read back as text."""
    fields = (
        FieldComparison("tanggal_lahir", "1978-11-15", "1978-11-15", FieldState.SAME),
        FieldComparison(
            "unit_kerja",
            "Program Studi Pendidikan Bahasa dan Sastra Indonesia (Kampus Utama)",
            "Pendidikan Bahasa dan Sastra Indonesia, Fakultas Keguruan dan Ilmu Pendidikan",
            FieldState.DIFFERENT,
        ),
        FieldComparison("jabatan_fungsional", "Lektor", "Lektor Kepala", FieldState.DIFFERENT),
    )
    item = PegawaiComparison(1, "Agus Putra Setiawen, S.Pt., M.Sc., Ph.D.", ID_SDM, fields)
    change = PegawaiChange(
        1,
        item.nama,
        ID_SDM,
        ("jabatan_fungsional",),
        (
            (
                "jabatan_fungsional",
                ("+record", "+record:Lektor Kepala (400.00)", "+record:Lektor (212.50)"),
            ),
        ),
    )
    with use_language(qapp, language):
        sheets = [
            comparison_sheet([item], only_different=False),
            changes_sheet([change]),
        ]
        path = tmp_path / f"perbandingan-{language}.pdf"
        write_report_pdf(path, sheets, pt_name="Universitas Nusantara", operator="operator")
    return _pdf_text(path)


def test_the_pdf_reads_ranks_numbers_and_dates_as_the_screen_in_indonesian(qapp, tmp_path):
    text = _report(tmp_path, "id", qapp)
    assert "15 November 1978" in text and "15/11/1978" not in text
    assert "Lektor Kepala (400)" in text and "Lektor (212,50)" in text
    assert "400.00" not in text and "212.50" not in text
    # An identifier is never elided, however long the other columns are.
    assert text.count(ID_SDM) == 4


def test_the_pdf_follows_english_numbers_in_english(qapp, tmp_path):
    text = _report(tmp_path, "en", qapp)
    assert "15 November 1978" in text
    assert "Lektor Kepala (400)" in text and "Lektor (212.50)" in text
    assert text.count(ID_SDM) == 4
