"""The Data SISTER window after a real Sinkronisasi over loopback against the sandbox (not the
stored-as-a-sync fixture): the engine's own writes read back as the same histories, and the
pas foto shows beside the name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.ui.data_sister.data_sister_window import PHOTO_HEIGHT, DataSisterWindow
from tests import sister_records_world as srw
from tests.sync_world import engine_for, link_sandbox_people, run, sandbox_client
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


def test_synced_histories_read_as_the_sandbox_lists_them(qapp, qtbot, loop, db, sandbox):
    client = run(loop, sandbox_client(sandbox))
    try:
        ids = run(loop, link_sandbox_people(db, sandbox, 6))
        outcome = run(loop, engine_for(db, client).run(SyncRequest(SyncMode.ALL)))
    finally:
        run(loop, client.aclose())
    assert outcome.status is RunStatus.COMPLETED
    people = sandbox.world.sdm[:6]
    pegawai_id, person = max(
        zip(ids, people, strict=True), key=lambda pair: len(pair[1].kepangkatan)
    )
    host = QWidget()
    qtbot.addWidget(host)
    window = DataSisterWindow(ui_context(db), host)
    assert run(loop, window.load(pegawai_id))
    page = window.show_group(SisterGroup.KEPEGAWAIAN)
    for dataset in ("penugasan", "jabatan_fungsional", "kepangkatan"):
        expected = srw.listed_rows(sandbox.world, person, dataset)
        section = page.sections[dataset]
        assert (section.model.rowCount() if section.model else 0) == len(expected), dataset
    assert "belum" not in window.group_list.item(1).text()
    assert window.photo.isVisibleTo(window)
    assert window.photo.pixmap().height() == PHOTO_HEIGHT
