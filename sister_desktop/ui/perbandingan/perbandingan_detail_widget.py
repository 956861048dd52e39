"""The Perbandingan of the employee shown in the Pegawai tab's detail panel: every field, the
campus value beside SISTER's, differences tinted, and "Terapkan data SISTER" for the ticked
fields (or all differing ones). The other way round, below the table, a row per data pribadi field
SISTER takes from the campus (``FROM_COMPARISON_FIELDS``) where the two differ, with its own
*Usulkan ke SISTER*: an ubah usulan of that field only, not of every differing one. Hidden for an
employee not linked or never synced."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.comparison import PegawaiComparison
from sister_desktop.domain.links import PegawaiGoneError
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.services.usulan_service import (
    FROM_COMPARISON_FIELDS,
    ProposableField,
    UsulanService,
)
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.write_block_texts import writes_off_reason
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.perbandingan.apply_preview_dialog import confirm_apply
from sister_desktop.ui.perbandingan.perbandingan_model import PerbandinganColumn, PerbandinganModel


class PerbandinganDetailWidget(QGroupBox):
    #: SISTER values were copied into this employee's record.
    pegawai_changed = Signal(int)

    #: Ubah usulan were drafted from the campus's values (the Usulan page shows them).
    usulan_made = Signal(int)

    def __init__(
        self,
        service: ComparisonService,
        tasks: TaskKeeper,
        parent: QWidget | None = None,
        *,
        usulan: UsulanService | None = None,
        writes_enabled: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._usulan = usulan
        self._writes_enabled = writes_enabled
        self._writes = False
        self.setObjectName("perbandingan_detail")
        self.setTitle(self.tr("Perbandingan with SISTER"))
        self._service = service
        self._tasks = tasks
        self._latest_key = f"perbandingan-detail-{id(self)}"
        self.comparison: PegawaiComparison | None = None
        self.model = PerbandinganModel(self, check_column=PerbandinganColumn.FIELD)
        self.view = make_table(
            self,
            "perbandingan_detail_view",
            self.model,
            selection=QAbstractItemView.SelectionMode.NoSelection,
            row_padding=6,
            columns=QHeaderView.ResizeMode.ResizeToContents,
        )
        header = self.view.horizontalHeader()
        for column in (PerbandinganColumn.LOCAL, PerbandinganColumn.SISTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.fontMetrics().height() * 14)
        self.summary_label = plain_label(QLabel(self))
        self.summary_label.setObjectName("perbandingan_detail_summary")
        self.summary_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Terapkan data SISTER"), self)
        self.apply_button.setObjectName("perbandingan_detail_apply")
        self.apply_button.setToolTip(
            self.tr("Copy SISTER's value into the ticked fields (all differing ones if none)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.apply_button)
        # Usulkan ke SISTER per field, by name: the reverse of Terapkan, for the data
        # pribadi SISTER takes from the campus (only the fields where they differ).
        self.usulkan_buttons: dict[str, QPushButton] = {}
        self.proposable: list[ProposableField] = []
        self.usulkan_box = QGroupBox(self.tr("Campus → SISTER"), self)
        self.usulkan_box.setObjectName("perbandingan_usulkan_box")
        self._usulkan_grid = QGridLayout(self.usulkan_box)
        self.usulkan_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.usulkan_box)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.hide()

    def on_pegawai_selected(self, pegawai: Pegawai | None) -> None:
        pegawai_id = pegawai.id if pegawai is not None else None
        self._tasks.spawn_latest(self._latest_key, self._fetch(pegawai_id), self._show)

    async def load(self, pegawai_id: int | None) -> None:
        """Show one employee's comparison; a later selection's load wins over this one."""
        await self._tasks.run_latest(self._latest_key, self._fetch(pegawai_id), self._show)

    async def _fetch(
        self, pegawai_id: int | None
    ) -> tuple[PegawaiComparison | None, list[ProposableField]]:
        if self._writes_enabled is not None:
            self._writes = await self._writes_enabled()
        if pegawai_id is None:
            return None, []
        found = await self._service.compare_one(pegawai_id)
        if found is None or self._usulan is None:
            return found, []
        return found, await self._usulan.proposable(pegawai_id)

    def _show(self, fetched: tuple[PegawaiComparison | None, list[ProposableField]]) -> None:
        found, self.proposable = fetched
        self.comparison = found
        if found is None:
            self.model.set_comparisons([])
            self.hide()
            return
        self.model.set_comparisons([found])
        self.view.setColumnHidden(PerbandinganColumn.NAMA, True)
        self.view.setColumnHidden(PerbandinganColumn.STATE, True)  # the tint says it
        differences = len(found.differences)
        self.apply_button.setEnabled(any(f.applicable for f in found.fields))
        self._show_usulkan_buttons()
        self.summary_label.setText(
            fill(self.tr("%1 field(s) differ from SISTER."), str(differences))
            if differences
            else self.tr("The campus data matches SISTER.")
        )
        self.show()

    async def apply(self) -> int:
        """The ticked fields, or every differing field when none is ticked."""
        item = self.comparison
        if item is None:
            return 0
        keys = self.model.ticked() or [
            (item.pegawai_id, f.field) for f in item.fields if f.applicable
        ]
        if not await confirm_apply(self, await self._service.plan_apply(keys)):
            return 0
        try:
            outcome = await self._service.apply(keys)
        except PegawaiGoneError:
            self.summary_label.setText(texts.pegawai_gone_text())
            return 0
        await self.load(item.pegawai_id)
        if outcome.changed:
            self.pegawai_changed.emit(item.pegawai_id)
        return outcome.changed

    def _show_usulkan_buttons(self) -> None:
        """A line per field the campus can propose: its name, both values, the button."""
        grid = self._usulkan_grid
        while grid.count():
            taken = grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.usulkan_buttons.clear()
        for row, field in enumerate(self.proposable):
            label = texts.field_label(field.field)
            grid.addWidget(plain_label(QLabel(label, self.usulkan_box)), row, 0)
            values = plain_label(
                QLabel(
                    fill(
                        self.tr("campus: %1 · SISTER: %2"),
                        field.campus,
                        field.sister or self.tr("(empty)"),
                    ),
                    self.usulkan_box,
                )
            )
            values.setWordWrap(True)
            grid.addWidget(values, row, 1)
            button = QPushButton(self.tr("Propose to SISTER"), self.usulkan_box)
            button.setObjectName(f"perbandingan_usulkan_{field.field}")
            button.setEnabled(self._writes and not field.waiting)
            if not self._writes:
                button.setToolTip(writes_off_reason())
            elif field.waiting:
                button.setToolTip(self.tr("An usulan of it is already waiting on the Usulan page."))
            else:
                button.setToolTip(
                    fill(
                        self.tr(
                            "Propose the campus's %1 as a change in SISTER (a draft usulan "
                            "of this field only)"
                        ),
                        label,
                    )
                )
            button.clicked.connect(lambda _checked=False, name=field.field: self._usulkan(name))
            grid.addWidget(button, row, 2)
            self.usulkan_buttons[field.field] = button
        grid.setColumnStretch(1, 1)
        self.usulkan_box.setVisible(bool(self.proposable))

    async def usulkan(self, field: str) -> int:
        """Draft an ubah usulan of this one field where the campus's value differs from
        SISTER's; how many were drafted (0 or 1)."""
        item = self.comparison
        if item is None or self._usulan is None or field not in FROM_COMPARISON_FIELDS:
            return 0
        made = await self._usulan.from_comparison([field], [item.pegawai_id])
        await self.load(item.pegawai_id)
        self.summary_label.setText(
            fill(
                self.tr("Usulan of %1 drafted: approve it on the Usulan page."),
                texts.field_label(field),
            )
            if made
            else self.tr(
                "Nothing to propose: SISTER already has the campus's value, or an usulan of "
                "it is waiting."
            )
        )
        if made:
            self.usulan_made.emit(len(made))
        return len(made)

    def _usulkan(self, field: str) -> None:
        self._tasks.spawn(self.usulkan(field))

    def _on_apply_button_clicked(self) -> None:
        self._tasks.spawn(self.apply())
