"""The Perbandingan page against the sandbox world: after a sync the planted differences show,
the operator applies SISTER's NIDN for one employee, sees it in the table and the history, and
undoes it. Real widgets clicked with qtbot; a real SQLite file; SISTER over loopback."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.texts.comparison_texts import field_label
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.perbandingan.perbandingan_model import KEY_ROLE, PerbandinganColumn
from sister_desktop.ui.perbandingan.perbandingan_panel import PerbandinganPanel
from tests.comparison_world import comparison_service, synced_campus

pytestmark = pytest.mark.gui


@pytest.fixture
def campus(loop, db, sandbox):
    return synced_campus(loop, db, sandbox)


@pytest.fixture
def tasks():
    return TaskKeeper()


@pytest.fixture
def panel(qtbot, loop, db, sandbox, campus, tasks):
    widget = PerbandinganPanel(comparison_service(db, sandbox), tasks, lambda: "Universitas Contoh")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    loop.run_until_complete(widget.refresh())
    return widget


async def until(predicate, timeout: float = 10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting"
        await asyncio.sleep(0.01)


def shown_rows(panel):
    proxy = panel.proxy
    rows = []
    for row in range(proxy.rowCount()):
        key = proxy.data(proxy.index(row, 0), KEY_ROLE)
        cells = [proxy.data(proxy.index(row, c)) for c in PerbandinganColumn]
        rows.append((tuple(key), cells))
    return rows


def click_row(qtbot, view, row, column=PerbandinganColumn.FIELD):
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_shows_the_planted_differences_with_counts(panel, sandbox, campus):
    truth = sandbox.world.truth
    planted = {
        (campus.id_of[d.row], d.field) for d in truth.differences if truth.sdm_of(d.row) is not None
    }
    assert panel.only_different_check.isChecked()
    assert {key for key, _ in shown_rows(panel)} == planted
    nidn = sum(1 for _, f in planted if f == "nidn")
    combo = panel.field_combo
    assert combo.itemText(combo.findData("nidn")) == f"NIDN ({nidn})"
    assert f"{len(planted)} differences" in panel.counts_label.text()
    # The field filter narrows to one field; unticking "hanya yang berbeda" shows every field.
    combo.setCurrentIndex(combo.findData("nidn"))
    assert {f for (_, f), _ in shown_rows(panel)} == {"nidn"}
    panel.only_different_check.click()
    assert len(shown_rows(panel)) == len(panel.report.items)
    panel.grab().save("/tmp/perbandingan_panel.png")
    # The campus's grades: written its own way they are the same; one lags a promotion behind.
    combo.setCurrentIndex(combo.findData("pangkat_golongan"))
    states = [cells[PerbandinganColumn.STATE] for _, cells in shown_rows(panel)]
    assert states.count("Different") == sum(1 for _, f in planted if f == "pangkat_golongan")
    assert "Same" in states and "Not kept by the campus" in states
    panel.grab().save("/tmp/perbandingan_pangkat.png")


def test_apply_sisters_nidn_then_undo(qtbot, loop, db, panel, sandbox, campus, tasks):
    planted = next(d for d in sandbox.world.truth.differences if d.field == "nidn")
    pegawai_id = campus.id_of[planted.row]
    row = next(i for i, (key, _) in enumerate(shown_rows(panel)) if key == (pegawai_id, "nidn"))
    view = panel.view
    click_row(qtbot, view, row, PerbandinganColumn.NAMA)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # ticks the row
    assert panel.model.ticked() == [(pegawai_id, "nidn")]
    assert panel.apply_button.isEnabled()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())

    assert "1 field" in panel.message_label.text()
    saved = loop.run_until_complete(PegawaiRepository(db).get(pegawai_id))
    assert saved.nidn == planted.sister_value
    # Gone from "hanya yang berbeda"; in the full table the campus value is SISTER's now.
    assert (pegawai_id, "nidn") not in {key for key, _ in shown_rows(panel)}
    panel.only_different_check.click()
    assert panel.select_row(pegawai_id, "nidn")
    cells = dict(shown_rows(panel))[(pegawai_id, "nidn")]
    assert cells[PerbandinganColumn.LOCAL] == planted.sister_value
    assert cells[PerbandinganColumn.SISTER] == planted.sister_value
    assert cells[PerbandinganColumn.STATE] == "Same"
    # The history shows the change, old and new value; undo it from there.
    history = panel.history_model
    assert history.rowCount() == 1
    texts = [history.data(history.index(0, c)) for c in range(history.columnCount())]
    assert texts[2:5] == ["NIDN", planted.campus_value or "—", planted.sister_value]
    click_row(qtbot, panel.history_view, 0, 1)
    assert panel.undo_button.isEnabled()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    restored = loop.run_until_complete(PegawaiRepository(db).get(pegawai_id))
    assert restored.nidn == planted.campus_value
    cells = dict(shown_rows(panel))[(pegawai_id, "nidn")]
    assert cells[PerbandinganColumn.STATE] == "Different"
    assert history.rowCount() == 2 and "put back" in panel.message_label.text()
    assert not panel.undo_button.isEnabled()


def test_apply_all_fields_of_the_selected_pegawai(qtbot, loop, db, panel, sandbox, campus, tasks):
    planted = next(d for d in sandbox.world.truth.differences if d.field == "nik")
    pegawai_id = campus.id_of[planted.row]
    assert panel.select_row(pegawai_id, "nik")
    changed = []
    panel.pegawai_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(panel.apply_pegawai_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    assert changed == [True]
    assert (
        loop.run_until_complete(PegawaiRepository(db).get(pegawai_id)).nik == planted.sister_value
    )


def test_export_shows_the_same_rows(loop, panel, tmp_path):
    path = loop.run_until_complete(panel.export(tmp_path / "perbandingan.xlsx"))
    sheet = load_workbook(path).active
    exported = [r for r in sheet.iter_rows(min_row=2, values_only=True)]
    shown = shown_rows(panel)
    assert len(exported) == len(shown)
    assert [r[0] for r in exported] == [cells[0] for _, cells in shown]
    pdf = loop.run_until_complete(panel.export(tmp_path / "perbandingan.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    # A folder that does not exist: the reason in the panel, nothing created, no crash.
    for suffix in ("xlsx", "pdf"):
        assert loop.run_until_complete(panel.export(tmp_path / "typo" / f"p.{suffix}")) is None
        assert "does not exist" in panel.message_label.text()
    assert not (tmp_path / "typo").exists()


def test_the_pdf_is_written_off_the_loop_on_a_slow_disk(loop, panel, tmp_path, slow_disk):
    """Painted on the GUI thread, written and flushed in the worker: while the disk takes its
    time the loop keeps turning, and the report is whole at the end."""
    loop.run_until_complete(panel.refresh())
    path = tmp_path / "perbandingan.pdf"

    async def scenario() -> Path | None:
        task = asyncio.ensure_future(panel.export(path))
        await slow_disk.wait_until_writing()
        assert not task.done()  # the write waits on the disk, the loop does not
        slow_disk.release.set()
        return await task

    assert loop.run_until_complete(scenario()) == path
    assert path.read_bytes().startswith(b"%PDF")
    assert slow_disk.timed_out == [False]
    assert threading.main_thread().name not in slow_disk.threads


def test_models_pass_the_model_tester(qtmodeltester, loop, panel, sandbox, campus):
    # The Perbandingan table with some rows ticked, through its filter, both filtered ways.
    planted = next(d for d in sandbox.world.truth.differences if d.field == "nidn")
    panel.model.set_ticked([(campus.id_of[planted.row], "nidn")])
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    panel.only_different_check.click()
    qtmodeltester.check(panel.proxy)
    # The history of what Terapkan copied, after copying one value.
    assert loop.run_until_complete(panel.apply_ticked()) == 1
    loop.run_until_complete(panel.load_history())
    assert panel.history_model.rowCount() >= 1
    qtmodeltester.check(panel.history_model)


def test_terapkan_keeps_titles_never_blanks_and_asks_once(
    qtbot, loop, db, panel, sandbox, campus, tasks
):
    """A misspelt name is corrected inside the campus's titles and letter case; a value SISTER
    does not have is not copied (the campus value stays); several values are listed and asked
    once, Batal by default."""
    repository = PegawaiRepository(db)
    empty_fields = ("nuptk", "nip", "nik")
    item = next(
        i
        for i in panel.report.items
        if any(f.sister is None and f.local is None for f in i.fields if f.field in empty_fields)
        and i.field("tanggal_lahir").sister
    )
    pegawai_id = item.pegawai_id
    sister_born = date.fromisoformat(item.field("tanggal_lahir").sister[:10])
    sister_name = item.field("nama").sister
    # The campus writes the name in title case with degrees, and with one letter wrong.
    core = " ".join(w.capitalize() for w in sister_name.split())
    misspelt = core[:-1] + ("x" if core[-1] != "x" else "y")
    campus_name = f"Dr. {misspelt}, S.Pt., M.Sc."
    # A field SISTER holds no value for, kept by the campus.
    empty = next(
        f for f in item.fields if f.field in empty_fields and f.sister is None and f.local is None
    )
    before = loop.run_until_complete(repository.get(pegawai_id))
    kept = {"nip": "199001012015041001", "nik": "3201010101900001"}.get(
        empty.field, "1234567890123456"
    )
    changed = dataclasses.replace(
        before,
        nama=campus_name,
        tanggal_lahir=sister_born + timedelta(days=1),
        **{empty.field: kept},
    )
    loop.run_until_complete(repository.update(changed))
    loop.run_until_complete(panel.refresh())
    panel.only_different_check.setChecked(False)
    assert panel.select_row(pegawai_id, empty.field)
    cells = dict(shown_rows(panel))[(pegawai_id, empty.field)]
    assert cells[PerbandinganColumn.STATE] == "Different"
    assert (
        not panel.model.flags(panel.model.index(panel.model.row_of(pegawai_id, empty.field), 0))
        & Qt.ItemFlag.ItemIsUserCheckable
    )

    # Terapkan for this pegawai: name and birth date; the question lists both, Enter answers Batal.
    qtbot.mouseClick(panel.apply_pegawai_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(until(lambda: panel.property("apply_preview") is not None))
    dialog = panel.property("apply_preview")
    table = dialog.table
    listed = {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert listed[field_label("nama")] == f"Dr. {core}, S.Pt., M.Sc."
    assert field_label("tanggal_lahir") in listed and len(listed) == table.rowCount() >= 2
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    loop.run_until_complete(tasks.wait_idle())
    assert loop.run_until_complete(repository.get(pegawai_id)) == changed

    # Asked again and answered Terapkan: the titles and case stay, the kept value stays.
    qtbot.mouseClick(panel.apply_pegawai_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(until(lambda: panel.property("apply_preview") is not None))
    qtbot.mouseClick(panel.property("apply_preview").apply_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    after = loop.run_until_complete(repository.get(pegawai_id))
    assert after.nama == f"Dr. {core}, S.Pt., M.Sc."
    assert after.tanggal_lahir == sister_born
    assert getattr(after, empty.field) == kept


def test_the_history_of_a_name_applied_names_the_pegawai_as_they_were(
    qtbot, loop, db, panel, sandbox, campus, tasks
):
    """Terapkan of "nama" together with another field: every history line names the pegawai
    as they were called when the values were applied, so the row is recognisable."""
    planted = next(d for d in sandbox.world.truth.differences if d.field == "nama")
    pegawai_id = campus.id_of[planted.row]
    before = loop.run_until_complete(PegawaiRepository(db).get(pegawai_id))
    assert panel.select_row(pegawai_id, "nama")
    qtbot.mouseClick(panel.apply_pegawai_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    after = loop.run_until_complete(PegawaiRepository(db).get(pegawai_id))
    assert after.nama != before.nama
    history = panel.history_model
    assert history.rowCount() >= 1
    rows = [
        [history.data(history.index(r, c)) for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]
    assert {row[1] for row in rows} == {before.nama}
    name_row = next(row for row in rows if row[2] == field_label("nama"))
    assert name_row[3:5] == [before.nama, after.nama]


def test_terapkan_where_sister_has_no_value_says_so_not_already_equal(
    qtbot, loop, db, panel, campus, tasks
):
    """The campus keeps a NIK (or NIP, NUPTK) SISTER has no value for: the row differs, has no
    tick box and says why on hover; Terapkan says SISTER has no value, not that they match."""
    repository = PegawaiRepository(db)
    empty_fields = ("nuptk", "nip", "nik")
    item = next(
        i
        for i in panel.report.items
        if not i.differences
        and any(f.sister is None and f.local is None for f in i.fields if f.field in empty_fields)
    )
    empty = next(
        f for f in item.fields if f.field in empty_fields and f.sister is None and f.local is None
    )
    kept = {"nip": "199001012015041001", "nik": "3201010101900001"}.get(
        empty.field, "1234567890123456"
    )
    before = loop.run_until_complete(repository.get(item.pegawai_id))
    loop.run_until_complete(repository.update(dataclasses.replace(before, **{empty.field: kept})))
    loop.run_until_complete(panel.refresh())
    assert panel.select_row(item.pegawai_id, empty.field)
    row = panel.model.row_of(item.pegawai_id, empty.field)
    tooltip = panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "SISTER has no value here: nothing to copy, the campus value stays."

    qtbot.mouseClick(panel.apply_pegawai_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    said = panel.message_label.text()
    assert said.startswith(f"Nothing to apply: SISTER has no value for {field_label(empty.field)}.")
    assert "why the row has no tick box" in said and "already match" not in said
    assert loop.run_until_complete(repository.get(item.pegawai_id)) == dataclasses.replace(
        before, **{empty.field: kept}
    )
