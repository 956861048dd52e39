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
