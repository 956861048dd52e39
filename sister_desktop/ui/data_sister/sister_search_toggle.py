""" "Cari juga di Data SISTER": the Pegawai search also finds a pegawai by a value in his synced
SISTER records ("sertifikasi dosen 2019", a study programme, an SK number). The database is
asked a moment after the operator stops typing, and only the latest answer is shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.pegawai.pegawai_filter_proxy import PegawaiFilterProxy

#: The pause after the last keystroke before the synced data is searched.
DEBOUNCE_MS = 250


class SisterSearchToggle(QCheckBox):
    def __init__(
        self,
        context: UiContext,
        search_edit: QLineEdit,
        proxy: PegawaiFilterProxy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Also in Data SISTER"), parent)
        self.setObjectName("search_sister_check")
        self.setToolTip(
            self.tr(
                "Also find pegawai by their synced SISTER data: every word in one record, "
                'e.g. "sertifikasi dosen 2019" or a study programme'
            )
        )
        self._context = context
        self._edit = search_edit
        self._proxy = proxy
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        search_edit.textChanged.connect(self._on_search_text_changed)
        self.toggled.connect(self._on_toggled)

    async def search_now(self) -> set[int]:
        """Search the synced data for the current text and show the pegawai found."""
        text = self._edit.text()
        if not self.isChecked() or not text.strip():
            self._proxy.set_extra_matches(set())
            return set()
        found: set[int] = set()

        def show(ids: set[int]) -> None:
            found.update(ids)
            self._proxy.set_extra_matches(ids)

        await self._context.tasks.run_latest(
            ("pegawai-sister-search", id(self)), self._context.data_sister.search(text), show
        )
        return found

    def _on_search_text_changed(self, _text: str) -> None:
        if self.isChecked():
            self._timer.start()

    def _on_toggled(self, _checked: bool) -> None:
        self._timer.stop()
        self._context.tasks.spawn(self.search_now())

    def _on_timer_timeout(self) -> None:
        self._context.tasks.spawn(self.search_now())
