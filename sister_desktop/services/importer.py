"""Import the campus employee list: validate every row, match re-imports, write all at once.

``plan_import`` reads and checks the whole file without writing: every problem with its row,
column and code, and for each valid row whether it is a new employee or an update of one already
in the database (matched by NIP, then NIDN/NUPTK, then nama + tanggal lahir). ``apply_import``
writes the plan in one transaction: nothing when the file has problems (unless the operator
chose to import the valid rows only), and a process killed midway leaves the database as it was.

The plan keeps counts and problems, never the rows: a 200 MB export has nearly two million of
them. ``apply_import`` (and ``planned_rows``) read the file again and take the same decisions
(same bytes, same snapshot of the database, same day), after checking that the file is still
the one that was checked (``import_fingerprint``). The employees already kept and the
identifiers met in the file wait in a temporary SQLite file (``store.import_staging``), not in
Python objects, so a re-import over two million employees stays small too.

A cell left empty on a re-import keeps what the database has, so a partial file never erases.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sister_desktop.domain.identifiers import (
    LENGTHS,
    IdentifierKind,
    normalize_identifier,
    validate_identifiers,
)
from sister_desktop.domain.import_problems import ImportProblem, ImportProblemCode
from sister_desktop.domain.pegawai import (
    BLANK,
    TEXT_LIMITS,
    JenisPegawai,
    Pegawai,
    pegawai_with,
)
from sister_desktop.files.import_file import (
    Cell,
    FileRow,
    open_import_file,
)
from sister_desktop.store.import_staging import ImportStaging
from sister_desktop.store.pegawai_repository import BulkSave, PegawaiRepository


class RowAction(StrEnum):
    NEW = "new"
    UPDATE = "update"  # matched an employee and changes something
    UNCHANGED = "unchanged"  # matched an employee and the file says nothing new


@dataclass(frozen=True, slots=True)
class PlannedRow:
    row: int
    action: RowAction
    pegawai: Pegawai  # ``id`` is NEW_ID for a new employee
    #: The rule that matched an existing employee: an identifier (``nip``, ``nidn``, ``nuptk``,
    #: ``nidk``, ``nupn``, ``nik``) or ``nama_tanggal_lahir``.
    matched_on: str | None = None


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    unchanged: int


class ImportRefusedError(Exception):
    """``apply_import`` of a plan with problems, without ``valid_only``."""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan", "january"),
            ("februari", "feb", "pebruari", "february"),
            ("maret", "mar", "march"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("agustus", "agu", "agt", "aug", "august"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct", "october"),
            ("november", "nov", "nopember"),
            ("desember", "des", "dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_JENIS_KELAMIN = {
    "l": "L",
    "laki-laki": "L",
    "laki laki": "L",
    "lakilaki": "L",
    "pria": "L",
    "p": "P",
    "perempuan": "P",
    "wanita": "P",
}
_JENIS_PEGAWAI = {
    "dosen": JenisPegawai.DOSEN,
    "tendik": JenisPegawai.TENDIK,
    "tenaga kependidikan": JenisPegawai.TENDIK,
}
_ID_FIELDS = tuple(kind.value for kind in IdentifierKind)
#: Which identifier finds the employee a row describes, the surest first; every identifier
#: counts, so a row known only by its NIK (or NIDK, NUPN) updates its employee.
_MATCH_ORDER = ("nip", "nidn", "nuptk", "nidk", "nupn", "nik")


def parse_tanggal(cell: Cell) -> date | None:
    """A date cell or text: ``1987-03-15``, ``15/03/1987``, ``15-03-1987``, ``15.03.1987``,
    ``15 Maret 1987``. Raises ``ValueError`` when it is none of these."""
    if cell is None:
        return None
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float):
        raise ValueError(cell)
    text = cell.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text):
        month = _MONTHS.get(m[2].lower())
        if month is not None:
            return date(int(m[3]), month, int(m[1]))
    raise ValueError(text)


def _text(cell: Cell) -> str | None:
    if cell is None:
        return None
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = " ".join(str(cell).split())
    return text or None


def _telepon(cell: Cell) -> str | None:
    """A mobile number as text. A spreadsheet that took it for a number dropped its leading
    zero (``81315612211``): every Indonesian mobile number starts ``08``, so it comes back."""
    text = _text(cell)
    if text is not None and isinstance(cell, int | float) and text.startswith("8"):
        return "0" + text
    return text


@dataclass
class _ParsedRow:
    row: int
    values: dict[str, object]  # only the cells the file filled
    problems: list[ImportProblem]


def parse_row(file_row: FileRow, *, today: date) -> _ParsedRow:
    """Turn one row's cells into field values and the problems found on their own."""
    cells = file_row.cells
    row = file_row.row
    values: dict[str, object] = {}
    problems: list[ImportProblem] = []

    def problem(field_name: str, code: str, value: Cell = None) -> None:
        problems.append(ImportProblem(row, field_name, code, _text(value)))

    nama = _text(cells.get("nama"))
    if nama is None:
        problem("nama", ImportProblemCode.REQUIRED)
    else:
        values["nama"] = nama
    for name in ("unit_kerja", "email", "alamat", "jabatan_fungsional", "pangkat_golongan"):
        cell_text = _text(cells.get(name))
        if cell_text is not None:
            values[name] = cell_text
    telepon = _telepon(cells.get("telepon_hp"))
    if telepon is not None:
        values["telepon_hp"] = telepon
    for name, limit in TEXT_LIMITS.items():
        text = values.get(name)
        if isinstance(text, str) and len(text) > limit:
            problem(name, ImportProblemCode.TOO_LONG, text)
            values.pop(name)
    email = values.get("email")
    if isinstance(email, str) and not _EMAIL.match(email):
        problem("email", ImportProblemCode.BAD_EMAIL, email)
        values.pop("email")

    raw_date = cells.get("tanggal_lahir")
    try:
        born = parse_tanggal(raw_date)
    except ValueError:
        problem("tanggal_lahir", ImportProblemCode.BAD_DATE, raw_date)
        born = None
    if born is not None:
        if born > today:
            problem("tanggal_lahir", ImportProblemCode.FUTURE_DATE, raw_date)
        values["tanggal_lahir"] = born

    raw_sex = _text(cells.get("jenis_kelamin"))
    sex: str | None = None
    if raw_sex is not None:
        sex = _JENIS_KELAMIN.get(raw_sex.lower())
        if sex is None:
            problem("jenis_kelamin", ImportProblemCode.BAD_JENIS_KELAMIN, raw_sex)
        else:
            values["jenis_kelamin"] = sex

    raw_kind = _text(cells.get("jenis_pegawai"))
    if raw_kind is not None:
        kind = _JENIS_PEGAWAI.get(raw_kind.lower())
        if kind is None:
            problem("jenis_pegawai", ImportProblemCode.BAD_JENIS_PEGAWAI, raw_kind)
        else:
            values["jenis_pegawai"] = kind

    identifiers: dict[IdentifierKind, str | None] = {}
    for kind_id in IdentifierKind:
        cell = cells.get(kind_id.value)
        if isinstance(cell, float) or (
            isinstance(cell, int) and len(str(cell)) != LENGTHS[kind_id]
        ):
            problem(kind_id.value, ImportProblemCode.EXCEL_NUMBER, cell)
            continue
        value = normalize_identifier(cell)
        if value is not None:
            identifiers[kind_id] = value
    for issue in validate_identifiers(
        identifiers,
        tanggal_lahir=born,
        jenis_kelamin=sex,
    ):
        problem(issue.kind.value, issue.problem, identifiers[issue.kind])
        identifiers.pop(issue.kind)
    values.update((kind_id.value, value) for kind_id, value in identifiers.items())
    return _ParsedRow(row, values, problems)


