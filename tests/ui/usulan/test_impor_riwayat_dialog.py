"""Impor riwayat… in the window: Unduh templat writes the family's columns; a file with a bad
row drafts nothing and names the row; a good file is checked, then drafted."""

from __future__ import annotations

import asyncio
import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.sandbox import referensi as ref
from sister_desktop.texts.i18n import use_language
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import gui_world

pytestmark = pytest.mark.gui


def _row(pegawai_id: int, judul: str, tahun: object = 2025) -> dict[str, object]:
    return {
        "id_pegawai": pegawai_id,
        "judul": judul,
        "id_kategori_kegiatan": ref.kategori_leaves("penelitian")[0]["id"],
        "id_afiliasi": "",
        "tahun_usulan": 2024,
        "tahun_kegiatan": tahun,
        "tahun_pelaksanaan": 2025,
        "lama_kegiatan": 1,
        "tahun_pelaksanaan_ke": 1,
        "dana_dikti": 0,
        "dana_perguruan_tinggi": 15000000,
        "dana_institusi_lain": 0,
    }


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_template_then_a_bad_file_then_a_good_one(qapp, qtbot, loop, db, sandbox, tmp_path):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox)
        nip = g.world.pegawai_ids[0]
        page = g.window.sync_pages.usulan_page
        g.window.tabs.setCurrentWidget(g.window.sync_pages)
        g.window.sync_pages.setCurrentWidget(page)

        async def scenario():
            qtbot.mouseClick(page.impor_button, Qt.MouseButton.LeftButton)
            dialog = await wait_for(lambda: page.impor_dialog)
            dialog.choose_dataset("penelitian")
            template = dialog.write_template(tmp_path / "riwayat-penelitian.xlsx")
            afiliasi = sandbox.world.pt_id
            bad = _write(
                tmp_path / "salah.csv",
                [
                    {**_row(nip, "Judul yang baik"), "id_afiliasi": afiliasi},
                    {**_row(nip, "Judul kedua", "dua ribu"), "id_afiliasi": afiliasi},
                ],
            )
            bad_report = await dialog.check(bad)
            bad_lines = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
            bad_enabled = dialog.import_button.isEnabled()
            good = _write(
                tmp_path / "baik.csv", [{**_row(nip, "Judul yang baik"), "id_afiliasi": afiliasi}]
            )
            await dialog.check(good)
            drafted_before = await g.context.usulan.find()
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: not dialog.import_button.isEnabled())
            await asyncio.sleep(0.2)
            dialog.reject()
            await wait_for(lambda: page.impor_dialog is None)
            await g.context.tasks.wait_idle()
            return template, bad_report, bad_lines, bad_enabled, drafted_before

        template, bad_report, bad_lines, bad_enabled, before = loop.run_until_complete(scenario())
        columns = [cell.value for cell in load_workbook(template).worksheets[0][1]]
        assert "judul" in columns and "id_pegawai" in columns
        assert [(p.row, p.field) for p in bad_report.problems] == [(3, "tahun_kegiatan")]
        assert len(bad_lines) == 1 and bad_lines[0].startswith("baris 3: ")
        assert not bad_enabled and before == []
        drafted = loop.run_until_complete(g.context.usulan.find())
        assert [(u.jenis, u.status, u.body["judul"]) for u in drafted] == [
            (UsulanJenis.BARU, UsulanStatus.DRAF, "Judul yang baik")
        ]
        assert page.model.rowCount() == 1


def test_impor_riwayat_from_the_pegawai_tab_and_from_data_sister(
    qapp, qtbot, loop, db, sandbox, tmp_path
):
    """The same dialog, report and Unduh templat from the Pegawai tab's toolbar and from a
    pegawai's Data SISTER; what they draft shows on the Usulan page."""
    g = gui_world(qtbot, loop, db, sandbox)
    pegawai_id = g.world.pegawai_ids[0]
    afiliasi = sandbox.world.pt_id
    page = g.window.sync_pages.usulan_page
    loop.run_until_complete(g.window.sync_pages.refresh_page(page))
    assert page.model.rowCount() == 0
    tab = g.window.pegawai_tab
    g.window.tabs.setCurrentWidget(tab)
    action = tab.impor_riwayat.action
    assert action in tab.actions_toolbar.actions() and action.text() == "Import records…"

    async def from_the_pegawai_tab():
        action.trigger()
        dialog = await wait_for(lambda: tab.impor_riwayat.dialog)
        await wait_for(dialog.isVisible)
        assert dialog.template_button.isVisible()
        assert dialog.template_button.text() == "Download template…"
        dialog.choose_dataset("penelitian")
        template = dialog.write_template(tmp_path / "riwayat.xlsx")
        good = _write(
            tmp_path / "baik.csv",
            [{**_row(pegawai_id, "Dari tab Pegawai"), "id_afiliasi": afiliasi}],
        )
        await dialog.check(good)
        assert dialog.summary.text().startswith("The file is valid: 1 usulan would be drafted")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: not dialog.import_button.isEnabled())
        dialog.reject()
        await wait_for(lambda: tab.impor_riwayat.dialog is None)
        await g.context.tasks.wait_idle()
        return template

    template = loop.run_until_complete(from_the_pegawai_tab())
    assert "judul" in [cell.value for cell in load_workbook(template).worksheets[0][1]]
    assert [page.model.usulan()[0].body["judul"]] == ["Dari tab Pegawai"], "the page shows it"

    async def from_data_sister():
        window = await tab.data_sister.open_data_sister(pegawai_id)
        assert window is not None
        button = window.impor_riwayat_button
        assert button.isVisible() and button.text() == "Import records…"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = await wait_for(lambda: window.impor_riwayat.dialog)
        dialog.choose_dataset("penelitian")
        bad = _write(
            tmp_path / "salah.csv",
            [
                {**_row(pegawai_id, "Baris baik"), "id_afiliasi": afiliasi},
                {**_row(pegawai_id, "Baris salah", "dua ribu"), "id_afiliasi": afiliasi},
            ],
        )
        await dialog.check(bad)
        lines = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
        refused = not dialog.import_button.isEnabled()
        good = _write(
            tmp_path / "baik-2.csv",
            [{**_row(pegawai_id, "Dari Data SISTER"), "id_afiliasi": afiliasi}],
        )
        await dialog.check(good)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: not dialog.import_button.isEnabled())
        dialog.reject()
        await wait_for(lambda: window.impor_riwayat.dialog is None)
        await g.context.tasks.wait_idle()
        return window, lines, refused

    window, lines, refused = loop.run_until_complete(from_data_sister())
    assert len(lines) == 1 and lines[0].startswith("row 3: ") and refused
    assert window.message_label.text() == "1 usulan drafted: approve them on the Usulan page."
    assert sorted(u.body["judul"] for u in page.model.usulan()) == [
        "Dari Data SISTER",
        "Dari tab Pegawai",
    ]
    window.close()
