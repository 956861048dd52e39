"""Saving the Laporan: the Gambaran dosen as PDF or XLSX, the LKPS tables as XLSX. The file
dialog is asked first (never ``exec()``); the file is written off the loop, and a file that
cannot be written is said in the operator's words."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.lkps import Lkps
from sister_desktop.files.atomic_file import FileWriteError
from sister_desktop.files.laporan_xlsx import write_laporan_xlsx
from sister_desktop.reports.gambaran_pdf import write_gambaran_pdf
from sister_desktop.services.laporan_service import GambaranReport
from sister_desktop.texts import laporan_texts
from sister_desktop.texts.error_texts import write_error_text
from sister_desktop.ui.common.message_boxes import inform
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.perbandingan.report_export import choose_path


class LaporanExporter(QObject):
    def __init__(self, context: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent

    def _say(self, text: str, *, warning: bool = False) -> None:
        inform(
            self._parent,
            name="laporan_export_notice",
            title=self.tr("Laporan"),
            text=text,
            warning=warning,
        )

    async def save_gambaran(
        self, report: GambaranReport, kind: str, path: Path | None = None
    ) -> Path | None:
        """PDF (painted here: Qt paints on the GUI thread) or XLSX (off the loop)."""
        stem = "Gambaran_dosen" + (f"_{report.gambaran.unit}" if report.gambaran.unit else "")
        path = path or await choose_path(self._parent, laporan_texts.title_text(), stem, kind)
        if path is None:
            return None
        try:
            if kind == "pdf":
                written = write_gambaran_pdf(path, report.gambaran, report.data_date)
            else:
                sheets = laporan_texts.gambaran_sheets(report.gambaran, report.data_date)
                written = await run_cpu(write_laporan_xlsx, path, sheets)
        except FileWriteError as exc:
            self._say(write_error_text(exc.code, str(exc.path)), warning=True)
            return None
        self._say(laporan_texts.written_text(str(written)))
        return written

    async def save_lkps(
        self, lkps: Lkps, data_date: datetime | None, path: Path | None = None
    ) -> Path | None:
        stem = laporan_texts.lkps_file_stem(lkps.prodi, lkps.ts)
        path = path or await choose_path(self._parent, "LKPS", stem, "xlsx")
        if path is None:
            return None
        try:
            written = await run_cpu(
                write_laporan_xlsx, path, laporan_texts.lkps_sheets(lkps, data_date)
            )
        except FileWriteError as exc:
            self._say(write_error_text(exc.code, str(exc.path)), warning=True)
            return None
        self._say(laporan_texts.written_text(str(written)))
        return written
