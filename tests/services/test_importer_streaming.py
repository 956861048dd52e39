"""An import that does not hold the file's rows: the plan keeps counts and a bounded list of
problems; writing reads the file again in batches inside one transaction, and refuses a file
changed since the report (before writing, or while writing)."""

from __future__ import annotations

import gc
import os
import types

import pytest

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.files.import_file import FileRow, ImportFileError
from sister_desktop.services import importer
from sister_desktop.services.importer import (
    ImportPlan,
    PlannedRow,
    RowAction,
    SavedRow,
    apply_import,
    plan_import,
    planned_rows,
)
from sister_desktop.store.pegawai_repository import PegawaiRepository
from tests.services.import_samples import BUDI, SITI, write_csv


def _rows(n: int, start: int = 1) -> list[list[str]]:
    return [
        [f"Pegawai Contoh {i:05d}", "", "", "", "", f"{i:016d}", "", "", "", "Tendik", "FT", ""]
        for i in range(start, start + n)
    ]


def _reachable(plan: ImportPlan) -> dict[type, int]:
    """How many objects of each type the plan keeps alive (functions through their closures
    only: a module's globals are not the plan's)."""
    counts: dict[type, int] = {}
    seen: set[int] = set()
    todo: list[object] = [plan]
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, type | types.ModuleType):
            continue
        seen.add(id(item))
        counts[type(item)] = counts.get(type(item), 0) + 1
        if isinstance(item, types.FunctionType):
            todo.extend(cell.cell_contents for cell in item.__closure__ or ())
        else:
            todo.extend(gc.get_referents(item))
    return counts


def test_the_plan_keeps_no_row_of_the_file(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    loop.run_until_complete(
        apply_import(
            loop.run_until_complete(plan_import(write_csv(tmp_path / "a.csv", [SITI]), repo)), repo
        )
    )
    moved = list(SITI)
    moved[10] = "Rektorat"
    path = write_csv(tmp_path / "b.csv", [moved, *_rows(300)])

    plan = loop.run_until_complete(plan_import(path, repo))
    assert (plan.new_count, plan.update_count, plan.total_rows) == (300, 1, 301)
    kept = _reachable(plan)
    # Neither the file's rows nor the employees already kept (those wait in a staging file).
    assert kept.get(Pegawai, 0) == 0
    assert kept.get(PlannedRow, 0) == 0
    assert kept.get(FileRow, 0) == 0
    assert kept.get(str, 0) < 100
    assert kept.get(int, 0) < 100


def test_problems_past_the_limit_are_counted_not_kept(loop, db, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_PROBLEMS_KEPT", 3)
    bad = [[row[0], "123", *row[2:]] for row in _rows(5)]  # a NIP of 3 digits
    path = write_csv(tmp_path / "p.csv", [*bad, SITI])
    plan = loop.run_until_complete(plan_import(path, PegawaiRepository(db)))
    assert [p.row for p in plan.problems] == [2, 3, 4]
    assert (plan.problem_count, plan.invalid_count, plan.problems_left_out) == (5, 5, 2)
    assert plan.new_count == 1
    result = loop.run_until_complete(apply_import(plan, PegawaiRepository(db), valid_only=True))
    assert result.imported == 1


def test_rows_are_written_batch_by_batch_in_file_order(loop, db, tmp_path, monkeypatch):
    """Batches of two rows, some of them all invalid: every valid row is written once, with
    ids in file order, and the progress counts up to the plan's total."""
    monkeypatch.setattr(importer, "_BATCH", 2)
    rows = _rows(9)
    for i in (2, 3, 6):
        rows[i] = [rows[i][0], "123", *rows[i][2:]]
    path = write_csv(tmp_path / "p.csv", rows)
    repo = PegawaiRepository(db)
    plan = loop.run_until_complete(plan_import(path, repo))
    saved: list[SavedRow] = []
    progress: list[tuple[int, int]] = []
    result = loop.run_until_complete(
        apply_import(
            plan,
            repo,
            valid_only=True,
            saved=saved.append,
            progress=lambda done, total: progress.append((done, total)),
        )
    )
    assert result.imported == 6
    assert [s.row for s in saved] == [2, 3, 6, 7, 9, 10]
    assert [s.id for s in saved] == sorted(s.id for s in saved)
    assert progress[-1] == (6, 6)
    kept = {p.id: p.nama for p in loop.run_until_complete(repo.list_all())}
    assert kept == {s.id: s.nama for s in saved}


def test_planned_rows_read_the_file_again(loop, db, tmp_path):
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI])
    plan = loop.run_until_complete(plan_import(path, PegawaiRepository(db)))
    again = list(planned_rows(plan))
    assert [(r.row, r.action, r.pegawai.nama) for r in again] == [
        (2, RowAction.NEW, "Siti Rahmawati"),
        (3, RowAction.NEW, "Budi Santoso"),
    ]


def _same_size_and_time(path, edit) -> None:
    """Change ``path``'s content but not its size or modification time."""
    before = path.stat()
    edit()
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


@pytest.mark.parametrize("sneaky", [False, True], ids=["saved-again", "same-size-and-time"])
def test_a_file_changed_after_the_report_is_refused(loop, any_db, tmp_path, sneaky):
    repo = PegawaiRepository(any_db)
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI])
    plan = loop.run_until_complete(plan_import(path, repo))
    content = path.read_bytes()
    if sneaky:
        _same_size_and_time(path, lambda: path.write_bytes(content.replace(b"Budi", b"Bodi")))
    else:
        write_csv(path, [SITI])
    with pytest.raises(ImportFileError) as caught:
        loop.run_until_complete(apply_import(plan, repo))
    assert caught.value.code is ImportFileErrorCode.CHANGED
    assert caught.value.detail == "p.csv"
    assert loop.run_until_complete(repo.count()) == 0


def test_a_file_changed_while_writing_rolls_everything_back(loop, any_db, tmp_path):
    repo = PegawaiRepository(any_db)
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI])
    plan = loop.run_until_complete(plan_import(path, repo))

    def edit_after_the_first_rows(done: int, total: int) -> None:
        path.write_bytes(path.read_bytes().replace(b"Budi", b"Bodi"))

    with pytest.raises(ImportFileError) as caught:
        loop.run_until_complete(apply_import(plan, repo, progress=edit_after_the_first_rows))
    assert caught.value.code is ImportFileErrorCode.CHANGED
    assert loop.run_until_complete(repo.count()) == 0
