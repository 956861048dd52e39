"""``sister-desktop sync (--all | --scheduled | --failed | --resume | --id ID...)
[--groups G,...] [--full] [--estimate] [--json]`` (see docs/CLI.md).

``--scheduled`` is the nightly job's run: every linked employee, only the lists whose last
check is older than their freshness limit (Pengaturan), spread over the nights.

The groups pulled are those saved in Pengaturan unless ``--groups`` names others for this run
(a ``--resume`` pulls what the interrupted run pulled);
``--full`` fetches every detail again; ``--estimate`` only says what the run would cost.
Progress goes to stderr; with ``--json`` one document goes to stdout. Ctrl+C (SIGINT) or
SIGTERM stops gracefully: finished employees are kept and the run can be resumed (exit 3).
"""

from __future__ import annotations

import argparse
import json
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
    graceful_stop,
    open_database,
    open_services,
    read_overrides,
    run_command,
    say,
)

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
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every linked employee")
    which.add_argument(
        "--scheduled",
        action="store_true",
        help="the nightly run: of every linked employee only the lists older than their "
        "freshness limit (Pengaturan), spread over the nights",
    )
    which.add_argument("--failed", action="store_true", help="those whose last sync failed")
    which.add_argument(
        "--resume",
        action="store_true",
        help="finish the last interrupted run, with the groups it pulled",
    )
    which.add_argument(
        "--id", dest="ids", metavar="ID", type=int, nargs="+", help="the given employee ids"
    )
    parser.add_argument(
        "--groups",
        metavar="G,...",
        type=_groups,
        help="the groups of SISTER data to pull in this run, comma-separated, or 'all' "
        f"({', '.join(_group_names())}); default: those saved in Pengaturan",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="fetch every record's detail again, not only those of new and changed records",
    )
    parser.add_argument(
        "--estimate",
        action="store_true",
        help="only print how many requests the run would send and how long it would take at "
        "the configured rate (default --all); nothing is synced",
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="before a first --all run: pull a sample of dosen and tendik (SISTER's SDM list "
        "says which), as many as the estimate needs to be within 15 %%, print the estimate, then "
        "run reusing their answers (with --estimate: stop after the estimate)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.set_defaults(_sync_parser=parser)


def _group_names() -> list[str]:
    from sister_desktop.domain.sister_groups import SisterGroup

    return [group.value for group in SisterGroup]


def _groups(text: str) -> Any:
    """``--groups``: ``ArgumentTypeError`` (a usage error) naming the valid groups."""
    from sister_desktop.domain.sister_groups import parse_groups

    try:
        return parse_groups(text)
    except ValueError as exc:
        valid = ", ".join([*_group_names(), "all"])
        raise argparse.ArgumentTypeError(
            f"unknown group {str(exc)!r} (valid: {valid})"
            if str(exc) != "no group given"
            else f"no group given (valid: {valid})"
        ) from None


def run(args: argparse.Namespace) -> int:
    if not (args.all or args.scheduled or args.failed or args.resume or args.ids or args.estimate):
        args._sync_parser.error(
            "one of the arguments --all --scheduled --failed --resume --id is required"
        )
    if args.sample and (args.scheduled or args.failed or args.resume or args.ids):
        args._sync_parser.error("--sample goes with --all (a first run) only")
    return run_command(args, lambda: _run(args))


async def _request(args: argparse.Namespace, service: Any) -> Any:
    """The request: the mode, and the saved scope with this run's ``--groups`` and
    ``--full`` (``SyncService.request``, as the window builds it)."""
    from sister_desktop.domain.sync_log import SyncMode

    if args.failed:
        mode = SyncMode.FAILED
    elif args.resume:
        mode = SyncMode.RESUME
    elif args.ids:
        mode = SyncMode.SELECTED
    elif args.scheduled:
        mode = SyncMode.SCHEDULED
    else:
        mode = SyncMode.ALL
    return await service.request(mode, args.ids or (), full=bool(args.full), groups=args.groups)


def _texts() -> Any:
    from sister_desktop.texts import sync_texts

    return sync_texts


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.domain.error_codes import SERVICE_UNREACHABLE, SETUP_FAILURES, ErrorCode
    from sister_desktop.domain.sync_log import NothingToResumeError, RunStatus, SyncLockedError
    from sister_desktop.services.connection import SisterUnavailableError
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
        async with open_services(args, db, overrides) as services:
            service = services.sync
            request = await _request(args, service)
            if args.estimate and not args.sample:
                return await _estimate(args, services, request)
            last_line = 0.0

            def on_progress(progress: Any) -> None:
                nonlocal last_line
                now = time.monotonic()
                if progress.finished or now - last_line >= PROGRESS_EVERY_S:
                    last_line = now
                    say(texts.progress_line(progress))

            try:
                outcome = None
                if args.sample:
                    settings = await services.settings.effective()
                    with graceful_stop(service, lambda: _texts().stopping_text()):
                        sampled = await service.sample_estimate(
                            request,
                            settings.max_rps,
                            on_progress=on_progress,
                            on_round=lambda n, count: say(texts.sample_round_text(n, count)),
                        )
                    say(
                        texts.sampled_estimate_text(
                            sampled.sampled,
                            sampled.estimate,
                            sampled.sample_requests,
                            sampled.complete,
                        )
                    )
                    if args.estimate:
                        return _print_estimate(args, request, sampled.estimate, sampled)
                    request = sampled.request
                    if not sampled.complete:  # stopped, or SISTER failed: no run after it
                        if sampled.last is None:  # stopped before its first round
                            stopped = texts.sample_stopped_text(0, None)
                            say(stopped)
                            _not_started(args, "cancelled", stopped)
                            return EXIT_CANCELLED
                        outcome = sampled.last
                if outcome is None:
                    with graceful_stop(service, lambda: _texts().stopping_text()):
                        outcome = await service.run(request, on_progress)
            except SyncLockedError as exc:
                say(texts.lock_held_text(exc.holder))
                _not_started(args, "locked", texts.lock_held_text(exc.holder))
                return EXIT_USAGE
            except NothingToResumeError:
                say(texts.nothing_to_resume_text())
                _not_started(args, "nothing_to_resume", texts.nothing_to_resume_text())
                return EXIT_USAGE
            except SisterUnavailableError as exc:  # settings, login, network: before any run
                explanation = error_explanation(exc.code, message=exc.message)
                say(f"{explanation.text} {explanation.hint}")
                for problem in exc.problems:
                    say(f"  {field_problem_text(problem)}")
                _not_started(args, exc.code, explanation.text)
                return EXIT_UNREACHABLE if exc.code in SERVICE_UNREACHABLE else EXIT_USAGE
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
    if run_.error_code in SERVICE_UNREACHABLE:
        return EXIT_UNREACHABLE
    if run_.error_code in SETUP_FAILURES | {ErrorCode.LOCK_LOST}:
        return EXIT_USAGE
    return EXIT_PARTIAL


async def _estimate(args: argparse.Namespace, services: Any, request: Any) -> int:
    """``--estimate``: the cost of the run from the last run's states, nothing sent."""
    from sister_desktop.domain.sync_log import NothingToResumeError
    from sister_desktop.texts import sync_texts as texts

    settings = await services.settings.effective()
    try:
        request = await services.sync.resolved(request)  # a resume: the interrupted run's groups
        estimate = await services.sync.estimate(request, settings.max_rps)
    except NothingToResumeError:
        say(texts.nothing_to_resume_text())
        _not_started(args, "nothing_to_resume", texts.nothing_to_resume_text())
        return EXIT_USAGE
    say(texts.format_estimate(estimate))
    return _print_estimate(args, request, estimate)


def _print_estimate(
    args: argparse.Namespace, request: Any, estimate: Any, sampled: Any = None
) -> int:
    from sister_desktop.texts import sync_texts as texts

    line = texts.format_estimate(estimate)
    if args.json:
        document = {
            "estimate": {
                "pegawai": estimate.pegawai,
                "requests": estimate.requests,
                "seconds": round(estimate.seconds, 1),
                "rate": estimate.rate,
                "from_last_run": estimate.from_last_run,
                "groups": sorted(group.value for group in request.scope.groups),
                "semesters": request.scope.semesters,
                "full": request.scope.full,
                "margin": estimate.margin,
                "sampled": sampled.sampled if sampled is not None else 0,
                "sample_requests": sampled.sample_requests if sampled is not None else 0,
                "sample_rounds": sampled.rounds if sampled is not None else 0,
                "text": line,
            }
        }
        print(json.dumps(document, ensure_ascii=False))
    return EXIT_OK


def _not_started(args: argparse.Namespace, error: str, message: str | None = None) -> None:
    """``--json`` promises one document even when no run could start: a scheduled job's
    script then reads why (``error``) instead of failing to parse an empty output."""
    if args.json:
        document: dict[str, Any] = {
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
