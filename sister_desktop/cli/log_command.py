"""``sister-desktop log [--run ID|last] [--format json|csv|xlsx] [--output PATH]`` (docs/CLI.md).

One row per employee and endpoint of a sync run: time, employee, id_sdm, endpoint, status,
HTTP status, message, fields changed. Without ``--output`` JSON and CSV go to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_USAGE
from sister_desktop.cli.runtime import open_database, run_command, say


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "log",
        parents=[common],
        help="export the Log Sinkronisasi of a sync run",
        description="Export a sync run's log: one row per employee and endpoint.",
    )
    parser.add_argument("--run", default="last", metavar="ID|last", help="the run (default last)")
    parser.add_argument("--format", choices=["json", "csv", "xlsx"], default=None)
    parser.add_argument("--output", metavar="PATH", type=Path, default=None)


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args))


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output is not None and args.output.suffix.lower() in {".xlsx", ".csv", ".json"}:
        return args.output.suffix.lower().lstrip(".")
    return "json"


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.files import log_export
    from sister_desktop.files.atomic_file import write_atomically
    from sister_desktop.store.sync_repository import SyncRepository
    from sister_desktop.texts import sync_texts as texts

    fmt = _format(args)
    suffix = args.output.suffix.lower() if args.output is not None else ""
    if suffix in {".xlsx", ".csv", ".json"} and suffix != f".{fmt}":
        say(texts.format_mismatch_text(fmt, suffix))
        return EXIT_USAGE
    if fmt == "xlsx" and args.output is None:
        say(texts.xlsx_needs_output_text())
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        repository = SyncRepository(db)
        run_ = await (repository.last_run() if args.run == "last" else repository.run(args.run))
        if run_ is None:
            say(texts.no_such_run_text(args.run))
            return EXIT_USAGE
        rows = await repository.results(run_.id)
    finally:
        await db.dispose()

    if fmt == "json":
        document = {
            "run_id": run_.id,
            "status": run_.status.value,
            "mode": run_.mode.value,
            "started_at": run_.started_at.isoformat(),
            "finished_at": run_.finished_at.isoformat() if run_.finished_at else None,
            "rows": [
                {
                    "time": r.recorded_at.isoformat(),
                    "pegawai_id": r.pegawai_id,
                    "nama": r.nama,
                    "id_sdm": r.id_sdm,
                    "endpoint": r.endpoint,
                    "status": r.status,
                    "http_status": r.http_status,
                    "message": texts.error_text(r.error_code, r.message) or None,
                    "error_code": r.error_code,
                    "fields_changed": list(r.fields_changed),
                }
                for r in rows
            ],
        }
        text = json.dumps(document, ensure_ascii=False)
        if args.output is None:
            print(text)
        else:
            write_atomically(args.output, (text + "\n").encode("utf-8"))
    else:
        headers = texts.log_headers()
        cells = [texts.log_cells(r) for r in rows]
        if fmt == "csv" and args.output is None:
            log_export.write_csv_stream(sys.stdout, headers, cells)
        elif fmt == "csv":
            log_export.write_csv(args.output, headers, cells)
        else:
            highlight = [r.status != "ok" for r in rows]
            log_export.write_xlsx(args.output, headers, cells, highlight=highlight)
    if args.output is not None:
        say(texts.exported_text(len(rows), str(args.output)))
    return EXIT_OK
