"""The progress of a running Sinkronisasi, over the main window.

A ``BlockingProgressDialog``: the main window is blocked while it is up, Escape and the close
button ask whether to stop the sync ("continue" being the default), and the rate and time left
are the sync's own figures. Its own lines: the pegawai pulled and those skipped apart, who is
being pulled now, the pause notice and the latest failures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from sister_desktop.domain.sync_progress import SyncProgress
from sister_desktop.resource_files import palette
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.blocking_progress_dialog import BlockingProgressDialog, StopQuestion
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate

#: Error lines kept visible in the tail.
TAIL = 8


class SyncProgressDialog(BlockingProgressDialog):
    """What the run is doing, a bar by requests sent of those planned, the pegawai pulled and
    those skipped apart, who is being pulled now, rate, ETA, pause notice, the latest errors,
    and Hentikan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            name="sync",
            title=self.tr("Sinkronisasi"),
            heading=self.tr("Starting the sync…"),
            hint=self.tr(
                "You can stop at any time: finished pegawai are kept and the rest can be "
                "resumed later."
            ),
            stop_label=self.tr("Stop"),
        )
        self.cancel_button.setObjectName("sync_cancel_button")
        self._pulling = 0
        # The last snapshot shown.
        self.last_progress: SyncProgress | None = None
        # While a first run's sample is pulled: the round's words, before the phase's.
        self._sampling: str | None = None

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
        self.lay_out(
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
        )

    # -- the words ---------------------------------------------------------------------------

    def stop_question(self) -> StopQuestion:
        return StopQuestion(
            name="sync_cancel_confirm",
            title=self.tr("Stop the sync?"),
            text=self.tr("Stop the sync now?"),
            informative=self.tr(
                "Pegawai already finished are kept. You can resume the rest later "
                "(Sinkronisasi tab, or it is offered at the next start)."
            ),
            stop=self.tr("Stop the sync"),
            keep=self.tr("Continue syncing"),
        )

    def stopping_heading(self) -> str:
        return self.tr("Stopping…")

    def show_sampling(self, round_: int | None = None, pegawai: int = 0) -> None:
        """The sample of a first run is pulled (its ``round_`` of ``pegawai``, once known):
        said in the heading, and what it is under the bar."""
        self._sampling = (
            texts.sample_round_text(round_, pegawai)
            if round_ is not None
            else texts.sampling_heading()
        )
        self.hint.setText(texts.sampling_hint())
        if not self.cancelling:
            self.heading.setText(self._sampling)
        self.fit_height()

    def on_stopping(self) -> None:
        self.hint.setText(texts.stopping_progress_text(self._pulling))

    # -- progress ----------------------------------------------------------------------------

    def update_progress(self, progress: SyncProgress) -> None:
        self.last_progress = progress
        self._pulling = len(progress.pulling)
        if not self.cancelling:
            # A sample's phases are a run's: its round says more.
            self.heading.setText(self._sampling or texts.phase_text(progress.phase))
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
        self.show_rate(progress.rate_rps, progress.eta_s, finished=progress.finished)
        self.paused.setVisible(progress.paused)
        if progress.paused:
            self.paused.setText(texts.paused_text(progress.resume_at))
        if progress.cancelling and not self.cancelling:
            self.show_stopping()
        self._show_errors(progress)
        self.fit_height()

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
