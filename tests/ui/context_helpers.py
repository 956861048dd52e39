"""A window's context over a real database, as ``app.py`` composes it, for the GUI tests.

The context's services are required (the window never exists without a database), so a test
composes the real ones and swaps only what it drives itself (a sync engine over a sandbox, a
connection with its own settings).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from sister_desktop.services.composition import Services
from sister_desktop.store.database import Database
from sister_desktop.store.secrets import SecretStore
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.main_window import MainWindow
from tests.dict_keyring import DictKeyring


def ui_context(db: Database, *, demo: bool = False, **swapped: Any) -> UiContext:
    """The services of ``db`` (passwords in a dict keyring), with ``swapped`` fields replaced."""
    services = Services.over(db, secrets=SecretStore(DictKeyring()))
    return dataclasses.replace(UiContext.of(services, demo=demo), **swapped)


@pytest.fixture
def make_window(qtbot, loop, db) -> Callable[..., MainWindow]:
    """``make_window(**swapped)``: the main window over the test's database, its first loads
    done (they would otherwise finish after qtbot closed the window)."""

    def make(**swapped: Any) -> MainWindow:
        context = ui_context(db, **swapped)
        window = MainWindow(context)
        qtbot.addWidget(window)
        loop.run_until_complete(context.tasks.wait_idle())
        return window

    return make
