"""What every headless sub-command does the same way: language, event loop, database, the
web-service settings and connection, demo mode, and messages on stderr.

Commands keep only their own logic; the way they open things and report a failure to open them
is the same everywhere, so an operator reading a scheduled job's output sees one vocabulary.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING

from sister_desktop import __version__
from sister_desktop.cli import EXIT_CANCELLED
from sister_desktop.config import (
    APP_NAME,
    ConfigError,
    WsOverrides,
    app_paths,
    resolve_db_url,
    ws_env_overrides,
)
from sister_desktop.logs import setup_logging, stop_logging
from sister_desktop.texts.fill import fill

if TYPE_CHECKING:
    from sister_desktop.services.connection import SisterConnection
    from sister_desktop.services.settings_service import SettingsService
    from sister_desktop.store.database import Database

log = logging.getLogger(__name__)


def say(text: str) -> None:
    """A human-readable line on stderr (stdout is kept for ``--json``)."""
    print(text, file=sys.stderr, flush=True)


def is_demo(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "demo", False))


def run_command(
    args: argparse.Namespace, main: Callable[[], Awaitable[int]], *, paints: bool = False
) -> int:
    """Run ``main()`` on a fresh asyncio loop with the run's language installed.

    ``paints``: the command draws with Qt's fonts (a PDF), so it needs a GUI application, but
    never a window. Ctrl+C that the command does not handle itself ends with the "cancelled"
    exit code.
    """
    from PySide6.QtCore import QCoreApplication

    from sister_desktop.texts.i18n import install_translators, remove_translators
    from sister_desktop.texts.language import language_for

    if paints:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    else:
        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, language_for(args))
    # What the window logs, a scheduled run logs too: support staff read the same lines.
    setup_logging(app_paths().ensure().cli_log_file)
    log.info("Command %s started (%s %s)", args.command, APP_NAME, __version__)
    try:
        try:
            code = asyncio.run(main())  # type: ignore[arg-type]
        except KeyboardInterrupt:
            code = EXIT_CANCELLED
        log.info("Command %s ended with exit code %s", args.command, code)
        return code
    except Exception:
        # A bug: the traceback goes to the file support staff are asked for, then to stderr.
        log.exception("Command %s failed", args.command)
        raise
    finally:
        remove_translators(app, translators)
        stop_logging()


def read_overrides() -> WsOverrides | None:
    """The ``SISTER_*`` environment overrides, or ``None`` after saying which one is unusable."""
    from PySide6.QtCore import QCoreApplication

    try:
        return ws_env_overrides()
    except ConfigError as exc:
        template = QCoreApplication.translate(
            "CliRuntime",
            "The environment variable %1 has the value %2, which cannot be used: it must be "
            "a number greater than zero. Correct it or remove it to use the saved setting.",
        )
        say(fill(template, exc.name, repr(exc.value)))
        return None


async def open_database(args: argparse.Namespace) -> Database | None:
    """The run's database (``--db``, ``$SISTER_DESKTOP_DB``, or the default or demo file), or
    ``None`` after saying what is wrong with it and what to do."""
    from sister_desktop.store.database import Database
    from sister_desktop.store.errors import DatabaseError
    from sister_desktop.texts.database_texts import database_error_explanation

    try:
        return await Database.open(resolve_db_url(getattr(args, "db", None), demo=is_demo(args)))
    except DatabaseError as exc:
        explanation = database_error_explanation(exc.code.value, exc.detail)
        say(f"{explanation.text} {explanation.hint}")
        return None


@contextlib.asynccontextmanager
async def settings_service(
    args: argparse.Namespace, db: Database, overrides: WsOverrides
) -> AsyncIterator[SettingsService]:
    """The saved web-service settings, or in demo mode the built-in sandbox (running for the
    block, its campus list seeded into an empty demo database)."""
    from sister_desktop.services.settings_service import SettingsService
    from sister_desktop.store.secrets import SecretStore
    from sister_desktop.store.settings_repository import SettingsRepository

    async with contextlib.AsyncExitStack() as stack:
        demo_credentials = None
        if is_demo(args):
            from sister_desktop.demo import DemoSandbox
            from sister_desktop.services.pegawai_service import PegawaiService
            from sister_desktop.store.pegawai_repository import PegawaiRepository

            demo = await stack.enter_async_context(DemoSandbox())
            await demo.seed(PegawaiService(PegawaiRepository(db)))
            demo_credentials = demo.credentials
        yield SettingsService(
            SettingsRepository(db), SecretStore(), overrides=overrides, demo=demo_credentials
        )


@contextlib.asynccontextmanager
async def sister_connection(
    args: argparse.Namespace, db: Database, overrides: WsOverrides
) -> AsyncIterator[SisterConnection]:
    """One connection to SISTER for the run, closed at the end of the block."""
    from sister_desktop.services.connection import SisterConnection

    async with settings_service(args, db, overrides) as settings:
        connection = SisterConnection(settings)
        try:
            yield connection
        finally:
            await connection.aclose()
