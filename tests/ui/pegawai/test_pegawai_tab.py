"""The Pegawai tab as an operator uses it: import a file, see the rows, search, tick, pilih
semua, add with a bad NIP and read why, edit, delete, and the detail panel."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.pegawai.import_report_dialog import ImportChoice
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiColumn
from tests.services.import_samples import BUDI, SITI, write_csv
from tests.ui.pegawai.pegawai_helpers import make_tab, wait_for

pytestmark = pytest.mark.gui


def _rows(n: int) -> list[list[str]]:
    return [
        [f"Dosen Contoh {i:02d}", "", f"{i:010d}", "", "", "", "", "", "", "Dosen", "FT", ""]
        for i in range(1, n + 1)
    ]


def _import(qtbot, loop, tab, path: Path, button: str = "import_button") -> ImportChoice:
    async def scenario():
        task = asyncio.ensure_future(tab.import_file(path))
        dialog = await wait_for(lambda: getattr(tab, "report_dialog", None))
        await wait_for(dialog.isVisible)
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        return await task

    return loop.run_until_complete(scenario())


def _tick(qtbot, tab, proxy_row: int) -> None:
    """Click the tick box of a shown row, as the operator does."""
    index = tab.proxy.index(proxy_row, PegawaiColumn.NAMA)
    rect = tab.table.visualRect(index)
    point = QPoint(rect.left() + 12, rect.center().y())
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_import_search_tick_and_count(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    assert tab.model.rowCount() == 0
    path = write_csv(tmp_path / "pegawai.csv", [SITI, BUDI, *_rows(20)])

    assert _import(qtbot, loop, tab, path) is ImportChoice.IMPORT
    assert tab.proxy.rowCount() == 22
    assert "22 new" in tab.message_label.text()
    assert tab.shown_label.text() == "22 of 22 shown"

    qtbot.keyClicks(tab.search_edit, "contoh 1")
    assert tab.proxy.rowCount() == 10  # 10..19
    qtbot.keyClicks(tab.search_edit, "5")
    assert [tab.proxy.index(0, 0).data()] == ["Dosen Contoh 15"]
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "0015038701")  # Siti's NIDN
    assert tab.proxy.index(0, 0).data() == "Siti Rahmawati"
    tab.search_edit.clear()

    for row in (0, 2, 5):
        _tick(qtbot, tab, row)
    assert len(tab.ticked_ids()) == 3
    assert tab.ticked_label.text() == "3 selected"


def test_the_count_reads_dipilih_in_indonesian(qtbot, loop, db, tmp_path, qapp):
    """The count goes through Qt's plural translation: the Indonesian catalogue says
    "dipilih" (a one-message catalogue is built here with lrelease)."""
    ts = tmp_path / "id.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="id">'
        '<context><name>PegawaiTab</name><message numerus="yes"><source>%n selected</source>'
        "<translation><numerusform>%n dipilih</numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "id.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "id.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        tab = make_tab(qtbot, loop, db)
        _import(qtbot, loop, tab, write_csv(tmp_path / "p.csv", _rows(5)))
        for row in (1, 2, 4):
            _tick(qtbot, tab, row)
        assert tab.ticked_label.text() == "3 dipilih"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_pilih_semua_ticks_only_the_visible_rows(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    _import(qtbot, loop, tab, write_csv(tmp_path / "p.csv", [SITI, BUDI, *_rows(8)]))
    tab.jenis_combo.setCurrentIndex(tab.jenis_combo.findText("Tendik"))
    assert tab.proxy.rowCount() == 1
    qtbot.mouseClick(tab.select_all_button, Qt.MouseButton.LeftButton)
    assert tab.ticked_label.text() == "1 selected"
    tab.jenis_combo.setCurrentIndex(0)
    qtbot.keyClicks(tab.search_edit, "contoh")
    qtbot.mouseClick(tab.select_all_button, Qt.MouseButton.LeftButton)
    assert tab.ticked_label.text() == "9 selected"
    qtbot.mouseClick(tab.clear_ticks_button, Qt.MouseButton.LeftButton)
    assert tab.ticked_ids() == set()


def test_a_file_with_problems_shows_them_and_writes_nothing(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    bad = list(BUDI)
    bad[1] = "12345"
    path = write_csv(tmp_path / "p.csv", [SITI, bad])

    async def scenario():
        task = asyncio.ensure_future(tab.import_file(path))
        dialog = await wait_for(lambda: getattr(tab, "report_dialog", None))
        await wait_for(dialog.isVisible)
        shown = (
            dialog.summary.text(),
            dialog.problems.rowCount(),
            [dialog.problems.item(0, c).text() for c in range(4)],
            dialog.import_button.isVisible(),
        )
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        return shown, await task

    (summary, count, cells, import_visible), choice = loop.run_until_complete(scenario())
    assert "1 with problems" in summary
    assert "Nothing has been written" in summary
    assert count == 1
    assert cells == ["3", "NIP", "12345", "NIP must have exactly 18 digits."]
    assert not import_visible
    assert choice is ImportChoice.CANCEL
    assert loop.run_until_complete(PegawaiRepository(db).count()) == 0

    assert _import(qtbot, loop, tab, path, "valid_only_button") is ImportChoice.VALID_ONLY
    assert tab.model.rowCount() == 1


def _open_form(loop, tab, opener):
    async def scenario():
        task = asyncio.ensure_future(opener())
        dialog = await wait_for(lambda: getattr(tab, "form_dialog", None))
        await wait_for(dialog.isVisible)
        return task, dialog

    return loop.run_until_complete(scenario())


def test_add_with_a_bad_nip_shows_the_reason_then_saves(qtbot, loop, db):
    tab = make_tab(qtbot, loop, db)
    task, dialog = _open_form(loop, tab, tab.add_pegawai)
    qtbot.keyClicks(dialog.edits["nama"], "Rina Kartika")
    qtbot.keyClicks(dialog.edits["nip"], "19900230 201501 2 001")  # 30 February
    qtbot.keyClicks(dialog.edits["tanggal_lahir"], "30/01/1990")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tab._context.tasks.wait_idle())
    assert dialog.isVisible()
    assert dialog.errors["nip"].isVisible()
    assert dialog.errors["nip"].text() == (
        "The first 8 digits of the NIP must be a real birth date (YYYYMMDD)."
    )
    assert loop.run_until_complete(PegawaiRepository(db).count()) == 0

    dialog.edits["nip"].clear()
    qtbot.keyClicks(dialog.edits["nip"], "19900130 201501 2 001")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = loop.run_until_complete(task)
    assert saved.nip == "199001302015012001"
    assert tab.model.rowCount() == 1
    assert tab.selected_pegawai().id == saved.id
    assert tab.detail.values["nip"].text() == "199001302015012001"
    assert tab.detail.link_state.text() == "Not linked yet"


def test_edit_refuses_an_identifier_of_another_employee(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    _import(qtbot, loop, tab, write_csv(tmp_path / "p.csv", [SITI, BUDI]))
    assert tab.select_pegawai(tab.model.all_pegawai()[0].id)  # Budi (sorted by name)
    task, dialog = _open_form(loop, tab, tab.edit_pegawai)
    assert dialog.edits["nama"].text() == "Budi Santoso"
    qtbot.keyClicks(dialog.edits["nidn"], "0015038701")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tab._context.tasks.wait_idle())
    assert "already belongs to Siti Rahmawati" in dialog.errors["nidn"].text()
    dialog.edits["nidn"].clear()
    dialog.edits["unit_kerja"].setText("Biro Umum")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert loop.run_until_complete(task).unit_kerja == "Biro Umum"


def test_delete_the_ticked_after_confirmation(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    _import(qtbot, loop, tab, write_csv(tmp_path / "p.csv", _rows(4)))
    _tick(qtbot, tab, 0)
    _tick(qtbot, tab, 1)

    async def scenario(answer):
        task = asyncio.ensure_future(tab.delete_pegawai())
        box = await wait_for(lambda: getattr(tab, "confirm_box", None))
        await wait_for(box.isVisible)
        qtbot.mouseClick(box.button(answer), Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(scenario(QMessageBox.StandardButton.Cancel)) == 0
    assert tab.model.rowCount() == 4
    assert loop.run_until_complete(scenario(QMessageBox.StandardButton.Yes)) == 2
    assert tab.model.rowCount() == 2
    assert tab.ticked_label.text() == "0 selected"


def test_an_unusable_file_is_explained_in_the_tab(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    path = tmp_path / "p.csv"
    path.write_text("name;nip\n", encoding="utf-8")
    assert loop.run_until_complete(tab.import_file(path)) is ImportChoice.CANCEL
    assert '"nama"' in tab.message_label.text()


def test_the_campus_rank_is_typed_with_suggestions_and_shown_in_the_detail(qtbot, loop, db):
    tab = make_tab(qtbot, loop, db)
    task, dialog = _open_form(loop, tab, tab.add_pegawai)
    qtbot.keyClicks(dialog.edits["nama"], "Rina Kartika")
    jabatan, pangkat = dialog.edits["jabatan_fungsional"], dialog.edits["pangkat_golongan"]
    offered = jabatan.completer().model()
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == [
        "Asisten Ahli",
        "Lektor",
        "Lektor Kepala",
        "Profesor",
    ]
    completer = pangkat.completer()
    completer.setCompletionPrefix("iii/c")  # what the operator types: any part, any case
    assert completer.currentCompletion() == "Penata (III/c)"
    qtbot.keyClicks(jabatan, "Lektor  Kepala")
    qtbot.keyClicks(pangkat, "Penata (III/c)")
    dialog.grab().save("/tmp/pegawai_form_rank.png")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = loop.run_until_complete(task)
    assert (saved.jabatan_fungsional, saved.pangkat_golongan) == ("Lektor Kepala", "Penata (III/c)")
    assert tab.detail.values["jabatan_fungsional"].text() == "Lektor Kepala"
    assert tab.detail.values["pangkat_golongan"].text() == "Penata (III/c)"
    stored = loop.run_until_complete(PegawaiRepository(db).get(saved.id))
    assert stored.pangkat_golongan == "Penata (III/c)"


def test_a_file_saved_again_while_the_report_is_open_is_not_written(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI])

    async def scenario():
        task = asyncio.ensure_future(tab.import_file(path))
        dialog = await wait_for(lambda: getattr(tab, "report_dialog", None))
        await wait_for(dialog.isVisible)
        assert "2 new" in dialog.summary.text()
        write_csv(path, [SITI])  # the operator corrects the file in Excel meanwhile
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(scenario()) is ImportChoice.CANCEL
    assert "was changed after it was checked" in tab.message_label.text()
    assert loop.run_until_complete(PegawaiRepository(db).count()) == 0


def test_the_report_says_how_many_problems_it_does_not_list(qtbot, loop, db, tmp_path, monkeypatch):
    from sister_desktop.services import importer

    monkeypatch.setattr(importer, "MAX_PROBLEMS_KEPT", 2)
    tab = make_tab(qtbot, loop, db)
    bad = [[row[0], "12345", *row[2:]] for row in _rows(5)]
    path = write_csv(tmp_path / "p.csv", [SITI, *bad])

    async def scenario():
        task = asyncio.ensure_future(tab.import_file(path))
        dialog = await wait_for(lambda: getattr(tab, "report_dialog", None))
        await wait_for(dialog.isVisible)
        shown = dialog.summary.text(), dialog.problems.rowCount()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        await task
        return shown

    summary, listed = loop.run_until_complete(scenario())
    assert listed == 2
    assert "5 with problems" in summary
    assert "The first 2 problems are listed; 3 more are not." in summary
