"""Orphan lists, "Tambah dari SISTER", what changed and the Perbandingan in the Pegawai details,
against the sandbox world over loopback and a real SQLite file; widgets clicked with qtbot."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox import mutations
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.perbandingan.belum_terhubung_panel import BelumTerhubungPanel
from sister_desktop.ui.perbandingan.perbandingan_detail_widget import PerbandinganDetailWidget
from sister_desktop.ui.perbandingan.perbandingan_model import PerbandinganColumn
from sister_desktop.ui.perbandingan.perubahan_panel import PerubahanPanel
from tests.comparison_world import comparison_service, synced_campus
from tests.sync_world import engine_for, sandbox_client
from tests.ui.fit import elided_identifiers

pytestmark = pytest.mark.gui


@pytest.fixture
def campus(loop, db, sandbox):
    return synced_campus(loop, db, sandbox)


@pytest.fixture
def tasks():
    return TaskKeeper()


def click_row(qtbot, view, row, column=0):
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_orphans_match_the_world_and_tambah_dari_sister(
    qtbot, loop, db, sandbox, campus, tasks, tmp_path
):
    panel = BelumTerhubungPanel(comparison_service(db, sandbox), tasks)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    loop.run_until_complete(panel.refresh())
    truth = sandbox.world.truth
    assert {r.id_sdm for r in panel.sdm_model.records} == set(truth.sister_only)
    assert {campus.row_of[p.id] for p in panel.pegawai_model.records} == set(truth.campus_only)
    assert f"({len(truth.sister_only)})" in panel.sdm_box.title()
    panel.grab().save("/tmp/orphans_panel.png")

    link = tmp_path / "link.xlsx"
    link.symlink_to(tmp_path / "elsewhere.xlsx")
    assert loop.run_until_complete(panel.export(link)) is None
    assert "not an ordinary file" in panel.message_label.text()
    assert not (tmp_path / "elsewhere.xlsx").exists()
    path = loop.run_until_complete(panel.export(tmp_path / "orphans.xlsx"))
    book = load_workbook(path)
    assert [r[1] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == [
        r.id_sdm for r in panel.sdm_model.records
    ]
    assert [r[0] for r in book.worksheets[2].iter_rows(min_row=2, values_only=True)] == [
        p.nama for p in panel.pegawai_model.records
    ]

    assert not panel.add_button.isEnabled()
    chosen = panel.sdm_model.records[0]
    click_row(qtbot, panel.sdm_view, 0)
    assert panel.add_button.isEnabled()
    changed = []
    panel.pegawai_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    assert changed == [True]
    assert chosen.id_sdm not in {r.id_sdm for r in panel.sdm_model.records}
    added = [
        p
        for p in loop.run_until_complete(PegawaiRepository(db).list_all())
        if p.id_sdm == chosen.id_sdm
    ]
    assert len(added) == 1 and added[0].nama == chosen.nama_sdm
    assert chosen.nama_sdm in panel.message_label.text()


def test_unlinked_people_on_campus_are_not_called_absent(
    qtbot, loop, db, sandbox, campus, tasks, tmp_path
):
    """An SDM whose NUPTK/NIDN/NIP is on the campus list is "on campus, not linked yet" (to
    link), never "in SISTER, not on campus" (to add a second time); no internal ID is shown."""
    linked = [p for p in loop.run_until_complete(PegawaiRepository(db).list_all()) if p.id_sdm]
    gone = linked[0]
    loop.run_until_complete(LinkRepository(db).unlink(gone.id, reason="tes", who="operator"))
    panel = BelumTerhubungPanel(comparison_service(db, sandbox), tasks)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    loop.run_until_complete(panel.refresh())
    assert gone.id_sdm not in {r.id_sdm for r in panel.sdm_model.records}
    assert [r.id_sdm for r in panel.on_campus_model.records] == [gone.id_sdm]
    assert gone.id in {p.id for p in panel.pegawai_model.records}
    assert "(1)" in panel.on_campus_box.title()
    assert panel.on_campus_view.isVisible()
    hint = panel.findChild(QLabel, "orphans_on_campus_hint")
    assert hint.isVisible() and "Hubungkan" in hint.text()
    model = panel.pegawai_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "ID" not in headers
    row = next(r for r in range(model.rowCount()) if model.records[r].id == gone.id)
    assert str(gone.id) not in [model.index(row, c).data() for c in range(model.columnCount())]
    book = load_workbook(loop.run_until_complete(panel.export(tmp_path / "orphans.xlsx")))
    assert [r[1] for r in book.worksheets[1].iter_rows(min_row=2, values_only=True)] == [
        gone.id_sdm
    ]


def test_what_changed_after_a_second_sync(qtbot, loop, db, sandbox, campus, tasks, tmp_path):
    world = sandbox.world
    linked = [p for p in world.sdm if world.truth.row_of(p.id_sdm) is not None]
    promoted = next(p for p in linked if p.kepangkatan)
    newest = max(promoted.kepangkatan, key=lambda r: r["tanggal_mulai"])
    mutations.insert_record(  # listed and answered by its detail path, as SISTER does
        world,
        world.sdm.index(promoted),
        "kepangkatan",
        {
            **newest,
            "id": None,
            "pangkat_golongan": "IV/e (Pembina Utama)",
            "tanggal_mulai": "2099-04-01",
        },
    )

    async def second():
        client = await sandbox_client(sandbox)
        try:
            return await engine_for(db, client).run(SyncRequest(SyncMode.ALL))
        finally:
            await client.aclose()

    outcome = loop.run_until_complete(second())
    panel = PerubahanPanel(comparison_service(db, sandbox), tasks)
    qtbot.addWidget(panel)
    panel.show()
    loop.run_until_complete(panel.refresh())
    assert panel.run_combo.count() == 2 and panel.run_combo.currentData() == outcome.run.id
    assert [c.id_sdm for c in panel.changes] == [promoted.id_sdm]
    panel.resize(1250, 600)  # the page's size in the window on a 1366×768 laptop
    assert not elided_identifiers(panel.view)  # an id_sdm reads whole
    shown = panel.model.data(panel.model.index(0, 2))
    assert shown == "New grade: IV/e (Pembina Utama)"
    details = panel.model.index(0, 3)
    tip = panel.model.data(details, Qt.ItemDataRole.ToolTipRole)
    assert tip == panel.model.data(details) and tip  # a cut Rincian reads whole on hover
    # The first run (a first pull) changed nothing.
    panel.run_combo.setCurrentIndex(1)
    loop.run_until_complete(tasks.wait_idle())
    assert panel.model.rowCount() == 0 and "Nothing changed" in panel.summary_label.text()
    pdf = loop.run_until_complete(panel.export(tmp_path / "perubahan.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    # A folder as the target: a message box says so, nothing is replaced.
    assert loop.run_until_complete(panel.export(tmp_path)) is None
    assert "is a folder" in panel.error_box.text()
    panel.error_box.close()


def test_perbandingan_in_the_pegawai_details(qtbot, loop, db, sandbox, campus, tasks):
    planted = next(d for d in sandbox.world.truth.differences if d.field == "nuptk")
    pegawai_id = campus.id_of[planted.row]
    widget = PerbandinganDetailWidget(comparison_service(db, sandbox), tasks)
    qtbot.addWidget(widget)
    widget.resize(420, 420)
    widget.show()
    loop.run_until_complete(widget.load(pegawai_id))
    assert widget.isVisible() and "1 field" in widget.summary_label.text()
    row = widget.model.row_of(pegawai_id, "nuptk")
    assert (
        widget.model.data(widget.model.index(row, PerbandinganColumn.SISTER))
        == planted.sister_value
    )
    widget.grab().save("/tmp/perbandingan_detail.png")
    changed = []
    widget.pegawai_changed.connect(changed.append)
    qtbot.mouseClick(widget.apply_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tasks.wait_idle())
    assert changed == [pegawai_id]
    assert (
        loop.run_until_complete(PegawaiRepository(db).get(pegawai_id)).nuptk == planted.sister_value
    )
    assert "matches SISTER" in widget.summary_label.text()
    # Not linked: nothing to compare, the box hides.
    unlinked = campus.id_of[sandbox.world.truth.campus_only[0]]
    loop.run_until_complete(widget.load(unlinked))
    assert not widget.isVisible()


def test_models_pass_the_model_tester(qtmodeltester, qtbot, loop, db, sandbox, campus, tasks):
    service = comparison_service(db, sandbox)
    orphans = BelumTerhubungPanel(service, tasks)
    qtbot.addWidget(orphans)
    loop.run_until_complete(orphans.refresh(from_sister=True))
    assert orphans.sdm_model.rowCount() > 0 and orphans.pegawai_model.rowCount() > 0
    qtmodeltester.check(orphans.sdm_model)
    qtmodeltester.check(orphans.pegawai_model)
    # Perubahan shows rows after a second sync that brings one promotion.
    world = sandbox.world
    promoted = next(
        p for p in world.sdm if world.truth.row_of(p.id_sdm) is not None and p.kepangkatan
    )
    newest = max(promoted.kepangkatan, key=lambda r: r["tanggal_mulai"])
    mutations.insert_record(
        world,
        world.sdm.index(promoted),
        "kepangkatan",
        {**newest, "id": None, "tanggal_mulai": "2099-04-01"},
    )

    async def second():
        client = await sandbox_client(sandbox)
        try:
            return await engine_for(db, client).run(SyncRequest(SyncMode.ALL))
        finally:
            await client.aclose()

    loop.run_until_complete(second())
    changes = PerubahanPanel(service, tasks)
    qtbot.addWidget(changes)
    loop.run_until_complete(changes.refresh())
    assert changes.model.rowCount() > 0
    qtmodeltester.check(changes.model)
    detail = PerbandinganDetailWidget(service, tasks)
    qtbot.addWidget(detail)
    loop.run_until_complete(detail.load(next(iter(campus.id_of.values()))))
    assert detail.model.rowCount() > 0
    qtmodeltester.check(detail.model)
