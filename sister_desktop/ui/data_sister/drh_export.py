"""Writing Daftar Riwayat Hidup files from the window: one pegawai to a file the operator
names (PDF or XLSX), or the ticked pegawai one PDF each into a folder. The dialogs are never
``exec()``; a file that cannot be written is said in the operator's words and the previous
file stays (the writers go through ``files/atomic_file``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.sister_history import PegawaiWithData
from sister_desktop.files.atomic_file import FileWriteError, check_target, write_atomically
from sister_desktop.files.report_xlsx import write_workbook
from sister_desktop.reports.drh_pdf import DRH_FILE_MODE, render_drh
from sister_desktop.texts import drh_texts
from sister_desktop.texts.error_texts import write_error_text
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.perbandingan.report_export import choose_path

Say = Callable[[str], None]


class DrhExporter:
    def __init__(self, context: UiContext, parent: QWidget) -> None:
        self._context = context
        self._parent = parent
        #: The folder dialog open right now (tests find it here).
        self.folder_dialog: QFileDialog | None = None

    async def write_one(self, loaded: PegawaiWithData, path: Path) -> Path:
        """One CV to ``path``: PDF for ``.pdf``, else XLSX."""
        drh = drh_texts.build_drh(loaded, datetime.now(UTC))
        if path.suffix.lower() == ".pdf":
            check_target(path)  # before the work of painting
            # Painted here, on the GUI thread as Qt needs; written and flushed in the worker.
            data = render_drh(drh)
            return await run_cpu(write_atomically, path, data, mode=DRH_FILE_MODE)
        return await run_cpu(write_workbook, path, drh_texts.drh_sheets(drh))

    async def save_one(self, loaded: PegawaiWithData, kind: str, say: Say) -> Path | None:
        path = await choose_path(
            self._parent,
            drh_texts.title_text(),
            drh_texts.file_stem(loaded.pegawai),
            kind,
        )
        if path is None:
            return None
        try:
            written = await self.write_one(loaded, path)
        except FileWriteError as exc:
            say(write_error_text(exc.code, str(exc.path)))
            return None
        say(drh_texts.written_text(str(written)))
        return written

    async def write_batch(self, ids: Iterable[int], folder: Path, say: Say) -> list[Path]:
        """One PDF per pegawai into ``folder`` (named by NIP and name); stops at the first file
        that cannot be written and says why."""
        written: list[Path] = []
        for pegawai_id in sorted(ids):
            loaded = await self._context.data_sister.load(pegawai_id)
            if loaded is None:
                continue
            path = folder / f"{drh_texts.file_stem(loaded.pegawai)}.pdf"
            try:
                written.append(await self.write_one(loaded, path))
            except FileWriteError as exc:
                say(write_error_text(exc.code, str(exc.path)))
                return written
        say(drh_texts.batch_written_text(len(written), str(folder)))
        return written

    async def save_batch(self, ids: Iterable[int], say: Say) -> list[Path]:
        dialog = make_file_dialog(self._parent, drh_texts.title_text(), save=False, name_filters=[])
        dialog.setObjectName("drh_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        folder = await choose_file(dialog, self._keep_folder_dialog)
        if folder is None:
            return []
        return await self.write_batch(ids, folder, say)

    def _keep_folder_dialog(self, dialog: QFileDialog | None) -> None:
        self.folder_dialog = dialog
