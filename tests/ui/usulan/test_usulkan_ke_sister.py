"""Usulkan ke SISTER beside Terapkan in the Perbandingan of a pegawai, per field: the campus's
e-mail, different from SISTER's, has its own line with both values and a button that makes an
ubah usulan of data_pribadi/alamat changing that field only; once drafted the line says an
usulan is waiting; with writes off the button says where to switch them on."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.texts.i18n import use_language
from tests.sync_world import engine_for, run, sandbox_client
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import gui_world


def _synced(loop, db, sandbox) -> None:
    """A real Sinkronisasi of the linked pegawai: the Perbandingan reads what it stored."""
    client = run(loop, sandbox_client(sandbox))
    try:
        outcome = run(loop, engine_for(db, client).run(SyncRequest(SyncMode.ALL)))
    finally:
        run(loop, client.aclose())
    assert outcome.status is RunStatus.COMPLETED


pytestmark = pytest.mark.gui


@pytest.mark.parametrize("writes", [True, False])
def test_usulkan_ke_sister_drafts_the_campus_email(qapp, qtbot, loop, db, sandbox, writes):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox, writes=writes)
        pegawai_id = g.world.pegawai_ids[0]
        service = g.context.pegawai
        person = loop.run_until_complete(service.get(pegawai_id))
        outcome = loop.run_until_complete(
            service.save(dataclasses.replace(person, email="dosen.baru@kampus.ac.id"))
        )
        assert outcome.pegawai is not None
        _synced(loop, db, sandbox)
        g.window.tabs.setCurrentWidget(g.window.pegawai_tab)
        detail = g.window.sync_pages.detail
        loop.run_until_complete(detail.load(pegawai_id))
        assert detail.usulkan_box.isVisibleTo(g.window)
        [field] = detail.proposable
        assert (field.field, field.campus) == ("email", "dosen.baru@kampus.ac.id")
        assert field.sister and field.sister != field.campus and not field.waiting
        assert list(detail.usulkan_buttons) == ["email"]
        button = detail.usulkan_buttons["email"]
        assert button.isVisibleTo(g.window) and button.text() == "Usulkan ke SISTER"
        line = detail.usulkan_box.findChildren(QLabel)
        assert any(
            label.text() == f"kampus: dosen.baru@kampus.ac.id · SISTER: {field.sister}"
            for label in line
        )
        if not writes:
            assert not button.isEnabled()
            assert button.toolTip() == "Aktifkan kirim ke SISTER di Pengaturan"
            return
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        loop.run_until_complete(g.context.tasks.wait_idle())
        [item] = loop.run_until_complete(g.context.usulan.find())
        assert item.jenis is UsulanJenis.UBAH and item.status is UsulanStatus.DRAF
        assert item.dataset == "data_pribadi/alamat" and item.changed_fields == ("email",)
        assert item.body["email"] == "dosen.baru@kampus.ac.id"
        # Only that field changes: the rest of the body is SISTER's record as synced.
        assert {k: v for k, v in item.body.items() if k != "email"} == {
            k: v for k, v in item.base_record.items() if k != "email"
        }
        loop.run_until_complete(wait_for(lambda: "Email" in detail.summary_label.text()))
        assert detail.summary_label.text().startswith("Usulan Email dibuat")
        # Drafted once: the line stays, its button now says an usulan is waiting.
        again = detail.usulkan_buttons["email"]
        assert not again.isEnabled() and "sudah menunggu" in again.toolTip()
