"""``sister-desktop laporan lkps --prodi NAME --ts YEAR --output FILE.xlsx`` and
``sister-desktop laporan dosen [--unit NAME] --output FILE.pdf|FILE.xlsx``.

The contract is docs/CLI.md. Both read what the last sync stored (nothing is asked of SISTER)
and write what the Laporan tab exports: the LKPS tables with the operator's entries, one sheet
per table; the Gambaran dosen as an A4 PDF with its charts, or a workbook with Excel's charts.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_USAGE
from sister_desktop.cli.runtime import open_database, run_command, say


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "laporan",
        parents=[common],
        help="the LKPS tables and the Gambaran dosen from the synced SISTER data",
        description="Write the accreditation tables (LKPS) of a program studi, or the picture "
        "of the lecturers (Gambaran dosen), from the data of the last sync.",
    )
    kinds = parser.add_subparsers(dest="laporan", metavar="KIND", required=True)
    lkps = kinds.add_parser(
        "lkps",
        parents=[common],
        help="the LKPS tables of one program studi as XLSX (one sheet per table)",
    )
    lkps.add_argument("--prodi", required=True, metavar="NAME", help="the program studi")
    lkps.add_argument("--ts", required=True, type=int, metavar="YEAR", help="the TS year")
    lkps.add_argument("--output", required=True, type=Path, metavar="FILE.xlsx")
    lkps.add_argument(
        "--date",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day whose assignments count (default today)",
    )
    dosen = kinds.add_parser(
        "dosen",
        parents=[common],
        help="the Gambaran dosen as PDF (A4) or XLSX with charts",
    )
    dosen.add_argument("--unit", metavar="NAME", default=None, help="one homebase unit")
    dosen.add_argument("--output", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")
    dosen.add_argument(
        "--date",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day whose assignments and ages count (default today)",
    )


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args), paints=args.laporan == "dosen")


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.files.laporan_xlsx import write_laporan_xlsx
    from sister_desktop.services.laporan_service import LaporanService
    from sister_desktop.texts import laporan_texts

    suffix = args.output.suffix.lower()
    allowed = {"lkps": {".xlsx"}, "dosen": {".pdf", ".xlsx"}}[args.laporan]
    if suffix not in allowed:
        say(laporan_texts.output_kind_text(" / ".join(sorted(allowed))))
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        service = LaporanService(db)
        today = args.date or date.today()
        if args.laporan == "lkps":
            known = await service.prodi_list(today)
            match = next((p for p in known if p.casefold() == args.prodi.strip().casefold()), None)
            if match is None:
                say(laporan_texts.unknown_prodi_text(args.prodi, known))
                return EXIT_USAGE
            report = await service.lkps(match, args.ts, today)
            write_laporan_xlsx(
                args.output, laporan_texts.lkps_sheets(report.lkps, report.data_date)
            )
        else:
            gambaran = await service.gambaran(args.unit, today)
            if args.unit and args.unit.casefold() not in {u.casefold() for u in gambaran.units}:
                say(laporan_texts.unknown_prodi_text(args.unit, gambaran.units))
                return EXIT_USAGE
            if suffix == ".pdf":
                from sister_desktop.reports.gambaran_pdf import write_gambaran_pdf

                write_gambaran_pdf(args.output, gambaran.gambaran, gambaran.data_date)
            else:
                write_laporan_xlsx(
                    args.output,
                    laporan_texts.gambaran_sheets(gambaran.gambaran, gambaran.data_date),
                )
    finally:
        await db.dispose()
    say(laporan_texts.written_text(str(args.output)))
    return EXIT_OK
