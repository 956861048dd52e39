"""The GUI composition root: logging, the window's host (``host/runtime.py``: QApplication,
translators, the qasync loop, the worker pool, the collector), services, the main window, and
an orderly shutdown."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sister_desktop import __version__
from sister_desktop.config import APP_NAME, app_paths, resolve_db_url, ws_env_overrides
from sister_desktop.demo import DemoSandbox
from sister_desktop.host.language import language_for
from sister_desktop.host.runtime import QtNeed, hosted
from sister_desktop.logs import setup_logging
from sister_desktop.services.composition import Services
from sister_desktop.services.settings_service import DemoCredentials
from sister_desktop.store.database import Database
from sister_desktop.store.errors import DatabaseError
from sister_desktop.texts.database_texts import database_error_explanation
from sister_desktop.ui.common.about_info import AboutInfo
from sister_desktop.ui.common.async_helpers import TaskKeeper, dialog_result
from sister_desktop.ui.common.crash_reporter import CrashReporter
from sister_desktop.ui.common.resources import app_icon
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.laporan.chart_panel import load_chart_library
from sister_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: When the charts library is loaded ahead: after the window's first loads, before an operator
#: is likely to have opened the Laporan.
LOAD_CHARTS_AFTER_MS = 3000


class Application:
    """Builds everything inside the running loop and tears it down in reverse order."""

    def __init__(self, qt_app: QApplication, args: argparse.Namespace) -> None:
        # Quitting is decided here, after the shutdown checks, never by Qt on the last close
        # (``hosted`` turned Qt's own quitting off).
        self.qt_app = qt_app
        self.args = args
        paths = app_paths()
        self.about = AboutInfo(
            version=__version__,
            data_dir=paths.data_dir,
            config_dir=paths.config_dir,
            log_dir=paths.log_dir,
            db_url=resolve_db_url(args.db, demo=bool(args.demo), paths=paths),
        )
        #: Every task the window spawns; cancelled and awaited at shutdown.
        self.tasks = TaskKeeper()
        #: Built by ``start`` once the database is open (the window needs every service).
        self.context: UiContext | None = None
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.db: Database | None = None
        #: The built-in SISTER sandbox of ``--demo``, on a free loopback port.
        self.demo: DemoSandbox | None = None
        self._quit: asyncio.Future[None] | None = None

    async def start(self) -> MainWindow:
        """Create services and the window; returns the shown window."""
        self._quit = asyncio.get_running_loop().create_future()
        context = await self._start_sister()
        window = MainWindow(context)
        window.close_requested.connect(self._on_window_close_requested)
        self.window = window
        window.show()
        # Support staff read start-up time from the log; the start-up benchmark waits for it.
        QTimer.singleShot(0, lambda: log.info("Main window shown"))
        # The Laporan's charts library, loaded ahead once the first loads are done.
        QTimer.singleShot(LOAD_CHARTS_AFTER_MS, window, self._load_charts_ahead)
        self.tasks.spawn(self._load_settings_and_connect(), name="load-settings")
        # The runs, and the offer to resume a sync a crash cut short.
        self.tasks.spawn(window.sync_tab.load(), name="load-sync")
        # Usulan a cut-off Kirim left without an answer are offered for checking in SISTER.
        self.tasks.spawn(window.sync_pages.usulan_page.offer_periksa(), name="offer-periksa")
        return window

    def _load_charts_ahead(self) -> None:
        asyncio.get_event_loop().run_in_executor(None, load_chart_library)

    async def _start_sister(self) -> UiContext:
        """Open the database, start the demo sandbox if asked, compose the services."""
        demo_mode = bool(self.args.demo)
        if self.db is None:
            self.db = await Database.open(self.about.db_url)
        demo: DemoCredentials | None = None
        if demo_mode:
            self.demo = await DemoSandbox().start()
            demo = self.demo.credentials
        services = Services.over(self.db, overrides=ws_env_overrides(), demo=demo)
        self.services = services
        if self.demo is not None:
            await self.demo.seed(services.pegawai)
        self.context = UiContext.of(services, demo=demo_mode, tasks=self.tasks, about=self.about)
        return self.context

    async def _load_settings_and_connect(self) -> None:
        assert self.window is not None
        await self.window.settings_tab.load()
        await self.window.settings_tab.check_if_ready()

    def _on_window_close_requested(self) -> None:
        self.tasks.spawn(self.request_quit())

    async def request_quit(self) -> None:
        """The operator closed the window: finish, then let the loop end."""
        # A running sync is stopped gracefully (and recorded) first, or the close is called off.
        if self.window is not None and not await self.window.sync_tab.prepare_quit():
            return
        # So is a running Kirim: the usulan on the way finish and are recorded.
        if self.window is not None and not await self.window.sync_pages.usulan_page.prepare_quit():
            return
        if self.window is not None:
            self.window.allow_close()
            self.window.close()
        if self._quit is not None and not self._quit.done():
            self._quit.set_result(None)

    async def wait_closed(self) -> None:
        assert self._quit is not None
        await self._quit

    async def shutdown(self) -> None:
        """Cancel and await running tasks, then close every resource that was opened."""
        await self.tasks.cancel_all()
        if self.window is not None:
            self.window.dispose()
        if self.services is not None:
            await self.services.aclose()
            self.services = None
        if self.demo is not None:
            await self.demo.stop()
            self.demo = None
        if self.db is not None:
            await self.db.dispose()
            self.db = None

    async def run(self) -> int:
        try:
            try:
                await self.start()
            except DatabaseError as exc:
                log.error("Database cannot be used: %s", exc)
                await self._tell_database_error(exc)
                return 2
            await self.wait_closed()
        finally:
            await self.shutdown()
        return 0

    async def _tell_database_error(self, exc: DatabaseError) -> None:
        """No window can work without the database: say why and what to do, then quit."""
        explanation = database_error_explanation(exc.code.value, exc.detail)
        box = QMessageBox(QMessageBox.Icon.Critical, "SISTER Desktop", explanation.text)
        box.setObjectName("database_error_box")
        box.setInformativeText(explanation.hint)
        await dialog_result(box)


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window and run until the operator closes it."""
    paths = app_paths().ensure()
    setup_logging(paths.log_file)
    log.info("Starting %s %s (demo=%s)", APP_NAME, __version__, bool(args.demo))

    # The saved language (or --lang) before any widget exists: a change needs a restart.
    with hosted(language_for(args), QtNeed.WINDOWS) as host:
        qt_app = host.app
        assert isinstance(qt_app, QApplication)
        qt_app.setApplicationName(APP_NAME)
        qt_app.setApplicationVersion(__version__)
        # Wayland matches the window to packaging/linux/sister-desktop.desktop (icon, name).
        qt_app.setDesktopFileName("sister-desktop")
        qt_app.setWindowIcon(QIcon(app_icon()))
        crash = CrashReporter(str(paths.log_file), qt_app)
        previous_hook = sys.excepthook
        sys.excepthook = crash.report
        host.loop.set_exception_handler(crash.handle_loop_exception)
        try:
            code = host.run(Application(qt_app, args).run())
        finally:
            sys.excepthook = previous_hook
    log.info("Stopped with code %s", code)
    return code
