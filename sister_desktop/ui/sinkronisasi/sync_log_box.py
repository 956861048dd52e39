"""Log Sinkronisasi: the runs, the lines of the one selected (failures first), the failures
filter, and the buttons that act on the log (Ulangi yang gagal, the exports)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sync_log import SyncLogRow, SyncRun
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.sinkronisasi.sync_log_model import (
    SORT_ROLE,
    STATUS_ROLE,
    LogColumn,
    SyncLogModel,
)
from sister_desktop.ui.sinkronisasi.sync_run_list_model import SyncRunListModel


class SyncLogBox(QGroupBox):
    """The runs above, the selected run's lines below."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log Sinkronisasi"), parent)
        self._context = context
        self._log_key = f"run-log-{id(self)}"
        self._running = False
        #: Pegawai whose last sync failed (Ulangi yang gagal is offered for them).
        self._failed = 0
        self._build_runs()
        self._build_lines()
        self._build_tools()
        self._lay_out()
        self.set_running(False)

    def _build_runs(self) -> None:
        self.run_model = SyncRunListModel(self)
        self.run_view = self._table("sync_run_view", self.run_model)
        self.run_view.selectionModel().selectionChanged.connect(self._on_run_selection_changed)

    def _build_lines(self) -> None:
        self.log_model = SyncLogModel(self)
        self.log_proxy = QSortFilterProxyModel(self)
        self.log_proxy.setSourceModel(self.log_model)
        self.log_proxy.setFilterRole(STATUS_ROLE)
        self.log_proxy.setFilterKeyColumn(LogColumn.STATUS)
        self.log_proxy.setSortRole(SORT_ROLE)
        self.log_view = self._table("sync_log_view", self.log_proxy)
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

    def _table(self, name: str, model: QAbstractItemModel) -> QTableView:
        return make_table(
            self,
            name,
            model,
            editable=False,
            alternating=True,
            columns=QHeaderView.ResizeMode.ResizeToContents,
        )

    def _build_tools(self) -> None:
        self.failures_check = QCheckBox(self.tr("Failures only"), self)
        self.failures_check.setObjectName("sync_failures_check")
        self.failures_check.toggled.connect(self._on_failures_check_toggled)
        self.export_xlsx_button = self._button(self.tr("Export XLSX…"), "sync_export_xlsx_button")
        self.export_csv_button = self._button(self.tr("Export CSV…"), "sync_export_csv_button")
        self.retry_button = self._button(self.tr("Retry failed"), "sync_retry_button")
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("sync_rows_label")

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.failures_check)
        tools.addWidget(self.rows_label, 1)
        for button in (self.retry_button, self.export_xlsx_button, self.export_csv_button):
            tools.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.run_view)
        lines = QWidget(splitter)
        lines_layout = QVBoxLayout(lines)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addLayout(tools)
        lines_layout.addWidget(self.log_view, 1)
        splitter.addWidget(lines)
        splitter.setSizes([180, 420])
        QVBoxLayout(self).addWidget(splitter)

    # -- state -------------------------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        self._running = running
        for button in (self.export_xlsx_button, self.export_csv_button):
            button.setEnabled(self.log_model.rowCount() > 0)
        self._update_retry()

    def set_failed_count(self, failed: int) -> None:
        """How many pegawai failed in their last sync: Ulangi yang gagal retries them."""
        self._failed = failed
        self._update_retry()

    def _update_retry(self) -> None:
        self.retry_button.setEnabled(not self._running and self._failed > 0)
        self.retry_button.setToolTip(
            fill(
                self.tr("Pull the %1 pegawai whose last sync failed again."),
                format_number(self._failed),
            )
            if self._failed
            else texts.nothing_failed_text()
        )

    def selected_run(self) -> SyncRun | None:
        rows = self.run_view.selectionModel().selectedRows()
        return self.run_model.run_at(rows[0].row()) if rows else None

    def shown_rows(self) -> list[SyncLogRow]:
        """The selected run's lines as filtered (what an export writes)."""
        wanted = {
            self.log_proxy.mapToSource(self.log_proxy.index(r, 0)).row()
            for r in range(self.log_proxy.rowCount())
        }
        return [row for n, row in enumerate(self.log_model.rows) if n in wanted]

    # -- reading -----------------------------------------------------------------------------

    async def show_runs(self, runs: list[SyncRun], select_run: str | None = None) -> None:
        """List ``runs`` (newest first) and show the lines of ``select_run``, else of the run
        selected before, else of the newest."""
        selected = self.selected_run()
        keep = select_run or (selected.id if selected is not None else None)
        self.run_model.set_runs(runs)
        row = self.run_model.row_of(keep) if keep else (0 if runs else -1)
        if row >= 0:
            self.run_view.selectRow(row)
            run = self.run_model.run_at(row)
            if run is not None:
                await self.show_run(run.id)

    async def show_run(self, run_id: str) -> None:
        """Show a run's log lines; a later selection's load wins over this one."""
        await self._context.tasks.run_latest(
            self._log_key, self._context.sync.results(run_id), self._show_log_rows
        )

    def _show_log_rows(self, rows: list[SyncLogRow]) -> None:
        self.log_model.set_rows(rows)
        failed = sum(1 for r in rows if r.status == "failed")
        skipped = sum(1 for r in rows if r.status == "skipped")
        # A skipped line is a pegawai not linked to SISTER: nothing was asked, nothing failed.
        self.rows_label.setText(
            fill(
                self.tr("%1 lines: %2 failed, %3 skipped (not linked)"),
                format_number(self.log_model.rowCount()),
                format_number(failed),
                format_number(skipped),
            )
        )
        for button in (self.export_xlsx_button, self.export_csv_button):
            button.setEnabled(bool(rows))

    def set_failures_only(self, only: bool) -> None:
        # A skipped line (not linked, nothing asked) is no failure: counted apart, shown in full.
        pattern = "^failed$" if only else ""
        self.log_proxy.setFilterRegularExpression(QRegularExpression(pattern))

    # -- slots -------------------------------------------------------------------------------

    def _on_failures_check_toggled(self, checked: bool) -> None:
        self.set_failures_only(checked)

    def _on_run_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        run = self.selected_run()
        if run is not None:
            # A large run clicked before a small one may finish loading last: the last click wins.
            self._context.tasks.spawn_latest(
                self._log_key, self._context.sync.results(run.id), self._show_log_rows
            )
