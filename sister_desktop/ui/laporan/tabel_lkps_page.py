"""Tabel LKPS: a program studi and a TS year, each table of the form in its own columns; a
click on a cell lists the SISTER records it came from (Data SISTER opens from there); the
operator's cells (tinted) take his entries, kept for the next export; saved as XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.lkps_table import Table
from sister_desktop.services.laporan_service import LkpsReport
from sister_desktop.texts.fill import fill
from sister_desktop.texts.laporan_texts import (
    data_line,
    figure_text,
    operator_mark,
    source_text,
    table_note,
    table_title,
)
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.laporan.laporan_export import LaporanExporter
from sister_desktop.ui.laporan.lkps_table_model import LkpsTableModel
from sister_desktop.ui.laporan.pegawai_opener import PegawaiOpener

PEGAWAI_ROLE = Qt.ItemDataRole.UserRole
#: Column widths in pixels: a number column stays narrow, a list of courses wraps.
MIN_COLUMN, MAX_COLUMN = 44, 230


class TabelLkpsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabel_lkps_page")
        self._context = context
        self.report: LkpsReport | None = None
        self.exporter = LaporanExporter(context, self)
        self.opener = PegawaiOpener(context, self)

        self.prodi = QComboBox(self)
        self.prodi.setObjectName("lkps_prodi")
        self.prodi.setMinimumContentsLength(24)
        self.ts = QSpinBox(self)
        self.ts.setObjectName("lkps_ts")
        self.ts.setRange(2000, 2100)
        self.ts.setValue(date.today().year - 1)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("lkps_show")
        self.show_button.clicked.connect(self._on_show_clicked)
        self.xlsx_button = QPushButton(self.tr("Save XLSX…"), self)
        self.xlsx_button.setObjectName("lkps_xlsx")
        self.xlsx_button.clicked.connect(self._on_xlsx_clicked)
        self.data_label = QLabel(self)
        self.data_label.setObjectName("lkps_data_label")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Study programme:"), self))
        top.addWidget(self.prodi)
        top.addWidget(QLabel(self.tr("TS:"), self))
        top.addWidget(self.ts)
        top.addWidget(self.show_button)
        top.addWidget(self.data_label, 1)
        top.addWidget(self.xlsx_button)

        self.tables = QListWidget(self)
        self.tables.setObjectName("lkps_tables")
        self.tables.setMaximumWidth(230)
        self.tables.setWordWrap(True)
        self.tables.currentRowChanged.connect(self._on_tables_current_row_changed)
        self.model = LkpsTableModel()
        self.model.entry_edited.connect(self._on_model_entry_edited)
        self.view = make_table(
            self,
            "lkps_table",
            self.model,
            selection=QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        self.view.clicked.connect(self._on_view_clicked)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("lkps_title")
        self.title_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("lkps_figures")
        self.figures_label.setWordWrap(True)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.title_label)
        center_layout.addWidget(self.view, 1)
        center_layout.addWidget(self.figures_label)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.source_label = QLabel(self.tr("Click a cell to see the SISTER records behind it."))
        self.source_label.setObjectName("lkps_source_label")
        self.source_label.setWordWrap(True)
        self.sources = QListWidget(side)
        self.sources.setObjectName("lkps_sources")
        self.sources.setWordWrap(True)
        self.sources.itemDoubleClicked.connect(self._on_sources_double_clicked)
        self.open_button = QPushButton(self.tr("Data SISTER…"), side)
        self.open_button.setObjectName("lkps_open_data_sister")
        self.open_button.clicked.connect(self._on_open_clicked)
        side_layout.addWidget(self.source_label)
        side_layout.addWidget(self.sources, 1)
        side_layout.addWidget(self.open_button)

        splitter = QSplitter(self)
        splitter.addWidget(self.tables)
        splitter.addWidget(center)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 850, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- loading -------------------------------------------------------------------------------

    async def load_prodi(self) -> list[str]:
        """The program studi to choose from (the dosen's homebase units)."""
        names = await self._context.laporan.prodi_list()
        chosen = self.prodi.currentText()
        self.prodi.clear()
        self.prodi.addItems(names)
        if chosen in names:
            self.prodi.setCurrentText(chosen)
        return names

    async def load(self) -> LkpsReport | None:
        """Build the tables of the chosen program studi and TS, and show them."""
        prodi = self.prodi.currentText()
        if not prodi:
            return None
        report = await self._context.laporan.lkps(prodi, self.ts.value())
        self.show_report(report)
        return report

    def show_report(self, report: LkpsReport) -> None:
        current = max(0, self.tables.currentRow())
        self.report = report
        self.data_label.setText(data_line(report.data_date))
        self.tables.blockSignals(True)
        self.tables.clear()
        for table in report.lkps.tables:
            self.tables.addItem(f"{table.id} {table.title}")
        self.tables.blockSignals(False)
        self.tables.setCurrentRow(min(current, self.tables.count() - 1))
        self.show_table(report.lkps.tables[self.tables.currentRow()])

    def show_table(self, table: Table) -> None:
        self.model.set_table(table)
        self.title_label.setText(table_title(table))
        lines = [figure_text(f.label, f.value) for f in table.figures]
        if table.note:
            lines.append(table_note(table))
        if any(c.operator for r in table.rows for c in r.cells):
            lines.append(fill(self.tr("Tinted cells: %1"), operator_mark()))
        self.figures_label.setText("\n".join(lines))
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(
                column, max(MIN_COLUMN, min(MAX_COLUMN, header.sectionSize(column)))
            )
        self.view.resizeRowsToContents()
        self.sources.clear()

    def show_sources(self, index: QModelIndex) -> int:
        """List the records behind a cell; returns how many."""
        cell = self.model.cell(index)
        self.sources.clear()
        if cell is None:
            return 0
        for source in cell.sources:
            item = QListWidgetItem(source_text(source))
            item.setData(PEGAWAI_ROLE, source.pegawai_id)
            self.sources.addItem(item)
        if cell.operator and not cell.sources:
            self.source_label.setText(operator_mark())
        else:
            self.source_label.setText(
                fill(self.tr("%1 SISTER records behind this cell"), str(len(cell.sources)))
            )
        if self.sources.count():
            self.sources.setCurrentRow(0)
        return len(cell.sources)

    async def save_entry(self, table_id: str, row_key: str, column: str, text: str) -> None:
        if self.report is None:
            return
        lkps = self.report.lkps
        await self._context.laporan.save_entry(
            lkps.prodi, lkps.ts, (table_id, row_key, column), text
        )
        report = await self._context.laporan.lkps(lkps.prodi, lkps.ts)
        self.show_report(report)

    async def save(self, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        return await self.exporter.save_lkps(self.report.lkps, self.report.data_date, path)

    # -- slots ---------------------------------------------------------------------------------

    def _on_show_clicked(self) -> None:
        prodi = self.prodi.currentText()
        if not prodi:
            self.opener.say(self.tr("No study programme yet: link and sync the dosen first."))
            return
        work = self._context.laporan.lkps(prodi, self.ts.value())
        self._context.tasks.spawn_latest("lkps", work, self.show_report)

    def _on_xlsx_clicked(self) -> None:
        self._context.tasks.spawn(self.save())

    def _on_tables_current_row_changed(self, row: int) -> None:
        if self.report is not None and 0 <= row < len(self.report.lkps.tables):
            self.show_table(self.report.lkps.tables[row])

    def _on_view_clicked(self, index: QModelIndex) -> None:
        self.show_sources(index)

    def _on_model_entry_edited(self, table_id: str, row_key: str, column: str, text: str) -> None:
        self._context.tasks.spawn(self.save_entry(table_id, row_key, column, text))

    def _on_sources_double_clicked(self, item: QListWidgetItem) -> None:
        self._context.tasks.spawn(self.opener.open(item.data(PEGAWAI_ROLE)))

    def _on_open_clicked(self) -> None:
        item = self.sources.currentItem()
        if item is None:
            self.opener.say(self.tr("Click a cell, then choose one of its records."))
            return
        self._context.tasks.spawn(self.opener.open(item.data(PEGAWAI_ROLE)))
