"""The progress of a long SISTER job (a sync, a Kirim) over the main window, blocking it.

While it is up the main window's tabs and menus are disabled, so the operator cannot wander off
mid-run (the web tools' "jangan tutup browser"). It is not modal: a window blocked by a modal
dialog never hears its close button, and closing the program mid-run must ask, not be ignored.
Escape and the close button do not dismiss it: they ask whether to stop, as the stop button
does, with "continue" as the default answer. Once agreed it says it is stopping and the button
goes grey. Rate and time left are the job's own figures (the service measures them), shown the
same way for every job.

A job's dialog gives its words (``StopQuestion``, the stopping heading) and its own lines; this
base owns the heading, the bar, the rate line, the hint, the stop button and the behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.resource_files import palette
from sister_desktop.texts import sync_texts


@dataclass(frozen=True, slots=True)
class StopQuestion:
    """The words of "stop now?": the box's object name, title, question, what stopping keeps,
    and the two answers."""

    name: str
    title: str
    text: str
    informative: str
    stop: str
    keep: str


class BlockingProgressDialog(QDialog):
    """Heading, bar, the job's own lines, rate and time left, a hint, the stop button."""

    #: The operator confirmed stopping (the button, Escape or closing): stop gracefully.
    cancel_confirmed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        name: str,
        title: str,
        heading: str,
        hint: str,
        stop_label: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_progress_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._finished = False
        self._cancelling = False
        self._blocked: list[QWidget] = []
        self.confirm_box: QMessageBox | None = None

        self.heading = QLabel(heading, self)
        self.heading.setObjectName(f"{name}_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}_bar")
        self.bar.setRange(0, 0)
        self.rate = QLabel(self)
        self.rate.setObjectName(f"{name}_rate")
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"QLabel {{ color: {palette().hint}; }}")
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(stop_label, self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def lay_out(self, *widgets: QWidget) -> None:
        """The lines top to bottom (the base's among the job's own), then the stop button."""
        layout = QVBoxLayout(self)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addWidget(self.buttons)

    # -- the job's words ---------------------------------------------------------------------

    def stop_question(self) -> StopQuestion:
        raise NotImplementedError

    def stopping_heading(self) -> str:
        raise NotImplementedError

    def on_stopping(self) -> None:
        """The job's own lines once stopping (the hint saying what is still finishing)."""

    # -- running -----------------------------------------------------------------------------

    @property
    def cancelling(self) -> bool:
        return self._cancelling

    def start(self) -> None:
        """Show the dialog and block the main window behind it until ``finish``."""
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            for part in (window.centralWidget(), window.menuBar()):
                if part is not None and part.isEnabled():
                    part.setEnabled(False)
                    self._blocked.append(part)
        self.show()

    def show_rate(self, rate_rps: float, eta_s: float | None, *, finished: bool) -> None:
        """The job's measured rate and, until it is finished, the time left ("unknown" while
        the job cannot tell yet)."""
        self.rate.setText(
            sync_texts.rate_text(rate_rps, None if finished else eta_s, eta_unknown=not finished)
        )

    def fit_height(self) -> None:
        """Grow to what the wrapped lines need now (lines appear while the dialog is up)."""
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

    # -- stopping ----------------------------------------------------------------------------

    def _on_cancel_button_clicked(self) -> None:
        self.ask_to_cancel()

    def ask_to_cancel(self) -> None:
        """Ask "stop now?" (a message box opened with ``open()``); "continue" is the default
        and the Escape answer, so a hurried Enter keeps the job running."""
        if self._finished or self._cancelling or self.confirm_box is not None:
            return
        words = self.stop_question()
        box = QMessageBox(self)
        box.setObjectName(words.name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(words.title)
        box.setText(words.text)
        box.setInformativeText(words.informative)
        stop = box.addButton(words.stop, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(words.keep, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_box = box

        def on_finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is stop:
                self.show_stopping()
                self.cancel_confirmed.emit()
            elif not self._finished:
                # Back to the dialog, not to the main window behind it (disabled mid-run).
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
            self.show_stopping()
            self.cancel_confirmed.emit()

    def show_stopping(self) -> None:
        """Say the job is stopping; the stop button goes grey (once is enough)."""
        self._cancelling = True
        self.heading.setText(self.stopping_heading())
        self.cancel_button.setEnabled(False)
        self.on_stopping()
        self.fit_height()

    # -- end ---------------------------------------------------------------------------------

    def finish(self) -> None:
        """The job ended: unblock the main window and close for real."""
        self._finished = True
        if self.confirm_box is not None:
            self.confirm_box.close()
        for part in self._blocked:
            if shiboken6.isValid(part):
                part.setEnabled(True)
        self._blocked.clear()
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
