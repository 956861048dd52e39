"""Data yang disinkronkan on the Pengaturan tab, ticked like an operator would: the defaults,
the semester count, the estimate that follows the ticks, Simpan, and the last group kept."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from PySide6.QtCore import QSize

from sister_desktop.domain.links import LinkMethod, LinkRequest
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.domain.sister_groups import DEFAULT_GROUPS, SisterGroup, SyncScope
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.services.connection import SisterConnection
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.texts.sync_texts import estimate_line
from sister_desktop.ui.main_window import MainWindow
from tests.dict_keyring import DictKeyring
from tests.ui.clicks import click
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


async def _link_pegawai(db, count: int) -> list[int]:
    """``count`` pegawai linked to made-up SDM (the estimate counts them; nothing is pulled)."""
    rows = [Pegawai(id=NEW_ID, nama=f"Dosen {n}") for n in range(count)]
    ids = await PegawaiRepository(db).save_many(rows, [])
    await LinkRepository(db).link_many(
        [LinkRequest(i, str(uuid.uuid4()), LinkMethod.MANUAL) for i in ids], who="tester"
    )
    return ids


def _open_window(qtbot, loop, db):
    settings = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
    connection = SisterConnection(settings)
    context = ui_context(db, settings=settings, connection=connection)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(QSize(1280, 680))  # the first size on a 1366×768 laptop
    main.show()
    loop.run_until_complete(main.settings_tab.load())
    return main, context, connection


@pytest.fixture
def opened(qtbot, loop, db):
    opened = []

    def open_window():
        window, context, connection = _open_window(qtbot, loop, db)
        opened.append((context, connection))
        return window, context

    yield open_window
    for context, connection in opened:
        loop.run_until_complete(context.tasks.cancel_all())
        loop.run_until_complete(connection.aclose())


async def _until(condition, timeout=10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


def _ticked(box):
    return {group for group, check in box.group_checks.items() if check.isChecked()}


def test_defaults_then_a_saved_choice_comes_back_in_a_new_window(qtbot, loop, db, opened):
    window, context = opened()
    box = window.settings_tab.sync_scope_box
    assert [c.text() for c in box.group_checks.values()] == [
        "Personal data",
        "Employment",
        "Education and certification",
        "Welfare and awards",
        "Tridharma",
        "BKD (lecturer workload)",
        "Documents",
    ]
    assert _ticked(box) == DEFAULT_GROUPS
    assert "publications" in box.group_checks[SisterGroup.TRIDHARMA].toolTip()
    assert box.semesters_spin.value() == 4 and not box.semesters_spin.isEnabled()
    assert not box.save_button.isEnabled()

    click(qtbot, box.group_checks[SisterGroup.TRIDHARMA])
    assert box.semesters_spin.isEnabled()
    assert "Teaching per semester" in box.hint_label.text()
    click(qtbot, box.group_checks[SisterGroup.DOKUMEN])
    box.semesters_spin.setValue(6)
    assert "Not saved yet" in box.note_label.text() and box.save_button.isEnabled()
    # Nothing is saved until Simpan: a sync still pulls the saved (default) choice.
    assert loop.run_until_complete(context.settings.sync_scope()) == SyncScope()

    click(qtbot, box.save_button)
    loop.run_until_complete(context.tasks.wait_idle())
    wanted = (DEFAULT_GROUPS | {SisterGroup.TRIDHARMA}) - {SisterGroup.DOKUMEN}
    assert loop.run_until_complete(context.settings.sync_scope()) == SyncScope(wanted, 6)
    assert "Saved" in box.note_label.text() and not box.save_button.isEnabled()

    again, _ = opened()
    reopened = again.settings_tab.sync_scope_box
    assert _ticked(reopened) == wanted
    assert reopened.semesters_spin.value() == 6 and reopened.semesters_spin.isEnabled()


def test_the_tabs_own_simpan_saves_a_changed_choice_too(qtbot, loop, db, opened):
    """Simpan of the web-service settings does not leave a changed choice unsaved, even when
    the web-service fields are still empty."""
    window, context = opened()
    tab = window.settings_tab
    click(qtbot, tab.sync_scope_box.group_checks[SisterGroup.BKD])
    click(qtbot, tab.save_button)
    loop.run_until_complete(context.tasks.wait_idle())
    assert "Username: required" in tab.problems_label.text()
    saved = loop.run_until_complete(context.settings.sync_scope())
    assert saved.groups == DEFAULT_GROUPS | {SisterGroup.BKD}


def test_unticking_the_last_group_is_refused_with_the_reason(qtbot, loop, db, opened):
    window, context = opened()
    box = window.settings_tab.sync_scope_box
    for group in sorted(DEFAULT_GROUPS - {SisterGroup.DOKUMEN}):
        click(qtbot, box.group_checks[group])
    assert _ticked(box) == {SisterGroup.DOKUMEN}

    click(qtbot, box.group_checks[SisterGroup.DOKUMEN])
    assert box.group_checks[SisterGroup.DOKUMEN].isChecked()
    assert box.note_label.isVisible()
    assert "At least one group stays ticked" in box.note_label.text()
    assert "would pull nothing" in box.note_label.text()
    click(qtbot, box.save_button)
    loop.run_until_complete(context.tasks.wait_idle())
    assert loop.run_until_complete(context.settings.sync_scope()).groups == {SisterGroup.DOKUMEN}


def test_the_estimate_follows_the_ticks(qtbot, loop, db, opened):
    loop.run_until_complete(_link_pegawai(db, 30))
    window, context = opened()
    box = window.settings_tab.sync_scope_box
    rate = window.settings_tab.rps_spin.value()

    def expected(scope: SyncScope) -> str:
        estimate = loop.run_until_complete(
            context.sync.estimate(SyncRequest(SyncMode.ALL, scope=scope), rate)
        )
        return estimate_line(estimate)

    before = box.estimate_label.text()
    assert before.endswith(expected(SyncScope()))
    assert "30 pegawai: ≈ " in before and "(rough guess: no pegawai pulled yet" in before

    # The estimate of the new choice arrives a moment after the tick (debounced).
    click(qtbot, box.group_checks[SisterGroup.TRIDHARMA])
    loop.run_until_complete(_until(lambda: box.estimate_label.text() != before))
    with_tridharma = SyncScope(DEFAULT_GROUPS | {SisterGroup.TRIDHARMA})
    assert box.estimate_label.text().endswith(expected(with_tridharma))
    assert box.last_estimate.requests > 0
    more = box.last_estimate.requests

    # Eight recent semesters of teaching cost more than four.
    box.semesters_spin.setValue(8)
    loop.run_until_complete(_until(lambda: box.last_estimate.requests > more))
    assert box.estimate_label.text().endswith(expected(SyncScope(with_tridharma.groups, 8)))


def test_no_linked_pegawai_says_so_instead_of_a_figure(qtbot, loop, db, opened):
    window, _context = opened()
    box = window.settings_tab.sync_scope_box
    assert box.estimate_label.text() == "No linked pegawai to sync yet."


def test_the_estimate_follows_the_pegawai_linked_after_the_window_opened(qtbot, loop, db, opened):
    """Opened with nobody linked, then pegawai linked (the Pegawai tab reloads its list, as
    after Hubungkan): the estimate counts them, it does not keep saying nobody is linked."""
    window, _context = opened()
    box = window.settings_tab.sync_scope_box
    assert box.estimate_label.text() == "No linked pegawai to sync yet."
    loop.run_until_complete(_link_pegawai(db, 3))
    loop.run_until_complete(window.pegawai_tab.reload())
    loop.run_until_complete(
        _until(lambda: box.last_estimate is not None and box.last_estimate.pegawai == 3)
    )
    assert box.estimate_label.text().startswith("Estimate of one sync:")
    assert "3 pegawai" in box.estimate_label.text()
