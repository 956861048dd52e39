"""``sister-desktop drh ID [ID ...] --output FILE.pdf|FILE.xlsx|FOLDER [--format pdf|xlsx]``.

The contract is docs/CLI.md.

The Daftar Riwayat Hidup of pegawai from the data of the last sync (nothing is asked of
SISTER). One id: ``--output`` is the file, its suffix the format. Several ids: ``--output`` is
an existing folder and each CV is written into it as ``DRH_<NIP>_<nama>.pdf`` (or ``.xlsx``
with ``--format xlsx``).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from sister_desktop.cli.runtime import open_database, run_command, say


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "drh",
        parents=[common],
        help="Daftar Riwayat Hidup (CV) of pegawai from the synced SISTER data",
        description="Write the Daftar Riwayat Hidup of one or more pegawai (by their id in "
        "this program) from the data of the last sync, as PDF (A4) or XLSX.",
    )
    parser.add_argument("ids", metavar="ID", type=int, nargs="+", help="pegawai id")
    parser.add_argument(
        "--output",
        metavar="PATH",
        type=Path,
        required=True,
        help="FILE.pdf or FILE.xlsx for one id; an existing folder for several",
    )
    parser.add_argument(
        "--format",
        choices=["pdf", "xlsx"],
        default=None,
        help="the format of the files written into a folder (default pdf)",
    )


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args), paints=True)


def _targets(args: argparse.Namespace) -> tuple[Path | None, str]:
    """The single file (or ``None`` for a folder) and the format."""
    output: Path = args.output
    if len(args.ids) == 1 and not output.is_dir():
        return output, output.suffix.lower().lstrip(".")
    return None, args.format or "pdf"


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.files.report_xlsx import write_workbook
    from sister_desktop.reports.drh_pdf import write_drh_pdf
    from sister_desktop.services.data_sister_service import DataSisterService
    from sister_desktop.texts import drh_texts

    single, kind = _targets(args)
    if kind not in {"pdf", "xlsx"}:
        say(drh_texts.output_kind_text())
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    code = EXIT_OK
    written = 0
    try:
        service = DataSisterService(db)
        for pegawai_id in args.ids:
            loaded = await service.load(pegawai_id)
            if loaded is None:
                say(drh_texts.no_pegawai_text(pegawai_id))
                code = EXIT_PARTIAL if len(args.ids) > 1 else EXIT_USAGE
                continue
            drh = drh_texts.build_drh(loaded, datetime.now(UTC))
            path = single or args.output / f"{drh_texts.file_stem(loaded.pegawai)}.{kind}"
            if kind == "pdf":
                write_drh_pdf(path, drh)
            else:
                write_workbook(path, drh_texts.drh_sheets(drh))
            written += 1
            if single is not None:
                say(drh_texts.written_text(str(path)))
    finally:
        await db.dispose()
    if single is None:
        say(drh_texts.batch_written_text(written, str(args.output)))
    return code