def _new_pegawai(values: dict[str, object]) -> Pegawai:
    kind = values.get("jenis_pegawai")
    if kind is None:
        # A lecturer number says dosen; without one the row is education staff.
        has_number = any(values.get(n) for n in ("nidn", "nidk", "nupn"))
        kind = JenisPegawai.DOSEN if has_number else JenisPegawai.TENDIK
    return pegawai_with(BLANK, {**values, "jenis_pegawai": kind})


def _name_key(nama: str) -> str:
    """Names compare without case and with single spaces (``budi  SANTOSO`` is Budi Santoso)."""
    return " ".join(nama.casefold().split())


class _Index:
    """The employees already kept, by each identifier and by nama + tanggal lahir, and the
    identifiers the file has shown so far: all in an ``ImportStaging`` file, not in memory."""

    def __init__(self, staging: ImportStaging) -> None:
        self.staging = staging
        self.empty = staging.existing_count == 0

    def holders(self, values: dict[str, object]) -> dict[str, list[Pegawai]]:
        """The existing employees holding each identifier of the row."""
        if self.empty:
            return {}
        mine = {name: v for name in _ID_FIELDS if isinstance(v := values.get(name), str)}
        found: dict[str, list[Pegawai]] = {}
        for holder in self.staging.holding_any(mine):
            for name, value in mine.items():
                if getattr(holder, name) == value:
                    found.setdefault(name, []).append(holder)
        return found

    def match(
        self, values: dict[str, object], holders: dict[str, list[Pegawai]]
    ) -> tuple[Pegawai | None, str | None]:
        """The employee this row describes and the rule that found it.

        A candidate whose other identifiers contradict the row (a NIDN typed into another
        person's row) is no match: the row then reports the identifier as taken.
        """
        if self.empty:
            return None, None
        for name in _MATCH_ORDER:
            found = holders.get(name)
            if found and not _contradicts(values, found[0]):
                return found[0], name
        nama, born = values.get("nama"), values.get("tanggal_lahir")
        if isinstance(nama, str) and isinstance(born, date):
            same = self.staging.with_name(nama, born)
            if len(same) == 1 and not _contradicts(values, same[0]):
                return same[0], "nama_tanggal_lahir"
        return None, None


