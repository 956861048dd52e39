"""``sister-desktop compare [--json] [--only-different] [--output FILE.xlsx|FILE.pdf]`` (CLI.md).

The Perbandingan from the data of the last sync, and the orphan lists (SISTER's SDM list is
fetched once). For a nightly report: when SISTER cannot be asked, the differences are still
printed or written, the orphan lists stay empty, and the exit code says why (2 settings,
4 unreachable).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from sister_desktop.config import ConfigError, resolve_db_url, ws_env_overrides

_UNREACHABLE_CODES = {"unreachable", "timeout", "server", "rate_limited"}


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "compare",
        parents=[common],
        help="Perbandingan of campus data and SISTER, and the orphan lists",
        description="Compare every linked employee's campus data with SISTER's (from the last "
        "sync) and list SISTER SDM without a campus employee and employees without a link.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--only-different", action="store_true", help="only the fields that differ")
    parser.add_argument(
        "--output", metavar="PATH", type=Path, default=None, help="write FILE.xlsx or FILE.pdf"
    )


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from sister_desktop.cli.language import language_for
    from sister_desktop.ui.i18n import install_translators, remove_translators

    pdf = args.output is not None and args.output.suffix.lower() == ".pdf"
    if pdf:
        # The PDF is painted with Qt's fonts: a GUI application, but never a window.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    else:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, language_for(args))
    try:
        return asyncio.run(_run(args))
    finally:
        remove_translators(app, translators)


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.cli.sync_command import _demo_sandbox
    from sister_desktop.services.comparison import ComparisonService, Orphans
    from sister_desktop.services.connection import SettingsIncompleteError, SisterConnection
    from sister_desktop.services.settings_service import SettingsService
    from sister_desktop.sister.errors import SisterError
    from sister_desktop.store.database import Database
    from sister_desktop.store.errors import DatabaseError
    from sister_desktop.store.secrets import SecretStore
    from sister_desktop.store.settings_repository import SettingsRepository
    from sister_desktop.ui import perbandingan_texts as texts
    from sister_desktop.ui.error_texts import error_explanation

    if args.output is not None and args.output.suffix.lower() not in {".xlsx", ".pdf"}:
        _say(texts.output_kind_text())
        return EXIT_USAGE
    demo = bool(getattr(args, "demo", False))
    try:
        overrides = ws_env_overrides()
    except ConfigError as exc:
        _say(f"{exc.name}: {exc.value!r}")
        return EXIT_USAGE
    try:
        db = await Database.open(resolve_db_url(getattr(args, "db", None), demo=demo))
    except DatabaseError as exc:
        from sister_desktop.ui.database_texts import database_error_explanation

        explanation = database_error_explanation(exc.code.value, exc.detail)
        _say(f"{explanation.text} {explanation.hint}")
        return EXIT_USAGE
    code = EXIT_OK
    pt_name: str | None = None
    try:
        async with _demo_sandbox(demo) as demo_credentials:
            settings = SettingsService(
                SettingsRepository(db), SecretStore(), overrides=overrides, demo=demo_credentials
            )
            connection = SisterConnection(settings)

            async def sdm_list(_refresh: bool) -> Any:
                return await (await connection.api()).referensi_sdm()

            service = ComparisonService(db, sdm_list)
            try:
                report = await service.compare()
                try:
                    orphans = await service.orphans()
                    pt_name = (await (await connection.api()).profil_pt()).nama_perguruan_tinggi
                except SettingsIncompleteError:
                    explanation = error_explanation("settings_incomplete")
                    _say(f"{texts.orphans_unavailable_text()} {explanation.text}")
                    orphans = Orphans((), tuple(await service.repository.unlinked()))
                    code = EXIT_USAGE
                except SisterError as exc:
                    explanation = error_explanation(exc.code, message=exc.message)
                    _say(f"{texts.orphans_unavailable_text()} {explanation.text}")
                    orphans = Orphans((), tuple(await service.repository.unlinked()))
                    code = EXIT_UNREACHABLE if exc.code in _UNREACHABLE_CODES else EXIT_USAGE
            finally:
                await connection.aclose()
            operator = service.operator
    finally:
        await db.dispose()

    items = report.different if args.only_different else report.items
    differences = sum(len(i.differences) for i in report.items)
    _say(
        texts.compare_summary_text(
            differences,
            len(report.different),
            len(orphans.sister_without_local),
            len(orphans.local_without_link),
        )
    )
    if args.output is not None:
        sheets = [
            texts.perbandingan_sheet(items, only_different=args.only_different),
            *texts.orphan_sheets(orphans),
        ]
        if args.output.suffix.lower() == ".pdf":
            from sister_desktop.ui.report_pdf_writer import write_report_pdf

            write_report_pdf(args.output, sheets, pt_name=pt_name, operator=operator)
        else:
            from sister_desktop.services import report_xlsx

            report_xlsx.write_workbook(
                args.output,
                [report_xlsx.Sheet(s.title, s.headers, s.rows, s.highlight) for s in sheets],
            )
        _say(texts.exported_text(str(args.output)))
    if args.json:
        print(json.dumps(_document(report, orphans), ensure_ascii=False))
    elif args.output is None:
        _print_text(items, orphans, only_different=args.only_different)
    return code


def _document(report: Any, orphans: Any) -> dict[str, Any]:
    return {
        "differences": [
            {
                "id": item.pegawai_id,
                "id_sdm": item.id_sdm,
                "field": f.field,
                "local": f.local,
                "sister": f.sister,
            }
            for item in report.items
            for f in item.differences
        ],
        "sister_without_local": [
            {"id_sdm": row.id_sdm, "nama_sdm": row.nama_sdm} for row in orphans.sister_without_local
        ],
        "local_without_link": [{"id": p.id, "nama": p.nama} for p in orphans.local_without_link],
        "generated_at": datetime.now(UTC).isoformat(),
    }


def _print_text(items: Any, orphans: Any, *, only_different: bool) -> None:
    from sister_desktop.ui import perbandingan_texts as texts

    for sheet in (
        texts.perbandingan_sheet(items, only_different=only_different),
        *texts.orphan_sheets(orphans),
    ):
        print(f"== {sheet.title} ({len(sheet.rows)})")
        print(" | ".join(sheet.headers))
        for row in sheet.rows:
            print(" | ".join(texts.DASH if v is None else str(v) for v in row))
