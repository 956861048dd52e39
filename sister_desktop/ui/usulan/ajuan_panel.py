"""The pegawai's ajuan in Data SISTER: each change request SISTER's verifiers decide on (from
the synced ``*/ajuan`` lists), with its status, age in days and keterangan, and the usulan of
ours that made it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.ajuan import Ajuan
from sister_desktop.resource_files import palette
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_date, format_number
from sister_desktop.texts.sister_data_texts import dataset_label


class AjuanPanel(QGroupBox):
    """``show_ajuan(items)``; hidden while the pegawai has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ajuan in SISTER"), parent)
        self.setObjectName("ajuan_panel")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("ajuan_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Data"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Submitted"),
                self.tr("Age (days)"),
                self.tr("Remarks"),
                self.tr("Usulan"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.table)
        self.hide()

    def show_ajuan(self, items: Sequence[Ajuan]) -> None:
        waiting = sum(1 for item in items if item.waiting)
        self.setTitle(
            fill(self.tr("Ajuan in SISTER: %1 waiting for verification"), format_number(waiting))
        )
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                dataset_label(item.dataset),
                item.jenis,
                item.status,
                format_date(item.submitted) if item.submitted else "",
                format_number(item.age_days) if item.age_days is not None else "",
                item.keterangan,
                f"#{item.usulan_id}" if item.usulan_id is not None else "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 2 and item.waiting:
                    cell.setForeground(QColor(palette().warning))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.setVisible(bool(items))
