"""``sister-desktop check [--json]``: Cek Service without the window (see CLI.md).

Exit 0 when connected, 2 for a configuration or credential problem, 4 when SISTER cannot be
reached. Steps and hints go to stderr in the chosen language; ``--json`` prints one document.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from sister_desktop.config import ConfigError, resolve_db_url, ws_env_overrides

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


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from sister_desktop.cli.language import language_for
    from sister_desktop.ui.i18n import install_translators, remove_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, language_for(args))
    try:
        return asyncio.run(_run(args))
    finally:
        remove_translators(app, translators)


def _emit(args: argparse.Namespace, document: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(document, ensure_ascii=False), flush=True)


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.domain.ws_settings import validate
    from sister_desktop.services.diagnosis import run_diagnosis
    from sister_desktop.services.settings_service import DemoCredentials, SettingsService
    from sister_desktop.store.database import Database
    from sister_desktop.store.errors import DatabaseError
    from sister_desktop.store.secrets import SecretStore
    from sister_desktop.store.settings_repository import SettingsRepository
    from sister_desktop.ui.error_texts import error_explanation, field_problem_text, step_text

    demo_mode = bool(getattr(args, "demo", False))
    try:
        overrides = ws_env_overrides()
    except ConfigError as exc:
        _say(f"{exc.name}: {exc.value!r}")
        _emit(args, {"ok": False, "error": "config", "message": f"{exc.name}={exc.value!r}"})
        return EXIT_USAGE
    try:
        db = await Database.open(resolve_db_url(getattr(args, "db", None), demo=demo_mode))
    except DatabaseError as exc:
        from sister_desktop.ui.database_texts import database_error_explanation

        explanation = database_error_explanation(exc.code.value, exc.detail)
        _say(f"{explanation.text} {explanation.hint}")
        _emit(args, {"ok": False, "error": "database", "message": exc.detail})
        return EXIT_USAGE
    sandbox = None
    try:
        demo: DemoCredentials | None = None
        if demo_mode:
            from sister_desktop.sandbox.server import SandboxServer

            sandbox = SandboxServer(seed=7, size=300, port=0)
            await asyncio.to_thread(sandbox.start)
            c = sandbox.credentials
            demo = DemoCredentials(c.url, c.id_pengguna, c.username, c.password)
        service = SettingsService(
            SettingsRepository(db), SecretStore(), overrides=overrides, demo=demo
        )
        settings = await service.effective()
        password = await service.password(settings)
        problems = validate(settings, password or "")
        if problems:
            explanation = error_explanation("settings_incomplete")
            _say(explanation.text)
            for problem in problems:
                _say(f"  {field_problem_text(problem)}")
            _say(explanation.hint)
            _emit(
                args,
                {
                    "ok": False,
                    "connected": False,
                    "url": settings.url,
                    "error": "settings_incomplete",
                    "message": explanation.text,
                    "problems": [{"field": p.field.value, "code": p.code.value} for p in problems],
                    "steps": [],
                },
            )
            return EXIT_USAGE
        assert password is not None

        def show(result: Any) -> None:
            words = step_text(result)
            _say(f"{_MARKS[result.status.value]} {words.text}")
            if words.hint:
                _say(f"    {words.hint}")

        report = await run_diagnosis(settings, password, on_step=show)
    finally:
        if sandbox is not None:
            await asyncio.to_thread(sandbox.stop)
        await db.dispose()

    failure = report.failure
    message = step_text(failure).text if failure is not None else None
    _emit(
        args,
        {
            "ok": report.connected,
            "connected": report.connected,
            "url": settings.url,
            "pt_name": report.pt_name,
            "role": report.role,
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
