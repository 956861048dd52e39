"""Reading import files: CSV with or without BOM, ``;`` or ``,``; XLSX with numbers and dates."""

from __future__ import annotations

from datetime import datetime

import pytest

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.files.import_file import ImportFileError, column_key, read_import_file
from tests.services.import_samples import BUDI, SITI, write_csv, write_xlsx


@pytest.mark.parametrize(
    ("delimiter", "bom"), [(";", True), (";", False), (",", True), (",", False)]
)
def test_csv_in_every_excel_flavour(tmp_path, delimiter, bom):
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI], delimiter=delimiter, bom=bom)
    table = read_import_file(path)
    assert [r.row for r in table.rows] == [2, 3]
    assert table.rows[0].cells["nama"] == "Siti Rahmawati"
    assert table.rows[0].cells["nidn"] == "0015038701"
    assert table.rows[1].cells["nip"] is None


def test_headers_are_case_and_space_insensitive_and_unknown_ones_are_listed(tmp_path):
    header = ["Nama", "NIP", "Tanggal Lahir", "Status Nikah"]
    path = write_csv(tmp_path / "p.csv", [["Ani", "", "1990-01-01", "Kawin"]], header=header)
    table = read_import_file(path)
    assert table.rows[0].cells == {"nama": "Ani", "nip": None, "tanggal_lahir": "1990-01-01"}
    assert table.ignored_columns == ["Status Nikah"]
    assert column_key("\ufeff Jenis-Kelamin ") == "jenis_kelamin"


def test_rank_columns_are_read_under_the_names_hr_exports_give_them(tmp_path):
    assert column_key("Pangkat/Golongan") == "pangkat_golongan"
    assert column_key("Golongan") == "pangkat_golongan"
    assert column_key("Jabatan Fungsional") == "jabatan_fungsional"
    assert column_key("JABFUNG") == "jabatan_fungsional"
    header = ["Nama", "Jabatan Fungsional", "Pangkat / Golongan"]
    path = write_csv(tmp_path / "p.csv", [["Ani", "Lektor", "Penata, III/c"]], header=header)
    table = read_import_file(path)
    assert table.rows[0].cells == {
        "nama": "Ani",
        "jabatan_fungsional": "Lektor",
        "pangkat_golongan": "Penata, III/c",
    }
    assert table.ignored_columns == []


def test_blank_rows_are_skipped_but_row_numbers_stay_true(tmp_path):
    path = write_csv(tmp_path / "p.csv", [SITI, [""] * 12, BUDI])
    assert [r.row for r in read_import_file(path).rows] == [2, 4]


def test_xlsx_keeps_cell_types(tmp_path):
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [["Ani", None, 15038701, None, None, None, None, datetime(1990, 1, 1), "P", "Dosen"]],
    )
    [row] = read_import_file(path).rows
    assert row.row == 2
    assert row.cells["nidn"] == 15038701
    assert row.cells["tanggal_lahir"] == datetime(1990, 1, 1).date()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("p.txt", b"nama\nAni\n", ImportFileErrorCode.UNSUPPORTED_FORMAT),
        ("p.csv", b"", ImportFileErrorCode.EMPTY),
        ("p.csv", b"name;nip\nAni;1\n", ImportFileErrorCode.NO_NAMA_COLUMN),
        ("p.csv", "nama\nSùsi\n".encode("cp1252"), ImportFileErrorCode.NOT_UTF8),
        ("p.xlsx", b"not a zip at all", ImportFileErrorCode.NOT_XLSX),
    ],
)
def test_unusable_files_say_why(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    assert caught.value.code is code


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        read_import_file(tmp_path / "nothing.csv")
    assert caught.value.code is ImportFileErrorCode.NOT_FOUND
