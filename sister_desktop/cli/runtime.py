"""What every headless sub-command does the same way: language, event loop, database, the
web-service settings and connection, demo mode, and messages on stderr.

Commands keep only their own logic; the way they open things and report a failure to open them
is the same everywhere, so an operator reading a scheduled job's output sees one vocabulary.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from sister_desktop import __version__
from sister_desktop.cli import EXIT_CANCELLED, EXIT_USAGE
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
    from sister_desktop.services.composition import Services
    from sister_desktop.store.database import Database

log = logging.getLogger(__name__)


def say(text: str) -> None:
    """A human-readable line on stderr (stdout is kept for ``--json``)."""
    print(text, file=sys.stderr, flush=True)


def is_demo(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "demo", False))


def run_command(
    args: argparse.Namespace, main: Callable[[], Coroutine[Any, Any, int]], *, paints: bool = False
) -> int:
    """Run ``main()`` on the command's host (``host/runtime.py``): a fresh asyncio loop with
    the worker pool and the main-thread collector, the run's language installed.

    ``paints``: the command draws with Qt's fonts (a PDF), so it needs a GUI application, but
    never a window. Ctrl+C that the command does not handle itself ends with the "cancelled"
    exit code.
    """
    from PySide6.QtCore import QCoreApplication

    from sister_desktop.host.language import language_for
    from sister_desktop.host.runtime import QtNeed, hosted

    with hosted(language_for(args), QtNeed.PAINT if paints else QtNeed.CORE) as host:
        # What the window logs, a scheduled run logs too: support staff read the same lines.
        setup_logging(app_paths().ensure().cli_log_file)
        log.info("Command %s started (%s %s)", args.command, APP_NAME, __version__)
        previous_term = _stop_on_sigterm()
        try:
            try:
                code = host.run(main())
            except KeyboardInterrupt:
                log.info("Command %s stopped by Ctrl+C or SIGTERM", args.command)
                say(
                    QCoreApplication.translate(
                        "CliRuntime",
                        "Stopped before the end (Ctrl+C or a stop signal); what was not finished "
                        "was not saved. Run the command again.",
                    )
                )
                code = EXIT_CANCELLED
            except Exception as exc:
                failure = _operator_failure(exc)
                if failure is None:
                    raise
                code = failure
            log.info("Command %s ended with exit code %s", args.command, code)
            return code
        except Exception:
            # A bug: the traceback goes to the file support staff are asked for, then to stderr.
            log.exception("Command %s failed", args.command)
            raise
        finally:
            if previous_term is not None:
                signal.signal(signal.SIGTERM, previous_term)
            stop_logging()


@contextlib.contextmanager
def graceful_stop(job: Any, stopping_text: Callable[[], str]) -> Any:
    """SIGINT/SIGTERM ask a long job (a sync, a send) to stop; a second Ctrl+C is ignored while
    it winds down. ``job`` has ``running`` and ``cancel()``; ``stopping_text`` says it is
    stopping (read when the signal comes, in the language of that moment)."""
    import asyncio

    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []

    def stop() -> None:
        if job.running:
            say(stopping_text())
        job.cancel()

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows: no loop handlers
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop))
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def _stop_on_sigterm() -> Any:
    """SIGTERM (a service manager, ``kill``) stops a command the way Ctrl+C does: what runs is
    cancelled, its transaction rolled back, and the exit code says "cancelled". A command that
    stops more gently (``sync``) installs its own handler while it runs. Returns the handler
    to put back, or ``None`` where none could be set (not the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, signal.default_int_handler)


def _operator_failure(exc: Exception) -> int | None:
    """An exception that is the machine's state, not a bug: a full disk, an output path that
    cannot be written. Says so in the operator's words and returns the exit code for "fix
    the configuration"; ``None`` for anything else (a bug, with its traceback)."""
    from sister_desktop.files.atomic_file import FileWriteError, is_disk_full
    from sister_desktop.texts.error_texts import disk_full_text, write_error_text

    if isinstance(exc, FileWriteError):
        log.warning("Writing %s failed: %s", exc.path, exc)
        say(write_error_text(exc.code, str(exc.path)))
        return EXIT_USAGE
    if is_disk_full(exc):
        log.warning("The disk is full", exc_info=exc)
        say(disk_full_text())
        return EXIT_USAGE
    from sister_desktop.store.errors import DatabaseErrorCode, database_failure
    from sister_desktop.texts.database_texts import database_error_explanation

    code = database_failure(exc)
    if code is None:
        return None
    log.warning("Database failure (%s)", code.value, exc_info=exc)
    explanation = database_error_explanation(code.value)
    say(f"{explanation.text} {explanation.hint}")
    # Locked or cut off: nothing is wrong with the setup, run again (a sync resumes).
    resumable = {DatabaseErrorCode.LOCKED, DatabaseErrorCode.CONNECTION_LOST}
    return EXIT_CANCELLED if code in resumable else EXIT_USAGE


def read_overrides() -> WsOverrides | None:
    """The ``SISTER_*`` environment overrides, or ``None`` after saying which one is unusable."""
    from PySide6.QtCore import QCoreApplication

    from sister_desktop.domain.ws_settings import MAX_INFLIGHT, MAX_RPS, MIN_INFLIGHT, MIN_RPS

    try:
        overrides = ws_env_overrides()
    except ConfigError as exc:
        template = QCoreApplication.translate(
            "CliRuntime",
            "The environment variable %1 has the value %2, which cannot be used: it must be "
            "a number greater than zero. Correct it or remove it to use the saved setting.",
        )
        say(fill(template, exc.name, repr(exc.value)))
        return None
    # Out of the range the Settings tab allows: name the variable, not the tab (the value
    # did not come from there).
    for name, value, low, high in (
        ("SISTER_MAX_RPS", overrides.max_rps, MIN_RPS, MAX_RPS),
        ("SISTER_MAX_INFLIGHT", overrides.max_inflight, MIN_INFLIGHT, MAX_INFLIGHT),
    ):
        if value is not None and not low <= value <= high:
            say(
                QCoreApplication.translate(
                    "CliRuntime",
                    "The environment variable %1 has the value %2, which is out of range: it "
                    "must be between %3 and %4. Correct it or remove it to use the saved "
                    "setting.",
                )
                .replace("%1", name)
                .replace("%2", repr(os.environ.get(name, "")))
                .replace("%3", f"{low:g}")
                .replace("%4", f"{high:g}")
            )
            return None
    return overrides


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
async def open_services(
    args: argparse.Namespace, db: Database, overrides: WsOverrides
) -> AsyncIterator[Services]:
    """The services of the run's database, composed as the window composes them
    (``Services.over``); in demo mode over the built-in sandbox (running for the block, its
    campus list seeded into an empty demo database). The SISTER connection is closed at the
    end of the block."""
    from sister_desktop.services.composition import Services

    async with contextlib.AsyncExitStack() as stack:
        demo = None
        if is_demo(args):
            from sister_desktop.demo import DemoSandbox

            demo = await stack.enter_async_context(DemoSandbox())
        services = Services.over(
            db, overrides=overrides, demo=demo.credentials if demo is not None else None
        )
        stack.push_async_callback(services.aclose)
        if demo is not None:
            await demo.seed(services.pegawai)
        yield services
