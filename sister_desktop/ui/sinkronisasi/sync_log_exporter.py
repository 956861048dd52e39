"""Export the Log Sinkronisasi as shown (the selected run, the failures filter applied) to an
XLSX or CSV file the operator chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from sister_desktop.files.atomic_file import FileWriteError
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.error_texts import write_error_text
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.sinkronisasi.sync_log_box import SyncLogBox
from sister_desktop.ui.sinkronisasi.sync_messenger import SyncMessenger


class SyncLogExporter(QObject):
    """Writes ``log_box``'s shown lines; says what was written, or why not."""

    def __init__(self, context: UiContext, log_box: SyncLogBox, messenger: SyncMessenger) -> None:
        super().__init__(log_box)
        self._context = context
        self._log_box = log_box
        self._messenger = messenger

    async def export_log(self, path: Path) -> Path | None:
        """Write the shown run's lines (as filtered) to ``path`` (.xlsx or .csv)."""
        rows = self._log_box.shown_rows()
        try:
            written = await self._context.sync.export_log(
                rows, path, headers=texts.log_headers(), cells=texts.log_cells
            )
        except FileWriteError as exc:
            self._messenger.inform(write_error_text(exc.code, str(exc.path)), error=True)
            return None
        except OSError as exc:
            self._messenger.inform(
                fill(
                    self.tr("The file could not be written: %1. Close it in Excel and try again."),
                    exc.strerror or str(exc),
                ),
                error=True,
            )
            return None
        self._messenger.inform(texts.exported_text(len(rows), str(written)), error=False)
        return written

    async def choose_and_export(self, suffix: str) -> None:
        """Ask where (a name after the run's start), then write."""
        run = self._log_box.selected_run()
        name = f"log-sinkronisasi-{run.started_at.astimezone():%Y%m%d-%H%M}" if run else "log"
        dialog = make_file_dialog(
            self._log_box,
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
