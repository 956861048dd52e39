"""The progress of a running Kirim ke SISTER, over the main window, as the sync's.

A ``BlockingProgressDialog``: the main window is blocked while it is up, Escape and the close
button ask whether to stop ("continue" being the default), and the rate and time left are the
Kirim's own figures (``KirimProgress``), not this dialog's clock. A stop lets the usulan on the
way finish and be recorded: nothing is left half-sent without the operator knowing
(``perlu_dicek``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from sister_desktop.services.kirim_models import KirimProgress
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.blocking_progress_dialog import BlockingProgressDialog, StopQuestion


class KirimProgressDialog(BlockingProgressDialog):
    """Bar, counts, the phase (sending, reading back), rate, time left, Batalkan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            name="kirim",
            title=self.tr("Kirim ke SISTER"),
            heading=self.tr("Sending the approved usulan to SISTER…"),
            hint=self.tr(
                "Each usulan is sent at most once. If you stop, those on the way finish and "
                "are recorded; the rest stay approved for the next Kirim."
            ),
            stop_label=self.tr("Cancel"),
        )
        self.cancel_button.setObjectName("kirim_stop_button")
        # The last snapshot shown.
        self.last_progress: KirimProgress | None = None
        self.counts = QLabel(self)
        self.counts.setObjectName("kirim_counts")
        self.lay_out(self.heading, self.bar, self.counts, self.rate, self.hint)

    def stop_question(self) -> StopQuestion:
        return StopQuestion(
            name="kirim_cancel_confirm",
            title=self.tr("Stop sending?"),
            text=self.tr("Stop sending to SISTER now?"),
            informative=self.tr(
                "Usulan already on the way finish and are recorded; the others stay approved "
                "and are sent with the next Kirim."
            ),
            stop=self.tr("Stop sending"),
            keep=self.tr("Continue sending"),
        )

    def stopping_heading(self) -> str:
        return self.tr("Stopping… usulan on the way finish first.")

    def update_progress(self, progress: KirimProgress) -> None:
        self.last_progress = progress
        if progress.phase == "read_back" and not self.cancelling:
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
        self.show_rate(
            progress.rate_rps,
            progress.eta_s,
            finished=progress.done >= progress.total or progress.phase == "read_back",
        )
        self.fit_height()
