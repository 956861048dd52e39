"""Tentang: the version and where this installation keeps its data, log and database."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.resource_files import palette
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.about_info import AboutInfo
from sister_desktop.ui.common.resources import app_icon


class AboutDialog(QDialog):
    """Support staff ask operators for these paths; every value can be selected and copied,
    and "Copy details" puts them all on the clipboard for a support ticket."""

    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About SISTER Desktop"))

        icon = QLabel(self)
        icon.setPixmap(QIcon(app_icon()).pixmap(64, 64))
        title = QLabel(fill(self.tr("<b>SISTER Desktop</b> %1"), info.version), self)
        title.setObjectName("about_title")
        summary = QLabel(
            self.tr(
                "Links the campus's pegawai to their records in SISTER and keeps their data "
                "in step."
            ),
            self,
        )
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.version_label = self._value(info.version, "version_label")
        self.data_dir_label = self._value(str(info.data_dir), "data_dir_label")
        self.log_dir_label = self._value(str(info.log_dir), "log_dir_label")
        self.config_dir_label = self._value(str(info.config_dir), "config_dir_label")
        self.database_label = self._value(info.db_display, "database_label")
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Data folder:"), self.data_dir_label)
        form.addRow(self.tr("Log folder:"), self.log_dir_label)
        form.addRow(self.tr("Settings folder:"), self.config_dir_label)
        form.addRow(self.tr("Database:"), self.database_label)

        # Shown only when the log folder could not be opened, with what to do instead.
        self.status_label = QLabel(self)
        self.status_label.setObjectName("about_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"QLabel {{ color: {palette().error}; }}")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_log_button = QPushButton(self.tr("Open log folder"), self)
        self.open_log_button.setObjectName("open_log_folder_button")
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copy_details_button")
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_log_button.clicked.connect(self._on_open_log_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def details_text(self) -> str:
        """The same facts as plain text, in English labels support staff can search for."""
        info = self._info
        return "\n".join(
            [
                f"SISTER Desktop {info.version}",
                f"Data folder: {info.data_dir}",
                f"Log folder: {info.log_dir}",
                f"Settings folder: {info.config_dir}",
                f"Database: {info.db_display}",
            ]
        )

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager; on failure say where it is instead."""
        folder = self._info.log_dir
        try:
            # A fresh installation may not have logged anything yet.
            folder.mkdir(parents=True, exist_ok=True)
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        except OSError:
            opened = False
        if opened:
            self.status_label.hide()
        else:
            self.status_label.setText(
                fill(
                    self.tr(
                        "The log folder could not be opened. Open this folder in your file manager "
                        "yourself: %1"
                    ),
                    str(folder),
                )
            )
            self.status_label.show()
        return opened

    def _on_open_log_button_clicked(self) -> None:
        self.open_log_folder()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
