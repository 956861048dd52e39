"""The Pegawai tab's way into the synced SISTER data: "Data SISTER" (a window for the selected
pegawai) and "Daftar Riwayat Hidup" (the selected pegawai's CV as PDF, or with pegawai ticked,
one PDF each into a folder), on the toolbar and as buttons in the details."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolBar, QWidget

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.data_sister.drh_export import DrhExporter, Say

if TYPE_CHECKING:
    from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow


class DataSisterActions(QObject):
    #: A Data SISTER window drafted usulan (Tambah…, Ubah…, Hapus… or Impor riwayat…).
    usulan_drafted = Signal(int)

    def __init__(
        self,
        context: UiContext,
        ticked_ids: Callable[[], set[int]],
        selected: Callable[[], Pegawai | None],
        say: Say,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._ticked_ids = ticked_ids
        self._selected = selected
        self._say = say
        self._parent = parent
        self.exporter = DrhExporter(context, parent)
        #: The Data SISTER windows open now (one per pegawai; tests find them here).
        self.windows: dict[int, DataSisterWindow] = {}
        self.data_action = QAction(self.tr("Data SISTER…"), parent)
        self.data_action.setObjectName("data_sister_action")
        self.data_action.setToolTip(self.tr("Every record synced from SISTER for this pegawai"))
        self.data_action.triggered.connect(self._on_data_button_clicked)
        self.drh_action = QAction(self.tr("Curriculum vitae…"), parent)
        self.drh_action.setObjectName("drh_action")
        self.drh_action.setToolTip(
            self.tr("The CV from the synced data as PDF; with pegawai ticked, one PDF each")
        )
        self.drh_action.triggered.connect(self._on_drh_button_clicked)

    def place_in(self, toolbar: QToolBar) -> None:
        toolbar.addAction(self.data_action)
        toolbar.addAction(self.drh_action)

    def detail_row(self, parent: QWidget) -> QWidget:
        """The same two as buttons for the details panel."""
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        data = QPushButton(self.tr("Data SISTER…"), row)
        data.setObjectName("detail_data_sister_button")
        data.clicked.connect(self._on_data_button_clicked)
        drh = QPushButton(self.tr("Curriculum vitae…"), row)
        drh.setObjectName("detail_drh_button")
        drh.clicked.connect(self._on_drh_button_clicked)
        layout.addWidget(data)
        layout.addWidget(drh)
        layout.addStretch(1)
        return row

    async def open_data_sister(self, pegawai_id: int | None = None) -> DataSisterWindow | None:
        """The Data SISTER window of a pegawai (the selected one by default), raised when it
        is already open."""
        if pegawai_id is None:
            current = self._selected()
            if current is None:
                self._say(self.tr("Select a pegawai first."))
                return None
            pegawai_id = current.id
        window = self.windows.get(pegawai_id)
        if window is None:
            # Imported when first opened: the window's pages, forms and panels are not needed
            # to show the list it is opened from (the Pegawai tab's start-up).
            from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow

            window = DataSisterWindow(self._context, self._parent.window())
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.finished.connect(lambda _r, pid=pegawai_id: self.windows.pop(pid, None))
            self.windows[pegawai_id] = window
            window.impor_riwayat.drafted.connect(self.usulan_drafted)
            window.write_actions.usulan_made.connect(lambda _item: self.usulan_drafted.emit(1))
            await window.load(pegawai_id)
        window.show()
        window.raise_()
        return window

    async def print_drh(self) -> None:
        ticked = self._ticked_ids()
        if ticked:
            await self.exporter.save_batch(ticked, self._say)
            return
        current = self._selected()
        if current is None:
            self._say(self.tr("Select or tick the pegawai first."))
            return
        loaded = await self._context.data_sister.load(current.id)
        if loaded is not None:
            await self.exporter.save_one(loaded, "pdf", self._say)

    def _on_data_button_clicked(self) -> None:
        self._context.tasks.spawn(self.open_data_sister())

    def _on_drh_button_clicked(self) -> None:
        self._context.tasks.spawn(self.print_drh())
