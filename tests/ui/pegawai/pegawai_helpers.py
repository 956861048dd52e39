"""Helpers for the Pegawai tab tests: a tab over a real database, waiting for dialogs."""

from __future__ import annotations

import asyncio

from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab


def make_tab(qtbot, loop, db) -> PegawaiTab:
    context = UiContext(pegawai=PegawaiService(PegawaiRepository(db)))
    tab = PegawaiTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    loop.run_until_complete(context.tasks.wait_idle())
    return tab


async def wait_for(predicate, timeout: float = 5.0):
    """Let the loop turn until ``predicate()`` gives something truthy; return it."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.01)
