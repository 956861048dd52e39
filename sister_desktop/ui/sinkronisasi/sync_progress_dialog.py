"""The progress of a running Sinkronisasi, over the main window.

While it is up the main window's tabs and menus are disabled (``SyncRunner.run``) so the
operator cannot wander off mid-sync (the web tools' "jangan tutup browser"). It is not modal:
a window blocked by a modal dialog never hears its close button, and closing the program
mid-sync must ask, not be ignored. Escape and the close button do not dismiss it: they ask
whether to stop the sync, as Hentikan does, with "continue" as the default answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sync_progress import SyncProgress
from sister_desktop.resource_files import palette
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate

#: Error lines kept visible in the tail.
TAIL = 8


class SyncProgressDialog(QDialog):
    """What the run is doing, a bar by requests sent of those planned, the pegawai pulled and
    those skipped apart, who is being pulled now, rate, ETA, pause notice, the latest errors,
    and Hentikan."""

    #: The operator confirmed Hentikan (or closing): stop the sync gracefully.
    cancel_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_progress_dialog")
        self.setWindowTitle(self.tr("Sinkronisasi"))
        self.setMinimumWidth(520)
        self._finished = False
        self._cancelling = False
        self._pulling = 0
        self.confirm_box: QMessageBox | None = None
        #: The last snapshot shown.
        self.last_progress: SyncProgress | None = None

        self.heading = QLabel(self.tr("Starting the sync…"), self)
        self.heading.setObjectName("sync_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("sync_bar")
        self.bar.setRange(0, 0)
        self.counts = QLabel(self)
        self.counts.setObjectName("sync_counts")
        self.skipped = QLabel(self)
        self.skipped.setObjectName("sync_skipped")
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet(f"QLabel {{ color: {palette().quiet}; }}")
        self.skipped.hide()
        self.current = QLabel(self)
        self.current.setObjectName("sync_current")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        self.rate = QLabel(self)
        self.rate.setObjectName("sync_rate")
        self.paused = QLabel(self)
        self.paused.setObjectName("sync_paused")
        self.paused.setWordWrap(True)
        self.paused.setStyleSheet(f"QLabel {{ color: {palette().warning}; font-weight: bold; }}")
        self.paused.hide()
        self.errors_title = QLabel(self.tr("Latest failures"), self)
        self.errors = QListWidget(self)
        self.errors.setObjectName("sync_errors")
        self.errors.setItemDelegate(PlainTextDelegate(self.errors))
        self.errors.setMaximumHeight(150)
        self.errors_title.hide()
        self.errors.hide()
        self.hint = QLabel(
            self.tr(
                "You can stop at any time: finished pegawai are kept and the rest can be "
                "resumed later."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"QLabel {{ color: {palette().hint}; }}")

        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.setObjectName("sync_cancel_button")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.bar,
            self.counts,
            self.skipped,
            self.current,
            self.rate,
            self.paused,
            self.errors_title,
            self.errors,
            self.hint,
        ):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    # -- progress ----------------------------------------------------------------------------

    def update_progress(self, progress: SyncProgress) -> None:
        self.last_progress = progress
        self._pulling = len(progress.pulling)
        if not self._cancelling:
            self.heading.setText(texts.phase_text(progress.phase))
        else:
            self.hint.setText(texts.stopping_progress_text(self._pulling))
        if progress.requests_planned:
            # Requests, not pegawai: the bar moves while the lists before the first pegawai
            # are read, and a skipped pegawai (nothing sent) does not move it.
            self.bar.setRange(0, progress.requests_planned)
            self.bar.setValue(min(progress.requests_done, progress.requests_planned))
            # The count, not a percentage: a long run's first hundred requests read "0 %"
            # for minutes and look stuck.
            self.bar.setFormat(
                fill(
                    self.tr("%1 of %2 requests"),
                    format_number(min(progress.requests_done, progress.requests_planned)),
                    format_number(progress.requests_planned),
                )
            )
        self.counts.setText(texts.pulled_counts_text(progress))
        self.skipped.setVisible(progress.skipped > 0)
        self.skipped.setText(texts.skipped_text(progress.skipped))
        self.current.setText(texts.pulling_text(progress.pulling))
        rate = fill(self.tr("%1 requests/s"), format_number(progress.rate_rps, 1))
        if not progress.finished:
            rate += " · " + fill(self.tr("about %1 left"), texts.duration_text(progress.eta_s))
        self.rate.setText(rate)
        self.paused.setVisible(progress.paused)
        if progress.paused:
            self.paused.setText(texts.paused_text(progress.resume_at))
        if progress.cancelling and not self._cancelling:
            self._show_stopping()
        self._show_errors(progress)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to what the wrapped lines need now (a name list, the stopping note, the
        failures appear while the dialog is up)."""
        layout = self.layout()
        if layout is None:
            return
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_errors(self, progress: SyncProgress) -> None:
        tail = progress.errors[-TAIL:]
        if not tail:
            return
        self.errors_title.show()
        self.errors.show()
        lines = [
            f"{e.nama or e.pegawai_id} · {texts.endpoint_label(e.endpoint)}"
            + (f" · HTTP {e.http_status}" if e.http_status else "")
            + f" · {texts.error_text(e.error_code, e.message)}"
            for e in tail
        ]
        if [self.errors.item(i).text() for i in range(self.errors.count())] != lines:
            self.errors.clear()
            self.errors.addItems(lines)
            self.errors.scrollToBottom()

    def _show_stopping(self) -> None:
        self._cancelling = True
        self.heading.setText(self.tr("Stopping…"))
        self.hint.setText(texts.stopping_progress_text(self._pulling))
        self.cancel_button.setEnabled(False)
        self._fit_height()

    # -- cancel ------------------------------------------------------------------------------

    def _on_cancel_button_clicked(self) -> None:
        self.ask_to_cancel()

    def ask_to_cancel(self) -> None:
        """Ask "stop the sync?" (a message box opened with ``open()``)."""
        if self._finished or self._cancelling or self.confirm_box is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("sync_cancel_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop the sync?"))
        box.setText(self.tr("Stop the sync now?"))
        box.setInformativeText(
            self.tr(
                "Pegawai already finished are kept. You can resume the rest later "
                "(Sinkronisasi tab, or it is offered at the next start)."
            )
        )
        stop = box.addButton(self.tr("Stop the sync"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Continue syncing"), QMessageBox.ButtonRole.RejectRole)
        # The safe answer is the default: Enter (or Escape) keeps the sync running.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_box = box

        def on_finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is stop:
                self._show_stopping()
                self.cancel_confirmed.emit()
            elif not self._finished:
                # Back to the dialog, not to the main window behind it (disabled mid-sync).
                self.activateWindow()
                self.cancel_button.setFocus()
            box.deleteLater()

        box.finished.connect(on_finished)
        box.open()

    def confirm_stop_now(self) -> None:
        """Stop without asking (the operator already agreed elsewhere, e.g. closing)."""
        if self.confirm_box is not None:
            self.confirm_box.close()
        if not self._cancelling and not self._finished:
            self._show_stopping()
            self.cancel_confirmed.emit()

    # -- end ---------------------------------------------------------------------------------

    def finish(self) -> None:
        """The sync ended: close for real."""
        self._finished = True
        if self.confirm_box is not None:
            self.confirm_box.close()
        self.accept()

    def reject(self) -> None:
        if self._finished:
            super().reject()
        else:
            self.ask_to_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()
        self.ask_to_cancel()
