"""Sinkronisasi malam: how old each group's SISTER data may get, the operating system's
nightly job (Jadwalkan sinkronisasi malam), and what tonight's run will cost.

The limits are saved with their own button (as the data choice is); the tick creates or
removes the job at once, since it is the system's, not the database's: what the box shows
is read back from the system.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from types import MappingProxyType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.freshness import MAX_DAYS, Freshness
from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.resource_files import palette
from sister_desktop.services.night_schedule import ScheduleError
from sister_desktop.texts import sync_texts
from sister_desktop.texts.sister_data_texts import group_label
from sister_desktop.ui.common.ui_context import UiContext


class NightlyBox(QGroupBox):
    """The freshness limits per group, the nightly job's tick, tonight's cost."""

    def __init__(
        self, context: UiContext, rate: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Nightly sync"), parent)
        self.setObjectName("nightly_box")
        self._context = context
        self._rate = rate
        self._saved = Freshness()
        intro = QLabel(
            self.tr(
                "A nightly sync asks SISTER only for the data older than these limits (days), "
                "spread over the nights:"
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.day_spins: dict[SisterGroup, QSpinBox] = {}
        labels = [(group, group_label(group)) for group in SisterGroup]
        for index, (group, text) in enumerate(labels):
            spin = self._spin(f"freshness_{group.value}")
            self.day_spins[group] = spin
            self._place(grid, index, text, spin)
        self.fast_spin = self._spin("freshness_ajuan")
        self._place(
            grid, len(labels), self.tr("Pending requests (ajuan), penugasan"), self.fast_spin
        )
        self.save_button = QPushButton(self.tr("Save limits"), self)
        self.save_button.setObjectName("freshness_save_button")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.schedule_check = QCheckBox(self.tr("Schedule the nightly sync"), self)
        self.schedule_check.setObjectName("night_schedule_check")
        self.schedule_check.setToolTip(
            self.tr(
                "Creates the operating system's own job (Task Scheduler on Windows, a systemd "
                "timer on Linux) that runs the sync at 02:00 every night, even with the "
                "program closed; untick to remove it."
            )
        )
        self.schedule_check.toggled.connect(self._on_schedule_check_toggled)
        self.tonight_label = QLabel(self)
        self.tonight_label.setObjectName("tonight_label")
        self.tonight_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("nightly_note")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.schedule_check)
        layout.addWidget(self.tonight_label)
        layout.addWidget(self.note_label)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(1, MAX_DAYS)
        spin.valueChanged.connect(self._on_spin_value_changed)
        return spin

    def _place(self, grid: QGridLayout, index: int, text: str, spin: QSpinBox) -> None:
        label = QLabel(text, self)
        label.setBuddy(spin)
        row, column = index // 2, (index % 2) * 2
        grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(spin, row, column + 1, Qt.AlignmentFlag.AlignLeft)

    # -- the limits --------------------------------------------------------------------------

    def freshness(self) -> Freshness:
        days = MappingProxyType({g: spin.value() for g, spin in self.day_spins.items()})
        return Freshness(days, self.fast_spin.value())

    def set_freshness(self, freshness: Freshness) -> None:
        for group, spin in self.day_spins.items():
            spin.blockSignals(True)
            spin.setValue(freshness.days.get(group, 7))
            spin.blockSignals(False)
        self.fast_spin.blockSignals(True)
        self.fast_spin.setValue(freshness.fast_days)
        self.fast_spin.blockSignals(False)
        self.save_button.setEnabled(self.freshness() != self._saved)

    async def load(self) -> None:
        """The saved limits, whether the job exists, tonight's cost."""
        self._saved = await self._context.settings.sync_freshness()
        self.set_freshness(self._saved)
        scheduled = await self._context.sync.night_scheduled()
        self.schedule_check.blockSignals(True)
        self.schedule_check.setChecked(scheduled)
        self.schedule_check.blockSignals(False)
        await self.update_tonight()

    async def save(self) -> None:
        freshness = self.freshness()
        await self._context.settings.save_sync_freshness(freshness)
        self._saved = freshness
        self.save_button.setEnabled(False)
        self._say(self.tr("Saved: the next nightly sync keeps these limits."), None)
        await self.update_tonight()

    async def update_tonight(self) -> None:
        plan = await self._context.sync.tonight(self._rate())
        self.tonight_label.setText(
            sync_texts.tonight_text(plan.estimate, plan.oldest, datetime.now(UTC))
        )

    # -- the job -----------------------------------------------------------------------------

    async def set_scheduled(self, on: bool) -> bool:
        """Create or remove the job; the tick shows what the system has afterwards."""
        try:
            await self._context.sync.schedule_nights(on)
        except (ScheduleError, OSError) as exc:
            self._say(self.tr("The nightly job could not be changed:") + f" {exc}", palette().error)
        else:
            self._say(
                self.tr("The nightly sync is scheduled.")
                if on
                else self.tr("The nightly sync is no longer scheduled."),
                None,
            )
        scheduled = await self._context.sync.night_scheduled()
        self.schedule_check.blockSignals(True)
        self.schedule_check.setChecked(scheduled)
        self.schedule_check.blockSignals(False)
        return scheduled == on

    def _say(self, text: str, colour: str | None) -> None:
        self.note_label.setText(text)
        self.note_label.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.note_label.setVisible(bool(text))

    # -- slots -------------------------------------------------------------------------------

    def _on_spin_value_changed(self, _value: int) -> None:
        self.save_button.setEnabled(self.freshness() != self._saved)

    def _on_save_button_clicked(self) -> None:
        self._context.tasks.spawn(self.save(), name="save-freshness")

    def _on_schedule_check_toggled(self, checked: bool) -> None:
        self._context.tasks.spawn(self.set_scheduled(checked), name="night-schedule")
