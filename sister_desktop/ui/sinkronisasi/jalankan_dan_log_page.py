"""Jalankan dan Log: start a sync (``SyncStartBox``), run it behind the progress dialog
(``SyncRunner``), read and export its log (``SyncLogBox``, ``SyncLogExporter``); here the
page assembles them, offers to finish a run cut short, and asks before the program closes
mid-sync.

The work is in coroutine methods (``start_sync``, ``start_chosen``, ``refresh``,
``offer_resume``, ``prepare_quit``; the parts' ``update_plan``, ``show_run``, ``export_log``)
that tests await; slots are one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncOutcome, SyncRequest
from sister_desktop.texts import sync_texts as texts
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.sinkronisasi.sync_log_box import SyncLogBox
from sister_desktop.ui.sinkronisasi.sync_log_exporter import SyncLogExporter
from sister_desktop.ui.sinkronisasi.sync_messenger import SyncMessenger
from sister_desktop.ui.sinkronisasi.sync_notifier import SyncNotifier
from sister_desktop.ui.sinkronisasi.sync_progress_dialog import SyncProgressDialog
from sister_desktop.ui.sinkronisasi.sync_runner import SyncRunner
from sister_desktop.ui.sinkronisasi.sync_start_box import SyncStartBox


class JalankanDanLogPage(QWidget):
    """Start Sinkronisasi and read its log."""

    #: A sync started (True) or ended (False); the window can reflect it.
    sync_running_changed = Signal(bool)
    #: A run ended; its data is in the database (the Pegawai tab can refresh).
    sync_finished = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("sync_tab")
        self.last_outcome: SyncOutcome | None = None
        self.messenger = SyncMessenger(self)
        self.notifier = SyncNotifier(self)
        self.start_box = SyncStartBox(context, self)
        self.log_box = SyncLogBox(context, self)
        self.runner = SyncRunner(context, self, self.start_box, self.messenger)
        self.exporter = SyncLogExporter(context, self.log_box, self.messenger)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_box)
        layout.addWidget(self.log_box, 1)
        self._connect()

    def _connect(self) -> None:
        self.notifier.open_log_requested.connect(self._on_notifier_open_log_requested)
        self.runner.running_changed.connect(self._on_runner_running_changed)
        self.start_box.start_button.clicked.connect(self._on_start_button_clicked)
        self.start_box.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.log_box.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.log_box.export_xlsx_button.clicked.connect(self._on_export_xlsx_button_clicked)
        self.log_box.export_csv_button.clicked.connect(self._on_export_csv_button_clicked)

    # -- what others see ---------------------------------------------------------------------

    def set_ticked_source(self, ticked: Callable[[], Iterable[int]]) -> None:
        """Where "ticked pegawai" come from (the Pegawai tab's ``ticked_ids``)."""
        self.start_box.set_ticked_source(ticked)

    @property
    def sync_running(self) -> bool:
        return self.runner.running

    @property
    def progress_dialog(self) -> SyncProgressDialog | None:
        return self.runner.progress_dialog

    @property
    def message_box(self) -> QMessageBox | None:
        """The page's last message box (a notice or a question)."""
        return self.messenger.box

    def schedule_plan(self) -> None:
        """Update the plan line soon (the saved data choice or the ticked pegawai changed)."""
        self.start_box.schedule_plan()

    # -- reading -----------------------------------------------------------------------------

    async def load(self) -> SyncOutcome | None:
        """First show: the runs, the last nightly run's result (it ran with the window
        closed), and the offer to resume a sync cut short or stopped."""
        await self.refresh()
        nightly = next(
            (run for run in await self._context.sync.runs(50) if run.mode is SyncMode.SCHEDULED),
            None,
        )
        if nightly is not None:
            self.notifier.tell_nightly(nightly)
        return await self.offer_resume()

    async def refresh(self, select_run: str | None = None) -> None:
        """The runs, the last one's summary, whether one can be resumed, the plan."""
        service = self._context.sync
        runs = await service.runs()
        self.start_box.show_last_run(runs[0] if runs else None)
        resumable = await service.resumable_run() if not self.sync_running else None
        self.start_box.show_resumable(resumable)
        self.log_box.set_failed_count(await service.count_targets(SyncRequest(SyncMode.FAILED)))
        await self.start_box.update_plan()
        await self.start_box.update_night(
            next((run for run in runs if run.mode is SyncMode.SCHEDULED), None)
        )
        await self.log_box.show_runs(runs, select_run)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.sync_running
        self.start_box.set_running(running)
        self.log_box.set_running(running)

    # -- starting ----------------------------------------------------------------------------

    async def start_chosen(self) -> SyncOutcome | None:
        """Mulai Sinkronisasi: the run chosen on the page."""
        return await self.start_sync(await self.start_box.current_request())

    async def start_sync(self, request: SyncRequest) -> SyncOutcome | None:
        """Run a sync; once it ended, show its log and announce it. ``None`` when it could not
        start (the reason is shown)."""
        outcome = await self.runner.run(request)
        sample = self.runner.last_sample
        if outcome is None and sample is not None and sample.last is not None:
            # A first run's sample was pulled, but no run followed (declined, stopped): its
            # rounds are in the log and its pegawai's data changed.
            await self.refresh(select_run=sample.last.run.id)
            self.sync_finished.emit(sample.last.run.id)
        if outcome is None:
            return None
        self.last_outcome = outcome
        await self.refresh(select_run=outcome.run.id)
        self.sync_finished.emit(outcome.run.id)
        self.notifier.notify(outcome.run, self.window())
        return outcome

    async def retry_failed(self) -> SyncOutcome | None:
        """Ulangi yang gagal: the failed pegawai again, with the saved data choice."""
        return await self.start_sync(await self._context.sync.request(SyncMode.FAILED))

    async def resume(self) -> SyncOutcome | None:
        """Lanjutkan yang terputus: the rest of the cut-short run, with the saved data choice."""
        return await self.start_sync(await self._context.sync.request(SyncMode.RESUME))

    async def offer_resume(self) -> SyncOutcome | None:
        """At start: a run cut short by a crash or power loss, or one the operator stopped
        (the stop question promises this offer), is proposed for finishing now."""
        service = self._context.sync
        if self.sync_running:
            return None
        run = await service.find_interrupted()
        if run is None:
            run = await service.resumable_run()
            if run is None or run.status is not RunStatus.CANCELLED:
                return None
        if run.status is RunStatus.CANCELLED:
            title = self.tr("Stopped sync")
            text = self.tr("The last sync was stopped before every pegawai was pulled.")
        else:
            title = self.tr("Interrupted sync")
            text = self.tr("A sync was cut short (the program closed or the computer stopped).")
        chosen = await self.messenger.ask(
            name="sync_resume_question",
            title=title,
            text=text,
            informative=texts.run_summary_text(run)
            + "\n"
            + self.tr("Resume it now? The rest is pulled."),
            yes=self.tr("Resume now"),
            no=self.tr("Later"),
        )
        if chosen:
            return await self.resume()
        return None

    # -- closing -----------------------------------------------------------------------------

    async def prepare_quit(self) -> bool:
        """Closing the window: while a sync runs, ask; stop it gracefully before saying yes."""
        if not self.sync_running:
            return True
        chosen = await self.messenger.ask(
            name="sync_quit_question",
            icon=QMessageBox.Icon.Warning,
            title=self.tr("A sync is running"),
            text=self.tr("A sync is running. Stop it and close SISTER Desktop?"),
            informative=self.tr(
                "Finished pegawai are kept; the rest can be resumed at the next start."
            ),
            yes=self.tr("Stop and close"),
            no=self.tr("Keep syncing"),
        )
        if not chosen:
            return False
        await self.runner.stop()
        return True

    # -- slots -------------------------------------------------------------------------------

    def _on_runner_running_changed(self, running: bool) -> None:
        self._update_buttons()
        self.sync_running_changed.emit(running)

    def _on_start_button_clicked(self) -> None:
        self._context.tasks.spawn(self.start_chosen(), name="sync")

    def _on_resume_button_clicked(self) -> None:
        self._context.tasks.spawn(self.resume(), name="sync-resume")

    def _on_retry_button_clicked(self) -> None:
        self._context.tasks.spawn(self.retry_failed(), name="sync-retry")

    def _on_export_xlsx_button_clicked(self) -> None:
        self._context.tasks.spawn(self.exporter.choose_and_export("xlsx"))

    def _on_export_csv_button_clicked(self) -> None:
        self._context.tasks.spawn(self.exporter.choose_and_export("csv"))

    def showEvent(self, event: QShowEvent) -> None:
        # The ticked pegawai change in the Pegawai tab without telling this page.
        super().showEvent(event)
        self.schedule_plan()

    def _on_notifier_open_log_requested(self, run_id: str) -> None:
        self._context.tasks.spawn(self.open_log(run_id))

    async def open_log(self, run_id: str) -> None:
        """Bring the tab forward with the run selected (from the end-of-sync notice)."""
        self.bring_forward()
        await self.refresh(select_run=run_id)

    def bring_forward(self) -> None:
        """Make every tab widget between the window and this tab show the way to it."""
        page: QWidget = self
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget) and parent.indexOf(page) >= 0:
                parent.setCurrentWidget(page)
                page = parent
            elif not isinstance(parent, QStackedWidget):
                page = parent
            parent = parent.parentWidget()
