"""Gambaran dosen: the PT's (or one unit's) lecturers in six charts, each with its counts
beside it; a click on a bar lists its pegawai at the right, and Data SISTER opens from there.
Saved as PDF (A4) or XLSX (Excel's own charts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.gambaran_dosen import ChartKey
from sister_desktop.services.laporan_service import GambaranReport
from sister_desktop.texts.fill import fill
from sister_desktop.texts.laporan_texts import category_label, chart_title, data_line
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.laporan.chart_panel import ChartPanel
from sister_desktop.ui.laporan.laporan_export import LaporanExporter
from sister_desktop.ui.laporan.pegawai_opener import PegawaiOpener

PEGAWAI_ROLE = Qt.ItemDataRole.UserRole


class GambaranDosenPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gambaran_dosen_page")
        self._context = context
        self.report: GambaranReport | None = None
        self.exporter = LaporanExporter(context, self)
        self.opener = PegawaiOpener(context, self)

        self.scope = QComboBox(self)
        self.scope.setObjectName("gambaran_scope")
        self.scope.setMinimumContentsLength(24)
        self.scope.addItem(self.tr("Whole PT"), None)
        self.scope.activated.connect(self._on_scope_activated)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("gambaran_reload")
        self.reload_button.clicked.connect(self._on_reload_clicked)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("gambaran_pdf")
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.xlsx_button = QPushButton(self.tr("Save XLSX…"), self)
        self.xlsx_button.setObjectName("gambaran_xlsx")
        self.xlsx_button.clicked.connect(self._on_xlsx_clicked)
        self.data_label = QLabel(self)
        self.data_label.setObjectName("gambaran_data_label")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dosen of:"), self))
        top.addWidget(self.scope)
        top.addWidget(self.reload_button)
        top.addWidget(self.data_label, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)

        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        self.panels: dict[ChartKey, ChartPanel] = {}
        for key in ChartKey:
            panel = ChartPanel(key.value, charts)
            panel.bar_clicked.connect(
                lambda series, category, k=key: self.show_bar(k, series, category)
            )
            self.panels[key] = panel
            charts_layout.addWidget(panel)
        self.chart_area = QScrollArea(self)
        self.chart_area.setObjectName("gambaran_scroll")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(charts)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.bar_label = QLabel(self.tr("Click a bar to list its pegawai."), side)
        self.bar_label.setObjectName("gambaran_bar_label")
        self.bar_label.setWordWrap(True)
        self.members = QListWidget(side)
        self.members.setObjectName("gambaran_members")
        self.members.itemDoubleClicked.connect(self._on_members_double_clicked)
        self.open_button = QPushButton(self.tr("Data SISTER…"), side)
        self.open_button.setObjectName("gambaran_open_data_sister")
        self.open_button.clicked.connect(self._on_open_clicked)
        side_layout.addWidget(self.bar_label)
        side_layout.addWidget(self.members, 1)
        side_layout.addWidget(self.open_button)

        splitter = QSplitter(self)
        splitter.addWidget(self.chart_area)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- loading -------------------------------------------------------------------------------

    async def load(self) -> GambaranReport:
        """Count again from what the last sync stored, for the chosen scope, and show it."""
        report = await self._context.laporan.gambaran(self.scope.currentData())
        self.show_report(report)
        return report

    def show_report(self, report: GambaranReport) -> None:
        unit = report.gambaran.unit
        self.report = report
        self.data_label.setText(data_line(report.data_date))
        known = [self.scope.itemData(i) for i in range(1, self.scope.count())]
        if known != list(report.units):
            self.scope.blockSignals(True)
            while self.scope.count() > 1:
                self.scope.removeItem(1)
            for name in report.units:
                self.scope.addItem(name, name)
            self.scope.setCurrentIndex(max(0, self.scope.findData(unit)) if unit else 0)
            self.scope.blockSignals(False)
        for key, panel in self.panels.items():
            panel.show_chart(report.gambaran.chart(key))
        self.members.clear()
        self.bar_label.setText(self.tr("Click a bar to list its pegawai."))

    def show_bar(self, key: ChartKey, series: str, category: str) -> list[int]:
        """List the pegawai of one bar; returns their ids."""
        if self.report is None:
            return []
        chart = self.report.gambaran.chart(key)
        bar = chart.bar(series, category)
        names = self.report.names
        self.members.clear()
        for pegawai_id in sorted(bar.pegawai, key=lambda i: names.get(i, "").casefold()):
            item = QListWidgetItem(names.get(pegawai_id, str(pegawai_id)))
            item.setData(PEGAWAI_ROLE, pegawai_id)
            self.members.addItem(item)
        if self.members.count():
            self.members.setCurrentRow(0)
        label = category_label(category)
        if len(chart.series) > 1:
            label += f" ({category_label(series)})"
        self.bar_label.setText(
            fill(self.tr("%1: %2 — %3 pegawai"), chart_title(key), label, str(bar.count))
        )
        return list(bar.pegawai)

    def shown_pegawai(self) -> list[int]:
        return [self.members.item(i).data(PEGAWAI_ROLE) for i in range(self.members.count())]

    # -- slots ---------------------------------------------------------------------------------

    def _reload(self) -> None:
        work = self._context.laporan.gambaran(self.scope.currentData())
        self._context.tasks.spawn_latest("gambaran", work, self.show_report)

    def _on_scope_activated(self, _index: int) -> None:
        self._reload()

    def _on_reload_clicked(self) -> None:
        self._reload()

    def _on_members_double_clicked(self, item: QListWidgetItem) -> None:
        self._context.tasks.spawn(self.opener.open(item.data(PEGAWAI_ROLE)))

    def _on_open_clicked(self) -> None:
        item = self.members.currentItem()
        if item is None:
            self.opener.say(self.tr("Click a bar, then choose a pegawai."))
            return
        self._context.tasks.spawn(self.opener.open(item.data(PEGAWAI_ROLE)))

    def _on_pdf_clicked(self) -> None:
        self._context.tasks.spawn(self.save("pdf"))

    def _on_xlsx_clicked(self) -> None:
        self._context.tasks.spawn(self.save("xlsx"))

    async def save(self, kind: str, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        return await self.exporter.save_gambaran(self.report, kind, path)
