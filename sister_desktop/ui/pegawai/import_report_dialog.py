"""What an import would do, before anything is written: counts, and every problem with its
row, column and reason. The operator then imports, imports the valid rows only, or cancels."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.services.importer import ImportPlan
from sister_desktop.texts.fill import fill
from sister_desktop.texts.import_texts import field_label, problem_text
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate, plain_label


class ImportChoice(IntEnum):
    """The dialog's result codes."""

    CANCEL = 0
    IMPORT = 1
    VALID_ONLY = 2


class ImportReportDialog(QDialog):
    """Shows an ``ImportPlan``; ``result()`` is an ``ImportChoice``."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report_dialog")
        self.setWindowTitle(fill(self.tr("Import %1"), file_name))
        self.resize(760, 480)
        self.plan = plan

        self.summary = plain_label(QLabel(self))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary_text())

        self.problems = QTableWidget(len(plan.problems), 4, self)
        self.problems.setObjectName("import_problems")
        self.problems.setItemDelegate(PlainTextDelegate(self.problems))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(plan.problems):
            cells = [str(problem.row), field_label(problem.field), problem.value or ""]
            cells.append(problem_text(problem))
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.setVisible(bool(plan.problems))

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("import_button")
        self.valid_only_button = QPushButton(self.tr("Import valid rows only"), self)
        self.valid_only_button.setObjectName("valid_only_button")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.valid_only_button, QDialogButtonBox.ButtonRole.ApplyRole)
        writable = plan.writable_count
        self.import_button.setVisible(not plan.problems)
        self.import_button.setEnabled(writable > 0)
        self.valid_only_button.setVisible(bool(plan.problems))
        self.valid_only_button.setEnabled(writable > 0)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.valid_only_button.clicked.connect(self._on_valid_only_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def _summary_text(self) -> str:
        plan = self.plan
        text = self.tr("%1 rows read: %2 new, %3 to update, %4 unchanged, %5 with problems.")
        for number, value in enumerate(
            (
                plan.total_rows,
                plan.new_count,
                plan.update_count,
                plan.unchanged_count,
                plan.invalid_count,
            ),
            start=1,
        ):
            text = text.replace(f"%{number}", str(value))
        if plan.problems:
            text += " " + self.tr(
                "Nothing has been written. Correct the file and import it again, or import "
                "the valid rows only."
            )
        else:
            text += " " + self.tr("Nothing has been written yet.")
        if plan.problems_left_out:
            text += " " + fill(
                self.tr("The first %1 problems are listed; %2 more are not."),
                str(len(plan.problems)),
                str(plan.problems_left_out),
            )
        if plan.ignored_columns:
            text += " " + fill(self.tr("Columns left out: %1."), ", ".join(plan.ignored_columns))
        return text

    def _on_import_button_clicked(self) -> None:
        self.done(ImportChoice.IMPORT)

    def _on_valid_only_button_clicked(self) -> None:
        self.done(ImportChoice.VALID_ONLY)
