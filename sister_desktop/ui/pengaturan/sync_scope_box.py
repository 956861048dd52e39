"""Data yang disinkronkan: which groups of SISTER data a sync pulls, how many recent semesters
of teaching and BKD, and what that costs, before the operator saves the choice.

The choice is saved with its own Simpan (the web-service settings may be incomplete while the
choice is already clear); until then the box says it is not saved, and every sync keeps using
the saved choice. The estimate is recomputed a moment after the last tick, off the loop's
critical path, and the latest tick's figure wins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
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

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_estimate import SyncEstimate
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.resource_files import palette
from sister_desktop.services.settings_service import MAX_SEMESTERS
from sister_desktop.texts import sync_texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.sister_data_texts import group_hint, group_label
from sister_desktop.ui.common.ui_context import UiContext

#: The groups whose lists are asked per semester (the semester count applies to them).
PER_SEMESTER_GROUPS = frozenset({SisterGroup.TRIDHARMA, SisterGroup.BKD})
#: How long after the last tick the estimate is recomputed (ticking three boxes is one query).
ESTIMATE_DELAY_MS = 250


class SyncScopeBox(QGroupBox):
    """The tick boxes of the groups, the semester count, the estimate line and Simpan."""

    #: The choice was saved; the Sinkronisasi page shows what its next run pulls.
    scope_saved = Signal()

    def __init__(
        self, context: UiContext, rate: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Data to sync"), parent)
        self.setObjectName("sync_scope_box")
        self._context = context
        self._rate = rate
        self._saved = SyncScope()
        self._estimate_key = f"sync-scope-estimate-{id(self)}"
        self.last_estimate: SyncEstimate | None = None

        intro = QLabel(self.tr("What Start sync pulls of each linked pegawai:"), self)
        intro.setWordWrap(True)
        # Two columns: the box sits under the Panduan and must fit a laptop screen with its
        # estimate in sight; what each group holds is its tooltip.
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.group_checks: dict[SisterGroup, QCheckBox] = {}
        for index, group in enumerate(SisterGroup):
            check = QCheckBox(group_label(group), self)
            check.setObjectName(f"sync_group_{group.value}")
            check.setToolTip(group_hint(group))
            check.toggled.connect(
                lambda checked, group=group: self._on_group_check_toggled(group, checked)
            )
            grid.addWidget(check, index // 2, index % 2, Qt.AlignmentFlag.AlignLeft)
            self.group_checks[group] = check
        #: What the group ticked last holds (each box's tooltip says it too).
        self.hint_label = QLabel(self.tr("Hold the mouse over a group to see what it holds."), self)
        self.hint_label.setObjectName("sync_group_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"QLabel {{ color: {palette().quiet}; }}")

        self.semesters_spin = QSpinBox(self)
        self.semesters_spin.setObjectName("sync_semesters_spin")
        self.semesters_spin.setRange(1, MAX_SEMESTERS)
        self.semesters_spin.setToolTip(
            self.tr(
                "How many of the latest semesters of teaching (Tridharma) and of the BKD lists "
                "each sync asks for; older semesters stay as last pulled."
            )
        )
        self.semesters_spin.valueChanged.connect(self._on_semesters_spin_value_changed)
        self.semesters_label = QLabel(self.tr("Recent semesters"), self)
        self.semesters_label.setBuddy(self.semesters_spin)
        semesters = QHBoxLayout()
        semesters.addWidget(self.semesters_label)
        semesters.addWidget(self.semesters_spin)
        semesters.addStretch(1)

        self.estimate_label = QLabel(self)
        self.estimate_label.setObjectName("sync_estimate_label")
        self.estimate_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("sync_scope_note")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.save_button = QPushButton(self.tr("Save data choice"), self)
        self.save_button.setObjectName("sync_scope_save_button")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.hint_label)
        layout.addLayout(semesters)
        layout.addWidget(self.estimate_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ESTIMATE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.set_scope(self._saved)

    # -- the choice --------------------------------------------------------------------------

    def scope(self) -> SyncScope:
        """The choice as ticked now (saved or not)."""
        groups = frozenset(g for g, check in self.group_checks.items() if check.isChecked())
        return SyncScope(groups=groups, semesters=self.semesters_spin.value())

    def set_scope(self, scope: SyncScope) -> None:
        for group, check in self.group_checks.items():
            check.blockSignals(True)
            check.setChecked(group in scope.groups)
            check.blockSignals(False)
        self.semesters_spin.blockSignals(True)
        self.semesters_spin.setValue(scope.semesters)
        self.semesters_spin.blockSignals(False)
        self._update_state()

    @property
    def unsaved(self) -> bool:
        return self.scope() != self._saved

    def _update_state(self) -> None:
        groups = self.scope().groups
        per_semester = bool(groups & PER_SEMESTER_GROUPS)
        self.semesters_spin.setEnabled(per_semester)
        self.semesters_label.setEnabled(per_semester)
        self.save_button.setEnabled(self.unsaved)

    def _say(self, text: str, colour: str | None) -> None:
        self.note_label.setText(text)
        self.note_label.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.note_label.setVisible(bool(text))

    def _changed(self) -> None:
        self._update_state()
        if self.unsaved:
            self._say(
                self.tr(
                    "Not saved yet: press Save data choice. Until then a sync pulls the saved "
                    "choice."
                ),
                palette().warning,
            )
        else:
            self._say("", None)
        self._timer.start()

    # -- loading and saving ------------------------------------------------------------------

    async def load(self) -> None:
        """Tick what was saved (the defaults when nothing was) and estimate it."""
        self._saved = await self._context.settings.sync_scope()
        self.set_scope(self._saved)
        self._say("", None)
        await self.update_estimate()

    async def save(self) -> bool:
        """Save the ticked choice; returns whether anything needed saving."""
        if not self.unsaved:
            return False
        scope = self.scope()
        await self._context.settings.save_sync_scope(scope)
        self._saved = scope
        self._update_state()
        self._say(self.tr("Saved: the next sync pulls this data."), None)
        self.scope_saved.emit()
        return True

    # -- the estimate ------------------------------------------------------------------------

    def schedule_estimate(self) -> None:
        """Recompute the estimate a moment from now (the rate or the pegawai changed)."""
        self._timer.start()

    async def update_estimate(self) -> bool:
        """Estimate the ticked choice now; ``False`` when a later tick's estimate won."""
        self._timer.stop()
        return await self._context.tasks.run_latest(
            self._estimate_key, self._estimate(self.scope()), self._show_estimate
        )

    async def _estimate(self, scope: SyncScope) -> SyncEstimate:
        request = SyncRequest(SyncMode.ALL, scope=scope)
        return await self._context.sync.estimate(request, self._rate())

    def _show_estimate(self, estimate: SyncEstimate) -> None:
        self.last_estimate = estimate
        line = sync_texts.estimate_line(estimate)
        if estimate.pegawai:
            line = self.tr("Estimate of one sync:") + " " + line
        self.estimate_label.setText(line)

    # -- slots -------------------------------------------------------------------------------

    def _on_group_check_toggled(self, group: SisterGroup, checked: bool) -> None:
        if not checked and not self.scope().groups:
            # Refused: a sync with nothing to pull would only ask SISTER for the SDM list.
            check = self.group_checks[group]
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)
            self._say(
                self.tr(
                    "At least one group stays ticked: a sync without any would pull nothing. "
                    "Tick another group first to leave this one out."
                ),
                palette().error,
            )
            return
        self.hint_label.setText(fill(self.tr("%1: %2"), group_label(group), group_hint(group)))
        self._changed()

    def _on_semesters_spin_value_changed(self, _value: int) -> None:
        self._changed()

    def _on_timer_timeout(self) -> None:
        self._context.tasks.spawn_latest(
            self._estimate_key, self._estimate(self.scope()), self._show_estimate
        )

    def _on_save_button_clicked(self) -> None:
        self._context.tasks.spawn(self.save(), name="save-sync-scope")
