"""``sister-desktop import FILE [--dry-run] [--valid-only] [--json]`` (see docs/CLI.md)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
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

    from sister_desktop.files.import_file import ImportFileError
    from sister_desktop.services.importer import (
        RowAction,
        SavedRow,
        apply_import,
        plan_import,
        planned_rows,
    )
    from sister_desktop.store.pegawai_repository import PegawaiRepository
    from sister_desktop.texts.import_texts import field_label, file_error_text, problem_text

    def refuse(exc: ImportFileError) -> int:
        say(file_error_text(exc.code, exc.detail))
        if args.json:
            print(
                json.dumps(
                    {"error": exc.code.value, "message": file_error_text(exc.code, exc.detail)}
                )
            )
        return EXIT_USAGE

    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        repository = PegawaiRepository(db)
        try:
            plan = await plan_import(args.file, repository)
        except ImportFileError as exc:
            return refuse(exc)
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
        if plan.problems_left_out:
            say(fill(_t("… and %1 more problems, not listed."), str(plan.problems_left_out)))
        write = not args.dry_run and (not plan.problems or args.valid_only)
        # The written rows go to a temporary file, not a list: an import may have millions.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
            if write:

                def progress(done: int, total: int) -> None:
                    say(
                        fill(
                            QCoreApplication.translate("ImportCommand", "saved %1/%2"),
                            str(done),
                            str(total),
                        )
                    )

                def saved(row: SavedRow) -> None:
                    spool.write(_item(row.id, row.nama) + "\n")

                try:
                    result = await apply_import(
                        plan,
                        repository,
                        valid_only=args.valid_only,
                        progress=progress,
                        saved=saved if args.json else None,
                    )
                except ImportFileError as exc:
                    return refuse(exc)
                imported, updated = result.imported, result.updated
                spool.seek(0)
                listed: Iterable[str] = (line.rstrip("\n") for line in spool)
            else:
                imported = updated = 0
                listed = (
                    _item(None if r.action is RowAction.NEW else r.pegawai.id, r.pegawai.nama)
                    for r in (planned_rows(plan) if args.json else ())
                )
            say(_summary(plan, write=write, dry_run=bool(args.dry_run)))
            if args.json:
                document = {
                    "imported": imported,
                    "updated": updated,
                    "invalid": invalid,
                    "pegawai": _PEGAWAI,
                    "dry_run": bool(args.dry_run),
                    "would_import": plan.new_count,
                    "would_update": plan.update_count,
                }
                try:
                    _print_document(document, listed)
                except ImportFileError as exc:  # --dry-run read the file again
                    return refuse(exc)
        return EXIT_PARTIAL if plan.problems else EXIT_OK
    finally:
        await db.dispose()


def _item(pegawai_id: int | None, nama: str) -> str:
    return json.dumps({"id": pegawai_id, "nama": nama}, ensure_ascii=False)


#: Where ``_print_document`` puts the list of employees, written as it is read.
_PEGAWAI = object()


def _print_document(document: dict[str, Any], listed: Iterable[str]) -> None:
    """One JSON document on stdout whose ``pegawai`` list is written item by item."""
    out = sys.stdout
    for number, (key, value) in enumerate(document.items()):
        out.write(("{" if number == 0 else ", ") + json.dumps(key) + ": ")
        if value is _PEGAWAI:
            out.write("[")
            for i, item in enumerate(listed):
                out.write(item if i == 0 else ", " + item)
            out.write("]")
        else:
            out.write(json.dumps(value, ensure_ascii=False))
    out.write("}\n")


def _summary(plan: Any, *, write: bool, dry_run: bool) -> str:
    """The closing line: the counts, and what happened or what to do next."""
    counts = fill(
        _t("%1 rows: %2 new, %3 to update, %4 unchanged, %5 invalid."),
        str(plan.total_rows),
        str(plan.new_count),
        str(plan.update_count),
        str(plan.unchanged_count),
        str(plan.invalid_count),
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
