"""The operator's walk through Kirim ke SISTER in the window, over the real services and the
sandbox on loopback: Tambah penelitian with a member and a PDF → draf → Setujui → Kirim → the
preview shows it → sent → Data SISTER shows it after the read-back; Ubah jabatan fungsional
with a Basic credential → the ajuan appears as Diajukan; closing during a send asks first."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.sandbox import referensi as ref
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.usulan.usulan_table_model import UsulanColumn
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import click_and_wait, gui_world, open_kirim_preview

pytestmark = pytest.mark.gui

JUDUL = "Padi tahan kering di lahan gambut Kalimantan"


def _choose(editor, text: str) -> None:
    """Type into a searchable combo box and take the first entry that holds the text."""
    combo = editor.input
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index > 0, text
    combo.setCurrentIndex(index)


def _tick(page, usulan_id: int) -> None:
    row = page.model.row_of(usulan_id)
    index = page.model.index(row, UsulanColumn.TICK)
    assert page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


async def _send(qtbot, g, page):
    """Kirim ke SISTER…: the preview, then the send; the preview's family lines."""
    task, preview = await open_kirim_preview(page)
    lines = preview.family_lines()
    g.role_text = preview.role_label.text()
    # A member reads by his name and role, not his id_sdm.
    g.members_text = [
        row.text(2)
        for line in (preview.tree.topLevelItem(0).child(i) for i in range(1))
        if line is not None
        for row in (line.child(j) for j in range(line.childCount()))
        if row.text(0) == "Anggota dosen"
    ]
    tree_text = []
    top = preview.tree.topLevelItem(0)
    for i in range(top.childCount()):
        child = top.child(i)
        tree_text.append(child.text(0))
        tree_text += [child.child(j).text(0) for j in range(child.childCount())]
    qtbot.mouseClick(preview.send_button, Qt.MouseButton.LeftButton)
    result = await asyncio.wait_for(task, 60)
    return lines, tree_text, result


def test_tambah_penelitian_is_approved_sent_and_read_back(qapp, qtbot, loop, db, sandbox, tmp_path):
    with use_language(qapp, "id"):
        _walk(qtbot, loop, db, sandbox, tmp_path)


