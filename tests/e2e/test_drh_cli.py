"""``sister-desktop drh`` end to end: records stored as a sync stores them in a real SQLite
file, the CLI entry in this process; one PDF or XLSX, a folder of PDFs, and the usage errors."""

from __future__ import annotations

import asyncio
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.sandbox.dataset import World
from sister_desktop.store.database import Database
from tests import sister_records_world as srw


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=40)


@pytest.fixture
def stored(world, db_url):
    people = [srw.long_career(world), world.sdm[5]]

    async def seed():
        db = await Database.open(db_url)
        try:
            return await srw.store_people(db, world, people)
        finally:
            await db.dispose()

    return list(zip(asyncio.run(seed()), people, strict=True))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) needed")
def test_one_pdf(stored, db_url, tmp_path, capsys):
    (pegawai_id, person), _ = stored
    target = tmp_path / "cv.pdf"
    code = main(["drh", str(pegawai_id), "--output", str(target), "--db", db_url, "--lang", "id"])
    assert code == EXIT_OK
    assert "Daftar Riwayat Hidup" in capsys.readouterr().err
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert person.nama in text and "Riwayat Kepangkatan" in text


def test_xlsx_and_a_folder_of_pdfs(stored, db_url, tmp_path):
    (first, person), (second, _other) = stored
    book = tmp_path / "cv.xlsx"
    assert main(["drh", str(first), "--output", str(book), "--db", db_url]) == EXIT_OK
    sheets = load_workbook(book, read_only=True).sheetnames
    assert len(sheets) > 5 and len(person.kepangkatan) > 0
    folder = tmp_path / "batch"
    folder.mkdir()
    code = main(["drh", str(first), str(second), "--output", str(folder), "--db", db_url])
    assert code == EXIT_OK
    assert len(list(folder.glob("DRH_*.pdf"))) == 2


def test_usage_errors(stored, db_url, tmp_path, capsys):
    (first, _person), _ = stored
    assert (
        main(["drh", str(first), "--output", str(tmp_path / "cv.txt"), "--db", db_url])
        == EXIT_USAGE
    )
    assert main(["drh", "99999", "--output", str(tmp_path / "x.pdf"), "--db", db_url]) == EXIT_USAGE
    assert not (tmp_path / "x.pdf").exists()
    folder = tmp_path / "some"
    folder.mkdir()
    code = main(["drh", str(first), "99999", "--output", str(folder), "--db", db_url])
    assert code == EXIT_PARTIAL and len(list(folder.iterdir())) == 1
    missing = tmp_path / "no-such-folder" / "cv.pdf"
    assert main(["drh", str(first), "--output", str(missing), "--db", db_url]) == EXIT_USAGE
    capsys.readouterr()
