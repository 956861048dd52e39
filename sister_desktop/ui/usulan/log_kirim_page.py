"""The Log Kirim, beside the Log Sinkronisasi: per usulan of the last Kirim (or of every one),
its outcome, SISTER's message, who approved and who sent it; exported as XLSX or CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.files.atomic_file import FileWriteError
from sister_desktop.files.log_kirim_export import export_log_kirim
from sister_desktop.texts.error_texts import write_error_text
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.log_kirim_model import LogKirimColumn, LogKirimModel


class LogKirimPage(QWidget):
    """``await refresh()`` reads the chosen run; ``await export(path)`` writes it."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_kirim_page")
        self._context = context
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("log_kirim_scope")
        self.scope_combo.addItem(self.tr("The last Kirim"), "last")
        self.scope_combo.addItem(self.tr("Every usulan sent"), "all")
        self.scope_combo.currentIndexChanged.connect(self._on_scope_combo_current_index_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("log_kirim_summary")
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"), self)
        self.xlsx_button.setObjectName("log_kirim_xlsx_button")
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setObjectName("log_kirim_csv_button")
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.model = LogKirimModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, "log_kirim_table", self.proxy, editable=False)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LogKirimColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setObjectName("log_kirim_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.scope_combo)
        top.addWidget(self.summary, 1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    async def refresh(self) -> None:
        if self.scope_combo.currentData() == "all":
            items = [i for i in await self._context.usulan.find() if i.kirim_run_id]
            items.sort(key=lambda i: i.sent_at or datetime.min.replace(tzinfo=UTC), reverse=True)
        else:
            items = await self._context.kirim.log()
        self.model.set_usulan(items)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            fill(self.tr("%1 usulan"), format_number(len(items)))
            if items
            else self.tr("Nothing has been sent to SISTER yet.")
        )
        self.xlsx_button.setEnabled(bool(items))
        self.csv_button.setEnabled(bool(items))

    async def export(self, path: Path) -> Path | None:
        items = self.model.usulan()
        try:
            written = await export_log_kirim(
                items,
                [self.model.cells(item) for item in items],
                path,
                headers=self.model.headers(),
            )
        except FileWriteError as exc:
            self.message.setText(write_error_text(exc.code, str(exc.path)))
            return None
        except OSError as exc:
            self.message.setText(
                fill(
                    self.tr("The file could not be written: %1. Close it in Excel and try again."),
                    exc.strerror or str(exc),
                )
            )
            return None
        self.message.setText(
            fill(self.tr("%1 usulan written to %2"), format_number(len(items)), str(written))
        )
        return written

    async def choose_and_export(self, suffix: str) -> None:
        dialog = make_file_dialog(
            self,
            self.tr("Export the Log Kirim"),
            save=True,
            name_filters=[
                self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx" else self.tr("CSV (*.csv)")
            ],
            file_name=f"log-kirim-{datetime.now():%Y%m%d-%H%M}.{suffix}",
            default_suffix=suffix,
        )
        path = await choose_file(dialog)
        if path is not None:
            await self.export(path)

    def _on_scope_combo_current_index_changed(self, _index: int) -> None:
        self._context.tasks.spawn(self.refresh())

    def _on_xlsx_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_and_export("xlsx"))

    def _on_csv_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_and_export("csv"))
