"""The runs of the Log Sinkronisasi, newest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sister_desktop.domain.sync_log import RunStatus, SyncRun
from sister_desktop.resource_files import palette
from sister_desktop.texts import sync_texts as texts

Index = QModelIndex | QPersistentModelIndex


class RunColumn(IntEnum):
    STARTED = 0
    MODE = 1
    STATUS = 2
    TOTAL = 3
    OK = 4
    FAILED = 5
    SKIPPED = 6
    OPERATOR = 7


class SyncRunListModel(QAbstractTableModel):
    """Read-only table over ``SyncRun`` records; ``Qt.UserRole`` gives the run id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._runs: list[SyncRun] = []
        self._by_id: dict[str, SyncRun] = {}
        self._resumed_by: dict[str, SyncRun] = {}

    def set_runs(self, runs: list[SyncRun]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        by_id = {run.id: run for run in self._runs}
        # A run cut short keeps its unfinished pegawai as pending; saying which later run took
        # them over (Lanjutkan) explains why its counts do not add up to its total.
        self._resumed_by = {
            run.resumed_from: run for run in self._runs if run.resumed_from in by_id
        }
        self._by_id = by_id
        self.endResetModel()

    def _status_text(self, run: SyncRun) -> str:
        if run.id in self._resumed_by:
            return texts.resumed_status_label(run.status)
        return texts.run_status_label(run.status)

    def _tool_tip(self, run: SyncRun) -> str | None:
        lines = []
        if run.error_code:
            lines.append(texts.error_text(run.error_code))
        successor = self._resumed_by.get(run.id)
        if successor is not None:
            lines.append(texts.resumed_by_text(run, successor))
        if run.resumed_from is not None:
            lines.append(texts.resumes_text(self._by_id.get(run.resumed_from)))
        return "\n".join(lines) or None

    def run_at(self, row: int) -> SyncRun | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def row_of(self, run_id: str) -> int:
        for row, run in enumerate(self._runs):
            if run.id == run_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RunColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(RunColumn):
            return None
        return {
            RunColumn.STARTED: self.tr("Started"),
            RunColumn.MODE: self.tr("Mode"),
            RunColumn.STATUS: self.tr("Status"),
            RunColumn.TOTAL: self.tr("Pegawai"),
            RunColumn.OK: self.tr("OK"),
            RunColumn.FAILED: self.tr("Failed"),
            RunColumn.SKIPPED: self.tr("Skipped"),
            RunColumn.OPERATOR: self.tr("Operator"),
        }[RunColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._runs):
            return None
        run = self._runs[index.row()]
        column = RunColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RunColumn.STARTED: texts.local_time(run.started_at, with_date=True, seconds=True),
                RunColumn.MODE: texts.mode_label(run.mode),
                RunColumn.STATUS: self._status_text(run),
                RunColumn.TOTAL: run.total,
                RunColumn.OK: run.ok,
                RunColumn.FAILED: run.failed,
                RunColumn.SKIPPED: run.skipped,
                RunColumn.OPERATOR: run.started_by or "",
            }[column]
        if role == Qt.ItemDataRole.UserRole:
            return run.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tool_tip(run)
        if role == Qt.ItemDataRole.ForegroundRole and column == RunColumn.STATUS:
            if run.status in (RunStatus.FAILED, RunStatus.INTERRUPTED):
                return QColor(palette().error)
            if run.status is RunStatus.PARTIAL:
                return QColor(palette().warning)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            RunColumn.TOTAL,
            RunColumn.OK,
            RunColumn.FAILED,
            RunColumn.SKIPPED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
