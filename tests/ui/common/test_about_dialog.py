"""Tentang: version, folders and a masked database URL; opening the log folder; the Help menu."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel

from sister_desktop.app import Application
from sister_desktop.ui.common.about_dialog import AboutDialog
from sister_desktop.ui.common.about_info import AboutInfo, masked_db_url
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SECRET = "s3cr:et!"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            f"postgresql+psycopg://hr:{SECRET}@db.kampus.ac.id:5432/sister",
            "postgresql+psycopg://hr:***@db.kampus.ac.id:5432/sister",
        ),
        ("postgresql+psycopg://hr:@db/sister", "postgresql+psycopg://hr:***@db/sister"),
        ("postgresql+psycopg://hr@db/sister", "postgresql+psycopg://hr@db/sister"),
        (
            f"postgresql+psycopg://db/sister?user=hr&password={SECRET}&sslmode=require",
            "postgresql+psycopg://db/sister?user=hr&password=***&sslmode=require",
        ),
        ("sqlite:////home/op/.local/share/x.db", "sqlite:////home/op/.local/share/x.db"),
        (r"sqlite:///C:\Users\op\AppData\x.db", r"sqlite:///C:\Users\op\AppData\x.db"),
    ],
)
def test_masked_db_url_hides_only_the_password(url, expected):
    assert masked_db_url(url) == expected


def _info(tmp_path: Path, db_url: str = "sqlite:///data/sister-desktop.db") -> AboutInfo:
    return AboutInfo(
        version="9.8.7",
        data_dir=tmp_path / "data",
        config_dir=tmp_path / "config",
        log_dir=tmp_path / "logs",
        db_url=db_url,
    )


def _dialog(qtbot, info: AboutInfo) -> AboutDialog:
    dialog = AboutDialog(info)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_version_folders_and_database_without_password(qtbot, tmp_path):
    info = _info(tmp_path, f"postgresql+psycopg://hr:{SECRET}@127.0.0.1/sister")
    dialog = _dialog(qtbot, info)

    assert dialog.windowTitle() == "About SISTER Desktop"
    assert dialog.version_label.text() == "9.8.7"
    assert dialog.data_dir_label.text() == str(tmp_path / "data")
    assert dialog.log_dir_label.text() == str(tmp_path / "logs")
    assert dialog.config_dir_label.text() == str(tmp_path / "config")
    assert dialog.database_label.text() == "postgresql+psycopg://hr:***@127.0.0.1/sister"
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert SECRET not in shown
    assert not dialog.status_label.isVisible()


class _UrlRecorder(QObject):
    """Stands in for the file manager: Qt hands it the URL instead of launching anything."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_log_folder_button_opens_the_log_folder(qtbot, tmp_path):
    dialog = _dialog(qtbot, _info(tmp_path))
    recorder = _UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    try:
        qtbot.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")

    assert [url.toLocalFile() for url in recorder.urls] == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir()  # created when nothing was logged yet
    assert not dialog.status_label.isVisible()


def test_log_folder_that_cannot_be_made_says_where_it_is(qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    info = AboutInfo("1.0", tmp_path, tmp_path, blocker / "logs", "sqlite:///x.db")
    dialog = _dialog(qtbot, info)

    qtbot.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)

    assert dialog.status_label.isVisible()
    assert "could not be opened" in dialog.status_label.text()
    assert str(blocker / "logs") in dialog.status_label.text()


def test_copy_details_puts_every_fact_on_the_clipboard(qtbot, tmp_path):
    dialog = _dialog(qtbot, _info(tmp_path, f"postgresql+psycopg://hr:{SECRET}@db/sister"))
    QGuiApplication.clipboard().clear()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    text = QGuiApplication.clipboard().text()
    assert "SISTER Desktop 9.8.7" in text
    assert f"Log folder: {tmp_path / 'logs'}" in text
    assert f"Data folder: {tmp_path / 'data'}" in text
    assert "Database: postgresql+psycopg://hr:***@db/sister" in text
    assert SECRET not in text


def test_help_menu_opens_about_dialog(qtbot, tmp_path):
    window = MainWindow(UiContext(about=_info(tmp_path)))
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Help"]
    assert window.about_action.text() == "&About SISTER Desktop"

    window.about_action.trigger()

    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), never exec()
    assert dialog.version_label.text() == "9.8.7"
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)  # deleted on close


def test_application_tells_the_dialog_what_it_opened(qapp, app_home):
    args = argparse.Namespace(
        db=f"postgresql+psycopg://hr:{SECRET}@127.0.0.1/test", lang=None, demo=False
    )
    about = Application(qapp, args).context.about

    assert about.log_dir == app_home / "logs"
    assert about.data_dir == app_home / "data"
    assert about.db_display == "postgresql+psycopg://hr:***@127.0.0.1/test"
    assert about.version


def test_demo_mode_shows_the_demo_database(qapp, app_home):
    args = argparse.Namespace(db=None, lang=None, demo=True)
    about = Application(qapp, args).context.about
    assert about.db_url.endswith("sister-desktop-demo.db")
    assert str(app_home / "data") in about.db_url
