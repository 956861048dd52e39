"""Exported cells never run as formulas: the Log Sinkronisasi CSV and XLSX and the monitoring
workbook written to real files and read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
from openpyxl import load_workbook

from sister_desktop.files import log_export, report_xlsx
from sister_desktop.files.export_cells import is_formula_like, neutralise_text

HOSTILE = [
    '=HYPERLINK("http://example.invalid","klik")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_texts_get_an_apostrophe(value):
    assert is_formula_like(value)
    assert neutralise_text(value) == "'" + value


@pytest.mark.parametrize("value", ["Budi Santoso", "", "—", 12, -3, None, "Dr. =x"])
def test_ordinary_values_are_unchanged(value):
    assert neutralise_text(value) == value


def test_log_csv_cells_start_with_an_apostrophe(tmp_path):
    path = tmp_path / "log.csv"
    rows = [[value, "ok", datetime(2026, 1, 2, 3, 4, 5), -7] for value in HOSTILE]
    log_export.write_csv(path, ["Nama", "Status", "Waktu", "Angka"], rows)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream, delimiter=";"))
    assert [r[0] for r in read[1:]] == ["'" + v for v in HOSTILE]
    assert all(r[3] == "-7" for r in read[1:])  # a real number stays a number


def test_log_xlsx_cells_are_strings_never_formulas(tmp_path):
    path = tmp_path / "log.xlsx"
    rows = [[value, "ok"] for value in HOSTILE]
    log_export.write_xlsx(path, ["=Nama", "Status"], rows)
    sheet = load_workbook(path).active
    cells = [row[0] for row in sheet.iter_rows()]
    assert [c.data_type for c in cells] == ["s"] * (len(HOSTILE) + 1)
    # The text is the value as entered, not a defused copy (XML reads a lone CR as LF).
    assert [c.value for c in cells[1:]] == [v.replace("\r", "\n") for v in HOSTILE]


def test_workbook_of_several_sheets_keeps_texts(tmp_path):
    path = tmp_path / "report.xlsx"
    sheets = [report_xlsx.Sheet(f"S{i}", ["A"], [[v]]) for i, v in enumerate(HOSTILE)]
    report_xlsx.write_workbook(path, sheets)
    book = load_workbook(path)
    for sheet, value in zip(book.worksheets, HOSTILE, strict=True):
        assert sheet["A2"].data_type == "s"
        assert sheet["A2"].value == value.replace("\r", "\n")


def test_pdf_cell_text_is_defused(qapp):
    from sister_desktop.reports.pdf_writer import _cell_text

    assert _cell_text(HOSTILE[0]) == "'" + HOSTILE[0]
    assert _cell_text(-4) == "-4"


def test_a_workbook_holds_control_characters_and_a_text_longer_than_a_cell(tmp_path):
    from sister_desktop.domain.outside_text import REPLACEMENT

    path = tmp_path / "x.xlsx"
    long = "Nama " * 10_000
    report_xlsx.write_workbook(
        path,
        [report_xlsx.Sheet("S", ["Nama\x1b", "B"], [["Bu\x00di\x0b", long]])],
    )
    sheet = load_workbook(path).active
    assert sheet["A1"].value == f"Nama{REPLACEMENT}"
    assert sheet["A2"].value == f"Bu{REPLACEMENT}di{REPLACEMENT}"
    assert len(sheet["B2"].value) == report_xlsx.CELL_MAX and sheet["B2"].value.endswith("…")
