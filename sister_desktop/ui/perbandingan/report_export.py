"""Export a monitoring list from a panel: the file dialog (never ``exec()``), then XLSX through
the comparison service (off the loop) or PDF through Qt's PDF writer, by the file's suffix.
Either way the file is written and flushed to the disk in the worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.files.atomic_file import check_target, write_atomically
from sister_desktop.files.report_xlsx import ReportSheet
from sister_desktop.reports.pdf_writer import paint_report_pdf
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog


async def choose_path(parent: QWidget, title: str, base_name: str, suffix: str) -> Path | None:
    """Ask where to save; ``None`` when the operator cancels."""
    dialog = make_file_dialog(
        parent,
        title,
        save=True,
        name_filters=[
            QCoreApplication.translate("ReportExport", "Excel workbook (*.xlsx)")
            if suffix == "xlsx"
            else QCoreApplication.translate("ReportExport", "PDF (*.pdf)")
        ],
        file_name=f"{base_name}.{suffix}",
        default_suffix=suffix,
    )
    return await choose_file(dialog)


async def write_sheets(
    service: ComparisonService,
    path: Path,
    sheets: Sequence[ReportSheet],
    *,
    pt_name: str | None,
) -> Path:
    """XLSX or PDF by the suffix (anything else is written as XLSX with that name)."""
    if path.suffix.lower() == ".pdf":
        check_target(path)  # before the work of painting
        # Painted here, on the GUI thread as Qt needs; written and flushed in the worker, so
        # a slow disk never freezes the window.
        painted = paint_report_pdf(sheets, pt_name=pt_name, operator=service.operator)
        return await run_cpu(write_atomically, path, painted.data)
    return await service.export_xlsx(path, sheets)
