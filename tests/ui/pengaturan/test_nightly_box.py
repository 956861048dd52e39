"""Sinkronisasi malam on the Pengaturan tab, clicked like an operator would: the limits per
group saved, the nightly job created and removed in a temporary home (a ``systemctl`` on its
PATH that writes down its calls), tonight's cost shown."""

from __future__ import annotations

import asyncio
import stat

import pytest
from PySide6.QtCore import QSize

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.services.connection import SisterConnection
from sister_desktop.services.night_schedule import UNIT, NightSchedule, run_command
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.ui.main_window import MainWindow
from tests.dict_keyring import DictKeyring
from tests.ui.clicks import click
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


async def _until(condition, timeout=10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


@pytest.fixture
def window(qtbot, loop, db, tmp_path):
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    systemctl = bin_folder / "systemctl"
    systemctl.write_text(f'#!/bin/sh\necho "$@" >> "{tmp_path / "systemctl.log"}"\n')
    systemctl.chmod(systemctl.stat().st_mode | stat.S_IEXEC)
    settings = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
    connection = SisterConnection(settings)
    context = ui_context(db, settings=settings, connection=connection)
    env = {"HOME": str(tmp_path / "home"), "PATH": str(bin_folder)}
    context.sync.night_schedule = NightSchedule("linux", env, run_command)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(QSize(1280, 680))
    main.show()
    loop.run_until_complete(main.settings_tab.load())
    yield main, context
    loop.run_until_complete(context.tasks.cancel_all())
    loop.run_until_complete(connection.aclose())


def test_the_limits_are_saved_and_the_job_is_created_and_removed(qtbot, loop, db, window, tmp_path):
    main, context = window
    box = main.settings_tab.nightly_box
    assert box.day_spins[SisterGroup.TRIDHARMA].value() == 7 and box.fast_spin.value() == 1
    assert not box.save_button.isEnabled() and not box.schedule_check.isChecked()
    assert box.tonight_label.text() == "Tonight: nothing is due. No data pulled yet."

    box.day_spins[SisterGroup.TRIDHARMA].setValue(14)
    box.fast_spin.setValue(2)
    assert box.save_button.isEnabled()
    click(qtbot, box.save_button)
    loop.run_until_complete(_until(lambda: not box.save_button.isEnabled()))
    saved = loop.run_until_complete(context.settings.sync_freshness())
    assert saved.days[SisterGroup.TRIDHARMA] == 14 and saved.fast_days == 2

    timer = tmp_path / "home/.config/systemd/user" / f"{UNIT}.timer"
    box.note_label.hide()
    click(qtbot, box.schedule_check)
    loop.run_until_complete(_until(lambda: box.note_label.isVisible()))
    assert timer.exists() and box.schedule_check.isChecked()
    service = (timer.parent / f"{UNIT}.service").read_text()
    assert f"sync --scheduled --db sqlite:///{db.url.database}" in service
    calls = (tmp_path / "systemctl.log").read_text().splitlines()
    assert calls == ["--user daemon-reload", f"--user enable --now {UNIT}.timer"]

    box.note_label.hide()
    click(qtbot, box.schedule_check)
    loop.run_until_complete(_until(lambda: box.note_label.isVisible()))
    assert not timer.exists() and not box.schedule_check.isChecked()
    assert "disable" in (tmp_path / "systemctl.log").read_text()
