"""A record a PAK uses: no list SISTER serves says so, so SISTER's refusal of an usulan of it
(403, "sedang digunakan untuk Pengajuan Angka Kredit") is what tells. After it, Ubah… and
Hapus… of that record stay visible, disabled with the reason in the tooltip, in both
languages; the pegawai's other records stay writable."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.sandbox.writes import PAK_REASON
from sister_desktop.texts.i18n import use_language
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import click_and_wait, gui_world, open_kirim_preview

pytestmark = pytest.mark.gui


def _select(section, key: str) -> None:
    for row in range(section.table.model().rowCount()):
        section.table.selectRow(row)
        if section.selected_record().key == key:
            return
    raise AssertionError(f"{key} is not listed")


def test_ubah_and_hapus_of_a_record_sister_says_a_pak_uses_are_disabled_with_the_reason(
    qapp, qtbot, loop, db, sandbox
):
    g = gui_world(qtbot, loop, db, sandbox)
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]
    section.table.selectRow(0)
    record = section.selected_record()
    sandbox.writes.lock(record.key, PAK_REASON)
    assert section.ubah_button.isEnabled() and section.hapus_button.isEnabled()

    async def change_and_send():
        form = await click_and_wait(qtbot, section.ubah_button, lambda: data.write_actions.form)
        form.editors["sk"].input.clear()
        qtbot.keyClicks(form.editors["sk"].input, "SK/REVISI/2026")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: data.write_actions.form is None)
        [item] = await g.context.usulan.find()
        await g.context.usulan.setujui([item.id])
        page = g.window.sync_pages.usulan_page
        task, preview = await open_kirim_preview(page)
        qtbot.mouseClick(preview.send_button, Qt.MouseButton.LeftButton)
        return await asyncio.wait_for(task, 60)

    [sent] = loop.run_until_complete(change_and_send()).usulan
    assert sent.status is UsulanStatus.DITOLAK and sent.http_status == 403

    for language, word in (("en", "PAK"), ("id", "PAK")):
        with use_language(qapp, language):
            assert loop.run_until_complete(data.load(g.world.pegawai_ids[0]))
            section = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]
            _select(section, record.key)
            for button in (section.ubah_button, section.hapus_button):
                assert button.isVisibleTo(data) and not button.isEnabled()
                assert word in button.toolTip()
            assert section.tambah_button.isEnabled()
            others = section.table.model().rowCount()
            if others > 1:
                row = next(
                    r
                    for r in range(others)
                    if section.table.selectRow(r) or section.selected_record().key != record.key
                )
                section.table.selectRow(row)
                assert section.ubah_button.isEnabled()
