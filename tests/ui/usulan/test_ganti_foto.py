"""Ganti foto… of the Data SISTER window, over the real services and the sandbox: a PNG chosen
in the file dialog makes a draft usulan of the pas foto (nothing sent yet); a file that is no
picture is refused with the reason; while writes to SISTER are off the button stays visible,
disabled, with the reason in its tooltip."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.texts.i18n import use_language
from tests.services.test_kirim_foto_bidang_ilmu import _png
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import gui_world, open_kirim_preview

pytestmark = pytest.mark.gui


async def _choose(qtbot, data, path) -> None:
    """Ganti foto…, the file's path typed in the dialog, Return."""
    qtbot.mouseClick(data.foto_button, Qt.MouseButton.LeftButton)
    dialog = await wait_for(lambda: data.write_actions.file_dialog)
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClicks(name_edit, str(path))
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    await wait_for(lambda: data.write_actions.file_dialog is None)


def test_a_chosen_photo_becomes_a_draft_and_a_file_that_is_no_picture_is_refused(
    qapp, qtbot, loop, db, sandbox, tmp_path
):
    photo = _png(tmp_path / "pas-foto.png", 120)
    (tmp_path / "scan.png").write_bytes(b"%PDF-1.4 not a picture")
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox)
        data = g.data_sister(qtbot, loop)
        assert data.foto_button.isEnabled() and data.foto_button.text() == "Ganti foto…"

        async def scenario():
            await _choose(qtbot, data, tmp_path / "scan.png")
            await wait_for(lambda: data.message_label.text())
            refused = data.message_label.text()
            refused_made = await g.context.usulan.find()
            await _choose(qtbot, data, photo)
            await wait_for(lambda: data.message_label.text() != refused)
            return refused, refused_made, data.message_label.text(), await g.context.usulan.find()

        refused, refused_made, said, made = loop.run_until_complete(scenario())
    assert "scan.png" in refused and "JPG" in refused and refused_made == []
    [draf] = made
    assert draf.dataset == "data_pribadi/foto" and draf.jenis is UsulanJenis.UBAH
    assert draf.status is UsulanStatus.DRAF and draf.pegawai_id == g.world.pegawai_ids[0]
    assert draf.body["foto"] == str(photo.resolve())
    assert said.startswith("Draf disimpan") and str(photo) in said, said
    assert sandbox.writes.applied() == [], "nothing is sent before it is approved"

    # Approved, the Kirim's preview names the new photo by its file.
    loop.run_until_complete(g.context.usulan.setujui([draf.id]))
    page = g.window.sync_pages.usulan_page

    async def preview_rows():
        task, preview = await open_kirim_preview(page)
        line = preview.tree.topLevelItem(0).child(0)
        row = line.child(0)
        shown = (line.text(0), row.text(0), row.text(2), row.toolTip(2))
        preview.reject()
        await asyncio.wait_for(task, 15)
        await g.context.tasks.wait_idle()
        return shown

    with use_language(qapp, "id"):
        line, field, new, tip = loop.run_until_complete(preview_rows())
    assert line.endswith("· Foto") and field == "Foto", (line, field)
    assert new == "pas-foto.png" and tip == str(photo.resolve()), (new, tip)


def test_with_writes_off_the_button_says_why(qapp, qtbot, loop, db, sandbox):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox, writes=False)
        data = g.data_sister(qtbot, loop)
    assert data.foto_button.isVisible() and not data.foto_button.isEnabled()
    assert "Pengaturan" in data.foto_button.toolTip(), data.foto_button.toolTip()
