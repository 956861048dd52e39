"""One group of the sync (Kepegawaian, Pendidikan, ...) for one pegawai: when it was last
synced, then each of its datasets as a titled history table (an object dataset as a form),
the page scrolling as a whole and a long history scrolling inside its own table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import History, PegawaiSisterData, detail_fields
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.sister_writes import WriteOp, write_family
from sister_desktop.resource_files import palette
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime
from sister_desktop.texts.sister_data_texts import dataset_label, group_hint, group_label
from sister_desktop.texts.sister_field_texts import field_title, value_text
from sister_desktop.ui.common.plain_text_delegate import LABEL_MAX, plain_label, shown
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.data_sister.history_table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    HistoryTableModel,
)
from sister_desktop.ui.usulan.write_actions import WriteActions

#: Rows a history table shows before it scrolls inside.
VISIBLE_ROWS = 10

OpenRecord = Callable[[History, SisterRecord], Any]


def history_title(history: History) -> str:
    label = dataset_label(history.dataset.name)
    if not history.synced or history.is_object:
        return label
    return f"{label} ({len(history.records)})"


class HistorySection(QWidget):
    """A dataset's title, its sync state and its table (or form)."""

    def __init__(
        self,
        history: History,
        referensi: Mapping[str, Mapping[str, str]],
        open_record: OpenRecord,
        parent: QWidget | None = None,
        *,
        include_removed: bool = False,
        actions: WriteActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{history.dataset.name.replace('/', '_')}")
        self.history = history
        self._open_record = open_record
        self._actions = actions
        self.model: HistoryTableModel | None = None
        self.table: QTableView | None = None
        #: Each column's width for its values (at most 360 px), before the page's width.
        self._content_widths: list[int] = []
        self.tambah_button: QPushButton | None = None
        self.ubah_button: QPushButton | None = None
        self.hapus_button: QPushButton | None = None
        self.bidang_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.title_label = plain_label(QLabel(history_title(history), self))
        self.title_label.setObjectName("section_title")
        self.title_label.setStyleSheet("font-weight: bold;")
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        if actions is not None and actions.offers(history.dataset.name):
            self._add_write_buttons(heading)
        layout.addLayout(heading)
        self.state_label = QLabel(self._state_text(), self)
        self.state_label.setObjectName("section_state")
        self.state_label.setWordWrap(True)
        muted = palette().error if history.failed else palette().faint
        self.state_label.setStyleSheet(f"color: {muted};")
        layout.addWidget(self.state_label)
        if not history.synced:
            return
        if history.is_object:
            layout.addWidget(self._object_form(referensi))
            return
        if not history.records and not (include_removed and history.removed):
            return
        self.model = HistoryTableModel(history, referensi, self, include_removed=include_removed)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        table = make_table(
            self, "history_table", proxy, editable=False, alternating=True, row_padding=8
        )
        # Newest first as arranged; a click on a title sorts by that column instead.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        proxy.sort(-1)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            # Long titles of publications wrap in the tooltip, not across the page.
            header.resizeSection(column, min(header.sectionSize(column), 360))
        self._content_widths = [header.sectionSize(c) for c in range(self.model.columnCount())]
        table.doubleClicked.connect(self._on_table_double_clicked)
        self.table = table
        self._fit_height()
        layout.addWidget(table)
        table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.update_write_buttons()

    # -- Tambah, Ubah, Hapus ---------------------------------------------------------------------

    def _add_write_buttons(self, heading: QHBoxLayout) -> None:
        family = write_family(self.history.dataset.name)
        assert family is not None
        if WriteOp.CREATE in family.operations:
            self.tambah_button = QPushButton(self.tr("Add…"), self)
            self.tambah_button.setObjectName("tambah_button")
            self.tambah_button.clicked.connect(self._on_tambah_button_clicked)
            heading.addWidget(self.tambah_button)
        self.ubah_button = QPushButton(self.tr("Change…"), self)
        self.ubah_button.setObjectName("ubah_button")
        self.ubah_button.clicked.connect(self._on_ubah_button_clicked)
        heading.addWidget(self.ubah_button)
        if not self.history.is_object:
            self.hapus_button = QPushButton(self.tr("Delete…"), self)
            self.hapus_button.setObjectName("hapus_button")
            self.hapus_button.clicked.connect(self._on_hapus_button_clicked)
            heading.addWidget(self.hapus_button)
        if self._actions is not None and self._actions.offers_bidang_ilmu(family.dataset):
            self.bidang_button = QPushButton(self.tr("Bidang ilmu…"), self)
            self.bidang_button.setObjectName("bidang_ilmu_button")
            self.bidang_button.clicked.connect(self._on_bidang_button_clicked)
            heading.addWidget(self.bidang_button)
        self.update_write_buttons()

    def selected_record(self) -> SisterRecord | None:
        if self.history.is_object:
            return history_record(self.history)
        if self.table is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        return record if isinstance(record, SisterRecord) and not record.removed else None

    def update_write_buttons(self) -> None:
        """Enabled where SISTER takes the write; else disabled with the reason as tooltip."""
        actions = self._actions
        if actions is None:
            return
        name = self.history.dataset.name
        record = self.selected_record()
        if self.tambah_button is not None:
            _offer(
                self.tambah_button,
                actions.reason(name, WriteOp.CREATE),
                self.tr("Propose a new record to SISTER (a draft usulan)"),
            )
        hints = {
            WriteOp.UPDATE: self.tr("Propose a change of the selected record (a draft usulan)"),
            WriteOp.DELETE: self.tr("Propose deleting the selected record (a draft usulan)"),
            WriteOp.BIDANG_ILMU: self.tr(
                "Propose the kelompok bidang of the selected record (a draft usulan)"
            ),
        }
        buttons = (
            (self.ubah_button, WriteOp.UPDATE),
            (self.hapus_button, WriteOp.DELETE),
            (self.bidang_button, WriteOp.BIDANG_ILMU),
        )
        for button, op in buttons:
            if button is None:
                continue
            reason = actions.reason(name, op, record)
            if reason is None and record is None:
                reason = self.tr("Select a record first.")
            _offer(button, reason, hints[op])

    def _on_table_selection_changed(self, *_args: object) -> None:
        self.update_write_buttons()

    def _on_tambah_button_clicked(self) -> None:
        if self._actions is not None:
            self._actions.spawn(self._actions.tambah(self.history.dataset.name))

    def _on_ubah_button_clicked(self) -> None:
        if self._actions is not None:
            record = self.selected_record()
            self._actions.spawn(self._actions.ubah(self.history.dataset.name, record))

    def _on_bidang_button_clicked(self) -> None:
        record = self.selected_record()
        if self._actions is not None and record is not None:
            self._actions.spawn(self._actions.bidang_ilmu(self.history.dataset.name, record))

    def _on_hapus_button_clicked(self) -> None:
        record = self.selected_record()
        if self._actions is not None and record is not None:
            self._actions.spawn(self._actions.hapus(self.history.dataset.name, record))

    def _fit_columns(self, width: int) -> None:
        table = self.table
        if table is None or not self._content_widths:
            return
        header = table.horizontalHeader()
        sizes = list(self._content_widths)
        least = [min(size, _title_width(table, column)) for column, size in enumerate(sizes)]
        excess = sum(sizes) - width
        # Shrink the widest column to the next widest, again and again, down to its title.
        while excess > 0:
            shrinkable = [c for c in range(len(sizes)) if sizes[c] > least[c]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda c: sizes[c])
            next_widest = max((sizes[c] for c in shrinkable if c != widest), default=0)
            step = min(excess, sizes[widest] - least[widest], max(1, sizes[widest] - next_widest))
            sizes[widest] -= step
            excess -= step
        for column, size in enumerate(sizes):
            header.resizeSection(column, size)

    def _state_text(self) -> str:
        history = self.history
        if not history.synced:
            return self.tr("not synced yet")
        when = format_datetime(history.synced_at)
        if history.failed:
            return fill(self.tr("The last sync of this data failed (%1); shown as before"), when)
        text = fill(self.tr("Synced %1"), when)
        if history.is_ajuan and history.records:
            text += " · " + self.tr("pending: waiting for verification in SISTER")
        elif not history.records and not history.is_object:
            text += " · " + self.tr("no records")
        return text

    def _object_form(self, referensi: Mapping[str, Mapping[str, str]]) -> QWidget:
        box = QFrame(self)
        box.setObjectName("object_form")
        form = QFormLayout(box)
        record = history_record(self.history)
        if record is None:
            form.addRow(QLabel(self.tr("no records"), box))
            return box
        for name in detail_fields(record):
            text = shown(value_text(name, record.values.get(name), referensi), LABEL_MAX)
            value = plain_label(QLabel(text, box))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(field_title(name, self.history.dataset.name), value)
        return box

    def _fit_height(self, most_rows: int = VISIBLE_ROWS) -> None:
        """Show up to ``most_rows`` rows (the rest scroll inside the table), and room for the
        sideways scroll bar when the columns are wider than the table: a short table never
        shows one and a half rows."""
        if self.table is None or self.model is None:
            return
        table = self.table
        rows = max(1, min(self.model.rowCount(), most_rows))
        height = (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        if table.horizontalHeader().length() > table.width() - 2 * table.frameWidth():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def fit_to_page(self, page_height: int, page_width: int) -> None:
        """As many rows as the page's height holds (at least ``VISIBLE_ROWS``): a long history
        uses the page instead of ten rows with half the page empty; and the columns within the
        page's width where their titles allow (the widest give way first, their cells whole in
        the tooltip), so no column starts off the window."""
        if self.table is None:
            return
        self._fit_columns(page_width - 2 * self.table.frameWidth())
        chrome = self.title_label.sizeHint().height() + self.state_label.sizeHint().height()
        chrome += self.table.horizontalHeader().sizeHint().height() + 48
        row = self.table.verticalHeader().defaultSectionSize()
        self._fit_height(max(VISIBLE_ROWS, (page_height - chrome) // max(row, 1)))

    def open_row(self, row: int) -> None:
        """What a double-click on the (shown) row does: the record's detail."""
        if self.table is None:
            return
        index = self.table.model().index(row, 0)
        self._on_table_double_clicked(index)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, SisterRecord):
            self._open_record(self.history, record)


def _title_width(table: QTableView, column: int) -> int:
    """The width a column needs for its title, drawn bold with the sort arrow."""
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    style = header.style()
    room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    room += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return QFontMetrics(font).horizontalAdvance(title) + room


def _offer(button: QPushButton, reason: str | None, hint: str) -> None:
    button.setEnabled(reason is None)
    button.setToolTip(reason or hint)


def history_record(history: History) -> SisterRecord | None:
    return history.records[0] if history.records else None


class GroupPage(QScrollArea):
    """The datasets of one group for one pegawai, scrolling inside."""

    def __init__(
        self,
        group: SisterGroup,
        data: PegawaiSisterData,
        open_record: OpenRecord,
        parent: QWidget | None = None,
        *,
        include_removed: bool = False,
        actions: WriteActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"group_page_{group.value}")
        self.group = group
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(group_label(group), body)
        title.setObjectName("group_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        when = data.group_synced_at(group)
        if when is None:
            state = self.tr(
                "Not synced yet: this group has not been synced for this pegawai yet. "
                "Tick it in Settings (Data to sync) and run a sync."
            )
        else:
            state = fill(self.tr("Last synced %1 · %2"), format_datetime(when), group_hint(group))
        self.state_label = QLabel(state, body)
        self.state_label.setObjectName("group_state")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.sections: dict[str, HistorySection] = {}
        if when is not None:
            for history in data.group(group):
                section = HistorySection(
                    history,
                    data.referensi,
                    open_record,
                    body,
                    include_removed=include_removed,
                    actions=actions,
                )
                self.sections[history.dataset.name] = section
                layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(body)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for section in self.sections.values():
            section.fit_to_page(self.viewport().height(), self.viewport().width() - 24)
