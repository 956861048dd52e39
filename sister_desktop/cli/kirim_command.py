"""``sister-desktop kirim [--preview] [--periksa] [--json]``, ``kirim --izinkan on|off`` and
``kirim --log`` (docs/CLI.md): send the approved usulan to SISTER, each at most once.

Progress and messages go to stderr; with ``--json`` one document goes to stdout. Ctrl+C or
SIGTERM stops gracefully: no usulan starts after it, those on the way finish and are recorded
(exit 3)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_CANCELLED, EXIT_OK, EXIT_PARTIAL, EXIT_UNREACHABLE, EXIT_USAGE
from sister_desktop.cli.runtime import (
    graceful_stop,
    open_database,
    open_services,
    read_overrides,
    run_command,
    say,
)


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "kirim",
        parents=[common],
        help="send the approved usulan to SISTER (Kirim ke SISTER)",
        description="Kirim ke SISTER: send every approved usulan, each at most once, and "
        "read the changed data back. Writes are off until 'kirim --izinkan on'.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--preview", action="store_true", help="show what would be sent, send nothing"
    )
    mode.add_argument(
        "--periksa",
        action="store_true",
        help="look in SISTER for the usulan whose answer never came (perlu_dicek) and settle them",
    )
    mode.add_argument(
        "--izinkan",
        choices=["on", "off"],
        help="switch sending to SISTER on or off for this database",
    )
    mode.add_argument("--log", action="store_true", help="export the Log Kirim")
    parser.add_argument("--run", default=None, metavar="ID", help="with --log: the Kirim run")
    parser.add_argument("--output", type=Path, default=None, metavar="FILE.xlsx|FILE.csv")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args))


def _usulan_json(item: Any) -> dict[str, Any]:
    return {
        "id": item.id,
        "pegawai_id": item.pegawai_id,
        "id_sdm": item.id_sdm,
        "dataset": item.dataset,
        "jenis": item.jenis.value,
        "status": item.status.value,
        "sister_id": item.sister_id,
        "http_status": item.http_status,
        "message": item.message,
        "error_code": item.error_code,
    }


async def _run(args: argparse.Namespace) -> int:
    overrides = read_overrides()
    if overrides is None:
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        async with open_services(args, db, overrides) as services:
            if args.izinkan is not None:
                return await _izinkan(args, services)
            if args.log:
                return await _log(args, services)
            if args.preview:
                return await _preview(args, services)
            return await _send(args, services)
    finally:
        await db.dispose()


async def _izinkan(args: argparse.Namespace, services: Any) -> int:
    from sister_desktop.texts import usulan_texts as texts

    enabled = args.izinkan == "on"
    await services.kirim.set_writes_enabled(enabled)
    say(texts.writes_switched_text(enabled))
    if args.json:
        print(json.dumps({"writes_enabled": enabled}))
    return EXIT_OK


async def _preview(args: argparse.Namespace, services: Any) -> int:
    from sister_desktop.texts import usulan_texts as texts
    from sister_desktop.texts.error_texts import error_explanation

    preview = await services.kirim.preview()
    if not preview.writes_enabled:
        explanation = error_explanation("writes_off")
        say(f"{explanation.text} {explanation.hint}")
    if not preview.items:
        say(texts.nothing_to_send_text())
    for dataset, kinds in preview.by_family().items():
        for jenis, items in kinds.items():
            print(texts.preview_heading(dataset, jenis, len(items)), file=sys.stderr)
            for item in items:
                print("  " + texts.summary_line(item.usulan), file=sys.stderr)
                for change in item.changes:
                    print(
                        "    " + texts.change_line(change.field, change.old, change.new),
                        file=sys.stderr,
                    )
    if args.json:
        document = {
            "writes_enabled": preview.writes_enabled,
            "usulan": [
                {
                    **_usulan_json(item.usulan),
                    "changes": [
                        {"field": c.field, "old": c.old, "new": c.new} for c in item.changes
                    ],
                }
                for item in preview.items
            ],
        }
        print(json.dumps(document, ensure_ascii=False, default=str))
    return EXIT_OK


async def _send(args: argparse.Namespace, services: Any) -> int:
    from sister_desktop.domain.error_codes import SERVICE_UNREACHABLE, ErrorCode
    from sister_desktop.domain.usulan import SUCCEEDED, UsulanStatus
    from sister_desktop.services.kirim_models import KirimCannotStartError, KirimProgress
    from sister_desktop.texts import usulan_texts as texts
    from sister_desktop.texts.error_texts import error_explanation

    kirim = services.kirim
    last = {"at": 0.0}

    def progress(state: KirimProgress) -> None:
        loop = asyncio.get_running_loop()
        if state.phase == "read_back":
            say(texts.reading_back_text())
            return
        if loop.time() - last["at"] >= 2.0 or state.done == state.total:
            last["at"] = loop.time()
            say(texts.kirim_progress_text(state.done, state.total, state.requests))

    try:
        with graceful_stop(kirim, _stopping_text):
            if args.periksa:
                result = await kirim.periksa(on_progress=progress)
            else:
                result = await kirim.send(on_progress=progress)
    except KirimCannotStartError as exc:
        if exc.code == "locked":
            message = texts.locked_text(exc.detail)
            say(message)
        else:
            explanation = error_explanation(exc.code)
            message = explanation.text
            say(f"{explanation.text} {explanation.hint}")
        if args.json:
            print(
                json.dumps(
                    {"run_id": None, "error": exc.code, "message": message, "usulan": []},
                    ensure_ascii=False,
                )
            )
        try:
            unreachable = ErrorCode(exc.code) in SERVICE_UNREACHABLE
        except ValueError:
            unreachable = False
        return EXIT_UNREACHABLE if unreachable else EXIT_USAGE

    for item in result.usulan:
        say(texts.outcome_line(item))
    counts: dict[UsulanStatus, int] = {}
    for item in result.usulan:
        counts[item.status] = counts.get(item.status, 0) + 1
    if args.periksa:
        settled = sum(1 for item in result.usulan if item.status is not UsulanStatus.PERLU_DICEK)
        say(texts.periksa_summary_text(len(result.usulan), settled))
    elif not result.usulan:
        say(texts.nothing_to_send_text())
    else:
        say(texts.kirim_summary_text(counts))
    if result.read_back_failed:
        say(texts.read_back_failed_text(len(result.read_back_failed)))
    if args.json:
        print(
            json.dumps(
                {
                    "run_id": result.run_id,
                    "cancelled": result.cancelled,
                    "started_at": result.started_at.isoformat(),
                    "finished_at": result.finished_at.isoformat() if result.finished_at else None,
                    "requests": {
                        "total": result.requests,
                        "retried": result.retried,
                        "rate_limited": result.rate_limited,
                    },
                    "read_back_failed": result.read_back_failed,
                    "usulan": [_usulan_json(item) for item in result.usulan],
                },
                ensure_ascii=False,
            )
        )
    if result.cancelled:
        return EXIT_CANCELLED
    if args.periksa:
        pending = any(item.status is UsulanStatus.PERLU_DICEK for item in result.usulan)
        return EXIT_PARTIAL if pending else EXIT_OK
    settled_back = {UsulanStatus.DISETUJUI}
    if all(item.status in SUCCEEDED or item.status in settled_back for item in result.usulan):
        return EXIT_OK
    return EXIT_PARTIAL


async def _log(args: argparse.Namespace, services: Any) -> int:
    from sister_desktop.files import log_export
    from sister_desktop.texts import usulan_texts as texts

    rows = await services.kirim.log(args.run)
    headers = texts.log_headers()
    cells = [texts.log_cells(item) for item in rows]
    output = args.output
    if output is None:
        if args.json:
            print(json.dumps({"usulan": [_usulan_json(item) for item in rows]}, ensure_ascii=False))
        else:
            log_export.write_csv_stream(sys.stdout, headers, cells)
        return EXIT_OK
    suffix = output.suffix.lower()
    if suffix == ".csv":
        log_export.write_csv(output, headers, cells)
    elif suffix == ".xlsx":
        from sister_desktop.domain.usulan import SUCCEEDED

        highlight = [item.status not in SUCCEEDED for item in rows]
        log_export.write_xlsx(
            output, headers, cells, highlight=highlight, sheet_title=texts.log_sheet_title()
        )
    else:
        say(texts.log_format_text(str(output)))
        return EXIT_USAGE
    say(texts.log_exported_text(len(rows), str(output)))
    return EXIT_OK


def _stopping_text() -> str:
    from sister_desktop.texts import usulan_texts

    return usulan_texts.stopping_text()
