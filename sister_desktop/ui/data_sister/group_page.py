"""One group of the sync (Kepegawaian, Pendidikan, ...) for one pegawai: when it was last
synced, then each of its datasets as a titled history table (an object dataset as a form),
the page scrolling as a whole and a long history scrolling inside its own table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import History, PegawaiSisterData, detail_fields
from sister_desktop.domain.sister_records import SisterRecord
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{history.dataset.name.replace('/', '_')}")
        self.history = history
        self._open_record = open_record
        self.model: HistoryTableModel | None = None
        self.table: QTableView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.title_label = plain_label(QLabel(history_title(history), self))
        self.title_label.setObjectName("section_title")
        self.title_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title_label)
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
        table.doubleClicked.connect(self._on_table_double_clicked)
        self.table = table
        self._fit_height()
        layout.addWidget(table)

    def _state_text(self) -> str:
        history = self.history
        if not history.synced:
            return self.tr("belum disinkronkan")
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

    def _fit_height(self) -> None:
        if self.table is None or self.model is None:
            return
        table = self.table
        rows = max(1, min(self.model.rowCount(), VISIBLE_ROWS))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

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
                "belum disinkronkan: this group has not been synced for this pegawai yet. "
                "Tick it in Pengaturan (Data yang disinkronkan) and run a Sinkronisasi."
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
                )
                self.sections[history.dataset.name] = section
                layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(body)
