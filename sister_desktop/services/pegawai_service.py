"""Use cases of the Pegawai tab: list, add, change and delete employees, import a file.

Every save goes through the same rules as the import (``importer.parse_row``) plus the check
that no other employee already has the identifier, so the form and the file never disagree.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from sister_desktop.domain.identifiers import IdentifierKind
from sister_desktop.domain.import_problems import ImportProblem, ImportProblemCode
from sister_desktop.domain.pegawai import LOCAL_FIELDS, Pegawai, pegawai_with
from sister_desktop.files.import_file import Cell, FileRow
from sister_desktop.services.importer import (
    ImportPlan,
    ImportResult,
    apply_import,
    parse_row,
    plan_import,
)
from sister_desktop.store.pegawai_repository import PegawaiRepository

#: The row number form problems carry (a form is one record, not a file row).
FORM_ROW = 0


@dataclasses.dataclass(frozen=True)
class SaveOutcome:
    """The saved employee, or why nothing was saved."""

    pegawai: Pegawai | None
    problems: list[ImportProblem]


def _cells(pegawai: Pegawai) -> dict[str, Cell]:
    cells: dict[str, Cell] = {}
    for name in LOCAL_FIELDS:
        value = getattr(pegawai, name)
        cells[name] = value if value is None or isinstance(value, date) else str(value)
    return cells


class PegawaiService:
    """The employee list for the window and the command line."""

    def __init__(self, repository: PegawaiRepository) -> None:
        self.repository = repository

    async def list_all(self) -> list[Pegawai]:
        return await self.repository.list_all()

    async def list_first(self, limit: int) -> list[Pegawai]:
        """The first ``limit`` employees in the list's order (by name): what the Pegawai tab
        shows while it reads the rest."""
        return await self.repository.list_all(limit=limit)

    async def count(self) -> int:
        return await self.repository.count()

    async def get(self, pegawai_id: int) -> Pegawai | None:
        return await self.repository.get(pegawai_id)

    def check(self, pegawai: Pegawai) -> tuple[Pegawai | None, list[ImportProblem]]:
        """The record's own problems; when there are none, the record normalised."""
        parsed = parse_row(FileRow(FORM_ROW, _cells(pegawai)), today=date.today())
        if parsed.problems:
            return None, parsed.problems
        values = {name: parsed.values.get(name) for name in LOCAL_FIELDS}
        values["jenis_pegawai"] = parsed.values.get("jenis_pegawai", pegawai.jenis_pegawai)
        return pegawai_with(pegawai, values), []

    async def duplicates(self, pegawai: Pegawai) -> list[ImportProblem]:
        """Identifiers of ``pegawai`` that another employee already has."""
        problems = []
        for kind in IdentifierKind:
            value = getattr(pegawai, kind.value)
            if value is None:
                continue
            owners = await self.repository.with_identifier(kind.value, value)
            owner = next((p for p in owners if p.id != pegawai.id), None)
            if owner is not None:
                problems.append(
                    ImportProblem(
                        FORM_ROW,
                        kind.value,
                        ImportProblemCode.DUPLICATE_IN_DATABASE,
                        value,
                        f"{owner.nama} (ID {owner.id})",
                    )
                )
        return problems

    async def save(self, pegawai: Pegawai) -> SaveOutcome:
        """Add (``pegawai.is_new``) or change an employee after checking every rule."""
        clean, problems = self.check(pegawai)
        if clean is None:
            return SaveOutcome(None, problems)
        problems = await self.duplicates(clean)
        if problems:
            return SaveOutcome(None, problems)
        if clean.is_new:
            return SaveOutcome(await self.repository.add(clean), [])
        return SaveOutcome(await self.repository.update(clean), [])

    async def delete(self, ids: Iterable[int]) -> int:
        return await self.repository.delete(ids)

    async def plan_import(self, path: Path) -> ImportPlan:
        return await plan_import(path, self.repository)

    async def apply_import(
        self,
        plan: ImportPlan,
        *,
        valid_only: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        return await apply_import(plan, self.repository, valid_only=valid_only, progress=progress)

    async def seed_if_empty(self, rows: list[dict[str, str | None]]) -> int:
        """Fill an empty list from import-shaped rows (the demo world); returns how many.

        Rows with problems are left out, as an operator importing valid rows only would.
        """
        if await self.repository.count():
            return 0
        from sister_desktop.services.importer import build_plan

        file_rows = [FileRow(i + 2, dict(row)) for i, row in enumerate(rows)]
        plan = await asyncio.to_thread(build_plan, file_rows, [])
        result = await self.apply_import(plan, valid_only=True)
        return result.imported
