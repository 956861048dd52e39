"""The mitra litabmas of a penelitian in the usulan form, over the real services and the
sandbox: SISTER's DUDI list with a box to tick per entry and a search line; an Ubah shows the
record's own mitra ticked first (SISTER's PUT replaces the list, so they go back unless
unticked); the draf carries the ids ticked, and the Kirim's record in the sandbox holds them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanJenis
from sister_desktop.sandbox import referensi as ref
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.usulan.referensi_checklist import ReferensiChecklist
from tests.ui.fit import what_is_cut
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import click_and_wait, gui_world

pytestmark = pytest.mark.gui


def _shown(checklist: ReferensiChecklist) -> list[str]:
    items = [checklist.list.item(row) for row in range(checklist.list.count())]
    return [item.text() for item in items if not item.isHidden()]


def _tick_by_click(qtbot, checklist: ReferensiChecklist, label: str) -> None:
    """A click on the entry's box, as the operator ticks it."""
    [item] = checklist.list.findItems(label, Qt.MatchFlag.MatchExactly)
    rect = checklist.list.visualItemRect(item)
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(checklist.list.viewport(), Qt.MouseButton.LeftButton, pos=box)


def test_an_ubah_keeps_the_records_mitra_until_unticked_and_sends_the_ones_ticked(
    qapp, qtbot, loop, db, sandbox
):
    with use_language(qapp, "id"):
        _ubah(qtbot, loop, db, sandbox)


def _ubah(qtbot, loop, db, sandbox):
    dudi = {row["nama"]: row["id"] for row in ref.national()["dudi"]}
    g = gui_world(qtbot, loop, db, sandbox)
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]
    section.table.selectRow(0)
    record = section.selected_record()
    [own] = record.values["mitra_litabmas"]
    other = next(name for name in dudi if name != own["nama"] and "Bank" in name)

    async def scenario():
        form = await click_and_wait(qtbot, section.ubah_button, lambda: data.write_actions.form)
        mitra = form.id_lists["mitra_litabmas"]
        await wait_for(mitra.isVisible)
        first = _shown(mitra)
        count_before = mitra.count_label.text()
        unchanged = form.values()["mitra_litabmas"]
        qtbot.keyClicks(mitra.search_edit, "bank")
        searched = _shown(mitra)
        _tick_by_click(qtbot, mitra, other)
        _tick_by_click(qtbot, mitra, own["nama"])
        count_after = mitra.count_label.text()
        cut = what_is_cut(form)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: data.write_actions.form is None)
        return first, count_before, unchanged, searched, count_after, cut

    first, count_before, unchanged, searched, count_after, cut = loop.run_until_complete(scenario())
    assert first[0] == own["nama"] and sorted(first[1:]) == sorted(set(dudi) - {own["nama"]})
    assert count_before == "1 dipilih"
    assert unchanged == [own["id"]]
    # The search hides the unticked that do not match; the ticked one stays in sight.
    assert searched == [own["nama"], *(n for n in dudi if "bank" in n.lower() and n != own["nama"])]
    assert count_after == "1 dipilih"
    assert cut == []
    [draf] = loop.run_until_complete(g.context.usulan.find())
    assert draf.jenis is UsulanJenis.UBAH and draf.record_id == record.key
    assert tuple(draf.changed_fields) == ("mitra_litabmas",)
    assert draf.body["mitra_litabmas"] == [dudi[other]]


def test_a_list_sister_did_not_give_keeps_the_records_mitra_and_says_what_to_do(qtbot):
    checklist = ReferensiChecklist("mitra_litabmas", None, ["m1"], {"m1": "PT Tani Makmur"})
    qtbot.addWidget(checklist)
    assert _shown(checklist) == ["PT Tani Makmur"]
    assert checklist.value() == ["m1"]
    assert not checklist.search_edit.isVisibleTo(checklist)
    assert "Cek Service" in checklist.count_label.text()
