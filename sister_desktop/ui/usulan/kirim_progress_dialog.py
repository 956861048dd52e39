"""The progress of a running Kirim ke SISTER, over the main window, as the sync's: the main
window's tabs and menus are disabled while it is up (no wandering off mid-send); it is not
modal, so closing the program still asks; Escape and the close button ask whether to stop,
"continue" being the default. A stop lets the usulan on the way finish and be recorded:
nothing is left half-sent without the operator knowing (``perlu_dicek``)."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.resource_files import palette
from sister_desktop.services.kirim_service import KirimProgress
from sister_desktop.texts import sync_texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number


class KirimProgressDialog(QDialog):
    """Bar, counts, the phase (sending, reading back), rate, time left, Batalkan."""

    #: The operator confirmed stopping (Batalkan, Escape or closing).
    cancel_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kirim_progress_dialog")
        self.setWindowTitle(self.tr("Kirim ke SISTER"))
        self.setMinimumWidth(520)
        self._finished = False
        self._cancelling = False
        self._started = time.monotonic()
        self.confirm_box: QMessageBox | None = None
        self.heading = QLabel(self.tr("Sending the approved usulan to SISTER…"), self)
        self.heading.setObjectName("kirim_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("kirim_bar")
        self.bar.setRange(0, 0)
        self.counts = QLabel(self)
        self.counts.setObjectName("kirim_counts")
        self.rate = QLabel(self)
        self.rate.setObjectName("kirim_rate")
        self.hint = QLabel(
            self.tr(
                "Each usulan is sent at most once. If you stop, those on the way finish and "
                "are recorded; the rest stay approved for the next Kirim."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"QLabel {{ color: {palette().hint}; }}")
        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("kirim_stop_button")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.ask_to_cancel)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.bar, self.counts, self.rate, self.hint):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def update_progress(self, progress: KirimProgress) -> None:
        if progress.phase == "read_back":
            self.heading.setText(self.tr("Reading the changed data back from SISTER…"))
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        self.counts.setText(
            fill(
                self.tr("%1 of %2 usulan · %3 requests"),
                format_number(progress.done),
                format_number(progress.total),
                format_number(progress.requests),
            )
        )
        elapsed = max(time.monotonic() - self._started, 0.001)
        text = fill(self.tr("%1 requests/s"), format_number(progress.requests / elapsed, 1))
        if progress.done and progress.total > progress.done:
            left = elapsed / progress.done * (progress.total - progress.done)
            text += " · " + fill(self.tr("about %1 left"), sync_texts.duration_text(left))
        self.rate.setText(text)

    # -- stopping --------------------------------------------------------------------------------

    def ask_to_cancel(self) -> None:
        if self._finished or self._cancelling or self.confirm_box is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("kirim_cancel_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop sending?"))
        box.setText(self.tr("Stop sending to SISTER now?"))
        box.setInformativeText(
            self.tr(
                "Usulan already on the way finish and are recorded; the others stay approved "
                "and are sent with the next Kirim."
            )
        )
        stop = box.addButton(self.tr("Stop sending"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Continue sending"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_box = box

        def on_finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is stop:
                self._show_stopping()
                self.cancel_confirmed.emit()
            box.deleteLater()

        box.finished.connect(on_finished)
        box.open()

    def confirm_stop_now(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.close()
        if not self._cancelling and not self._finished:
            self._show_stopping()
            self.cancel_confirmed.emit()

    def _show_stopping(self) -> None:
        self._cancelling = True
        self.heading.setText(self.tr("Stopping… usulan on the way finish first."))
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
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
