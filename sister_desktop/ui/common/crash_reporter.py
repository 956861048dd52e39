"""One dialog for the unexpected: log the traceback, tell the operator where the log is."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from sister_desktop.texts.fill import fill

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Receives exceptions from ``sys.excepthook`` and the asyncio loop.

    Only one dialog is shown at a time: a burst of failures must not bury the operator in
    message boxes; later ones go to the log only.
    """

    def __init__(self, log_file: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._dialog: QMessageBox | None = None
        self.reported = 0

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        window: QWidget | None = None,
    ) -> None:
        self.reported += 1
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error:\n%s", text)
        if self._dialog is not None and self._dialog.isVisible():
            return
        box = QMessageBox(window)
        box.setObjectName("crash_dialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(
            self.tr(
                "Something went wrong inside SISTER Desktop. Your data is safe; the last action "
                "may not have finished. Try it again; if it happens again, send the log file to "
                "your support staff."
            )
        )
        box.setInformativeText(fill(self.tr("Log file: %1"), self._log_file))
        box.setDetailedText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._dialog = box
        box.open()

    def handle_loop_exception(self, loop: object, context: dict[str, object]) -> None:
        """asyncio exception handler: route loop errors to the same dialog."""
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            self.report(type(exc), exc, exc.__traceback__)
        else:
            log.error("Event loop error: %s", context.get("message"))
