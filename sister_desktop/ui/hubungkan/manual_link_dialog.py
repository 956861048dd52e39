"""Hubungkan Secara Manual: search the SDM list for one employee, compare, and save the link."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.links import PegawaiGoneError, SdmAlreadyLinkedError
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.resource_files import palette
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.services.linking import (
    LinkingService,
    SdmSuggestion,
)
from sister_desktop.texts import link_texts
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.async_helpers import TaskKeeper, dialog_result
from sister_desktop.ui.common.message_boxes import ask
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.hubungkan.record_compare_widget import (
    RecordCompareWidget,
    agreeing_fields,
    disagreeing_fields,
)
from sister_desktop.ui.hubungkan.sdm_suggestion_model import SdmSuggestionModel

#: Wait this long after the last keystroke before searching (the list may hold 20,000 people).
SEARCH_DELAY_MS = 250


class ManualLinkDialog(QDialog):
    """One employee, a search box over the SDM list (name, NIDN, NIP, NUPTK) with suggestions
    ranked by name similarity and birth date, the candidate beside the local data, Simpan."""

    def __init__(
        self,
        service: LinkingService,
        pegawai: Pegawai,
        tasks: TaskKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manual_link_dialog")
        self.setWindowTitle(fill(self.tr("Hubungkan Secara Manual — %1"), pegawai.nama))
        self.resize(900, 600)
        self._service = service
        self._tasks = tasks
        self.pegawai = pegawai
        #: The batch id of the saved link, once saved.
        self.saved_batch: str | None = None
        #: The "link anyway?" question while it is open (tests answer it).
        self.confirm_dialog: QDialog | None = None
        self._search_key = f"manual-link-search-{id(self)}"

        intro = QLabel(
            fill(
                self.tr(
                    "Type a name, NIDN, NIP or NUPTK. Suggestions for %1 are listed first: similar "
                    "names, and people born on the same date."
                ),
                pegawai.nama,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Name, NIDN, NIP or NUPTK"))
        self.search_edit.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)

        self.model = SdmSuggestionModel(self)
        self.table = make_table(
            self,
            "suggestion_table",
            self.model,
            columns=QHeaderView.ResizeMode.Interactive,
            stretch_last=True,
        )
        self.table.setColumnWidth(0, 260)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_save_button_clicked)

        self.status_label = plain_label(QLabel(self))
        self.status_label.setObjectName("status_label")
        self.compare = RecordCompareWidget(self)
        self.compare.show_records(pegawai, None)
        #: What the selected candidate matches on (the identifiers, or the name alone).
        self.match_label = plain_label(QLabel(self))
        self.match_label.setObjectName("match_label")
        self.match_label.setWordWrap(True)
        #: The open question about a link on the name alone.
        self.question_box: QMessageBox | None = None
        self.error_label = plain_label(QLabel(self))
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"QLabel {{ color: {palette().error}; }}")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Simpan"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setEnabled(False)
        # Enter typed in the search box must never save the highlighted candidate: no button of
        # this dialog is a default button (see ``keyPressEvent``).
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.compare)
        layout.addWidget(self.match_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # -- searching -----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self._tasks.spawn(self.search(self.search_edit.text()))

    async def search(self, text: str) -> None:
        """Fill the suggestions for ``text`` (empty: for the employee); a newer search wins."""
        self.status_label.setText(self.tr("Searching…"))
        await self._tasks.run_latest(self._search_key, self._find(text), self._show_suggestions)

    async def _find(self, text: str) -> list[SdmSuggestion] | SisterUnavailableError:
        try:
            return await self._service.search(text, self.pegawai)
        except SisterUnavailableError as exc:
            return exc

    def _show_suggestions(self, found: list[SdmSuggestion] | SisterUnavailableError) -> None:
        if isinstance(found, SisterUnavailableError):
            explanation = error_explanation(found.code, message=found.message)
            self.status_label.setText("")
            self._show_error(f"{explanation.text} {explanation.hint}")
            return
        suggestions = found
        self.model.set_suggestions(suggestions)
        if suggestions:
            self.status_label.setText(
                fill(self.tr("%1 candidates, most likely first."), str(len(suggestions)))
            )
            self.table.selectRow(0)
        else:
            self.status_label.setText(self.tr("Nobody in SISTER matches this search."))
            self._show_candidate(None)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_candidate(self.model.suggestions[rows[0].row()] if rows else None)

    def selected(self) -> SdmSuggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.suggestions[rows[0].row()] if rows else None

    def _show_candidate(self, suggestion: SdmSuggestion | None) -> None:
        self.compare.show_records(self.pegawai, suggestion.sdm if suggestion else None)
        self.match_label.setText(self._match_text(suggestion) if suggestion else "")
        linked_here = suggestion is not None and suggestion.linked_to == self.pegawai.id
        self.save_button.setEnabled(suggestion is not None and not linked_here)
        self.error_label.hide()
        if linked_here:
            self._show_error(link_texts.already_linked_here_text())
        elif suggestion is not None and suggestion.linked_to is not None:
            self._show_error(link_texts.already_linked_text(suggestion.linked_to_nama or ""))

    # -- saving --------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if self.save_button.isEnabled():
            self._tasks.spawn(self.save())

    async def save(self) -> None:
        """Link the employee to the selected candidate; a refusal names the other employee.

        A candidate whose birth date or identifiers disagree with the employee's is linked only
        after the operator has seen both records side by side and said so.
        """
        suggestion = self.selected()
        if suggestion is None or suggestion.linked_to == self.pegawai.id:
            return
        self.save_button.setEnabled(False)
        # A person linked elsewhere is refused below with the holder's name: no question first.
        differing = suggestion.linked_to is None and disagreeing_fields(
            self.pegawai, suggestion.sdm
        )
        if differing and not await self._confirm_disagreement(suggestion):
            self.save_button.setEnabled(True)
            return
        name_only = (
            suggestion.linked_to is None
            and not differing
            and not agreeing_fields(self.pegawai, suggestion.sdm)
        )
        if name_only and not await self._confirm_name_only(suggestion):
            self.save_button.setEnabled(True)
            return
        try:
            self.saved_batch = await self._service.link_manual(
                self.pegawai.id, suggestion.sdm.id_sdm
            )
        except SdmAlreadyLinkedError as exc:
            self._show_error(link_texts.already_linked_text(exc.pegawai_nama))
        except PegawaiGoneError:
            self._show_error(link_texts.pegawai_gone_text())
        else:
            self.accept()
            return
        self.save_button.setEnabled(True)

    def _match_text(self, suggestion: SdmSuggestion) -> str:
        """What tells that the candidate is this pegawai: the identifiers that agree, or
        the name alone."""
        agreeing = agreeing_fields(self.pegawai, suggestion.sdm)
        if not agreeing:
            return self.tr("Only the name matches: no NUPTK, NIDN, NIP or birth date confirms it.")
        names = ", ".join(self.compare.caption(name) for name in agreeing)
        return fill(self.tr("Matches on: %1."), names)

    async def _confirm_name_only(self, suggestion: SdmSuggestion) -> bool:
        """A link on the name alone is asked about; Batal is the default (and Enter)."""
        return await ask(
            self,
            name="link_name_only_question",
            title=self.tr("Only the name matches"),
            text=fill(
                self.tr("Link %1 to %2 in SISTER? Only the name matches."),
                self.pegawai.nama,
                suggestion.sdm.nama_sdm,
            ),
            informative=self.tr(
                "No NUPTK, NIDN, NIP or birth date of this pegawai confirms that this SISTER "
                "person is the same: two people may share a name."
            ),
            yes=self.tr("Link anyway"),
            no=QMessageBox.StandardButton.Cancel,
            shown=self._keep_question,
        )

    def _keep_question(self, box: QMessageBox | None) -> None:
        self.question_box = box

    async def _confirm_disagreement(self, suggestion: SdmSuggestion) -> bool:
        """Both records side by side, the differing rows in red; "Batal" is the default."""
        box = QDialog(self)
        box.setObjectName("link_disagreement_dialog")
        box.setWindowTitle(self.tr("The records disagree"))
        question = QLabel(link_texts.disagreement_text(), box)
        question.setWordWrap(True)
        compare = RecordCompareWidget(box)
        compare.show_records(self.pegawai, suggestion.sdm)
        buttons = QDialogButtonBox(box)
        link = buttons.addButton(self.tr("Link anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        link.setObjectName("link_anyway_button")
        link.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        cancel.setDefault(True)
        buttons.accepted.connect(box.accept)
        buttons.rejected.connect(box.reject)
        layout = QVBoxLayout(box)
        layout.addWidget(question)
        layout.addWidget(compare)
        layout.addWidget(buttons)
        self.confirm_dialog = box
        try:
            return await dialog_result(box) == QDialog.DialogCode.Accepted
        finally:
            self.confirm_dialog = None
            box.deleteLater()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the search box searches at once and moves to the list; it never saves."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.search_edit:
            self._timer.stop()
            self._tasks.spawn(self.search(self.search_edit.text()))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.model.suggestions and not self.search_edit.text():
            self._tasks.spawn(self.search(""))
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
