"""What changed in a sync run, one row per employee: the kinds (new rank, grade, degree,
assignment, status) with today's value, and the endpoints and fields behind them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sister_desktop.domain.monitoring import PegawaiChange
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.ui.perbandingan.record_table_model import RecordTableModel


def _cells(change: PegawaiChange) -> list[str | None]:
    return [
        change.nama,
        change.id_sdm,
        texts.change_kinds_text(change),
        texts.change_details_text(change),
    ]


class PerubahanModel(RecordTableModel[PegawaiChange]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(texts.changes_headers(), _cells, parent)