def _index_of(existing: list[Pegawai]) -> _Index:
    staging = ImportStaging(_name_key)
    staging.add_existing(existing)
    staging.finish_loading()
    return _Index(staging)


async def _load_index(repository: PegawaiRepository) -> _Index:
    """The database's employees copied into a staging file, a batch at a time."""
    staging = ImportStaging(_name_key)
    async for batch in repository.stream_all():
        await asyncio.to_thread(staging.add_existing, batch)
    await asyncio.to_thread(staging.finish_loading)
    return _Index(staging)


def _contradicts(values: dict[str, object], pegawai: Pegawai) -> bool:
    """Both have an identifier of the same kind, and they differ."""
    for name in _ID_FIELDS:
        mine, theirs = values.get(name), getattr(pegawai, name)
        if mine is not None and theirs is not None and mine != theirs:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Decision:
    """What the rules decided for one row: its problems, or what writing it would do."""

    row: int
    problems: list[ImportProblem]
    action: RowAction | None = None  # None when the row has problems
    #: Only when asked for (``_decide(..., build=True)``), and never for a row with problems.
    pegawai: Pegawai | None = None
    matched_on: str | None = None
    nama: str = ""


def _decide(
    rows: Iterable[FileRow], index: _Index, today: date, *, build: bool
) -> Iterator[_Decision]:
    """The rules applied to each row in file order; the same file, index and day always give
    the same decisions (the check and the write each read the file once).

    What is kept across rows (the first row of every identifier and of every existing
    employee matched: duplicates inside the file) goes to the staging file, so one reading of
    a plan's file at a time. ``build`` makes the ``Pegawai`` to write, which the check does not
    need for a new row.
    """
    first_seen = index.staging.first_seen
    index.staging.forget_seen()
    for file_row in rows:  # one at a time: the file's rows are not all held
        parsed = parse_row(file_row, today=today)
        row_problems = parsed.problems
        values = parsed.values
        holders = index.holders(values)
        target, matched_on = index.match(values, holders)
        if target is not None:
            earlier = first_seen("pegawai", str(target.id), parsed.row)
            if earlier is not None:
                row_problems.append(
                    ImportProblem(
                        parsed.row,
                        matched_on or "nama",
                        ImportProblemCode.DUPLICATE_IN_FILE,
                        _text(values.get(matched_on or "nama")),  # type: ignore[arg-type]
                        str(earlier),
                    )
                )
        for name in _ID_FIELDS:
            value = values.get(name)
            if not isinstance(value, str):
                continue
            earlier = first_seen(name, value, parsed.row)
            if earlier is not None:
                row_problems.append(
                    ImportProblem(
                        parsed.row, name, ImportProblemCode.DUPLICATE_IN_FILE, value, str(earlier)
                    )
                )
            owners = [p for p in holders.get(name, []) if target is None or p.id != target.id]
            if owners:
                row_problems.append(
                    ImportProblem(
                        parsed.row,
                        name,
                        ImportProblemCode.DUPLICATE_IN_DATABASE,
                        value,
                        f"{owners[0].nama} (ID {owners[0].id})",
                    )
                )
        if row_problems:
            unique = {(p.field, p.code): p for p in reversed(row_problems)}
            kept = [p for p in row_problems if unique[(p.field, p.code)] is p]
            yield _Decision(parsed.row, kept)
            continue
        nama = str(values["nama"])
        if target is None:
            made = _new_pegawai(values) if build else None
            yield _Decision(parsed.row, [], RowAction.NEW, made, None, nama)
            continue
        merged = pegawai_with(target, values)
        action = RowAction.UNCHANGED if merged == target else RowAction.UPDATE
        yield _Decision(parsed.row, [], action, merged if build else None, matched_on, nama)


