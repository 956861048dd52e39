"""The Sinkronisasi tab's pages: the sync itself, the Usulan sent the other way with their
Log Kirim, then the monitoring that follows a sync (Perbandingan, orphan lists, what changed),
and the Perbandingan in the Pegawai details.

Assembles and wires only: a finished sync refreshes the monitoring pages; a finished Kirim
refreshes the Log Kirim; a copy of SISTER's values or a "Tambah dari SISTER" reloads the
employee list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab
from sister_desktop.ui.perbandingan.belum_terhubung_panel import BelumTerhubungPanel
from sister_desktop.ui.perbandingan.perbandingan_detail_widget import PerbandinganDetailWidget
from sister_desktop.ui.perbandingan.perbandingan_panel import PerbandinganPanel
from sister_desktop.ui.perbandingan.perubahan_panel import PerubahanPanel
from sister_desktop.ui.sinkronisasi.jalankan_dan_log_page import JalankanDanLogPage
from sister_desktop.ui.usulan.log_kirim_page import LogKirimPage
from sister_desktop.ui.usulan.usulan_page import UsulanPage


class SinkronisasiTab(QTabWidget):
    def __init__(
        self,
        context: UiContext,
        sync_tab: JalankanDanLogPage,
        pegawai_tab: PegawaiTab,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_pages")
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self._context = context
        self._pegawai_tab = pegawai_tab
        self._loaded: set[QWidget] = set()
        self.sync_tab = sync_tab
        self.addTab(sync_tab, self.tr("Run and log"))
        self.usulan_page = UsulanPage(context, self)
        self.log_kirim = LogKirimPage(context, self)
        self.addTab(self.usulan_page, self.tr("Usulan"))
        self.addTab(self.log_kirim, self.tr("Log Kirim"))
        service = context.comparison
        tasks = context.tasks
        self.perbandingan = PerbandinganPanel(service, tasks, self._pt_name, self)
        self.orphans = BelumTerhubungPanel(service, tasks, self._pt_name, self)
        self.changes = PerubahanPanel(service, tasks, self._pt_name, self)
        self.addTab(self.perbandingan, self.tr("Perbandingan"))
        self.addTab(self.orphans, self.tr("Not linked yet"))
        self.addTab(self.changes, self.tr("Changes"))
        self.detail = PerbandinganDetailWidget(
            service,
            tasks,
            pegawai_tab.detail,
            usulan=context.usulan,
            writes_enabled=context.kirim.writes_enabled,
        )
        pegawai_tab.detail.add_section(self.detail)
        pegawai_tab.pegawai_selected.connect(self.detail.on_pegawai_selected)

        self.currentChanged.connect(self._on_current_changed)
        sync_tab.sync_finished.connect(self._on_sync_tab_sync_finished)
        self.perbandingan.pegawai_changed.connect(self._on_pegawai_changed)
        self.orphans.pegawai_changed.connect(self._on_pegawai_changed)
        self.detail.pegawai_changed.connect(self._on_detail_pegawai_changed)
        self.usulan_page.kirim_finished.connect(self._on_usulan_page_kirim_finished)
        self.detail.usulan_made.connect(self._on_detail_usulan_made)

    def _pt_name(self) -> str | None:
        return self._context.connection.state.pt_name

    async def refresh_page(self, page: QWidget) -> None:
        self._loaded.add(page)
        if page is self.usulan_page:
            await self.usulan_page.refresh()
        elif page is self.log_kirim:
            await self.log_kirim.refresh()
        elif page is self.perbandingan:
            await self.perbandingan.refresh()
        elif page is self.orphans:
            await self.orphans.refresh()
        elif page is self.changes:
            await self.changes.refresh()

    async def reload_pegawai(self) -> None:
        """The employee list and the details of the selected one, after the records changed."""
        tab = self._pegawai_tab
        await tab.reload()
        selected: Pegawai | None = tab.selected_pegawai()
        tab.detail.show_pegawai(selected)
        await self.detail.load(selected.id if selected is not None else None)

    def _on_current_changed(self, index: int) -> None:
        page = self.widget(index)
        if page is not None and page is not self.sync_tab and page not in self._loaded:
            self._context.tasks.spawn(self.refresh_page(page))

    def _on_sync_tab_sync_finished(self, _run_id: str) -> None:
        # Pages already seen show the new data; the others load when opened.
        for page in list(self._loaded):
            self._context.tasks.spawn(self.refresh_page(page))
        self.detail.on_pegawai_selected(self._pegawai_tab.selected_pegawai())

    def _on_usulan_page_kirim_finished(self, _run_id: str) -> None:
        # Data SISTER now holds the records read back; the Log Kirim shows the outcomes.
        self._context.tasks.spawn(self.refresh_page(self.log_kirim))
        self.detail.on_pegawai_selected(self._pegawai_tab.selected_pegawai())

    def _on_detail_usulan_made(self, _count: int) -> None:
        if self.usulan_page in self._loaded:
            self._context.tasks.spawn(self.usulan_page.refresh())

    def _on_pegawai_changed(self) -> None:
        self._context.tasks.spawn(self.reload_pegawai())

    def _on_detail_pegawai_changed(self, _pegawai_id: int) -> None:
        self._context.tasks.spawn(self.reload_pegawai())
        if self.perbandingan in self._loaded:
            self._context.tasks.spawn(self.perbandingan.refresh())
