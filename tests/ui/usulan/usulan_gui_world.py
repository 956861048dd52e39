"""The window over the Kirim's world: pegawai linked to the sandbox's people with their SISTER
data stored as a sync stores it, the real services talking to the sandbox over loopback with
the chosen role's credential, the main window and a pegawai's Data SISTER window."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow
from sister_desktop.ui.main_window import MainWindow
from tests.kirim_world import KirimWorld, kirim_world
from tests.ui.pegawai.pegawai_helpers import wait_for


@dataclass
class GuiWorld:
    world: KirimWorld
    context: UiContext
    window: MainWindow
    #: The role sentence the last preview showed.
    role_text: str = ""

    def data_sister(self, qtbot, loop, index: int = 0) -> DataSisterWindow:
        data = DataSisterWindow(self.context, self.window)
        assert loop.run_until_complete(data.load(self.world.pegawai_ids[index]))
        data.show()
        return data


def gui_world(
    qtbot, loop, db, sandbox, *, role: str = "pro", writes: bool = True, max_inflight: int = 4
) -> GuiWorld:
    world = loop.run_until_complete(kirim_world(db, sandbox, role=role, max_inflight=max_inflight))
    if not writes:
        loop.run_until_complete(world.services.kirim.set_writes_enabled(False))
    context = UiContext.of(world.services)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1300, 720)
    window.show()
    loop.run_until_complete(context.tasks.wait_idle())
    return GuiWorld(world, context, window)


async def click_and_wait(qtbot, button: QWidget, opened) -> object:
    """Click ``button`` and wait for what ``opened()`` gives (a dialog) to show."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    found = await wait_for(opened, timeout=15)
    await wait_for(found.isVisible, timeout=15)
    return found


async def open_kirim_preview(page) -> tuple[asyncio.Future, object]:
    """Kirim ke SISTER… on the Usulan page: the Kirim's task and its preview, shown."""
    task = asyncio.ensure_future(page.start_kirim())
    preview = await wait_for(lambda: page.preview_dialog, timeout=15)
    await wait_for(preview.isVisible)
    return task, preview
