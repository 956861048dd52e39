"""The main window: four tabs and a status bar. It only assembles; the tabs do the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from sister_desktop.resource_files import palette
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.about_dialog import AboutDialog
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.resources import app_icon
from sister_desktop.ui.common.sister_summary_widget import SisterSummaryWidget
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.laporan.laporan_tab import LaporanTab
from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab
from sister_desktop.ui.pengaturan.pengaturan_tab import PengaturanTab
from sister_desktop.ui.sinkronisasi.jalankan_dan_log_page import JalankanDanLogPage
from sister_desktop.ui.sinkronisasi.sinkronisasi_tab import SinkronisasiTab

#: The size the window asks for on a laptop screen with room to spare.
PREFERRED_SIZE = QSize(1280, 800)
#: On a full-HD (or larger) screen: the Pegawai list shows every column beside the details,
#: and the window still leaves the desktop visible around it.
LARGE_SIZE = QSize(1600, 900)
#: How far the demo window stands from the real one at its first start.
DEMO_OFFSET = QPoint(48, 48)
#: Room left for the window frame, title bar and taskbar edges not in the available geometry.
FRAME_ALLOWANCE = QSize(16, 48)


def first_size(available: QSize) -> QSize:
    """The window's size at its first start: the preferred size, shrunk to fit the screen, or
    the large size on a screen that holds it with a good margin."""
    room = available - FRAME_ALLOWANCE
    if room.width() >= LARGE_SIZE.width() * 11 // 10 and room.height() >= LARGE_SIZE.height():
        return QSize(LARGE_SIZE)
    return QSize(
        min(PREFERRED_SIZE.width(), room.width()), min(PREFERRED_SIZE.height(), room.height())
    )


class MainWindow(QMainWindow):
    """Pengaturan, Pegawai, Sinkronisasi and Laporan tabs; the status bar shows the connection
    state."""

    #: The operator asked to close the window; the application decides whether and how to quit.
    close_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._allow_close = False
        self.setObjectName("main_window")
        title = "SISTER Desktop"
        if context.demo:
            # First: a taskbar cuts a title from the end, and the demo must never pass for
            # the real program.
            title = self.tr("DEMO MODE") + " — " + title
        self.setWindowTitle(title)
        self.setWindowIcon(QIcon(app_icon()))
        #: Where the window's size and place are kept between starts.
        self.geometry_file: Path = context.about.config_dir / "window.ini"

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.settings_tab = PengaturanTab(context, self)
        self.pegawai_tab = PegawaiTab(context, self)
        self.sync_tab = JalankanDanLogPage(context, self)
        self.tabs.addTab(self.settings_tab, self.tr("Settings"))
        self.tabs.addTab(self.pegawai_tab, self.tr("Pegawai"))
        # Sinkronisasi and the monitoring after it (Perbandingan, orphans, what changed).
        self.sync_pages = SinkronisasiTab(context, self.sync_tab, self.pegawai_tab, self)
        self.tabs.addTab(self.sync_pages, self.tr("Sinkronisasi"))
        self.laporan_tab = LaporanTab(context, self)
        self.tabs.addTab(self.laporan_tab, self.tr("Laporan"))
        self.setCentralWidget(self.tabs)
        if context.demo:
            self.tabs.setCornerWidget(self._demo_badge(), Qt.Corner.TopRightCorner)
        # Sinkronisasi takes the Pegawai tab's ticked employees; the Pegawai details show the
        # synced SISTER values.
        self.sync_tab.set_ticked_source(self.pegawai_tab.ticked_ids)
        # Panduan step 5 follows the list: done while at least one pegawai is Terhubung Sister.
        self.pegawai_tab.pegawai_reloaded.connect(self._on_pegawai_tab_pegawai_reloaded)
        self.pegawai_tab.impor_riwayat.drafted.connect(self._on_usulan_drafted)
        self.sister_summary = SisterSummaryWidget(context.sync, context.tasks, self)
        self.pegawai_tab.detail.add_section(self.sister_summary)
        self.pegawai_tab.pegawai_selected.connect(self.sister_summary.on_pegawai_selected)
        self.sync_tab.sync_finished.connect(self._on_sync_tab_sync_finished)
        # What the next run pulls and costs follows the saved data choice and rate.
        self.settings_tab.sync_scope_box.scope_saved.connect(self.sync_tab.schedule_plan)
        self.settings_tab.settings_saved.connect(self.sync_tab.schedule_plan)
        # The Kirim's buttons follow the Pengaturan switch.
        self.settings_tab.kirim_switch_box.writes_changed.connect(self._on_writes_changed)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        self.about_action = QAction(self.tr("&About SISTER Desktop"), self)
        self.about_action.setObjectName("about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(self.about_action)

        self.connection_label = plain_label(QLabel(self))
        self.connection_label.setObjectName("connection_label")
        self.statusBar().addPermanentWidget(self.connection_label)
        self.set_connection(connected=False)
        self.settings_tab.connection_changed.connect(self._on_settings_tab_connection_changed)
        self._restore_geometry()

    def _demo_badge(self) -> QLabel:
        """ "DEMO MODE" beside the tabs, on every page of the demo window: the one badge (with
        the title's), not repeated in the status bar, whose connection line says "sandbox"."""
        badge = QLabel(self.tr("DEMO MODE"), self)
        badge.setObjectName("demo_badge")
        badge.setStyleSheet(
            f"QLabel {{ background: {palette().warning}; color: white; padding: 2px 10px; "
            "font-weight: bold; }"
        )
        return badge

    @property
    def _geometry_key(self) -> str:
        """The demo window keeps its own place: it is opened beside the real one."""
        return "geometry-demo" if self._context.demo else "geometry"

    def _restore_geometry(self) -> None:
        """The size and place of the last session, or at the first start a size that fits the
        screen's available area (a 1366×768 campus laptop included), centred on it. The demo
        window's first place is the real window's, moved down and right (Coba mode demo opens
        it while the real one is up: it must not hide it exactly), and made smaller by as much
        as it would then run off the screen (a real window as large as the screen)."""
        settings = QSettings(str(self.geometry_file), QSettings.Format.IniFormat)
        saved = settings.value(self._geometry_key)
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        real = settings.value("geometry") if self._context.demo else None
        if real is None or not self.restoreGeometry(real):
            self.resize(first_size(available.size()))
            frame = self.frameGeometry()
            frame.moveCenter(available.center())
            self.move(frame.topLeft())
        if self._context.demo:
            self._offset_within(available)

    def _offset_within(self, available: QRect) -> None:
        """Move down by ``DEMO_OFFSET`` and right by as much of it as the screen leaves (at
        least half); shrink by what still passes the screen's right and bottom edges (down to
        the window's minimum), so the whole window, frame and title bar included, stays on the
        screen. The width is kept where it can be: the tables are laid out for it."""
        # Before it is shown the window's frame is unknown: the allowance stands for it.
        frame = QRect(self.pos(), self.size() + FRAME_ALLOWANCE)
        room_right = available.right() - frame.right()
        offset = QPoint(
            max(DEMO_OFFSET.x() // 2, min(DEMO_OFFSET.x(), room_right)), DEMO_OFFSET.y()
        )
        frame.translate(offset)
        over_x = max(0, frame.right() - available.right())
        over_y = max(0, frame.bottom() - available.bottom())
        if over_x or over_y:
            smaller = self.size() - QSize(over_x, over_y)
            self.resize(smaller.expandedTo(self.minimumSizeHint()))
        self.move(self.pos() + offset)

    def save_geometry(self) -> None:
        """Keep the size and place for the next start (a folder that cannot be written to
        only loses that)."""
        settings = QSettings(str(self.geometry_file), QSettings.Format.IniFormat)
        settings.setValue(self._geometry_key, self.saveGeometry())
        settings.sync()

    def set_connection(self, *, connected: bool, pt_name: str | None = None) -> None:
        """Show "Terhubung: <PT>" or "Tidak terhubung" in the status bar."""
        if connected:
            text = fill(self.tr("Connected: %1"), pt_name or "SISTER")
            colour = palette().ok
        else:
            text = self.tr("Not connected")
            colour = palette().error
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(f"QLabel {{ color: {colour}; padding: 0 6px; }}")

    def _on_pegawai_tab_pegawai_reloaded(self) -> None:
        linked = any(p.id_sdm for p in self.pegawai_tab.model.all_pegawai())
        self.settings_tab.set_linking_done(linked)
        # Data yang disinkronkan estimates a run of the linked pegawai: they may have changed.
        self.settings_tab.sync_scope_box.schedule_estimate()

    def _on_sync_tab_sync_finished(self, _run_id: str) -> None:
        self.sister_summary.on_pegawai_selected(self.pegawai_tab.selected_pegawai())
        # The next run's estimate counts from what this one pulled; Panduan step 6.
        self.settings_tab.sync_scope_box.schedule_estimate()
        self._context.tasks.spawn(self.settings_tab.refresh_sync_step())

    def _on_usulan_drafted(self, _count: int) -> None:
        # Drafted outside the Usulan page (Pegawai tab, Data SISTER): the page shows them.
        self._context.tasks.spawn(self.sync_pages.usulan_page.refresh())

    def _on_writes_changed(self, _enabled: bool) -> None:
        self._context.tasks.spawn(self.sync_pages.usulan_page.refresh())

    def _on_about_action_triggered(self) -> None:
        dialog = AboutDialog(self._context.about, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_settings_tab_connection_changed(self, connected: bool, pt_name: str) -> None:
        self.set_connection(connected=connected, pt_name=pt_name or None)

    def dispose(self) -> None:
        """Delete the window and its widgets without any of them emitting on the way out.

        A tab widget emits ``currentChanged`` while its pages are destroyed; if Python has
        already cleared the wrapper of the receiving slot (garbage collection of a reference
        cycle), PySide cannot find the slot and reports an error. Teardown needs no signals.
        """
        for child in self.findChildren(QObject):
            child.blockSignals(True)
        self.blockSignals(True)
        self.deleteLater()

    def allow_close(self) -> None:
        """Let the next close go through (the application has finished its shutdown checks)."""
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            self.save_geometry()
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
