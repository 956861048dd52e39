"""The composition root starts inside the loop, shows the window, and shuts down in order."""

import argparse
import asyncio

import pytest
import shiboken6

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
    window = application.window
    assert shiboken6.isValid(window) is False or not window.isVisible()
    assert application.tasks.running == 0


def test_a_database_written_by_a_newer_version_is_explained_not_crashed(
    qapp, qtbot, loop, tmp_path
):
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMessageBox

    from sister_desktop.store.database import Database

    db_file = tmp_path / "newer.db"
    url = f"sqlite:///{db_file}"

    async def prepare():
        db = await Database.open(url)
        await db.dispose()

    loop.run_until_complete(prepare())
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db_file.read_bytes()
    application = Application(qapp, _args(db=url))

    async def scenario():
        run = asyncio.ensure_future(application.run())
        box = None
        while box is None:
            await asyncio.sleep(0.01)
            box = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox)
                    and w.objectName() == "database_error_box"
                    and w.isVisible()
                ),
                None,
            )
        text = box.text() + " " + box.informativeText()
        box.accept()
        return text, await asyncio.wait_for(run, 5)

    text, code = loop.run_until_complete(scenario())
    assert code == 2
    assert "newer version" in text
    assert application.window is None
    assert db_file.read_bytes() == before


_START_AND_LIST_MODULES = """
import argparse, asyncio, sys
from sister_desktop.app import LOAD_CHARTS_AFTER_MS, Application
from sister_desktop.host.runtime import QtNeed, hosted

with hosted("id", QtNeed.WINDOWS) as host:
    async def scenario():
        application = Application(host.app, argparse.Namespace(db=None, lang=None, demo=False))
        await application.start()
        await application.tasks.wait_idle()
        at_start = sorted(name for name in ("matplotlib", "numpy") if name in sys.modules)
        print(" ".join(at_start))
        await asyncio.sleep(LOAD_CHARTS_AFTER_MS / 1000 + 0.5)
        while "sister_desktop.ui.laporan.chart_canvas" not in sys.modules:
            await asyncio.sleep(0.05)  # the worker's import, under way
        print(" ".join(sorted(name for name in ("matplotlib", "numpy") if name in sys.modules)))
        await application.shutdown()
    host.run(scenario())
"""


def test_the_window_starts_without_the_charts_library_and_loads_it_ahead(tmp_path):
    """matplotlib with numpy takes longer to import than the window takes to build: the start
    does without it, and a worker loads it a few seconds later, before the Laporan's first
    charts need it (a fresh process, since the test run imports it elsewhere)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "SISTER_DESKTOP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _START_AND_LIST_MODULES],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["", "matplotlib numpy"], done.stdout
