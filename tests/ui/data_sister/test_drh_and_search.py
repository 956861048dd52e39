"""The Daftar Riwayat Hidup from the Pegawai tab (the PDF read back as text with pdftotext:
identity, current rank, every history with its rows; the XLSX with the same sheets; one PDF
per ticked pegawai into a folder) and the Pegawai search in the synced data."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sister_desktop.sandbox.dataset import World
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.sister_field_texts import rank_text
from tests import sister_records_world as srw
from tests.ui.pegawai.pegawai_helpers import make_tab, wait_for

pytestmark = pytest.mark.gui

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is needed to read the PDF back",
)


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=40)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def tab(qtbot, loop, db, world):
    people = [srw.long_career(world), srw.with_ajuan(world), world.sdm[3]]
    ids = loop.run_until_complete(srw.store_people(db, world, people))
    tab = make_tab(qtbot, loop, db)
    return tab, dict(zip(ids, people, strict=True))


@needs_pdftotext
def test_drh_pdf_has_identity_rank_and_every_history(qapp, loop, world, tab, tmp_path):
    tab_, people = tab
    pegawai_id, person = next(iter(people.items()))
    with use_language(qapp, "id"):
        loaded = loop.run_until_complete(tab_._context.data_sister.load(pegawai_id))
        path = tmp_path / "drh.pdf"
        loop.run_until_complete(tab_.data_sister.exporter.write_one(loaded, path))
        text = pdf_text(path)
        flat = " ".join(text.split())
        assert f"Daftar Riwayat Hidup — {person.nama}" in flat
        assert "Universitas Nusantara Medan" in flat  # the PT, from his assignment
        assert "Data SISTER per 30 November 2026" in flat
        assert person.kepegawaian["nip"] in flat
        newest = max(person.jabatan_fungsional, key=lambda r: r["tanggal_mulai"])
        assert rank_text(newest["jabatan_fungsional"]) in flat
        for dataset in ("jabatan_fungsional", "kepangkatan", "pendidikan_formal", "diklat"):
            rows = srw.listed_rows(world, person, dataset)
            assert f"{dataset_label(dataset)} ({len(rows)})" in flat, dataset
        for rank in person.kepangkatan:
            assert rank["sk"] in flat
        assert "Tahun" in text.split("Diklat", 1)[1]  # the column title, whole
        assert "Tridharma" not in flat  # never synced: not in the CV


def test_drh_xlsx_has_the_same_histories(qapp, loop, tab, tmp_path):
    tab_, people = tab
    pegawai_id, person = next(iter(people.items()))
    with use_language(qapp, "id"):
        loaded = loop.run_until_complete(tab_._context.data_sister.load(pegawai_id))
        path = tmp_path / "drh.xlsx"
        loop.run_until_complete(tab_.data_sister.exporter.write_one(loaded, path))
        book = load_workbook(path, read_only=True)
        assert book.sheetnames[0] == "Identitas"
        grades = book["Riwayat Kepangkatan"]
        rows = list(grades.iter_rows(values_only=True))
        assert rows[0][:3] == ("Pangkat/golongan", "Nomor SK", "TMT")
        assert len(rows) - 1 == len(person.kepangkatan)


@needs_pdftotext
def test_drh_batch_writes_one_pdf_per_ticked_pegawai(qapp, loop, tab, tmp_path):
    tab_, people = tab
    messages: list[str] = []
    written = loop.run_until_complete(
        tab_.data_sister.exporter.write_batch(people, tmp_path, messages.append)
    )
    assert len(written) == len(people) == len(list(tmp_path.glob("DRH_*.pdf")))
    names = {person.nama for person in people.values()}
    assert {pdf_text(p).split("\n")[0].split("— ")[-1].strip() for p in written} == names
    assert str(len(people)) in messages[-1]


def test_search_in_the_synced_data(qapp, qtbot, loop, tab):
    tab_, people = tab
    pegawai_id, person = next(iter(people.items()))
    year = person.sertifikasi_dosen[0]["tahun_sertifikasi"]
    others = [p for pid, p in people.items() if pid != pegawai_id]
    assert all(all(s["tahun_sertifikasi"] != year for s in p.sertifikasi_dosen) for p in others)
    tab_.search_edit.setText(f"sertifikasi dosen {year}")
    assert tab_.proxy.rowCount() == 0  # the campus list alone does not know it
    tab_.search_sister_check.setChecked(True)
    loop.run_until_complete(wait_for(lambda: tab_.proxy.rowCount() == 1))
    assert tab_.proxy.visible_ids() == [pegawai_id]
    # typing on searches again after a pause; a prodi finds everyone assigned to it
    unit = person.penugasan[0]["unit_kerja"]
    tab_.search_edit.setText(unit)
    expected = {
        pid for pid, p in people.items() if any(r["unit_kerja"] == unit for r in p.penugasan)
    }
    loop.run_until_complete(wait_for(lambda: set(tab_.proxy.visible_ids()) == expected))
    tab_.search_sister_check.setChecked(False)
    tab_.search_edit.setText(f"sertifikasi dosen {year}")
    loop.run_until_complete(wait_for(lambda: tab_.proxy.rowCount() == 0))


def test_data_sister_opens_from_the_pegawai_tab(qapp, qtbot, loop, tab):
    tab_, people = tab
    pegawai_id, person = next(iter(people.items()))
    assert tab_.select_pegawai(pegawai_id)
    button = tab_.detail.findChild(QPushButton, "detail_data_sister_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = loop.run_until_complete(wait_for(lambda: tab_.data_sister.windows.get(pegawai_id)))
    loop.run_until_complete(wait_for(lambda: window.loaded is not None and window.isVisible()))
    assert window.loaded.pegawai.nama == person.nama
    assert window.windowTitle() == f"Data SISTER — {person.nama}"
    # the same pegawai again raises the open window instead of a second one
    tab_.data_sister.data_action.trigger()
    loop.run_until_complete(tab_._context.tasks.wait_idle())
    assert list(tab_.data_sister.windows) == [pegawai_id]
    window.close()
    loop.run_until_complete(wait_for(lambda: pegawai_id not in tab_.data_sister.windows))


def test_drh_of_the_ticked_pegawai_goes_into_the_chosen_folder(qapp, qtbot, loop, tab, tmp_path):
    tab_, people = tab
    tab_.model.set_ticked(list(people)[:2], True)
    tab_.data_sister.drh_action.trigger()
    exporter = tab_.data_sister.exporter
    dialog = loop.run_until_complete(wait_for(lambda: exporter.folder_dialog))
    dialog.setDirectory(str(tmp_path))
    assert dialog.selectedFiles() == [str(tmp_path)]
    dialog.accept()
    loop.run_until_complete(wait_for(lambda: len(list(tmp_path.glob("DRH_*.pdf"))) == 2))
    loop.run_until_complete(tab_._context.tasks.wait_idle())
    assert "2" in tab_.message_label.text()


def test_drh_pdf_is_written_off_the_loop_on_a_slow_disk(qapp, loop, tab, tmp_path, slow_disk):
    """Painted on the GUI thread, written and flushed in the worker: while the disk takes its
    time the loop keeps turning, and the file is whole at the end."""
    tab_, people = tab
    pegawai_id = next(iter(people))
    loaded = loop.run_until_complete(tab_._context.data_sister.load(pegawai_id))
    path = tmp_path / "drh.pdf"

    async def scenario() -> Path:
        task = asyncio.ensure_future(tab_.data_sister.exporter.write_one(loaded, path))
        await slow_disk.wait_until_writing()
        assert not task.done()  # the write waits on the disk, the loop does not
        slow_disk.release.set()
        return await task

    assert loop.run_until_complete(scenario()) == path
    assert path.read_bytes().startswith(b"%PDF")
    assert slow_disk.timed_out == [False]
    assert threading.main_thread().name not in slow_disk.threads


def test_drh_batch_is_written_off_the_loop_on_a_slow_disk(qapp, loop, tab, tmp_path, slow_disk):
    tab_, people = tab

    async def scenario() -> list[Path]:
        task = asyncio.ensure_future(
            tab_.data_sister.exporter.write_batch(people, tmp_path, lambda _text: None)
        )
        await slow_disk.wait_until_writing()
        assert not task.done()
        slow_disk.release.set()
        return await task

    written = loop.run_until_complete(scenario())
    assert len(written) == len(people)
    assert len(slow_disk.threads) == len(people)
    assert not any(slow_disk.timed_out)
    assert threading.main_thread().name not in slow_disk.threads
