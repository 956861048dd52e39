"""Preview of a collective link: the three groups with counts, the reason of every row, and the
selected row's local and SISTER data side by side. Nothing is written before Hubungkan."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.links import PegawaiGoneError, SdmAlreadyLinkedError
from sister_desktop.domain.matching import MatchGroup, PlanEntry
from sister_desktop.resource_files import palette
from sister_desktop.services.linking import ApplyResult, LinkingService, PlanResult
from sister_desktop.texts import link_texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime, format_number
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.tables import make_table, widen_to_titles
from sister_desktop.ui.hubungkan.link_plan_model import LinkPlanModel
from sister_desktop.ui.hubungkan.record_compare_widget import RecordCompareWidget


class LinkPreviewDialog(QDialog):
    """Shows a ``PlanResult``; Hubungkan writes the ticked rows in one transaction."""

    def __init__(
        self,
        service: LinkingService,
        result: PlanResult,
        tasks: TaskKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("link_preview_dialog")
        self.setWindowTitle(self.tr("Hubungkan Pegawai dan Sister"))
        self.resize(1000, 640)
        self._service = service
        self._tasks = tasks
        #: What the dialog shows (not ``result``: that is QDialog.result(), the dialog's outcome).
        self.plan_result = result
        #: Set when the links were written (the dialog then closes with Accepted).
        self.applied: ApplyResult | None = None
        #: The employees the confirmed write linked (for the summary after the dialog).
        self.linked_ids: frozenset[int] = frozenset()

        plan = result.plan
        summary = self.tr("%1 employees checked against %2 persons in SISTER (list fetched %3).")
        summary = fill(
            summary,
            format_number(len(plan)),
            format_number(result.sdm_count),
            format_datetime(result.sdm_fetched_at),
        )
        if result.already_linked:
            summary += " " + fill(
                self.tr("%1 already linked, left as they are."),
                format_number(len(result.already_linked)),
            )
        self.summary_label = QLabel(summary, self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("group_tabs")
        self.models: dict[MatchGroup, LinkPlanModel] = {}
        self.views: dict[MatchGroup, QTableView] = {}
        for group in MatchGroup:
            self.tabs.addTab(self._group_page(group, plan.group(group)), "")
        self._update_tab_titles()

        detail = QWidget(self)
        self.reason_label = plain_label(QLabel(detail))
        self.reason_label.setObjectName("reason_label")
        bold = self.reason_label.font()
        bold.setBold(True)  # bold as a font: the text names people, so it is never HTML
        self.reason_label.setFont(bold)
        self.reason_label.setWordWrap(True)
        self.compare = RecordCompareWidget(detail)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.reason_label)
        detail_layout.addWidget(self.compare)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.error_label = plain_label(QLabel(self))
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"QLabel {{ color: {palette().error}; }}")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("link_button")
        self.link_button.setDefault(True)
        self.buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_link_button()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _group_page(self, group: MatchGroup, entries: tuple[PlanEntry, ...]) -> QWidget:
        page = QWidget(self)
        hint = QLabel(link_texts.group_hint(group), page)
        hint.setWordWrap(True)
        model = LinkPlanModel(group, entries, self)
        model.ticked_changed.connect(self._on_model_ticked_changed)
        view = make_table(
            page,
            f"table_{group.value}",
            model,
            alternating=True,
            columns=QHeaderView.ResizeMode.Interactive,
            stretch_last=True,
        )
        view.setColumnWidth(0, 260)
        view.setColumnWidth(1, 220)
        view.setColumnWidth(2, 220)
        view.setColumnWidth(3, 200)
        view.setColumnWidth(4, 90)
        widen_to_titles(view)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(view)
        self.models[group] = model
        self.views[group] = view
        return page

    # -- what the operator sees ----------------------------------------------------------------

    def count(self, group: MatchGroup) -> int:
        return len(self.models[group].entries)

    def ticked(self) -> list[PlanEntry]:
        """The entries that Hubungkan would write: ticked Cocok and Perlu dicek rows."""
        return (
            self.models[MatchGroup.EXACT].checked_entries()
            + self.models[MatchGroup.REVIEW].checked_entries()
        )

    def _update_tab_titles(self) -> None:
        for position, group in enumerate(MatchGroup):
            self.tabs.setTabText(position, f"{link_texts.group_label(group)} ({self.count(group)})")

    def _update_link_button(self) -> None:
        n = len(self.ticked())
        self.link_button.setText(fill(self.tr("Hubungkan (%1)"), str(n)))
        self.link_button.setEnabled(n > 0)

    def _on_model_ticked_changed(self, _count: int) -> None:
        self._update_link_button()

    def _on_tabs_current_changed(self, position: int) -> None:
        group = list(MatchGroup)[position]
        view = self.views[group]
        rows = view.selectionModel().selectedRows()
        if not rows and view.model().rowCount() > 0:
            view.selectRow(0)
        else:
            self._show_row(group, rows[0].row() if rows else None)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        group = list(MatchGroup)[self.tabs.currentIndex()]
        indexes = selected.indexes()
        if indexes:
            self._show_row(group, indexes[0].row())

    def _show_row(self, group: MatchGroup, row: int | None) -> None:
        if row is None:
            self.compare.show_records(None, None)
            self.reason_label.clear()
            return
        entry = self.models[group].entries[row]
        self.reason_label.setText(link_texts.entry_explanation(entry))
        sdm = entry.proposed or (entry.nearest[0].sdm if entry.nearest else None)
        self.compare.show_records(entry.pegawai, sdm)

    # -- writing -------------------------------------------------------------------------------

    def _on_link_button_clicked(self) -> None:
        self._tasks.spawn(self.confirm())

    async def confirm(self) -> None:
        """Write the ticked rows in one transaction; on a refusal say why and write nothing."""
        entries = self.ticked()
        if not entries:
            return
        self.link_button.setEnabled(False)
        self.error_label.hide()
        try:
            self.applied = await self._service.apply(entries)
            self.linked_ids = frozenset(entry.pegawai.id for entry in entries)
        except SdmAlreadyLinkedError as exc:
            self._show_error(link_texts.already_linked_text(exc.pegawai_nama))
        except PegawaiGoneError:
            self._show_error(link_texts.pegawai_gone_text())
        else:
            self.accept()
        finally:
            self._update_link_button()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(
            text + " " + self.tr("Nothing was linked; untick that row and try again.")
        )
        self.error_label.show()
