"""The composition root starts inside the loop, shows the window, and shuts down in order."""

import argparse
import asyncio

import pytest

from sister_desktop.app import Application

pytestmark = pytest.mark.gui


def _args(**kw):
    return argparse.Namespace(**{"db": None, "lang": None, "demo": False, **kw})


def test_application_runs_until_window_closes(qapp, loop, app_home):
    application = Application(qapp, _args())

    async def scenario():
        run = asyncio.ensure_future(application.run())
        while application.window is None or not application.window.isVisible():
            await asyncio.sleep(0.01)
        application.window.close()  # operator clicks the close button
        return await asyncio.wait_for(run, 5)

    assert loop.run_until_complete(scenario()) == 0
    assert not application.window.isVisible()
    assert application.context.tasks.running == 0
