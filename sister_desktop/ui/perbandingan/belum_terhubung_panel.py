"""The orphan lists of Sinkronisasi: SISTER SDM with no campus employee at all (new people:
"Add from SISTER" adds and links them), SISTER SDM who are on the campus list but not linked
yet (link them with Hubungkan), and campus employees with no link (link them in the Pegawai
tab). Export them to XLSX/PDF.

Work is in coroutine methods (``refresh``, ``add_selected``, ``export``) that tests await.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.links import SdmAlreadyLinkedError
from sister_desktop.domain.monitoring import Orphans
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow
from sister_desktop.files.atomic_file import FileWriteError
from sister_desktop.resource_files import palette
from sister_desktop.services.comparison import ComparisonService, NotInSdmListError
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.texts.error_texts import error_explanation, write_error_text
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.perbandingan.record_table_model import RecordTableModel
from sister_desktop.ui.perbandingan.report_export import choose_path, write_sheets

#: The width of the name column of the three lists.
NAME_WIDTH = 220


def _table(parent: QWidget, name: str) -> QTableView:
    # Short lists of people: every column as wide as its content, scrolled sideways if need be.
    return make_table(parent, name, row_padding=8, columns=QHeaderView.ResizeMode.ResizeToContents)


def _cap_names(view: QTableView) -> None:
    """A long name (titles and degrees) is elided at ``NAME_WIDTH``, whole in its tooltip, so
    the identifiers beside it stay in view."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(0, NAME_WIDTH)


