"""``sister-desktop sync (--all | --failed | --resume | --id ID...) [--json]`` (see CLI.md).

Progress goes to stderr; with ``--json`` one document goes to stdout. Ctrl+C (SIGINT) or
SIGTERM stops gracefully: finished employees are kept and the run can be resumed (exit 3).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import time
from typing import Any

from sister_desktop.cli import (
    EXIT_CANCELLED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
)
from sister_desktop.cli.runtime import (
    open_database,
    read_overrides,
    run_command,
    say,
    sister_connection,
)

_USAGE_CODES = {"credential", "wrong_url", "tls", "settings_incomplete", "role", "lock_lost"}
_UNREACHABLE_CODES = {"proxy", "unreachable", "timeout"}
#: Seconds between progress lines on stderr.
PROGRESS_EVERY_S = 2.0


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "sync",
        parents=[common],
        help="pull linked employees' data from SISTER (Sinkronisasi)",
        description="Pull each linked employee's SISTER data into the local database. "
        "Ctrl+C stops gracefully; the run can then be finished with --resume.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every linked employee")
    which.add_argument("--failed", action="store_true", help="those whose last sync failed")
    which.add_argument("--resume", action="store_true", help="finish the last interrupted run")
    which.add_argument(
        "--id", dest="ids", metavar="ID", type=int, nargs="+", help="the given employee ids"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args))


def _mode(args: argparse.Namespace) -> Any:
    from sister_desktop.domain.sync_log import SyncMode
    from sister_desktop.services.sync_engine import SyncRequest

    if args.all:
        return SyncRequest(SyncMode.ALL)
    if args.failed:
        return SyncRequest(SyncMode.FAILED)
    if args.resume:
        return SyncRequest(SyncMode.RESUME)
    return SyncRequest(SyncMode.SELECTED, tuple(args.ids))


@contextlib.contextmanager
def _graceful_stop(engine: Any) -> Any:
    """SIGINT/SIGTERM ask the engine to stop; a second Ctrl+C is ignored while it winds down."""
    loop = asyncio.get_running_loop()
    installed: list[int] = []

    def stop() -> None:
        if engine.running:
            say(_texts().stopping_text())
        engine.cancel()

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


def _texts() -> Any:
    from sister_desktop.texts import sync_texts

    return sync_texts


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.domain.sync_log import NothingToResumeError, RunStatus, SyncLockedError
    from sister_desktop.services.connection import SettingsIncompleteError
    from sister_desktop.services.sync_engine import build_sync_engine
    from sister_desktop.sister.errors import SisterError
    from sister_desktop.texts import sync_texts as texts
    from sister_desktop.texts.error_texts import error_explanation, field_problem_text

    overrides = read_overrides()
    if overrides is None:
        _not_started(args, "config")
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        _not_started(args, "database")
        return EXIT_USAGE
    try:
        async with sister_connection(args, db, overrides) as connection:
            engine = build_sync_engine(db, connection.api)
            last_line = 0.0

            def on_progress(progress: Any) -> None:
                nonlocal last_line
                now = time.monotonic()
                if progress.finished or now - last_line >= PROGRESS_EVERY_S:
                    last_line = now
                    say(texts.progress_line(progress))

            try:
                with _graceful_stop(engine):
                    outcome = await engine.run(_mode(args), on_progress)
            except SettingsIncompleteError as exc:
                explanation = error_explanation("settings_incomplete")
                say(f"{explanation.text} {explanation.hint}")
                for problem in exc.problems:
                    say(f"  {field_problem_text(problem)}")
                _not_started(args, "settings_incomplete", explanation.text)
                return EXIT_USAGE
            except SyncLockedError as exc:
                say(texts.lock_held_text(exc.holder))
                _not_started(args, "locked", texts.lock_held_text(exc.holder))
                return EXIT_USAGE
            except NothingToResumeError:
                say(texts.nothing_to_resume_text())
                _not_started(args, "nothing_to_resume", texts.nothing_to_resume_text())
                return EXIT_USAGE
            except SisterError as exc:  # raised while getting the API (before any run)
                explanation = error_explanation(exc.code, message=exc.message)
                say(f"{explanation.text} {explanation.hint}")
                _not_started(args, exc.code, explanation.text)
                return EXIT_UNREACHABLE if exc.code in _UNREACHABLE_CODES else EXIT_USAGE
    finally:
        await db.dispose()

    run_ = outcome.run
    say(texts.run_summary_text(run_))
    if run_.error_code:
        explanation = error_explanation(run_.error_code)
        say(explanation.hint)
    if args.json:
        print(json.dumps(_document(outcome, texts), ensure_ascii=False))
    if run_.status is RunStatus.COMPLETED:
        return EXIT_OK
    if run_.status is RunStatus.PARTIAL:
        return EXIT_PARTIAL
    if run_.status is RunStatus.CANCELLED:
        return EXIT_CANCELLED
    if run_.error_code in _UNREACHABLE_CODES:
        return EXIT_UNREACHABLE
    if run_.error_code in _USAGE_CODES:
        return EXIT_USAGE
    return EXIT_PARTIAL


def _not_started(args: argparse.Namespace, error: str, message: str | None = None) -> None:
    """``--json`` promises one document even when no run could start: a scheduled job's
    script then reads why (``error``) instead of failing to parse an empty output."""
    if args.json:
        document = {
            "run_id": None,
            "status": "failed",
            "error": error,
            "message": message,
            "totals": {"pegawai": 0, "ok": 0, "failed": 0, "skipped": 0},
            "pegawai": [],
        }
        print(json.dumps(document, ensure_ascii=False))


def _document(outcome: Any, texts: Any) -> dict[str, Any]:
    run_ = outcome.run
    status = run_.status.value
    if status not in {"completed", "partial", "cancelled", "failed"}:
        status = "failed"
    return {
        "run_id": run_.id,
        "status": status,
        "mode": run_.mode.value,
        "started_at": run_.started_at.isoformat(),
        "finished_at": run_.finished_at.isoformat() if run_.finished_at else None,
        "error_code": run_.error_code,
        "resumed_from": run_.resumed_from,
        "totals": {
            "pegawai": run_.total,
            "ok": run_.ok,
            "failed": run_.failed,
            "skipped": run_.skipped,
        },
        "requests": {
            "total": run_.requests.total,
            "retried": run_.requests.retried,
            "rate_limited": run_.requests.rate_limited,
            "reauth": run_.requests.reauth,
        },
        "pegawai": [
            {
                "id": result.pegawai_id,
                "id_sdm": result.id_sdm,
                "status": result.status.value,
                "errors": [
                    {
                        "endpoint": e.endpoint,
                        "http_status": e.http_status,
                        "message": e.message or texts.error_text(e.error_code),
                        "error_code": e.error_code,
                    }
                    for e in result.errors
                ],
            }
            for result in sorted(outcome.results, key=lambda r: r.pegawai_id)
        ],
    }
