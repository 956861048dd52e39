"""The GUI composition root: QApplication, translators, logging, the qasync loop, services,
the main window, and an orderly shutdown."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

os.environ.setdefault("QT_API", "pyside6")  # before qasync is imported

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sister_desktop import __version__
from sister_desktop.config import APP_NAME, app_paths, resolve_db_url
from sister_desktop.logs import setup_logging
from sister_desktop.ui.about_info import AboutInfo
from sister_desktop.ui.crash_reporter import CrashReporter
from sister_desktop.ui.i18n import DEFAULT_LANGUAGE, install_translators
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.resources import app_icon
from sister_desktop.ui.ui_context import UiContext

log = logging.getLogger(__name__)


class Application:
    """Builds everything inside the running loop and tears it down in reverse order."""

    def __init__(self, qt_app: QApplication, args: argparse.Namespace) -> None:
        self.qt_app = qt_app
        # Quitting is decided here, after the shutdown checks, never by Qt on the last close.
        qt_app.setQuitOnLastWindowClosed(False)
        self.args = args
        paths = app_paths()
        self.context = UiContext(
            demo=bool(args.demo),
            about=AboutInfo(
                version=__version__,
                data_dir=paths.data_dir,
                config_dir=paths.config_dir,
                log_dir=paths.log_dir,
                db_url=resolve_db_url(args.db, demo=bool(args.demo), paths=paths),
            ),
        )
        self.window: MainWindow | None = None
        self._quit: asyncio.Future[None] | None = None

    async def start(self) -> MainWindow:
        """Create services and the window; returns the shown window."""
        self._quit = asyncio.get_running_loop().create_future()
        window = MainWindow(self.context)
        window.close_requested.connect(self._on_window_close_requested)
        self.window = window
        window.show()
        # Support staff read start-up time from the log; the start-up benchmark waits for it.
        QTimer.singleShot(0, lambda: log.info("Main window shown"))
        return window

    def _on_window_close_requested(self) -> None:
        self.context.tasks.spawn(self.request_quit())

    async def request_quit(self) -> None:
        """The operator closed the window: finish, then let the loop end."""
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
        await self.context.tasks.cancel_all()

    async def run(self) -> int:
        try:
            await self.start()
            await self.wait_closed()
        finally:
            await self.shutdown()
        return 0


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window and run until the operator closes it."""
    paths = app_paths().ensure()
    setup_logging(paths.log_file)
    log.info("Starting %s %s (demo=%s)", APP_NAME, __version__, bool(args.demo))

    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    # Wayland matches the window to packaging/linux/sister-desktop.desktop (icon, name).
    qt_app.setDesktopFileName("sister-desktop")
    qt_app.setWindowIcon(QIcon(app_icon()))
    translators = install_translators(qt_app, args.lang or DEFAULT_LANGUAGE)

    crash = CrashReporter(str(paths.log_file), qt_app)
    previous_hook = sys.excepthook
    sys.excepthook = crash.report
    loop = qasync.QEventLoop(qt_app)
    loop.set_exception_handler(crash.handle_loop_exception)
    asyncio.set_event_loop(loop)
    application = Application(qt_app, args)
    try:
        with loop:
            code = loop.run_until_complete(application.run())
    finally:
        sys.excepthook = previous_hook
        del translators
    log.info("Stopped with code %s", code)
    return code
