"""Tambah…, Ubah… and Hapus… stay visible where SISTER takes no such write, disabled with the
reason in the tooltip: a record the pegawai's synced BKD counts, a PDDIKTI family, and every
write while writes to SISTER are switched off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan_body import normalised_title
from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.routes import Router
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.usulan_texts import role_meaning
from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow
from sister_desktop.ui.main_window import MainWindow
from tests import sister_records_world as srw
from tests.ui.context_helpers import ui_context
from tests.ui.pegawai.pegawai_helpers import wait_for

pytestmark = pytest.mark.gui

GROUPS = (SisterGroup.KEPEGAWAIAN, SisterGroup.TRIDHARMA, SisterGroup.BKD, SisterGroup.PENDIDIKAN)


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=40)


def _in_bkd(world: World):
    """A lecturer whose recent BKD counts one of his penelitian, and its title."""
    router = Router(world)
    semesters = srw.recent_semesters(world)
    for person in world.sdm:
        for smt in semesters:
            rows = router.resolve("/bkd/penelitian", {"id_sdm": person.id_sdm, "id_smt": smt}).body
            if rows:
                return person, rows[0]["judul_keg"]
    raise LookupError("no penelitian in any BKD of this world")


@pytest.fixture
def host(qtbot):
    """The window's parent, as the main window is in the program (it keeps the window)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _window(host, loop, db, pegawai_id: int, *, writes: bool) -> DataSisterWindow:
    context = ui_context(db)
    loop.run_until_complete(context.kirim.set_writes_enabled(writes))
    window = DataSisterWindow(context, host)
    assert loop.run_until_complete(window.load(pegawai_id))
    window.show()
    return window


def _select(section, title: str) -> None:
    model = section.table.model()
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        if any(normalised_title(cell) == normalised_title(title) for cell in cells):
            section.table.selectRow(row)
            return
    raise AssertionError(f"{title} is not listed")


def test_hapus_of_a_record_used_in_bkd_is_disabled_with_its_reason(qapp, host, loop, db, world):
    person, title = _in_bkd(world)
    [pegawai_id] = loop.run_until_complete(srw.store_people(db, world, [person], GROUPS))
    with use_language(qapp, "id"):
        window = _window(host, loop, db, pegawai_id, writes=True)
        section = window.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]
        assert section.tambah_button.isEnabled()
        _select(section, title)
        assert section.selected_record() is not None
        assert not section.hapus_button.isEnabled()
        assert not section.ubah_button.isEnabled()
        assert "BKD" in section.hapus_button.toolTip()
        assert section.hapus_button.isVisibleTo(window)
        # A PDDIKTI family: no Tambah, and Ubah/Hapus say why not.
        pengajaran = window.show_group(SisterGroup.TRIDHARMA).sections["pengajaran"]
        assert pengajaran.tambah_button is None
        pengajaran.table.selectRow(0)
        assert not pengajaran.hapus_button.isEnabled()
        assert "PDDIKTI" in pengajaran.hapus_button.toolTip()


def test_writes_switched_off_leave_the_buttons_visible_and_say_where_to_switch(
    qapp, host, loop, db, world
):
    person, _title = _in_bkd(world)
    [pegawai_id] = loop.run_until_complete(srw.store_people(db, world, [person], GROUPS))
    with use_language(qapp, "id"):
        window = _window(host, loop, db, pegawai_id, writes=False)
        section = window.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]
        section.table.selectRow(0)
        for button in (section.tambah_button, section.ubah_button, section.hapus_button):
            assert button.isVisibleTo(window) and not button.isEnabled()
            assert button.toolTip() == "Aktifkan kirim ke SISTER di Pengaturan"


def test_the_pengaturan_switch_asks_once_and_says_the_roles_meaning(qapp, qtbot, loop, db):
    with use_language(qapp, "id"):
        context = ui_context(db)
        window = MainWindow(context)
        qtbot.addWidget(window)
        loop.run_until_complete(context.tasks.wait_idle())
        box = window.settings_tab.kirim_switch_box
        page = window.sync_pages.usulan_page
        loop.run_until_complete(box.load())
        loop.run_until_complete(page.refresh())
        assert not box.check.isChecked() and not page.kirim_button.isEnabled()
        assert page.kirim_button.toolTip() == "Aktifkan kirim ke SISTER di Pengaturan"

        async def switch(answer_yes: bool) -> bool:
            box.check.setChecked(True)
            question = await wait_for(lambda: box.question)
            assert role_meaning(None) in question.informativeText()
            if answer_yes:
                next(b for b in question.buttons() if b.text() == "Izinkan").click()
            else:
                question.reject()
            await wait_for(lambda: box.question is None)
            await context.tasks.wait_idle()
            return await context.kirim.writes_enabled()

        assert loop.run_until_complete(switch(False)) is False
        assert not box.check.isChecked()
        assert loop.run_until_complete(switch(True)) is True
        assert page.kirim_button.isEnabled()