class BelumTerhubungPanel(QWidget):
    #: A campus employee was added and linked: the Pegawai tab should reload.
    pegawai_changed = Signal()

    def __init__(
        self,
        service: ComparisonService,
        tasks: TaskKeeper,
        pt_name: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orphans_panel")
        self._service = service
        self._tasks = tasks
        self._pt_name = pt_name
        self.orphans: Orphans | None = None

        self.sdm_box = QGroupBox(self)
        self.sdm_model: RecordTableModel[SdmRow] = RecordTableModel(
            texts.sister_without_local_headers(), texts.sdm_cells, self
        )
        self.sdm_view = _table(self.sdm_box, "orphans_sdm_view")
        self.sdm_view.setModel(self.sdm_model)
        _cap_names(self.sdm_view)
        self.add_button = QPushButton(self.tr("Add from SISTER"), self.sdm_box)
        self.add_button.setObjectName("orphans_add_button")
        self.add_button.setToolTip(
            self.tr("Add the selected SDM to the campus list and link it to SISTER")
        )
        self.add_button.setEnabled(False)
        sdm_layout = QVBoxLayout(self.sdm_box)
        sdm_layout.addWidget(self.sdm_view)
        sdm_buttons = QHBoxLayout()
        sdm_buttons.addStretch(1)
        sdm_buttons.addWidget(self.add_button)
        sdm_layout.addLayout(sdm_buttons)

        # SDM whose identifiers are on the campus list: the same people as some of the right
        # list, to link (never to add a second time).
        self.on_campus_box = QGroupBox(self)
        self.on_campus_box.setVisible(False)
        self.on_campus_model: RecordTableModel[SdmRow] = RecordTableModel(
            texts.sister_without_local_headers(), texts.sdm_cells, self
        )
        self.on_campus_view = _table(self.on_campus_box, "orphans_on_campus_view")
        self.on_campus_view.setModel(self.on_campus_model)
        _cap_names(self.on_campus_view)
        on_campus_hint = QLabel(
            self.tr(
                "Their NUPTK, NIDN or NIP, or their name, is on the campus list: link them with "
                "Hubungkan Pegawai dan Sister (the SISTER button in the Pegawai tab), which "
                "checks the rest, instead of adding them again."
            ),
            self.on_campus_box,
        )
        on_campus_hint.setObjectName("orphans_on_campus_hint")
        on_campus_hint.setWordWrap(True)
        on_campus_layout = QVBoxLayout(self.on_campus_box)
        on_campus_layout.addWidget(self.on_campus_view)
        on_campus_layout.addWidget(on_campus_hint)
        sister_side = QSplitter(Qt.Orientation.Vertical, self)
        sister_side.addWidget(self.sdm_box)
        sister_side.addWidget(self.on_campus_box)
        # The people to add come first and get the larger part.
        sister_side.setStretchFactor(0, 3)
        sister_side.setStretchFactor(1, 2)

        self.pegawai_box = QGroupBox(self)
        self.pegawai_model: RecordTableModel[Pegawai] = RecordTableModel(
            texts.local_without_link_headers(), texts.pegawai_cells, self
        )
        self.pegawai_view = _table(self.pegawai_box, "orphans_pegawai_view")
        self.pegawai_view.setModel(self.pegawai_model)
        _cap_names(self.pegawai_view)
        # Names read in full; the long unit names take what is left (or scroll sideways).
        self.pegawai_view.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(
            self.tr("Link these in the Pegawai tab (SISTER button), or remove those who left."),
            self.pegawai_box,
        )
        hint.setWordWrap(True)
        pegawai_layout = QVBoxLayout(self.pegawai_box)
        pegawai_layout.addWidget(self.pegawai_view)
        pegawai_layout.addWidget(hint)

        self.refresh_button = QPushButton(self.tr("Refresh from SISTER"), self)
        self.refresh_button.setObjectName("orphans_refresh")
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX"), self)
        self.export_xlsx_button.setObjectName("orphans_export_xlsx")
        self.export_pdf_button = QPushButton(self.tr("Print to PDF"), self)
        self.export_pdf_button.setObjectName("orphans_export_pdf")
        self.message_label = plain_label(QLabel(self))
        self.message_label.setObjectName("orphans_message")
        self.message_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.export_xlsx_button)
        top.addWidget(self.export_pdf_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(sister_side)
        splitter.addWidget(self.pegawai_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        self._update_titles()

        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.export_xlsx_button.clicked.connect(self._on_export_xlsx_button_clicked)
        self.export_pdf_button.clicked.connect(self._on_export_pdf_button_clicked)
        self.sdm_view.selectionModel().selectionChanged.connect(self._on_sdm_selection_changed)

    def _update_titles(self) -> None:
        self.sdm_box.setTitle(
            fill(self.tr("In SISTER, not on campus (%1)"), str(self.sdm_model.rowCount()))
        )
        self.on_campus_box.setTitle(
            fill(
                self.tr("In SISTER and on campus, not linked yet (%1)"),
                str(self.on_campus_model.rowCount()),
            )
        )
        self.pegawai_box.setTitle(
            fill(
                self.tr("On campus, not linked to SISTER (%1)"), str(self.pegawai_model.rowCount())
            )
        )

    async def refresh(self, *, from_sister: bool = False) -> Orphans | None:
        """Both lists; ``from_sister`` fetches SISTER's SDM list again."""
        read = await self._service.orphans_or_unlinked(refresh=from_sister)
        orphans, unavailable = read.orphans, read.unavailable
        if unavailable is not None:
            explanation = error_explanation(unavailable.code, message=unavailable.message)
            self._say(f"{texts.orphans_unavailable_text()} {explanation.text}", error=True)
        else:
            self._say("", error=False)
        self.orphans = orphans
        self.sdm_model.set_records(orphans.sister_without_local)
        self.pegawai_model.set_records(orphans.local_without_link)
        self.on_campus_model.set_records(orphans.sister_on_campus_unlinked)
        # Shown only when there is someone in it: the list above then gets the room.
        self.on_campus_box.setVisible(bool(orphans.sister_on_campus_unlinked))
        self._update_titles()
        self.add_button.setEnabled(self.selected_sdm() is not None)
        return orphans

    def selected_sdm(self) -> SdmRow | None:
        rows = self.sdm_view.selectionModel().selectedRows()
        return self.sdm_model.records[rows[0].row()] if rows else None

    async def add_selected(self) -> Pegawai | None:
        """ "Add from SISTER" for the selected SDM."""
        row = self.selected_sdm()
        if row is None:
            return None
        try:
            added = await self._service.add_from_sister(row.id_sdm)
        except SdmAlreadyLinkedError as exc:
            self._say(texts.already_linked_text(exc.pegawai_nama), error=True)
            await self.refresh()
            return None
        except NotInSdmListError:
            self._say(texts.not_in_sdm_list_text(), error=True)
            return None
        await self.refresh()
        self._say(texts.added_text(added.nama), error=False)
        self.pegawai_changed.emit()
        return added

    def _say(self, text: str, *, error: bool) -> None:
        colour = palette().error if error else palette().ok
        self.message_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    async def export(self, path: Path) -> Path | None:
        if self.orphans is None:
            await self.refresh()
        assert self.orphans is not None
        sheets = texts.orphan_sheets(self.orphans)
        try:
            written = await write_sheets(self._service, path, sheets, pt_name=self._pt_name())
        except FileWriteError as exc:
            self._say(write_error_text(exc.code, str(exc.path)), error=True)
            return None
        self._say(texts.exported_text(str(written)), error=False)
        return written

    async def choose_and_export(self, suffix: str) -> None:
        path = await choose_path(self, self.tr("Export the orphan lists"), "orphans", suffix)
        if path is not None:
            await self.export(path)

    # -- slots -------------------------------------------------------------------------------

    def _on_refresh_button_clicked(self) -> None:
        self._tasks.spawn(self.refresh(from_sister=True))

    def _on_add_button_clicked(self) -> None:
        self._tasks.spawn(self.add_selected())

    def _on_export_xlsx_button_clicked(self) -> None:
        self._tasks.spawn(self.choose_and_export("xlsx"))

    def _on_export_pdf_button_clicked(self) -> None:
        self._tasks.spawn(self.choose_and_export("pdf"))

    def _on_sdm_selection_changed(self, *_args: object) -> None:
        self.add_button.setEnabled(self.selected_sdm() is not None)
