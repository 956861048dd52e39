"""``--demo``: the sandbox starts in the background, Settings are pre-filled, Cek Service works
with no network, and everything stops on exit."""

from __future__ import annotations

import argparse
import asyncio
import urllib.request

import pytest

from sister_desktop.app import Application
from sister_desktop.domain.diagnosis_steps import StepId, StepStatus

pytestmark = pytest.mark.gui


def test_demo_mode_prefills_the_sandbox_and_cek_service_succeeds(qapp, loop, app_home):
    args = argparse.Namespace(db=None, lang=None, demo=True)
    application = Application(qapp, args)

    async def scenario():
        window = await application.start()
        await application.tasks.wait_idle()  # settings loaded into the form
        tab = window.settings_tab
        assert tab.demo_note.isVisible()
        url = tab.url_edit.text()
        assert url == application.demo.server.base_url
        report = await tab.check_service()
        label = window.connection_label.text()
        await application.request_quit()
        await application.shutdown()
        return url, report, label

    url, report, label = loop.run_until_complete(scenario())
    assert report is not None and report.connected
    assert report.step(StepId.PROFIL_PT).status is StepStatus.OK
    assert label == f"Connected: {report.pt_name}"
    assert application.demo is None  # stopped on exit
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/referensi/profil_pt", timeout=1)
    assert not asyncio.all_tasks(loop)


def test_demo_connects_at_start_without_pressing_cek_service(qapp, loop, app_home):
    application = Application(qapp, argparse.Namespace(db=None, lang=None, demo=True))

    async def scenario():
        window = await application.start()
        await application.tasks.wait_idle()  # load, then the quiet Cek Service
        label = window.connection_label.text()
        await application.request_quit()
        await application.shutdown()
        return label, application.context.connection.state

    label, state = loop.run_until_complete(scenario())
    assert state.connected
    assert label == f"Connected: {state.pt_name}"


def test_first_start_without_settings_does_not_check_or_mark_fields(qapp, loop, app_home):
    application = Application(qapp, argparse.Namespace(db=None, lang=None, demo=False))

    async def scenario():
        window = await application.start()
        await application.tasks.wait_idle()
        steps_run = window.settings_tab.status_label.text()
        label = window.connection_label.text()
        await application.request_quit()
        await application.shutdown()
        return label, steps_run

    label, status = loop.run_until_complete(scenario())
    assert label == "Not connected"
    assert status == ""  # no "Cek Service needs every field filled in." at start-up
