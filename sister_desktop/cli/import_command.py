"""``sister-desktop import FILE [--dry-run] [--valid-only] [--json]`` (see CLI.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from sister_desktop.cli.runtime import open_database, run_command, say
from sister_desktop.texts.fill import fill


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import employees from a CSV or XLSX file",
        description="Import employees (pegawai) from CSV or XLSX. A file with invalid rows "
        "imports nothing and lists every problem, unless --valid-only is given.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the CSV or XLSX file")
    parser.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    parser.add_argument(
        "--valid-only",
        action="store_true",
        help="import the valid rows even when other rows have problems",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args))


async def _run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from sister_desktop.services.import_file import ImportFileError
    from sister_desktop.services.importer import RowAction, apply_import, plan_import
    from sister_desktop.store.pegawai_repository import PegawaiRepository
    from sister_desktop.texts.import_texts import field_label, file_error_text, problem_text

    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        repository = PegawaiRepository(db)
        try:
            plan = await plan_import(args.file, repository)
        except ImportFileError as exc:
            say(file_error_text(exc.code, exc.detail))
            if args.json:
                print(
                    json.dumps(
                        {"error": exc.code.value, "message": file_error_text(exc.code, exc.detail)}
                    )
                )
            return EXIT_USAGE
        invalid = [
            {"row": p.row, "field": p.field, "message": problem_text(p)} for p in plan.problems
        ]
        for p in plan.problems:
            say(
                fill(
                    QCoreApplication.translate("ImportCommand", "row %1, %2: %3"),
                    str(p.row),
                    field_label(p.field),
                    problem_text(p),
                )
            )
        write = not args.dry_run and (not plan.problems or args.valid_only)
        if write:

            def progress(done: int, total: int) -> None:
                say(
                    fill(
                        QCoreApplication.translate("ImportCommand", "saved %1/%2"),
                        str(done),
                        str(total),
                    )
                )

            result = await apply_import(
                plan, repository, valid_only=args.valid_only, progress=progress
            )
            imported, updated = result.imported, result.updated
            listed: list[dict[str, Any]] = [{"id": i, "nama": n} for i, n in result.pegawai]
        else:
            imported = updated = 0
            listed = [
                {
                    "id": None if r.action is RowAction.NEW else r.pegawai.id,
                    "nama": r.pegawai.nama,
                }
                for r in plan.rows
            ]
        say(_summary(plan, write=write, dry_run=bool(args.dry_run)))
        if args.json:
            document = {
                "imported": imported,
                "updated": updated,
                "invalid": invalid,
                "pegawai": listed,
                "dry_run": bool(args.dry_run),
                "would_import": plan.new_count,
                "would_update": plan.update_count,
            }
            print(json.dumps(document, ensure_ascii=False))
        return EXIT_PARTIAL if plan.problems else EXIT_OK
    finally:
        await db.dispose()


def _summary(plan: Any, *, write: bool, dry_run: bool) -> str:
    """The closing line: the counts, and what happened or what to do next."""
    counts = fill(
        _t("%1 rows: %2 new, %3 to update, %4 unchanged, %5 invalid."),
        str(plan.total_rows),
        str(plan.new_count),
        str(plan.update_count),
        str(plan.unchanged_count),
        str(len(plan.invalid_rows)),
    )
    if write:
        return counts + " " + _t("Saved.")
    if dry_run:
        return counts + " " + _t("Nothing was written (--dry-run).")
    return (
        counts
        + " "
        + _t(
            "Nothing was written: correct the rows listed above, or run again with --valid-only "
            "to import the valid rows only."
        )
    )


_CTX = "ImportCommand"


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_CTX, text)
