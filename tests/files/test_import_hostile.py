"""Import files that lie or attack: a zip bomb dressed as XLSX, a lying ``<dimension>``, a
giant cell and broken sheet XML are refused or read truthfully, never a traceback."""

from __future__ import annotations

import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.files.import_file import ImportFileError, read_import_file
from tests.services.import_samples import BUDI, SITI, write_csv, write_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def _rewrite_sheet(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """Copy the workbook with its first sheet's XML passed through ``change``."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    out = path.with_name("changed.xlsx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            target.writestr(info.filename, change(data) if info.filename == SHEET else data)
    return out


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    good = write_xlsx(tmp_path / "p.xlsx", [SITI, BUDI])
    with zipfile.ZipFile(good) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info, data in members:
            if info.filename != SHEET:
                target.writestr(info.filename, data)
        # 1 GB of one repeated row inflates from about 1 MB.
        with target.open(SHEET, "w", force_zip64=True) as stream:
            stream.write(data.split(b"<sheetData>")[0] + b"<sheetData>")
            row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
            for _ in range(1024 * 1024 * 1024 // len(row)):
                stream.write(row)
            stream.write(b"</sheetData></worksheet>")
    assert bomb.stat().st_size < 8 * 1024 * 1024

    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(ImportFileError) as caught:
            read_import_file(bomb)
        elapsed = time.monotonic() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.code is ImportFileErrorCode.TOO_LARGE
    assert elapsed < 10 and peak < 500 * 1024 * 1024


def test_a_lying_dimension_does_not_hide_rows(tmp_path):
    rows = [[f"Pegawai {i}", *SITI[1:]] for i in range(50)]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    lying = _rewrite_sheet(
        path, lambda xml: re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:A2"', xml)
    )
    assert b'ref="A1:A2"' in zipfile.ZipFile(lying).read(SHEET)
    table = read_import_file(lying)
    assert len(table.rows) == 50


def test_a_giant_csv_field_is_refused_with_its_line(tmp_path):
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI, ["x" * 1_000_000, *BUDI[1:]], SITI])
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    assert caught.value.code is ImportFileErrorCode.CELL_TOO_LARGE
    assert caught.value.detail == "4"


def test_a_csv_cell_over_excels_limit_is_refused_with_its_place(tmp_path):
    path = write_csv(tmp_path / "p.csv", [SITI, ["x" * 40_000, *BUDI[1:]]])
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    assert caught.value.code is ImportFileErrorCode.CELL_TOO_LARGE
    assert caught.value.detail == "3 (nama)"


def test_broken_sheet_xml_is_a_damaged_workbook_not_a_traceback(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [SITI, BUDI])
    broken = _rewrite_sheet(path, lambda xml: xml.replace(b"</row>", b"</rw>", 2))
    with pytest.raises(ImportFileError) as caught:
        read_import_file(broken)
    # The file's name for the operator, not the XML parser's English.
    assert caught.value.code is ImportFileErrorCode.NOT_XLSX
    assert caught.value.detail == "changed.xlsx"


def test_duplicate_headers_are_refused_with_their_names(tmp_path):
    header = ["nama", "NIP", "tanggal_lahir", "jenis_kelamin", "Nip "]
    path = write_csv(tmp_path / "p.csv", [["Budi", "1", "1990-01-02", "L", "2"]], header=header)
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    assert caught.value.code is ImportFileErrorCode.DUPLICATE_COLUMNS
    assert caught.value.detail == "NIP, Nip"


def test_a_stray_quote_is_reported_at_its_line(tmp_path):
    rows = [[f"Pegawai {i}", *BUDI[1:]] for i in range(60)]
    rows[2][5] = '"3201'  # line 4 of the file: a quote that never closes
    path = write_csv(tmp_path / "p.csv", rows)
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    assert caught.value.code is ImportFileErrorCode.STRAY_QUOTE
    assert caught.value.detail == "4"


def test_quoted_cells_with_delimiters_still_read(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text('nama;unit_kerja\r\n"Budi; S.T.";"Fakultas ""Teknik"""\r\n', encoding="utf-8")
    (row,) = read_import_file(path).rows
    assert row.cells == {"nama": "Budi; S.T.", "unit_kerja": 'Fakultas "Teknik"'}


def test_a_header_only_file_has_nothing_to_import(tmp_path):
    path = write_csv(tmp_path / "p.csv", [])
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    assert caught.value.code is ImportFileErrorCode.NO_ROWS


def test_an_invisible_character_in_an_identifier_is_shown_where_it_is(tmp_path, qapp):
    from sister_desktop.domain.identifiers import IdentifierProblem
    from sister_desktop.services.importer import build_plan
    from sister_desktop.texts.import_texts import problem_text

    row = list(SITI)
    row[6] = "3201\u2060234567890123"  # NIK with a word joiner copied from a PDF
    path = write_csv(tmp_path / "p.csv", [row])
    plan = build_plan(read_import_file(path).rows, [])
    (problem,) = [p for p in plan.problems if p.field == "nik"]
    assert problem.code == IdentifierProblem.NOT_DIGITS
    text = problem_text(problem)
    assert "U+2060" in text and "position 5" in text


def test_nul_bytes_in_a_cell_are_dropped(tmp_path):
    row = list(SITI)
    row[0] = "Siti\x00 Rahmawati"
    (read,) = read_import_file(write_csv(tmp_path / "p.csv", [row])).rows
    assert read.cells["nama"] == "Siti Rahmawati"


def test_control_characters_in_a_cell_arrive_replaced_so_every_export_can_hold_them(tmp_path):
    from openpyxl import Workbook

    from sister_desktop.domain.outside_text import REPLACEMENT

    path = write_csv(tmp_path / "p.csv", [["Bu\x1bdi\x0b Santoso", *BUDI[1:]], SITI])
    table = read_import_file(path)
    assert table.rows[0].cells["nama"] == f"Bu{REPLACEMENT}di{REPLACEMENT} Santoso"
    sheet = Workbook().active
    sheet.append([table.rows[0].cells["nama"]])  # openpyxl refuses ESC and VT, not U+FFFD
