"""``sister-desktop laporan``: the LKPS workbook and the Gambaran PDF and workbook from a world
synced over loopback, read back (openpyxl, pdftotext); the usage errors."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_OK, EXIT_USAGE, main
from sister_desktop.domain.lkps import TABLE_IDS
from sister_desktop.services.laporan_service import LaporanService
from tests.laporan_world import REPORT_DAY, TS, sync_world


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture
def synced(loop, db, sandbox):
    world = loop.run_until_complete(sync_world(db, sandbox))
    service = LaporanService(db)
    prodi = loop.run_until_complete(service.prodi_list(REPORT_DAY))
    return world, service, prodi


def test_lkps_workbook_has_a_sheet_per_table_in_the_forms_layout(
    loop, synced, db, db_url, tmp_path, capsys
):
    _world, service, prodi = synced
    chosen = prodi[0]
    lkps = loop.run_until_complete(service.lkps(chosen, TS, REPORT_DAY)).lkps
    first = lkps.table("3.a.1").rows[0].key
    formula = '=HYPERLINK("http://x","klik")'
    loop.run_until_complete(service.save_entry(chosen, TS, ("3.a.1", first, "mk_lain"), formula))
    lkps = loop.run_until_complete(service.lkps(chosen, TS, REPORT_DAY)).lkps
    target = tmp_path / "lkps.xlsx"
    args = ["laporan", "lkps", "--prodi", chosen.upper(), "--ts", str(TS), "--output", str(target)]
    code = main([*args, "--db", db_url, "--date", REPORT_DAY.isoformat(), "--lang", "id"])
    assert code == EXIT_OK
    assert "Ditulis" in capsys.readouterr().err
    book = load_workbook(target)
    assert book.sheetnames == list(TABLE_IDS)
    for table in lkps.tables:
        sheet = book[table.id]
        assert sheet["A1"].value == f"Tabel {table.id} {table.title}"
        assert sheet["A2"].value == f"Program studi {chosen}, TS {TS}"
        assert sheet["A3"].value.startswith("Sumber: SISTER")
        headers = [c.value for c in sheet[5]][: len(table.columns)]
        assert headers == [c.title for c in table.columns]
        for offset, row in enumerate(table.rows):
            for column, cell in enumerate(row.cells, start=1):
                written = sheet.cell(row=6 + offset, column=column).value
                if cell.value is None or cell.value == "":
                    assert written is None
                else:
                    assert written == cell.value, (table.id, row.key, column)
    ndt = next(f.value for f in lkps.table("3.a.1").figures if f.label == "NDT")
    footer = [c.value for c in book["3.a.1"]["A"] if isinstance(c.value, str)]
    assert f"NDT: {ndt}" in footer
    planted = book["3.a.1"].cell(row=6, column=lkps.table("3.a.1").column("mk_lain") + 1)
    assert planted.value == formula and planted.data_type == "s"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) needed")
def test_gambaran_pdf_and_workbook(synced, db_url, tmp_path):
    _world, _service, prodi = synced
    pdf = tmp_path / "dosen.pdf"
    day = ["--date", REPORT_DAY.isoformat(), "--db", db_url, "--lang", "en"]
    assert main(["laporan", "dosen", "--output", str(pdf), *day]) == EXIT_OK
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "Gambaran dosen" in text and "Lektor Kepala" in text
    assert "Category" in text and "within 5 years" in text
    book_path = tmp_path / "dosen.xlsx"
    unit = prodi[-1]
    assert main(["laporan", "dosen", "--unit", unit, "--output", str(book_path), *day]) == EXIT_OK
    book = load_workbook(book_path)
    assert len(book.sheetnames) == 6
    first = book[book.sheetnames[0]]
    assert first["A2"].value == f"Dosen of {unit}"
    assert all(len(book[name]._charts) == 1 for name in book.sheetnames)


def test_usage_errors(synced, db_url, tmp_path, capsys):
    common = ["--db", db_url, "--lang", "en"]
    bad = tmp_path / "x.pdf"
    code = main(["laporan", "lkps", "--prodi", "X", "--ts", "2024", "--output", str(bad), *common])
    assert code == EXIT_USAGE and not bad.exists()
    assert "must be a .xlsx file" in capsys.readouterr().err
    out = tmp_path / "x.xlsx"
    code = main(
        ["laporan", "lkps", "--prodi", "Nowhere", "--ts", "2024", "--output", str(out), *common]
    )
    assert code == EXIT_USAGE and not out.exists()
    err = capsys.readouterr().err
    assert "Nowhere" in err and synced[2][0] in err
