"""Bidang ilmu… of a record in Data SISTER, over the real services and the sandbox: the dialog
reads the record's kelompok bidang from SISTER (a sync does not pull them) and shows them
ticked in SISTER's list; what the operator ticks becomes a draft usulan that keeps the list it
replaces, and once approved the Kirim's PUT gives SISTER's record the new list. A PDDIKTI
record (a pengajaran) takes this write though not Ubah…; while SISTER cannot be asked nothing
can be saved, and the dialog says why."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.domain.usulan_special import bidang_ilmu_ids
from sister_desktop.sandbox.routes import Router
from sister_desktop.texts.i18n import use_language
from tests.ui.fit import what_is_cut
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import gui_world, open_kirim_preview

pytestmark = pytest.mark.gui


def _sister_list(world, dataset: str, key: str) -> list[str]:
    return bidang_ilmu_ids(Router(world).resolve(f"/{dataset}/{key}/bidang_ilmu", {}).body)


def test_a_records_kelompok_bidang_are_ticked_anew_and_reach_sister(qapp, qtbot, loop, db, sandbox):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox)
        data = g.data_sister(qtbot, loop)
        section = data.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]
        button = section.bidang_button
        assert button is not None and not button.isEnabled()  # nothing selected yet
        section.table.selectRow(0)
        assert button.isEnabled() and button.text() == "Bidang ilmu…"
        record = section.selected_record()
        before = _sister_list(sandbox.world, "penelitian", record.key)

        async def tick_and_save():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            dialog = await wait_for(lambda: data.write_actions.bidang_dialog)
            await wait_for(lambda: dialog.checklist is not None)
            checklist = dialog.checklist
            shown_first = checklist.value()
            unchanged = dialog.save_button.isEnabled()
            other = next(
                checklist.list.item(row)
                for row in range(checklist.list.count())
                if checklist.list.item(row).checkState() is Qt.CheckState.Unchecked
            )
            chosen = str(other.data(Qt.ItemDataRole.UserRole))
            checklist.list.setCurrentItem(other)
            qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
            cut = what_is_cut(dialog)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: data.write_actions.bidang_dialog is None)
            return shown_first, unchanged, chosen, cut, await g.context.usulan.find()

        shown_first, unchanged, chosen, cut, [draf] = loop.run_until_complete(tick_and_save())
    assert shown_first == before and before, "the record's own come ticked, in SISTER's order"
    assert not unchanged, "nothing to save while the list is SISTER's own"
    assert cut == []
    assert draf.jenis is UsulanJenis.UBAH and draf.dataset == "penelitian"
    assert draf.record_id == record.key and tuple(draf.changed_fields) == ("bidang_ilmu",)
    assert draf.body["bidang_ilmu"] == [*before, chosen]
    assert "Draf disimpan" in data.message_label.text()

    loop.run_until_complete(g.context.usulan.setujui([draf.id]))
    page = g.window.sync_pages.usulan_page

    async def send():
        task, preview = await open_kirim_preview(page)
        line = preview.tree.topLevelItem(0).child(0)
        row = line.child(0)
        shown = (line.text(0), row.text(0), row.text(1), row.text(2))
        qtbot.mouseClick(preview.send_button, Qt.MouseButton.LeftButton)
        result = await asyncio.wait_for(task, 60)
        await g.context.tasks.wait_idle()  # the pages' refresh after the Kirim
        return shown, result

    with use_language(qapp, "id"):
        (line, field, old, new), result = loop.run_until_complete(send())
    # What is sent is seen by name, the list it replaces beside it.
    choices = loop.run_until_complete(
        g.context.referensi.choices(["kelompok_bidang"], family="penelitian")
    )
    named = dict(choices.lists["kelompok_bidang"])
    assert line.endswith(f"· {record.values['judul']} — Bidang ilmu"), line
    assert field == "Bidang ilmu"
    assert old == "; ".join(named[k] for k in before)
    assert new == "; ".join(named[k] for k in [*before, chosen])
    [sent] = result.usulan
    assert sent.status is UsulanStatus.DITERAPKAN, sent.message
    assert _sister_list(sandbox.world, "penelitian", record.key) == [*before, chosen]


def test_a_pddikti_record_takes_it_and_an_unreachable_sister_saves_nothing(
    qapp, qtbot, loop, db, sandbox
):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox)
        data = g.data_sister(qtbot, loop)
        section = data.show_group(SisterGroup.TRIDHARMA).sections["pengajaran"]
        section.table.selectRow(0)
        assert not section.ubah_button.isEnabled() and "PDDIKTI" in section.ubah_button.toolTip()
        assert section.bidang_button.isEnabled()
        sandbox.faults.fail_endpoint("/pengajaran/{id}/bidang_ilmu", None, "500")

        async def open_it():
            qtbot.mouseClick(section.bidang_button, Qt.MouseButton.LeftButton)
            dialog = await wait_for(lambda: data.write_actions.bidang_dialog)
            await wait_for(
                lambda: "SISTER" in dialog.message.text() and "Membaca" not in dialog.message.text()
            )
            said, can_save = dialog.message.text(), dialog.save_button.isEnabled()
            qtbot.mouseClick(
                dialog.findChild(type(dialog.save_button), "cancel_button"),
                Qt.MouseButton.LeftButton,
            )
            await wait_for(lambda: data.write_actions.bidang_dialog is None)
            return said, can_save, await g.context.usulan.find()

        said, can_save, made = loop.run_until_complete(open_it())
    assert not can_save and made == []
    assert "kelompok bidang" in said.lower() and "coba lagi" in said.lower(), said
