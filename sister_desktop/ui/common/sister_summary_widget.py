"""The synced SISTER values of the employee shown in the Pegawai tab's detail panel: current
jabatan fungsional, pangkat/golongan, highest education, homebase, status, and the last sync."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from sister_desktop.domain.derived import DERIVED_FIELDS
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.sync_log import SisterSummary
from sister_desktop.services.sync_service import SyncService
from sister_desktop.texts import sync_texts as texts
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import plain_label


class SisterSummaryWidget(QGroupBox):
    """Filled by ``load(pegawai_id)``; hidden for an employee never synced."""

    def __init__(self, service: SyncService, tasks: TaskKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sister_summary")
        self.setTitle(self.tr("SISTER data (last sync)"))
        self._service = service
        self._tasks = tasks
        self._latest_key = f"sister-summary-{id(self)}"
        labels = {
            "jabatan_fungsional": self.tr("Jabatan fungsional"),
            "pangkat_golongan": self.tr("Pangkat/golongan"),
            "pendidikan_tertinggi": self.tr("Highest education"),
            "homebase_unit": self.tr("Homebase"),
            "status_aktif": self.tr("Status in SISTER"),
            "aktif": self.tr("Active"),
        }
        form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for name in (*DERIVED_FIELDS, "last_sync"):
            value = plain_label(QLabel(self))
            value.setObjectName(f"sister_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            form.addRow(labels.get(name, self.tr("Last sync")), value)
        self.hide()

    def on_pegawai_selected(self, pegawai: Pegawai | None) -> None:
        pegawai_id = pegawai.id if pegawai is not None else None
        self._tasks.spawn_latest(self._latest_key, self._fetch(pegawai_id), self._show)

    async def load(self, pegawai_id: int | None) -> None:
        """Show one employee's summary; a later selection's load wins over this one."""
        await self._tasks.run_latest(self._latest_key, self._fetch(pegawai_id), self._show)

    async def _fetch(self, pegawai_id: int | None) -> SisterSummary | None:
        return await self._service.summary(pegawai_id) if pegawai_id is not None else None

    def _show(self, summary: SisterSummary | None) -> None:
        if summary is None:
            self.hide()
            return
        dash = "—"
        derived = summary.derived
        for name in DERIVED_FIELDS:
            value = getattr(derived, name)
            if name == "aktif":
                text = dash if value is None else (self.tr("Yes") if value else self.tr("No"))
            else:
                text = value or dash
            self.values[name].setText(text)
        self.values["last_sync"].setText(
            f"{texts.local_time(summary.last_synced_at, with_date=True)} · "
            f"{texts.result_status_label(summary.last_status)}"
        )
        self.show()
