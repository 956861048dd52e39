"""The Pengaturan tab driven like an operator would: type, Simpan, Cek Service."""

from __future__ import annotations

import asyncio

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sister_desktop.domain.diagnosis_steps import StepId, StepStatus
from sister_desktop.services.connection import SisterConnection
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.pengaturan.panduan_panel import PanduanStep
from sister_desktop.ui.pengaturan.password_prompt_dialog import PasswordPromptDialog
from tests.comparison_world import synced_campus
from tests.dict_keyring import DictKeyring
from tests.sister.forward_proxy import forward_proxy
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, loop, db):
    settings = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
    connection = SisterConnection(settings)
    context = ui_context(db, settings=settings, connection=connection)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    loop.run_until_complete(main.settings_tab.load())
    yield main
    loop.run_until_complete(context.tasks.wait_idle())
    loop.run_until_complete(connection.aclose())


def _fill(qtbot, tab, server, password):
    c = server.credentials
    tab.url_combo.setCurrentIndex(tab.url_combo.findData("custom"))
    for edit, text in (
        (tab.url_edit, c.url),
        (tab.id_pengguna_edit, c.id_pengguna),
        (tab.username_edit, c.username),
        (tab.password_edit, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def _click_and_wait(qtbot, loop, button, tab):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tab._context.tasks.wait_idle())


def test_fill_save_and_check_service_ticks_every_step(qtbot, loop, window, sandbox):
    tab = window.settings_tab
    _fill(qtbot, tab, sandbox, sandbox.credentials.password)
    _click_and_wait(qtbot, loop, tab.save_button, tab)
    assert not tab.problems_label.isVisible()
    assert tab.panduan.is_done(PanduanStep.CREDENTIALS)

    _click_and_wait(qtbot, loop, tab.check_button, tab)
    for step in StepId:
        expected = StepStatus.SKIPPED if step is StepId.TLS else StepStatus.OK
        assert tab.step_list.status(step) is expected, (step, tab.step_list.text(step))
    pt_name = loop.run_until_complete(_profil_name(sandbox))
    assert pt_name in tab.step_list.text(StepId.PROFIL_PT)
    assert window.connection_label.text() == f"Connected: {pt_name}"
    assert tab.panduan.is_done(PanduanStep.CEK_SERVICE)
    assert tab.panduan.is_done(PanduanStep.ACCOUNT)
    window.grab().save("/tmp/settings_tab_connected.png")


def test_wrong_password_shows_the_credential_hint(qtbot, loop, window, sandbox):
    tab = window.settings_tab
    _fill(qtbot, tab, sandbox, "salah-sekali")
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    assert tab.step_list.status(StepId.LOGIN) is StepStatus.FAIL
    assert "refused" in tab.step_list.text(StepId.LOGIN)
    assert "Sandbox page" in tab.step_list.hint(StepId.LOGIN)
    assert tab.step_list.status(StepId.PROFIL_PT) is StepStatus.SKIPPED
    assert window.connection_label.text() == "Not connected"
    window.grab().save("/tmp/settings_tab_wrong_password.png")


def test_simpan_names_each_wrong_field_and_saves_nothing(qtbot, loop, window, db):
    tab = window.settings_tab
    qtbot.keyClicks(tab.id_pengguna_edit, "bukan-uuid")
    _click_and_wait(qtbot, loop, tab.save_button, tab)
    text = tab.problems_label.text()
    assert tab.problems_label.isVisible()
    assert "ID Pengguna: must be the UUID" in text
    assert "Username: required" in text and "Password: required" in text
    assert "border" in tab.id_pengguna_edit.styleSheet()
    assert loop.run_until_complete(SettingsRepository(db).get_all()) == {}


def test_password_is_dots_until_shown(qtbot, window):
    tab = window.settings_tab
    qtbot.keyClicks(tab.password_edit, "rahasia")
    assert tab.password_edit.displayText() != "rahasia"
    qtbot.mouseClick(tab.show_password_button, Qt.MouseButton.LeftButton)
    assert tab.password_edit.displayText() == "rahasia"
    assert tab.show_password_button.text() == "Hide"


def test_presets_fill_the_url(qtbot, window):
    tab = window.settings_tab
    tab.url_combo.setCurrentIndex(tab.url_combo.findData("sandbox"))
    assert tab.url_edit.text().endswith("/ws-sandbox.php/1.0")
    assert tab.url_edit.isReadOnly()


async def _profil_name(server):
    from sister_desktop.sister.api import SisterApi
    from sister_desktop.sister.client import SisterClient
    from tests.sister.helpers import FAST, creds

    async with SisterClient(creds(server), FAST) as client:
        return (await SisterApi(client).profil_pt()).nama_perguruan_tinggi


def _no_keyring_window(qtbot, loop, db):
    """The window as it starts on a computer without a password store (one program run)."""
    settings = SettingsService(SettingsRepository(db), SecretStore(keyring.backends.fail.Keyring()))
    connection = SisterConnection(settings)
    context = ui_context(db, settings=settings, connection=connection)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    loop.run_until_complete(main.settings_tab.load())
    return main, context, connection


async def _prompt(tab, timeout=10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        dialog = tab.findChild(PasswordPromptDialog, "password_prompt_dialog")
        if dialog is not None and dialog.isVisible():
            return dialog
        assert asyncio.get_running_loop().time() < deadline, "no password prompt"
        await asyncio.sleep(0.01)


def _close(loop, context, connection):
    loop.run_until_complete(context.tasks.wait_idle())
    loop.run_until_complete(connection.aclose())


def test_without_a_keyring_the_password_is_asked_once_next_run(qtbot, loop, db, sandbox):
    first, context, connection = _no_keyring_window(qtbot, loop, db)
    tab = first.settings_tab
    assert tab.keyring_note.isVisible()
    _fill(qtbot, tab, sandbox, sandbox.credentials.password)
    _click_and_wait(qtbot, loop, tab.save_button, tab)
    assert "until the program closes" in tab.status_label.text()
    _close(loop, context, connection)
    first.close()

    # The next run: the settings are saved, the password is not.
    window, context, connection = _no_keyring_window(qtbot, loop, db)
    tab = window.settings_tab
    assert tab.password_edit.text() == ""
    dialog = loop.run_until_complete(_prompt(tab))
    assert dialog.username_label.text() == sandbox.credentials.username
    assert dialog.password_edit.hasFocus()
    dialog.grab().save("/tmp/settings_password_prompt.png")
    qtbot.keyClicks(dialog.password_edit, sandbox.credentials.password)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    loop.run_until_complete(context.tasks.wait_idle())
    assert tab.password_edit.text() == sandbox.credentials.password
    assert tab.panduan.is_done(PanduanStep.CREDENTIALS)

    _click_and_wait(qtbot, loop, tab.check_button, tab)
    assert tab.step_list.status(StepId.LOGIN) is StepStatus.OK
    # Asked once per run: loading the tab again does not ask again.
    loop.run_until_complete(tab.load())
    loop.run_until_complete(context.tasks.wait_idle())
    assert tab.findChild(PasswordPromptDialog, "password_prompt_dialog") is None
    _close(loop, context, connection)


def test_cancelling_the_password_prompt_leaves_the_form_to_fill(qtbot, loop, db, sandbox):
    first, context, connection = _no_keyring_window(qtbot, loop, db)
    _fill(qtbot, first.settings_tab, sandbox, sandbox.credentials.password)
    _click_and_wait(qtbot, loop, first.settings_tab.save_button, first.settings_tab)
    _close(loop, context, connection)
    first.close()

    window, context, connection = _no_keyring_window(qtbot, loop, db)
    tab = window.settings_tab
    dialog = loop.run_until_complete(_prompt(tab))
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    loop.run_until_complete(context.tasks.wait_idle())
    assert tab.password_edit.text() == ""
    assert not tab.panduan.is_done(PanduanStep.CREDENTIALS)
    assert tab.username_edit.text() == sandbox.credentials.username
    _close(loop, context, connection)


def test_a_proxy_that_cannot_be_reached_is_named_in_cek_service(qtbot, loop, window, sandbox):
    tab = window.settings_tab
    _fill(qtbot, tab, sandbox, sandbox.credentials.password)
    with forward_proxy() as proxy:
        dead = proxy.url  # nothing listens there once the block ends
    qtbot.keyClicks(tab.proxy_edit, dead)
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    assert tab.step_list.status(StepId.DNS) is StepStatus.SKIPPED
    assert tab.step_list.status(StepId.HTTP) is StepStatus.FAIL
    assert "proxy named in Settings cannot be reached" in tab.step_list.text(StepId.HTTP)
    assert "Proxy field" in tab.step_list.hint(StepId.HTTP)
    assert window.connection_label.text() == "Not connected"
    window.grab().save("/tmp/settings_tab_dead_proxy.png")


def test_cek_service_words_and_stale_results(qtbot, loop, window, sandbox):
    """A reachable server reads as good news; a wrong address is not "SISTER said"; a URL
    problem is named as such; fixing a field clears its mark and the old results; trying
    unsaved values leaves the saved connection's status alone."""
    tab = window.settings_tab
    _fill(qtbot, tab, sandbox, sandbox.credentials.password)
    _click_and_wait(qtbot, loop, tab.save_button, tab)
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    connected = window.connection_label.text()
    assert connected.startswith("Connected: ")
    http = tab.step_list.text(StepId.HTTP)
    assert tab.step_list.status(StepId.HTTP) is StepStatus.OK
    assert "the server answers" in http and "HTTP 401" not in http

    # A URL without https: not "fill every field", the field is marked; fixing it clears both.
    good_url = tab.url_edit.text()
    tab.url_edit.selectAll()
    qtbot.keyClicks(tab.url_edit, "ftp://sister.example.ac.id/ws.php/1.0")
    assert tab.step_list.status(StepId.HTTP) is None  # the old results are gone
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    assert "correct the fields marked in red" in tab.status_label.text()
    assert tab.problems_label.isVisible() and tab.url_edit.styleSheet()
    tab.url_edit.selectAll()
    qtbot.keyClicks(tab.url_edit, good_url)
    assert not tab.problems_label.isVisible() and not tab.url_edit.styleSheet()

    # A wrong path: the server that answers is not called SISTER.
    tab.url_edit.selectAll()
    qtbot.keyClicks(tab.url_edit, good_url.rsplit("/ws", 1)[0] + "/bukan-ws")
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    failed = [s for s in StepId if tab.step_list.status(s) is StepStatus.FAIL]
    assert failed, [tab.step_list.text(s) for s in StepId]
    text = tab.step_list.text(failed[0])
    assert not ("not the SISTER web service" in text and "SISTER said" in text), text
    # Unsaved values that fail do not mark the saved, working connection as lost.
    assert window.connection_label.text() == connected


def test_the_status_line_follows_the_fields_and_the_buttons_stay_put(qtbot, loop, window, sandbox):
    """Cek Service with empty fields says so and lists them; filling them in takes that back;
    neither the problems nor their going moves Simpan and Cek Service."""
    tab = window.settings_tab
    where = tab.check_button.mapTo(window, tab.check_button.rect().topLeft())
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    assert tab.status_label.text() == "Cek Service needs every field filled in."
    assert tab.problems_label.isVisible()
    window.grab().save("/tmp/settings_tab_problems.png")
    assert tab.check_button.mapTo(window, tab.check_button.rect().topLeft()) == where
    _fill(qtbot, tab, sandbox, sandbox.credentials.password)
    assert not tab.problems_label.isVisible()
    assert tab.status_label.text() == "The fields are complete: press Cek Service."
    assert tab.check_button.mapTo(window, tab.check_button.rect().topLeft()) == where


def test_panduan_sister_sync_is_ticked_by_the_operator_and_kept(qtbot, loop, window, sandbox, db):
    """A working Cek Service does not tick "SISTER's own sync" (the program cannot know it);
    the operator's tick is kept for the next start."""
    tab = window.settings_tab
    _fill(qtbot, tab, sandbox, sandbox.credentials.password)
    _click_and_wait(qtbot, loop, tab.save_button, tab)
    _click_and_wait(qtbot, loop, tab.check_button, tab)
    assert tab.panduan.is_done(PanduanStep.CEK_SERVICE)
    assert not tab.panduan.is_done(PanduanStep.SISTER_SYNC)
    assert not tab.panduan.is_done(PanduanStep.SYNC)
    tick = tab.panduan.ticks[PanduanStep.SISTER_SYNC]
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tab._context.tasks.wait_idle())
    assert tab.panduan.is_done(PanduanStep.SISTER_SYNC)
    text = tab.panduan.findChild(object, "panduan_step_6").text()
    assert text.startswith("In the Sinkronisasi tab, press Start sync")
    window.grab().save("/tmp/settings_tab_panduan.png")

    settings = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
    context = ui_context(db, settings=settings, connection=SisterConnection(settings))
    again = MainWindow(context)
    qtbot.addWidget(again)
    loop.run_until_complete(again.settings_tab.load())
    assert again.settings_tab.panduan.ticks[PanduanStep.SISTER_SYNC].isChecked()
    loop.run_until_complete(context.connection.aclose())


def test_without_a_password_store_ingat_password_is_not_offered(qtbot, loop, db):
    main, context, connection = _no_keyring_window(qtbot, loop, db)
    try:
        tab = main.settings_tab
        assert tab.keyring_note.isVisible()
        assert not tab.remember_check.isChecked() and not tab.remember_check.isEnabled()
    finally:
        loop.run_until_complete(context.tasks.wait_idle())
        loop.run_until_complete(connection.aclose())


def test_panduan_sync_step_is_ticked_once_a_sync_pulled_someone(qtbot, loop, window, sandbox, db):
    """Step 6 (Start sync in the Sinkronisasi tab) stays open until a run pulled at least one
    pegawai; the end of a run ticks it without a restart."""
    tab = window.settings_tab
    loop.run_until_complete(tab.refresh_sync_step())
    assert not tab.panduan.is_done(PanduanStep.SYNC)
    synced_campus(loop, db, sandbox)
    window.sync_tab.sync_finished.emit("run")
    loop.run_until_complete(tab._context.tasks.wait_idle())
    assert tab.panduan.is_done(PanduanStep.SYNC)
