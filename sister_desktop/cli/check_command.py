"""``sister-desktop check [--json]``: Cek Service without the window (see docs/CLI.md).

Exit 0 when connected, 2 for a configuration or credential problem, 4 when SISTER cannot be
reached. Steps and hints go to stderr in the chosen language; ``--json`` prints one document.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from sister_desktop.cli.runtime import (
    open_database,
    open_services,
    read_overrides,
    run_command,
    say,
)

_MARKS = {"ok": "✓", "warn": "!", "fail": "✗", "skipped": "–"}


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="Cek Service: check the connection to SISTER step by step",
        description="Check the saved web-service settings (or SISTER_* environment overrides) "
        "step by step: URL, DNS, TLS, HTTP, login, role, a data call and the clock. "
        "Exit 0 connected, 2 configuration or credential problem, 4 unreachable.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args))


def _emit(args: argparse.Namespace, document: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(document, ensure_ascii=False), flush=True)


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.domain.error_codes import ErrorCode
    from sister_desktop.domain.ws_settings import validate
    from sister_desktop.services.diagnosis import run_diagnosis
    from sister_desktop.texts.error_texts import error_explanation, field_problem_text, step_text
    from sister_desktop.texts.usulan_texts import role_meaning

    overrides = read_overrides()
    if overrides is None:
        _emit(args, {"ok": False, "error": "config", "message": "environment"})
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        _emit(args, {"ok": False, "error": "database"})
        return EXIT_USAGE
    try:
        async with open_services(args, db, overrides) as services:
            service = services.settings
            settings = await service.effective()
            password = await service.password(settings)
            problems = validate(settings, password or "")
            if problems:
                explanation = error_explanation(ErrorCode.SETTINGS_INCOMPLETE)
                say(explanation.text)
                for problem in problems:
                    say(f"  {field_problem_text(problem)}")
                say(explanation.hint)
                _emit(
                    args,
                    {
                        "ok": False,
                        "connected": False,
                        "url": settings.url,
                        "error": ErrorCode.SETTINGS_INCOMPLETE,
                        "message": explanation.text,
                        "problems": [
                            {"field": p.field.value, "code": p.code.value} for p in problems
                        ],
                        "steps": [],
                    },
                )
                return EXIT_USAGE
            assert password is not None

            def show(result: Any) -> None:
                words = step_text(result)
                say(f"{_MARKS[result.status.value]} {words.text}")
                if words.hint:
                    say(f"    {words.hint}")

            report = await run_diagnosis(settings, password, on_step=show)
    finally:
        await db.dispose()

    failure = report.failure
    message = step_text(failure).text if failure is not None else None
    meaning = role_meaning(report.role) if report.role else None
    if meaning is not None and report.connected:
        say(meaning)
    _emit(
        args,
        {
            "ok": report.connected,
            "connected": report.connected,
            "url": settings.url,
            "pt_name": report.pt_name,
            "role": report.role,
            "role_meaning": meaning,
            "error": report.error_code,
            "message": message,
            "steps": [
                {
                    "step": s.step.value,
                    "status": s.status.value,
                    "error": s.error_code,
                    "value": s.value,
                    "http_status": s.http_status,
                    "text": step_text(s).text,
                    "hint": step_text(s).hint or None,
                }
                for s in report.steps
            ],
        },
    )
    if report.connected:
        return EXIT_OK
    return EXIT_UNREACHABLE if report.unreachable else EXIT_USAGE
