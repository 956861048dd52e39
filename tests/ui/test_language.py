"""Bahasa Indonesia by default: the window, Qt's own buttons, dates and numbers, the saved
choice in Pengaturan, and the command line's messages."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sister_desktop.app import Application
from sister_desktop.cli import EXIT_USAGE, main
from sister_desktop.host.language import language_for
from sister_desktop.services.language_service import LanguageService
from sister_desktop.store.database import Database
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.locale_format import format_date, format_datetime, format_number
from sister_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _args(**kw):
    return argparse.Namespace(**{"db": None, "lang": None, "demo": False, **kw})


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_qt_standard_buttons_read_in_indonesian(qapp, qtbot):
    with use_language(qapp, "id"):
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "t",
            "q",
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        qtbot.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Close
            | QDialogButtonBox.StandardButton.Apply
        )
        qtbot.addWidget(buttons)
        assert _plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Ya"
        assert _plain(box.button(QMessageBox.StandardButton.No).text()) == "Tidak"
        assert _plain(box.button(QMessageBox.StandardButton.Cancel).text()) == "Batal"
        texts = [_plain(b.text()) for b in buttons.buttons()]
        assert sorted(texts) == sorted(["OK", "Simpan", "Tutup", "Terapkan"])
    english = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(english)
    assert _plain(english.button(QMessageBox.StandardButton.Yes).text()) == "Yes"


def _tab_texts(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_main_window_under_lang_id_speaks_indonesian(qapp, qtbot, loop, app_home):
    args = _args(lang="id")
    with use_language(qapp, language_for(args)):
        application = Application(qapp, args)
        window = loop.run_until_complete(application.start())
        try:
            tabs = _tab_texts(window)
            assert tabs[:3] == ["Pengaturan", "Pegawai", "Sinkronisasi"]
            assert window.connection_label.text() == "Tidak terhubung"
            settings = window.settings_tab
            assert settings.save_button.text() == "Simpan"
            assert settings.language_box.title() == "Bahasa (Language)"
            window.grab().save(str(app_home.parent / "window_id.png"))
        finally:
            window.allow_close()
            window.close()
            loop.run_until_complete(application.shutdown())


def test_main_window_under_lang_en_keeps_the_english_source(qapp, qtbot, make_window):
    with use_language(qapp, "en"):
        window = make_window()
        assert _tab_texts(window)[:3] == ["Settings", "Pegawai", "Sinkronisasi"]
        assert window.connection_label.text() == "Not connected"


def test_dates_and_numbers_follow_the_language(qapp):
    with use_language(qapp, "id"):
        assert format_date(date(2026, 8, 17)) == "17 Agustus 2026"
        assert format_number(1234.5, 1) == "1.234,5"
        assert format_number(20000) == "20.000"
        moment = datetime(2026, 8, 17, 10, 42, tzinfo=UTC)
        assert format_datetime(moment).startswith("17 Agustus 2026 ")
    with use_language(qapp, "en"):
        assert format_date(date(2026, 8, 17)) == "17 August 2026"
        assert format_number(1234.5, 1) == "1,234.5"


def _save_language(url: str, language: str) -> None:
    async def save() -> None:
        db = await Database.open(url)
        try:
            await LanguageService(SettingsRepository(db)).save(language)
        finally:
            await db.dispose()

    asyncio.run(save())


def test_saved_language_is_used_and_lang_overrides_it(db_url):
    assert language_for(_args(db=db_url)) == "id"  # nothing saved: Indonesian
    _save_language(db_url, "en")
    assert language_for(_args(db=db_url)) == "en"
    assert language_for(_args(db=db_url, lang="id")) == "id"
    assert language_for(_args(db="nonsense://x")) == "id"  # an unusable database: default


def test_language_choice_in_pengaturan_is_saved_for_the_next_start(qtbot, loop, db, make_window):
    service = LanguageService(SettingsRepository(db))
    window = make_window(language=service)
    loop.run_until_complete(window.settings_tab.load())
    box = window.settings_tab.language_box
    assert box.combo.currentData() == "id"
    assert box.combo.currentText() == "Bahasa Indonesia"

    box.combo.setCurrentIndex(box.combo.findData("en"))
    loop.run_until_complete(window._context.tasks.wait_idle())
    assert loop.run_until_complete(service.saved()) == "en"
    assert "English" in box.note.text() and "again" in box.note.text()
    # The window keeps its words until the next start.
    assert window.tabs.tabText(0) == "Settings"


def test_cli_messages_follow_the_saved_language_and_leave_no_translator_behind(
    capsys, db_url, app_home, monkeypatch
):
    for name in ("SISTER_WS_URL", "SISTER_ID_PENGGUNA", "SISTER_USERNAME", "SISTER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["check", "--db", db_url]) == EXIT_USAGE
    assert "Pengaturan web service belum lengkap." in capsys.readouterr().err

    _save_language(db_url, "en")
    assert main(["check", "--db", db_url]) == EXIT_USAGE
    assert "The web-service settings are not complete." in capsys.readouterr().err

    assert main(["check", "--db", db_url, "--lang", "id"]) == EXIT_USAGE
    assert "Pengaturan web service belum lengkap." in capsys.readouterr().err
    # The command put the shared application back as it found it.
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"
