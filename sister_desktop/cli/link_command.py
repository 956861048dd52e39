"""``sister-desktop link (--all | --id ID...) [--apply] [--json]`` (see docs/CLI.md).

Plans the collective link of the given employees (or every unlinked one) and, with
``--apply``, writes the Cocok group in one transaction. Perlu dicek and Tidak ditemukan are
for the window, where the operator can look at each row.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_UNREACHABLE, EXIT_USAGE
from sister_desktop.cli.runtime import (
    open_database,
    open_services,
    read_overrides,
    run_command,
    say,
)
from sister_desktop.texts.fill import fill

#: SISTER error codes that mean "fix the settings or credentials" rather than "try later".


def add_parser(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "link",
        parents=[common],
        help="link employees to their SISTER person (id_sdm)",
        description="Match employees to SISTER persons by NUPTK, NIDN/NIDK/NUPN and NIP, "
        "checking the names. Without --apply only the plan is shown; --apply links the "
        "Cocok (exact) group.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every employee not linked yet")
    which.add_argument(
        "--id", dest="ids", metavar="ID", type=int, nargs="+", help="the given employee ids"
    )
    parser.add_argument("--apply", action="store_true", help="link the Cocok group")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace) -> int:
    return run_command(args, lambda: _run(args))


def _entry_json(entry: Any, texts: Any) -> dict[str, Any]:
    proposed = entry.proposed
    document: dict[str, Any] = {
        "id": entry.pegawai.id,
        "nama": entry.pegawai.nama,
        "id_sdm": proposed.id_sdm if proposed else None,
        "reason": entry.reason.value,
        "reason_text": texts.entry_explanation(entry),
        "nama_sdm": proposed.nama_sdm if proposed else None,
        "matched_on": [m.value for m in entry.matched_by],
        "name_score": None if entry.name_score is None else round(entry.name_score, 1),
    }
    if entry.nearest:
        document["nearest"] = [
            {"id_sdm": s.sdm.id_sdm, "nama_sdm": s.sdm.nama_sdm, "score": round(s.score, 1)}
            for s in entry.nearest
        ]
    return document


async def _run(args: argparse.Namespace) -> int:
    from sister_desktop.domain.error_codes import SERVICE_UNREACHABLE, SETUP_FAILURES
    from sister_desktop.domain.links import PegawaiGoneError, SdmAlreadyLinkedError
    from sister_desktop.services.connection import SisterUnavailableError
    from sister_desktop.texts import link_texts as texts
    from sister_desktop.texts.error_texts import (
        error_explanation,
        field_problem_text,
    )

    overrides = read_overrides()
    if overrides is None:
        return EXIT_USAGE
    db = await open_database(args)
    if db is None:
        return EXIT_USAGE
    try:
        async with open_services(args, db, overrides) as services:
            service = services.linking
            try:
                result = await service.plan(None if args.all else args.ids)
                applied = None
                if args.apply and result.plan.exact:
                    applied = await service.apply(result.plan.exact)
            except SisterUnavailableError as exc:
                explanation = error_explanation(exc.code, message=exc.message)
                say(f"{explanation.text} {explanation.hint}")
                for problem in exc.problems:
                    say(f"  {field_problem_text(problem)}")
                if args.json:  # a scheduled job reads why, whatever happened
                    print(json.dumps({"error": exc.code, "message": explanation.text}))
                if exc.code in SETUP_FAILURES:
                    return EXIT_USAGE
                return EXIT_UNREACHABLE if exc.code in SERVICE_UNREACHABLE else EXIT_PARTIAL
            except SdmAlreadyLinkedError as exc:
                say(texts.already_linked_text(exc.pegawai_nama) + f" (id_sdm {exc.id_sdm})")
                return EXIT_PARTIAL
            except PegawaiGoneError:
                say(texts.pegawai_gone_text())
                return EXIT_PARTIAL
    finally:
        await db.dispose()

    from sister_desktop.domain.matching import MatchGroup

    plan = result.plan
    for missing in result.missing_ids:
        say(f"id {missing}: " + texts.pegawai_gone_text())
    for group in (MatchGroup.REVIEW, MatchGroup.NOT_FOUND):
        for entry in plan.group(group):
            line = f"[{texts.group_label(group)}] {entry.pegawai.id} {entry.pegawai.nama}: "
            line += texts.entry_explanation(entry)
            if entry.nearest:
                line += " -> " + ", ".join(
                    f"{s.sdm.nama_sdm} ({s.score:.0f})" for s in entry.nearest
                )
            say(line)
    say(
        ", ".join(f"{texts.group_label(g)}: {len(plan.group(g))}" for g in MatchGroup)
        + f" ({result.sdm_count} SDM)"
    )
    linked = applied.linked if applied else 0
    if args.apply:
        from PySide6.QtCore import QCoreApplication

        say(fill(QCoreApplication.translate("LinkCommand", "Linked: %1"), str(linked)))
    if args.json:
        document = {
            "exact": [_entry_json(e, texts) for e in plan.exact],
            "review": [_entry_json(e, texts) for e in plan.review],
            "not_found": [_entry_json(e, texts) for e in plan.not_found],
            "linked": linked,
            "already_linked": [p.id for p in result.already_linked],
            "missing_ids": list(result.missing_ids),
            "batch_id": applied.batch_id if applied else None,
            "sdm_fetched_at": result.sdm_fetched_at.isoformat(),
        }
        print(json.dumps(document, ensure_ascii=False))
    return EXIT_PARTIAL if result.missing_ids else EXIT_OK
