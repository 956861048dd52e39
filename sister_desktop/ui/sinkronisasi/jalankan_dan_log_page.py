"""The Sinkronisasi tab: start a sync (all, failed only, ticked pegawai, resume; "Sinkronisasi
penuh" for one run), what the next run pulls and costs, the last run's summary, and the Log
Sinkronisasi (runs, their lines, failures filter, export, retry).

Every run started here pulls the data chosen in Pengaturan (``SettingsService.sync_scope``);
one expected to take longer than a quarter of an hour is confirmed first.

The work is in coroutine methods (``start_sync``, ``start_chosen``, ``refresh``, ``show_run``,
``update_plan``, ``export_log``, ``offer_resume``, ``prepare_quit``) that tests await; slots
are one line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_groups import SyncScope
from sister_desktop.domain.sync_estimate import SyncEstimate
from sister_desktop.domain.sync_log import (
    NothingToResumeError,
    RunStatus,
    SyncLockedError,
    SyncLogRow,
    SyncMode,
    SyncRun,
)
from sister_desktop.domain.sync_progress import SyncOutcome, SyncProgress, SyncRequest
from sister_desktop.resource_files import palette
from sister_desktop.services.atomic_file import FileWriteError
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.services.sync_service import SyncService
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.error_texts import error_explanation, write_error_text
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.message_boxes import ask, inform
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.sinkronisasi.sync_log_model import (
    SORT_ROLE,
    STATUS_ROLE,
    LogColumn,
    SyncLogModel,
)
from sister_desktop.ui.sinkronisasi.sync_notifier import SyncNotifier
from sister_desktop.ui.sinkronisasi.sync_progress_dialog import SyncProgressDialog
from sister_desktop.ui.sinkronisasi.sync_run_list_model import SyncRunListModel

log = logging.getLogger(__name__)


class JalankanDanLogPage(QWidget):
    """Start Sinkronisasi and read its log."""

    #: A sync started (True) or ended (False); the window can reflect it.
    sync_running_changed = Signal(bool)
    #: A run ended; its data is in the database (the Pegawai tab can refresh).
    sync_finished = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._log_key = f"run-log-{id(self)}"
        self._plan_key = f"run-plan-{id(self)}"
        self.setObjectName("sync_tab")
        self._ticked: Callable[[], Iterable[int]] = lambda: ()
        self._sync_task: asyncio.Task[SyncOutcome | None] | None = None
        self.progress_dialog: SyncProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.notifier = SyncNotifier(self)
        self.notifier.open_log_requested.connect(self._on_notifier_open_log_requested)
        self.last_outcome: SyncOutcome | None = None

        # -- start ---------------------------------------------------------------------------
        start_box = QGroupBox(self.tr("Start sync"), self)
        self.all_radio = QRadioButton(self.tr("All linked pegawai"), start_box)
        self.all_radio.setObjectName("sync_all_radio")
        self.failed_radio = QRadioButton(self.tr("Only those whose last sync failed"), start_box)
        self.failed_radio.setObjectName("sync_failed_radio")
        self.ticked_radio = QRadioButton(self.tr("Pegawai ticked in the Pegawai tab"), start_box)
        self.ticked_radio.setObjectName("sync_ticked_radio")
        self.all_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in (self.all_radio, self.failed_radio, self.ticked_radio):
            self.scope_group.addButton(button)
        self.scope_group.buttonToggled.connect(self._on_scope_group_button_toggled)
        self.full_check = QCheckBox(self.tr("Full sync (all details again)"), start_box)
        self.full_check.setObjectName("sync_full_check")
        self.full_check.setToolTip(texts.full_sync_hint())
        self.full_check.toggled.connect(self._on_full_check_toggled)
        #: What the next run pulls and what it costs (the data chosen in Pengaturan).
        self.plan_label = QLabel(start_box)
        self.plan_label.setObjectName("sync_plan_label")
        self.plan_label.setWordWrap(True)
        self.plan_label.setStyleSheet(f"QLabel {{ color: {palette().quiet}; }}")
        #: The last estimate shown in ``plan_label``.
        self.plan_estimate: SyncEstimate | None = None
        self.start_button = QPushButton(self.tr("Start sync"), start_box)
        self.start_button.setObjectName("sync_start_button")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.resume_button = QPushButton(self.tr("Resume the interrupted run"), start_box)
        self.resume_button.setObjectName("sync_resume_button")
        self.resume_button.setEnabled(False)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.summary_label = QLabel(self.tr("No sync has been run yet."), start_box)
        self.summary_label.setObjectName("sync_summary_label")
        self.summary_label.setWordWrap(True)
        self.notice_label = QLabel(start_box)
        self.notice_label.setObjectName("sync_notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(f"QLabel {{ color: {palette().error}; }}")
        self.notice_label.hide()
        scope = QVBoxLayout()
        for button in (self.all_radio, self.failed_radio, self.ticked_radio):
            scope.addWidget(button)
        scope.addWidget(self.full_check)
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(scope, 1)
        top.addLayout(buttons)
        start_layout = QVBoxLayout(start_box)
        start_layout.addLayout(top)
        start_layout.addWidget(self.plan_label)
        start_layout.addWidget(self.summary_label)
        start_layout.addWidget(self.notice_label)

        # -- the log -------------------------------------------------------------------------
        log_box = QGroupBox(self.tr("Log Sinkronisasi"), self)
        self.run_model = SyncRunListModel(self)
        self.run_view = self._table(log_box, "sync_run_view", self.run_model)
        self.run_view.selectionModel().selectionChanged.connect(self._on_run_selection_changed)

        self.log_model = SyncLogModel(self)
        self.log_proxy = QSortFilterProxyModel(self)
        self.log_proxy.setSourceModel(self.log_model)
        self.log_proxy.setFilterRole(STATUS_ROLE)
        self.log_proxy.setFilterKeyColumn(LogColumn.STATUS)
        self.log_proxy.setSortRole(SORT_ROLE)
        self.log_view = self._table(log_box, "sync_log_view", self.log_proxy)
        self.log_view.setSortingEnabled(True)
        # Failures first (then skips, then OK; each in the order they were recorded): what
        # the operator opens the log for.
        self.log_view.sortByColumn(LogColumn.STATUS, Qt.SortOrder.AscendingOrder)
        self.log_view.horizontalHeader().setSectionResizeMode(
            LogColumn.MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        # What changed can be long: a column of its own width, the whole text as the tooltip.
        self.log_view.horizontalHeader().setSectionResizeMode(
            LogColumn.CHANGED, QHeaderView.ResizeMode.Interactive
        )
        self.log_view.setColumnWidth(LogColumn.CHANGED, 320)

        self.failures_check = QCheckBox(self.tr("Failures only"), log_box)
        self.failures_check.setObjectName("sync_failures_check")
        self.failures_check.toggled.connect(self._on_failures_check_toggled)
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX…"), log_box)
        self.export_xlsx_button.setObjectName("sync_export_xlsx_button")
        self.export_xlsx_button.clicked.connect(self._on_export_xlsx_button_clicked)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), log_box)
        self.export_csv_button.setObjectName("sync_export_csv_button")
        self.export_csv_button.clicked.connect(self._on_export_csv_button_clicked)
        self.retry_button = QPushButton(self.tr("Retry failed"), log_box)
        self.retry_button.setObjectName("sync_retry_button")
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.rows_label = QLabel(log_box)
        self.rows_label.setObjectName("sync_rows_label")
        tools = QHBoxLayout()
        tools.addWidget(self.failures_check)
        tools.addWidget(self.rows_label, 1)
        tools.addWidget(self.retry_button)
        tools.addWidget(self.export_xlsx_button)
        tools.addWidget(self.export_csv_button)

        splitter = QSplitter(Qt.Orientation.Vertical, log_box)
        splitter.addWidget(self.run_view)
        lines = QWidget(splitter)
        lines_layout = QVBoxLayout(lines)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addLayout(tools)
        lines_layout.addWidget(self.log_view, 1)
        splitter.addWidget(lines)
        splitter.setSizes([180, 420])
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(start_box)
        layout.addWidget(log_box, 1)
        self._update_buttons()

    @staticmethod
    def _table(parent: QWidget, name: str, model: QAbstractItemModel) -> QTableView:
        return make_table(
            parent,
            name,
            model,
            editable=False,
            alternating=True,
            columns=QHeaderView.ResizeMode.ResizeToContents,
        )

    # -- wiring ------------------------------------------------------------------------------

    @property
    def service(self) -> SyncService:
        return self._context.sync

    def set_ticked_source(self, ticked: Callable[[], Iterable[int]]) -> None:
        """Where "ticked pegawai" come from (the Pegawai tab's ``ticked_ids``)."""
        self._ticked = ticked

    @property
    def sync_running(self) -> bool:
        return self._sync_task is not None and not self._sync_task.done()

    def selected_run(self) -> SyncRun | None:
        rows = self.run_view.selectionModel().selectedRows()
        return self.run_model.run_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        available = not self.sync_running
        self.start_button.setEnabled(available)
        for button in (self.export_xlsx_button, self.export_csv_button):
            button.setEnabled(self.log_model.rowCount() > 0)
        self.retry_button.setEnabled(available)

    # -- reading -----------------------------------------------------------------------------

    async def load(self) -> SyncOutcome | None:
        """First show: the runs, and the offer to resume a sync cut short or stopped."""
        await self.refresh()
        return await self.offer_resume()

    async def refresh(self, select_run: str | None = None) -> None:
        service = self.service
        runs = await service.runs()
        selected = self.selected_run()
        keep = select_run or (selected.id if selected is not None else None)
        self.run_model.set_runs(runs)
        last = runs[0] if runs else None
        self.summary_label.setText(
            fill(self.tr("Last sync: %1"), texts.run_summary_text(last))
            if last
            else self.tr("No sync has been run yet.")
        )
        resumable = await service.resumable_run() if not self.sync_running else None
        self.resume_button.setEnabled(resumable is not None and not self.sync_running)
        self.resume_button.setToolTip(
            texts.run_summary_text(resumable) if resumable is not None else ""
        )
        await self.update_plan()
        row = self.run_model.row_of(keep) if keep else (0 if runs else -1)
        if row >= 0:
            self.run_view.selectRow(row)
            run = self.run_model.run_at(row)
            if run is not None:
                await self.show_run(run.id)
        self._update_buttons()

    async def show_run(self, run_id: str) -> None:
        """Show a run's log lines; a later selection's load wins over this one."""
        service = self.service
        await self._context.tasks.run_latest(
            self._log_key, service.results(run_id), self._show_log_rows
        )

    def _show_log_rows(self, rows: list[SyncLogRow]) -> None:
        self.log_model.set_rows(rows)
        self._update_rows_label()
        self._update_buttons()

    def _update_rows_label(self) -> None:
        failed = sum(1 for r in self.log_model.rows if r.status != "ok")
        self.rows_label.setText(
            fill(
                self.tr("%1 lines, %2 not ok"),
                format_number(self.log_model.rowCount()),
                format_number(failed),
            )
        )

    def set_failures_only(self, only: bool) -> None:
        pattern = "^(failed|skipped)$" if only else ""
        self.log_proxy.setFilterRegularExpression(QRegularExpression(pattern))

    # -- what a run pulls and costs ----------------------------------------------------------

    async def saved_scope(self) -> SyncScope:
        """The data chosen in Pengaturan: what every run started here pulls."""
        return await self._context.settings.sync_scope()

    async def current_request(self) -> SyncRequest:
        """The run Mulai Sinkronisasi starts: the chosen pegawai, the saved data, and every
        detail again when Sinkronisasi penuh is ticked."""
        scope = await self.saved_scope()
        if self.full_check.isChecked():
            scope = replace(scope, full=True)
        if self.failed_radio.isChecked():
            return SyncRequest(SyncMode.FAILED, scope=scope)
        if self.ticked_radio.isChecked():
            return SyncRequest(SyncMode.SELECTED, tuple(sorted(self._ticked())), scope=scope)
        return SyncRequest(SyncMode.ALL, scope=scope)

    async def estimate(self, request: SyncRequest) -> SyncEstimate:
        """What ``request`` costs at the configured rate (the saved web-service settings)."""
        settings = await self._context.settings.effective()
        return await self.service.estimate(request, settings.max_rps)

    async def update_plan(self) -> bool:
        """Say beside Mulai what the chosen run pulls and costs; ``False`` when a later
        update won."""
        return await self._context.tasks.run_latest(self._plan_key, self._plan(), self._show_plan)

    async def _plan(self) -> tuple[SyncRequest, SyncEstimate]:
        request = await self.current_request()
        return request, await self.estimate(request)

    def _show_plan(self, plan: tuple[SyncRequest, SyncEstimate]) -> None:
        request, estimate = plan
        self.plan_estimate = estimate
        if estimate.pegawai == 0 and request.mode is SyncMode.SELECTED:
            self.plan_label.setText(self.tr("Tick pegawai in the Pegawai tab first."))
        elif estimate.pegawai == 0 and request.mode is SyncMode.FAILED:
            self.plan_label.setText(texts.nothing_failed_text())
        else:
            self.plan_label.setText(texts.plan_text(request, estimate))

    def schedule_plan(self) -> None:
        """Update the plan line soon (the saved data choice or the ticked pegawai changed)."""
        self._context.tasks.spawn_latest(self._plan_key, self._plan(), self._show_plan)

    # -- starting ----------------------------------------------------------------------------

    async def start_chosen(self) -> SyncOutcome | None:
        """Mulai Sinkronisasi: the run chosen on the page."""
        return await self.start_sync(await self.current_request())

    async def start_sync(self, request: SyncRequest) -> SyncOutcome | None:
        """Run a sync behind the modal progress dialog; returns the outcome (``None`` when it
        could not start, with the reason shown)."""
        service = self.service
        if self.sync_running:
            return None
        if request.mode is SyncMode.SELECTED and not request.pegawai_ids:
            self._show_notice(self.tr("Tick pegawai in the Pegawai tab first."))
            return None
        # An empty run would be recorded and announced as "finished, 0 pegawai".
        if request.mode in (SyncMode.ALL, SyncMode.FAILED) and not await service.count_targets(
            request
        ):
            text = (
                texts.nothing_failed_text()
                if request.mode is SyncMode.FAILED
                else texts.nobody_linked_text()
            )
            self._show_notice(text)
            self._message(text, error=False)
            return None
        if not await self._confirm_long_run(request):
            return None
        if request.scope.full:
            self.full_check.setChecked(False)  # one full run, then incremental again
        self._sync_task = asyncio.current_task()  # type: ignore[assignment]
        self.notice_label.hide()
        dialog = SyncProgressDialog(self.window())
        self.progress_dialog = dialog
        dialog.cancel_confirmed.connect(service.cancel)
        self._block_window(True)
        dialog.show()
        self.sync_running_changed.emit(True)
        self._update_buttons()
        outcome: SyncOutcome | None = None
        problem: str | None = None
        try:
            outcome = await service.run(request, self._on_progress)
        except SyncLockedError as exc:
            problem = texts.lock_held_text(exc.holder)
        except NothingToResumeError:
            problem = texts.nothing_to_resume_text()
        except SisterUnavailableError as exc:
            explanation = error_explanation(exc.code, message=exc.message)
            problem = f"{explanation.text} {explanation.hint}"
        finally:
            if shiboken6.isValid(dialog):  # the window may be gone (program closing)
                dialog.finish()
                dialog.deleteLater()
            self.progress_dialog = None
            self._block_window(False)
            self._sync_task = None
            self.sync_running_changed.emit(False)
            self._update_buttons()
        if problem is not None:
            self._show_notice(problem)
            self._message(problem, error=True)
            return None
        assert outcome is not None
        self.last_outcome = outcome
        await self.refresh(select_run=outcome.run.id)
        self.sync_finished.emit(outcome.run.id)
        self.notifier.notify(outcome.run, self.window())
        return outcome

    async def _confirm_long_run(self, request: SyncRequest) -> bool:
        """A run of more than a quarter of an hour is asked about first, with what it pulls
        and costs; a shorter one starts at once (not worth a click)."""
        if self.sync_running:
            return False
        estimate = await self.estimate(request)
        if estimate.seconds <= texts.LONG_RUN_S:
            return True
        return await ask(
            self.window(),
            name="sync_long_run_question",
            title=self.tr("A long sync"),
            text=texts.long_run_question_text(estimate),
            informative=texts.plan_text(request, estimate)
            + "\n\n"
            + self.tr(
                "The window stays blocked while it runs; it can be stopped at any time and "
                "resumed later with Lanjutkan yang terputus."
            ),
            yes=self.tr("Start the sync"),
            no=self.tr("Not now"),
            shown=self._keep_message_box,
        )

    def _block_window(self, blocked: bool) -> None:
        """Disable the main window's tabs and menus mid-sync; its close button still asks."""
        window = self.window()
        if not shiboken6.isValid(window) or not isinstance(window, QMainWindow):
            return
        for part in (window.centralWidget(), window.menuBar()):
            if part is not None:
                part.setEnabled(not blocked)

    def _on_progress(self, progress: SyncProgress) -> None:
        if self.progress_dialog is not None and shiboken6.isValid(self.progress_dialog):
            self.progress_dialog.update_progress(progress)

    def _show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.show()

    def _message(self, text: str, *, error: bool) -> None:
        self.message_box = inform(
            self.window(),
            name="sync_message_box",
            title=self.tr("Sinkronisasi"),
            text=text,
            warning=error,
        )

    def _keep_message_box(self, box: QMessageBox | None) -> None:
        self.message_box = box

    async def retry_failed(self) -> SyncOutcome | None:
        """Ulangi yang gagal: the failed pegawai again, with the saved data choice."""
        return await self.start_sync(SyncRequest(SyncMode.FAILED, scope=await self.saved_scope()))

    async def resume(self) -> SyncOutcome | None:
        """Lanjutkan yang terputus: the rest of the cut-short run, with the saved data choice."""
        return await self.start_sync(SyncRequest(SyncMode.RESUME, scope=await self.saved_scope()))

    async def offer_resume(self) -> SyncOutcome | None:
        """At start: a run cut short by a crash or power loss, or one the operator stopped
        (the stop question promises this offer), is proposed for finishing now."""
        service = self.service
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
        chosen = await ask(
            self.window(),
            name="sync_resume_question",
            title=title,
            text=text,
            informative=texts.run_summary_text(run)
            + "\n"
            + self.tr("Resume it now? The rest is pulled."),
            yes=self.tr("Resume now"),
            no=self.tr("Later"),
            shown=self._keep_message_box,
        )
        if chosen:
            return await self.resume()
        return None

    # -- closing -----------------------------------------------------------------------------

    async def prepare_quit(self) -> bool:
        """Closing the window: while a sync runs, ask; stop it gracefully before saying yes."""
        task = self._sync_task
        if task is None or task.done():
            return True
        chosen = await ask(
            self.window(),
            name="sync_quit_question",
            icon=QMessageBox.Icon.Warning,
            title=self.tr("A sync is running"),
            text=self.tr("A sync is running. Stop it and close SISTER Desktop?"),
            informative=self.tr(
                "Finished pegawai are kept; the rest can be resumed at the next start."
            ),
            yes=self.tr("Stop and close"),
            no=self.tr("Keep syncing"),
            shown=self._keep_message_box,
        )
        if not chosen:
            return False
        if self.progress_dialog is not None:
            self.progress_dialog.confirm_stop_now()
        else:
            self.service.cancel()
        # Wait for the run to be recorded as cancelled: never quit with it half-written.
        while self._sync_task is not None and not self._sync_task.done():
            await asyncio.sleep(0.05)
        return True

    # -- export ------------------------------------------------------------------------------

    async def export_log(self, path: Path) -> Path | None:
        """Write the shown run's lines (as filtered) to ``path`` (.xlsx or .csv)."""
        service = self.service
        wanted = {
            self.log_proxy.mapToSource(self.log_proxy.index(r, 0)).row()
            for r in range(self.log_proxy.rowCount())
        }
        rows = [row for n, row in enumerate(self.log_model.rows) if n in wanted]
        try:
            written = await service.export_log(
                rows, path, headers=texts.log_headers(), cells=texts.log_cells
            )
        except FileWriteError as exc:
            self._message(write_error_text(exc.code, str(exc.path)), error=True)
            return None
        except OSError as exc:
            self._message(
                fill(
                    self.tr("The file could not be written: %1. Close it in Excel and try again."),
                    exc.strerror or str(exc),
                ),
                error=True,
            )
            return None
        self._message(texts.exported_text(len(rows), str(written)), error=False)
        return written

    async def choose_and_export(self, suffix: str) -> None:
        run = self.selected_run()
        name = f"log-sinkronisasi-{run.started_at.astimezone():%Y%m%d-%H%M}" if run else "log"
        dialog = make_file_dialog(
            self,
            self.tr("Export the Log Sinkronisasi"),
            save=True,
            name_filters=[
                self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx" else self.tr("CSV (*.csv)")
            ],
            file_name=f"{name}.{suffix}",
            default_suffix=suffix,
        )
        path = await choose_file(dialog)
        if path is not None:
            await self.export_log(path)

    # -- slots -------------------------------------------------------------------------------

    def _on_start_button_clicked(self) -> None:
        self._context.tasks.spawn(self.start_chosen(), name="sync")

    def _on_scope_group_button_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.schedule_plan()

    def _on_full_check_toggled(self, _checked: bool) -> None:
        self.schedule_plan()

    def showEvent(self, event: QShowEvent) -> None:
        # The ticked pegawai change in the Pegawai tab without telling this page.
        super().showEvent(event)
        self.schedule_plan()

    def _on_resume_button_clicked(self) -> None:
        self._context.tasks.spawn(self.resume(), name="sync-resume")

    def _on_retry_button_clicked(self) -> None:
        self._context.tasks.spawn(self.retry_failed(), name="sync-retry")

    def _on_export_xlsx_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_and_export("xlsx"))

    def _on_export_csv_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_and_export("csv"))

    def _on_failures_check_toggled(self, checked: bool) -> None:
        self.set_failures_only(checked)

    def _on_run_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        run = self.selected_run()
        service = self.service
        if run is not None and service is not None:
            # A large run clicked before a small one may finish loading last: the last click wins.
            self._context.tasks.spawn_latest(
                self._log_key, service.results(run.id), self._show_log_rows
            )

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
