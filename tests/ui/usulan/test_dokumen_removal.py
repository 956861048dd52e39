"""The documents SISTER holds for a record are listed in the Ubah form and kept unless the
operator removes one on purpose with its own button: the removal is the usulan's change
(SISTER's documents → the ones kept, by name) on the Usulan page and in the Kirim preview, it
stays removed when the draf is opened again and saved, and the record sent to the sandbox no
longer carries it."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.sandbox.routes import Router
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.write_field_texts import form_field_title
from tests.ui.fit import what_is_cut
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import click_and_wait, gui_world, open_kirim_preview

pytestmark = pytest.mark.gui


def _tree_rows(preview) -> list[list[str]]:
    rows = []
    top = preview.tree.topLevelItem(0)
    for i in range(top.childCount()):
        line = top.child(i)
        for j in range(line.childCount()):
            change = line.child(j)
            rows.append([change.text(c) for c in range(3)])
    return rows


def test_a_document_removed_on_purpose_is_the_change_and_leaves_the_record(
    qtbot, loop, db, sandbox
):
    g = gui_world(qtbot, loop, db, sandbox)
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]
    section.table.selectRow(0)
    record = section.selected_record()
    [doc] = record.values["dokumen"][:1]
    others = [d["id"] for d in record.values["dokumen"][1:]]
    sandbox.writes.unlock(record.key)  # not a record a PAK has used

    async def remove_and_save():
        form = await click_and_wait(qtbot, section.ubah_button, lambda: data.write_actions.form)
        editor = form.dokumen
        table = editor.table
        shown = (table.item(0, 0).text(), table.item(0, 2).text())
        button = editor.row_button(0)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: editor.row_button(0).text() == "Keep")
        after = table.item(0, 2).text()
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: data.write_actions.form is None)
        return shown, after, await g.context.usulan.find()

    shown, after, [item] = loop.run_until_complete(remove_and_save())
    assert shown == (doc["nama"], "in SISTER, kept")
    assert after == "in SISTER, to be removed"
    assert item.jenis is UsulanJenis.UBAH and item.changed_fields == ("dokumen",)
    assert item.body["dokumen"] == others

    title = form_field_title("dokumen", "jabatan_fungsional")
    page = g.window.sync_pages.usulan_page
    loop.run_until_complete(page.refresh())
    assert page.select_usulan(item.id)
    loop.run_until_complete(g.context.tasks.wait_idle())

    async def open_again():
        """Buka: the draf's form shows the document still removed; saved again, it stays so."""
        task = asyncio.ensure_future(page.buka())
        form = await wait_for(lambda: page.form, timeout=15)
        await wait_for(form.isVisible)
        state = form.dokumen.table.item(0, 2).text()
        form.editors["sk"].input.clear()
        qtbot.keyClicks(form.editors["sk"].input, "SK/REVISI/2026")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        return state, await asyncio.wait_for(task, 30)

    state, item = loop.run_until_complete(open_again())
    assert state == "in SISTER, to be removed"
    assert set(item.changed_fields) == {"sk", "dokumen"} and item.body["dokumen"] == others
    assert page.select_usulan(item.id)
    loop.run_until_complete(g.context.tasks.wait_idle())
    changes = page.detail.changes
    panel = {
        changes.item(r, 0).text(): (changes.item(r, 1).text(), changes.item(r, 2).text())
        for r in range(changes.rowCount())
    }
    assert panel[title][0] == doc["nama"] and doc["nama"] not in panel[title][1]

    loop.run_until_complete(g.context.usulan.setujui([item.id]))

    async def send():
        task, preview = await open_kirim_preview(page)
        rows = _tree_rows(preview)
        qtbot.mouseClick(preview.send_button, Qt.MouseButton.LeftButton)
        return rows, await asyncio.wait_for(task, 60)

    rows, result = loop.run_until_complete(send())
    [row] = [r for r in rows if r[0] == title]
    assert row[1] == doc["nama"] and doc["nama"] not in row[2]
    [sent] = result.usulan
    assert sent.status is UsulanStatus.DITERAPKAN, sent.message
    detail = Router(sandbox.world).resolve(f"/jabatan_fungsional/{record.key}", {}).body
    assert [d["id"] for d in detail["dokumen"]] == others
    assert detail["sk"] == "SK/REVISI/2026"


def test_an_ubah_that_removes_nothing_keeps_every_document(qapp, qtbot, loop, db, sandbox):
    with use_language(qapp, "id"):
        _removes_nothing(qtbot, loop, db, sandbox)


def _removes_nothing(qtbot, loop, db, sandbox):
    g = gui_world(qtbot, loop, db, sandbox)
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]
    section.table.selectRow(0)
    record = section.selected_record()

    async def change_sk():
        form = await click_and_wait(qtbot, section.ubah_button, lambda: data.write_actions.form)
        rows = form.dokumen.table.rowCount()
        assert form.dokumen.row_button(0).text() == "Hapus"
        assert what_is_cut(form) == []  # the form reads whole on a 1366×768 screen
        form.editors["sk"].input.clear()
        qtbot.keyClicks(form.editors["sk"].input, "SK/REVISI/2026")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: data.write_actions.form is None)
        return rows, await g.context.usulan.find()

    rows, [item] = loop.run_until_complete(change_sk())
    assert rows == len(record.values["dokumen"])
    assert item.changed_fields == ("sk",)
    assert item.body["dokumen"] == [d["id"] for d in record.values["dokumen"]]
