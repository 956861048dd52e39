"""The Cek Service result: one row per step with a tick, a cross or a warning, and a hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QStyle, QWidget

from sister_desktop.domain.diagnosis_steps import STEP_ORDER, StepId, StepResult, StepStatus
from sister_desktop.resource_files import palette
from sister_desktop.texts.error_texts import step_label, step_text
from sister_desktop.ui.common.plain_text_delegate import plain_label

_ICONS = {
    StepStatus.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    StepStatus.FAIL: QStyle.StandardPixmap.SP_DialogCancelButton,
    StepStatus.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
}
_COLOURS = {
    StepStatus.OK: palette().ok,
    StepStatus.FAIL: palette().error,
    StepStatus.WARN: palette().warning,
    StepStatus.SKIPPED: palette().quiet,
}


class DiagnosisStepList(QWidget):
    """Rows fill in as the steps finish, so a slow step shows where the check is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosis_step_list")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(1, 1)
        self._icons: dict[StepId, QLabel] = {}
        self._texts: dict[StepId, QLabel] = {}
        self._hints: dict[StepId, QLabel] = {}
        self._status: dict[StepId, StepStatus] = {}
        for row, step in enumerate(STEP_ORDER):
            icon = QLabel(self)
            icon.setFixedWidth(20)
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            text = plain_label(QLabel(self))
            text.setObjectName(f"diagnosis_{step.value}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            hint = plain_label(QLabel(self))
            hint.setObjectName(f"diagnosis_{step.value}_hint")
            hint.setWordWrap(True)
            hint.setStyleSheet(f"QLabel {{ color: {palette().hint}; font-size: 11px; }}")
            hint.setVisible(False)
            layout.addWidget(icon, row * 2, 0)
            layout.addWidget(text, row * 2, 1)
            layout.addWidget(hint, row * 2 + 1, 1)
            self._icons[step], self._texts[step], self._hints[step] = icon, text, hint
        self.reset()

    def reset(self) -> None:
        """Every step waiting (greyed) before a new check."""
        self._status.clear()
        for step in STEP_ORDER:
            self._icons[step].clear()
            self._texts[step].setText(step_label(step) + " …")
            self._texts[step].setStyleSheet(f"QLabel {{ color: {palette().faint}; }}")
            self._hints[step].clear()
            self._hints[step].setVisible(False)

    def show_step(self, result: StepResult) -> None:
        explanation = step_text(result)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if result.status is StepStatus.SKIPPED:
            self._icons[result.step].setText("–")  # neutral: not a failure
        else:
            icon = self.style().standardIcon(_ICONS[result.status])
            self._icons[result.step].setPixmap(icon.pixmap(size, size))
        text = self._texts[result.step]
        text.setText(explanation.text)
        text.setStyleSheet(f"QLabel {{ color: {_COLOURS[result.status]}; }}")
        hint = self._hints[result.step]
        hint.setText(explanation.hint)
        hint.setVisible(bool(explanation.hint))
        self._status[result.step] = result.status

    # -- what tests and the panel read ---------------------------------------------------------

    def status(self, step: StepId) -> StepStatus | None:
        return self._status.get(step)

    def text(self, step: StepId) -> str:
        return self._texts[step].text()

    def hint(self, step: StepId) -> str:
        return self._hints[step].text()
