"""``sister-desktop compare [--json] [--only-different] [--output FILE.xlsx|FILE.pdf]``.

The contract is docs/CLI.md.

The Perbandingan from the data of the last sync, and the orphan lists (SISTER's SDM list is
fetched once). For a nightly report: when SISTER cannot be asked, the differences are still
printed or written, the orphan lists stay empty, and the exit code says why (2 settings,
4 unreachable).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from sister_desktop.cli.runtime import (
    open_database,
    open_services,
    read_overrides,
    run_command,
    say,
)


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


def run(args: argparse.Namespace) -> int:
    pdf = args.output is not None and args.output.suffix.lower() == ".pdf"
    return run_command(args, lambda: _run(args), paints=pdf)


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.domain.error_codes import SERVICE_UNREACHABLE, ErrorCode
    from sister_desktop.services.connection import SisterUnavailableError, sister_needed
    from sister_desktop.texts import comparison_texts as texts
    from sister_desktop.texts.error_texts import error_explanation

    if args.output is not None and args.output.suffix.lower() not in {".xlsx", ".pdf"}:
        say(texts.output_kind_text())
        return EXIT_USAGE
    overrides = read_overrides()
    if overrides is None:
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    code = EXIT_OK
    pt_name: str | None = None
    try:
        async with open_services(args, db, overrides) as services:
            service = services.comparison
            report = await service.compare()
            read = await service.orphans_or_unlinked()
            orphans, unavailable = read.orphans, read.unavailable
            if unavailable is None:
                try:
                    with sister_needed():
                        api = await services.connection.api()
                        pt_name = (await api.profil_pt()).nama_perguruan_tinggi
                except SisterUnavailableError as exc:
                    unavailable = exc
            if unavailable is not None:
                explanation = error_explanation(unavailable.code, message=unavailable.message)
                say(f"{texts.orphans_unavailable_text()} {explanation.text}")
                # The nightly report is still written; SISTER busy or limiting counts as "cannot
                # be reached" here, not as a setup problem.
                busy = {ErrorCode.SERVER_ERROR, ErrorCode.RATE_LIMITED}
                unreachable = unavailable.code in SERVICE_UNREACHABLE | busy
                code = EXIT_UNREACHABLE if unreachable else EXIT_USAGE
            operator = service.operator
    finally:
        await db.dispose()

    items = report.different if args.only_different else report.items
    differences = sum(len(i.differences) for i in report.items)
    say(
        texts.compare_summary_text(
            differences,
            len(report.different),
            len(orphans.sister_without_local),
            len(orphans.local_without_link),
        )
    )
    if args.output is not None:
        sheets = [
            texts.comparison_sheet(items, only_different=args.only_different),
            *texts.orphan_sheets(orphans),
        ]
        if args.output.suffix.lower() == ".pdf":
            from sister_desktop.reports.pdf_writer import write_report_pdf

            write_report_pdf(args.output, sheets, pt_name=pt_name, operator=operator)
        else:
            from sister_desktop.files import report_xlsx

            report_xlsx.write_workbook(
                args.output,
                [report_xlsx.Sheet(s.title, s.headers, s.rows, s.highlight) for s in sheets],
            )
        say(texts.exported_text(str(args.output)))
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
        "sister_on_campus_unlinked": [
            {"id_sdm": row.id_sdm, "nama_sdm": row.nama_sdm}
            for row in orphans.sister_on_campus_unlinked
        ],
        "local_without_link": [{"id": p.id, "nama": p.nama} for p in orphans.local_without_link],
        "generated_at": datetime.now(UTC).isoformat(),
    }


def _print_text(items: Any, orphans: Any, *, only_different: bool) -> None:
    from sister_desktop.texts import comparison_texts as texts

    for sheet in (
        texts.comparison_sheet(items, only_different=only_different),
        *texts.orphan_sheets(orphans),
    ):
        print(f"== {sheet.title} ({len(sheet.rows)})")
        print(" | ".join(sheet.headers))
        for row in sheet.rows:
            print(" | ".join(texts.DASH if v is None else str(v) for v in row))