#: Problems an ``ImportPlan`` lists; past these only their number is kept (a file of two
#: million broken rows must not need two million objects to report on).
MAX_PROBLEMS_KEPT = 10_000


@dataclass(frozen=True)
class _RowSource:
    """How to read the planned rows again, and how to tell that they are still the same."""

    open: Callable[[], Iterable[FileRow]]
    check_unchanged: Callable[[], None]


@dataclass(frozen=True)
class ImportPlan:
    """The whole file checked, without its rows: counts, the problems, and how to read the
    rows again to write them (``planned_rows``, ``apply_import``).

    ``problems`` lists the first ``MAX_PROBLEMS_KEPT`` problems in file order;
    ``problem_count`` and ``invalid_count`` count them all.
    """

    problems: list[ImportProblem]
    total_rows: int
    new_count: int
    update_count: int
    unchanged_count: int
    #: Rows with at least one problem.
    invalid_count: int
    problem_count: int
    ignored_columns: list[str] = field(default_factory=list)
    _source: _RowSource = field(default=_RowSource(list, lambda: None), repr=False)
    _index: _Index = field(default_factory=lambda: _index_of([]), repr=False, compare=False)
    _today: date = field(default_factory=date.today, repr=False)

    @property
    def invalid_rows(self) -> list[int]:
        """The rows of the problems listed (all of them unless ``problems_left_out``)."""
        return sorted({p.row for p in self.problems})

    @property
    def problems_left_out(self) -> int:
        return self.problem_count - len(self.problems)

    @property
    def writable_count(self) -> int:
        """Rows that writing would insert or change."""
        return self.new_count + self.update_count


@dataclass(frozen=True, slots=True)
class SavedRow:
    """One written or matched row of an import: its row in the file and the employee's id."""

    row: int
    id: int
    nama: str


def build_plan(
    rows: Sequence[FileRow] | _RowSource,
    existing: list[Pegawai] | _Index,
    *,
    today: date | None = None,
    ignored_columns: list[str] | None = None,
) -> ImportPlan:
    """Check every row against the rules, the rest of the file and the database (pure CPU).

    ``rows`` is a list or a source that can read them again: the plan keeps counts and the
    problems, not the rows.
    """
    source = rows if isinstance(rows, _RowSource) else _RowSource(lambda: rows, lambda: None)
    today = today or date.today()
    index = existing if isinstance(existing, _Index) else _index_of(existing)
    problems: list[ImportProblem] = []
    counts = dict.fromkeys(RowAction, 0)
    total = invalid = problem_count = 0
    for decision in _decide(source.open(), index, today, build=False):
        total += 1
        if decision.action is not None:
            counts[decision.action] += 1
            continue
        invalid += 1
        problem_count += len(decision.problems)
        room = MAX_PROBLEMS_KEPT - len(problems)
        if room > 0:
            problems.extend(decision.problems[:room])
    return ImportPlan(
        problems,
        total,
        counts[RowAction.NEW],
        counts[RowAction.UPDATE],
        counts[RowAction.UNCHANGED],
        invalid,
        problem_count,
        list(ignored_columns or []),
        source,
        index,
        today,
    )


def planned_rows(plan: ImportPlan) -> Iterator[PlannedRow]:
    """The plan's valid rows in file order, read again from the file (one at a time).

    Raises ``ImportFileError(CHANGED)`` at the start when the file changed since the plan.
    """
    plan._source.check_unchanged()
    for decision in _decide(plan._source.open(), plan._index, plan._today, build=True):
        if decision.action is not None and decision.pegawai is not None:
            yield PlannedRow(decision.row, decision.action, decision.pegawai, decision.matched_on)


