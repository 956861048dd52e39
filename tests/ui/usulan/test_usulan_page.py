"""The Usulan page over the real services: the filter, Buka of a draf (its form again, saved
as the same draf), Batalkan after asking, the side panel's old → new, and the Log Kirim
exported as a spreadsheet after a real send to the sandbox."""

from __future__ import annotations

import asyncio
import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.usulan.usulan_table_model import UsulanColumn
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import gui_world

pytestmark = pytest.mark.gui


def _tick(page, usulan_id: int) -> None:
    index = page.model.index(page.model.row_of(usulan_id), UsulanColumn.TICK)
    assert page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_buka_batal_and_the_log_kirim_export(qapp, qtbot, loop, db, sandbox, tmp_path):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox)
        world = g.world
        first, second = (
            loop.run_until_complete(
                world.usulan(
                    "penelitian",
                    UsulanJenis.BARU,
                    world.penelitian_body(f"Judul {n}"),
                    approve=False,
                )
            )
            for n in (1, 2)
        )
        page = g.window.sync_pages.usulan_page
        g.window.tabs.setCurrentWidget(g.window.sync_pages)
        g.window.sync_pages.setCurrentWidget(page)
        loop.run_until_complete(page.refresh())
        assert page.model.rowCount() == 2

        # Buka: the draf's form with its values; saved, the same draf has the new title.
        assert page.select_usulan(first.id)
        loop.run_until_complete(g.context.tasks.wait_idle())
        assert page.buka_button.isEnabled()
        assert "Judul 1" in page.detail.heading.text()

        async def buka():
            task = asyncio.ensure_future(page.buka())
            form = await wait_for(lambda: page.form, timeout=15)
            await wait_for(form.isVisible)
            judul = form.editors["judul"]
            assert judul.value() == "Judul 1"
            judul.input.clear()
            qtbot.keyClicks(judul.input, "Judul satu yang diperbaiki")
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            return await task

        saved = loop.run_until_complete(buka())
        assert saved.id == first.id and saved.status is UsulanStatus.DRAF
        assert saved.body["judul"] == "Judul satu yang diperbaiki"

        # Batalkan asks first; the withdrawn one leaves the "waiting" list.
        _tick(page, second.id)

        async def batal():
            task = asyncio.ensure_future(page.batal())
            box = await wait_for(lambda: page.message_box)
            yes = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.AcceptRole)
            yes.click()
            return await task

        assert loop.run_until_complete(batal()) == [second.id]
        assert [page.model.usulan_at(r).id for r in range(page.model.rowCount())] == [first.id]

        # Approved and sent, the Log Kirim lists it and writes it as CSV.
        loop.run_until_complete(g.context.usulan.setujui([first.id]))
        loop.run_until_complete(g.context.kirim.send())
        log = g.window.sync_pages.log_kirim
        loop.run_until_complete(log.refresh())
        path = loop.run_until_complete(log.export(tmp_path / "log-kirim.csv"))
        with path.open(encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        assert rows[0][:2] == ["Dikirim", "Pegawai"]
        assert rows[1][4] == "Judul satu yang diperbaiki"
        assert rows[1][5].startswith("Diterapkan")


def test_a_row_chosen_while_the_list_is_read_stays_chosen(qapp, qtbot, loop, db, sandbox):
    """A refresh that began before the operator picked a row (one spawned at start-up, a
    filter changed) does not drop the row when it replaces the list."""
    g = gui_world(qtbot, loop, db, sandbox)
    made = [
        loop.run_until_complete(
            g.world.usulan(
                "penelitian", UsulanJenis.BARU, g.world.penelitian_body(f"Judul {n}"), approve=False
            )
        )
        for n in (1, 2)
    ]
    page = g.window.sync_pages.usulan_page
    loop.run_until_complete(page.refresh())
    loop.run_until_complete(g.context.tasks.wait_idle())
    page.table.clearSelection()

    async def pick_while_reading() -> None:
        refresh = asyncio.ensure_future(page.refresh())
        await asyncio.sleep(0)  # the refresh is reading the list now
        assert not refresh.done()
        assert page.select_usulan(made[1].id)
        await refresh

    loop.run_until_complete(pick_while_reading())
    chosen = page.selected_usulan()
    assert chosen is not None and chosen.id == made[1].id
    assert page.buka_button.isEnabled()
