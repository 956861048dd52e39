"""The Pegawai tab at the first start: an empty list shows how to fill it, and its buttons do
it (the import's file dialog, the form, a demo window)."""

from __future__ import annotations

import asyncio
import sys

import pytest
from PySide6.QtCore import Qt

from sister_desktop.ui.pegawai.import_report_dialog import ImportChoice
from sister_desktop.ui.pegawai.pegawai_empty_state import demo_command
from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab
from tests.services.import_samples import BUDI, SITI, write_csv
from tests.ui.context_helpers import ui_context
from tests.ui.pegawai.pegawai_helpers import make_tab, wait_for

pytestmark = pytest.mark.gui


def test_an_empty_list_shows_the_hint_and_its_buttons_work(qtbot, loop, db, tmp_path):
    tab = make_tab(qtbot, loop, db)
    hint = tab.empty_state
    assert hint.isVisible() and not tab.table.isVisible()
    assert hint.demo_button.isVisible()
    # Not connected: the SISTER button is hidden, and the hint says how it comes.
    assert not tab.sister_button.isVisible()
    text = hint.findChild(object, "pegawai_empty_text").text()
    assert "first connect in the Settings tab (Cek Service)" in text

    async def open_and_close(button, opened):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = await wait_for(opened)
        await wait_for(dialog.isVisible)
        dialog.reject()
        await wait_for(lambda: not opened())

    loop.run_until_complete(open_and_close(hint.import_button, lambda: tab.file_dialog))
    loop.run_until_complete(open_and_close(hint.add_button, lambda: tab.form_dialog))
    loop.run_until_complete(tab._context.tasks.wait_idle())

    # Once there is a list, the list takes the hint's place.
    path = write_csv(tmp_path / "pegawai.csv", [BUDI, SITI])

    async def import_it():
        task = asyncio.ensure_future(tab.import_file(path))
        dialog = await wait_for(lambda: tab.report_dialog)
        await wait_for(dialog.isVisible)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(import_it()) is ImportChoice.IMPORT
    assert tab.table.isVisible() and not hint.isVisible()


def test_the_hint_waits_for_the_list_and_demo_mode_offers_no_demo(qtbot, loop, db):
    context = ui_context(db, demo=True)
    tab = PegawaiTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.empty_state.isVisible()  # not before the list was read
    loop.run_until_complete(context.tasks.wait_idle())
    assert tab.empty_state.isVisible()
    assert not tab.empty_state.demo_button.isVisible()


def test_the_demo_button_starts_the_program_in_demo_mode(qtbot):
    program, arguments = demo_command()
    assert program == sys.executable
    assert arguments == ["-m", "sister_desktop", "--demo"]