def _walk(qtbot, loop, db, sandbox, tmp_path):
    g = gui_world(qtbot, loop, db, sandbox)
    laporan = tmp_path / "laporan-akhir.pdf"
    laporan.write_bytes(b"%PDF-1.4 laporan akhir penelitian")
    data = g.data_sister(qtbot, loop)
    section = data.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]
    before = section.model.rowCount()
    assert section.tambah_button.isEnabled()
    kategori = ref.kategori_leaves("penelitian")[0]["nama"]
    colleague = next(p for p in sandbox.world.sdm if p.id_sdm != g.world.people[0].id_sdm)

    async def fill_and_save():
        form = await click_and_wait(qtbot, section.tambah_button, lambda: data.write_actions.form)
        e = form.editors
        qtbot.keyClicks(e["judul"].input, JUDUL)
        _choose(e["id_kategori_kegiatan"], kategori)
        e["id_afiliasi"].input.setCurrentIndex(1)
        for name in ("tahun_usulan", "tahun_kegiatan", "tahun_pelaksanaan"):
            qtbot.keyClicks(e[name].input, "2025")
        for name in ("lama_kegiatan", "tahun_pelaksanaan_ke"):
            qtbot.keyClicks(e[name].input, "1")
        qtbot.keyClicks(e["dana_dikti"].input, "0")
        qtbot.keyClicks(e["dana_perguruan_tinggi"].input, "15.000.000")
        qtbot.keyClicks(e["dana_institusi_lain"].input, "0")
        members = form.members["anggota_dosen"]
        assert members.value()[0]["id_sdm"] == g.world.people[0].id_sdm  # the owner, Ketua
        members.person_combo.setCurrentIndex(members.person_combo.findData(colleague.id_sdm))
        qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
        documents = form.dokumen
        qtbot.mouseClick(documents.file_button, Qt.MouseButton.LeftButton)
        dialog = await wait_for(lambda: documents.file_dialog)
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(name_edit, str(laporan))
        qtbot.keyClick(name_edit, Qt.Key.Key_Return)
        await wait_for(lambda: documents.file_dialog is None)
        assert documents.new_documents(), documents.message.text()
        assert form.save_button.isEnabled(), [p for p in form.problems()]
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: data.write_actions.form is None)
        return await g.context.usulan.find()

    [draf] = loop.run_until_complete(fill_and_save())
    assert draf.status is UsulanStatus.DRAF and draf.jenis is UsulanJenis.BARU
    assert draf.body["dana_perguruan_tinggi"] == 15000000
    assert [m["id_sdm"] for m in draf.body["anggota_dosen"]] == [
        g.world.people[0].id_sdm,
        colleague.id_sdm,
    ]
    assert draf.dokumen[0].path == str(laporan)

    pages = g.window.sync_pages
    page = pages.usulan_page
    g.window.tabs.setCurrentWidget(pages)
    pages.setCurrentWidget(page)
    loop.run_until_complete(g.context.tasks.wait_idle())
    loop.run_until_complete(page.refresh())
    assert page.model.rowCount() == 1
    assert not page.setujui_button.isEnabled()
    _tick(page, draf.id)
    qtbot.mouseClick(page.setujui_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(g.context.tasks.wait_idle())
    approved = loop.run_until_complete(g.context.usulan.get(draf.id))
    assert approved.status is UsulanStatus.DISETUJUI and approved.approved_by is not None

    lines, tree, result = loop.run_until_complete(_send(qtbot, g, page))
    assert lines == ["Penelitian: Baru 1 · Diubah 0 · Dihapus 0"]
    assert any(JUDUL in line for line in tree)
    owner = g.world.people[0]
    [members] = g.members_text
    assert members.startswith(f"{owner.nama} (Ketua); ") and owner.id_sdm not in members
    [sent] = result.usulan
    assert sent.status is UsulanStatus.DITERAPKAN and sent.sister_id
    assert page.message_box is not None and page.message_box.objectName() == "kirim_done_box"
    assert g.window.centralWidget().isEnabled(), "the window is unblocked after the send"
    applied = [w for w in sandbox.writes.applied() if w["method"] == "POST"]
    assert [w["path"].split("/")[-1] for w in applied] == ["dokumen", "penelitian"]

    loop.run_until_complete(pages.refresh_page(pages.log_kirim))
    log_cells = pages.log_kirim.model.cells(pages.log_kirim.model.usulan()[0])
    assert log_cells[5].startswith("Diterapkan") and log_cells[-1] == sent.sent_by

    assert loop.run_until_complete(data.load(g.world.pegawai_ids[0]))
    section = data.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]
    assert section.model.rowCount() == before + 1
    titles = [
        section.model.index(r, c).data()
        for r in range(section.model.rowCount())
        for c in range(section.model.columnCount())
    ]
    assert JUDUL in titles


