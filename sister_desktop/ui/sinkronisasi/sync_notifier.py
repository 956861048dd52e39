"""The end-of-sync notice: a message box (opened with ``open()``) with a button to open the
log, and a system-tray message where the desktop has a tray (the operator may be in Excel)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QSystemTrayIcon,
    QWidget,
)

from sister_desktop.domain.sync_log import RunStatus, SyncRun
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.resources import app_icon

#: The end-of-sync notice's least width: its title and counts read in full.
NOTICE_WIDTH = 420


class SyncNotifier(QObject):
    """Tells how a run ended and offers the log."""

    #: The operator pressed "Open the log" for this run id.
    open_log_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.tray: QSystemTrayIcon | None = None
        #: The text of the latest tray message (what the operator saw pop up).
        self.tray_message: str | None = None

    def summary_text(self, run: SyncRun) -> str:
        """The pegawai pulled, ok and failed; a stopped run says it was stopped and how many
        it left; the not linked are counted apart."""
        if run.status is RunStatus.CANCELLED:
            text = fill(
                self.tr(
                    "Stopped after %1 of %2 pegawai: %3 succeeded, %4 failed; %5 not pulled yet."
                ),
                format_number(run.ok + run.failed),
                format_number(run.total - run.skipped),
                format_number(run.ok),
                format_number(run.failed),
                format_number(run.total - run.done),
            )
        else:
            text = fill(
                self.tr("%1 pegawai succeeded, %2 failed."),
                format_number(run.ok),
                format_number(run.failed),
            )
        if run.skipped:
            text += " " + texts.skipped_text(run.skipped)
        return text

    def title(self, run: SyncRun) -> str:
        return {
            RunStatus.COMPLETED: self.tr("Sync finished"),
            RunStatus.PARTIAL: self.tr("Sync finished with failures"),
            RunStatus.CANCELLED: self.tr("Sync stopped"),
            RunStatus.FAILED: self.tr("Sync could not go on"),
        }.get(run.status, texts.run_status_label(run.status))

    def notify(self, run: SyncRun, parent: QWidget | None) -> QMessageBox:
        text = self.summary_text(run)
        box = QMessageBox(parent)
        box.setObjectName("sync_done_box")
        box.setWindowTitle(self.title(run))
        failed = run.failed > 0 or run.status is RunStatus.FAILED
        box.setIcon(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information)
        box.setText(self.title(run))
        extra = ""
        if run.status is RunStatus.CANCELLED:
            extra = self.tr(
                "The rest can be resumed with Resume the interrupted run in the Sinkronisasi tab."
            )
        elif run.status is RunStatus.FAILED:
            extra = (
                texts.error_text(run.error_code)
                + " "
                + self.tr("Resume the interrupted run once the problem is solved.")
            )
        elif run.failed:
            extra = self.tr("Use Retry failed in the sync log to try them again.")
        box.setInformativeText(f"{text}\n{extra}".strip())
        open_log = box.addButton(self.tr("Open the log"), QMessageBox.ButtonRole.ActionRole)
        open_log.setObjectName("sync_open_log_button")
        box.addButton(QMessageBox.StandardButton.Close)
        _keep_wide(box, NOTICE_WIDTH)
        run_id = run.id

        def on_finished(_result: int) -> None:
            if box.clickedButton() is open_log:
                self.open_log_requested.emit(run_id)
            if self.box is box:
                self.box = None
            box.deleteLater()

        box.finished.connect(on_finished)
        self.box = box
        box.open()
        self._tray_message(self.title(run), text, failed)
        return box

    def tell_nightly(self, run: SyncRun) -> None:
        """The last nightly run ran with the window closed: a tray message at the start
        (where the desktop has a tray; the Sinkronisasi tab says it too), failures as a
        warning."""
        failed = run.status not in (RunStatus.COMPLETED,)
        self._tray_message(self.title(run), texts.last_scheduled_text(run), failed)

    def _tray_message(self, title: str, text: str, failed: bool) -> None:
        #: Kept even without a tray: what the operator would have seen.
        self.tray_message = text
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(app_icon()), self)
            self.tray.setToolTip("SISTER Desktop")
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
        self.tray.show()
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if failed
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.showMessage(title, text, icon, 15_000)

    def _on_tray_message_clicked(self) -> None:
        if self.box is not None:
            self.box.raise_()
            self.box.activateWindow()


def _keep_wide(box: QMessageBox, width: int) -> None:
    """A message box sizes itself to its text; the notice keeps ``width`` so its title reads in
    full in the title bar and the counts stay on one or two lines."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
