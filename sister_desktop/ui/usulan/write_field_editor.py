"""One field of an usulan form, built from the write catalogue's description of it.

A date gets a date picker, a number is typed and shown the Indonesian way (``15.000.000``,
``2,5``), a choice of a ``referensi`` list is a combo box the operator can search by typing,
and the value is checked as it is typed with the same rules the Kirim and SISTER apply
(``domain/usulan_validation.py``): the message stands right under the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_writes import FieldType, WriteField
from sister_desktop.domain.usulan_validation import FieldProblem, ProblemCode, validate_fields
from sister_desktop.resource_files import palette
from sister_desktop.texts.usulan_texts import problem_text
from sister_desktop.texts.write_field_texts import form_field_title

#: The date a date picker shows for "no date" (its special value text is a dash).
NO_DATE = QDate(1900, 1, 1)
#: Choices of a spec enum the operator reads better than the code.
CHOICE_WORDS: dict[str, dict[str | int, str]] = {
    "peran": {"K": "Ketua", "A": "Anggota", "B": "Editor", "C": "Penerjemah", "D": "Penemu"},
    "id_status_kawin": {0: "Belum kawin", 1: "Kawin", 2: "Cerai"},
}


class _Unparsed(Exception):
    def __init__(self, code: ProblemCode, detail: str | None = None) -> None:
        super().__init__(code.value)
        self.code = code
        self.detail = detail


class WriteFieldEditor(QWidget):
    """``value()`` is the field's value as SISTER takes it; ``problem()`` what is wrong with
    it (None when nothing); ``edited`` fires on every keystroke or choice."""

    edited = Signal()

    def __init__(
        self,
        spec: WriteField,
        dataset: str,
        choices: Sequence[tuple[str, str]] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")
        self.title = form_field_title(spec.name, dataset) + (" *" if spec.required else "")
        self._dataset = dataset
        self._choices: list[tuple[str | int, str]] = []
        self._known: frozenset[str] | None = None
        self.input: QWidget = self._make_input(choices)
        self.input.setObjectName(f"input_{spec.name}")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName(f"problem_{spec.name}")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {palette().error};")
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.input)
        layout.addWidget(self.problem_label)
        self._touched = False

    # -- the input -----------------------------------------------------------------------------

    def _make_input(self, choices: Sequence[tuple[str, str]] | None) -> QWidget:
        spec = self.spec
        if spec.type is FieldType.BOOLEAN:
            box = QCheckBox(self)
            box.toggled.connect(self._on_input_changed)
            return box
        if spec.type is FieldType.DATE:
            picker = QDateEdit(self)
            picker.setCalendarPopup(True)
            picker.setDisplayFormat("dd-MM-yyyy")
            picker.setMinimumDate(NO_DATE)
            picker.setSpecialValueText("—")
            picker.setDate(NO_DATE)
            picker.dateChanged.connect(self._on_input_changed)
            return picker
        if spec.choices or choices is not None:
            if spec.choices:
                words = CHOICE_WORDS.get(spec.name, {})
                self._choices = [
                    (c, f"{words[c]} ({c})" if c in words else str(c)) for c in spec.choices
                ]
            else:
                assert choices is not None
                self._choices = list(choices)
                self._known = frozenset(str(i) for i, _ in choices)
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("", None)
            for key, label in self._choices:
                combo.addItem(label, key)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            combo.setCurrentIndex(0)
            combo.setMaxVisibleItems(15)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(30)
            editable = combo.lineEdit()
            if editable is not None:
                editable.setPlaceholderText(self.tr("type to search"))
            combo.editTextChanged.connect(self._on_input_changed)
            return combo
        line = QLineEdit(self)
        if (
            spec.type is FieldType.INTEGER
            and spec.name.startswith("tahun")
            and not spec.name.endswith("_ke")
        ):
            line.setPlaceholderText("2025")
        elif spec.type in (FieldType.INTEGER, FieldType.NUMBER):
            line.setPlaceholderText("1.234.567" if spec.type is FieldType.INTEGER else "1.234,5")
        elif spec.type is FieldType.DATE:
            line.setPlaceholderText("yyyy-mm-dd")
        elif spec.max_length:
            line.setPlaceholderText(self.tr("at most %n characters", "", spec.max_length))
        line.textEdited.connect(self._on_input_changed)
        return line

    # -- value in, value out -------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        """Show SISTER's (or a draf's) value."""
        widget = self.input
        widget.blockSignals(True)
        try:
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDateEdit):
                parsed = QDate.fromString(str(value)[:10], "yyyy-MM-dd") if value else NO_DATE
                widget.setDate(parsed if parsed.isValid() else NO_DATE)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                if index < 0 and value is not None:
                    index = widget.findData(str(value))
                if index >= 0:
                    widget.setCurrentIndex(index)
                else:
                    widget.setEditText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(_shown(self.spec, value))
        finally:
            widget.blockSignals(False)

    def set_text(self, text: str) -> None:
        """Type ``text`` as the operator would (the editable part of the input)."""
        widget = self.input
        if isinstance(widget, QComboBox):
            widget.setEditText(text)
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
            self._on_input_changed()

    def value(self) -> Any:
        try:
            return self._parsed()
        except _Unparsed:
            return None

    def _parsed(self) -> Any:
        widget = self.input
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDateEdit):
            chosen = widget.date()
            return None if chosen == NO_DATE else chosen.toString("yyyy-MM-dd")
        if isinstance(widget, QComboBox):
            text = widget.currentText().strip()
            if not text:
                return None
            for key, label in self._choices:
                if text in (label, str(key)):
                    return key if self.spec.choices else _typed(self.spec, key)
            raise _Unparsed(
                ProblemCode.UNKNOWN_REFERENCE
                if self._known is not None
                else ProblemCode.NOT_ALLOWED,
                text if self._known is not None else ", ".join(label for _, label in self._choices),
            )
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if not text:
            return None
        if self.spec.type in (FieldType.INTEGER, FieldType.NUMBER):
            return _number(self.spec, text)
        return text

    def problem(self, referensi: Mapping[str, frozenset[str]] | None = None) -> FieldProblem | None:
        """What SISTER would say of this value (the field alone)."""
        try:
            value = self._parsed()
        except _Unparsed as exc:
            return FieldProblem(self.spec.name, exc.code, exc.detail)
        body = {self.spec.name: value} if value is not None else {}
        problems = validate_fields((self.spec,), body, referensi=referensi)
        return problems[0] if problems else None

    def show_problem(self, problem: FieldProblem | None, *, force: bool = False) -> None:
        """The message under the field; a required field left empty speaks only once the
        operator has been in it (or on saving, ``force``)."""
        quiet = (
            problem is not None
            and problem.code is ProblemCode.REQUIRED
            and not (self._touched or force)
        )
        if problem is None or quiet:
            self.problem_label.hide()
            self.problem_label.clear()
            return
        self.problem_label.setText(
            problem_text(
                problem.code.value, form_field_title(self.spec.name, self._dataset), problem.detail
            )
        )
        self.problem_label.show()

    def _on_input_changed(self, *_args: object) -> None:
        self._touched = True
        self.edited.emit()


def _typed(spec: WriteField, key: str | int) -> Any:
    """A referensi id as the body takes it (the lists give ids as text)."""
    if spec.type is FieldType.INTEGER:
        try:
            return int(key)
        except ValueError:
            return key
    return key


def _number(spec: WriteField, text: str) -> int | float:
    """``15.000.000`` or ``2,5`` (Indonesian) as a number; a bare ``2.5`` is read as the
    decimal it obviously is."""
    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    cleaned = text.replace(" ", "")
    value, ok = locale.toDouble(cleaned)
    if not ok:
        value, ok = QLocale.c().toDouble(cleaned)
    if not ok:
        code = ProblemCode.NOT_INTEGER if spec.type is FieldType.INTEGER else ProblemCode.NOT_NUMBER
        raise _Unparsed(code)
    if spec.type is FieldType.INTEGER:
        if not float(value).is_integer():
            raise _Unparsed(ProblemCode.NOT_INTEGER)
        return int(value)
    return int(value) if float(value).is_integer() else value


def _shown(spec: WriteField, value: Any) -> str:
    if value is None:
        return ""
    if spec.type in (FieldType.INTEGER, FieldType.NUMBER) and isinstance(value, int | float):
        locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        if (
            spec.type is FieldType.INTEGER
            and spec.name.startswith("tahun")
            and not spec.name.endswith("_ke")
        ):
            return str(int(value))
        if float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", 2).rstrip("0").rstrip(",")
    return str(value)
