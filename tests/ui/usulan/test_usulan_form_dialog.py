"""The form of an usulan in Data SISTER, over the real services and the sandbox: built from the
write catalogue, checked as the operator types (an over-long SK number, a reference SISTER does
not list), numbers read the Indonesian way, and a draf only when SISTER would take it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.texts.i18n import use_language
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import click_and_wait, gui_world

pytestmark = pytest.mark.gui


def test_a_form_refuses_an_over_long_sk_and_an_unknown_reference_before_saving(
    qapp, qtbot, loop, db, sandbox
):
    with use_language(qapp, "id"):
        _refuses(qtbot, loop, db, sandbox)


def _refuses(qtbot, loop, db, sandbox):
    g = gui_world(qtbot, loop, db, sandbox)
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]

    async def scenario():
        form = await click_and_wait(qtbot, section.tambah_button, lambda: data.write_actions.form)
        sk = form.editors["sk"]
        qtbot.keyClicks(sk.input, "S" * 81)
        jabatan = form.editors["id_jabatan_fungsional"]
        assert isinstance(jabatan.input, QComboBox)
        jabatan.input.setEditText("Profesor Luar Biasa")
        tanggal = form.editors["tanggal_mulai"]
        assert isinstance(tanggal.input, QDateEdit) and tanggal.input.calendarPopup()
        texts = (sk.problem_label.text(), jabatan.problem_label.text())
        visible = (sk.problem_label.isVisibleTo(form), jabatan.problem_label.isVisibleTo(form))
        enabled = form.save_button.isEnabled()
        saved = await form.save()
        form.reject()
        return texts, visible, enabled, saved

    (sk_text, jabatan_text), visible, enabled, saved = loop.run_until_complete(scenario())
    assert visible == (True, True)
    assert "80" in sk_text and "SK" in sk_text
    assert "Profesor Luar Biasa" in jabatan_text
    assert not enabled and saved is None
    assert loop.run_until_complete(g.context.usulan.find()) == []


def test_ubah_jabatan_fungsional_saves_a_draf_of_the_changed_field(qtbot, loop, db, sandbox):
    g = gui_world(qtbot, loop, db, sandbox)
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional"]
    assert not section.ubah_button.isEnabled()  # nothing selected yet
    section.table.selectRow(0)
    assert section.ubah_button.isEnabled()
    record = section.selected_record()

    async def scenario():
        form = await click_and_wait(qtbot, section.ubah_button, lambda: data.write_actions.form)
        assert form.editors["sk"].value() == record.values["sk"]
        form.editors["sk"].input.clear()
        qtbot.keyClicks(form.editors["sk"].input, "SK/REVISI/2026")
        angka = form.editors["angka_kredit"]
        angka.set_text("1.234,5")
        assert angka.value() == 1234.5
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: data.write_actions.form is None)
        return await g.context.usulan.find()

    [item] = loop.run_until_complete(scenario())
    assert item.jenis is UsulanJenis.UBAH and item.status is UsulanStatus.DRAF
    assert item.record_id == record.key
    assert set(item.changed_fields) == {"sk", "angka_kredit"}
    assert item.body["sk"] == "SK/REVISI/2026" and item.body["angka_kredit"] == 1234.5
    assert "SK/REVISI/2026" in data.message_label.text()
