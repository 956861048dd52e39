"""Export a monitoring list from a panel: the file dialog (never ``exec()``), then XLSX through
the comparison service (off the loop) or PDF through Qt's PDF writer, by the file's suffix."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from sister_desktop.reports.pdf_writer import write_report_pdf
from sister_desktop.services.comparison import ComparisonService, ReportSheet
from sister_desktop.ui.common.async_helpers import dialog_result


async def choose_path(parent: QWidget, title: str, base_name: str, suffix: str) -> Path | None:
    """Ask where to save; ``None`` when the operator cancels."""
    dialog = QFileDialog(parent.window(), title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.setNameFilter(
        QCoreApplication.translate("ReportExport", "Excel workbook (*.xlsx)")
        if suffix == "xlsx"
        else QCoreApplication.translate("ReportExport", "PDF (*.pdf)")
    )
    dialog.selectFile(f"{base_name}.{suffix}")
    try:
        if await dialog_result(dialog) and dialog.selectedFiles():
            return Path(dialog.selectedFiles()[0])
        return None
    finally:
        dialog.deleteLater()


async def write_sheets(
    service: ComparisonService,
    path: Path,
    sheets: Sequence[ReportSheet],
    *,
    pt_name: str | None,
) -> Path:
    """XLSX or PDF by the suffix (anything else is written as XLSX with that name)."""
    if path.suffix.lower() == ".pdf":
        write_report_pdf(path, sheets, pt_name=pt_name, operator=service.operator)
        return path
    return await service.export_xlsx(path, sheets)