def _file_source(path: Path) -> _RowSource:
    from sister_desktop.files.import_fingerprint import check_unchanged, fingerprint

    seen = fingerprint(path)
    return _RowSource(lambda: open_import_file(path).rows, lambda: check_unchanged(path, seen))


async def plan_import(path: Path, repository: PegawaiRepository) -> ImportPlan:
    """Read and check ``path`` against the database; nothing is written.

    Raises ``ImportFileError`` when the file cannot be used at all (``CHANGED`` when it was
    saved again while being read). The reading and checking run in a worker thread so the
    window stays responsive on a 20,000-row file.
    """
    existing = await _load_index(repository)

    def work() -> ImportPlan:
        stream = open_import_file(path)  # the header's problems before any digest is made
        source = _file_source(path)
        plan = build_plan(
            _RowSource(lambda: stream.rows, source.check_unchanged),
            existing,
            ignored_columns=stream.ignored_columns,
        )
        source.check_unchanged()
        return dataclasses.replace(plan, _source=source)

    return await asyncio.to_thread(work)


#: Rows decided in the worker thread per hop to the event loop while writing.
_BATCH = 2_000


async def apply_import(
    plan: ImportPlan,
    repository: PegawaiRepository,
    *,
    valid_only: bool = False,
    progress: Callable[[int, int], None] | None = None,
    saved: Callable[[SavedRow], None] | None = None,
) -> ImportResult:
    """Write the plan's valid rows in one transaction; ``progress(done, total)`` as it goes,
    ``saved`` hears every written or matched row in file order.

    The file is read again in a worker thread, a batch at a time, while the previous batch is
    written: memory stays flat however long the file. It must be the file that was checked:
    its digest is compared before the first row and again before the commit.

    Raises ``ImportRefusedError`` when the plan has problems and ``valid_only`` is false,
    ``ImportFileError(CHANGED)`` when the file changed since the plan, and
    ``PegawaiNotFoundError`` when an employee to update was deleted since the plan was made
    (nothing is written then).
    """
    if plan.problems and not valid_only:
        raise ImportRefusedError(plan.invalid_count)
    total = plan.writable_count
    if total == 0 and saved is None:  # every row unchanged: the file need not be read again
        return ImportResult(0, 0, plan.unchanged_count)
    await asyncio.to_thread(plan._source.check_unchanged)
    decisions = _decide(plan._source.open(), plan._index, plan._today, build=True)

    def next_batch() -> list[_Decision] | None:
        """The next rows to write (rows with problems left out); ``None`` at the end."""
        read = list(itertools.islice(decisions, _BATCH))
        return [d for d in read if d.action is not None] if read else None

    counts = dict.fromkeys(RowAction, 0)
    on_progress = None if progress is None else lambda done: progress(done, total)
    async with repository.bulk_save(progress=on_progress) as writer:
        pending = asyncio.ensure_future(asyncio.to_thread(next_batch))
        try:
            while (batch := await pending) is not None:
                pending = asyncio.ensure_future(asyncio.to_thread(next_batch))
                await _write_batch(writer, batch, counts, saved)
        finally:
            # A failed write leaves the reading of the next batch running: let it end.
            await asyncio.wait([pending])
        await asyncio.to_thread(plan._source.check_unchanged)
        if (counts[RowAction.NEW], counts[RowAction.UPDATE]) != (
            plan.new_count,
            plan.update_count,
        ):
            # The same bytes, index and day decide the same: this is a defect, not a file.
            raise RuntimeError("the rows written differ from the plan's counts")
    return ImportResult(
        counts[RowAction.NEW], counts[RowAction.UPDATE], counts[RowAction.UNCHANGED]
    )


async def _write_batch(
    writer: BulkSave,
    batch: list[_Decision],
    counts: dict[RowAction, int],
    saved: Callable[[SavedRow], None] | None,
) -> None:
    new = [d.pegawai for d in batch if d.action is RowAction.NEW and d.pegawai is not None]
    changed = [d.pegawai for d in batch if d.action is RowAction.UPDATE and d.pegawai]
    new_ids = iter(await writer.save(new, changed))
    for d in batch:
        assert d.action is not None and d.pegawai is not None
        counts[d.action] += 1
        pegawai_id = next(new_ids) if d.action is RowAction.NEW else d.pegawai.id
        if saved is not None:
            saved(SavedRow(d.row, pegawai_id, d.nama))
