"""The language choice in Pengaturan: Bahasa Indonesia or English, used from the next start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from sister_desktop.services.language_service import DEFAULT, LanguageService
from sister_desktop.ui.common.async_helpers import TaskKeeper

#: Each language is named in its own words, so an operator who cannot read the current one
#: still finds theirs.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


class LanguageBox(QGroupBox):
    """Saves the choice as soon as it changes; the texts on screen change at the next start,
    because every window and message box reads its words when it is built."""

    language_saved = Signal(str)

    def __init__(
        self, service: LanguageService | None, tasks: TaskKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Language (Bahasa)"), parent)
        self.setObjectName("language_box")
        self._service = service
        self._tasks = tasks
        self._loading = False
        self.combo = QComboBox(self)
        self.combo.setObjectName("language_combo")
        for code, name in LANGUAGE_NAMES.items():
            self.combo.addItem(name, code)
        self.note = QLabel(self.tr("The chosen language is used from the next start."), self)
        self.note.setObjectName("language_note")
        self.note.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Language"), self.combo)
        layout.addRow("", self.note)
        self.combo.setEnabled(service is not None)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)

    def language(self) -> str:
        return str(self.combo.currentData())

    async def load(self) -> None:
        """Show the saved choice (Indonesian when none was made)."""
        if self._service is None:
            return
        saved = await self._service.effective()
        self._loading = True
        try:
            self.combo.setCurrentIndex(max(self.combo.findData(saved or DEFAULT), 0))
        finally:
            self._loading = False

    def _on_combo_current_index_changed(self) -> None:
        if not self._loading:
            self._tasks.spawn(self.save(), name="save-language")

    async def save(self) -> None:
        if self._service is None:
            return
        language = self.language()
        await self._service.save(language)
        self.note.setText(
            self.tr("Saved. Close and open SISTER Desktop again to see it in %1.").replace(
                "%1", LANGUAGE_NAMES[language]
            )
        )
        self.language_saved.emit(language)
