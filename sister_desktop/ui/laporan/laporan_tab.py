"""The Laporan tab: Gambaran dosen and Tabel LKPS, each loaded the first time it is shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.laporan.gambaran_dosen_page import GambaranDosenPage
from sister_desktop.ui.laporan.tabel_lkps_page import TabelLkpsPage


class LaporanTab(QTabWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laporan_tab")
        self._context = context
        self.gambaran = GambaranDosenPage(context, self)
        self.lkps = TabelLkpsPage(context, self)
        self.addTab(self.gambaran, self.tr("Gambaran dosen"))
        self.addTab(self.lkps, self.tr("Tabel LKPS"))
        self._loaded = False

    async def load(self) -> None:
        """Count from what the last sync stored: the charts and the program studi list."""
        await self.gambaran.load()
        await self.lkps.load_prodi()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self._context.tasks.spawn(self.load())
