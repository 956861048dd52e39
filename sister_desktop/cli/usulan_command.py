"""``sister-desktop usulan`` ``import|template|hapus-data|foto|bidang-ilmu|dari-perbandingan|
list|setujui|batal`` (docs/CLI.md): the changes proposed to SISTER, made and approved on the
campus. Nothing here writes to SISTER (``kirim`` sends the approved ones); a referensi list
the checks need and the cache lacks is read once."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from sister_desktop.cli.runtime import (
    open_database,
    open_services,
    read_overrides,
    run_command,
    say,
)


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "usulan",
        parents=[common],
        help="make, approve and list changes proposed to SISTER (usulan)",
        description="Usulan: changes the campus proposes to SISTER. They are sent by "
        "'kirim' once approved.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = actions.add_parser(
        "import", parents=[common], help="draft usulan from an XLSX/CSV file of riwayat"
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dataset", required=True, metavar="NAME", help="e.g. penelitian")
    imp.add_argument("--dry-run", action="store_true", help="check the file, draft nothing")
    imp.add_argument("--json", action="store_true")

    tpl = actions.add_parser(
        "template", parents=[common], help="write an XLSX template of a family's columns"
    )
    tpl.add_argument("--dataset", required=True, metavar="NAME")
    tpl.add_argument("--output", required=True, metavar="FILE.xlsx", type=Path)

    hapus = actions.add_parser(
        "hapus-data", parents=[common], help="propose deleting a synced SISTER record"
    )
    hapus.add_argument("--dataset", required=True, metavar="NAME")
    hapus.add_argument("--record", required=True, metavar="ID", help="SISTER's record id")
    hapus.add_argument("--json", action="store_true")

    foto = actions.add_parser(
        "foto", parents=[common], help="propose a pegawai's new photo (a JPG or PNG file)"
    )
    foto.add_argument("file", metavar="FILE", type=Path)
    foto.add_argument("--id", required=True, type=int, metavar="PEGAWAI")
    foto.add_argument("--json", action="store_true")

    bidang = actions.add_parser(
        "bidang-ilmu",
        parents=[common],
        help="propose a synced record's kelompok bidang (the ids of referensi/kelompok_bidang, "
        "in order)",
    )
    bidang.add_argument("kelompok", nargs="*", metavar="KELOMPOK")
    bidang.add_argument("--dataset", required=True, metavar="NAME", help="e.g. penelitian")
    bidang.add_argument("--record", required=True, metavar="ID", help="SISTER's record id")
    bidang.add_argument("--json", action="store_true")

    compare = actions.add_parser(
        "dari-perbandingan",
        parents=[common],
        help="propose the campus's values where they differ from SISTER's (the reverse of "
        "Terapkan)",
    )
    compare.add_argument(
        "--field", action="append", metavar="F", help="email, telepon_hp or alamat"
    )
    compare.add_argument("--id", action="append", type=int, metavar="PEGAWAI")
    compare.add_argument("--json", action="store_true")

    listing = actions.add_parser("list", parents=[common], help="list usulan")
    listing.add_argument("--status", action="append", metavar="S")
    listing.add_argument("--json", action="store_true")

    approve = actions.add_parser("setujui", parents=[common], help="approve drafts")
    approve.add_argument("ids", nargs="*", type=int, metavar="ID")
    approve.add_argument("--all", action="store_true", help="every draft")
    approve.add_argument("--json", action="store_true")

    cancel = actions.add_parser("batal", parents=[common], help="withdraw usulan not sent yet")
    cancel.add_argument("ids", nargs="+", type=int, metavar="ID")
    cancel.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    if args.action == "template":
        return run_command(args, lambda: _template(args))
    return run_command(args, lambda: _run(args))


def _family_or_say(name: str) -> Any:
    from sister_desktop.domain.sister_writes import WRITE_FAMILIES, write_family
    from sister_desktop.texts import usulan_texts as texts

    family = write_family(name)
    if family is None or not family.fields:
        valid = ", ".join(f.dataset for f in WRITE_FAMILIES if f.fields)
        say(texts.unknown_dataset_text(name, valid))
        return None
    return family


def usulan_json(item: Any) -> dict[str, Any]:
    return {
        "id": item.id,
        "pegawai_id": item.pegawai_id,
        "nama": item.pegawai_nama,
        "id_sdm": item.id_sdm,
        "dataset": item.dataset,
        "jenis": item.jenis.value,
        "status": item.status.value,
        "record_id": item.record_id or None,
        "sister_id": item.sister_id,
        "http_status": item.http_status,
        "message": item.message,
        "changed_fields": list(item.changed_fields),
        "dokumen": [
            {"nama": d.nama, "path": d.path, "tautan": d.tautan, "sister_id": d.sister_id}
            for d in item.dokumen
        ],
        "approved_by": item.approved_by,
        "sent_by": item.sent_by,
        "created_at": item.created_at.isoformat() if item.created_at else None,
    }


async def _template(args: argparse.Namespace) -> int:
    from sister_desktop.reports.usulan_template import write_usulan_template
    from sister_desktop.texts import usulan_texts as texts

    family = _family_or_say(args.dataset)
    if family is None:
        return EXIT_USAGE
    if args.output.suffix.lower() != ".xlsx":
        say(texts.xlsx_only_text(str(args.output)))
        return EXIT_USAGE
    write_usulan_template(args.output, family)
    say(texts.template_done_text(str(args.output)))
    return EXIT_OK


async def _run(args: argparse.Namespace) -> int:
    overrides = read_overrides()
    if overrides is None:
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        # Composed as the window does: an usulan's ids are checked against the referensi
        # lists, a list not cached yet fetched once (SISTER unreachable: not checked).
        async with open_services(args, db, overrides) as services:
            return await _act(args, services.usulan)
    finally:
        await db.dispose()


async def _act(args: argparse.Namespace, service: Any) -> int:
    handler = {
        "import": _import,
        "hapus-data": _hapus,
        "foto": _foto,
        "bidang-ilmu": _bidang_ilmu,
        "dari-perbandingan": _from_comparison,
        "list": _list,
        "setujui": _setujui,
        "batal": _batal,
    }[args.action]
    return await handler(args, service)


async def _import(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.files.import_file import ImportFileError
    from sister_desktop.services.usulan_service import UsulanError
    from sister_desktop.texts import usulan_texts as texts
    from sister_desktop.texts.import_texts import file_error_text

    if _family_or_say(args.dataset) is None:
        return EXIT_USAGE
    try:
        report = await service.import_file(args.file, args.dataset, dry_run=args.dry_run)
    except ImportFileError as exc:
        message = file_error_text(exc.code, exc.detail)
        say(message)
        if args.json:
            print(json.dumps({"error": exc.code.value, "message": message}, ensure_ascii=False))
        return EXIT_USAGE
    except UsulanError as exc:
        message = texts.problem_text(exc.code, args.dataset, exc.detail)
        say(message)
        if args.json:
            print(json.dumps({"error": exc.code, "message": message}, ensure_ascii=False))
        return EXIT_USAGE
    problems = [
        {
            "row": p.row,
            "field": p.field,
            "code": p.code,
            "message": texts.problem_text(p.code, p.field, p.detail),
        }
        for p in report.problems
    ]
    for p in problems:
        say(f"{p['row']}: {p['message']}")
    for a in report.already:
        say(texts.already_text(a.row, a.sister_id, a.asal_data))
    say(texts.import_summary(len(report.drafted), len(report.already), len(problems), args.dry_run))
    if args.json:
        print(
            json.dumps(
                {
                    "dataset": report.dataset,
                    "dry_run": report.dry_run,
                    "rows": report.rows,
                    "drafted": len(report.drafted),
                    "usulan": [usulan_json(item) for item in report.drafted if item.id],
                    "invalid": problems,
                    "already_in_sister": [
                        {
                            "row": a.row,
                            "pegawai_id": a.pegawai_id,
                            "sister_id": a.sister_id,
                            "asal_data": a.asal_data,
                        }
                        for a in report.already
                    ],
                    "ignored_columns": report.ignored_columns,
                },
                ensure_ascii=False,
            )
        )
    return EXIT_PARTIAL if problems else EXIT_OK


async def _hapus(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.services.usulan_service import UsulanError
    from sister_desktop.texts import usulan_texts as texts

    try:
        item = await service.hapus(args.dataset, args.record)
    except UsulanError as exc:
        say(texts.problem_text(exc.code, args.dataset, exc.detail))
        return EXIT_USAGE
    say(texts.hapus_done_text(item))
    if args.json:
        print(json.dumps({"usulan": [usulan_json(item)]}, ensure_ascii=False))
    return EXIT_OK


async def _foto(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.services.usulan_service import UsulanError
    from sister_desktop.texts import usulan_texts as texts

    try:
        item = await service.foto(args.id, args.file)
    except UsulanError as exc:
        say(texts.problem_text(exc.code, "foto", exc.detail))
        return EXIT_USAGE
    return _drafted(args, item)


async def _bidang_ilmu(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.services.usulan_service import UsulanError, UsulanFieldsError
    from sister_desktop.texts import usulan_texts as texts

    try:
        item = await service.bidang_ilmu(args.dataset, args.record, args.kelompok)
    except UsulanError as exc:
        say(texts.problem_text(exc.code, args.dataset, exc.detail))
        return EXIT_USAGE
    except UsulanFieldsError as exc:
        for problem in exc.problems:
            say(texts.problem_text(problem.code.value, problem.field, problem.detail))
        if args.json:
            invalid = [{"field": p.field, "code": p.code.value} for p in exc.problems]
            print(json.dumps({"usulan": [], "invalid": invalid}, ensure_ascii=False))
        return EXIT_PARTIAL
    return _drafted(args, item)


def _drafted(args: argparse.Namespace, item: Any) -> int:
    from sister_desktop.texts import usulan_texts as texts

    say(texts.summary_line(item))
    if args.json:
        print(json.dumps({"usulan": [usulan_json(item)]}, ensure_ascii=False))
    return EXIT_OK


async def _from_comparison(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.services.usulan_service import UsulanError
    from sister_desktop.texts import usulan_texts as texts

    try:
        made = await service.from_comparison(args.field, args.id)
    except UsulanError as exc:
        say(texts.problem_text(exc.code, "--field", exc.detail))
        return EXIT_USAGE
    for item in made:
        say(texts.summary_line(item))
    say(texts.from_comparison_done_text(len(made)))
    if args.json:
        print(json.dumps({"usulan": [usulan_json(item) for item in made]}, ensure_ascii=False))
    return EXIT_OK


async def _list(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.domain.usulan import UsulanStatus
    from sister_desktop.texts import usulan_texts as texts

    statuses = None
    if args.status:
        try:
            statuses = [UsulanStatus(s.strip().lower()) for s in args.status]
        except ValueError:
            say(texts.unknown_status_text(",".join(args.status), ", ".join(UsulanStatus)))
            return EXIT_USAGE
    items = await service.find(statuses)
    if args.json:
        print(json.dumps({"usulan": [usulan_json(item) for item in items]}, ensure_ascii=False))
    else:
        for item in items:
            print(texts.summary_line(item))
    return EXIT_OK


async def _setujui(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.texts import usulan_texts as texts

    if not args.ids and not args.all:
        say(texts.choose_ids_text())
        return EXIT_USAGE
    done = await service.setujui(None if args.all else args.ids)
    asked = len(done) if args.all else len(set(args.ids))
    say(texts.transition_text(len(done), asked, "setujui"))
    if args.json:
        print(json.dumps({"approved": done}))
    return EXIT_OK if len(done) == asked else EXIT_PARTIAL


async def _batal(args: argparse.Namespace, service: Any) -> int:
    from sister_desktop.texts import usulan_texts as texts

    done = await service.batal(args.ids)
    say(texts.transition_text(len(done), len(set(args.ids)), "batal"))
    if args.json:
        print(json.dumps({"withdrawn": done}))
    return EXIT_OK if len(done) == len(set(args.ids)) else EXIT_PARTIAL