def test_ubah_jabatan_fungsional_with_basic_becomes_an_ajuan_diajukan(
    qapp, qtbot, loop, db, sandbox_factory
):
    sandbox = sandbox_factory(size=40, role="basic")
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox, role="basic")
        data = g.data_sister(qtbot, loop)
        page = data.show_group(SisterGroup.KEPEGAWAIAN)
        section = page.sections["jabatan_fungsional"]
        section.table.selectRow(0)

        async def change():
            form = await click_and_wait(qtbot, section.ubah_button, lambda: data.write_actions.form)
            form.editors["sk"].input.clear()
            qtbot.keyClicks(form.editors["sk"].input, "SK/REVISI/2026")
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: data.write_actions.form is None)
            [item] = await g.context.usulan.find()
            await g.context.usulan.setujui([item.id])

        loop.run_until_complete(change())
        usulan_page = g.window.sync_pages.usulan_page
        loop.run_until_complete(usulan_page.refresh())
        # Logged in (as Cek Service does at start), the preview says what a write means with
        # a Basic credential.
        api = loop.run_until_complete(g.context.connection.api())
        loop.run_until_complete(api.client.login())

        lines, _tree, result = loop.run_until_complete(_send(qtbot, g, usulan_page))
        assert lines == ["Riwayat Jabatan Fungsional: Baru 0 · Diubah 1 · Dihapus 0"]
        assert "ajuan" in g.role_text
        [sent] = result.usulan
        assert sent.status is UsulanStatus.DIAJUKAN and sent.http_status == 204

        assert loop.run_until_complete(data.load(g.world.pegawai_ids[0]))
        ajuan = data.show_group(SisterGroup.KEPEGAWAIAN).sections["jabatan_fungsional/ajuan"]
        cells = [
            ajuan.model.index(r, c).data()
            for r in range(ajuan.model.rowCount())
            for c in range(ajuan.model.columnCount())
        ]
        assert "Diajukan" in cells
        # The ajuan is listed at the top of Data SISTER, with its age and our usulan.
        panel = data.ajuan_panel
        assert panel.isVisibleTo(data)
        rows = [
            [panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
            for r in range(panel.table.rowCount())
        ]
        assert [f"#{sent.id}"] == [row[6] for row in rows if row[6]]
        ours = next(row for row in rows if row[6])
        assert ours[2] == "Diajukan" and ours[4] == "0"
        # The Pegawai list finds him with "ada ajuan menunggu".
        tab = g.window.pegawai_tab
        loop.run_until_complete(tab.reload())
        tab.link_combo.setCurrentIndex(tab.link_combo.findText("Ada ajuan menunggu"))
        loop.run_until_complete(g.context.tasks.wait_idle())
        assert tab.proxy.visible_ids() == [g.world.pegawai_ids[0]]


def test_closing_during_a_send_asks_first(qapp, qtbot, loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=40, role="pro", latency_ms=400)
    # One usulan at a time, each slow: the stop comes while the first is on its way.
    g = gui_world(qtbot, loop, db, sandbox, max_inflight=1)
    for n in range(3):
        loop.run_until_complete(
            g.world.usulan("penelitian", UsulanJenis.BARU, g.world.penelitian_body(f"Judul {n}"))
        )
    page = g.window.sync_pages.usulan_page

    async def scenario():
        send = asyncio.ensure_future(page.start_kirim())
        preview = await wait_for(lambda: page.preview_dialog, timeout=15)
        qtbot.mouseClick(preview.send_button, Qt.MouseButton.LeftButton)
        progress = await wait_for(lambda: page.progress_dialog, timeout=15)
        assert not g.window.centralWidget().isEnabled(), "no navigation during a send"
        # Escape asks; "continue" is the default answer.
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        box = await wait_for(lambda: progress.confirm_box)
        assert box.defaultButton().text() in ("Continue sending", "Lanjutkan mengirim")
        box.reject()
        await wait_for(lambda: progress.confirm_box is None)
        # Closing the window asks too; "keep sending" leaves it running.
        quit_1 = asyncio.ensure_future(page.prepare_quit())
        question = await wait_for(lambda: page.message_box)
        question.reject()
        kept = await quit_1
        assert not send.done()
        # Asked again and agreed: the send stops cleanly, the rest stays approved.
        quit_2 = asyncio.ensure_future(page.prepare_quit())
        question = await wait_for(lambda: page.message_box)
        stop = next(b for b in question.buttons() if b.text() == "Stop and close")
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        closed = await asyncio.wait_for(quit_2, 60)
        result = await send
        return kept, closed, result

    kept, closed, result = loop.run_until_complete(scenario())
    assert kept is False and closed is True
    assert result is not None and result.cancelled
    statuses = [item.status for item in loop.run_until_complete(g.context.usulan.find())]
    assert UsulanStatus.SENDING not in statuses
    assert UsulanStatus.DISETUJUI in statuses, "the usulan not yet sent stay approved"
    posts = [w for w in sandbox.writes.applied() if w["path"].endswith("/penelitian")]
    assert len(posts) == statuses.count(UsulanStatus.DITERAPKAN)
