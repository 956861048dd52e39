"""Opens the Data SISTER window of a pegawai from the Laporan (a bar's pegawai, a cell's
source records), one window per pegawai, and says what cannot be done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from sister_desktop.ui.common.message_boxes import inform
from sister_desktop.ui.common.ui_context import UiContext

if TYPE_CHECKING:
    from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow


class PegawaiOpener(QObject):
    def __init__(self, context: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        #: The Data SISTER windows open now (tests find them here).
        self.windows: dict[int, DataSisterWindow] = {}

    async def open(self, pegawai_id: int) -> DataSisterWindow:
        window = self.windows.get(pegawai_id)
        if window is None:
            # Imported when first opened: the window's pages, forms and panels are not needed
            # to start the program (see ``DataSisterActions.open_data_sister``).
            from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow

            window = DataSisterWindow(self._context, self._parent.window())
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.finished.connect(lambda _r, pid=pegawai_id: self.windows.pop(pid, None))
            self.windows[pegawai_id] = window
            await window.load(pegawai_id)
        window.show()
        window.raise_()
        return window

    def say(self, text: str) -> None:
        inform(self._parent, name="laporan_notice", title=self.tr("Laporan"), text=text)
