"""Members from the partner lists in the usulan form, over the real services and the sandbox:
a student found in PDDIKTI's list by name, an external collaborator found in SISTER's list,
one SISTER does not know (typed with its country, made by the Kirim just before the record),
and a mitra litabmas ticked in SISTER's DUDI list; the record the sandbox stores holds each of
them."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.routes import Router
from sister_desktop.texts.i18n import use_language
from tests.ui.fit import what_is_cut
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import click_and_wait, gui_world, open_kirim_preview

pytestmark = pytest.mark.gui

JUDUL = "Irigasi tetes untuk kebun kopi rakyat"
NEW_PARTNER = "Rahmat Hidayat Siregar"
MITRA = "PT Bank Sumut"


def _choose(editor, text: str) -> None:
    combo = editor.input
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index > 0, text
    combo.setCurrentIndex(index)


def _fill_penelitian(qtbot, form) -> None:
    e = form.editors
    qtbot.keyClicks(e["judul"].input, JUDUL)
    _choose(e["id_kategori_kegiatan"], ref.kategori_leaves("penelitian")[0]["nama"])
    e["id_afiliasi"].input.setCurrentIndex(1)
    for name in ("tahun_usulan", "tahun_kegiatan", "tahun_pelaksanaan"):
        qtbot.keyClicks(e[name].input, "2025")
    for name in ("lama_kegiatan", "tahun_pelaksanaan_ke"):
        qtbot.keyClicks(e[name].input, "1")
    for name in ("dana_dikti", "dana_perguruan_tinggi", "dana_institusi_lain"):
        qtbot.keyClicks(e[name].input, "0")


def test_a_student_and_external_collaborators_reach_the_record_sent(qapp, qtbot, loop, db, sandbox):
    with use_language(qapp, "id"):
        _walk(qtbot, loop, db, sandbox)


def _walk(qtbot, loop, db, sandbox):
    g = gui_world(qtbot, loop, db, sandbox)
    world = sandbox.world
    prodi = next(u for u in world.units if u["id_jenis_unit"] == 3)
    student = world.mahasiswa(prodi["nama"])[0]
    known = world.activities.external[0]
    assert not [p for p in world.activities.external if p["nama"] == NEW_PARTNER]
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]

    async def fill_and_save():
        form = await click_and_wait(qtbot, section.tambah_button, lambda: data.write_actions.form)
        _fill_penelitian(qtbot, form)
        # A student: the program studi, part of the name, Cari di SISTER, the one found.
        students = form.members["anggota_mahasiswa"]
        assert students.prodi_combo.isVisibleTo(form)
        students.prodi_combo.setCurrentIndex(students.prodi_combo.findData(prodi["id"]))
        qtbot.keyClicks(students.name_edit, student["nama_mahasiswa"].split()[0])
        qtbot.mouseClick(students.search_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: students.found_combo.count() > 0)
        index = students.found_combo.findText(student["nim"], Qt.MatchFlag.MatchContains)
        students.choose_student(index)
        assert students.nim_edit.text() == student["nim"]
        qtbot.mouseClick(students.add_button, Qt.MouseButton.LeftButton)
        # A collaborator SISTER knows, found by name.
        partners = form.members["anggota_lain"]
        partners.person_combo.setEditText(known["nama"])
        assert await partners.search() >= 1
        partners.person_combo.setEditText(known["nama"])
        qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
        # One SISTER does not know: typed, with the sex SISTER asks of a new person.
        partners.person_combo.setEditText(NEW_PARTNER)
        assert await partners.search() == 0
        assert partners.message.isVisibleTo(form)
        partners.sex_combo.setCurrentIndex(partners.sex_combo.findData("L"))
        assert partners.negara_combo.currentData() == "ID"  # unless changed
        partners.negara_combo.setCurrentIndex(partners.negara_combo.findData("MY"))
        qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
        rows = [partners.table.item(r, 0).text() for r in range(partners.table.rowCount())]
        note = partners.table.item(1, 1).text()
        # A mitra: found by part of its name, its box ticked.
        mitra = form.id_lists["mitra_litabmas"]
        qtbot.keyClicks(mitra.search_edit, "sumut")
        [found] = [
            mitra.list.item(r)
            for r in range(mitra.list.count())
            if not mitra.list.item(r).isHidden()
        ]
        assert found.text() == MITRA
        mitra.list.setCurrentItem(found)
        qtbot.keyClick(mitra.list, Qt.Key.Key_Space)
        cut = what_is_cut(form)
        assert form.save_button.isEnabled(), form.problems()
        saved = await form.save()
        assert saved is not None, form.message.text()
        await wait_for(lambda: data.write_actions.form is None)
        return rows, note, cut, await g.context.usulan.find()

    rows, note, cut, [draf] = loop.run_until_complete(fill_and_save())
    assert rows == [known["nama"], NEW_PARTNER]
    assert note.endswith("(Malaysia)"), note
    assert cut == []
    [mhs] = draf.body["anggota_mahasiswa"]
    assert (mhs["id_peserta_didik"], mhs["no_induk"]) == (student["id_mahasiswa"], student["nim"])
    assert [m["id_orang"] for m in draf.body["anggota_lain"]] == [known["id"], None]
    mitra_id = next(row["id"] for row in ref.national()["dudi"] if row["nama"] == MITRA)
    assert draf.body["mitra_litabmas"] == [mitra_id]
    # Each carries its name for the preview; the Kirim sends SISTER only what it takes.
    assert [m["nama"] for m in draf.body["anggota_lain"]] == [known["nama"], NEW_PARTNER]

    loop.run_until_complete(g.context.usulan.setujui([draf.id]))
    page = g.window.sync_pages.usulan_page

    async def send():
        task, preview = await open_kirim_preview(page)
        qtbot.mouseClick(preview.send_button, Qt.MouseButton.LeftButton)
        return await asyncio.wait_for(task, 60)

    [sent] = loop.run_until_complete(send()).usulan
    assert sent.status is UsulanStatus.DITERAPKAN, sent.message
    made = [p for p in world.activities.external if p["nama"] == NEW_PARTNER]
    assert len(made) == 1 and made[0]["kode_negara"] == "MY"
    detail = Router(world).resolve(f"/penelitian/{sent.sister_id}", {}).body
    assert detail["mitra_litabmas"] == [{"id": mitra_id, "nama": MITRA}]
    members = {(m["jenis"], m["nama"]): m for m in detail["anggota"]}
    assert (
        members[("Mahasiswa", student["nama_mahasiswa"])]["nomor_induk_peserta_didik"]
        == (student["nim"])
    )
    assert members[("Profesional/Mitra", known["nama"])]["id_orang"] == known["id"]
    assert members[("Profesional/Mitra", NEW_PARTNER)]["id_orang"] == made[0]["id"]
