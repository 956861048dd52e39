"""The operator's whole path in the Pegawai tab: import the sandbox world's campus file, tick
all, Hubungkan Pegawai dan Sister, read the three groups, confirm, see the ticks — graded
against the sandbox's own record of who is who."""

from __future__ import annotations

import asyncio
import gc
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sister_desktop.domain.matching import MatchGroup
from sister_desktop.services.connection import ConnectionState, SisterConnection
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.ui.hubungkan.link_preview_dialog import LinkPreviewDialog
from sister_desktop.ui.pegawai.import_report_dialog import ImportChoice
from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiColumn
from tests.linking_world import linking_service
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


async def until(predicate, timeout: float = 10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not (value := predicate()):
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.01)
    return value


@pytest.fixture
def world(sandbox_factory):
    return sandbox_factory(size=150)


@pytest.fixture
def linking(loop, db, world):
    yield from linking_service(loop, db, world)


def test_import_tick_all_link_and_see_the_ticks(qtbot, loop, db, world, linking, tmp_path):
    truth = world.world.truth
    campus = world.world.campus_rows()
    row_of = {
        (r["nama"], r["nip"], r["nidn"], r["nuptk"]): position for position, r in enumerate(campus)
    }
    connection = SisterConnection(SettingsService(SettingsRepository(db), SecretStore()))
    context = ui_context(db, connection=connection, linking=linking)
    tab = PegawaiTab(context)
    qtbot.addWidget(tab)
    tab.resize(1300, 720)
    tab.show()
    path = world.world.export_pegawai(tmp_path / "pegawai.xlsx")
    gc.collect()  # nothing of earlier tests may be finalised in the importer's worker thread

    async def scenario():
        await context.tasks.wait_idle()
        # Not connected yet: no SISTER button.
        assert not tab.sister_button.isVisible()
        connection.set_state(ConnectionState(connected=True, pt_name="PT Sandbox"))
        await until(tab.sister_button.isVisible)

        # Import the campus file (one NIDN typed into two rows: import the valid rows).
        importing = asyncio.ensure_future(tab.import_file(path))
        report = await until(lambda: getattr(tab, "report_dialog", None))
        await until(report.isVisible)
        qtbot.mouseClick(report.valid_only_button, Qt.MouseButton.LeftButton)
        assert await importing is ImportChoice.VALID_ONLY
        total = tab.model.rowCount()
        assert total >= len(campus) - 2
        assert tab.message_label.text().startswith("Imported:")

        # Tick all, Hubungkan.
        qtbot.mouseClick(tab.select_all_button, Qt.MouseButton.LeftButton)
        assert len(tab.ticked_ids()) == total
        tab.sister_button.link_action.trigger()
        dialog = await until(
            lambda: (
                isinstance(tab.sister_button.dialog, LinkPreviewDialog)
                and tab.sister_button.dialog.isVisible()
                and tab.sister_button.dialog
            )
        )
        counts = {g: dialog.count(g) for g in MatchGroup}
        assert [dialog.tabs.tabText(i) for i in range(3)] == [
            f"Matched ({counts[MatchGroup.EXACT]})",
            f"To check ({counts[MatchGroup.REVIEW]})",
            f"Not found ({counts[MatchGroup.NOT_FOUND]})",
        ]
        assert sum(counts.values()) == total
        exact = dialog.models[MatchGroup.EXACT].entries
        rows = {
            e.pegawai.id: row_of[_key(e.pegawai)]
            for g in MatchGroup
            for e in dialog.models[g].entries
        }
        false_links = [
            e for e in exact if not truth.is_correct_link(rows[e.pegawai.id], e.proposed.id_sdm)
        ]
        assert false_links == []
        # Everyone SISTER lacks is Tidak ditemukan (or, when a namesake exists, Perlu dicek).
        lacking = set(truth.campus_only)
        assert all(rows[e.pegawai.id] not in lacking for e in exact)
        dialog.grab().save(str(Path(tempfile.gettempdir()) / "tab_link_preview.png"))

        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.isVisible())
        await context.tasks.wait_idle()
        return {e.pegawai.id: e.proposed.id_sdm for e in exact}, counts

    expected, counts = loop.run_until_complete(scenario())
    # The status line now says what the link did, in place of the import's line.
    assert counts[MatchGroup.REVIEW] and counts[MatchGroup.NOT_FOUND]
    assert tab.message_label.text() == (
        f"{counts[MatchGroup.EXACT]} pegawai linked, {counts[MatchGroup.REVIEW]} to review, "
        f"{counts[MatchGroup.NOT_FOUND]} not found."
    )
    # The ticks appear at once in Terhubung Sister.
    model = tab.model
    shown = {}
    for row in range(model.rowCount()):
        p = model.pegawai_at(row)
        mark = model.index(row, PegawaiColumn.TERHUBUNG).data()
        shown[p.id] = (p.id_sdm, bool(mark))
    assert {i: s[0] for i, s in shown.items() if s[1]} == expected
    assert all(shown[i][0] == expected[i] for i in expected)
    tab.grab().save(str(Path(tempfile.gettempdir()) / "tab_after_link.png"))

    # The detail panel shows the link in its history, with undo of the collective link.
    some = next(iter(expected))
    tab.select_pegawai(some)

    async def history():
        await context.tasks.wait_idle()
        return tab.link_history.model.rowCount(), tab.link_history.undo_button.isEnabled()

    assert loop.run_until_complete(history()) == (1, True)
    loop.run_until_complete(context.tasks.cancel_all())


def _key(p):
    return (p.nama, p.nip, p.nidn, p.nuptk)
