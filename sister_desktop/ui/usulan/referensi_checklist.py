"""A list of ids from a SISTER referensi list in an usulan form (a penelitian's or pengabdian's
mitra litabmas): every entry of the list with a box to tick, a search line above it, and the
count of those ticked.

SISTER's PUT replaces the whole list, so the ones a record already has come ticked and first,
with the names SISTER gave them even when the referensi list could not be read or no longer
has them: an operator who changes another field sends them back unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

# Rows of the list shown at once (the form scrolls; the list scrolls inside it).
VISIBLE_ROWS = 5


class ReferensiChecklist(QWidget):
    """``value()`` is the ticked ids in the list's order; ``edited`` fires on every tick."""

    edited = Signal()

    def __init__(
        self,
        name: str,
        choices: Sequence[tuple[str, str]] | None,
        chosen: Sequence[str],
        names: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        grow: bool = False,
    ) -> None:
        """``choices``: (id, name) of the referensi list, None when it could not be read;
        ``chosen``: the ids ticked at first; ``names``: names of chosen ids the list may lack
        (as SISTER answered the record); ``grow``: the list takes the room it is given (in a
        dialog of its own) instead of a few rows (in a form)."""
        super().__init__(parent)
        self.setObjectName(f"field_{name}")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName(f"search_{name}")
        self.search_edit.setPlaceholderText(self.tr("Search by name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.list = QListWidget(self)
        self.list.setObjectName(f"input_{name}")
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"count_{name}")
        self.count_label.setWordWrap(True)

        self._unread = choices is None
        choices = choices or ()
        listed = dict(choices)
        first = list(dict.fromkeys(chosen))
        for id_ in first:
            self._add(id_, listed.get(id_) or names.get(id_) or id_, checked=True)
        for id_, label in choices:
            if id_ not in first:
                self._add(id_, label, checked=False)
        if not choices:
            self.search_edit.hide()
        if self.list.count() == 0:
            self.list.hide()
        self.list.itemChanged.connect(self._on_list_item_changed)
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        frame = 2 * self.list.frameWidth()
        rows = row * min(max(self.list.count(), 1), VISIBLE_ROWS) + frame + 4
        if grow:
            self.list.setMinimumHeight(rows)
        else:
            self.list.setFixedHeight(rows)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.count_label)
        self._show_count()

    def _add(self, id_: str, label: str, *, checked: bool) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, id_)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable  # Space ticks the current one
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def value(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() is Qt.CheckState.Checked
        ]

    def set_ticked(self, label: str, ticked: bool) -> None:
        """Tick (or untick) the entry named ``label``, as a click on its box does."""
        for item in self._items():
            if item.text() == label:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                item.setCheckState(state)
                return
        raise KeyError(label)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _show_count(self) -> None:
        chosen = self.tr("%n chosen", "", len(self.value()))
        if self._unread:
            chosen += " " + self.tr(
                "SISTER's list could not be read, so no other can be chosen now: check the "
                "connection in Pengaturan (Cek Service) and open the form again."
            )
        self.count_label.setText(chosen)

    # -- slots -----------------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            name = item.text().casefold()
            ticked = item.checkState() is Qt.CheckState.Checked
            item.setHidden(not ticked and not all(w in name for w in words))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        self._show_count()
        self.edited.emit()
